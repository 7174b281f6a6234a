import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/**
 * Un montant tel qu'un client l'écrit, symbole ou non : « 900 € », « 1 200 », « 500 balles », « 2k ». Une quantité
 * (« 500 exemplaires », « 200 invitations ») reste dehors par le mot qui suit, sauf un mot qui suit un prix
 * (« pour », « max », « plutôt », une devise).
 */
const FIGURE = String.raw`(?:\d{1,3}(?:[\s.']\d{3})+|\d{3,}|\d+(?:[.,]\d)?\s?k\b)(?:\s?(?:€|euros?|eur\b|francs?|chf|balles|\$|dollars?|k€|ht|ttc))*(?!\s*(?:de\s+plus\s+)?[a-z]{2,}\b(?<!\b(?:pour|pas|max|maximum|plutot|tout|et|au|a|ht|ttc|euros?|eur|francs?|chf|balles|dollars?|mais|non|seulement|en|pile|tout|ca|c'est|grand|dernier|hors|net|net)))`;

/** Une contre-offre ou un plafond chiffré : « 900 €, pas plus », « budget max 500 balles », « tu accepterais 800 € ? ». */
export default phraseRule({
  id: 'rate-pressure/contre-offre',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  cue: /\d{3}|\d[,.\s']\d{3}|\d\s?k\b/,
  patterns: [
    // « 900 €, pas plus », « 1 200 francs et pas un centime de plus »
    new RegExp(
      String.raw`${FIGURE}\s*,?\s*(?:(?:tout compris|tout inclus|ttc|ht|en tout|au total)\s*,?\s*)?(?:et\s+)?(?:max\b|maximum\b|pas plus|pas un (?:centime|sou|euro|franc|kopeck) de plus|pas au-dela|grand max|dernier prix|dernier carat|c'est (?:notre|le|mon|un) (?:max|maximum|plafond|limite|grand max))\b`,
    ),
    // une seule somme offerte pour tout : « nous ne pourrons proposer qu'un forfait de 600 € pour les douze dates »
    new RegExp(
      String.raw`\b(?:ne|n')\s*(?:pourrons|pouvons|pourra|peut|pourrions|pourrait|peux|pourrai|pourrais)\s+(?:vous\s+|te\s+)?(?:proposer|offrir|payer|mettre|verser|allouer|consacrer|accorder|donner|budgeter)\s+qu'\s*(?:un|une)?\s*(?:(?:forfait|cachet|montant|budget|enveloppe|fixe|defraiement|somme|tarif)\s+(?:global\s+|forfaitaire\s+|unique\s+|total\s+)?(?:de\s+)?)?(?:\d|chf|€|\$)`,
    ),
    // « notre budget max c'est 500 balles », « plafond : 1 000 € »
    new RegExp(String.raw`\bbudget\s+(?:max(?:imum|imal)?|plafond)\b[^.?!\n]{0,20}?${FIGURE}`),
    new RegExp(String.raw`\b(?:plafond|maximum|max)\s*(?:c'est|est de|est a|:|=)\s*${FIGURE}`),
    // « au-delà de 800 €, on ne peut pas », « on ne mettra pas plus que 1 000 francs », « ne pas dépasser 900 € »
    new RegExp(
      String.raw`\bau-dela de\s+${FIGURE}\s*,?\s*(?:on|nous|je|j')\s*(?:ne|n')\s*(?:peu[xt]|pouvons|pourra|pourrons|pourrai|suit|suivra|suivrons|va|vais|allons|ira|irons)\b`,
    ),
    new RegExp(
      String.raw`\b(?:ne|n')\s*(?:\w+\s+)?pas\s+(?:plus\s+(?:de|que|d')|depasser|aller au-dela de)\s+${FIGURE}`,
    ),
    // « on a 600 € pour ça », « disons 400 francs », « t'es ok pour 1 000 balles ? »
    new RegExp(
      String.raw`\b(?:on|nous|j')\s*(?:a|avons|ai)\s+(?:seulement\s+|que\s+|juste\s+)?${FIGURE}\s+(?:pour (?:ca|cela|le tout|ce projet|ce travail|tout|l'ensemble)|en tout|au total)\b`,
    ),
    new RegExp(String.raw`\b(?:disons|mettons)\s+${FIGURE}`),
    new RegExp(String.raw`\b(?:ok|okay|d'accord|partant|partante|chaud|chaude)\s+pour\s+${FIGURE}`),
    // « vous pourriez le faire à 700 € ? », « on ne peut pas aller plus haut que 900 », « qu'on reste à 1 500 »
    new RegExp(String.raw`\b(?:le |la |les |l'|ca |tout )?faire\s+a\s+${FIGURE}\s*\?`),
    new RegExp(
      String.raw`\b(?:ne|n')\s*(?:\w+\s+)?pas\s+(?:aller\s+|monter\s+)?(?:plus haut|au-dessus|au-dela)\s+(?:que|de|du)\s+${FIGURE}`,
    ),
    new RegExp(String.raw`\b(?:on|qu'on|nous)\s+(?:reste|restions|restons)\s+(?:a|sur)\s+${FIGURE}`),
    new RegExp(String.raw`\b(?:ca|cela)\s+(?:irait|ira|va|te va|vous va|passe|passerait)\s+(?:pour|a)\s+${FIGURE}`),
    // « on peut monter à 600 € », « je peux aller jusqu'à 1 500 »
    new RegExp(
      String.raw`\b(?:peux|peut|pouvons|pourrait|pourrions|pourrai|pourra|vais|va|allons)\s+(?:\w+\s+)?(?:monter|aller|pousser|grimper)\s+(?:jusqu'a|jusqu'au|a)\s+${FIGURE}`,
    ),
    // « tu accepterais 800 € pour le tout ? », « vous le feriez pour 1 000 ? »
    new RegExp(
      String.raw`\b(?:accepterai[st]?|accepteriez|accepteraient|prendrai[st]?|prendriez|(?:le |la |les |l')?ferai[st]?|(?:le |la |les |l')?feriez|acceptes|acceptez)\s+(?:\w+\s+)?(?:pour\s+)?${FIGURE}`,
    ),
    // « on peut te proposer 1 000 € à la place »
    new RegExp(
      String.raw`\b(?:te|vous|t')\s*(?:proposer|offrir|donner|payer|regler|verser)\s+(?:plutot\s+|seulement\s+|juste\s+)?${FIGURE}[^.?!\n]{0,25}?(?:a la place|plutot|au lieu|pour le tout|pour l'ensemble|tout compris|en tout|au total|max|pas plus|pas au-dela|\?)`,
    ),
  ],
  unless: [
    // le plafond annoncé avec un devis qui y tient : « budget max 5 000 €, ton devis de 4 200 € passe très bien »
    /\b(?:ton|votre) devis\b[^.?!\n]{0,30}?\b(?:passe|convient|colle|rentre|tient|va)\b/,
    /\b(?:acompte|arrhes|comme (?:prevu|convenu|au devis|sur (?:le|ton|votre) devis)|selon (?:le|ton|votre) devis|par personne|par tete|repas|note de frais|frais de (?:deplacement|route|transport)|remboursement|taxi|hotel|billets?)\b/,
  ],
  examples: {
    fires: [
      'Nous ne pouvons vous offrir qu’un cachet global de 800 € pour la tournée.',
      'On a 800 € tout compris, pas un centime de plus.',
      '700 €, pas plus, c’est ce que la direction autorise.',
      'Pour le logo, 1 200 francs et pas un centime de plus.',
      'De notre côté, 550 €, c’est le maximum.',
      'Au-delà de 700 €, on ne suit pas.',
      'Nous ne dépenserons pas plus de 1 500 francs.',
      'On ne peut pas dépasser 2 000 € HT.',
      'Notre budget maximum, c’est 400 balles.',
      'Plafond : 1 000 € HT.',
      'On peut monter à 650 €, mais pas au-delà.',
      'Tu accepterais 900 € pour les deux affiches ?',
      'Vous le feriez pour 1 500 ?',
      'On a 550 € pour ça, tu peux faire avec ?',
      'Disons 350 francs et on n’en parle plus.',
      'Pour nous c’est 900 € max, taxes comprises.',
      'T’es ok pour 1 200 balles ?',
      'Tu pourrais le faire à 650 € ?',
      'On ne peut pas monter plus haut que 1 100 francs.',
      'Je propose qu’on reste à 1 300 pile.',
      'Ça irait pour 750 € ?',
      'On peut vous proposer 2 000 € à la place.',
    ],
    quiet: [
      'Nous ne pouvons vous proposer qu’un créneau à 10 h mardi.',
      'On peut monter à 300 exemplaires si besoin.',
      'On a 600 flyers à distribuer, tu peux faire avec ?',
      'Disons 200 pages pour commencer.',
      'On reste à 1 500 comme prévu au devis.',
      'Tu pourrais le faire à 300 exemplaires ?',
      'Ça irait pour 600 invités ?',
      'Au-delà de 800 personnes, on ne peut pas accueillir.',
      'Le texte ne doit pas dépasser 1 500 signes.',
      'Tu accepterais 500 invitations de plus ? On paie au tarif du devis.',
      'Budget maximum : 5 000 €, et ton devis de 4 200 € passe très bien.',
      'Tu accepterais 200 personnes dans la salle ?',
      'On vous verse 500 € d’acompte, comme prévu.',
      'Repas : 250 € pour toute la tablée, pas plus.',
      'Le budget total de 3 000 € est validé, comme sur ton devis.',
    ],
  },
});
