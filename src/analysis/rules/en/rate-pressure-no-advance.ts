import { phraseRule } from '../../phrase-rule.ts';
import { NO_ADVANCE_REASON } from '../shared/rate-reasons.ts';

/**
 * No money now, something else instead: "we don't do advances", "no fee at this stage, but a share of the profits",
 * "a €50 expenses allowance instead of your half-day rate", "we'll reimburse your costs, but there's no fee".
 */
export default phraseRule({
  id: 'rate-pressure/no-advance',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: NO_ADVANCE_REASON,
  cue: /money for pay|money to pay|mileage|fares?|petrol|upfront|up front|in advance|deposit|advance|no fee|allowance|honorarium|stipend|per diem|expenses|reimburse|costs|travel/,
  // The refusal is the point: "we don't do advances" is not cancelled by its own negation.
  negatable: false,
  patterns: [
    // "we can't pay upfront", "we don't do advances", "we won't be paying a deposit"
    /\b(?:we|i)\s+(?:can'?t|cannot|won'?t|don'?t|do not|never|are not able to|aren'?t able to|are unable to)\s+(?:\w+\s+){0,2}?(?:pay|paying|do|give|offer|make|stretch to|run to|manage)\s+(?:you\s+)?(?:anything\s+)?(?:upfront|up front|in advance|(?:a|an|any)\s+(?:deposit|advance|down payment)|deposits|advances|down payments)\b(?!\s+(?:on|for|to)\s+(?:salar\w*|wages|staff|employees))/,
    /\b(?:policy|rule|practice|we)\b[^.?!\n]{0,30}?\b(?:not to|never)\s+(?:pay|give|offer|make)\s+(?:any\s+|a\s+)?(?:deposits?|advances?|upfront|down payments?)\b/,
    // non-native: "we dont have money for pay before"
    /\b(?:don'?t|dont|do not|not)\s+have\s+(?:the\s+|any\s+)?(?:money|budget|cash)\s+(?:for|to)\s+pay\s+(?:you\s+)?(?:before|first|now|upfront|up front|in advance)\b/,
    // "no fee at this stage, but you'd have a share of the profits", "there's no deposit, payment is a cut of sales"
    /\b(?:no|there'?s no|there is no)\s+(?:upfront\s+)?(?:fee|deposit|advance|payment)\b[^\n]{0,70}?\b(?:share of|royalt\w*|percentage|cut of|\d+\s?% (?:of|from|on)|revenue share|profit share|credit (?:in|on)|your name (?:on|in))\b/,
    // "a €50 expenses allowance instead of your half-day rate", "expenses paid, not a commission"
    /\b(?:allowance|honorarium|stipend|per diem|expenses|travel|lunch|gift card|voucher|token (?:fee|sum|payment))\b[^.?!\n]{0,40}?\b(?:instead of|rather than|in place of|in lieu of|not)\s+(?:a|an|your|the|any)\s+(?:\w+\s+)?(?:fee|rate|day rate|commission|payment|half-day rate|half day rate|invoice)\b/,
    // "we can reimburse your costs, but there's no fee as such"
    /\b(?:reimburse|cover|pay for|refund)\s+(?:your\s+)?(?:\w+\s+){0,2}?(?:costs|expenses|travel|train|mileage|fares?)\b[^.?!\n]{0,40}?\b(?:but|though|however)\s+(?:there'?s no|there is no|there isn'?t (?:a|any)|there is not (?:a|any)|no|not a|without a)\s+(?:\w+\s+)?(?:fee|rate|payment|commission)\b/,
  ],
  unless: [/\b(?:on top of|in addition to|as well as|plus (?:the|your) (?:fee|rate|day rate))\b/],
  examples: {
    fires: [
      'We dont have money to pay before, but you get 10% from each sale.',
      'Our policy is not to pay deposits to contractors.',
      "We will cover your mileage, but there isn't a fee for this one.",
      "We can't stretch to an advance, though you would get a 50/50 split of the profits.",
      "We can't pay anything upfront, but we can offer 4% of sales after break-even.",
      "We don't do advances, you would earn a royalty on each copy instead.",
      'No fee for now, though you would get a share of the profits later.',
      "There's no deposit with us; payment is a percentage of the door takings.",
      "We won't be paying a deposit, that's our policy with contractors.",
      'We can offer a small travel allowance instead of your day rate.',
      'There is an honorarium of £80 in place of your usual fee.',
      'We can reimburse your train fares, but there is no fee as such.',
      'A stipend of 150 for the week rather than your day rate.',
    ],
    quiet: [
      'We will pay the 30% deposit this week as agreed.',
      'Your travel expenses will be reimbursed on top of the fee.',
      'Please add your expenses to the invoice with the day rate.',
      'No fee changes this year, and your name stays on the cover.',
      'Thanks for the advance notice about the holidays.',
    ],
  },
});
