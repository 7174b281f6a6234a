import { phraseRule } from '../../phrase-rule.ts';

/*
 * The freelancer's day moved onto the client's clock: working hours shifted to match the team's or
 * another office's ("shift your hours to match ours that week", "work on our time zone"), or a
 * presence held until the bosses leave ("don't leave before the managers do"). set-hours reads a
 * stated window; this reads the alignment, with no hours named. The client adapting to the
 * freelancer, or anything but working time being aligned, stays quiet.
 */
const YOUR_DAY = String.raw`(?:your|ur)\s+(?:own\s+)?(?:working\s+|work\s+|lunch\s+|coffee\s+)?(?:hours|day|days|schedule|timetable|shifts?|rhythm|routine|clock|breaks?|lunch|holidays?|time off|leave)`;
const THEIRS = String.raw`(?:ours|(?:the team|the office|everyone(?: else)?|the staff)'s\b|(?:our|the team'?s|the office'?s|the company'?s|the studio'?s|the client'?s|the)\s+(?:[\w-]+\s+){0,2}?(?:hours|schedule|time ?zone|office|offices|team|teams|day|shifts?|timetable|clock|colleagues|staff|people|crew|warehouse|studio|shop|site|factory|plant))`;
const BOSSES = String.raw`(?:managers?|bosses|boss|partners|directors?|founders?|seniors|execs|management|rest of the team|rest of us|team|others|everyone else)`;

export default phraseRule({
  id: 'availability-control/match-hours',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  negatable: false,
  reason: {
    en: 'Puts your working day on the client’s clock: when you work is yours to set, not theirs to align.',
    fr: 'Cale votre journée sur l’horloge du client : c’est à vous de fixer quand vous travaillez, pas à lui.',
  },
  cue: /\b(?:breaks?|lunch|holidays?|time off|hours|day|days|schedule|timetable|shifts?|rhythm|routine|clock|time ?zone|leave|log off|go home|head off|sign off|clock out|stay|remain|before (?:the|our|your|my)|until (?:the|our|my))\b/,
  patterns: [
    // "shift your hours to match ours", "align your working hours with the warehouse shifts"
    new RegExp(
      String.raw`\b(?:shift|move|adapt|adjust|align|change|sync|synchronise|synchronize|match|line up|fit|bring|set|switch|flip|reorgani[sz]e)\s+${YOUR_DAY}\s+(?:\w+\s+){0,3}?(?:to match|to line up with|to fit|to suit|to|with|around|on|onto|in line with|in sync with|according to)\s+${THEIRS}`,
    ),
    // "work on our time zone", "keep to New York hours"
    /\b(?:work|be working|keep to|stick to|live on)\s+(?:on\s+|in\s+|to\s+)?(?:our|the team'?s|the office'?s|(?:new york|london|paris|us|uk|eastern|pacific|central|european|asian|singapore|sydney|montreal|toronto)\s+(?:office\s+)?)\s*(?:time ?zone|hours|time)\b/,
    // "can you start and finish when we do?", "log on and off when the team does"
    /\b(?:start and (?:finish|stop|end)|begin and end|log on and off|clock (?:in|on) and (?:out|off)|work)\s+(?:\w+\s+)?when\s+(?:we|the team|everyone|our team|the office|the rest of us)\s+(?:do|does|work|start)\b/,
    // "the same hours as the team"
    /\bsame\s+(?:working\s+)?(?:hours|schedule|timetable|shifts?|breaks)\s+as\s+(?:the team|us|everyone|the rest|our staff|our employees|the office|our people)\b/,
    // "don't leave before the managers do", "stay until the bosses have left"
    new RegExp(
      String.raw`\b(?:don'?t|do not|never|please don'?t|no)\s+(?:leave|log(?:ging)? off|go(?:ing)? home|head(?:ing)? off|sign(?:ing)? off|clock(?:ing)? out|leaving)\s+(?:\w+\s+)?before\s+(?:the|our|your|my)\s+${BOSSES}\b`,
    ),
    new RegExp(
      String.raw`\b(?:stay|remain|be around|be online|be there|hang around|stick around)\s+(?:\w+\s+)?(?:until|till|as long as)\s+(?:the|our|my)\s+${BOSSES}\s+(?:have\s+|has\s+|are\s+|is\s+)?(?:left|leave|go|gone|log off|logged off|here|in|online|around|there)\b`,
    ),
  ],
  unless: [
    /\b(?:we'?ll|we will|we can|we'?d|i'?ll|i will|i can|happy to)\s+(?:\w+\s+)?(?:shift|move|adapt|adjust|align|change|match|fit)\s+(?:our|my)\b/,
    /\b(?:we'?ll|we will|we can|we'?re going to|i'?ll|i will|i can|the team will|our team will)\s+(?:\w+\s+)?(?:work|keep to|stick to|live on)\b/,
  ],
  examples: {
    fires: [
      'That week, shift your hours to match ours.',
      'Could you move your working day to line up with our Singapore office?',
      "Please adapt your schedule to the team's hours from now on.",
      'Align your working hours with the warehouse shifts.',
      "We'd like you to work on our time zone, 8 to 4.",
      'You will keep to New York hours for the whole contract.',
      "Please don't leave before the managers do.",
      'Stay until the bosses have left, it looks better.',
      'No logging off before the partners, please.',
      'Could you start and finish when we do? Our day runs 7 to 3.',
      "Please align your lunch break with the team's, 12:30 to 1:30.",
      'You will work the same hours as the team, 9 to 6.',
      'We need you to move your days to fit our US colleagues.',
    ],
    quiet: [
      "We'll shift our hours to match yours that week.",
      'We can align the launch with your schedule.',
      'The office works on London time.',
      'Please leave the keys before the managers arrive.',
      'Adapt the colours to our brand guide.',
      'Our staff keep the same hours as the shop.',
      "We'll work Sydney hours for the launch so you can sleep.",
      'Could you move the call to line up with our office hours?',
    ],
  },
});
