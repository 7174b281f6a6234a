import { phraseRule } from '../../phrase-rule.ts';

/*
 * A call with the client booked into every day at a set clock time, often said as a bare noun in a list of terms
 * ("daily sync with the ops team at 8:30", "a 15-minute call every morning at 9"), or a shared video room every
 * weekday with the camera on. team-rituals and standing-slot need a verb putting the reader there; here the
 * daily rhythm and the clock time together make it a standing slot. The client's own daily meetings ("I have a
 * daily call at 9, so…") stay quiet.
 */
const CALL = String.raw`(?:calls?|check-?ins?|syncs?|stand-?ups?|huddles?|catch-?ups?|video calls?|zoom calls?|zooms?|teams calls?|meetings?|briefings?|debriefs?|touch-?bases?|progress calls?|status calls?)`;
const DAILY = String.raw`(?:daily|nightly|morning|evening)`;
const EVERY = String.raw`(?:(?:every|each)\s+(?:single\s+|working\s+)?(?:day|weekday|workday|morning|evening|afternoon)|daily)`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}[:.]\d\d|\d{1,2}\s*(?:sharp|o'clock))`;
const LENGTH = String.raw`(?:(?:\d+|five|ten|fifteen|twenty|thirty)[- ]?min(?:ute)?s?\s+|(?:quick|short|brief|little)\s+)`;

export default phraseRule({
  id: 'availability-control/daily-call',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Books you into a call at a set hour every day: a client can ask for updates, but your day is yours to plan.',
    fr: 'Vous impose un appel à heure fixe chaque jour : un client peut demander des nouvelles, mais votre journée vous appartient.',
  },
  cue: /^(?=[\s\S]*?\b(?:daily|nightly|every|each|morning|evening)\b)[\s\S]*?(?:\d\s*(?:am|pm)|\d[:.]\d\d|sharp|o'clock|cameras?\s+on|webcams?\s+on|video\s+on)/,
  patterns: [
    // "Daily check-in with the merchandising team at 8:45", "a daily 10-minute call at 9:15"
    new RegExp(
      String.raw`\b${DAILY}\s+${LENGTH}?(?:[\w-]+\s+)?${CALL}\b(?:\s+(?:with|on|over|via)\s+(?:[\w'-]+\s+){1,4}?)?\s*(?:at|,)\s+${CLOCK}`,
    ),
    // "a call every morning at 9:30", "a quick check-in each day at 5pm"
    new RegExp(
      String.raw`\b(?:a|an|one|the)\s+${LENGTH}?(?:[\w-]+\s+)?${CALL}\s+(?:with\s+(?:me|us|the team|my team)\s+)?${EVERY}\s+at\s+${CLOCK}`,
    ),
    // "join our video room every weekday from 9 to 1, camera on"
    new RegExp(
      String.raw`\b${EVERY}\b[^.?!\n]{0,60}?\b(?:cameras?|webcams?|video)\s+(?:on|switched on|turned on)\b|\b(?:cameras?|webcams?|video)\s+(?:on|switched on|turned on)\b[^.?!\n]{0,60}?\b${EVERY}\b`,
    ),
  ],
  unless: [
    /\b(?:i|we|they|he|she|the team|our team|my team)\s+(?:have|has|got|run|runs|hold|holds|do|does|attend|attends)\s+(?:a|an|our|my|the|their)\b/,
    /\b(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be)\s+(?:\w+\s+)?(?:in|on|stuck in|busy with)\s+(?:a|an|our|my|the)\b/,
    /\b(?:after|before|around|outside|except during)\s+(?:my|our|the team'?s)\s+(?:\w+\s+)?(?:daily|morning|evening)\b/,
    /\b(?:optional|if you (?:can|like|want|fancy|have time|are free|'re free)|no obligation|feel free|welcome to|not (?:mandatory|required|needed)|don'?t (?:need|have) to|no need)\b/,
  ],
  examples: {
    fires: [
      '- Daily sync with the warehouse leads at 8:30, cameras on',
      "From the 3rd I'd like a daily 15-minute call at 9:45.",
      'and then a quick check-in each day at 5pm to see where things are',
      'We want a status call every morning at 8 sharp until the launch.',
      'Morning huddle on Teams at 7:50 for all partners, freelancers included.',
      'One short call with us every weekday at 9.30, please.',
      'Please sit in our Meet room every weekday from 10 to 2, camera on, so we feel like a team.',
      'Cameras on during the co-working hours every day, that is how we work.',
      'a daily zoom at 18:00 so i know what you did',
    ],
    quiet: [
      'I have a daily call at 9:15, so I will reply after that.',
      "We're in a daily meeting at 8:30 most days, call me after 10.",
      'Our team holds a morning stand-up at 9:30; you do not need to be there.',
      'Could we do a call on Thursday at 9:15?',
      'After my morning call at 9 I will send the files.',
      'The daily newsletter goes out at 7:30.',
      'Feel free to join the morning huddle at 8:45 if you like.',
      'Crew schedule: get-in on the 2nd, then daily calls from 9am to 5pm until the opening night.',
      'Keep your camera on for the interview on Friday.',
    ],
  },
});
