import { phraseRule } from '../../phrase-rule.ts';

/** A meeting that only exists as a standing one: a stand-up, a check-in, the staff or site meeting. */
const STANDING = String.raw`(?:stand-?ups?|standups?|check-?ins?|huddles?|scrums?|all-hands|dailies|(?:staff|team|site|production|progress|planning|editorial|ops|operations|status|crew|toolbox|studio|office|department|morning|weekly|daily)\s+(?:meetings?|calls?|syncs?|briefings?|talks?|catch-?ups?|reviews?))`;
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** Any meeting, for when a rhythm follows and says it recurs. */
const MEETING = String.raw`(?:${STANDING}|(?:[\w-]+\s+)?(?:meetings?|calls?|reviews?|syncs?|briefings?|catch-?ups?|retros?|demos?|plannings?))`;
/** A clock time written as one ("7:45", "10am", "8.15"), not any number. */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d\d(?:\s?(?:am|pm))?|\s?(?:am|pm))`;
/** A rhythm: every weekday, Monday to Friday, daily, Tuesdays. */
const RHYTHM = String.raw`(?:(?:every|each)\s+(?:single\s+|other\s+|working\s+)?(?:day|weekday|working day|morning|week|${DAY})|daily|weekly|${DAY}s|weekdays|${DAY}\s+(?:to|through|-)\s+${DAY}|mon(?:day)?\s?-\s?fri(?:day)?)`;
/** Who the slot is put on, said before the verb (looked back for from it): the reader, everyone, the freelancers, or an imperative. */
const ADDRESSED = String.raw`(?<=\b(?:you|your|everyone|everybody|all (?:of )?(?:you|freelancers|contractors|consultants|editors|designers)|freelancers|contractors|consultants|please|kindly)\b[^.?!\n]{0,160})`;
/** Being at it, said to or of the reader: "(you'll) join", "(please) sit in on", "we'd love you at", "everyone joins". */
const ATTEND = String.raw`(?:(?:join|joins|joining|attend|attends|attending|be\s+(?:at|on|in|present\s+(?:at|for))|sit(?:s|ting)?\s+in\s+on|dial(?:s|ling)?\s+into|come\s+to|show\s+up\s+(?:at|for|to)|turn\s+up\s+(?:at|for|to)|take\s+part\s+in|participate\s+in|(?:are|is|be)\s+expected\s+(?:at|on|in))${ADDRESSED}|(?:need|needs|want|wants|love|like|expect|expects)\s+(?:you|everyone|everybody)\s+(?:at|on|in))`;
const PLACE = String.raw`(?:studio|office|offices|workshop|site|shop|store|warehouse|lab|clinic|school|premises|plant|factory|showroom|agency|hq|headquarters)`;

/**
 * A standing slot put on the freelancer: a meeting that recurs (named by its day or clock time, "the Thursday 8am
 * production meeting", "the 9:15 check-in", or followed by a rhythm, "the huddle each morning at 10") that they or everyone must
 * join, and presence days with office hours ("in the office Mondays and Thursdays, 9:00-5:00"). A one-off
 * invitation, an optional one and the team's own meeting with no reader in the sentence stay quiet.
 */
export default phraseRule({
  id: 'availability-control/standing-slot',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Books you into a standing meeting or fixed days on site: a client can invite you, but a freelancer’s time is theirs to schedule.',
    fr: 'Vous inscrit à une réunion récurrente ou à des jours fixes sur place : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /stand-?ups?|check-?ins?|huddle|scrum|all-hands|dailies|meeting|calls?\b|syncs?\b|briefing|talks?\b|catch-?up|reviews?\b|\d\s?(?:am|pm)\s?(?:-|to)|\d[:.]\d\d\s?(?:am|pm)?\s?(?:-|to)/,
  patterns: [
    // "we will need you at the Thursday 8am production meeting", "all contractors attend the 9:15 check-in"
    new RegExp(
      String.raw`\b${ATTEND}\s+(?:the|our|my|each|every)?\s*(?:[\w'-]+\s+){0,2}?(?:${DAY}|${CLOCK}|daily|weekly|weekday|morning)\s+(?:[\w:.'-]+\s+){0,2}?${STANDING}\b`,
    ),
    // "we'd love you at the morning huddle each weekday at 10", "join the team check-in, Monday to Friday"
    new RegExp(
      String.raw`\b${ATTEND}\s+(?:the|our|my|a)?\s*(?:[\w:.'-]+\s+){0,2}?${MEETING}\b[^.?!\n]{0,40}?\b${RHYTHM}\b`,
    ),
    // "in the office Mondays and Thursdays, 9:00-5:00", "on site Tuesdays & Wednesdays from 8am to 4pm"
    new RegExp(
      String.raw`(?<!\b(?:we|i|they|he|she)(?:'re|'m| are| am| is)?\s+)\b(?:in|at|on)\s+(?:the\s+|our\s+)?${PLACE}\s+(?:on\s+)?(?:${DAY}s|${DAY}s?\s+(?:and|&|to|-)\s+${DAY}s?|weekdays|every\s+${DAY})\b[^.?!\n]{0,20}?\b${CLOCK}\s*(?:-|to|till|until)\s*${CLOCK}`,
    ),
  ],
  unless: [
    /\b(?:optional|if you (?:can|like|want|fancy|have time|are free|'re free)|no obligation|feel free|welcome to|not (?:mandatory|required|needed|compulsory)|don'?t (?:need|have) to|no need|no pressure)\b/,
    // a one-off with no rhythm: "could you join tomorrow's 9:30 stand-up to meet the team?"
    new RegExp(
      String.raw`^(?![^]*${RHYTHM})[^]*\b(?:tomorrow|today|tonight|this (?:morning|afternoon|evening|week|${DAY})|next (?:week|${DAY})|once|one-off|just the one|first)\b`,
    ),
  ],
  examples: {
    fires: [
      'We will need you at the Thursday 8am production meeting every week.',
      'All contractors attend the 9:15 check-in on Teams, cameras on.',
      'Everyone joins the morning huddle, Monday to Friday.',
      'Could you also sit in on the Wednesday 10:30 editorial meeting?',
      'We would love you at the morning stand-up each weekday at 10 CET, it only takes ten minutes.',
      'You will be expected to dial into the daily ops call at 7:45.',
      'Please join our team sync each Monday at 9.',
      'Freelancers are expected at the Tuesday 3pm design review every week.',
      'The board would like all consultants to keep their invoices itemised by project and to come to the Friday 8:30 staff meeting.',
      'In the office Mondays and Thursdays, 9:00-5:00, same as our in-house designers.',
      'You would be on site Tuesdays & Wednesdays from 8am to 4pm.',
    ],
    quiet: [
      'Could you join tomorrow’s 9:30 stand-up so the team can meet you?',
      'Feel free to join our Friday 4pm team catch-up if you like, no pressure.',
      'The developers hold a stand-up at 9:30 every day.',
      'I will go to the Friday 10am board meeting and pass on your notes.',
      'Our shop is open Thursdays and Fridays, 10:00-6:00.',
      "We're in the office Mondays and Thursdays, 9:00-5:00, if you ever want to drop by.",
      'Can we have a call on Thursday at 10 to go over the draft?',
      'The weekly meeting moved to Wednesdays, I will send you the minutes.',
      'Join the webinar at 3pm if you are free.',
    ],
  },
});
