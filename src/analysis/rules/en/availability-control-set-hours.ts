import { phraseRule } from '../../phrase-rule.ts';

/** "9 to 5", "8:30-17:30", "10 am till 7 pm" */
const HOURS_RANGE = String.raw`(?:from\s+)?\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|till|til|until|-|through|and)\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?`;
const WORKPLACE = String.raw`(?:office|offices|studio|premises|hq|headquarters|workshop|warehouse|agency|shop|store|taproom|site|desk|building|plant|clinic|showroom|depot)`;
const RECURRING_DAYS = String.raw`(?:(?:every|each)\s+(?:day|weekday|morning|monday|tuesday|wednesday|thursday|friday|other day|week)|on weekdays|(?:mondays|tuesdays|wednesdays|thursdays|fridays)|daily|(?:monday|tuesday|wednesday|thursday|friday)\s+(?:to|through|-|and)\s+(?:monday|tuesday|wednesday|thursday|friday)|(?:\d|two|three|four|five)\s+days\s+(?:a|per|each)\s+week|(?:at least\s+)?(?:once|twice|(?:\d|two|three|four)\s+times)\s+(?:a|per|each)\s+week|full[- ]time|\d{1,2}(?:[:.]\d\d)?\s*(?:am)?\s*(?:to|-|till|until)\s*\d)`;

