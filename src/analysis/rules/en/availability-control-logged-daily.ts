import { phraseRule } from '../../phrase-rule.ts';

/** What a worker logs about their own day: hours, timesheets, the tasks or tickets they move. */
const OWN_LOG = String.raw`(?:time|hours|timesheets?|time ?sheets?|tasks|tickets|cards|time entries)`;
/** Recorded, as a participle: the log is a standing state the client wants kept. */
const RECORDED = String.raw`(?:logged|filled (?:in|out)|updated|submitted|entered|tracked|recorded|completed|posted|moved|ticked off|kept (?:up to date|current|updated))`;
/** A daily due time: every day, by the end of each day, before close of business, by 10 (not a one-off "by 10 tomorrow"). */
const DAILY_DUE = String.raw`(?:daily|every (?:single |working )?(?:day|evening|morning|afternoon|weekday|night)|each (?:day|evening|morning|weekday|night)|(?:by|at|before) (?:the )?(?:end|close) of (?:each|every) (?:day|working day|business day|shift)|before (?:close of business|cob|eod|you (?:leave|log off|sign off))(?: (?:each|every) day)?|(?:by|before) (?:\d{1,2}(?!\d)(?:[:.]\d\d)?\s?(?:am|pm)?|noon)(?!\s*(?:am|pm)?\s*(?:tomorrow|today|tonight|this|on|next|[:.,]\d)))`;

/**
 * A daily log of the freelancer's own time or tasks, asked as a state to keep rather than with a verb: "hours tracked
 * in the portal daily", "timesheets need filling in every evening", "your tickets kept up to date each morning",
 * "hours need entering each evening". The reporting rule reads the imperative ("log your hours daily"); a log someone
 * else keeps, a status the client publishes and a one-off update stay quiet.
 */
export default phraseRule({
  id: 'availability-control/logged-daily',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Asks for a daily log of your hours or tasks: you owe the client results, not a record of your day.',
    fr: 'Demande un relevé quotidien de vos heures ou de vos tâches : vous devez un résultat au client, pas le compte de votre journée.',
  },
  cue: /\b(?:log|track|record|enter|have|get) (?:their|your|all) (?:hours|time|timesheets?|tasks|tickets)|logged|moved|ticked off|filled (?:in|out)|updated|submitted|entered|tracked|recorded|completed|posted|kept (?:up to date|current|updated)|(?:filling|updating|entering|logging) (?:in|out|up)?/,
  patterns: [
    // "time logged in the app per ticket by the close of each day", "hours entered daily"
    new RegExp(
      String.raw`\b${OWN_LOG}\s+(?:(?:all|always|properly|fully|kept)\s+)?${RECORDED}\b[^.?!\n]{0,60}?\b${DAILY_DUE}`,
    ),
    // "timesheets need filling in every day", "your hours have to be entered before you log off"
    new RegExp(
      String.raw`\b${OWN_LOG}\s+(?:need|needs|have|has|must|should)\s+(?:to\s+)?(?:be\s+)?(?:filling (?:in|out)|updating|entering|logging|${RECORDED})\b[^.?!\n]{0,60}?\b${DAILY_DUE}`,
    ),
    // "please have your hours in the tracker by 6pm each day"
    new RegExp(
      String.raw`\b(?:have|get)\s+(?:your|their|all)\s+${OWN_LOG}\s+(?:\w+\s+)?(?:in|on|into)\s+[^.?!\n]{0,30}?\b${DAILY_DUE}`,
    ),
    // "freelancers are asked to log their time in the sheet, by client, before they log off each day"
    new RegExp(
      String.raw`\b(?:log|track|record|enter)\s+(?:their|your)\s+(?:hours|time)\b[^.?!\n]{0,80}?\b${DAILY_DUE}`,
    ),
  ],
  unless: [
    // the log kept by someone else, or already done: "the hours are logged daily by our system", "I updated the tasks"
    /\b(?:by (?:our|the|my) (?:system|team|pm|manager|software|app|tool|office|admin)|automatically|(?:i|we)(?:'ve| have)? (?:logged|updated|entered|submitted|filled))\b/,
  ],
  examples: {
    fires: [
      'Time logged in Toggl per ticket by the close of each day, please.',
      '- hours tracked in the portal daily',
      'We need timesheets filled in every evening in our system.',
      'And your cards moved on the Trello board by 9:30.',
      'Your tickets kept up to date in Jira each morning before stand-up.',
      'Hours must be entered before you sign off each day.',
      'Please have your hours in the timesheet app by 6pm each day.',
      'Freelancers: tickets moved on the board before 9:30 every morning.',
      'Timesheets need filling in daily, no exceptions.',
      'Contractors have their time entries submitted by 6pm.',
      'All freelancers are asked to log their time in the shared sheet, broken down by client, before they log off each day.',
    ],
    quiet: [
      'The hours are logged daily by our system, nothing to do on your side.',
      'I updated the tasks on the board this morning.',
      'Please have the tickets updated by 10 tomorrow so we can plan the sprint.',
      'Our opening hours are posted on the website.',
      'The delivery times updated daily on the tracking page.',
      'Send your timesheet along with the invoice when the month closes.',
      'Prices updated every morning at the market.',
    ],
  },
});
