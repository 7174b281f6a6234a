import { phraseRule } from '../../phrase-rule.ts';
import { AT_COST_REASON } from '../shared/at-cost.ts';

/** Asked of the reader, looked back for from the phrase: "could you", "would you", "you'd", "please". */
const ASKED = String.raw`(?<=\b(?:you|your|could|would|can|please|willing|open to|consider|happy to|hoping)\b[^.?!\n]{0,80})`;
/** What a job costs the freelancer, billed alone: the pay for their time left out. */
const COSTS = String.raw`(?:materials?|parts|supplies|timber|wood|fabric|ingredients|components|costs|expenses|out-of-pocket(?: costs)?)`;

/**
 * Work asked at cost or unpaid as a volunteer: "could you do them at cost?", "at cost price", "without your margin",
 * "just charge us for the materials", "as a volunteer, like our other members". A shop selling at cost, the client's
 * own volunteers and materials billed on top of the fee stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/at-cost',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: AT_COST_REASON,
  cue: /\b(?:at|for) cost\b|(?:your|the|any) (?:margin|mark-?up|profit|labou?r)|a volunteer|\b(?:just|only) (?:charge|bill|invoice|pay)|\b(?:charge|bill|invoice|pay) (?:us |you )?(?:just|only)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?:at|for)\s+cost(?:\s+price)?\b(?!\s+(?:of|to|and|estimates?|centres?|centers?|savings?|reasons?|control))${ASKED}`,
    ),
    /\b(?:without|minus|skip(?:ping)?|drop(?:ping)?|leave out|leaving out|waiv(?:e|ing)|forgo(?:ing)?|no)\s+(?:your|the|any)\s+(?:margin|mark-?up|profit|labou?r(?:\s+(?:charge|cost|costs|fee))?)\b/,
    new RegExp(
      String.raw`\b(?:(?:just|only)\s+(?:charge|bill|invoice|pay)\s+(?:us\s+|you\s+)?(?:for\s+)?|(?:charge|bill|invoice|pay)\s+(?:us\s+|you\s+)?(?:just|only)\s+(?:for\s+)?)(?:the\s+)?${COSTS}\b(?!\s+(?:on top|separately|in addition|as well))`,
    ),
    new RegExp(String.raw`\b(?:as|like)\s+a\s+volunteer\b${ASKED}`),
  ],
  unless: [/\b(?:on top of (?:your|the) fee|plus (?:your|the) fee|in addition to (?:your|the) fee)\b/],
  examples: {
    fires: [
      'Could you do it at cost, given all the referrals we have sent you?',
      'Would you make the two benches for us at cost price?',
      'Could you just charge us for the materials, without your margin?',
      'Maybe you could skip the markup this time?',
      'We were hoping you would only bill the timber on this one.',
      'Could you do the workshop as a volunteer, like our other members?',
      'Would you do it for cost, since it is for the school?',
      'Could you knock the shelves out at cost for us?',
    ],
    quiet: [
      'Our shop sells the leftover fabric at cost to students.',
      'Our volunteers will welcome the guests at the door.',
      'Please bill the materials separately, on top of your fee.',
      'I cut the cost of the venue by booking early.',
      'The cost of living here is high, as you know.',
      'We would love to hear what you think of the profit forecast.',
    ],
  },
});
