import { phraseRule } from '../../phrase-rule.ts';

/*
 * A standing presence window: the freelancer told to be somewhere (a stand, a desk, the office, on
 * standby) on a recurring rhythm or during the client's hours ("on standby at our booth every weekday
 * from 10 to 4", "you would need to be physically at our HQ Tuesday to Thursday"). set-hours catches
 * the common verbs; this one reads the "you + modal + be + at our place + rhythm" construction and
 * standby duty. A one-off visit has no rhythm and stays quiet.
 */
const PLACE = String.raw`(?:kiosk|pop-?up|office|offices|studio|premises|hq|headquarters|workshop|warehouse|agency|shop|store|site|desk|front desk|reception|help ?desk|counter|stand|booth|stall|till|building|clinic|showroom|depot|factory|lab|kitchen|venue|branch)`;
/** Two or more named weekdays: "Monday, Wednesday and Friday", "Tuesdays & Thursdays". */
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri)days?`;
const DAY_LIST = String.raw`${WEEKDAY}(?:\s*,\s*${WEEKDAY})*\s*,?\s*(?:and|&)\s+${WEEKDAY}`;
/** The client's chat, where being present during their hours is a presence window too. */
const CHAT = String.raw`(?:teams|slack|discord|whatsapp|zoom|google chat|chat|channel|server|workspace)`;
const RHYTHM = String.raw`(?:(?:every|each)\s+(?:single\s+)?(?:day|weekday|working day|morning|afternoon|week|monday|tuesday|wednesday|thursday|friday)|on weekdays|weekdays|daily|(?:mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?)\s*(?:to|through|thru|till|until|-)\s*(?:mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?)|(?:mondays|tuesdays|wednesdays|thursdays|fridays)(?:\s+and\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays))?|(?:\d|two|three|four|five)\s+days\s+(?:a|per|each)\s+week|(?:during|in|within)\s+(?:our\s+|the\s+)?(?:office|business|opening|working|core|shop|store|school|class|lesson)\s+hours|${DAY_LIST}|(?:office|business|opening|working|core)\s+hours|full[- ]time)`;
const YOU_BE = String.raw`(?:you(?:'d| would|'ll| will| must| should| need to| have to| are expected to| are required to)(?: need to| have to)?\s+be|(?:we|i)(?:'d| would)?\s+(?:need|want|expect|like|require)\s+you(?:\s+to\s+be)?|please\s+be|be)`;

export default phraseRule({
  id: 'availability-control/presence-window',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Sets where you must be and when, on a standing basis: that is how an employer treats staff, not how a client hires a freelancer.',
    fr: 'Fixe où vous devez être et quand, de façon permanente : c’est ainsi qu’un employeur traite un salarié, pas un client un indépendant.',
  },
  cue: new RegExp(
    String.raw`\b(?:standby|stand-by|on call|on hand|on duty|physically|in person|on ?site|on-site|${PLACE}|${CHAT})\b`,
  ),
  patterns: [
    // a video room to sit in all day: "join our virtual office on Zoom from 9 to 5 with your camera on"
    /\b(?:join|be in|stay in|sit in|log into|be logged into|hang out in)\s+(?:our|the)\s+(?:"?virtual office"?\s+)?(?:\w+\s+){0,2}?(?:room|call|office|channel|space)\b"?\s+(?:(?:on|in)\s+\w+\s+)?(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s*(?:to|-|until|till|and)\s*\d{1,2}(?:[:.]\d\d)?(?:\s*(?:am|pm))?\b(?=[^.?!\n]{0,30}?\b(?:camera|webcam|video|cam)s?\s+on\b)|\bvirtual office\b[^.?!\n]{0,30}?\b(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s*(?:to|-|until|till|and)\s*\d{1,2}/,
    // "you'd be on standby at our booth every weekday from 10 to 4"
    new RegExp(
      String.raw`\b(?:be|you(?:'d| would|'ll| will)\s+be|stay|remain)\s+(?:\w+\s+)?(?:on standby|on stand-by|on call|on hand|on duty|stationed|posted)\s+(?:at|in|on|behind)\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?${PLACE}\b[^.?!\n]{0,40}?${RHYTHM}`,
    ),
    // "you would need to be physically at our HQ Tuesday to Thursday"
    new RegExp(
      String.raw`\b${YOU_BE}\s+(?:\w+\s+){0,2}?(?:at|in|on|behind|(?:working|work|based|operating) from)\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?${PLACE}\b[^.?!\n]{0,30}?${RHYTHM}`,
    ),
    // "I need you on the district Teams during school hours": their chat held open on their rhythm.
    new RegExp(
      String.raw`\b${YOU_BE}\s+(?:\w+\s+)?(?:on|in)\s+(?:the|our|my)\s+(?:[\w#-]+\s+){0,2}?${CHAT}\b[^.?!\n]{0,30}?${RHYTHM}`,
    ),
    // "you'll man the reception desk Monday to Friday": holding a post on a rhythm.
    new RegExp(
      String.raw`\b(?:you(?:'ll| will| would|'d| must| should| need to| have to| are expected to)|please|we(?:'d| would)? (?:need|want|expect|like) you to)\s+(?:\w+\s+)?(?:man|staff|cover|hold down|mind|sit at|work at|work on|run)\s+(?:the|our)\s+(?:\w+\s+){0,2}?${PLACE}\b[^.?!\n]{0,40}?${RHYTHM}`,
    ),
    // "standby duty at the stand every weekday", "on call at the front desk each morning"
    new RegExp(
      String.raw`\b(?:standby|stand-by|on-call)\s+(?:duty|shifts?)\s+(?:at|in|on|behind)\s+(?:the|our)\s+(?:\w+\s+){0,2}?${PLACE}\b[^.?!\n]{0,40}?${RHYTHM}`,
    ),
    // "come by the office every Tuesday to go over progress in person", "we'll need you on site each Monday"
    new RegExp(
      String.raw`\b(?:you(?:'ll| will|'d| would| must| should| need to| have to| are expected to)|please|(?:need|want|expect|like|require)s? you(?: to)?)\s+(?:\w+\s+)?(?:(?:come|drop|pop|swing|stop|head|be)\s+(?:in(?:to)?|by|over|down|to|at|on|in)\s+(?:to\s+)?(?:the\s+|our\s+|my\s+)?(?:\w+\s+)?${PLACE}|(?:be\s+)?(?:on ?site|on-site|in person|in the office))\b[^.?!\n]{0,40}?${RHYTHM}`,
    ),
  ],
  unless: [
    // One booked stretch is no standing rule: "Monday to Wednesday next week for the shoot".
    /(?<!\b(?:from|starting|as of) )\b(?:next|this|that) week\b|\b(?:as booked|we booked|as agreed|as planned)\b/,
    /\b(?:i'?ll be|i will be|i'?m|i am|we'?ll be|we will be|we are|we'?re|our (?:team|staff)|is staffed|are staffed|open|opening times|welcome to|feel free|if you like|whenever you like|if you want)\b/,
    /\b(?:could|would|can|will)\s+you\s+be\b[^.?!\n]{0,40}?\b(?:on|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b/,
  ],
  examples: {
    fires: [
      'Please hang out in our Zoom team room from 8:30 to 4:30, webcam on.',
      'From Monday, please stay in the virtual office between 9 and 5.',
      'I would like you to come by the office every Tuesday morning to go over progress in person.',
      'We will need you on site each Monday for a face-to-face catch-up.',
      'We would want you at our counter Tuesday through Friday, 9 to 5.',
      "You'd be based in our Lyon office Tuesdays and Thursdays, 9 to 5.",
      "You'd be on standby at our kiosk every weekday from 11 to 5.",
      'You would need to be physically at our HQ Monday to Wednesday.',
      'We need you to be at the front desk each morning during opening hours.',
      'Please be at our showroom three days a week, during business hours.',
      'You will be on call at the help desk every afternoon.',
      "You'll need to be on site at the depot Tuesday to Friday, 7 to 3.",
      'You will staff the front desk Tuesday to Friday during opening hours.',
      'From March we need you on our Slack workspace during school hours.',
      "We'd want you working from our studio Tuesdays and Thursdays, ten till six.",
      "I'd like you in the bookings channel Monday, Tuesday and Friday.",
    ],
    quiet: [
      'Join the Zoom call from 2 to 3 on Thursday for the kickoff.',
      'Feel free to drop by the studio any Friday.',
      'Our Lyon office is open Tuesdays and Thursdays, 9 to 5.',
      'Our stand is staffed every weekday from 10 to 4 by our own team.',
      "I'll be at the office Monday to Wednesday if you want to drop by.",
      "You're welcome to work from our studio any weekday.",
      'Could you be at the booth on Thursday for the launch?',
      'You will be at the front desk Monday to Wednesday next week for the shoot we booked.',
      'Our shop is open every day during business hours.',
      "I'm on our Slack Monday and Friday if anything comes up.",
      'Could you drop the files in our Teams channel when they are ready?',
      'We would need you on the Zoom call Monday and Wednesday next week.',
    ],
  },
});
