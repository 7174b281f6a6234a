import { phraseRule } from '../../phrase-rule.ts';

/*
 * The client's team rituals imposed on the freelancer: retros, sprint plannings, reviews, syncs,
 * a daily call with the client ("you should join our Friday retro too", "a quick sync with me each
 * morning at 8:30"). mandatory-meetings reads "compulsory" and stand-ups; this one reads a ritual with
 * a rhythm (or a plural of rituals) put on the freelancer by a modal or an ask. Optional invitations
 * and the team's own rituals stay quiet.
 */
const RITUAL = String.raw`(?:retros?|retrospectives?|sprint (?:plannings?|reviews?|demos?|meetings?)|planning (?:sessions?|meetings?|calls?)|plannings?|reviews?|demos?|scrums?|stand-?ups?|syncs?|huddles?|check-?ins?|catch-?ups?|team meetings?|weeklies|one-on-ones?|1:1s?|calls?|meetings?|video calls?|zoom calls?|ceremonies|rituals)`;
const DAYS = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const RHYTHM = String.raw`(?:(?:every|each)\s+(?:single\s+|other\s+|second\s+)?(?:day|weekday|working day|morning|evening|afternoon|week|sprint|${DAYS})|daily|weekly|fortnightly|bi-?weekly|${DAYS}s)`;
const IMPOSE = String.raw`(?:(?:i'?m|we'?re|i am|we are) (?:counting|relying) on you(?: being)?|you(?:'re| are)\s+(?:expected|required|needed)(?:\s+to)?|you\s+(?:should|must|need to|have to|are to)|you(?:'ll| will)(?:\s+need to|\s+have to)?|(?:we|i)(?:'d| would)?\s+(?:like|want|need|expect)\s+you(?:\s+to)?|please|make sure you|i want|i'?d want|i'?d like)`;
const ATTEND = String.raw`(?:join|attend|come to|be at|be in|be part of|sit in on|take part in|participate in|dial into|be on|at|in)`;

export default phraseRule({
  id: 'availability-control/team-rituals',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Puts you into the team’s recurring rituals (retros, plannings, daily syncs): a client can invite you, but your time is yours to schedule.',
    fr: 'Vous intègre aux rituels récurrents de l’équipe (rétros, plannings, points quotidiens) : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /\b(?:retro|sprint|planning|review|demo|scrum|stand-?up|sync|huddle|check-?in|catch-?up|meeting|weekl|one-on-one|1:1|call|ceremon|ritual)/,
  patterns: [
    // "you should join our Friday retro too", "we'd like you at the Monday planning session each week"
    new RegExp(
      String.raw`\b${IMPOSE}\s+(?:\w+\s+){0,2}?${ATTEND}\s+(?:our|the|my|a|all|all of our|each|every)\s+(?:[\w:-]+\s+){0,3}?${RITUAL}\b[^.?!\n]{0,40}?${RHYTHM}`,
    ),
    new RegExp(
      String.raw`\b${IMPOSE}\s+(?:\w+\s+){0,2}?${ATTEND}\s+(?:our|the|my|all|all of our)\s+(?:[\w:-]+\s+){0,2}?(?:${RHYTHM}|${DAYS})\s+(?:[\w:-]+\s+){0,2}?${RITUAL}\b`,
    ),
    // "you'll be part of our retros and plannings": rituals in the plural recur.
    /\byou(?:'ll| will| should| must)\s+(?:be part of|join|attend|sit in on|take part in)\s+(?:all\s+)?(?:our|the team'?s)\s+(?:\w+\s+)?(?:retros|retrospectives|sprint plannings|plannings|sprint reviews|ceremonies|rituals|scrums|stand-?ups|dailies)\b/,
    // "a quick 15-minute sync with me each morning at 8:30", "a short call with you every evening"
    /\b(?:a|an|one)\s+(?:quick\s+|short\s+|brief\s+|little\s+)?(?:\d+[- ]?min(?:ute)?s?\s+)?(?:[\w-]+\s+)?(?:sync|call|check-?in|stand-?up|catch-?up|huddle|meeting|debrief)\s+with\s+(?:me|us|you|the team|my team)\s+(?:every|each)\s+(?:single\s+)?(?:morning|day|evening|weekday|working day|night|afternoon)\b/,
  ],
  unless: [
    /\b(?:optional|if you (?:can|like|want|fancy|have time|are free|'re free)|no obligation|feel free|welcome to|not (?:mandatory|required|needed)|internal|don'?t need to|no need)\b/,
  ],
  examples: {
    fires: [
      'You should join our Thursday retro as well.',
      "I'm counting on you being at the Friday afternoon demo, every sprint.",
      "You're expected at the weekly product review every Tuesday at 11.",
      "We'd like you at the Tuesday planning session each sprint.",
      'Please come to our product review every second Wednesday.',
      "You'll be part of our weekly retro and the daily scrum.",
      'You will be part of our retros and sprint plannings.',
      'A short 10-minute call with me every evening to go over the day.',
      'One brief progress call with me each working day at 8, please.',
    ],
    quiet: [
      'Our Friday retro is internal, you do not have to come.',
      'Feel free to join our Friday demo if you like.',
      'We do a retro every Friday; I will pass on anything relevant.',
      'Could you join our kickoff call on Monday at 10?',
      'We had a call with the printer every week in May.',
    ],
  },
});
