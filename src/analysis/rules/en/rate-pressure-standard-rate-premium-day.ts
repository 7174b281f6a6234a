import { phraseRule } from '../../phrase-rule.ts';
import { PREMIUM_DAY_REASON } from '../shared/rate-reasons.ts';

/**
 * The normal rate asked for a premium day: "keep it at your standard day rate, even though it's a bank holiday",
 * "the weekend work would be at the regular rate, no premium". The weekday rate named alone stays quiet.
 */
/** A day or time that usually carries a premium. */
const DAY = String.raw`(?:bank holiday|public holiday|holiday|sunday|saturday|weekend|boxing day|thanksgiving|good friday|whit monday|labou?r day|memorial day|independence day|(?:july|4th of july|fourth of july)|overnight|late[- ]night|easter(?: monday| sunday)?|christmas(?: day| eve)?|new year'?s?(?: day| eve)?|night|evening|out[- ]of[- ]hours)`;
/** That day as the day of the work: "for the Sunday", "it's a bank holiday", "the weekend shoot". */
const WORK_DAY = String.raw`\b(?:(?:for|on|over|during|it'?s|is|falls on|being)\s+(?:the\s+|a\s+)?${DAY}|${DAY}\s+(?:shoot|session|work|job|shift|event|delivery|launch|hours|booking|day|gig|cover|slot|workshop|service|edit|call|stream|broadcast|install|installation|move|rollout|release|support))\b`;

export default phraseRule({
  id: 'rate-pressure/standard-rate-premium-day',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: PREMIUM_DAY_REASON,
  // "no premium", "prefer not to add anything" carry the point themselves: a negation does not cancel them.
  negatable: false,
  cue: /boxing day|thanksgiving|good friday|whit monday|labou?r day|memorial day|independence day|overnight|holiday|sunday|saturday|weekend|easter|christmas|new year|night|evening|out of hours|out-of-hours/,
  patterns: [
    // "keep it at your standard day rate, even though it's a bank holiday"
    new RegExp(
      String.raw`\b(?<phrase>(?:standard|normal|usual|regular|ordinary|weekday|basic)\s+(?:\w+\s+)?(?:rate|fee|price|hourly)|same\s+(?:rate|fee|price)\s+as\s+(?:a|on a|for a|any)\s+(?:weekday|week day|normal day|regular day))\b[^.?!\n]{0,60}?${WORK_DAY}`,
    ),
    // "for the Sunday shoot we'd pay your normal rate", "the weekend work would be at the regular rate"
    new RegExp(
      String.raw`${WORK_DAY}[^.?!\n]{0,60}?\b(?<phrase>(?:at|pay|paid|on|for|keep(?: to| it at| it to)?|stick to|stay (?:at|on|with)|remain at|with)\s+(?:you\s+)?(?:your|the|our)\s+(?:standard|normal|usual|regular|ordinary|weekday|basic)\s+(?:\w+\s+)?(?:rate|fee|price|hourly))\b`,
    ),
    // "no premium for the weekend", "without any holiday surcharge", "not add anything for the holiday"
    new RegExp(
      String.raw`\b(?<phrase>(?:no|without (?:a|any)|not (?:to )?add (?:a|any))\s+(?:\w+\s+)?(?:premium|surcharge|uplift|supplement|extra)|not (?:to )?(?:add|charge|pay) (?:anything|more|extra))\s+(?:for|on)\s+(?:the\s+)?${DAY}\b`,
    ),
  ],
  unless: [
    /\b(?:time and a half|double (?:time|rate)|1[.,]5\s?x|x\s?1[.,]5|\+\s?\d+\s?%|as (?:you )?quoted|(?:weekend|holiday|sunday|night|evening) (?:rate|premium|surcharge) (?:you quoted|applies|as agreed)|we'?ll pay the (?:weekend|holiday|sunday|night|evening)|plus (?:the|a|your) (?:\w+\s+)?(?:supplement|premium|surcharge|uplift))\b/,
  ],
  examples: {
    fires: [
      'Since it is Boxing Day, we would like to keep it to your normal day rate.',
      'The overnight edit would be at the regular hourly rate, I am afraid.',
      'It is a public holiday, but we would like to keep to the normal hourly rate.',
      'We would rather keep it at your standard rate, even though it falls on a bank holiday.',
      'For the Saturday session we would pay your normal day rate, if that is fine.',
      'Could we do the Easter Monday shoot at your usual hourly rate?',
      'The Sunday work would be at the regular rate, no premium.',
      'Same rate as a weekday for the night shift, I hope.',
      'We would prefer no surcharge for the holiday.',
    ],
    quiet: [
      'Happy Boxing Day! We will settle your invoice at your normal rate next week.',
      'Your usual rate plus the holiday supplement is fine for the New Year shoot.',
      'We will pay the weekend rate you quoted for the Sunday shoot.',
      'Your standard day rate is fine for the Tuesday workshop.',
      'Your usual rate applies on weekdays, and time and a half at the weekend.',
      'Have a restful weekend, and send the invoice at your usual rate on Monday.',
    ],
  },
});
