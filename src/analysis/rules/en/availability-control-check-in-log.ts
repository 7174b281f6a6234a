import { phraseRule } from '../../phrase-rule.ts';

/*
 * Proof of presence asked of the freelancer: a check-in message that says they are at work or that
 * all is well, on a rhythm ("send me a quick text every morning to say all is well"), and the hours
 * logged daily in the client's tool like staff ("each contractor logs yesterday's hours before 9
 * every day"). reporting reads reports on the work; this reads the proof that one is working. A
 * one-off text on arrival or the staff's own logging stays quiet.
 */
const NOTE = String.raw`(?:text|message|ping|sms|whatsapp|note|line|word|email|call|check-?in|emoji|thumbs[- ]up|shout|hello|hi|good morning|wave)`;
const RHYTHM = String.raw`(?:(?:every|each)\s+(?:single\s+|working\s+)?(?:morning|day|evening|afternoon|hour|couple of hours|few hours)|daily)`;
const ALL_WELL = String.raw`(?:all is well|all'?s well|all is good|all good|everything'?s (?:ok|okay|fine|good|on track)|everything is (?:ok|okay|fine|good|on track)|you(?:'re| are) (?:ok|okay|fine|alive))`;
const AT_WORK = String.raw`(?:you(?:'re| are) (?:working|online|at work|at your desk|on it|at it|logged (?:in|on)|up and running)|you(?:'ve| have) (?:started|logged on|begun|clocked in))`;
const SAY = String.raw`(?:to|so as to|just to)\s+(?:say|let (?:me|us) know|tell (?:me|us)|confirm|show (?:me|us))\s+(?:that\s+)?`;

export default phraseRule({
  id: 'availability-control/check-in-log',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks you to prove you are at work (check-in messages, hours logged daily like staff): you owe results, not proof of presence.',
    fr: 'Vous demande de prouver que vous travaillez (messages de présence, heures saisies chaque jour comme un salarié) : vous devez un résultat, pas une preuve de présence.',
  },
  cue: /\b(?:camera|webcam|cam|reply|answer|say|type|text|message|ping|sms|whatsapp|note|line|word|email|call|check-?in|emoji|thumbs|shout|hello|hi|good morning|wave|hours|time|timesheets?)\b/,
  patterns: [
    // A list line: "* daily log of hours in Harvest before 10am".
    /\b(?:daily|nightly|every day|each day|end[- ]of[- ]day)\s+(?:\w+\s+)?(?:log|logging|entry|entries|record|sheet)\s+of\s+(?:your\s+|the\s+)?(?:hours|time)\b/,
    // "drop me a line each morning so I know you're working"
    new RegExp(
      String.raw`\b${NOTE}\b[^.?!\n]{0,60}?\b(?:${SAY}|so (?:that )?(?:i|we) (?:know|can see|can tell)\s+(?:that\s+)?)${AT_WORK}`,
    ),
    // "every morning, a quick text to say all is well", "send me a text every evening to say everything's fine"
    new RegExp(String.raw`\b${RHYTHM}\b[^.?!\n]{0,50}?\b${NOTE}\b[^.?!\n]{0,40}?\b${SAY}${ALL_WELL}`),
    new RegExp(String.raw`\b${NOTE}\b[^.?!\n]{0,40}?\b${RHYTHM}\b[^.?!\n]{0,20}?\b${SAY}${ALL_WELL}`),
    // "camera on while you work", "reply 'here' at the roll call"
    /\b(?:camera|webcam|cam)\s+(?:\w+\s+)?on\s+(?:while you(?:'re)? work\w*|when(?:ever)? you(?:'re)? work\w*|as long as you(?:'re)? work\w*|during your (?:work|day|hours|shift))/,
    /\b(?:reply|answer|say|type|post|write)\s+["'“‘]?(?:here|present)["'”’]?\s+(?:when|once|as soon as|each|every)\b/,
    // "each contractor logs yesterday's hours in our tool before 9 every day"
    /\b(?:log|logs|track|tracks|record|records|enter|enters|submit|submits|fill in|fills in|book|books|put in|puts in)\s+(?:your|their|his or her|yesterday'?s|today'?s|the day'?s|each day'?s|the previous day'?s)\s+(?:\w+\s+)?(?:hours|time|timesheets?|time sheets?)\b[^.?!\n]{0,50}?\b(?:daily|every (?:single |working )?(?:day|morning|evening|night)|each (?:day|morning|evening|night)|at the end of (?:each|every) day)\b/,
  ],
  unless: [
    /\b(?:our|the)\s+(?:own\s+)?(?:staff|employees|team|people|in-house team|developers|devs)\s+(?:\w+\s+)?(?:log|track|record|fill|enter|submit|book)\b/,
    /\b(?:i'?ll|i will|we'?ll|we will)\s+(?:\w+\s+)?(?:send|text|message|ping|drop|log)\b/,
  ],
  examples: {
    fires: [
      '- daily entry of hours in our tool by 10am',
      'Keep your webcam on while you work, the board likes to see the team.',
      "Roll call is at 9 on Slack: just type 'here' when your name comes up.",
      'Send me a quick text every morning to say all is well.',
      'Each morning a WhatsApp to the group, just to let us know everything is fine.',
      "Ping me when you sit down, so I know you're working.",
      'Post a thumbs-up in the channel to show us you are online.',
      "Give me a shout on Signal at 8 every day so I know you've started.",
      "Each contractor logs yesterday's hours in our tool before 9 every day.",
      'All suppliers record their time in our system daily, by 10am.',
      'Please enter your hours in Harvest at the end of each day.',
    ],
    quiet: [
      'Keep your camera on for the client call on Thursday, it is friendlier.',
      'Send me a quick text when the parcel arrives.',
      'Text me when you land to say you are okay, safe travels!',
      'Our staff log their hours every day in Harvest.',
      "I'll send you a text every morning to say all is well with the build.",
      'Please send your invoice with your hours at the end of the month.',
    ],
  },
});
