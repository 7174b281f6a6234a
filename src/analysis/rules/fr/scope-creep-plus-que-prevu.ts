import { phraseRule } from '../../phrase-rule.ts';

const NOMBRE = String.raw`(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|quatre-vingts?|cent|\w+ cents?)`;
const UNITE = String.raw`(?:pages|mots|ecrans|slides|diapos|videos|photos|images|posts|articles|illustrations|modeles|minutes|heures|seances|langues|produits|fiches|references|episodes|chapitres|feuillets)`;

/**
 * Plus de volume que l'offre ou le devis : « notre offre portait sur soixante pages, mais le
 * document en compte huitante », « quelques pages de plus que prévu ». Même mission, plus grosse.
 */
export default phraseRule({
  id: 'scope-creep/plus-que-prevu',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Sends more work than the agreement covers (more pages, words or items): the extra is outside what was agreed.',
    fr: 'Envoie plus de travail que ce que prévoit l’accord (pages, mots ou éléments en plus) : le surplus sort de ce qui était convenu.',
  },
  cue: /\b(?:mais|que|cependant|toutefois)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:offre|devis|soumission|contrat|commande|bon de commande|proposition|estimation|cahier des charges) (?:portait|porte|prevoyait|prevoit|mentionnait|mentionne|comprenait|comprend|etait pour|indiquait|indique|couvrait|couvre|parlait de|parle de|etait base sur|etait basee sur) (?:sur )?(?:seulement |environ |jusqu'a )?${NOMBRE} ${UNITE})\b[^.?!]{0,20}\b(?:mais|cependant|toutefois)\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:quelques|${NOMBRE}) ${UNITE} (?:de plus|supplementaires|en plus) (?:que|qu'(?:il n'etait|initialement)) ?(?:prevu|convenu|annonce|chiffre|dans (?:le devis|l'offre|le contrat|la commande)))`,
    ),
    /\b(?<phrase>plus (?:long|gros|volumineux|important|longue|grosse|volumineuse|importante) que (?:prevu|convenu|ce qui (?:etait|a ete) (?:prevu|convenu|chiffre)|dans (?:le devis|l'offre|le contrat)))/,
  ],
  negatable: false,
  unless: [
    /\b(?:reunion|appel|call|visio|retard|trajet|nous paierons|on paiera|on te paiera|nous vous paierons|(?:nouveau|nouvelle) (?:devis|offre)|devis (?:complementaire|a part)|en supplement)\b/,
  ],
  examples: {
    fires: [
      'Le devis prévoyait trente fiches, mais il y en aura finalement quarante-deux.',
      'Le manuscrit est un peu plus long que prévu, j’espère que ça ira.',
      'Notre commande portait sur 12 vidéos, cependant le client en veut quinze.',
    ],
    quiet: [
      'Le devis prévoyait trente fiches, mais nous paierons les suivantes à part.',
      'La réunion a été plus longue que prévu, désolée pour le retard.',
    ],
  },
});
