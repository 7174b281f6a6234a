import type { Localized } from '../../types.ts';

/**
 * Why the same-price rules of both languages fire (en/rate-pressure-same-price.ts, fr/rate-pressure-meme-prix.ts):
 * one text, so the English and the French rule never drift apart.
 */
export const SAME_PRICE_REASON: Localized = {
  en: 'Keeps the price where it was while adding work: extra work is extra pay unless you say otherwise.',
  fr: 'Garde le prix tel quel en ajoutant du travail : un travail en plus se paie, sauf si vous en décidez autrement.',
};
