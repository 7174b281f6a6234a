import { phraseRule } from '../../phrase-rule.ts';
import { PREMIUM_DAY_REASON } from '../shared/rate-reasons.ts';

/**
 * Le tarif normal demandé pour un jour qui se majore : « sans majoration pour le jour férié », « on reste sur ton
 * tarif habituel pour le dimanche ? ». Le tarif habituel cité pour un jour de semaine reste muet.
 */
/** Le jour du travail quand il se majore : « pour le jour férié », « le dimanche », « ce week-end ». */
const JOUR = String.raw`\b(?:pour|le|la|ce|cette|du|un|une|les|en|de|ces)\s+(?:\w+\s+)?(?:jour ferie|ferie|jour de l'an|reveillon|saint-sylvestre|ascension|assomption|armistice|fete nationale|fete du travail|1er janvier|15 aout|11 novembre|8 mai|25 decembre|31 decembre|dimanche|samedi|week-?end|nuit|soiree|14 juillet|lundi de paques|paques|noel|pentecote|1er mai|toussaint|nouvel an)\b`;

export default phraseRule({
  id: 'rate-pressure/tarif-normal-ferie',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: PREMIUM_DAY_REASON,
  // The rate side of each pattern gates the rule (a bare « tarif » is in most mail); the patterns then look for the day.
  cue: /(?:sans|pas de|aucune?|ne pas) (?:\w+ )?(?:majoration|majorer|supplement|surcout|prime)|(?:tarif|taux|prix|tjm|cachet) (?:\w+ )?(?:habituel|normal|classique|standard|de base|de semaine|ordinaire|reste le meme|identique)/,
  patterns: [
    // « sans majoration pour le jour férié », « on préférerait ne pas majorer le tarif pour le week-end »
    new RegExp(
      String.raw`\b(?<phrase>(?:sans|pas de|aucune?|ne pas)\s+(?:\w+\s+)?(?:majoration|majorer|supplement|surcout|prime))\b[^.?!\n]{0,50}?${JOUR}`,
    ),
    new RegExp(
      String.raw`${JOUR}[^.?!\n]{0,50}?\b(?<phrase>(?:sans|pas de|aucune?)\s+(?:\w+\s+)?(?:majoration|supplement|surcout|prime))\b`,
    ),
    // « on reste sur ton tarif habituel pour le dimanche ? », « le tarif reste le même que la semaine »
    new RegExp(
      String.raw`\b(?<phrase>(?:tarif|taux|prix|tjm|cachet)\s+(?:\w+\s+)?(?:habituel|normal|classique|standard|de base|de semaine|ordinaire|reste le meme|identique))\b[^.?!\n]{0,50}?${JOUR}`,
    ),
    new RegExp(
      String.raw`${JOUR}[^.?!\n]{0,50}?\b(?<phrase>(?:tarif|taux|prix|tjm|cachet)\s+(?:\w+\s+)?(?:habituel|normal|classique|standard|de base|de semaine|ordinaire))\b`,
    ),
  ],
  unless: [
    /\b(?:(?:on applique|nous appliquons|on paiera|nous paierons|avec)\s+(?:ta|la|votre)\s+majoration|comme prevu|\+\s?\d+\s?%|double|x\s?1[.,]5|majore de)\b/,
  ],
  examples: {
    fires: [
      'Pour le jour de l’An, on garde ton tarif de base, pas de supplément.',
      'Sans majoration pour le jour férié, si c’est possible.',
      'On reste sur ton tarif habituel pour le dimanche ?',
      'Le 14 juillet serait payé au tarif normal, sans supplément.',
      'Pour le samedi, on partirait sur ton taux journalier classique.',
      'On préférerait ne pas majorer le tarif pour le week-end.',
      'Le tarif reste le même que la semaine, même pour le lundi de Pâques.',
    ],
    quiet: [
      'On applique ta majoration week-end, comme prévu.',
      'Ton tarif habituel nous va pour la journée de mardi.',
      'Bon week-end, et envoie la facture au tarif habituel lundi.',
    ],
  },
});
