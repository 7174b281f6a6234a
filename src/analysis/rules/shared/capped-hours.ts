import type { Localized } from '../../types.ts';

/**
 * Why the capped-hours rules of both languages fire (en/rate-pressure-capped-hours.ts,
 * fr/rate-pressure-heures-plafonnees.ts): one text, so the English and the French rule never drift apart.
 */
export const CAPPED_HOURS_REASON: Localized = {
  en: 'Says the hours past a cap will not be paid, however long the work takes: the overrun becomes your unpaid time.',
  fr: 'Annonce que les heures au-delà d’un plafond ne seront pas payées, quelle que soit la durée du travail : le dépassement devient du temps offert.',
};
