import { phraseRule } from '../../phrase-rule.ts';
import { REASSURANCE } from './urgency-urgent.ts';

/** "Drop everything", "top priority", "put this before anything else": jumps the freelancer's queue. */
export default phraseRule({
  id: 'urgency/drop-everything',
  category: 'urgency',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Asks you to put this ahead of everything else, as if your other clients and plans did not exist.',
    fr: 'Vous demande de faire passer ceci avant tout le reste, comme si vos autres clients et engagements n’existaient pas.',
  },
  cue: /drop|else|all hands|prioriti|priority|prio\b/,
  patterns: [
    /\b(?:drop[- ](?:everything(?! off)|what(?:ever)? you'?re doing|all (?:else|other work))|put (?:everything|all|anything) else (?:aside|on hold|on the back burner)|(?:before|ahead of|over|above) (?:anything|everything) else|all hands on deck)\b/,
    /\bprioriti[sz]e (?:this|it|these|them|the \w+)\b[^.!?\n]{0,30}\b(?:over|above|before|ahead of)\b/,
    /\b(?:(?:this|it|that|these|they)(?: is|'s| are|'re)|treat (?:this|it|them) as|make (?:this|it|them)|mark (?:this|it) as) (?:a |the |your |our )?(?:top|highest|absolute|number one|#1|first|number 1) prio(?:rity)?\b/,
    /\b(?:top|highest|absolute) priority(?: please| pls)?\s*[!]/,
  ],
  unless: [
    REASSURANCE,
    /\b(?:our|my) (?:top|highest|absolute|first) priority (?:is|remains|has always been)\b/,
    // A goal for the season, not this job jumping the queue: "hiring is our top priority this year".
    /\b(?:this|next) (?:year|quarter|season|semester)\b|\b(?:in|for) 20\d\d\b/,
  ],
  examples: {
    fires: [
      'Please drop everything and fix the checkout.',
      'Treat this as top priority.',
      "Sorry, it's top prio, the shop can't take orders.",
      'Can you prioritise this over your other projects?',
      'This is our number one priority, the board wants it before anything else.',
      "We're in a real bind, could you drop what you're doing and fix the form?",
      'This is a drop-everything priority for the whole team.',
      'Sorry, the new price list is a drop-everything job.',
    ],
    quiet: [
      'Export growth is our number one priority for 2027, nothing to do this month.',
      'Our top priority is patient safety.',
      'No rush, finish your other projects first.',
      "I'll drop everything off at your studio.",
    ],
  },
});
