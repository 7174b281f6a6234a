import { phraseRule } from '../../phrase-rule.ts';

/**
 * Refuses the freelancer's extra charge for rush, night or weekend work: "we can't stretch to a weekend
 * surcharge", "we won't be paying the rush fee". The refusal is the point, so a negation does not cancel it.
 */
export default phraseRule({
  id: 'rate-pressure/refused-surcharge',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Refuses the extra charge for rush or off-hours work: the work is wanted at your normal rate.',
    fr: 'Refuse le supplément pour un travail urgent ou hors horaires : le travail est voulu au tarif normal.',
  },
  cue: /surcharge|supplement|premium|rush fee|rush rate|(?:rush|express|urgency|notice|hours|sunday|saturday|holiday) (?:fee|rate|charge)|uplift|mark-?up|overtime|weekend rate|night rate|evening rate|out-of-hours rate|holiday rate|extra (?:fee|charge)/,
  negatable: false,
  patterns: [
    /\b(?:can'?t|cannot|can not|won'?t|will not|wouldn'?t|couldn'?t|not (?:going|able|prepared|willing) to|unable to|refuse to|(?:do|does)n'?t|(?:do|does) not|(?:'d|would) rather not|no way we (?:can|will|could))\s+(?:really\s+|possibly\s+|be able to\s+|be\s+)?(?:stretch(?:ing)? to|run(?:ning)? to|go(?:ing)? to|pay(?:ing)?|cover(?:ing)?|accept(?:ing)?|afford|agree(?:ing)? to|justify|justifying|sign(?:ing)? off on|budget(?:ing)? for|approve|approving)\s+(?:(?:a|an|the|your|that|this|any|extra|more for (?:a|an|the))\s+)?(?:\w+[- ]){0,2}?(?:surcharge|supplement|premium|rush (?:fee|rate)|uplift|mark-?up|overtime|(?:weekend|night|evening|out-of-hours|holiday) (?:rate|fee)|extra (?:fee|charge))s?\b/,
    /\b(?:surcharge|supplement|premium|rush fee|uplift|mark-?up|(?:weekend|night|evening|out-of-hours|holiday) (?:rate|fee))s?\b[^.!?\n]{0,40}?\b(?:isn'?t|is not|won'?t be|will not be|can'?t be|cannot be)\s+(?:\w+\s+)?(?:possible|happening|an option|approved|in the budget|something (?:we|finance|the board|they|i|our \w+) (?:can|could|will|would) (?:pay|cover|do|approve|sign off|accept|stretch to)|paid|covered|accepted)\b/,
    // The surcharge assumed away: "I'd assume there's no rush fee on this one", "surely no weekend premium, right?"
    /\b(?:assume|assuming|take it|presume|presuming|expect|expecting|trust|guess|hope|hoping|surely|i'?m sure|i reckon|i figure)\b[^.!?\n]{0,30}?\b(?:no|not (?:be )?(?:a|an|any)|won'?t be (?:a|an|any)|without (?:a|an|any))\s+(?:extra\s+|additional\s+)?(?:(?:rush|express|urgency|urgent|weekend|night|night-time|evening|out-of-hours|after-hours|holiday|sunday|saturday|short[- ]notice|your)\s+(?:surcharges?|supplements?|premiums?|fees?|rates?|charges?|uplifts?|mark-?ups?)|(?:surcharges?|supplements?|premiums?|uplifts?|mark-?ups?|extra (?:fee|charge)s?)\s+(?:for|on)\s+(?:the\s+)?(?:short\s+|quick\s+|fast\s+)?(?:rush|speed|weekend|short notice|urgency|night|evening|holiday|turnaround|express))\b/,
  ],
  unless: [/\b(?:happy|glad|fine|okay|ok|willing) to (?:pay|cover|accept)\b|\bas quoted\b|\bno problem\b/],
  examples: {
    fires: [
      "We can't stretch to a night-time premium for the launch, I'm afraid.",
      "Finance won't approve an evening rate on top of the day rate.",
      'Honestly we are not able to pay any overtime for the Sunday shoot.',
      'The holiday rate is not something we can cover this year.',
      "We don't pay surcharges for evening work, that's company policy.",
      "We'd rather not pay an evening uplift, could you absorb it?",
      "Finance won't be able to cover the Sunday uplift from your rate card.",
      'The Sunday premium is not something the board will approve.',
      "I'd assume there won't be a rush surcharge for this one.",
      'Surely no express fee applies here, right?',
      'I take it there is no weekend rate since it is only a few hours.',
      "We're expecting no extra charge for the short turnaround, of course.",
      "Hoping there's no night-time premium, it's just one evening.",
      'I presume without any short-notice fee, as we are a regular client.',
      'I trust there will not be an after-hours rate on this, we are a small charity.',
      'I figure no surcharge for the rush, since the files are ready.',
    ],
    quiet: [
      "We're happy to pay the weekend surcharge, just send the invoice.",
      'Please add the rush fee to the invoice as quoted.',
      "You don't need to worry, the premium for Sunday is in the budget.",
      'Our supplier charged us a fuel surcharge last month.',
      "We don't need the premium plan for the website.",
      'I assume there is no fuel surcharge from the courier this time.',
      'I hope there is no rush on your side, take your time.',
      'We expect no weekend traffic on the site during the migration.',
      'I assume your rush fee applies, please add it to the invoice.',
      'Surely no one expects the evening launch to go smoothly.',
      'I take it there is no premium plan needed for the plugin.',
      'I hope you had no extra charges from the bank on the transfer.',
      'We expect the weekend rate to apply, as in your quote.',
    ],
  },
});
