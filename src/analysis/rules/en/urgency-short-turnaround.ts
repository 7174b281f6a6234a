import { phraseRule } from '../../phrase-rule.ts';
import { perMessage, sentOn, type Rule, type RuleContext } from '../../rule.ts';
import { WORK_OVERNIGHT } from './off-hours-evening.ts';
import { REASSURANCE, RUSH_TRADE_NAME } from './urgency-urgent.ts';
import { isRelaxedNextMorning, isRelaxedSameDay, smallJobOnDayOff } from '../../deadlines/day-left.ts';
import { othersMomentAskedApart, senderActsAfter } from '../../deadlines/request-cues.ts';
import { offHoursKind, releasedInMessage, withoutReleases } from '../../deadlines/message-release.ts';
import { sentenceAt, type Sentence } from '../../sentences.ts';
import { OFFERED_SLOT } from '../shared/offered-slot.ts';

/** The sentence asks the reader for something: "need", "can you", "please", "would be great to have". */
const REQUEST =
  /\b(?:(?:deadline|due date|eta|turnaround)\s*:\s*|need|needs|needed|must|has to|have to|got to|gotta|(?:can|could|would|will) (?:you|u)|are you able|able to|any chance|(?:is there )?any way (?:to|you|we|of)|feasible|doable|(?:is it|if) possible|possible to|please|pls|plz|kindly|want|wants|would (?:like|love)|'d (?:like|love)|be (?:great|amazing|good|ideal|fantastic|perfect|brilliant|lovely|a lifesaver)|be (?:hugely |much |really |greatly |very |so )?appreciated|ideally|expect (?:it|them|this|these|the|you)|require[sd]?|get (?:me|us|it|this|them|these)|send|resend|email me|back (?:by|to (?:me|us))|ready|deliver|turn (?:it |this |them )?a?round|revert|(?:look|looking) (?:at|into|over) (?:it|this|that|them|these|the)|take a look|fix|have (?:it|this|them|these|everything|all)|go (?:out|live)|goes (?:out|live)|by then|asap)\b|^(?:\w+,? )?(?:call|ring|phone|send|fix|get|do|look|reply|answer|update|change|upload|email|text|drop)\b/;

/** Words that make a time phrase a delivery rather than a meeting slot. */
const DELIVERY =
  /\b(?:send|resend|have (?:it|this|them|these)|back|ready|done|deliver|finish|fix|files?|draft|version|copy|slides|deck|presentation|documents?|docs?|report|brochure|photos?|by then|turn (?:it |this |them )?a?round)\b/;

/** The sender promises, reports or is away: "I'll send it today", "we're presenting tonight", "I'm coaching the U12s tonight", "I'm off today" (not "I'm hoping", "we're expecting", which ask). */
const SENDER_ACTS =
  /\b(?:i'?d like to be able to|(?:i|we)(?:'d| would) (?:like|love) to|(?:i|we) (?:want|plan|hope) to|so (?:that )?(?:i|we) can|for (?:me|us) to) (?:read|review|check|present|show|send|forward|print|go over|schedule|post|publish|share|launch)\b|\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| can| could)\b(?! (?:need|want|require|expect|ask|have to))|\b(?:i|we)(?:'m|'re| am| are) (?:away|off|out|back|(?!(?:hoping|expecting|counting|needing|looking|asking|wanting|wondering|waiting|relying|trusting|praying|thinking)\b)[a-z]+ing)\b|\b(?:i|we)(?:'ve| have| had)? (?:(?!need)\w+ed|sent|spoke|spoken|met|did|done|got|gotten|went|made|told|wrote|written|took|taken|came|saw|been)\b|\b(?:get|come) back to you\b|\b(?:i|we) need to (?:take|leave|go|be|head|step)\b/;

/** A meeting slot, not a delivery: "can we have a call this afternoon". */
const MEETING =
  /\b(?:call|meeting|meet|chat|catch[- ]up|talk|speak|zoom|lunch|dinner|coffee|drinks|webinar|interview|session|stand-?up|sync|appointment)\b/;

/** The sender's side is ready ("everything's set for Thursday", "the room is all ready"): a state, not a request. */
const READY_STATE =
  /\b(?:everything|all|it|we|things|the \w+)(?:'s|'re| is| are| will be|'ll be)(?: all| now| already)? (?:ready|set|sorted|good to go)\b/g;

/**
 * Work booked at a night or weekend slot ("run the upgrade between 2 and 4am when traffic is low", "the shoot
 * is booked for Saturday at 9, one of our package sessions") asks for off-hours work (off_hours), not for a
 * deliverable squeezed into too little time: an off-hours word with a slot cue, no due word ("by", "before") and nothing to send.
 */
export const OFF_HOURS_SLOT =
  /^(?!.*\b(?:by|before|no later than|at the latest|latest|send|resend|deliver|back to (?:me|us)|in (?:my|our) inbox|ready)\b)(?=.*\b(?:tonight|overnight|(?:at|during the|in the) night|midnight|(?:[0-5]|12)(?:[:.]\d\d)? ?am|(?:8|9|10|11)(?:[:.]\d\d)? ?pm|saturday|sunday|weekend)\b).*\b(?:between \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)? and \d|from \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)? (?:to|till|until) \d|at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b|(?:when|while) (?:nobody|no one|everyone|the (?:site|shop|store|office|app) is|traffic)|traffic|off-peak|downtime|maintenance window|quiet(?:est)? (?:hours|time|period)|booked|scheduled|one of the (?:sessions|shoots|visits|slots)|(?:included )?in (?:our|the|your) (?:package|plan|contract|quote|bundle))/;

