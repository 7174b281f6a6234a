import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/** Un tarif horaire ou journalier : « 350 € la journée », « 45 € de l'heure », « 30 $/h », « 300 € par jour ». */
const TAUX = String.raw`(?:\d{2,4}(?:[.,]\d{1,2})?|(?:trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|deux cents|trois cents|quatre cents)(?:[- ](?:cinq|et un))?)\s?(?:€|\$|euros?|dollars?|balles|chf|francs|piasses?|piastres?)?\s*(?:la journee|le jour|par jour|\/\s?(?:jour|j|h|heure)\b|de l'heure|l'heure|par heure|de l'h\b)`;

/**
 * Une contre-offre en tarif horaire ou journalier : « on pensait plutôt à 350 € la journée », « tu ferais ça pour
 * 250 la journée ? ». Le cadre de l'offre fait le signal ; un tarif seulement cité ou accepté (« ton tarif de 400 €
 * la journée nous convient », « le parking à 2 € de l'heure ») reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/taux-propose',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  cue: /(?:\d|nte|cents?)\s?(?:€|\$|euros?|dollars?|balles|chf|francs|piasses?|piastres?)?\s*(?:la journee|le jour|par jour|\/\s?(?:jour|j|h|heure)\b|de l'heure|l'heure|par heure|de l'h\b|(?:l'|le |la |par |chaque )\s*[a-z]+\s*,?\s+(?:au lieu d|plutot qu|a la place d))/,
  patterns: [
    // Un prix à la pièce remplacé par un plus bas : « 40 € l'article au lieu de 60 », « 120 la séance plutôt que 180 ».
    /\b(?:tu|vous|on|nous|je|et si|ca te|ca vous)\b[^.?!\n]{0,40}?\d{2,4}(?:[.,]\d{1,2})?\s?(?:€|\$|euros?|balles|chf|francs)?\s*(?:l'|le |la |par |chaque )\s*[a-z]+\s*,?\s+(?:au lieu d(?:e|es|u)\s+|plutot qu(?:e\s+|')|a la place d(?:e|es|u)\s+)(?:tes |vos |les |ton |votre )?(?:\w+\s+)?\d{2,4}\b/,
    new RegExp(
      String.raw`\b(?:pens\w+ (?:plutot |plus )?(?:a|aux alentours de|dans les)|plutot(?: a| dans les| autour de| vers)?|(?:on|nous|je)\s+(?:\w+\s+)?(?:propos\w+|pourr\w+ (?:payer|mettre|monter a|aller jusqu'a|proposer|offrir)|peu\w+ (?:payer|mettre|monter a|aller jusqu'a|proposer|offrir)|part\w* sur|offr\w+|pa[iy]\w*(?:\s+(?:nos|les|des)\s+\w+)?|mont\w+ a|aller jusqu'a)|(?:tu|vous)\s+(?:le |la |les |l')?(?:ferais|feriez|accepterais|accepteriez|prendrais|prendriez|travaillerais|travailleriez)\s+(?:\w+\s+){0,2}?(?:pour|a)|(?:notre|mon) tarif (?:habituel|standard|maximum|max|pour les \w+)(?: est(?: de)?| c'est)?|pas plus de|au maximum|que diriez-vous de|que dirais-tu de|et si on disait)\s+(?:environ\s+|a peu pres\s+)?${TAUX}`,
    ),
    // le tarif en tête : « 40 $ de l'heure, ça t'irait ? », « 280 CHF par jour au maximum », « rester à 300 € la journée »
    new RegExp(
      String.raw`${TAUX}\s*,?\s*(?:ca (?:t'|te |vous )?(?:irait|va|joue|jouerait|passe|passerait|convient|conviendrait))|${TAUX}[^.?!\n]{0,30}?\b(?:au (?:grand )?maximum|max\b|pas plus|tout au plus)|\b(?:rester|chez nous,? c'est|en rester|s'en tenir|ce serait|ca serait|est-ce que|et si)\s+(?:a\s+)?(?:environ\s+)?${TAUX}`,
    ),
  ],
  unless: [/\b(?:(?:ton|votre) tarif de|comme convenu|comme prevu|parking|par personne|par participant)\b/],
  examples: {
    fires: [
      'On pourrait partir sur 40 € l’article au lieu de 60 ?',
      "On pensait plutôt autour de 45 piasses de l'heure.",
      "Septante francs de l'heure, ça te jouerait ?",
      "Chez nous c'est 250 € la journée pour les indépendants, pas plus.",
      "Est-ce que 40 $ de l'heure, ça t'irait ?",
      'Pour nous ce serait 280 CHF par jour au maximum.',
      "On aimerait rester à 300 € la journée, c'est ce qu'on paie à tout le monde.",
      'On pensait plutôt à 350 € la journée.',
      'On peut monter à 300 € par jour, pas plus.',
      'Tu ferais ça pour 250 la journée ?',
      'Nous proposons 45 € de l’heure.',
      'On paie nos monteurs 220 € la journée.',
      'Ce serait plutôt dans les 30 $/h pour nous.',
    ],
    quiet: [
      'La salle coûte 150 € la séance au lieu de 200 le week-end.',
      'Ton tarif de 400 € la journée nous convient.',
      'Le parking coûte 2 € de l’heure.',
      'On reçoit 300 visiteurs par jour.',
      'Nous proposons 20 ateliers par jour pendant le salon.',
    ],
  },
});
