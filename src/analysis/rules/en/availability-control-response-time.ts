import { phraseRule } from '../../phrase-rule.ts';

/** A standing reply time imposed on the freelancer: "replies within 15 minutes", "always answer within the hour". */
const COUNT = String.raw`(?:\d+|a few|a couple of|five|ten|fifteen|twenty|thirty|forty-five|an|one|the|half an?|a quarter of an?)`;
/** "within 10 minutes", "in under ten minutes", "inside a quarter of an hour", "max 10 min" */
const WITHIN_MINUTES = String.raw`(?:within|inside(?: of)?|in under|in less than|in max(?:imum)?|under|less than|max(?:imum)?|at most|no (?:more|later) than|in the next|in the following)\s+(?:${COUNT}\s+)?(?:min|mins|minutes|hour|hr|hrs|the hour|an hour)\b`;
const HABIT = String.raw`(?:going forward|from now on|make it a rule|(?:when(?:ever)?|if)\s+(?:\w+\s+){0,3}?(?:writes?|messages?|pings?|texts?|calls?|emails?|posts?|asks?|contacts? you)|when(?:ever)?\s+(?:you(?:'re| are)\s+)?(?:tagged|pinged|mentioned|paged|messaged|called)|in future|in the future|moving forward|henceforth|always|every time|each time|whenever|at all times|as a rule|during (?:the )?(?:working |work |business |office )?(?:day|hours)|during\s+(?:our|their|your|my|the\s+client'?s)\s+(?:working\s+|work\s+|business\s+|office\s+|core\s+|opening\s+|trading\s+)?(?:hours|times|day)|during\s+(?:office|business|working|core)\s+(?:times|time)|(?:from|between)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:to|and|until|till|-)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?|while\s+the\s+(?:\w+\s+)?(?:runs|is on|is running|lasts|is live)|(?:when(?:ever)?|if)\s+(?:someone|anyone|somebody|anybody|we|i)\s+(?:tags?|mentions?|@s?)\s+you|during business hours|throughout the day|on weekdays|all (?:my|our|the) (?:messages|emails|calls|pings|texts)|any (?:message|email|call|ping|text)|day or night|night or day|while (?:i'?m|i am|we'?re|we are) (?:offline|away|out|off|on holiday|on leave))`;
/** A reply time in hours or half a day: a rule only with a habit word or an imposed inbox rhythm. */
const WITHIN_HOURS = String.raw`(?:within|inside(?: of)?|in under|in less than|under|no later than)\s+(?:half a day|a half[- ]day|(?:\d|two|three|four)\s*(?:hours|hrs|h)\b)`;
/** Checking the inbox on an imposed rhythm: "morning and evening", "three times a day". */
const CHECK_RHYTHM = String.raw`(?:morning(?:,)? (?:noon )?and (?:evening|night)|(?:\d|two|three|four|several) times a day|every (?:\d+ |two |three |couple of )?hours?|every half[- ]hour|every (?:\d+|fifteen|twenty|thirty) min(?:ute)?s|hourly)`;