/** What precedes a phrase in its clause, at most this far back, decides who acts. */
const LOOKBACK = 60;

/** Whether a sentence asks anything, read once per sentence: a long run of dates would otherwise rescan it per hit. */
const asksBySentence = perMessage(() => new Map<number, boolean>());
function sentenceAsks(context: RuleContext, sentence: Sentence): boolean {
  const known = asksBySentence(context);
  let asks = known.get(sentence.start);
  if (asks === undefined) {
    const raw = context.text.slice(sentence.start, sentence.end);
    const text = raw.trimEnd().endsWith('?') ? raw : raw.replace(READY_STATE, ' ');
    asks = REQUEST.test(withoutReleases(context.lang, text));
    known.set(sentence.start, asks);
  }
  return asks;
}

/**
 * Whether the phrase at `start` is a request to the reader (not the sender's own promise or a meeting slot).
 * Shared with the deadline rule, which reads the same kind of sentence.
 */
export function asksReader(context: RuleContext, start: number): boolean {
  const sentence = sentenceAt(context.sentences, start);
  if (!sentence) return false;
  if (!sentenceAsks(context, sentence) || senderActsAfter(context.lang, context.text, start)) return false;
  if (othersMomentAskedApart(context.lang, context.text, sentence, start)) return false;
  if (releasedInMessage(context, offHoursKind(context.lang, context.text.slice(start, start + 16)), start))
    return false;
  const before = context.text.slice(Math.max(sentence.start, start - LOOKBACK), start);
  if (SENDER_ACTS.test(before)) return false;
  if (!MEETING.test(before.slice(-30))) return true;
  const raw = context.text.slice(sentence.start, sentence.end);
  return DELIVERY.test(raw.trimEnd().endsWith('?') ? raw : raw.replace(READY_STATE, ' '));
}

/** The sentence at `start`, up to `start`. */
export function sentenceBefore(context: RuleContext, start: number): string {
  const sentence = sentenceAt(context.sentences, start);
  return sentence ? context.text.slice(sentence.start, start) : '';
}

/** The sentence at `start` and the one after it: a release often follows the request ("No need to finish it."). */
export function sentenceAndNext(context: RuleContext, start: number): string {
  const index = context.sentences.findIndex((s) => start >= s.start && start < s.end);
  if (index === -1) return '';
  const last = context.sentences[Math.min(index + 1, context.sentences.length - 1)] as Sentence;
  return context.text.slice((context.sentences[index] as Sentence).start, last.end);
}

/**
 * Standing rules ("replies within the hour from now on", "comments answered within the hour whenever they come in",
 * "any time of day") belong to availability, not to one rushed job.
 */
