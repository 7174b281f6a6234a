import { phraseRule } from '../../phrase-rule.ts';
import { quotedWord } from '../shared/quoted-name.ts';
import { withTimeInView } from '../shared/time-in-view.ts';
import { REASSURANCE } from './urgency-urgent.ts';

/** Someone owning up: "I know", "I realise", "I'm aware", "granted". */
const ACK =
  "(?:(?:i|we) (?:do |fully |totally |completely )?(?:know|realise|realize|understand|appreciate|get|see)|(?:i|we)(?:'m| am|'re| are) (?:well |fully |very |totally )?(?:aware|conscious)|granted|admittedly)";
/** A timing called harsh: "the timing is brutal", "the deadline is insane" (only of the timing itself). */
const HARSH =
  "(?:the |this |our |your )?(?:timeline|deadline|time ?frame|turn-?around|schedule|timing|lead time)(?: is|'s| will be| looks) (?:a |very |really |super |pretty |quite |a bit |a little |so |rather |frankly |honestly )*(?:brutal|harsh|insane|crazy|mad|nuts|punishing|savage|ridiculous|unreasonable|tough|killer|extreme|intense|awful|terrible|horrible|hellish)\\b";
/** The timing called short: "it's tight", "the timeline is a bit short", "this is a squeeze", "deadline is very short". */
const SQUEEZED = `(?:${HARSH}|(?:it'?s|it is|this is|that'?s|that is|(?:the |this |our |your )?(?:timeline|deadline|time ?frame|turn-?around|schedule|timing|window|delay|lead time)(?: is|'s| will be| looks)) (?:a |an |very |really |super |pretty |quite |a bit |a little |so |extremely |rather |incredibly |insanely )*(?:tight|squeeze|push|stretch|ambitious|aggressive|short|quick|fast|rushed|last[- ]minute|short notice)\\b(?! (?:budget|fit|spot|space|squeeze on|to|job|one|read|text)\\b))`;

/**
 * Words that say "a lot to ask" of anything (a price, a favour, a budget) as much as of the time: "I know it's a
 * stretch" after a lower fee is no rush. Said of "it"/"this" they need a time word near them.
 */
const ANY_ASK = /\b(?:stretch|push|ambitious|aggressive)\b/;
const TIMING_SUBJECT = /\b(?:timeline|deadline|time ?frame|turn-?around|schedule|timing|window|delay|lead time)\b/;
const TIME_WORD =
  /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week|days?|hours?|morning|afternoon|evening|noon|midday|eod|asap|deadline|due|date|timing|timeline|schedule|turn-?around|time ?frame|notice|in time|on time|launch|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|\d{1,2} ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th))\b/;

