import type { Localized } from '../../types.ts';
/*
 * Why each rate_pressure rule written for both languages fires: one text per kind, shared by its English and French
 * rule so the two never drift apart.
 */

/** A request to match a competitor’s lower price. */
export const MATCH_COMPETITOR_REASON: Localized = {
  en: 'Asks you to match a competitor’s lower price: their rate is not yours, and their scope may not be either.',
  fr: 'Demande de vous aligner sur un concurrent moins cher : son prix n’est pas le vôtre, son périmètre non plus.',
};

/** A trial or test announced without pay. */
export const UNPAID_TRIAL_REASON: Localized = {
  en: 'Asks for a trial or test without pay: a test is work, and work is paid.',
  fr: 'Demande un essai ou un test sans paiement : un test est du travail, et le travail se paie.',
};

/** A counter-offer or a ceiling put on the price. */
export const COUNTER_OFFER_REASON: Localized = {
  en: 'Puts a lower figure or a ceiling on your work: a counter-offer to your price, not an acceptance of it.',
  fr: 'Fixe un montant plus bas ou un plafond à votre travail : une contre-offre, pas une acceptation de votre prix.',
};

/** A payment split or spread over time. */
export const INSTALMENTS_REASON: Localized = {
  en: 'Asks to spread your payment over time: you would be lending the client money, interest-free.',
  fr: 'Demande d’étaler votre paiement : vous prêteriez de l’argent au client, sans intérêts.',
};

/** A lower pay sold as steadier work. */
export const LOWER_BUT_STEADY_REASON: Localized = {
  en: 'Offers you less than you earn now, dressed as security: steady work at a lower rate is still a pay cut.',
  fr: 'Vous propose moins que ce que vous gagnez, présenté comme une sécurité : une baisse reste une baisse.',
};