export const STANDING =
  /\b(?:whenever (?:they|new ones?|one|any) (?:come|comes|arrive|arrives|land|lands|pop up|pops up|show up|shows up|get posted|is posted|are posted)|as (?:they|new ones) (?:come|arrive|land|pop up)|(?:a|around|round) the clock|any time of (?:the )?(?:day|night)|at any hour|whatever the (?:hour|time)|day or night|as a rule|(?:our |a |the )?standing (?:rule|instruction|policy|order)|(?:whenever|if|each time|every time) (?:anything|something) (?:breaks|comes up|goes (?:wrong|down)|happens)|(?:that'?s|it'?s) the rule|(?:reply|respond|answer)\w* to (?:my|our|all|any|every|incoming) (?:\w+ )?(?:messages|emails|e-mails|mails|dms|pings|texts|calls|chats)|going forward|from now on|moving forward|every (?:time|day|weekday|work ?day|working day|morning|evening|week|\d+|two|few|couple)|each (?:time|day|weekday|morning)|always|in future|during (?:the )?(?:working|business|office) (?:day|hours)|starting (?:today|tomorrow|now|monday|next)|as of (?:today|now|tomorrow)|(?:company|our|office|house) (?:policy|rule)|all (?:my |our |the )?(?:mails|emails|messages|pings|calls))\b/;

/** The reader's own absence, as a condition: "if you need to leave before 4pm, tell reception". */
export const OWN_ABSENCE =
  /\bif (?:you|u) (?:need|have|want|wish|plan) to (?:leave|go|head (?:off|out|home)|step out|pop out|log off|finish early|be away|take (?:the|a) (?:afternoon|day|morning))\b/;

