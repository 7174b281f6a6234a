import { phraseRule } from '../../phrase-rule.ts';
import { CAPPED_HOURS_REASON } from '../shared/capped-hours.ts';

/** Time the freelancer works: what a cap is put on. */
const TIME = String.raw`(?:hours?|overtime|time|days?|extra time|additional hours)`;
const BEYOND = String.raw`(?:beyond|past|over|above|outside|in excess of|exceeding)`;
const UNPAID = String.raw`(?:paid|billable|billed|covered|reimbursed|compensated|invoiced|invoiceable|charged)`;

/**
 * Hours beyond a cap declared unpaid, as a rule rather than a question: "hours past the 7-hour day won't be paid any
 * more", "we will no longer pay for time beyond the budget, even if the project overruns", "anything over 40 hours is
 * on you". Overtime paid at a higher rate, hours that are simply not possible and a cap the freelancer set stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/capped-hours',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: CAPPED_HOURS_REASON,
  negatable: false,
  cue: /\b(?:beyond|past|over|above|outside|in excess of|exceeding)\b|\bno (?:overtime|extra hours|additional hours|extra time|extra days)\b/,
  patterns: [
    // "hours past the 7-hour day won't be paid any more", "overtime beyond the budgeted hours is not billable"
    new RegExp(
      String.raw`\b${TIME}\s+(?:\w+\s+){0,2}?${BEYOND}\s+[^.?!\n]{0,40}?\b(?:won'?t|will not|will no longer|aren'?t|are not|isn'?t|is not|can'?t|cannot|no longer|not)\s+(?:be\s+|get\s+)?(?:\w+\s+)?${UNPAID}\b`,
    ),
    // "we will no longer pay for time beyond the budget", "we don't pay any hours over the cap"
    new RegExp(
      String.raw`\b(?:won'?t|will not|will no longer|don'?t|do not|no longer|can'?t|cannot|not going to|are not going to|aren'?t going to)\s+(?:be\s+)?(?:pay(?:ing)?|cover(?:ing)?|compensat(?:e|ing)|reimburs(?:e|ing))\s+(?:for\s+)?(?:any\s+)?(?:the\s+)?(?:extra\s+|additional\s+)?${TIME}\s+(?:\w+\s+){0,2}?${BEYOND}\b`,
    ),
    // "no overtime will be billed for the early starts", "no extra hours are to be charged"
    new RegExp(
      String.raw`\bno\s+(?:overtime|extra hours|additional hours|extra time|extra days)\s+(?:will|can|is to|are to|should|may)\s+(?:\w+\s+)?be\s+${UNPAID}\b`,
    ),
    // "anything over 40 hours is on you", "hours above the cap are at your own cost"
    new RegExp(
      String.raw`\b(?:${TIME}|anything|everything|the rest)\s+(?:\w+\s+){0,2}?${BEYOND}\s+[^.?!\n]{0,30}?\b(?:is|are|will be|would be|'s)\s+(?:on you|at your (?:own )?(?:cost|expense|risk)|your (?:problem|cost|risk)|unpaid|free|on the house|on your dime)\b`,
    ),
  ],
  unless: [/\b(?:time and a half|double time|at a higher rate|premium|overtime rate|(?:i|we)'ll cap)\b/],
  examples: {
    fires: [
      'Hours past the 7-hour day won’t be paid any more, whatever happens.',
      'Any overtime beyond the budgeted hours will not be billable from now on.',
      'From May, we will no longer pay for time beyond the estimate, even if the project overruns.',
      'We don’t pay any hours over the monthly cap.',
      'Anything over 40 hours is on you.',
      'Days outside the agreed schedule are not covered by us.',
      'Extra time above the package will not get reimbursed.',
      'No overtime will be paid for the late finishes on set.',
    ],
    quiet: [
      'Hours beyond 40 are paid at time and a half.',
      'Hours past 6pm will not be possible, the building closes.',
      'We will pay for every hour over the estimate, just tell us.',
      'The days past the deadline were stressful, but it is done.',
      'Time over the weekend is not something we expect of you.',
    ],
  },
});
