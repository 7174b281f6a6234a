import { phraseRule } from '../../phrase-rule.ts';

/**
 * Le client change d'avis sur ce qui a été livré (« finalement », « après réflexion », « on n'est
 * plus convaincus par ») et exprime une autre préférence dans la même phrase.
 */
export default phraseRule({
  id: 'extra-revisions/changement-d-avis',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'The client changed their mind about delivered work: reworking it counts as a revision round.',
    fr: 'Le client a changé d’avis sur un travail livré : le reprendre compte comme un tour de retouches.',
  },
  patterns: [
    /\b(?:finalement|apres reflexion|a la reflexion|tout compte fait|reflexion faite|en fin de compte|au final)\b[^.?!\n]{0,40}?\b(?<phrase>(?:prefer\w*|plutot|voudr\w+|veu(?:t|lent)|aimer\w+|souhait\w+|opter|partir sur) [^.?!\n,]{2,40})/,
    /\b(?<phrase>(?:prefer\w*|plutot|voudr\w+|veu(?:t|lent)|aimer\w+|souhait\w+|opter|partir sur)(?: \w+)? finalement [^.?!\n,]{2,40})/,
    /\b(?<phrase>(?:on n'est|nous ne sommes|il n'est|elle n'est|ils ne sont|elles ne sont) (?:plus|pas) (?:convaincue?s?|fans?|emballee?s?|sure?s?) (?:par|de|du|des) (?:la|le|les|l')[^.?!\n,]{2,30})/,
    /\b(?<phrase>(?:a|ont|avons|avez|as|ai) (?:un peu |finalement |encore )?change d'avis (?:sur|pour|concernant|quant a|au sujet) (?:la|le|les|l'|du|des|de la|ton|ta|tes|votre|vos) ?(?:couleurs?|typos?|polices?|logo|photos?|visuels?|titres?|textes?|mise en page|maquettes?|versions?|images?|fond|bandeau|slogan|accroche|illustrations?|videos?|musique|intro|charte|palette|format|design|style|ton|teintes?|pictos?|icones?|banniere|couverture|affiche|montage|voix off)\b[^.?!\n,]{0,25})/,
    /\b(?<phrase>(?:ne (?:nous|lui|leur|me) (?:plait|convient|convainc) plus|fait (?:un peu |trop )?"?cheap"?))/,
    // Un élément livré qui passe à autre chose que ce qu'il est : « la couverture passe en Garamond au lieu de l'Arial ».
    /\b(?:la|le|les|l') ?[a-z'-]+(?: (?:de la|du|des|de l'|d') ?[a-z'-]+)? (?<phrase>pass(?:e|ent|er) (?:en|au|aux|a la|a l') ?[a-z0-9' -]{2,30}? (?:au lieu (?:du|des|de la|de l'|de|d')|plutot qu'|plutot que))/,
  ],
  negatable: false,
  unless: [
    /\b(?:devis|contrat|facture|tarifs?|prix|reunion|rendez-vous|date|projet|collaboration|reglement|paiement|versement|visio|livraison)\b/,
    // Le client revient à ce qui est livré et le garde : rien à reprendre (« préfère finalement la version livrée »).
    /\b(?:(?:la|le|les|celle|celui|ceux|celles)\s+(?:\w+\s+)?(?:que|qu')\s*(?:vous|tu)\s+(?:nous\s+|m'|me\s+)?(?:avez|as)\s+(?:deja\s+)?(?:livre|envoye|rendu|remis)e?s?|(?:version|maquette|proposition)s?\s+(?:deja\s+)?(?:livree|envoyee|rendue|remise|actuelle)s?|tel(?:le)?s?\s+quel(?:le)?s?|sans\s+(?:aucune\s+)?(?:modif\w*|changement|retouche)s?)\b/,
  ],
  examples: {
    fires: [
      'Les intertitres passent en Garamond au lieu de l’Arial, sur tout le livret.',
      'Il faudrait que le générique passe en noir et blanc plutôt qu’en couleur.',
      'On préférerait finalement le fond crème pour la couverture.',
      'Après réflexion, on aimerait plutôt une typo sans empattement.',
      "On n'est plus convaincus par le bleu de la bannière.",
      "Ma collègue a changé d'avis sur la police du titre.",
    ],
    quiet: [
      'La réunion de lundi passe en visio au lieu du présentiel.',
      'Le règlement passe en trois fois au lieu d’une seule.',
      'Finalement, on garde la réunion à jeudi.',
      'Après réflexion, nous préférons arrêter le projet.',
      "Nous avons changé d'avis sur la date de la réunion.",
      "On a changé d'avis sur le traiteur, on prend l'autre.",
      'Le bureau préfère finalement la maquette que tu nous as envoyée lundi.',
      'Après réflexion, on préfère garder la version livrée, elle est très bien.',
      'Finalement, on aimerait publier le texte tel quel.',
      'Tout compte fait, on veut partir sur la proposition actuelle sans modification.',
      "Au final, ils préfèrent celle que vous avez livrée : c'est validé.",
      'Finalement on souhaite imprimer les cartes telles quelles.',
    ],
  },
});
