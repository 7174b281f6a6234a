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

/** A new piece of work presumed to sit inside the fee already agreed. */
export const INSIDE_FEE_REASON: Localized = {
  en: 'Presumes new work fits inside the fee already agreed: extra work is extra pay unless you say otherwise.',
  fr: 'Suppose que du travail nouveau rentre dans le prix déjà convenu : un travail en plus se paie, sauf si vous en décidez autrement.',
};

/** A discount presented as owed rather than asked for. */
export const DISCOUNT_DUE_REASON: Localized = {
  en: 'Presents a price cut as owed: a discount is yours to offer, not the client’s to claim.',
  fr: 'Présente une baisse de prix comme un dû : une remise se propose, elle ne se réclame pas.',
};

/** No fee or advance, or a token sum, in place of the rate. */
export const NO_ADVANCE_REASON: Localized = {
  en: 'Offers no fee or advance, or a token sum, in place of your rate: expenses and shares are not pay.',
  fr: 'N’offre ni cachet ni acompte, ou une somme symbolique, à la place de votre tarif : frais et parts ne sont pas un salaire.',
};

/** The normal rate asked for a weekend, holiday or night. */
export const PREMIUM_DAY_REASON: Localized = {
  en: 'Wants weekend, holiday or night work at your normal rate: off-hours work usually carries a premium.',
  fr: 'Veut un travail de week-end, de jour férié ou de nuit au tarif normal : ces heures-là se majorent d’habitude.',
};

/** The balance or the fee made to wait for the client's own sales or profit. */
export const PAY_ON_SALES_REASON: Localized = {
  en: 'Ties your payment to the client’s sales or profit: their business risk becomes yours, and so may the wait.',
  fr: 'Fait dépendre votre paiement des ventes ou des bénéfices du client : son risque devient le vôtre, l’attente aussi.',
};

/** A fee or surcharge the freelancer named, asked to be dropped. */
export const WAIVED_FEE_REASON: Localized = {
  en: 'Asks you to drop a fee or surcharge you set: it pays for real extra work or cost, and waiving it is your call.',
  fr: 'Demande de renoncer à des frais ou un supplément que vous avez fixés : ils paient un vrai travail ou un vrai coût, y renoncer reste votre choix.',
};

/** Visibility and perks (logo, name, passes, tickets) offered as the payment. */
export const IN_KIND_REASON: Localized = {
  en: 'Offers visibility or perks (your name on a poster, tickets, passes) as the pay: none of them pays your bills.',
  fr: 'Propose de la visibilité ou des avantages (votre nom sur l’affiche, des places, des pass) en guise de paiement : rien de cela ne paie vos factures.',
};

/** Money taken off the fee, the rate or the invoice: waived, cut, rounded down or declared unneeded. */
export const CUT_FEE_REASON: Localized = {
  en: 'Asks you to take money off your fee, rate or invoice: what you charge is yours to lower, not the client’s to trim.',
  fr: 'Demande de retirer de l’argent de vos honoraires, de votre tarif ou de votre facture : c’est à vous de baisser votre prix, pas au client de le rogner.',
};

/**
 * The freelancer's own concession restated and taken up by the client ("thanks for offering to waive the fee", « merci
 * d'avoir proposé de renoncer aux frais », "as you suggested"): the client accepts a gift, it does not ask for one.
 */
export const OWN_OFFER_ACCEPTED =
  /\b(?:thanks?|thank you|grateful|merci)\b[^.?!\n]{0,25}?\b(?:offer\w*|suggest\w*|propos\w*|agree\w*|kind|gentil\w*|d'avoir (?:propose|suggere|offert|accepte))|\bas you (?:offered|suggested|proposed)\b|\byour (?:kind |generous )?(?:offer|suggestion) to\b|\bcomme (?:tu l'as|vous l'avez) (?:propose|suggere|offert)\b|\b(?:ta|votre) (?:gentille |aimable |genereuse )?proposition de\b|\b(?:que|qu')\s*(?:vous|tu)\s+(?:nous\s+|m'|me\s+)?(?:aviez|avez|avais|as|aviez\s+bien\s+voulu)\s+(?:\w+\s+){0,2}?(?:propose|offert|accorde|consenti)e?s?\b|\b(?:you|you'd|you had)\s+(?:so\s+)?(?:kindly|generously)\s+(?:offered|proposed|suggested)\b/;
