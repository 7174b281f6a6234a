import { phraseRule } from '../../phrase-rule.ts';
import { DISCOUNT_DUE_REASON } from '../shared/rate-reasons.ts';

/**
 * A discount presented as owed rather than asked for: "the final invoice should come down quite a bit", "a 15%
 * reduction would only be normal", "we'd expect the balance to be adjusted downwards".
 */
export default phraseRule({
  id: 'rate-pressure/discount-due',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: DISCOUNT_DUE_REASON,
  cue: /instal|invoice|balance|fee|bill|total|payment|amount|reduc|discount|rebate|goodwill|credit note|refund/,
  patterns: [
    // "the final invoice should come down quite a bit", "the remaining payment ought to be lower"
    /\b(?:invoice|balance|fee|fees|bill|total|payment|amount|price|instal?lment)\s+(?:\w+\s+){0,2}?(?:should|ought to|must|would need to|needs to|has to|will have to)\s+(?:really\s+|surely\s+|probably\s+)?(?:come down(?!\s+to\s+[a-z])|go down|drop|be (?:\w+\s+)?(?:reduced|lowered|cut|adjusted down\w*|revised down\w*|discounted|smaller|lower|less))\b/,
    // "a 15% reduction on the last invoice would only be normal", "a discount would be appropriate"
    /\b(?:a|an|some)\s+(?:\d+\s?%\s+|small\s+|fair\s+|partial\s+)?(?:reduction|discount|rebate|goodwill gesture|gesture of goodwill|credit note|refund)\b[^.?!\n]{0,50}?\b(?:would|should|will|seems?|is)\s+(?:\w+\s+){0,2}?(?:normal|appropriate|fair|reasonable|decent|in order|justified|expected|right|the least|only fair|fitting|called for|warranted)\b/,
    // "we'd expect the balance to be adjusted downwards"
    /\b(?:expect\w*|think|feel|believe|assume)\b[^.?!\n]{0,30}?\b(?:invoice|balance|fee|bill|total|amount)\s+to\s+(?:be\s+)?(?:reduced|lowered|cut|adjusted|revised|discounted|come down|go down|drop)\b/,
    // "we think 20% off the final invoice is fair"
    /\b(?:\d+\s?%|a bit|something|a little|some money)\s+off\s+(?:the|your)\s+(?:\w+\s+)?(?:invoice|bill|fee|total|price|balance)\b[^.?!\n]{0,20}?\b(?:is|would be|seems|sounds)\s+(?:only\s+|more than\s+)?(?:fair|reasonable|right|normal|appropriate|justified)\b/,
    // "we'd expect something off the final bill", "we deserve a bit off the invoice"
    /\b(?:expect\w*|deserve|owed|due|entitled to|should get|hope for|hoping for)\s+(?:something|a bit|a little|some|money|\d+\s?%)\s+off\s+(?:the|your)\s+(?:\w+\s+)?(?:bill|invoice|fee|total|price|balance)\b/,
  ],
  unless: [
    /\b(?:you (?:offered|suggested|proposed)|as you (?:offered|suggested|proposed)|your (?:offer|kind offer)|thank\w*)\b/,
  ],
  examples: {
    fires: [
      'After the missed milestone, we think 15% off the last invoice is fair.',
      'Given the delay, the last instalment should be cut by half.',
      'We lost a week, so we would expect something off the final bill.',
      'Given the errors, a partial refund seems only fair.',
      'We feel the last invoice should come down a fair bit.',
      'After the delays, a 10% reduction on the balance would only be fair.',
      'A discount on the remaining payment seems appropriate to us.',
      'The final payment ought to be lower, given how the project went.',
      'A goodwill gesture would be the decent thing after the slip.',
      'We would expect the total to be adjusted downwards.',
      'In the circumstances the fee should be reduced, surely.',
    ],
    quiet: [
      'The final invoice should be sent to the accounts team.',
      'The balance should come through by Friday.',
      'Thank you for offering a 10% discount, that would be fair.',
      'The invoice should reference the purchase order number.',
    ],
  },
});
