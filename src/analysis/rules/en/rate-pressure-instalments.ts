import { phraseRule } from '../../phrase-rule.ts';
import { INSTALMENTS_REASON } from '../shared/rate-reasons.ts';

/**
 * Asks to split or spread a payment that was due in one go: "pay your invoice in two instalments", "split the
 * payment, half now and half in April", "in 2 times". An agreed schedule restated ("as agreed: half on signing")
 * stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/instalments',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: INSTALMENTS_REASON,
  cue: /instal|across|each month|every month|each week|part|time|tranche|split|spread|stagger|chunk|half|piece|divid|break|over|payments|transfers|a month until/,
  patterns: [
    /\b(?:paid|being paid|get paid)\s+in\s+(?:2|3|4|two|three|four|several)\s+(?:parts|instal?lments|goes|chunks|tranches)\b/,
    /\b(?:pay|send)\s+(?:you\s+)?(?:a (?:bit|little)|some|part)\s+(?:each|every|per|a)\s+(?:month|week)\b/,
    /\b(?:pay|paying|settle|settling|clear|transfer|send)\s+(?:you\s+)?(?:it\s+|this\s+|that\s+|(?:the|your|this|that)\s+(?:\w+\s+)?(?:invoice|bill|fee|balance|amount|total)\s+)?(?:in|into|over|by)\s+(?:2|3|4|5|6|two|three|four|five|six|several|a few|multiple|monthly|smaller)\s+(?:(?:monthly|weekly|equal|smaller|separate)\s+)?(?:instal?lments?|parts|payments|times|goes|tranches|chunks|pieces|bits)\b/,
    /\b(?:pay|paying|settle|settling|clear|spread)\s+(?:you\s+)?(?:it\s+|this\s+|that\s+|(?:the|your|this|that)\s+(?:\w+\s+)?(?:invoice|bill|fee|balance|amount|total)\s+)?(?:over|across)\s+(?:the next\s+)?(?:2|3|4|5|6|two|three|four|five|six|several|a few|a couple of)\s+(?:months|weeks|quarters)\b/,
    // "3 payments of 400 instead of one", "would monthly payments be okay?"
    /\b(?:can|could|may|might)\s+(?:we|i)\s+(?:\w+\s+){0,3}?(?:\d|two|three|four|five|six|several|multiple|monthly|weekly|smaller)\s+(?:payments|instal?lments|tranches|transfers)\b|\b(?:\d|two|three|four|five|six|several|multiple|monthly|weekly|smaller)\s+(?:payments|instal?lments|tranches|transfers)\b[^.?!\n]{0,40}?\b(?:instead|rather|okay|ok|alright|all right|fine|work for you|possible|acceptable)\b/,
    /\ba (?:month|week)\s+until\s+(?:it'?s|it is|the (?:invoice|balance|total|amount|bill) is)\s+(?:paid|settled|cleared|covered|paid off)\b/,
    /\b(?:split|spread|stagger|break up|divide)\s+(?:up\s+)?(?:the|your|this|that|our)\s+(?:\w+\s+)?(?:payment|payments|invoice|bill|fee|balance|amount|total)\b/,
    /\b(?:half|part|50 ?%)\s+(?:of it\s+)?(?:now|this month|today|upfront|up front)\b[^.?!\n]{0,30}?\b(?:half|rest|remainder|balance|other half|the other 50 ?%)\s+(?:in|next|later|around|by|at the end of)\s+(?!delivery|completion|handover)/,
  ],
  unless: [
    /\b(?:one for|separate (?:invoices|bills)|per (?:item|product|entity|department))\b/,
    /\b(?:as (?:agreed|planned|discussed|quoted|per|in|stated|set out|usual)|per (?:the|our|your) (?:contract|quote|agreement|terms)|in the contract|on signing|on delivery|on completion|deposit|milestones?)\b/,
  ],
  examples: {
    fires: [
      'Could we pay the invoice in three monthly chunks?',
      'Could we pay the invoice in two instalments?',
      'We would like to settle it in 3 parts over the summer.',
      'Is it ok if we pay the balance in 2 times?',
      'Can we split the payment? Cash is a bit slow this quarter.',
      'Half now and the rest in March, would that work for you?',
      'We will have to spread the fee across the next few months.',
      'Paying you in monthly chunks would really help us.',
      'Could we settle the balance over the next four months?',
      'Would it be alright to pay the invoice across two months?',
      'Would it be possible to divide the invoice into 2?',
      'Could we do four payments of 250 rather than one?',
      'Would weekly transfers work for you? The full sum at once is hard.',
      'We can send 300 a month until the balance is cleared.',
      'We would pay 150 a week until the total is covered.',
      'Would you accept being paid in three parts over the year?',
      'Could I pay you a little every month?',
    ],
    quiet: [
      'As agreed, half on signing and the balance on delivery.',
      'We will pay in two instalments per the contract.',
      'Please split the report into three parts.',
      'Please split the invoice into two: one for design, one for printing.',
      'Half now, and the other half of the photos next week.',
      'We paid the invoice today in one go.',
      'The two payments arrived on your account yesterday.',
      'We do three payments a year to the landlord, nothing to do with you.',
      'The three payments you sent reached the printer.',
    ],
  },
});