/** Announcements and office notices: "there will be a migration tonight, log off before you leave today". */
export const NOTICE =
  /\bthere (?:will be|is|'s) (?:a |an )?[^.!?\n]{0,40}\b(?:today|tonight)\b|\bbefore (?:you|u) (?:leave|go|head)\b/;

const phrases = phraseRule({
  id: 'urgency/short-turnaround',
  category: 'urgency',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Wants it back within hours (today, tonight, first thing tomorrow): far shorter than a normal turnaround.',
    fr: 'Veut un retour en quelques heures (aujourd’hui, ce soir, demain à la première heure) : bien moins qu’un délai normal.',
  },
  cue: /today|tonight|this (?:afternoon|evening|arvo)|end of|\beod\b|\bcob\b|close of|noon|midday|lunch|same[- ]|the day|hour|\bhrs?\b|minute|\bmins?\b|tomorrow|\d ?am\b|\d ?pm\b|\d:\d\d|first thing|overnight/,
  patterns: [
    // "by 2pm today", "today itself", "by today EOD", "until tonight" (non-native "until" = by).
    /\b(?<phrase>(?:(?:by|before|until|till|for|later|sometime|within|no later than) )?(?:(?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|h|o'clock)?|noon|midday|lunch(?:time)?) )?(?:today|tonight|this (?:afternoon|evening|arvo))(?!'s)(?: itself| eod| cob| by (?:noon|midday|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?))?)\b/,
    /\b(?<phrase>(?:by |before |until |for )?(?:(?:the )?end of (?:the )?(?:day|business)|eod|cob|close of (?:play|business)))\b(?! (?:report|update|summary|status|recap|email|call))/,
    /\b(?<phrase>(?:by|before) (?:noon|midday|lunch(?:time)?)|same-day|same day (?:turn-?around|delivery|service))\b/,
    // Non-native "within the day" is today, unless a later day is named before it ("Thursday, within the day").
    /(?<!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2}(?:st|nd|rd|th)?)\b[^.?!\n]{0,25})\b(?<phrase>within (?:the )?(?:same )?day)\b(?! (?:of|after|before|rate)\b)/,
    // "within the hour", "in the next hour or so", "in a couple of hours", "in under two hours", "in the next 30 minutes".
    /\b(?<phrase>(?:within|in) (?:(?:the )?(?:next|coming) (?:(?:couple of|few|two|three|[1-8]) )?|(?:under |less than |about )?(?:half an?|an?|one|the|two|three|four|(?:a )?couple of|(?:a )?few|[1-8]) )(?:hours?|minutes|mins?)|(?:within|in) (?:the next |the coming |under |less than |about )?(?:[1-8] ?hrs?|half hour|(?:\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five) (?:minutes|mins?)))\b/,
    // A meeting later the same day named by its hour: "for the 4pm demo", "before our 2:30 call".
    /\b(?<phrase>(?:for|before|ahead of) (?:the|our|my|this|their|today'?s) (?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}) (?:demo|meeting|call|presentation|pitch|board meeting|review|session|briefing|interview))\b(?!(?: (?:on |next |this |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|week|month|\d)))/,
    // "first thing tomorrow", "tomorrow 10am", "for 8am", "by 9 tomorrow morning".
    /\b(?<phrase>(?:(?:by|before|for|first thing) )?tomorrow (?:morning|am|first thing|(?:at |by |before )?(?:[5-9]|1[01])(?:[:.]\d{2})? ?(?:am|h)?\b))/,
    /\b(?<phrase>(?:by|before|for) (?:[5-9]|10)(?:[:.]\d{2})? ?(?:am\b(?! (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the \d))|(?:o'clock )?tomorrow(?: morning)?))/,
    /\b(?<phrase>first thing (?:tomorrow|in the morning))\b/,
    // A same-day turnaround at an event: "20 edited shots by 1pm on the day", "the recap the same evening".
    /\b(?<phrase>(?:by|before|within) (?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)|noon|midday|lunch(?:time)?|(?:the )?end of (?:the )?(?:day|evening|night)|(?:that|the) (?:evening|night)) (?:on )?(?:the (?:same )?day(?: itself)?|that (?:same )?day|the night)|on the (?:same )?day itself|(?:by |for |on )?(?:the|that) same (?:evening|night|afternoon))\b/,
    // "it's for an hour from now", "in two hours' time".
    /\b(?<phrase>(?:an?|one|two|three|four|half an?|[1-8]) (?:hours?|hrs?) from now|in (?:an?|one|two|three|four|[1-8]) hours?'? time)\b/,
    WORK_OVERNIGHT,
    // A bundle of work for two days out: "everything by the day after tomorrow".
    /\b(?<phrase>(?:by|for|before) (?:the day after tomorrow|tomorrow))\b/,
  ],
  unless: [
    STANDING,
    RUSH_TRADE_NAME,
    // On call: "ready to fly within two hours whenever the light is good" is a standing readiness (availability).
    /\b(?:ready|free|able|prepared) to (?:fly|go|head (?:out|off)|leave|travel|drive|come|set off|move|be on site|get there)\b[^.?!\n]{0,40}\bwhenever\b|\bon (?:call|standby|stand-by)\b[^.?!\n]{0,60}\bwithin\b/,
    OWN_ABSENCE,
    REASSURANCE,
    OFF_HOURS_SLOT,
    OFFERED_SLOT.en,
    /\bat the end of the day\b/,
    // A reply window in minutes is a standing reachability rule (availability_control), not one job due fast.
    /\b(?:answer|reply|respond|get back|react|acknowledge|ack|confirm|pick up)\w*\b[^.?!\n]{0,40}?\bwithin\s+(?:\d+|five|ten|fifteen|twenty|thirty)\s+(?:minutes|mins)\b/,
    /\b(?:that's (?:it|all)|enough|done|all) for today\b/,
    // Turning up on an event day is a meeting time, not work due: "please arrive by 9am on the day".
    /\b(?:arrive|be there|be here|turn up|show up|check in|register|get there|be on site|set up|collect|pick up)\b[^.!?\n]{0,40}\bon the day\b/,
    NOTICE,
  ],
  examples: {
    fires: [
      {
        text: 'Could you fix the broken footer today? I present the site to investors tonight.',
        sentAt: '2026-03-15T10:00:00-05:00',
      },
      'Need the edits back by 2pm today, the board meets at 3.',
      'Could you take a look at the poster today?',
      "I'm hoping you can send the poster tonight.",
      'Kindly revert by today EOD.',
      'I need this urgently please until today.',
      'Can you patch it and send it over in the next half hour?',
      'Please get the corrected file to me within the hour.',
      // The next sentence is an apology or a thank-you, not the sender's own plan at that time.
      {
        text: "Could you trim the file and post it within the hour? I'll owe you a coffee for this one.",
        sentAt: '2026-03-10T10:00:00+00:00',
      },
      {
        text: "Can you get the menu to the printer by noon? We'll make it up to you.",
        sentAt: '2026-03-10T09:30:00+00:00',
      },
      'Can you get me the revised table within the day?',
      'can u do the slides, need them for 8am',
      'We need the whole set first thing tomorrow.',
      'Would be fab to have all of it by the day after tomorrow.',
      'Please get me the revised deck by end of day.',
      'Any chance you could turn this around overnight?',
      'We need a same-day turnaround on this one.',
      'Could you drop the banner into the shared folder in the next hour or so?',
      'Can you send me the final cut tonight at 10pm?',
      'Mate, can you flick me the new menu this arvo?',
      'Can you send me the proofs in a couple of hours?',
      'We need the fixed build live for the 3pm demo, the investors are dialling in.',
      'The client sees it at 3pm, so anything you can turn round in the next two hours would be hugely appreciated.',
      'Could you upload the best twenty shots within the next couple of hours? They can be rough, they do not need to be perfect.',
      '- deadline: today EOD!!',
      "Sorry, it's needed two hours from now, the stand opens at noon.",
      {
        text: 'Pop the corrected captions over later today, I need them for the 6pm board.',
        sentAt: '2026-03-10T09:10:00+00:00',
      },
      { text: 'Could you pop the corrected captions over later today?', sentAt: '2026-03-10T15:30:00+00:00' },
      { text: 'Could you give today to the FAQ rewrite?', sentAt: '2026-03-10T15:45:00+00:00' },
      { text: 'We need the menu PDF on the site this afternoon.', sentAt: '2026-03-10T08:30:00+00:00' },
      ...sentOn(
        '2026-03-10T11:00:00+00:00',
        'Could you send me the alt texts tomorrow morning?',
        'Could you send me the alt texts first thing tomorrow morning?',
      ),
      {
        text: 'The tour dates are in the doc, no action needed for now.\n\nJo\n\nP.S. could you get the trailer cut over to me by lunchtime?',
        sentAt: '2025-10-07T10:05:00+01:00',
      },
      'At the gala the sponsors need a dozen retouched portraits by 3pm on the day.',
      'During the marathon we would need the highlight reel the same evening.',
      'The match is on the 12th; the club wants the edited clips before midday on the day itself.',
    ],
    quiet: [
      'Could you prepare the slides for the 3pm meeting on Thursday?',
      "I'm refereeing the juniors tonight, so I'll send over my comments on Thursday.",
      "I'll bring the printouts for the 10am review, see you there.",
      'Store reviews should get an answer within the hour whenever they land.',
      'You would be on call: ready to head out within an hour whenever a delivery comes in.',
      'We are Rush Print Co, a same-day printing shop; please send me your rates.',
      'Could you send it on Thursday, ideally within the day?',
      'We usually pay within the day of receiving the invoice.',
      'Please answer guest questions within the hour, day or night.',
      'If anything breaks during the campaign, please answer within the hour.',
      'During the launch, keep Slack open and reply within 15 minutes.',
      'Please acknowledge each ticket in the queue within ten minutes, even before you start on it.',
      "I'll send you the brief later today.",
      'Starting today I would like a short update.',
      'Paid the invoice today, it should land tomorrow.',
      'Can we have a quick call this afternoon?',
      'No rush at all, whenever suits, even if not today.',
      'Going forward please reply within the hour during the working day.',
      "At the end of the day it's your call, please decide.",
      'Please send your EOD report as usual.',
      "We're presenting to the board tonight, wish us luck!",
      'On the same day the company announced its results, we need to file.',
      "There's no need to finish it today.",
      'Our printer only confirmed today that they need the PDF, please send it when you can next week.',
      'Could you spend an hour on the wireframes this evening? It does not need to be finished.',
      'If you get a spare minute today, could you skim the draft?',
      'Could you send the captions this afternoon, or tomorrow morning is also fine?',
      'Please upload the photos today or Monday, whatever works for you.',
      'The landing page must be live before traffic peaks overnight, so Wednesday noon please.',
      { text: 'Please send it over by 8am Monday.', sentAt: '2026-03-10T10:00:00+00:00' },
      'Thanks for the draft. Tonight around 10pm I will go through it myself and send notes.',
      'The card reader gets few taps after closing, so could you swap the payment module tonight at 11pm?',
      'Everything is set for tomorrow morning on our end, see you at the studio.',
      {
        text: 'Pop the corrected captions over later today, I will read them tomorrow.',
        sentAt: '2026-03-10T09:10:00+00:00',
      },
      { text: 'Could you give today to the FAQ rewrite?', sentAt: '2026-03-10T08:45:00+00:00' },
      {
        text: 'Please swap the menu PDF on the site for the lunch crowd this afternoon.',
        sentAt: '2026-03-10T08:30:00+00:00',
      },
      { text: 'Could you send me the alt texts sometime tomorrow morning?', sentAt: '2026-03-10T11:00:00+00:00' },
      'Please arrive by 9am on the day so we can set up the stand.',
      'We are launching the same evening, so do come to the party.',
      // A small job on a Sunday asks for the day off (off_hours), not a rush.
      ...sentOn(
        '2026-03-15T11:00:00-05:00',
        'Could you swap the banner on the homepage today? The new image is in the shared folder.',
        'If you find a minute today, please put the spring menu online. I want diners to see it this afternoon.',
      ),
    ],
  },
});

/** "She only told me today": a bare day word after a past report dates the report, not the work. */
export const REPORTED_BEFORE =
  /\b(?:told|said|mentioned|found out|heard|learn(?:ed|t)|reali[sz]ed|decided|announced|confirmed|noticed|emailed|called|rang|wrote|sent|got|received|came in|arrived|was|were)(?: (?:me|us|him|her|them|it|this|that))?(?: (?:only|just))? $/;
const BARE_DAY_WORD = /^(?:today|tonight|this |aujourd'hui|ce soir|cet apres-midi|ce matin)/;

/** Time to make progress, not a delivery: "spend an hour on it tonight", "no need to finish it". */
/** "starting today", "since tonight": when something begins, not when it is due. */
const START_BEFORE = /\b(?:starting|from|as of|effective|since|up to|beginning) $/;
/** "By tomorrow" or the day after is tight only for a bundle of work: "everything by tomorrow". */
const BULK_ONLY = /^(?:by|for|before) (?:the day after tomorrow|tomorrow)$/;
const BULK = /\b(?:everything|all of (?:it|them|this)|the (?:whole|full|entire) (?:thing|lot|set))\b/;

export const UNFINISHED =
  /\b(?:no need to (?:finish|complete)|(?:doesn'?t|does not|don'?t|do not) (?:need|have) to be (?:finished|done|complete)|(?:just|only) (?:get|make) (?:a start|started|going|the \w+ going)|make a start|spend (?:an? |some |half an |\d+ )?(?:hour|minutes|time)|a first pass)\b/;

/**
 * Whether a time phrase dates a past report ("she only told me today") or asks for progress rather than
 * finished work ("spend an hour on it tonight. No need to finish."). Shared with the deadline rule.
 */
export function isReportOrProgress(
  context: RuleContext,
  hit: { start: number; end: number },
  reportedBefore: RegExp,
  unfinished: RegExp,
): boolean {
  const phrase = context.text.slice(hit.start, hit.end);
  const before = context.text.slice(Math.max(0, hit.start - 40), hit.start);
  if (BARE_DAY_WORD.test(phrase) && reportedBefore.test(before)) return true;
  return unfinished.test(sentenceAndNext(context, hit.start));
}

/** Soft same-day words that leave the hour to the reader, and the words that put pressure back on. */
const SOFT_SAME_DAY = /^(?:(?:later|sometime|some time|for) )?(?:today|this afternoon)$/;
/** The whole of the next morning left to the reader: "sometime tomorrow morning", "tomorrow in the course of the morning". */
const SOFT_NEXT_MORNING =
  /\b(?:(?:sometime|some time|at some point|during) tomorrow morning|tomorrow (?:during|in the course of|over the course of) the morning)$/;
const PRESSURE =
  /\b(?:urgent\w*|asap|non-?negotiable|non negotiable|need|needs|needed|must|have to|has to|absolutely|at the latest|latest|no later|critical|crucial|deadline|important|without fail|sharp|priority|drop everything|top prio)\b|!/;

/**
 * An ordinary hand-over later the same day or the next morning, asked with time still ahead and no pressure word.
 * Shared with the deadline rule, which reads the same phrases as resolved deadlines.
 */
export function relaxedHandover(context: RuleContext, hit: { start: number; end: number }): boolean {
  return (
    isRelaxedSameDay(context, hit, SOFT_SAME_DAY, PRESSURE) ||
    isRelaxedNextMorning(context, hit, SOFT_NEXT_MORNING, PRESSURE)
  );
}

/** Phrases of a very short turnaround, kept only where the reader is asked to deliver something finished. */
const rule: Rule = {
  ...phrases,
  find: (context) =>
    phrases.find(context).filter((hit) => {
      if (!asksReader(context, hit.start)) return false;
      if (START_BEFORE.test(context.text.slice(Math.max(0, hit.start - 12), hit.start))) return false;
      if (BULK_ONLY.test(context.text.slice(hit.start, hit.end)) && !BULK.test(sentenceBefore(context, hit.start)))
        return false;
      if (relaxedHandover(context, hit)) return false;
      if (smallJobOnDayOff(context, hit, (sentence) => !PRESSURE.test(sentence) && !BULK.test(sentence))) return false;
      return !isReportOrProgress(context, hit, REPORTED_BEFORE, UNFINISHED);
    }),
};
export default rule;
