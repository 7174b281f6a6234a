import { phraseRule } from '../../phrase-rule.ts';

/**
 * The client changing their mind about something already shown ("on second thought", "they've
 * gone off the video header", "not feeling the teal"): the request that follows reworks it.
 */
export default phraseRule({
  id: 'extra-revisions/change-of-mind',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.65,
  reason: {
    en: 'The client changed their mind about delivered work: reworking it counts as a revision round.',
    fr: 'Le client a changé d’avis sur un travail livré : le reprendre compte comme un tour de retouches.',
  },
  patterns: [
    // "We've had second thoughts about the green", "after sleeping on it, the old tagline worked better".
    /\b(?:(?:had|having|have) (?:some )?second thoughts (?:about|on) (?:the|it|them|this|that|those|these|our|your)|after sleeping on it|(?:the )?(?:old|original|previous|earlier|first) (?:tagline|headline|slogan|logo|font|typeface|colou?rs?|palette|layout|version|draft|design|intro|ending|title|copy|wording|photo|image|picture|cover|banner|header|icon|music|track|edit|cut|voice-?over|shade|green|blue|red) (?:worked|looked|read|felt|sounded|was|were) (?:much |a lot |a bit |way )?better)\b/,
    /\b(?:on second thoughts?|having slept on it|(?:we|i|they|he|she)(?:'ve| have)? had a (?:rethink|change of heart) (?:on|about) (?:the|it|them|this|that)|changed (?:our|my|their|his|her) minds? (?:again )?(?:on|about) (?:the|it|them|this|that)|(?:gone|went) off (?:the|it|them|that|those)|(?:not|\w*n't|no longer) (?:really |too |that |so )?(?:feeling|loving|keen on|sold on|happy with|a fan of|convinced by) (?:the|it|them|this|that|those|these)\b(?! (?:project|idea|collaboration|deal|partnership)))/,
    // "they now want a single still image instead": the wish has moved on from what was delivered.
    /\b(?:now|actually|after all)\s+(?:want|wants|prefer|prefers|(?:'d|would) (?:prefer|rather have|like|love|rather))\s+(?:a|an|the|one|just|only|two|three|\d+)\b[^.?!\n]{0,50}?\binstead\b/,
  ],
  negatable: false,
  unless: [
    /\b(?:cancel|cancell?ing|go ahead|hire|proceed|quote|contract|invoice|meeting|call|project|budget|date|dates|plan|plans|schedule|timeline|strategy|price|fee|rate|deadline|venue)\b/,
    /\b(?:approved|perfect|love it|looks great)\b/,
    /\b(?:refund|discount|payment|deposit|delivery|pickup|pick-up|courier|session|visit|appointment)\b/,
  ],
  examples: {
    fires: [
      'On second thought, the green feels too loud.',
      "They're not feeling the serif font at all.",
      "The client has gone off the video header, let's swap it for a photo.",
      "We've had a rethink about the colour scheme, sorry.",
      'My boss changed his mind again about the cover photo.',
      "Our chair isn't keen on the group photo.",
      "We're having second thoughts about the orange banner, sorry.",
      'Honestly the original headline read much better than this one.',
      'The founders now want a plain cream background instead.',
      "They'd now prefer one long scroll page instead of the three tabs.",
      'Marketing actually wants a photo of the team instead of the illustration.',
    ],
    quiet: [
      "We've changed our minds about the project and won't go ahead.",
      'On second thought, let us keep the meeting on Tuesday.',
      'We had a rethink about the budget for next year.',
      'We had second thoughts about the venue, so the party moves to the barn.',
      'The old printer worked better, but yours is fine.',
      'The partners now want a call on Friday instead.',
      'We now want a refund instead of the credit note.',
      'The client now prefers a Tuesday delivery instead of Monday.',
      "We'd now like a quote for the two-day option instead.",
    ],
  },
});
