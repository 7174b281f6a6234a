import { phraseRule } from '../../phrase-rule.ts';

const ELEMENTS = String.raw`(?:icones?|pictos?|pictogrammes?|illustrations?|stickers?|autocollants?|gabarits?|templates?|bannieres?|posts?|visuels?|badges?|emojis?|gifs?|animations?|personnages?|mascottes?|motifs?|etiquettes?|cartes?|affiches?|flyers?|slides?|pages?|videos?|reels?|vignettes?|couvertures?|maquettes?|pubs?|publicites?|declinaisons?|formats?|avatars?|fonds? d'ecran|goodies|papeterie)`;
/** Un livrable nouveau après « voire » ou « pourquoi pas » : une mascotte, un jingle, une appli. */
const EN_PLUS = String.raw`(?:mascotte|personnage|jingle|planche de stickers|stickers?|gif|animation|version animee|video|teaser|bande-annonce|icone d'appli|jeu d'icones|police|typo|motif|landing page|page d'atterrissage|newsletter|brochure|flyer|affiche|banniere|t-shirt|tote bag|mug|packaging|emballage|etiquette|site|appli|application|podcast|ebook|livre blanc|formation|atelier|charte graphique|guide de marque)`;

/*
 * Une suite de livrables nouveaux après celui convenu : « ensuite une série de 20 pictos assortis
 * pour l'appli », « tout un jeu d'autocollants dans le même style », « … voire une mascotte ? ».
 * Texte replié : sans accents.
 */
export default phraseRule({
  id: 'scope-creep/serie-assortie',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Lists new deliverables to match the agreed one: each is new work, outside what was agreed, so quote it.',
    fr: 'Enchaîne de nouveaux livrables assortis à celui convenu : chacun est un travail nouveau, à chiffrer.',
  },
  cue: /\b(?:assorti|assortie|assortis|assorties|coordonne|coordonnee|coordonnes|coordonnees|meme style|meme esprit|va avec|vont avec|aller avec|voire|pourquoi pas|peut-etre meme|et meme)\b/,
  patterns: [
    // « L'équipe adorerait une signature mail assortie » : un livrable de plus, souhaité pour aller avec.
    /\b(?:adorerai\w*|aimerai\w*|voudrai\w*|voudrions|aimerions|faudrait|besoin d')\s+(?:un|une|des|quelques)\s+(?!(?:couleur|teinte|police|typo|nuance|fond|cadre)\b)(?:[\w'-]+\s+){1,3}?(?:assortie?s?|coordonnee?s?|dans le meme (?:style|esprit))\b/,
    new RegExp(
      String.raw`\b(?:une?|des|toute une|tout un) (?:petite? |grande? )?(?:serie|jeu|lot|pack|kit|gamme|collection|famille|ensemble|planche|set) (?:de |d')(?:\d+ |quelques |une dizaine de |vingt |dix |douze )?${ELEMENTS}(?: [a-z']+){0,2}? (?:assorti|coordonne|harmonise)e?s?\b`,
    ),
    new RegExp(
      String.raw`\b(?:une?|des|toute une|tout un) (?:petite? |grande? )?(?:serie|jeu|lot|pack|kit|gamme|collection|famille|ensemble|planche|set) (?:de |d')(?:\d+ |quelques )?${ELEMENTS}(?: [a-z']+){0,2}? (?:dans le meme (?:style|esprit)|(?:qui|pour) (?:va|vont|aller) avec)\b`,
    ),
    // « Tu peux nous faire les bannières LinkedIn dans le même style ? » : une déclinaison demandée à part entière.
    /\b(?:tu peux|vous pouvez|tu pourrais|vous pourriez|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|tu saurais|vous sauriez|si tu pouvais|si vous pouviez)\s+(?:nous\s+|me\s+)?(?:faire|creer|decliner|dessiner|realiser|preparer|concevoir|imaginer|amenager)\s+(?:(?:les|des|un|une|nos|quelques|la|le|notre)\s+|l')(?!(?:modifs?|modifications|corrections|retouches|changements|meme)\b)(?:[\w'-]+\s+){1,6}?(?:dans le meme (?:style|esprit)|assortie?s?|coordonnee?s?)\b/,
    // Un élément de plus glissé en fin de souhait : « voire une mascotte ? », « et pourquoi pas un jingle ? ».
    new RegExp(
      String.raw`(?:,|-|\bet)[ \t]*(?:voire|pourquoi pas|peut-etre meme|et meme)(?: meme)? (?:une?|des|quelques) (?:petite? |courte? |jolie? |mini[- ]?)?(?<phrase>${EN_PLUS}s?)\s*\?`,
    ),
  ],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|a part|comme (?:prevu|convenu)|au contrat|dans le forfait)\b/,
    /\b(?:(?:tu nous as|vous nous avez) (?:envoye|fait|dessine|livre)|merci pour|merci de|nous avons achete|on a achete|ci-joint)\b/,
  ],
  examples: {
    fires: [
      'P.-S. Les bénévoles adoreraient un tote bag assorti pour la fête, si tu as un moment.',
      'Vite fait : vous pouvez nous faire les couvertures Facebook dans le même esprit ?',
      "Le logo est top ! Et ensuite une série de 18 pictos assortis pour l'appli de réservation ?",
      'On aimerait aussi tout un jeu d’autocollants dans le même style.',
      'Une affiche pour le salon, voire une petite mascotte ?',
      'Il nous faudrait une gamme de visuels coordonnés pour les réseaux.',
      "Tu pourrais nous faire l'invitation du vernissage et les marque-places dans le même style ?",
      'Ce serait génial si vous pouviez nous imaginer la terrasse du rez-de-chaussée dans le même esprit.',
    ],
    quiet: [
      'On aimerait une couleur assortie au logo pour le fond.',
      'Tu peux nous faire les retouches dans le même esprit que la dernière fois ?',
      'Vous pourriez garder la même typo dans le même style que la couverture ?',
      'Merci pour la série de pictos assortis, ils sont parfaits.',
      'Comme prévu au devis, un jeu de dix icônes assorties accompagne le logo.',
      'On a acheté un lot de tasses assorties pour le bureau.',
      'Le souci vient du titre, voire de la police ?',
      'On se voit jeudi, voire vendredi ?',
      "Voire une courte vidéo ? Non, oublie, on n'a pas le budget.",
    ],
  },
});
