import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/** An hourly or day rate: "$35 an hour", "400 a day", "£40/h", "30 euros per hour". */
const RATE = String.raw`(?:[$£€]\s?)?\d{2,4}(?:[.,]\d{1,2})?\s?(?:[$£€]|dollars?|euros?|bucks|quid|pounds?|chf|cad|usd|eur|gbp)?\s*(?:(?:an|a|per|each)\s+(?:hour|hr|day)|\/\s?(?:h|hr|hour|day|d)|hourly|daily)\b`;

/**
 * A counter-offer as an hourly or day rate: "we were thinking more like $35 an hour", "would you do 400 a day?",
 * "the most we pay is 300 per day". The offering frame is the cue; a rate merely named or accepted ("your 450 a
 * day is fine", "parking is 3 an hour") stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/rate-offer',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  cue: /\d\s?(?:[$£€]|dollars?|euros?|bucks|quid|pounds?|chf|cad|usd|eur|gbp)?\s*(?:(?:an|a|per|each)\s+(?:hour|hr|day)|\/\s?(?:h|hr|hour|day|d)\b|hourly|daily|(?:each|apiece|a piece|(?:a|an|per)\s+[a-z]+)\s*,?\s+(?:(?:on|for)\s+this\s+(?:one|job|batch|order|project)\s*,?\s+|this\s+time\s*,?\s+)?(?:instead of|rather than|in place of|not|down from|versus|vs\.?|as opposed to))/,
  patterns: [
    // A price per piece swapped for a lower one: "would you do the articles at 40 each rather than 60?",
    // "we can offer 150 per shoot instead of your usual 220", "we can only pay 30 a page this time rather than 50".
    /\b(?:you|u|we|i|how about|what about)\b[^.?!\n]{0,40}?(?:[$£€]\s?)?\d{2,4}(?:[.,]\d{1,2})?\s?(?:[$£€]|dollars?|euros?|bucks|quid|pounds?)?\s*(?:each|apiece|a piece|(?:a|an|per)\s+[a-z]+)\s*,?\s+(?:(?:on|for)\s+this\s+(?:one|job|batch|order|project)\s*,?\s+|this\s+time\s*,?\s+)?(?:instead of|rather than|in place of|not|down from|versus|vs\.?|as opposed to)\s+(?:the\s+|your\s+|our\s+)?(?:(?:usual|normal|current|quoted|standard|regular)\s+)?(?:[$£€]\s?)?\d{2,4}\b/,
    new RegExp(
      String.raw`\b(?:thinking(?:\s+(?:of|about))?(?:\s+more)?(?:\s+(?:like|around|closer to|something like))?|more like|something like|closer to|how about|what about|(?:would|could|can|will) (?:you|u) (?:\w+\s+)?(?:do|work|go|accept|take|consider)(?: (?:it|this|that))?(?: for| at)?|(?:we|i)\s*(?:can|could|would|will|'d|'ll)?\s+(?:(?:only|usually|normally|typically|generally|just)\s+)?(?:pay|offer|propose|suggest|do|manage|stretch to|go (?:up )?to|afford|budget)(?: you)?|(?:the )?(?:most|max(?:imum)?) (?:we|i) (?:can |could )?(?:pay|offer|do|afford)(?: is)?|our (?:usual|standard|normal|typical|fixed|max(?:imum)?|going|set) (?:\w+ )?rate(?:\s+for(?:\s+\w+){1,2})?(?:\s+is)?|(?:we|i) pay (?:our )?(?:freelancers|contractors|designers|writers|everyone|people))\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?${RATE}`,
    ),
    // the rate put first: "would 30 an hour be acceptable?", "250/day max", "keep it at 250/day"
    new RegExp(
      String.raw`\b(?:would|could|is|does|will)\s+(?:a\s+)?${RATE}\s+(?:be\s+)?(?:acceptable|ok|okay|fine|work|doable|possible|suit you|agreeable)\b|${RATE}\s*,?\s*(?:max(?:imum)?|tops|at most|no more)\b|${RATE}\s+(?:is|would be|'s)\s+(?:more\s+|about\s+|really\s+)?(?:our (?:range|budget|limit|max(?:imum)?|ceiling|rate|price)|what we (?:can\s+)?(?:pay|offer|afford|budget))\b|\b(?:keep|stay|stick|cap)\s+(?:it\s+|you\s+|the rate\s+)?(?:at|to|with)\s+${RATE}`,
    ),
  ],
  unless: [
    /\b(?:your (?:rate|price|quote|day rate|hourly rate) of|as (?:agreed|quoted)|parking|per person|per head)\b/,
  ],
  examples: {
    fires: [
      'Would you do the articles at 40 each rather than 60?',
      'We can offer 150 per shoot instead of your usual 220.',
      'For this batch we can only manage 25 per drawing on this one instead of your normal 45.',
      'I can pay 30 a page this time rather than the 50 you quoted.',
      'We can pay just 35 per article this time, not the usual 50.',
      'We can only go to $25 per illustration on this project, versus the $40 you normally charge.',
      'I could do 15 a photo, down from 22, for the catalogue.',
      'Budget got trimmed, so we only do €18 per image for this order instead of €30.',
      'Honestly 40 an hour is more our range.',
      'Would 30 an hour be acceptable?',
      "We'd like to keep it at 250/day, that is what everyone gets.",
      'We were thinking more like $35 an hour.',
      'Would you do 400 a day?',
      'Our usual rate for freelancers is 30 euros per hour.',
      'Can you work for 45 an hour?',
      'The most we pay is 300 per day.',
      'Something like 25 bucks/hr would fit our budget.',
      'we can propose 250 per day for this mission',
      'How about £40/h instead?',
      'We normally pay around 25 dollars per hour for this.',
    ],
    quiet: [
      'The venue charges 150 per shoot instead of 200 on weekends, good news for us.',
      'The printer quoted 12 per copy, down from 15 last year, nice for everyone.',
      'Your rate of 450 a day is fine.',
      'Parking is 3 euros an hour.',
      'The room costs 200 a night.',
      'The shop makes about 300 sales per day.',
      'We can do 300 units per day on the line.',
      'The printer packs 40 per box on this one instead of 60, the boxes are smaller.',
    ],
  },
});
