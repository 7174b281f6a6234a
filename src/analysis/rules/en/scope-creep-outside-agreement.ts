import { phraseRule } from '../../phrase-rule.ts';

/**
 * The client admits the work is outside the agreement ("I know it's not in the SOW, but…") or
 * assumes it is free ("I assume you can whip up…", "surely that's covered by the original fee").
 */
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
    /\b(?:(?:was|were|is|are)(?:n'?t| not)|not) (?:really )?(?:in|part of|included in|covered by|in scope of|within) (?:the|our|your|my) (?:original |initial |agreed )?(?:sow|scope|brief|contract|quote|agreement|project|plan|package|estimate|proposal|statement of work|deal|remit)\b/,
    /\b(?:outside|beyond|out of) (?:the|our|your) (?:original |initial |agreed )?(?:sow|scope|brief|contract|quote|agreement|package|remit)\b/,
    /\b(?:i|we) (?:assume|presume|take it|guess|imagine) (?:that )?(?:you (?:can|could|will|'ll|won'?t mind|don'?t mind)|(?:that'?s|it'?s|this is|that is|it is|it'?ll be|that'?ll be) (?:covered|included|part of))\b/,
    /\b(?:i'?m|we'?re|i am|we are) (?:assuming|sure|hoping) (?:that )?(?:that'?s|it'?s|this is|it is|this'?ll be|that'?ll be|it'?ll be|it will be|it can be) (?:covered|included|part of|within)\b/,
  ],
  negatable: false,
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|separate invoice|paid separately|at your (?:usual|standard|normal) rate|how much)\b/,
    // Work the client takes back, or an apology for their own slip.
    /\b(?:ourselves|myself|in-house)\b/,
    /\b(?:sorry|apologi[sz]e|my mistake|our mistake)\b[^.?!\n]{0,30}\b(?:wasn'?t|isn'?t)\b/,
  ],
  examples: {
    fires: [
      "I know the app wasn't in the original scope, but the board is keen.",
      "It's not part of the brief, but could you help with the launch video?",
      'I assume you can knock up a matching business card too.',
      "I'm assuming that's covered by the original fee.",
    ],
    quiet: [
      "The map isn't part of the original brief, so please quote it separately.",
      "The hosting isn't in your contract, we'll handle it in-house.",
    ],
  },
});
