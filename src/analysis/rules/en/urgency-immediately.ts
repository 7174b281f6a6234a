import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';
import { asksReader } from './urgency-short-turnaround.ts';
import { QUOTED_SPEECH, REASSURANCE, SENDER_PROMISES } from './urgency-urgent.ts';

/** "Right now", "immediately", "the second you see this", "I need it now": work wanted at once. */
const phrases = phraseRule({
  id: 'urgency/immediately',
  category: 'urgency',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Wants you to stop and act at once, whatever else you are working on.',
    fr: 'Exige que vous lâchiez tout pour agir sur-le-champ, quoi que vous soyez en train de faire.',
  },
  cue: /immediately|right (?:away|this)|straight ?away|this (?:instant|minute)|delay|pronto|on the double|(?:second|minute|moment) (?:you|u)\b|as soon as (?:you|u)\b|\bnow\b/,
  patterns: [
    /\b(?:immediately|right (?:away|this (?:minute|second))|straight ?away|this (?:instant|minute)|without (?:any )?delay|pronto|on the double)\b/,
    /\b(?:the|this) (?:second|minute|moment) (?:you|u) (?:see|read|get|open)\b|\bas soon as (?:you|u) (?:see|read|get|open|receive) (?:this|my (?:e-?mail|mail|message|note)|the (?:e-?mail|mail|message|note))\b/,
    // "the figures now, not in two hours", "now, not tonight".
    /\b(?<phrase>(?:right )?now),? (?:and |but )?not (?:in (?:an?|one|two|three|four|\d+|a few|half an?) |tonight|this (?:afternoon|evening)|later|tomorrow|at (?:noon|lunch))/,
    // "right now" and "now" only where they end a request: "look at it right now?", "NEED THE FILES NOW".
    /\b(?:need|want)\b[^.!?\n]{0,60}?\b(?<phrase>(?:right )?now)\b(?=\s*(?:[.!?,]|please|pls|$))/,
    /\b(?:send|fix|do|call|ring|look at|check|review|update|change|correct|finish|redo|sort|handle|upload|get) (?:it|this|that|them|me|us|the \w+(?: \w+)?)(?: back| out| over)? (?<phrase>(?:right )?now)\b(?=\s*(?:[.!?,]|please|pls|$))/,
    /\b(?:(?:you|u) (?:can|could)|(?:can|could) (?:you|u))\b[^.!?\n]{0,40}?\b(?<phrase>right now)\b(?=\s*(?:[.!?,]|please|pls|$))/,
    // Any request ending on "now": "please reply to her right now", "can you dial in or come over now?". Not a state
    // said now ("where things stand now", "what you have now") nor "for now", "by now".
    /\b(?:please|pls|(?:can|could|would) (?:you|u)|(?:you|u) (?:can|could|must|need to|have to))\b[^.!?\n]{0,50}?(?<!\b(?:have|has|had|stand|stands|is|are|was|were|looks?|seems?|goes|go|it's|that's|'s|'re|even|only|till|until|from|for|by|just|and|as of|up to|right up|than|since|as) )\b(?<phrase>(?:right )?now)\b(?=\s*(?:[.!?]|please|pls|$))/,
    // "please action this upon receipt" (a footer's "notify us immediately upon receipt" stays quiet below)
    /\b(?:action|handle|process|treat|do|fix|send|reply|respond|deal with|look at)\b[^.!?\n]{0,30}?\b(?<phrase>(?:immediately |straight away )?(?:upon|on) receipt)\b/,
  ],
  unless: [
    REASSURANCE,
    SENDER_PROMISES,
    QUOTED_SPEECH,
    /\beffective immediately\b|\bimmediately (?:after|before|following|afterwards|upon (?!receipt)|available|adjacent|apparent|obvious|clear)\b/,
    /\b(?:notify|inform|tell|advise|alert|contact|delete|destroy|return)\b[^.!?]{0,60}\bimmediately\b|\bimmediately (?:notify|inform|tell|advise|alert|contact|delete|destroy|return)\b|\b(?:in|by) (?:error|mistake)\b|\bnot the intended recipient\b/,
    /\bfor now\b|\bby now\b|\buntil now\b|\bjust now\b/,
  ],
  examples: {
    fires: [
      'The booking form is down, can you check it right now?',
      'NEED THE UPDATED MENU PDF NOW.',
      'The courier is here, please upload the final file as soon as you read this.',
      'Please send the signed form back as soon as you see this.',
      // A request ending on "now", whatever its verb.
      'Please ring the venue and cancel the booking now.',
      'Could you email the supplier and stop the order right now?',
      'Can you log in and take the page offline now?',
      'pls answer the journalist now',
      'You need to pull the post down right now.',
      'Ring me the second you read this.',
      'Please pop the corrected price list in the folder now, not this afternoon.',
      'Please fix the typo immediately.',
      'Send the corrected PDF straight away please.',
      "It's a bit of a fire drill, any chance you can look right now?",
      'Please action this immediately upon receipt.',
    ],
    quiet: [
      "I'll answer as soon as I get your message.",
      'Have a look as soon as you get this, no rush, next week is fine.',
      // "Now" naming a state, not a moment to act.
      'Could you tell me where things stand now?',
      'Can you send over what you have now? No rush on the rest.',
      'Please keep the old logo for now.',
      'Could you confirm the invoice is paid by now?',
      'Can you check whether the page looks right now that the fonts are in?',
      "Please don't worry about it now, Monday is fine.",
      'If this message reached you by mistake, please tell the sender immediately.',
      "I'm heading off now, not in an hour as planned, so see you tomorrow.",
      'The new rates apply effective immediately.',
      "I'll send it right away.",
      'We paid you just now, thanks.',
      'Right now we are still collecting the photos.',
      'I need to think about it for now.',
      'Our assets are distributed all at once.',
      'You will immediately be asked to change your password.',
      'Click here to get started now!',
      "I can't talk right now, could you call me after lunch?",
      'If you received this message in error, please delete it upon receipt.',
    ],
  },
});

/** Kept only where the reader is asked to act: "you'll be redirected immediately" is a description. */
const rule: Rule = {
  ...phrases,
  find: (context) => phrases.find(context).filter((hit) => asksReader(context, hit.start)),
};
export default rule;
