import { phraseRule } from '../../phrase-rule.ts';

/*
 * Asked to pitch in with the client's own chores, beside the job: "could you give the warehouse team a hand boxing the
 * orders", "we'd love you to lend a hand at the stand on Saturday", "would you mind helping out with the move". The
 * request addressed to the reader and the "hand" are enough: the freelancer is borrowed as an extra pair of arms.
 * Kept out: an offer of help to the reader ("I'll give you a hand with the upload") and thanks for past help. Folded
 * text.
 */

/** The request addressed to the reader, right before: "could you", "we'd love you to", "would you mind". */
const ASK = String.raw`(?:(?:could|can|would|will) you(?: please| also| maybe| possibly| perhaps)*|if you could(?: also)?|(?:we'?d|i'?d|we would|i would|they'?d) (?:love|like|need) you to(?: also)?|any chance you could(?: also)?|is it possible for you to)`;

export default phraseRule({
  id: 'scope-creep/lend-a-hand',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks you to pitch in with work that is not yours, beside the agreed job: scope creep.',
    fr: 'Vous demande de prêter main-forte à un travail qui n’est pas le vôtre, en plus de la mission : du travail hors périmètre.',
  },
  cue: /\ba hand\b|\bhelping out\b|\bhelp out\b/,
  patterns: [
    // "Could you give the warehouse team a hand boxing the orders", "we'd love you to lend a hand at the stand".
    new RegExp(
      String.raw`\ba hand\b(?= (?:with|on|at|in|for|to) |[ ,]+[a-z]+ing\b)(?<=\b${ASK} (?:give|lend)(?: [a-z'-]+){0,5} a hand)`,
    ),
    // "Would you mind giving the crew a hand with the set", "would you mind helping out at the open day".
    /\b(?:a hand|helping out|help out)\b(?= (?:with|on|at|in|for) |[ ,]+[a-z]+ing\b)(?<=\b(?:would you mind|would you be up for|would you be ok|do you mind|how about) (?:also )?(?:(?:giving|lending)(?: [a-z'-]+){0,5} a hand|helping out))/,
  ],
  unless: [
    // Help with the freelancer's own deliverable or the client's paperwork is no new job.
    /\b(?:invoice|quote|login|password|the files you|your (?:files|upload|invoice))\b/,
  ],
  examples: {
    fires: [
      'Could you give the warehouse team a hand boxing the spring orders?',
      "We'd love you to lend a hand at the stand on Saturday.",
      'Would you mind giving the crew a hand with the set on Thursday?',
      'Can you also give Priya a hand with the onboarding calls next week?',
      'If you could lend our volunteers a hand stuffing the welcome bags, that would be great.',
      'Would you mind helping out at the open day as well?',
      'Could you maybe give the kitchen staff a hand during service?',
      "We'd need you to give the installers a hand on site for two days.",
    ],
    quiet: [
      "I'll give you a hand with the upload if the portal is slow.",
      'Thanks so much for giving the team a hand last week!',
      'Could you give me a hand with your invoice format?',
      'Give yourself a hand, the launch went brilliantly.',
      'Our intern can give you a hand with the photos.',
      'Could you raise your hand if the room is too cold?',
      'Would you mind helping me understand the second option?',
    ],
  },
});
