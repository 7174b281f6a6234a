import { phraseRule } from '../../phrase-rule.ts';

/**
 * The client admits the work is outside the agreement ("I know it's not in the SOW, but…") or
 * assumes it is free ("I assume you can whip up…", "surely that's covered by the original fee").
 */
const NOT_PLANNED = String.raw`(?:wasn'?t|was not|weren'?t|were not|isn'?t|is not) (?:originally |initially |ever )?(?:planned|foreseen|budgeted|scoped|part of the plan)`;

export default phraseRule({
  id: 'scope-creep/outside-agreement',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Asks for work the client knows or assumes is outside the agreed scope: it needs a separate quote.',
    fr: 'Demande un travail que le client sait ou suppose hors du périmètre convenu : il faut un devis à part.',
  },
  patterns: [
    // "Wasn't planned" also tells the client's own mishap ("our move wasn't planned"): it needs the admission
    // ("I know…") or a request behind it ("…, but could you squeeze it in?").
    new RegExp(
      String.raw`\b(?:i know|we know|i reali[sz]e|we reali[sz]e|i'?m aware|we'?re aware|admittedly|granted)\b[^.?!\n]{0,60}\b(?<phrase>${NOT_PLANNED})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>${NOT_PLANNED})\b(?=[^.?!\n]{0,80}\b(?:but|could you|can you|would you|will you|could u|can u)\b)`,
    ),
    /\b(?:(?:was|were|is|are)(?:n'?t| not)|not) (?:really )?(?:in|part of|included in|covered by|in scope of|within) (?:the|our|your|my) (?:original |initial |agreed |functional |technical |fee |price |pricing |cost |project |signed )?(?:sow|scope|brief|contract|quote|agreement|project|plan|package|estimate|proposal|statement of work|deal|remit|specs?|specifications?|requirements|roadmap|wireframes?|mock-?ups?)\b/,
    /\b(?:outside|beyond|out of) (?:the|our|your) (?:original |initial |agreed |functional |technical )?(?:sow|scope|brief|contract|quote|agreement|package|remit|specs?|specifications?|requirements)\b/,
    /\b(?:i|we) (?:assume|presume|take it|guess|imagine) (?:that )?(?:you (?:can|could|will|'ll|won'?t mind|don'?t mind)|(?:that'?s|it'?s|this is|that is|it is|it'?ll be|that'?ll be) (?:covered|included|part of))\b/,
    // "I'd assumed the newsletter was part of the package", "we figured the icons are included". A pronoun
    // ("I figure they're covered") may stand for changes to delivered work, presumed free: that is rate pressure.
    /\b(?:i|we|i'?d|we'?d|i had|we had) (?:assumed|presumed|figured|understood|thought|took it|assume|presume|figure|suppose)\b (?:that )?(?!(?:they|these|those|it|this|that|all|everything|you)\b|(?:(?:small|minor|little|quick|tiny|a few|few|such|the) )?(?:adjustments?|changes?|tweaks?|edits?|revisions?|corrections?|fixes|amends?|modifications?)\b)[^.?!\n]{0,50}\b(?:is|are|was|were|would be|will be|'s|'re|be) (?:all |also |already )?(?:covered|included|part of (?:the|your|our) (?:original |initial |agreed |monthly )?(?:package|quote|fee|price|deal|contract|brief|scope|retainer|job|offer|estimate|agreement|sow|budget))\b/,
    // "Surely the icons are included in what we paid?"
    /\bsurely\b[^.?!\n]{0,40}\b(?:is|are|'s|'re|would be|will be|come|comes) (?:all |also |already )?(?:covered|included|part of (?:the|your|our|what))\b/,
    // The freelancer volunteered for new work: "I've told the team you'll run a training session".
    /\b(?:i'?ve|we'?ve|i have|we have|i|we) (?:told|promised|said to|assured) (?:the |our |my )?[a-z]+(?: [a-z]+)? (?:that )?you(?:'ll| will| would| could| can|'d)\b/,
    /\b(?:i'?m|we'?re|i am|we are) (?:assuming|sure|hoping) (?:that )?(?:that'?s|it'?s|this is|it is|this'?ll be|that'?ll be|it'?ll be|it will be|it can be) (?:covered|included|part of|within)\b/,
  ],
  negatable: false,
  unless: [
    // Asking for a quote or offering to pay makes it a new order ("not in the quote" alone does not).
    /\b(?:(?:a|an|new|separate|updated|revised|extra|additional) (?:quote|quotation|estimate)|quote (?:it|them|this|that|for|separately|me|us)|(?:send|give|prepare|do|need|want|get) (?:me |us )?(?:your |the )(?:quote|estimate) for|we(?:'ll| will) pay|happy to pay|separate invoice|paid separately|at your (?:usual|standard|normal) rate|how much)\b/,
    // Work already delivered, gone over again ("it's just polishing what you've already written, I assume that's
    // covered"): a revision presumed free, which extra_revisions and rate_pressure read, not new work.
    /\b(?:what|the (?:pages?|text|copy|drafts?|designs?|work|files?|bits?)) (?:you(?:'ve| have)? )?already (?:written|wrote|done|did|delivered|made|sent|designed|drafted|built|produced)\b/,
    // Taxes and shipping are no work.
    /\b(?:vat|tax|taxes|shipping|postage|delivery charges?)\b/,
    // Work the client takes back, or an apology for their own slip.
    /\b(?:ourselves|myself|in-house)\b/,
    // Only the agreed work, restated.
    /\b(?:as agreed|as planned|as discussed|as per (?:the|our) (?:plan|contract|quote|brief)|send (?:the|your) (?:final )?(?:files|invoice))\b/,
    /\b(?:sorry|apologi[sz]e|my mistake|our mistake)\b[^.?!\n]{0,30}\b(?:wasn'?t|isn'?t)\b/,
    // A mishap on the client's own side: "our office move wasn't in the plan either".
    // A deadline moved, not work added: "I know this wasn't planned, please do what you can to hit the date".
    /\b(?:(?:hit|meet|make|keep) (?:the|this|that|our) (?:deadline|date|timing|slot)|this (?:deadline|timing|date change))\b/,
    /\b(?:on (?:our|my) (?:side|end)|either|sorry|delay|trip|move|absence|leave|illness|sick|strike|outage|breakdown|budget cut)\b/,
  ],
  examples: {
    fires: [
      "I know the app wasn't in the original scope, but the board is keen.",
      "It's not part of the brief, but could you help with the launch video?",
      'I assume you can knock up a matching business card too.',
      "We're assuming this is covered by the fee we agreed.",
      "I know the teaser wasn't planned, but the launch needs one.",
      "The podcast cut wasn't budgeted, but could you fit it in next week?",
      'We had assumed the social posts were part of the retainer, could you do them?',
      '- the partner logos wall (not in the brief, I know)',
      "I've promised our director you'd design the invitations as well.",
      'Surely the favicon comes included with the website?',
      "Can you put in a guest checkout? I know it's not in the functional specs.",
      'Might you add a wishlist to the shop? It isn’t in the spec sheet.',
      "I realise the site map wasn't in your fee proposal, but nobody knows the plot better.",
      'The access audit is not part of the signed quote, yet you are best placed to do it.',
    ],
    quiet: [
      "It is only tidying up what you've already drafted, so I assume that's covered.",
      'As these are small tweaks to the pages you already delivered, we assume it is included.',
      "The map isn't part of the original brief, so please quote it separately.",
      "The hosting isn't in your contract, we'll handle it in-house.",
      "The map isn't in the quote, could you send a separate quote for it?",
      "Those tweaks are tiny so I figure they're covered?",
      'We assume minor changes of this kind are covered by your fee.',
      'We thought the meeting was part of the plan.',
      "I told the client you'd send the final files on Friday, as agreed.",
      "Our budget freeze wasn't in the plan either, so things will slow down.",
      "The extra night shoot wasn't planned, but we signed the revised estimate, so that's settled.",
      "The meeting with the board wasn't planned, I'll forward the minutes.",
      'Surely VAT is included in the price?',
      "I know this wasn't planned, please do all you can to meet the deadline.",
      'The wishlist is not in the spec, so please quote it separately.',
    ],
  },
});