export default phraseRule({
  id: 'availability-control/response-time',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Sets a standing reply time in minutes: that is an employee’s on-duty rule, not a client’s to impose.',
    fr: 'Impose un délai de réponse permanent en minutes : c’est une règle de salarié, pas à un client de l’imposer.',
  },
  cue: /half a day|half-day|times a day|morning(?:,)? (?:noon )?and (?:evening|night)|\b(?:min(?:ute)?s?\b|hours?\b|hrs?\b)|straight away|right away|immediately|instantly|at once|\b(?:immediate|instant|instantaneous|real-time)\s+(?:replies|responses|answers|availability|reachability)/,
  patterns: [
    // Checking the inbox on an imposed rhythm: "check your emails morning and evening", "your inbox three times a day".
    new RegExp(
      String.raw`\b(?:check|checking|look at|go through|read|monitor)\s+(?:\w+\s+)?(?:your|the)\s+(?:shared\s+|team\s+|support\s+|work\s+)?(?:emails?|e-mails?|mails?|inbox|messages|slack|teams|whatsapp|notifications|dms)\b[^.?!\n]{0,30}?\b${CHECK_RHYTHM}`,
    ),
    // A reply time in hours set as a rule: "answers within half a day, every day", "replies within 4 hours during the week".
    new RegExp(
      String.raw`\b(?:repl\w*|respon\w*|answers?|answering|get back)\b[^.?!\n]{0,40}?${WITHIN_HOURS}(?=[^.?!\n]{0,40}?\b(?:${HABIT}|every day|each day|during the week|on weekdays|weekdays|monday to friday|a must)\b)`,
    ),
    // "answer our WhatsApp group messages always fast, within 10 min": a rule for every message
    new RegExp(
      String.raw`\b(?:reply|respond|answer|get back|revert|react)\w*\s+(?:to\s+)?(?:all|any|every|each|my|our|the team'?s?|client)\s+(?:\w+\s+){0,3}?(?:message|email|mail|ping|text|call|request|question|dm|chat|whatsapp|sms|tag|mention|alert|notification)s?\b[^.?!\n]{0,25}?${WITHIN_MINUTES}`,
    ),
    // "a response to any support message within 15 minutes": one reply time for every message is a standing rule.
    new RegExp(
      String.raw`\b(?:a|an)\s+(?:\w+\s+)?(?:response|reply|answer|acknowledg(?:e)?ment)\s+to\s+(?:any|every|each|all)\s+(?:[\w-]+\s+){0,2}?(?:message|email|mail|ping|text|call|request|question|dm|ticket|query|tag|mention|alert|comment)s?\b[^.?!\n]{0,20}?${WITHIN_MINUTES}`,
    ),
    new RegExp(String.raw`\b(?:replies|responses|answers|acknowledg(?:e)?ments)\s+(?:\w+\s+){0,4}?${WITHIN_MINUTES}`),
    new RegExp(
      String.raw`\b(?:reply|respond|answer|get back|revert|acknowledge|react)\w*\s+(?:to\s+)?(?:all|any|every|each|my|our|team|client)\s+(?:\w+\s+){0,2}?(?:messages?|emails?|e-mails?|mails?|pings?|texts?|calls?|requests?|questions?|dms?|tickets?)\s+${WITHIN_MINUTES}`,
    ),
    new RegExp(
      String.raw`\b${HABIT}\b[^.?!\n]{0,60}?\b(?<phrase>(?:reply|respond|answer|get back|revert|acknowledge|react)\w*\s+(?:\w+\s+){0,3}?${WITHIN_MINUTES})`,
    ),
    new RegExp(
      String.raw`\b(?:reply|respond|answer|get back|revert|acknowledge|react)\w*\b[^.?!\n]{0,20}?${WITHIN_MINUTES}[^.?!\n]{0,40}?\b${HABIT}`,
    ),
    /\b(?:expect|need|require|want|demand)s?\s+(?:\w+\s+)?(?:immediate|instant|instantaneous|real-time)\s+(?:replies|responses|answers|availability|reachability)\b/,
    // "reply to my WhatsApps straight away, even on Sundays"
    /\b(?:reply|respond|answer|get back)\w*\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:straight away|right away|immediately|instantly|at once)\b[^.?!\n]{0,30}?\b(?:even (?:on|at|in)|always|every time|whenever|at any (?:hour|time)|day or night|weekends? included)/,
    /\b(?:always|every time|whenever)\b[^.?!\n]{0,30}?\b(?:reply|respond|answer|get back)\w*\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:straight away|right away|immediately|instantly|at once)\b/,
    // "respond to messages within 15 minutes": a standing rule for every message, not one reply
    new RegExp(
      String.raw`\b(?:reply|respond|answer|get back|revert|acknowledge|react)\w*\s+to\s+(?:(?:all|any|every|each|my|our|team|client|slack|teams|whatsapp|incoming|new)\s+)*(?:messages|emails|pings|texts|calls|requests|questions|dms|tickets)\s+${WITHIN_MINUTES}`,
    ),
    // "messages from the floor must be answered inside a quarter of an hour", "any email should get a reply in under 30 minutes"
    new RegExp(
      String.raw`\b(?:message|email|mail|ping|text|call|request|question|dm|ticket|chat|comment)s?\b[^.?!\n]{0,40}?\b(?:(?:must|should|need to|have to|are to|will)\s+(?:all\s+|always\s+)?be\s+(?:answered|replied to|acknowledged|picked up|responded to|handled|dealt with)|needs?\s+(?:answering|replying to|handling|a (?:reply|response|answer)))\s+(?:\w+\s+){0,2}?${WITHIN_MINUTES}`,
    ),
    new RegExp(
      String.raw`\b(?:any|every|each|all)\s+(?:\w+\s+){0,2}?(?:message|email|mail|ping|text|call|request|question|dm|ticket|chat|comment)s?\b[^.?!\n]{0,40}?\b(?:gets?|has|have|receives?|deserves?)\s+(?:a|an)\s+(?:\w+\s+)?(?:reply|response|answer)\s+${WITHIN_MINUTES}`,
    ),
    // "your reply time to the team should not exceed 15 minutes"
    /\b(?:response|reply|answer)\s+times?\b[^.?!\n]{0,40}?\b(?:not exceed|not go over|not be more than|stay under|stay below|be under|be below|at most|no more than)\s+(?:\w+\s+)?(?:\d+|five|ten|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b/,
    // "a response time of ten minutes on Slack", "our 15-minute reply rule"
    /\b(?:response|reply|answer)\s+times?\s+(?:(?:we|i)\s+(?:expect|want|need|require|ask for)\s+)?(?:of|is|are|must be|should be|needs to be|under|below|:|=)\s+(?:\w+\s+){0,2}?(?:\d+|a few|five|ten|fifteen|twenty|thirty)\s*-?\s*(?:min|mins|minutes)\b/,
    /\b(?:\d+|five|ten|fifteen|twenty|thirty)[- ]min(?:ute)?s?\s+(?:response|reply|answer)s?\s+(?:time|rule|window|sla|policy|(?:on|to|for) (?:all|every|each|any)|always)\b/,
    // "nobody leaves a message unanswered for more than 15 minutes"
    // The rule is said through its negation, so the match starts on it (and no negation stands before).
    /\b(?:(?:no|nothing|nobody|no one|never|don'?t|do not)\b[^.?!\n]{0,40}?)?\bunanswered\s+(?:for\s+)?(?:more than|longer than|over|beyond)\s+(?:\w+\s+){0,2}?(?:min|mins|minutes|hour|an hour)\b/,
  ],
  unless: [
    // A machine's reply time, not the freelancer's: "the bot sends a response to every message within 5 minutes".
    /\b(?:automatic(?:ally)?|auto-?repl\w*|autorespon\w*|chatbot|bot)\b/,
    /\b(?:team|support|helpdesk|desk|staff|we|they|she|he|it|i)\s+(?:always\s+|usually\s+|normally\s+|generally\s+|try to\s+)?(?:answers|replies|responds|answer|reply|respond|get back)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:in|within|under)\b/,
    /\b(?:our|their|the team'?s|support'?s|helpdesk'?s|average)\s+(?:\w+\s+)?(?:response|reply) times?\b/,
    /\b(?:i'?ll|i will|we'?ll|we will|i always|we always|i try to|we try to|i usually|we usually)\s+(?:\w+\s+)?(?:reply|respond|answer|get back)\b/,
  ],
  examples: {
    fires: [
      'All our suppliers are expected to answer within 20 minutes during our business hours.',
      'Please reply within the hour whenever somebody tags you in the channel.',
      'We need you to respond within half an hour from 9am to 8pm while the fair is on.',
      'Once the shop is live, acknowledge each order query within 20 minutes, day or night.',
      "Please watch the inbox while we're away and answer within the hour.",
      'Please check your emails morning and evening and reply within half a day.',
      'We would need answers within half a day, every day.',
      'Replies within 4 hours during the week are a must for us.',
      'pls answer my whatsapp in max 10 minutes, is important for me.',
      'While we work together, your reply time to our team should not exceed fifteen minutes.',
      'You will answer our WhatsApp group messages always fast, within 15 min, ok?',
      'Going forward I need replies within 20 minutes during the working day.',
      'Please always answer within the hour.',
      'Respond to all team messages within 30 minutes.',
      'I expect immediate responses when the campaign is live.',
      'Please reply to my messages straight away, even on Sundays.',
      'Please respond to Slack messages within ten minutes.',
      'Kindly revert to all mails within 30 min as per our company policy.',
      'When a guest posts in the group, get back to them in under five minutes.',
      'Tickets from the warehouse have to be picked up inside of a quarter of an hour.',
      'Every ping from me should get an answer in less than 10 minutes.',
      'Make it a rule to answer me within 20 mins max.',
      'We work with a 15-minute response time on WhatsApp, please keep to it.',
      'The response time we expect is ten minutes, even for small questions.',
      'reply quick pls, max 5 min, always',
      'In launch week any comment on the post needs answering within a few minutes tops.',
      'We go for a 5-minute reply to every review, please stick to it.',
      'No ticket stays unanswered for more than ten minutes on our desk, yours included.',
      'If a buyer pings you, I want them to get an answer in the next five minutes.',
      'While the beta runs, react to any tag from the testers within 20 minutes.',
      'Please reply within 15 minutes whenever you are pinged in the ops room.',
      'Please check the shared inbox every half hour between 10 and 4.',
      'Respond to every mention in the support channel within ten minutes, please.',
      'Terms for next year: a reply to any customer query within 30 minutes on weekdays.',
      'We also need an acknowledgement to every alert within 15 min during the event.',
      'A first response to each ticket inside of a quarter of an hour, as per the SLA.',
    ],
    quiet: [
      'Our support desk replies within 30 minutes during business hours.',
      'Thanks for answering within the hour yesterday, that saved the launch.',
      'Our support desk replies within 20 minutes, day or night.',
      "While I'm away, no rush: answer when you can.",
      'I check my emails morning and evening, so no rush.',
      'A reply within two hours would be great for this quote.',
      'Could you reply within the hour? The printer is waiting.',
      "I'll get back to you within the hour.",
      'We usually respond within a few minutes on chat.',
      "Could you reply to the client's questions within the hour today? I'll reply to messages within 15 minutes myself.",
      'Our average response time is under ten minutes, so write to us any time.',
      'The support team answers in less than 10 minutes.',
      'I reply to every DM within five minutes, so write whenever you like.',
      'The pages should load in under two minutes even on slow phones.',
      'Every question in the quiz should take less than a minute to answer.',
      'The bot sends a response to every message within 5 minutes, automatically.',
    ],
  },
});
