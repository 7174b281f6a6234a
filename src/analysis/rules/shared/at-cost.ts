import type { Localized } from '../../types.ts';

/**
 * Why the at-cost rules of both languages fire (en/rate-pressure-at-cost.ts, fr/rate-pressure-prix-coutant.ts): one
 * text, so the English and the French rule never drift apart.
 */
export const AT_COST_REASON: Localized = {
  en: 'Asks you to work at cost or as a volunteer: without a margin, your time is not paid.',
  fr: 'Demande de travailler au prix coûtant ou bénévolement : sans marge, votre temps n’est pas payé.',
};
