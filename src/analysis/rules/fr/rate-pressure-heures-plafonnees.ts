import { phraseRule } from '../../phrase-rule.ts';
import { CAPPED_HOURS_REASON } from '../shared/capped-hours.ts';

/** Le temps du prestataire, sur lequel un plafond est posé. */
const TEMPS = String.raw`(?:heures?|heures? sup\w*|temps|jours?|journees?|depassements?)`;
const AU_DELA = String.raw`(?:au-dela|au dela|en plus|en sus|en trop|hors forfait|supplementaires?|qui depass\w*|de depassement)`;
const PAYEES = String.raw`(?:payee?s?|facturables?|facturee?s?|remuneree?s?|rembourse\w*|prise?s? en charge|reglee?s?)`;

/**
 * Les heures au-delà d'un plafond déclarées non payées, comme une règle : « nous ne paierons plus les heures au-delà du
 * forfait, même en cas de retard », « le temps en plus du forfait ne sera pas facturable », « les dépassements sont pour toi ».
 * Des heures sup payées majorées, un créneau impossible et un plafond fixé par le prestataire restent muets.
 */
export default phraseRule({
  id: 'rate-pressure/heures-plafonnees',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: CAPPED_HOURS_REASON,
  negatable: false,
  cue: /au-dela|au dela|en plus|en sus|en trop|hors forfait|supplementaire|depass/,
  patterns: [
    // « nous ne paierons plus les heures au-delà du forfait », « nous ne réglerons pas les jours supplémentaires »
    new RegExp(
      String.raw`\b(?:ne|n')\s*(?:paierons|paiera|payerons|payera|paie|paye|payons|reglerons|reglera|reglons|facturerons|facturera|rembourserons|remboursera|prendrons en charge|prendra en charge)\s+(?:plus|pas|jamais|rien)\s+(?:pour\s+)?(?:les|des|aucune?s?|le)?\s*${TEMPS}\s+(?:\w+\s+){0,2}?${AU_DELA}`,
    ),
    // « les heures au-delà de 35 h ne seront pas facturables », « le temps passé en plus du forfait ne sera pas payé »
    new RegExp(
      String.raw`\b${TEMPS}\s+(?:[\w']+\s+){0,2}?${AU_DELA}\b[^.?!\n]{0,40}?\b(?:ne\s+(?:seront|sera|sont|est|serait|seraient)\s+(?:plus|pas|jamais)\s+${PAYEES}|(?:non|pas)\s+${PAYEES}|(?:sont|seront|sera|est)\s+(?:pour (?:toi|vous|ta poche|votre poche)|a (?:ta|votre) charge|offert\w*|gratuit\w*|a tes frais|a vos frais))`,
    ),
  ],
  unless: [/\b(?:majore\w*|majoration|a 125|a 150|tarif (?:de nuit|majore|weekend))\b/],
  examples: {
    fires: [
      'Désormais nous ne paierons plus les heures au-delà du forfait, même en cas de retard.',
      'Nous ne réglerons pas les jours supplémentaires, c’est la nouvelle règle.',
      'Les heures au-delà de 35 h par semaine ne seront pas facturables.',
      'Le temps passé en plus du forfait ne sera plus payé à partir de mars.',
      'Les dépassements hors forfait sont pour ta poche.',
      'Les heures qui dépassent le devis seront à votre charge.',
    ],
    quiet: [
      'Les heures au-delà de 35 h sont payées majorées à 125 %.',
      'On paiera les heures en plus, dis-nous juste combien.',
      'Les jours en plus du tournage étaient épuisants, mais on a fini.',
      'Les heures supplémentaires sont payées en fin de mois.',
    ],
  },
});
