import { phraseRule } from '../../phrase-rule.ts';

const MEETING = String.raw`(?:stand-?ups?|standups?|huddles?|scrums?|all-hands|all hands|syncs?|check-?ins?|dailies|daily|team meetings?|staff meetings?|meetings?|calls?|briefings?|briefs?|catch-?ups?|kick-?offs?|team calls?|video calls?|roll ?calls?|town ?halls?)`;
const RECURRENCE = String.raw`(?:every|each|daily|weekly|on weekdays|\d days a week|seven days a week|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|from now on|going forward|moving forward|cameras? on|with (?:your )?cameras? on|by video every)`;

/** Recurring meetings made compulsory: daily stand-ups, 8am all-hands, "attendance is mandatory, contractors included". */
export default phraseRule({
  id: 'availability-control/mandatory-meetings',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Makes recurring team meetings compulsory for you: a client can invite you, but your time is yours to schedule.',
    fr: 'Rend obligatoires des réunions d’équipe récurrentes : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /\b(?:town ?halls?|webcam|cam\b|stand-?ups?|huddles?|scrums?|all[- ]hands|syncs?|check-?ins?|dailies|daily|meetings?|calls?|briefings?|briefs?|catch-?ups?|kick-?offs?|roll ?calls?|attendance|presence|participation|being there|everyone|everybody|all of you|the whole team|all team members|cameras?|every|each)/,
  patterns: [
    // a duty list or a wish: "- at the 8:30 standup every day", "have you dial in daily", "make sure you're on it each morning"
    /(?:^|[-•*:]\s*|\bbe\s+|\bjoin\s+|\battend\s+)(?<phrase>(?:at|on|in)\s+(?:the|our)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+)?(?:daily\s+|morning\s+|team\s+)?(?:stand-?up|scrum|huddle|check-?in|team call|sync)\s+(?:every|each)\s+(?:day|morning|weekday)\b)/m,
    /\b(?:have|get|want|need)\s+you\s+(?:to\s+)?(?:dial|call|phone|log|hop|jump|join)\s*(?:in|on|in to)?\s+(?:daily|every (?:day|morning)|each (?:day|morning))\b/,
    /\b(?:make sure|ensure|check)\s+(?:that\s+)?you(?:'re| are| can be| will be|'ll be)\s+on\s+(?:it|the call|that call|them|each call|every call)\s+(?:every|each)\s+(?:day|morning|weekday|time)\b/,
    // A list line with a rhythm and the camera: "• stand-up every morning at 9:15 (camera on)".
    new RegExp(String.raw`\b${MEETING}\b[^.?!\n]{0,40}?\b(?:every|each|daily)\b[^.?!\n]{0,30}?\(?\s*cameras? on\b`),
    // "we're starting a daily standup at 9:15, please dial in", "a morning huddle from Monday, make sure you join"
    /\b(?:daily|morning|weekly|everyday)\s+(?:team\s+)?(?:stand-?up|check-?in|sync|huddle|call|meeting|scrum|briefing)\b[^.?!\n]{0,60}?\b(?:please|kindly|you(?:'ll| will) need to|we(?:'d)? (?:need|expect|want) you to|make sure (?:you|to))\s+(?:\w+\s+)?(?:join|attend|dial in|be there|be on|hop on|log in)\b/,
    // "a 15-minute video call every morning at 9:30": a daily stand-up with the client
    /\b(?:a|an|one)\s+(?:quick\s+|short\s+|brief\s+|\d+[- ]min(?:ute)?s?\s+)?(?:video\s+|zoom\s+|teams\s+|phone\s+)?(?:call|stand-?up|check-?in|meeting|sync|huddle)\s+every\s+(?:single\s+)?(?:morning|day|evening|weekday|working day)\b/,
    // "attend the 8:30am stand-up every day", "join our Monday all-hands by video every week"
    new RegExp(
      String.raw`\b(?:join|attend|be (?:at|on|in|there for|present (?:at|for|in))|dial into|dial in to|hop on|jump on|show up (?:to|for|at)|come to|participate in|take part in|sit in on)\s+(?:our|the|my|a|each|every|all|all of our)?\s*(?:[\w:.]+\s+){0,4}?${MEETING}\s+(?:[\w:.,]+\s+){0,4}?${RECURRENCE}`,
    ),
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:morning|day|weekday|monday|tuesday|wednesday|thursday|friday)\b[^.?!\n]{0,40}?\b(?:you(?:'ll| will)? (?:need to |have to |must )?(?:join|attend|be on|be at|dial in)|(?:please|kindly) (?:join|attend|dial in))\b`,
    ),
    new RegExp(
      String.raw`\b${MEETING}\b[^.?!\n]{0,40}?\b${RECURRENCE}\b[^.?!\n]{0,40}?\b(?:(?:we|i)(?:'d| would)? (?:like|want|need|expect|love) you (?:there|to (?:join|attend|be there|be on it|dial in))|you(?:'ll| will)? (?:need|have) to (?:join|attend|be there)|please (?:join|attend|be there))`,
    ),
    new RegExp(
      String.raw`\b(?:from now on|going forward|starting (?:monday|tomorrow|next week|today)|from (?:monday|tomorrow|next week))\b[^.?!\n]{0,30}?\b(?:daily|morning|twice[- ]daily)\s+(?:stand-?ups?|standups?|huddles?|check-?ins?|syncs?|calls?|meetings?)\b`,
    ),
    // "attendance is mandatory", "the daily stand-up is compulsory"
    /\b(?:attendance|presence|participation|being there)\s+(?:(?:at|in|on)\s+(?:\w+\s+){0,4}?)?(?:is|will be|remains)\s+(?:\w+\s+)?(?:mandatory|compulsory|required|obligatory|expected|not optional|non-negotiable)\b/,
    new RegExp(
      String.raw`\b${MEETING}\s+(?:\w+\s+){0,3}?(?:is|are)\s+(?:\w+\s+)?(?:mandatory|compulsory|obligatory|not optional|non-negotiable)\b`,
    ),
    new RegExp(
      String.raw`\b${MEETING}\b[^.?!\n]{0,40}?\b(?:mandatory|compulsory|obligatory|non-negotiable|not optional|no exceptions|without exception)\b`,
    ),
    // "everyone on the build needs to be there, contractors included"
    /\b(?:everyone|everybody|all of you|the whole team|all team members)\s+(?:\w+\s+){0,4}?(?:needs|has|is expected|must|will need|are expected|is required)\s+to\s+(?:be there|attend|join|be on (?:it|the call)|be present|dial in)\b/,
    /\bcameras?\s+(?:on|switched on|turned on)\s+(?:for|during|in)\s+(?:all|every|each|the whole)\b/,
    /\b(?:keep|have|leave)\s+(?:your\s+)?cameras?\s+on\s+(?:at all times|all day|during the day|throughout)\b/,
    /\b(?:webcam|cameras?|cam)\s+(?:\w+\s+)?(?:on|switched on|turned on)\s+(?:at all times|all day|during (?:the day|working hours|office hours|work(?:ing)? time|business hours)|throughout|the whole day|while you work)/,
    // "I'd like us to do a video call every day at 7:30", "let's have a check-in every morning, cameras on"
    new RegExp(
      String.raw`\b(?:i'?d like (?:us to|to)|i want (?:us to|to)|we'?ll|let'?s|we(?:'re| are) going to|we need to|from now on we)\s+(?:have|do|hold|start|set up|run)\s+(?:a|an|the)?\s*(?:\w+\s+)?${MEETING}\b[^.?!\n]{0,30}?\b(?:every (?:single )?(?:day|morning|evening)|each (?:day|morning|evening)|daily|cameras? on)`,
    ),
    new RegExp(
      String.raw`\b${MEETING}\b[^.?!\n]{0,40}?\b(?:is|are)\s+(?:a must|required|expected)\s+(?:for|of)\s+(?:everyone|everybody|all|you|the whole team)\b`,
    ),
  ],
  unless: [
    // The team's own meeting reported to the freelancer: "our devs have a stand-up every morning; I'll send you the notes".
    /\b(?:(?:our|the|my) (?:team|devs|developers|staff|engineers|designers|editors) (?:has|have|holds|hold|does|do|runs|run)|i'?ll (?:send|forward|pass on|share) (?:you )?(?:the )?(?:notes|minutes|summary|recap))\b/,
    /\b(?:optional|if you can make it|if you'?re free|if you have time|no obligation|feel free to|not mandatory|not required|you'?re welcome to)\b/,
  ],
  examples: {
    fires: [
      'Ground rules:\n- on the 9am huddle every day\n- replies the same day',
      'We would love to have you call in daily to hear the plan.',
      'The producers hold a 9:00 call for all vendors. Please make sure you are on it each morning.',
      '• check-in each morning at 8:45 (cameras on)',
      'Going forward there is a morning huddle at 8:45, make sure you join it.',
      'I want a short zoom call every morning before you start.',
      'Please attend the 9am stand-up every day.',
      'You will need to join our weekly all-hands every Monday at 8.',
      'Attendance is compulsory, no exceptions.',
      'The daily check-in is compulsory.',
      'Everybody on the squad is expected to attend.',
      'Cameras on for all syncs please.',
      '- daily check-in at 9am (mandatory)',
      'Stand-up every day at 9:15, no exceptions.',
      'Make sure your webcam stays on during working hours.',
      'Your presence at the weekly steering committee is required.',
      "From next week I'd like us to have a video call every morning at 7.",
      "Let's do a check-in each day, cameras on.",
      'Daily check-in call at 8 is a must for everyone on the project.',
    ],
    quiet: [
      'I saw the demo at the team sync; nice work on the charts.',
      'Our team is on the call every morning, you are welcome to drop by if useful.',
      'Our weekly call with the printers moved to Thursday; feel free to join if you like.',
      'Would you like to join our kickoff call on Tuesday at 10?',
      'Feel free to join the weekly demo every Friday if you have time.',
      'The Friday all-hands is optional for contractors.',
      'Could we set up one call next week at a time that suits you?',
      "Let's have a call on Thursday to plan the launch.",
      "We'll hold a review meeting every quarter.",
      'Our devs have a short call every morning at 9; I will forward you the notes if needed.',
    ],
  },
});
