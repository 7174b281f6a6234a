import { phraseRule } from '../../phrase-rule.ts';

/** Les supports sur lesquels un travail livré peut être décliné (texte replié : sans accents). */
const SUPPORT = String.raw`(?:affiches?|flyers?|bannieres?|kakemonos?|cartes?|cartons?|invitations?|posts?|publications?|reseaux(?: sociaux)?|pages?|sites?|signatures?|depliants?|brochures?|plaquettes?|livrets?|programmes?|stickers?|autocollants?|packagings?|emballages?|etiquettes?|menus?|vitrines?|vehicules?|camionnettes?|t-shirts?|goodies|marque-pages?|badges?|newsletters?|videos?|presentations?|slides?|diaporamas?|articles?|webinaires?|formats?|versions?|agences?|filiales?|sites|magasins?|boutiques?|antennes?|succursales?|contrats?|dossiers?|pays|langues?)`;
const DETERMINANT = String.raw`(?:le|la|les|l'|un|une|des|nos|notre|ses|leurs?|deux|trois|quatre|cinq|six|dix|douze|\d+|toutes? (?:les|nos)|chacun(?:e)? (?:de|des)|(?:une|la) serie de|un jeu de|d'autres|aux|au)`;
const DEMANDE = String.raw`(?:pourr\w+|peux|pouvez|pouvais|pouviez|faudrait|aimer\w+|voudr\w+|souhait\w+|possible|envisageable|serait-il possible de|merci de|besoin de|s'agirait de|il s'agit de|pensions|pensons|comptons|comptions)`;

/*
 * Un travail livré reporté sur de nouveaux supports ou périmètres : « décliner l'identité pour les
 * cartes de vœux et le site », « étendre la même démarche à nos six autres agences », « transformer
 * le livre blanc en une série de trois articles ». Réutiliser la matière reste un travail nouveau ;
 * la marque : une demande, le verbe de report et un support ou un nombre en face. Retoucher le
 * livrable lui-même est une retouche.
 */
export default phraseRule({
  id: 'scope-creep/declinaison',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Asks to carry delivered work over to new targets or formats: reusing material is still new work to quote.',
    fr: 'Demande de reporter le travail livré sur de nouveaux supports ou périmètres : réutiliser reste un travail nouveau, à chiffrer.',
  },
  cue: /\b(?:decliner|etendre|appliquer|transformer|adapter|reporter|dupliquer|deployer|repliquer|memes)\b/,
  patterns: [
    // « Serait-il possible de décliner la charte pour l'affiche du marché ? »
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?\b(?<phrase>(?:decliner|adapter|reporter|dupliquer) (?:aussi |egalement )?(?:le|la|les|l'|ce|cette|ces|notre|votre|ton|ta|tes|vos|nos)\s*(?:[\w'-]+ ){0,4}?(?:pour|sur|en|a|aux|au) ${DETERMINANT}\s*(?:[\w'-]+ ){0,2}?${SUPPORT})\b`,
    ),
    // « Nous aimerions étendre la même démarche à nos 30 magasins. »
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?\b(?<phrase>(?:etendre|appliquer|deployer|repliquer|dupliquer|reproduire) (?:aussi |egalement )?(?:la meme|le meme|les memes|cette|ce|ces|votre|ta|ton|tes|vos) (?:[\w'-]+ ){0,2}?(?:a|aux|au|sur|pour) (?:nos|les|des|toutes (?:les|nos)|tous (?:les|nos)|l'ensemble de nos|\d+|deux|trois|quatre|cinq|six|dix|douze)\b)`,
    ),
    // « La direction voudrait transformer l'étude en une série de trois articles. »
    /\b(?:transformer|convertir|decliner|decouper) (?:aussi |egalement )?(?:le|la|l'|ce|cette|notre|votre)\s*(?:[\w'-]+ ){0,3}?en (?<phrase>(?:une? (?:serie|suite|jeu|collection|cycle|kit) d[e'] ?|deux |trois |quatre |cinq |six |plusieurs |quelques |\d+ )(?:[\w'-]+ ){0,2}?(?:articles?|posts?|videos?|episodes?|podcasts?|fiches?|webinaires?|ateliers?|modules?|formations?|newsletters?|infographies?|carrousels?|slides?|visuels?|livrets?|brochures?))\b/,
    // « Avec ces mêmes personnages, il nous faudrait une série de marque-pages » : la matière livrée, de nouvelles pièces.
    /\b(?:avec|a partir de|en reprenant|sur la base de|en reutilisant) (?:ces|les|vos|tes) memes (?:personnages|visuels|illustrations|dessins|photos|images|couleurs|codes|elements|textes|pictos|icones|motifs|mascottes?)\b[^.?!\n]{0,40}?\b(?:faudrait|aimerions|aimerait|voudrions|voudrait|pourriez|pourrais|pouvez|peux|besoin d'|souhaiterions)\b[^.?!\n]{0,15}?\b(?<phrase>(?:une? (?:serie|jeu|lot|collection|gamme) d[e'] ?)?(?:un|une|des|quelques|deux|trois|quatre|cinq|six|huit|dix|douze|\d+) [a-z'-]+)/,
  ],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|factur\w*|comme (?:prevu|convenu)|au contrat|dans le forfait|prevu au|l'an prochain|annee prochaine|phase 2)\b/,
    // Le client qui s'en charge lui-même : « nous déclinerons nous-mêmes ».
    /\b(?:nous-memes|moi-meme|en interne|notre equipe s'en charge)\b/,
  ],
  examples: {
    fires: [
      'Avec ces mêmes illustrations, nous aimerions une gamme de cartes postales pour la boutique.',
      "Serait-il possible de décliner l'identité du festival pour les cartes de vœux et les réseaux ?",
      'Nous aimerions étendre la même démarche à nos six autres agences.',
      'La direction voudrait transformer le livre blanc en une série de trois articles LinkedIn.',
      'Tu pourrais adapter la maquette de la plaquette pour deux kakemonos du salon ?',
    ],
    quiet: [
      'Le logo se décline en trois couleurs, comme prévu au devis.',
      'Nous déclinerons nous-mêmes la charte pour les affiches du salon.',
      'Vous pourriez adapter la taille du titre sur la couverture ?',
      'Merci pour la charte, elle se décline très bien sur les affiches.',
    ],
  },
});
