import { phraseRule } from '../../phrase-rule.ts';

/** Work the freelancer has delivered, named as the thing to carry over. */
const DELIVERED = String.raw`(?:approach|flow|method|methodology|process|framework|template|model|format|layout|design|artwork|art|illustrations?|visuals?|look|style|branding|identity|logo|paper|report|study|guide|deck|presentation|copy|texts?|content|audit|analysis|dashboard|site|website|app|extension|plugin|tool|script|workflow|setup|system|video|footage|photos?|campaign|course|training)`;
const MADE = String.raw`(?:you (?:built|made|did|designed|wrote|created|drew|produced|shot|set up|put together|developed|delivered|came up with)|you'?ve (?:built|made|done|designed|written|created|drawn|produced|shot|set up|put together|developed|delivered))`;
const REUSED = String.raw`(?:extended|adapted|rolled out|applied|turned|converted|repurposed|reused|re-used|ported|carried over|carried across|made|spun|cut|reworked|stretched|expanded|replicated|duplicated)`;
const MORE = String.raw`(?:(?:a|one) (?:series|set|range|pack|batch|suite|run|family|collection|handful) of|several|a few|some|two|three|four|five|six|eight|ten|twelve|\d+|all (?:our|the|of our)|each of|both|every|our (?:other|two|three|four|five|\d+|whole|entire|new)|the (?:other|remaining|rest of)|another|a second|other)`;

/*
 * Delivered work carried over to new ground: "could the same framework be rolled out to our 30
 * franchise sites", "the booking flow you built should be extended to the two new clinics", "we'd
 * like the report turned into a set of four blog posts". Adapting what exists is new work even when
 * it reuses the material; the mark is the delivered thing (the same…, …you built) sent to more
 * targets (a set of, our other, two, 40…). Changing the delivered thing itself is a revision.
 */
export default phraseRule({
  id: 'scope-creep/reused-work',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks to carry delivered work over to new targets or formats: reusing material is still new work to quote.',
    fr: 'Demande de reporter le travail livré sur de nouveaux supports ou périmètres : réutiliser reste un travail nouveau, à chiffrer.',
  },
  cue: /\b(?:same|you|you'?ve|into|to|across|out)\b/,
  patterns: [
    // "Could the same artwork be adapted into a set of six banners?", "the template you built should be extended to".
    new RegExp(
      String.raw`\b(?<phrase>(?:the same|(?:the|this|that|your) (?:[\w-]+ ){0,2}?${DELIVERED} ${MADE}(?: [\w-]+){0,4}?|(?:the|this|that|your|our) (?:[\w-]+ ){0,2}?${DELIVERED}) (?:(?:could|can|should|would|will|must|might|needs? to|has to|is to) (?:also |now |then )?)?(?:be|get) ${REUSED}(?: (?:out|over|across|up))? (?:into|to|for|across|at) (?:the )?[^.?!\n]{0,40}?\b${MORE})`,
    ),
    // "We'd like to roll the same approach out to the 40 stores", "apply the same treatment to our other sites".
    new RegExp(
      String.raw`\b(?:like|love|want|need|hoping|keen|plan|planning|going|could you|can you|would you|please|time) (?:to )?(?<phrase>(?:roll|extend|apply|carry|port|replicate|bring|take) (?:the same|this|that|your) (?:[\w-]+ ){0,2}?${DELIVERED}(?: ${MADE})? (?:out |over |across )?(?:to|across|into|for) (?:the )?[^.?!\n]{0,30}?\b${MORE})`,
    ),
    // "They'd also like the guide turned into a series of three webinars."
    new RegExp(
      String.raw`\b(?:like|love|want|need|have|get|see)s? (?<phrase>(?:the|this|that|your|our) (?:[\w-]+ ){0,2}?${DELIVERED} (?:turned|made|converted|adapted|repurposed|spun|cut|reworked) (?:in)?to ${MORE})`,
    ),
    // "Using the same characters, we'd need a set of bookmarks": the delivered material, new pieces.
    /\b(?:with|using|reusing|from|based on) (?:the|these|those|your) same (?:characters|illustrations|drawings|visuals|photos|images|artwork|art|colours|colors|assets|icons|mascots?|patterns|footage|copy|texts)\b[^.?!\n]{0,40}?\b(?:we'?d (?:need|like|love)|we would (?:need|like|love)|could you|can you|would you|we need|we want)\b[^.?!\n]{0,15}?\b(?<phrase>(?:a (?:set|series|pack|range|collection) of )?(?:a|an|some|two|three|four|five|six|eight|ten|twelve|\d+) [a-z'-]+)/,
  ],
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|separate (?:invoice|project|fee)|new (?:project|contract|sow)|how much|budget for it|extra fee|at your (?:usual|normal|standard) rate)\b/,
    // Changing the delivered thing to fit a new size or place is a revision, and a plan for later asks nothing now.
    /\b(?:next year|down the line|in phase (?:2|two)|for phase (?:2|two))\b/,
  ],
  examples: {
    fires: [
      'Using the same drawings, we would love a pack of six greeting cards for the gift shop.',
      'Could the same visuals be adapted into a set of six LinkedIn banners for the fair?',
      'The onboarding flow you built should be extended to our other three clinics.',
      "We'd like to roll the same framework out to all our franchise sites next month.",
      'Our director would also like the white paper turned into a series of four blog posts.',
      'Ideally the audit you did for Lyon can be replicated for the remaining 12 stores.',
    ],
    quiet: [
      'The same layout works well for the other two pages, thanks.',
      'Could the logo you designed be adapted to the dark background of the site?',
      "We'd like to roll the same framework out to our other teams next year.",
      'If you send a quote, we could have the report turned into a set of four posts.',
      'We have turned the report into a set of slides ourselves.',
    ],
  },
});
