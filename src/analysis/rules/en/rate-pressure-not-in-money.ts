import { phraseRule } from '../../phrase-rule.ts';

/**
 * Paid in something other than money, or not at all for a first piece: equity, commission or revenue share instead
 * of a fee, an unpaid pilot or trial month, a rate cut per unit, work that "will no longer be paid".
 */
export default phraseRule({
  id: 'rate-pressure/not-in-money',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Pays you in something other than money, or not for the first part: shares, commissions and trials do not pay your bills.',
    fr: 'Vous paie autrement qu’en argent, ou pas pour la première partie : parts, commissions et essais ne paient pas vos factures.',
  },
  cue: /equity|shares|share options|stock|stake|commission|royalt|revenue|percentage|cut of|pilot|trial|first (?:month|week|episode|session|phase|batch)|instead of|rather than|down from|no longer/,
  // The patterns carry their own "can't" / "no longer": a negation before them does not cancel them.
  negatable: false,
  patterns: [
    // "paid in equity", "we'd compensate you with stock options"
    /\b(?:pay|paid|paying|compensate|compensated|reward|remunerate)\s+(?:you\s+)?(?:\w+\s+){0,4}?(?:in|with)\s+(?:equity|shares|share options|stock(?: options)?|tokens|a stake|sweat equity|store credit|vouchers|free products)\b/,
    // "a 10% commission instead of the monthly fee", "equity rather than cash"
    /\b(?:equity|shares|stock options|a stake|(?:a|an|the)\s+(?:\d+\s?%\s+)?(?:commission|revenue share|rev share|royalty|percentage|cut|share of (?:the )?(?:profits?|revenue|sales)))\s+(?:\w+\s+){0,3}?(?:instead of|rather than|in place of|in lieu of)\s+(?:a |an |your |the |any )?(?:\w+\s+)?(?:fee|fees|cash|money|payment|invoice|salary|rate|retainer)\b/,
    /\b(?:instead of|rather than|in place of|in lieu of)\s+(?:a |an |your |the |any )?(?:\w+\s+)?(?:fee|cash|payment|retainer|invoice|rate)\b[^.?!\n]{0,60}?\b(?:equity|shares|stock options|commission|percentage|royalt(?:y|ies)|cut of|share of (?:the )?(?:profits?|revenue|sales)|\d+\s?% of (?:the )?(?:\w+\s+)?(?:revenue|sales|profits?|takings|receipts|turnover))/,
    // "we can't pay for the pilot", "we won't be able to fund the first episode"
    /\b(?:can'?t|cannot|won'?t be able to|aren'?t able to|are not able to|couldn'?t|unable to)\s+(?:really\s+)?(?:pay|fund|budget)\s+(?:you\s+)?for\s+(?:the|this|a)\s+(?:pilot|trial|test|first (?:episode|phase|month|batch|round|issue)|proof of concept|prototype|demo)\b/,
    // "do the first month free as a trial", "the opening episode unpaid"
    /\b(?:the\s+)?(?:first|initial|opening)\s+(?:month|week|episode|session|phase|article|batch|video|post|issue)s?\s+(?:\w+\s+)?(?:for free|free|unpaid|at no (?:cost|charge)|on the house|gratis)\b/,
    // "EUR 0.06 per word instead of EUR 0.09", "$40 an hour rather than 55"
    /(?:[$€£]\s?|\b(?:eur|usd|gbp|chf|cad)\s?)?\b\d+(?:[.,]\d+)?\s?(?:eur|euros?|usd|gbp|chf|cad|dollars?|pounds?|cents?|[$€£])?\s*(?:per|a|an|\/)\s*(?:word|hour|day|page|image|minute|article|post|photo|video|session)\s+(?:instead of|rather than|down from)\b/,
    // "fuzzy matches will no longer be paid", "travel time will no longer be billable"
    /\b(?:will|would|are|is)\s+no longer\s+be\s+(?:paid|billable|payable|compensated|remunerated|invoiced|reimbursed)\b/,
    /\b(?:will|would|we'?ll|we)\s+no longer\s+(?:pay|compensate|reimburse)\s+(?:you\s+)?for\b/,
  ],
  unless: [
    /\b(?:you (?:asked|suggested|proposed|offered)|as you (?:asked|suggested|proposed)|your (?:proposal|suggestion|offer))\b/,
  ],
  examples: {
    fires: [
      'We were thinking of paying part of your invoice in share options this year.',
      'For year one we would love to pay you in equity.',
      'Could we do a 5% commission instead of the monthly retainer?',
      'Rather than a fee, we thought of a share of the sales from the shop.',
      "Honestly we can't pay for the pilot, but the series could follow.",
      'Could you do the first month free? Think of it as a trial.',
      'From now on it is 0.07 per word instead of 0.10.',
      'Repeated segments will no longer be paid from January.',
      "We'll no longer pay for travel time to the studio.",
    ],
    quiet: [
      'Your fee stays as quoted, paid by transfer within 30 days.',
      'The first month is a paid trial at your usual day rate.',
      'We use a commission-free platform for the shop.',
      'As you suggested, 0.08 per word instead of a flat fee works for us.',
      'Our investors received equity in the last round.',
      'The pilot episode is fully budgeted and paid on delivery.',
    ],
  },
});