/** The client owns up to the rush: "I know it's short notice", "sorry for the rush", "tight turnaround". */
const phrases = phraseRule({
  id: 'urgency/short-notice',
  category: 'urgency',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Admits the timing is short: an apology does not make the turnaround any longer.',
    fr: 'Reconnaît que le délai est court : s’en excuser ne l’allonge pas pour autant.',
  },
  cue: /short notice|turn-?around|deadline|timeline|time ?frame|timing|schedule|lead time|sorry|apologi|leaving|left (?:it|this|things)|i know|last[- ]minute|clock|rush|hurry|tight|squeeze|push|stretch|ambitious|aggressive|short|quick|fast|little|much|runway|notice|barely|hardly/,
  patterns: [
    // Leaving it late: "sorry for leaving it so late", "I know I've left this very late".
    /\b(?:leaving|left|leave) (?:it|this|things|the \w+) (?:a bit |rather |very |really |so |too |quite )*late\b/,
    /\b(?:(?:such|very|really|terribly|awfully|incredibly|last|so|this|at|on) )?short notice\b/,
    /\b(?:tight|quick|fast|short|rapid|speedy|crazy|insane) (?:turn-?around|deadline|timeline|timeframe|time frame)\b/,
    /\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the |this |all the )?(?:rush|hurry|urgency|last[- ]minute|tight timing|pressure|squeeze|crunch|(?:short|tight|quick) (?:notice|timeline|window|deadline|turn-?around|time ?frame|schedule|timing))\b/,
    // Owning up to the squeeze, either way round: "I realise the timeline is tight", "it's a squeeze, I know",
    // non-native "i know deadline is very short".
    new RegExp(`\\b${ACK},? (?:that )?${SQUEEZED}`),
    new RegExp(`\\b${SQUEEZED},? (?:(?:and|but) )?${ACK}\\b`),
    // Little time left to the reader, owned up to: "this doesn't leave you much time", "it gives you very little
    // runway", "sorry this leaves so little time", "I know it's not much notice".
    /\b(?:this|that|it|which|the (?:new |revised |final |current )?(?:date|deadline|timeline|schedule|timing|window)) (?:(?:doesn'?t|does not|won'?t|will not|isn'?t going to|wouldn'?t|hardly) (?:leave|give)s? (?:you|u) (?:much|a lot of|lots of|loads of|enough|a great deal of|that much|any(?: real)?) (?:time|room|notice|runway|margin|slack|lead time)|(?:leaves|gives|leaving|giving|will (?:leave|give)) (?:you|u) (?:very |so |only |really |precious |pretty )*(?:little|not much|not a lot of|hardly any|barely any|next to no) (?:time|room|notice|runway|margin|slack|lead time))\b/,
    new RegExp(
      `\\b(?:(?:sorry|apologies|apologi[sz]e)\\b[^.!?\\n]{0,20}\\b(?:leaves|gives|leaving|giving) (?:(?:you|u) )?(?:very |so |only |really )*(?:little|not much|hardly any|barely any)|${ACK},? (?:that )?(?:it'?s|it is|this is|that'?s|that is) (?:not (?:much|a lot of|loads of)|very little|hardly any|barely any|precious little)) (?:time|runway|notice|lead time|warning|margin)\\b`,
    ),
    // "Not a lot of notice, I know": little notice or runway named on its own.
    /\b(?:not (?:a lot of|much|loads of)|very little|hardly any|barely any|precious little) (?:notice|runway|warning|lead time)\b/,
    /\b(?:it'?s|this is|that'?s) (?:very |really |super |pretty |quite |a bit |so )*last[- ]minute\b/,
    /\b(?:(?:up )?against the clock|rush(?:ed)? (?:job|order|request|delivery)|(?:we'?re|i'?m) in a (?:rush|hurry)|in a mad rush|race against the clock)\b/,
  ],
  unless: [
    REASSURANCE,
    // Thanks for past speed, and the freelancer's own rush fee, are not pressure.
    /\b(?:thanks?|thank you|grateful|appreciate[ds]?)\b[^.!?\n]{0,40}\b(?:turn-?around|short notice)\b/,
    /\brush (?:fee|rate|charge|surcharge|premium)\b/,
    // A name in quotes: 'the "Rush delivery" option now shows at checkout'.
    quotedWord('rush(?:ed)?|hurry|last[- ]minute'),
    // The squeeze owned up to and eased: "so we moved the launch to June".
    /\b(?:so|which is why|that'?s why|hence)\b[^.!?\n]{0,30}\b(?:move[sd]?|moving|push(?:ed)?|extend(?:ed)?|postpone[sd]?|shift(?:ed)?|gave|give you|more (?:room|time)|later)\b/,
  ],
  examples: {
    fires: [
      'Sorry for leaving it so late, could you send the scores tomorrow?',
      "I know I've left this rather late, but we need the signage for Thursday.",
      'I know this is really short notice, sorry!',
      'Sorry for the rush, the printer moved our slot.',
      "I know it's tight, but the board meets Monday.",
      'Apologies for the tight turnaround on this one.',
      "We're in a hurry, the fair opens soon.",
      "We're up against the clock on this one.",
      'Granted, the schedule is short, but the printer will not wait past Thursday.',
      "We're aware the turnaround is aggressive, but the venue booking is fixed.",
      "It's a squeeze, I know, but the slides have to be out by Wednesday.",
      'i realise deadline is very short but need it on friday.',
      "I appreciate this doesn't leave you much time, but the printer is booked.",
      'I realise it gives you very little time before the show.',
      'Sorry this leaves so little time, we only heard from the venue this morning.',
      "I know it's not much runway, but the mailing goes out Thursday.",
      'I know the timing is brutal, the store opens Monday.',
      "We're aware the deadline is insane, but the fair will not move.",
      'i realize timeline is very tough but the client need it monday.',
      'The schedule is punishing, I know, sorry to drop it on you.',
      'Apologies for the squeeze on timing, the client moved the pitch.',
      'Sorry for the short timeline, our printer changed the slot.',
      'The new date will give you hardly any time for the second draft, I know.',
      "I'm conscious this gives you barely any time, but the fair will not move.",
      'Not a lot of notice, I know, but the venue only confirmed this morning.',
      // The same words with the time in view.
      "Could you have the menu by Friday? I know it's a stretch.",
      "I know it's ambitious, but we need the cut for the Monday screening.",
      "It's a push, I realise, with the launch on the 14th.",
    ],
    quiet: [
      'Please leave the keys with reception if you finish late.',
      'Thanks for turning the flyer round so fast!',
      'Your terms mention a rush fee, which is fine.',
      'No rush at all, we are planning for Q3.',
      'A tight budget this year means fewer projects.',
      // Effort, not time: the request itself is judged by its own category.
      "I know it's a big ask to come in on a Sunday.",
      'I know it’s a tight budget, thank you for making it work.',
      'The schedule is ambitious, I know, so we pushed the launch back a month.',
      "I know it's quick to fix, just the footer logo.",
      'I realise the timeline was tight last time, so this round has more room.',
      'Moving the launch to June leaves you plenty of time for the drafts.',
      'Thanks for giving us so much notice about your holidays.',
      'It gave you very little time last spring, so we booked you earlier this year.',
      "I know it's not much money, but it's all the budget we have.",
      "This leaves you very little time, so let's move the launch to May.",
      "I know the timing was brutal last spring, so we're starting early.",
      'I know the feedback is harsh, but the draft is close.',
      'I realise the schedule is tough, so we moved the launch to June.',
      'Our new "Rush order – next day" button is live and customers use it.',
      'The tier called "Last-minute pass" sold out, thanks for the page.',
      'I renamed the plan to "Rush delivery" as you suggested.',
      // "A lot to ask" of a price or a favour, with no time word near it.
      "Could you do the logo for half your usual fee? I know it's a stretch, but we're a tiny charity.",
      "Would you let us use the photos for free? I realise that's a push, but it's for the school.",
      "We'd love the full brand pack for 800. I know it's ambitious, but the exposure will be great.",
      "Can you knock a third off the quote? I know, it's a stretch.",
      "Could you lend us your mic kit? I know this is a stretch, we'd take good care of it.",
      "I'm aware it's aggressive on price, but that's our ceiling.",
      'Would you mentor our intern as well? I understand this is a stretch for a freelancer.',
      "Any chance you'd throw in the icons? I know it's a push.",
    ],
  },
});

/** The rush owned up to; a word that can mean any big ask only where the time is in view. */
export default withTimeInView(phrases, { anyAsk: ANY_ASK, timingSubject: TIMING_SUBJECT, timeWord: TIME_WORD });