/** Imposes working hours or presence on site: online 9 to 7, in the office Tuesday to Thursday, clock in. */
export default phraseRule({
  id: 'availability-control/set-hours',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Imposes your working hours or where you work: that is how an employer treats staff, not how a client hires a freelancer.',
    fr: 'Impose vos horaires ou votre lieu de travail : c’est ainsi qu’un employeur traite un salarié, pas un client un indépendant.',
  },
  cue: /\b(?:onsite|on-site|in person|(?:log|sign) (?:off|out)|leave before|finish before|offline before|online|available|reachable|contactable|logged|signed|connected|at your desk|on duty|on shift|on call|on (?:slack|teams|whatsapp|zoom|gather|discord|skype|signal|telegram|google chat|the phone)|office|offices|studio|premises|hq|headquarters|workshop|warehouse|agency|shop|store|taproom|site|desk|building|plant|clinic|showroom|depot|schedule|hours|timetable|shifts?|start|starting|log|begin|clock|punch|badge|swipe|sign|check|arrival|start and)/,
  patterns: [
    // a wish for the freelancer's place and days: "if you worked from our office Tuesdays to Thursdays, 9 to 5"
    new RegExp(
      String.raw`\b(?:if|that|when)\s+you\s+(?:could\s+|would\s+)?(?:work(?:ed)?|sat|were based|came in|come in)\s+(?:from|in|at|out of)\s+(?:the|our|my)\s+(?:\w+\s+)?${WORKPLACE}\s*,?\s+(?:\w+\s+){0,2}?${RECURRING_DAYS}`,
    ),
    // the hours put on whoever gets the job: "we ask that the chosen designer be available during our office hours"
    /\b(?:ask|require|expect|need|want)\s+(?:that\s+)?(?:the|our|any|every|each|all)\s+(?:selected\s+|chosen\s+|successful\s+|appointed\s+|external\s+)?(?:translators?|freelancers?|contractors?|suppliers?|designers?|writers?|consultants?|developers?|vendors?|partners?|editors?|photographers?)\s+(?:to\s+)?(?:be|are|remain|stay)\s+(?:\w+\s+)?(?:available|reachable|contactable|online|logged in)\s+(?:on\s+\w+\s+)?(?:during|within|throughout)\s+(?:our|the|their)\s+(?:\w+\s+)?(?:hours|schedule|working day|business day)\b/,
    // "please be available during our office hours", "stay reachable within business hours, Monday to Friday"
    /(?<!\b(?:i|we)(?:'ll| will| can| shall| am| are|'m|'re) )\b(?:be|stay|remain|keep yourself)\s+(?:\w+\s+)?(?:available|reachable|contactable|online|around|on hand)\s+(?:during|within|in|for)\s+(?:all\s+(?:of\s+)?)?(?:our|the|their|the team'?s|company|office|business|regular|normal|core|working)\s+(?:\w+\s+)?(?:hours|schedule|opening times)\b/,
    // "stay green until 6", "log in at 9 sharp": a presence window the client sets
    /\b(?:stay|remain|be|keep (?:it|your status|the dot))\s+(?:\w+\s+)?(?:green|online|active|logged (?:in|on)|signed (?:in|on)|connected|at your desk)\s+(?:(?:on|in) \w+\s+)?(?:until|till|to)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|o'clock)?(?!\s*(?:tomorrow|tonight|today|on (?:monday|tuesday|wednesday|thursday|friday)))/,
    /\b(?:log|sign|clock|check)(?:ged|ging)?\s*(?:in|on)\b[^.?!\n]{0,25}?\b(?:at|by)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|h)?\s+(?:sharp|on the dot|every (?:day|morning)|each (?:day|morning))\b/,
    // "be online on Slack 8:30 to 5:30", "available on WhatsApp from 10 am to 7 pm"
    new RegExp(
      String.raw`\b(?:online|available|reachable|contactable|logged into|logged onto|signed into|logged in|logged on|signed in|connected|at your desk|on duty|on shift|on call|on (?:slack|teams|whatsapp|zoom|gather|discord|skype|signal|telegram|google chat|the phone))\s+(?:(?:on|via|in)\s+(?:slack|teams|whatsapp|zoom|gather|discord|the phone|the chat)\s+)?(?:\w+\s+){0,3}?${HOURS_RANGE}`,
    ),
    // "we'd expect you in the Cardiff office Tuesday to Thursday", "come into the office every day"
    new RegExp(
      String.raw`\b(?:expect|want|need|like|love|require|have|see|ask)\s+you\s+(?:to\s+(?:be|work|come|come in|sit|be based|report)\s+)?(?:\w+\s+){0,2}?(?:in|at|into|from)\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?${WORKPLACE}\s+(?:\w+\s+){0,2}?${RECURRING_DAYS}`,
    ),
    new RegExp(
      String.raw`(?:(?:^|[*•:;.!?-])[ \t]*|\b(?:you(?:'ll| will| must| should| need to| have to| are expected to| are required to)?|please|pls|kindly|to)\s+)(?:be|work|come(?: in)?|come into|sit|be based|report|show up|turn up|pop in|drop by)\s+(?:in|at|into|from|to)\s+(?:the|our|my)\s+(?:\w+\s+){0,2}?${WORKPLACE}\s+(?:\w+\s+){0,2}?${RECURRING_DAYS}`,
      'm',
    ),
    /\b(?:need|want|expect|require)s?\s+you\s+(?:to\s+(?:be|work|stay)\s+)?on\s+(?:the\s+)?(?:same|our|their|the team'?s)\s+(?:schedule|hours|timetable|shifts?)\b/,
    // "work our office hours", "keep the same hours as the team"
    /\b(?:work|keep|follow|stick to|respect|match|adopt|align (?:with|to)|observe)\s+(?:our|the same|the team'?s|the company'?s|regular|normal|standard|set|fixed|core|company|office|business)\s+(?:\w+\s+)?(?:hours|schedule|timetable|working hours|office hours|shifts?)\b/,
    // "start at 8 sharp every day", "be at your desk by 9"
    /\b(?:start|starting|begin|log (?:on|in)|clock (?:on|in)|be at your desk|be online|sign (?:on|in))\s+(?:work\s+)?(?:at|by|before|no later than)\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:am|a\.m\.)?\s*(?:sharp\s+)?(?:every|each|daily|on weekdays|sharp|monday to friday)/,
    // clocking and signing in
    /\b(?:clock|punch|badge|swipe)\s+(?:in|out|on|off)\b|\b(?:clocks|punches|badges|swipes)\s+(?:in|out)\s+(?:and|at|every|each|like|with)\b/,
    /\b(?:sign|check)\s+(?:in|out)\s+(?:and\s+(?:out|in)\s+)?(?:at|with)\s+(?:the\s+)?(?:reception|front desk|security)\b/,
    /\b(?:arrival and departure|start and finish|start and end)\s+times\b/,
    // "I expect you at your desk by 9 sharp"
    /\b(?:at your desk|at the office|in the office|online|logged (?:in|on)|on site)\s+(?:at|by|before|no later than)\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:am|a\.m\.)?\s*(?:sharp|every|each|daily|on weekdays|at the latest)\b/,
    // "we'll need you onsite three days a week", "don't log off before 6pm"
    new RegExp(
      String.raw`\b(?:need|want|expect|require)s?\s+you\s+(?:to\s+(?:be|work|come in)\s+)?(?:on-?site|in the office|in office|in-office|at the office|in person)\s+(?:\w+\s+){0,2}?${RECURRING_DAYS}`,
    ),
    /\b(?:don'?t|do not|never)\s+(?:log off|log out|sign off|leave|go offline|clock out|finish)\s+(?:before|until)\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|p\.m\.|o'?clock)?/,
    // "we prefer you sit with our team in the office at least twice a week"
    new RegExp(
      String.raw`\b(?:prefer|expect|want|need|like|require|ask)s?\s+(?:that\s+)?you\s+(?:to\s+)?(?:sit|work|be|come in|join us|are)\s+(?:\w+\s+){0,4}?(?:in|at|into)\s+(?:the|our|my)\s+(?:\w+\s+){0,1}?${WORKPLACE}\s+(?:\w+\s+){0,2}?${RECURRING_DAYS}`,
    ),
  ],
  unless: [
    // a third party's hours given as contact information: "our data lead is available Monday to Friday 9 to 5"
    /\b(?:he|she|they|who)\s+(?:is|are|will be|'s|'re)\s+(?:usually\s+|normally\s+|generally\s+)?(?:available|reachable|contactable|online|in the office)\b/,
    // One booked stretch is no standing rule: "Monday to Wednesday next week for the shoot".
    /(?<!\b(?:from|starting|as of) )\b(?:next|this|that) week\b|\b(?:as booked|we booked|as agreed|as planned)\b/,
    /\b(?:would|will|could|are|can)\s+you\s+(?:be\s+)?(?:available|free|around|online)\b/,
    /(?<!from )\btomorrow\b/,
    /\b(?:team|staff|helpdesk|support|hotline|agents?|reception|office)\s+(?:is|are|will be)\s+(?:\w+\s+)?(?:available|open|reachable|online)\b/,
    /\b(?:i'?ll be|i will be|i'?m|i am|we'?ll be|we will be|we are|we'?re|shop is|store is|office is|we'?re open|open from|opening hours|closed from|market|class|course|session|seminar|training|conference)\b/,
  ],
  examples: {
    fires: [
      'It would help a lot if you worked from our studio Mondays to Wednesdays until the launch.',
      'We require that the successful developer be reachable on Slack during our business hours.',
      'Every supplier swipes in and out at the gate.',
      'Hi,\n\nCome into the studio every Tuesday, please.',
      'Please stay reachable during our core hours, Monday to Friday 9 to 5.',
      'We expect you to sign in at 8:30 on the dot every morning.',
      'Please be online on Teams until 5:30 and not a minute less.',
      'Please be online on Slack 9 to 6 CET.',
      'From Monday, be available on WhatsApp from 9 am to 7 pm.',
      "We'd expect you in the Leeds office Monday to Wednesday.",
      '- come into the studio every Tuesday',
      'You will need to work our office hours.',
      'Please start at 8:30 sharp every day.',
      'Contractors clock in at reception like everyone else.',
      'I expect you at your desk by 9 sharp.',
      "We'll need you onsite three days a week.",
      "Please don't log off before 6pm.",
      'P.S. pls be on skype from 9 til 6 our time.',
      'We prefer you sit with our team in the office at least twice a week.',
    ],
    quiet: [
      'If you worked from our office last year, you will know the parking rules.',
      'Our finance lead will answer your data questions; she is available Monday to Friday 9 to 4.',
      'I will be available during office hours if you want to call me.',
      'Our office hours are Monday to Friday, 9 to 5, in case you want to drop by.',
      'Could you stay online until 3 tomorrow for the launch call?',
      "I'm in the office every Tuesday if you want to drop by.",
      'Our shop is open from 9 to 6.',
      'Are you available 2:00 - 3:00 on Monday?',
      'Would you be available from 10 to 11 on Thursday for the kickoff?',
      'Can you come to our office on Friday for the photo shoot?',
      'The team is available from 9 to 5 for support calls.',
      'We sit in the office twice a week, drop by whenever you like.',
      'Please be at the studio Monday to Wednesday next week for the shoot we booked.',
    ],
  },
});
