import { phraseRule } from '../../phrase-rule.ts';

/*
 * A new capability described, then handed over as a question: "members keep asking to book classes
 * online. Is that something you could add?", "would this be something you could build into the
 * portal?". The verb is one of making or adding; "is that something you could fix / look into"
 * asks about the work delivered.
 */
export default phraseRule({
  id: 'scope-creep/something-to-add',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.65,
  reason: {
    en: 'Asks whether you could add something new to the work: it is new work outside what was agreed, to quote.',
    fr: 'Demande si vous pourriez ajouter quelque chose de nouveau au travail : c’est du travail hors de ce qui était convenu, à chiffrer.',
  },
  cue: /\bsomething\b/,
  patterns: [
    /\b(?<phrase>(?:is|would|could) (?:that|this|it) (?:be )?something (?:that )?(?:you|u) (?:could|can|might|would be able to|'d be able to|are able to) (?:also )?(?:add|build|integrate|include|set up|develop|bolt on|put in|take on|fit in|create|design|make|code|implement|build in|slot in|roll into|fold into))\b/,
  ],
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|how much|what would it cost|separate invoice|extra fee|budget for it|next year|down the line)\b/,
  ],
  examples: {
    fires: [
      'Our members keep asking to book classes online. Is that something you could add?',
      'Would this be something you could build into the partner portal?',
      'Parents want a printable timetable too, is that something you can also design?',
    ],
    quiet: [
      'The contact form bounces on Safari. Is that something you could fix?',
      'Is that something you could look into next week?',
      'Is that something you could add, and what would it cost?',
    ],
  },
});
