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
  cue: /drop|else|all hands|prioriti|priority|prio\b|top of|front of|queue/,
  patterns: [
    /\b(?:drop[- ](?:everything(?! off)|what(?:ever)? you'?re doing|all (?:else|other work))|put (?:everything|all|anything) else (?:aside|on hold|on the back burner)|(?:before|ahead of|over|above) (?:anything|everything) else|all hands on deck)\b/,
    /\bprioriti[sz]e (?:this|it|these|them|the \w+)\b[^.!?\n]{0,30}\b(?:over|above|before|ahead of)\b/,
    /\b(?:(?:this|it|that|these|they)(?: is|'s| are|'re)|treat (?:this|it|them) as|make (?:this|it|them)|mark (?:this|it) as) (?:a |the |your |our )?(?:top|highest|absolute|number one|#1|first|number 1) prio(?:rity)?\b/,
    /\b(?:top|highest|absolute) priority(?: please| pls)?\s*[!]/,
    // Whatever the reader is busy with set aside: "drop whatever you're on", "drop what you're working on".
    /\bdrop what(?:ever)? (?:you'?re|you are) (?:on|working on|busy with|in the middle of)\b/,
    // "Drop whatever else you have on", "drop anything else you've got going".
    /\bdrop (?:whatever|anything|everything) else (?:you(?:'ve| have)?|you'?re) (?:got |have )?(?:on|going|in hand)\b/,
    // The sender's job moved up the reader's queue: "bump us to the top of your list", "jump the queue".
    /\b(?:bump|move|put|slot|push|shift|get)(?:ing)? (?:us|me|this|it|this one|our \w+|the \w+) (?:up )?(?:to|at) the (?:top|front|head) of (?:your|the) (?:list|queue|pile|stack|to-?do(?: list)?|backlog)\b|\b(?:jump|skip)(?:ing)? (?:the|your) queue\b/,
  ],
  unless: [
    REASSURANCE,
    /\b(?:our|my) (?:top|highest|absolute|first) priority (?:is|remains|has always been)\b/,
    // A goal for the season, not this job jumping the queue: "hiring is our top priority this year".
    /\b(?:this|next) (?:year|quarter|season|semester)\b|\b(?:in|for) 20\d\d\b/,
  ],
  examples: {
    fires: [
      'Please drop whatever else you have on and look at the checkout.',
      'Please drop everything and fix the checkout.',
      'Treat this as top priority.',
      "Sorry, it's top prio, the shop can't take orders.",
      'Can you prioritise this over your other projects?',
      'This is our number one priority, the board wants it before anything else.',
      "We're in a real bind, could you drop what you're doing and fix the form?",
      'This is a drop-everything priority for the whole team.',
      'Sorry, the new price list is a drop-everything job.',
      "The shop is down. Can you drop whatever you're working on and take a look?",
      "Could you drop what you're busy with and call me?",
      'Could you bump our brochure to the top of your pile this week?',
      'Could you move our menu to the front of the list and send it by Thursday?',
      'Can this one jump the queue? The printer is waiting.',
    ],
    quiet: [
      "Drop anything else you have planned for the launch party into the shared doc, it's in June.",
      'Export growth is our number one priority for 2027, nothing to do this month.',
      'Our top priority is patient safety.',
      'No rush, finish your other projects first.',
      "I'll drop everything off at your studio.",
      'Please put the logo at the top of the page.',
      'We moved the FAQ to the top of the list on the help page.',
      "Whenever suits, could you drop what you're on for ten minutes and call me?",
    ],
  },
});
