import type { Localized } from '../../types.ts';

/**
 * Why the instead-of-fee rules of both languages fire (en/rate-pressure-instead-of-fee.ts,
 * fr/rate-pressure-a-la-place-du-tarif.ts): one text, so the English and the French rule never drift apart.
 */
export const INSTEAD_OF_FEE_REASON: Localized = {
  en: 'Puts something else, or a token sum, in the place of your usual pay: exposure, shares and favours do not pay the bills.',
  fr: 'Met autre chose, ou une somme symbolique, à la place de votre rémunération habituelle : visibilité, parts et faveurs ne paient pas les factures.',
};
