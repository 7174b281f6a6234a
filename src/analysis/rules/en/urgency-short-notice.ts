import { phraseRule } from '../../phrase-rule.ts';
import { REASSURANCE } from './urgency-urgent.ts';

/** The client owns up to the rush: "I know it's short notice", "sorry for the rush", "tight turnaround". */
export default phraseRule({
  id: 'urgency/short-notice',
  category: 'urgency',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Admits the timing is short: an apology does not make the turnaround any longer.',
    fr: 'Reconnaît que le délai est court : s’en excuser ne l’allonge pas pour autant.',
  },
  cue: /short notice|turn-?around|deadline|timeline|time ?frame|sorry|apologi|i know|last[- ]minute|clock|rush|hurry/,
  patterns: [
    /\b(?:(?:such|very|really|terribly|awfully|incredibly|last|so|this|at|on) )?short notice\b/,
    /\b(?:tight|quick|fast|short|rapid|speedy|crazy|insane) (?:turn-?around|deadline|timeline|timeframe|time frame)\b/,
    /\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the |this |all the )?(?:rush|hurry|urgency|last[- ]minute|tight timing|pressure)\b/,
    /\bi know (?:it'?s|this is|that'?s|it is) (?:a |very |really |super |pretty |quite |a bit |so )*(?:tight|a push|last[- ]minute|short|quick|fast|rushed)\b/,
    /\b(?:it'?s|this is|that'?s) (?:very |really |super |pretty |quite |a bit |so )*last[- ]minute\b/,
    /\b(?:(?:up )?against the clock|rush(?:ed)? (?:job|order|request|delivery)|(?:we'?re|i'?m) in a (?:rush|hurry)|in a mad rush|race against the clock)\b/,
  ],
  unless: [
    REASSURANCE,
    // Thanks for past speed, and the freelancer's own rush fee, are not pressure.
    /\b(?:thanks?|thank you|grateful|appreciate[ds]?)\b[^.!?\n]{0,40}\b(?:turn-?around|short notice)\b/,
    /\brush (?:fee|rate|charge|surcharge|premium)\b/,
  ],
  examples: {
    fires: [
      'I know this is really short notice, sorry!',
      'Sorry for the rush, the printer moved our slot.',
      "I know it's tight, but the board meets Monday.",
      'Apologies for the tight turnaround on this one.',
      "We're in a hurry, the fair opens soon.",
      "We're up against the clock on this one.",
    ],
    quiet: [
      'Thanks for turning the flyer round so fast!',
      'Your terms mention a rush fee, which is fine.',
      'No rush at all, we are planning for Q3.',
      'A tight budget this year means fewer projects.',
      // Effort, not time: the request itself is judged by its own category.
      "I know it's a big ask to come in on a Sunday.",
    ],
  },
});
