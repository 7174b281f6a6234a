import type { Localized } from '../../types.ts';

/**
 * Why the pay-later rules of both languages fire (en/rate-pressure-pay-later.ts, fr/rate-pressure-payer-plus-tard.ts):
 * one text, so the English and the French rule never drift apart.
 */
export const PAY_LATER_REASON: Localized = {
  en: 'Moves your payment past the agreed moment, or makes it wait for something that is not your work: you would be financing the client.',
  fr: 'Repousse votre paiement après le moment convenu, ou le fait attendre autre chose que votre travail : vous financeriez le client.',
};
