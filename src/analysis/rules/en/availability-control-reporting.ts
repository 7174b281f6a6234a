import { phraseRule } from '../../phrase-rule.ts';

/** The end of each working day, when a daily account falls due. */
const DAY_END = String.raw`\b(?:at the end of (?:each|every|the) (?:day|working day|shift)|(?:every|each) (?:single )?(?:evening|day|night|working day)|daily|eod)\b`;
/** An account of what the freelancer did with their day (tasks done, time each took); the verb or preposition asking for it is looked back for only once these rarer words are found. */
const OWN_DAY = String.raw`\b(?:what you(?:'ve| have)?\s+(?:did|done|worked on|achieved|got through|accomplished)|how (?:long|much time|many hours)\s+(?:it took|each (?:task|thing|item|one) took|you (?:spent|worked|took)|things took))\b(?<=\b(?:list(?:ing)?|note(?: down)?|write(?: down)?|jot(?: down)?|tell (?:me|us)|report(?:ing)?|log|record|with|of|on|detailing|covering|showing|saying)\s+(?:\w+\s+)?(?:what|how)\s[^.?!\n]{0,30})`;

/** Daily reports, hour logs, screenshots, start/finish check-ins: supervision of the freelancer's day. */
/** The freelancer's own plan for the day ("your"), not one the client sends. */
const YOUR_PLAN = String.raw`(?:\byour\s+(?:(?:plan|schedule|to-?do(?: list)?|priorities|agenda|task list|tasks)\s+for\s+(?:the day|today)|daily\s+(?:plan|schedule|agenda|to-?do(?: list)?|priorities|task list))\b|\bwhat you(?:'ll| will|'re going to| are going to|'re planning to| are planning to| plan to) (?:be )?(?:working on|doing|work on|do|tackle|tackling) today\b)`;

/** A call or a text from the freelancer to the client, asked for (not the client's own calls: "I call my team"). */
const CALL_ME = String.raw`(?:(?<!\b(?:i|we|they|he|she|who|free to)\s+)(?:call|ring|phone|text|buzz|facetime|whatsapp|ping|message|email|dm|slack)\s+(?:me|us)|(?:you\s+)?on\s+the\s+phone\s+with\s+(?:me|us)|(?:give|get)\s+(?:me|us)\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:call|ring|buzz|bell|phone call)|(?:a|an)\s+(?:quick\s+|short\s+|brief\s+)?(?:call|phone call|ring|text|check-in call|catch-up call)\s+(?:from\s+(?:you|u)|with\s+(?:me|us)))`;
/** A standing daily rhythm. */
const EVERY_DAY = String.raw`(?:(?:every|each)\s+(?:single\s+|working\s+|business\s+)?(?:day|morning|evening|afternoon|night|weekday|workday)|daily|nightly)`;

export default phraseRule({
  id: 'availability-control/reporting',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Asks you to report on your day or be monitored: you owe the client results, not a log of your time.',
    fr: 'Vous demande de rendre compte de votre journée ou d’être surveillé : vous devez un résultat au client, pas un relevé de votre temps.',
  },
  cue: /tracker|tracking|status|times (?:a|per|each) day|\d\s?x (?:a|per) day|your daily|(?:on|doing|do|tackle|tackling) today|for today|for the day|from (?:you|u)|inform|notify|warn|anywhere|granularity|increments|minute|check in|say (?:hi|hello|good morning)|\b(?:location|gps|find my|agent|program|plugin|broken down|itemi|heads[- ]up|break|lunch|log|screenshots?|screen|real time|live|plan for the day|schedule for the day|to-?do|time off|days? off|holidays?|vacation|daily|eod|end[- ]of[- ](?:the[- ])?day|nightly|hourly|twice[- ]daily|morning|evening|every|each|log|track|record|report|clock|submit|enter|fill in|note down|break down|time spent|keep (?:me|us|the team)|hours|screen|webcam|time[- ]tracking|monitoring|tracking|hubstaff|time doctor|teramind|activtrak|insightful|desktime|when(?:ever)?\s+you|once you|as soon as you|time you|step(?:ping)? away|step(?:ping)? out|take a break|taking a break|lunch|log(?:ging)? off|go(?:ing)? offline|away from|without (?:telling|letting|informing|notifying|a heads)|visibility|oversight|can\s+see\s+what\s+you)/,
  patterns: [
    // "we'll install a time tracker on your laptop that takes screenshots"
    /\b(?:install|put|run|set up|use)\b[^.?!\n]{0,30}?\b(?:time ?tracker|tracking (?:app|software|tool)|monitoring (?:app|software|tool)|activity tracker)\b[^.?!\n]{0,40}?\b(?:on your (?:laptop|computer|machine|pc|mac|phone)|screenshots?|keystrokes|screen)\b/,
    // "a wrap-up email from you at the end of each day", "an end-of-day summary from you every day"
    /\b(?:summary|summaries|wrap[- ]ups?|recaps?|reports?|updates?|rundowns?|round[- ]?ups?|notes?|lines?|emails?|messages?)(?:\s+(?:email|e-mail|mail|note|message))?\s+from\s+(?:you|u)\b[^.?!\n]{0,40}?\b(?:at the end of (?:each|every|the) (?:day|working day)|every (?:single |working )?(?:day|evening|morning|night)|each (?:day|evening|morning)|daily|(?:twice|two times|three times|four times|several times|a few times|\d+\s?(?:times|x))\s+(?:a|per|each)\s+(?:day|morning|afternoon)|twice daily)\b/,
    // "update your Slack status every time you step away", "set your status whenever you take a break"
    /\byour (?:\w+ )?status\b(?! (?:page|bar|code|report|of))[^.?!\n]{0,40}?\b(?:every time|each time|whenever|when|before|as soon as)\b[^.?!\n]{0,30}?\b(?:break|breaks|step(?:ping)? away|away|lunch|pause|log(?:ging)? off|offline|head(?:ing)? out|leave|leaving)\b/,
    // "tell me in the morning when you start and in the evening when you finish"
    /\b(?:tell|let|message|ping|text|notify|inform|email|update)\s+(?:me|us|the team)(?:\s+know)?\s+(?:\w+\s+){0,3}?when you (?:start|begin|log on|sign on|clock in)\b[^.?!\n]{0,50}?\bwhen you (?:finish|stop|end|log off|sign off|clock out|are done|wrap up)\b/,
    // "kindly update the tracker every hour with what you are doing"
    /\b(?:update|fill (?:in|out)|log|report (?:in|on)|post (?:in|to|on))\s+(?:the\s+|your\s+|our\s+)?(?:\w+\s+)?(?:tracker|sheet|spreadsheet|log|status|channel|board|jira|trello|timesheet)\s+(?:\w+\s+){0,3}?every\s+(?:\d+\s+|two\s+|few\s+|half\s+(?:an\s+)?)?(?:hour|hours|minutes|mins)\b/,
    // "if you need to step away from your desk, drop a note in #general first"
    /\b(?:if|when|whenever|before)\s+you\s+(?:need to\s+|have to\s+|want to\s+|must\s+)?(?:step away|go offline|log off|leave (?:your|the) desk|take a break|go (?:for|to) lunch|head out|pop out)\b[^.?!\n]{0,50}?\b(?:drop|post|write|put|leave|add)\s+(?:a\s+)?(?:note|message|line|word|status)\s+(?:in|on)\b/,
    // "send an EOD report", "I want a daily update"
    /\b(?:send|give|share|submit|email|e-mail|post|provide|file|write|fill (?:in|out)|complete|want|need|expect|require|ask for|receive)\s+(?:me\s+|us\s+|the team\s+|your manager\s+)?(?:with\s+)?(?:(?:a|an|one|a single|your|the|short|brief|quick|little|written)\s+){0,3}(?:daily|eod|end[- ]of[- ](?:the[- ])?day|nightly|hourly|twice[- ]daily|morning|evening)\s+(?:status\s+|progress\s+|activity\s+|written\s+|time\s+|work\s+)?(?:report|reports|update|updates|summary|summaries|recap|recaps|log|logs|timesheets?|time sheets?|check-?ins?|email|briefing|debrief|status|progress)\b/,
    // "send me a short summary at the end of each day", "an update every morning"
    /\b(?:send|give|email|share|post|text|message|drop|submit|want|need|expect)\s+(?:me|us|the team|the partners|your manager)\s+(?:a|an)?\s*(?:(?:short|brief|quick|little|written|small|detailed)\s+)?(?:summary|update|report|recap|note|rundown|list|log|breakdown|email|message|screenshot|stand-?up)\s+(?:\w+\s+){0,4}?(?:at the end of (?:each|every|the) (?:day|working day|shift)|every (?:\w+\s+)?(?:day|morning|evening|afternoon|night|hour|hours)|each (?:day|morning|evening|afternoon|hour)|before you (?:log off|finish|leave|sign off) (?:each|every)|daily|(?:twice|two times|three times|four times|several times|a few times|\d+\s?(?:times|x))\s+(?:a|per|each)\s+(?:day|morning|afternoon)|twice daily)\b/,
    /\b(?:send|give|email|share|write)(?<!\b(?:we|i|they|he|she|it|who|system)\s+\w+)\s+(?:me\s+|us\s+)?(?:every|each)\s+(?:day|evening|morning|night|afternoon)\s+(?:(?:before|by|at|around)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+)?(?:a|an)\s+(?:\w+\s+)?(?:report|summary|update|recap|list|note|status|overview)\b/,
    // "a quick end-of-day message in the group chat with what you've worked on"
    /\b(?:end[- ]of[- ](?:the[- ])?day|eod|daily|evening|nightly)\s+(?:message|note|update|post|email|summary|recap|ping|text|report)\b[^.?!\n]{0,40}?\b(?:with|on|about|listing|of)\s+what\s+you(?:'ve| have)?\s+(?:worked on|done|did|achieved|got through)\b/,
    // "a quick text whenever you start and finish for the day"
    /\b(?:text|message|ping|note|email|heads[- ]up|call|whatsapp)\b[^.?!\n]{0,20}?\b(?:whenever|when|each time|every time|as soon as)\s+you\s+(?:start|begin|log on|clock in|sign on)\s+(?:\w+\s+)?and\s+(?:finish|stop|end|log off|clock (?:out|off)|sign off|wrap up)\b/,
    /\b(?:a|an|your)\s+(?:(?:short|brief|quick|little|written)\s+){0,2}(?:summary|update|report|recap|stand-?up|standup)\s+(?:\w+\s+){0,4}?(?:at the end of (?:each|every) (?:day|working day)|(?:every|each) (?:single )?(?:day|morning|evening))\s+(?:of|on|about|with)\s+(?:what|how|the tasks|your|tasks|time)\b/,
    /\b(?:like|want|need|expect|require)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:summary|update|report|recap|rundown|breakdown|status)\s+(?:\w+\s+){0,4}?(?:every|each)\s+(?:single\s+|working\s+|business\s+)?(?:day|morning|evening|night|afternoon|hour)\b/,
    // "log your hours in Jira daily", "report your time per task"
    /\b(?:log|track|record|report|clock|submit|enter|fill in|note down|break down)\s+(?:your|all your|the|all|all of your)\s+(?:hours|time|timesheets?|time sheets?|activities|tasks)\s+(?:\w+\s+){0,3}?(?:daily|every day|each day|every (?:evening|morning)|each (?:evening|morning)|by the hour|hour by hour|per task|by task|per ticket|by ticket|in 15[- ]minute|to the minute)/,
    /\btime\s+spent\s+(?:per|on each|for each|by)\s+(?:task|ticket|item)\b/,
    /\bkeep\s+(?:me|us|the team)\s+(?:posted|updated|informed|in the loop)\s+(?:daily|every day|each day|every (?:morning|evening)|hourly|every hour)\b/,
    /\b(?:report|log|breakdown|list|summary)\s+of\s+(?:your\s+|the\s+)?hours\s+(?:worked|spent|logged)\b/,
    // "at the end of every day, list what you did and how long it took": an account of the day, either order.
    new RegExp(String.raw`${OWN_DAY}(?:(?<=${DAY_END}[^.?!\n]{0,100})|[^.?!\n]{0,60}?${DAY_END})`),
    // monitoring
    /\b(?:screenshots?|screen ?shots?|screen captures?|screen recordings?|webcam (?:photos?|snapshots?))\s+(?:of (?:your|the) [\w-]+(?:\s+[\w-]+)?\s+)?(?:every|each)\s+(?:\d+\s+|few\s+|couple of\s+)?(?:minutes?|hours?|mins?|hrs?)/,
    /\b(?:time[- ]tracking|screen[- ]monitoring|activity[- ]tracking|activity[- ]monitoring|employee[- ]monitoring|monitoring|tracking)\s+(?:software|app|tool|extension)\b/,
    /\b(?:hubstaff|time doctor|teramind|activtrak|insightful|desktime)\b/,
    // "text me when you get to each site and again when you leave": arrivals and departures reported.
    /\b(?:text|message|ping|call|ring|tell|let|notify|whatsapp)\s+(?:me|us|the office|dispatch)\s+(?:know\s+)?(?:when|as soon as|once)\s+you\s+(?:arrive|get to|reach|get there|are on site|clock in)\b[^.?!\n]{0,40}?\bwhen\s+you\s+(?:leave|head off|are done|finish|clock out|go)\b/,
    // "keep the Toggl timer running whenever you work on our files, so I can watch it live"
    /\bkeep\s+(?:the\s+|your\s+|a\s+)?(?:\w+\s+)?(?:timer|time ?tracker|tracker|stopwatch|clock)\s+(?:running|on|going|ticking)\b[^.?!\n]{0,40}?\b(?:whenever|while|when|as long as|the whole time)\s+(?:you(?:'re| are)?\s+)?(?:work|working|on|busy)\b/,
    // "text me when you start and finish each day"
    /\b(?:text|message|ping|tell|let|notify|email|call|whatsapp)\s+(?:me|us|the team)\s+(?:know\s+)?(?:when|as soon as|once|each time|every time|whenever)\s+you\s+(?:start|begin|clock (?:in|on)|log (?:on|in|off|out)|sign (?:on|off)|arrive|get online|go online)\s+(?:and\s+(?:finish|stop|end|leave|log off|sign off)|(?:work(?:ing)?\s+)?(?:each|every)\s+(?:day|morning)|for the day|work\b)/,
    // "let the team know whenever you step away", "give us a heads-up if you're stepping away"
    /\b(?:let\s+(?:me|us|the team|everyone|someone)\s+know|give\s+(?:me|us|the team|everyone)\s+a\s+heads[- ]up|tell\s+(?:me|us)|inform\s+(?:me|us|the team)|notify\s+(?:me|us|the team)|text\s+(?:me|us)|message\s+(?:me|us)|ping\s+(?:me|us)|warn\s+(?:me|us|the team))\s+(?:\w+\s+){0,4}?(?:whenever|when|every time|each time|before|if|any time)\s+(?:you|they)(?:'re| are|'ll| will| will be|'ll be)?\s+(?:\w+\s+)?(?:offline(?!-)|afk|unreachable|off (?:the )?grid|step(?:ping)? away|step(?:ping)? out|take a break|taking a break|go (?:for|to) lunch|going (?:for|to) lunch|log(?:ging)? off|go(?:ing)? offline|away from (?:your|the) (?:desk|keyboard|computer|laptop|screen)|tak(?:e|ing) (?:any\s+|a\s+)?(?:time off|days? off|holidays?|leave|vacation))/,
    /\b(?:if|when|whenever)\s+you(?:'re| are)?\s+(?:step(?:ping)? away|going (?:offline|afk)|away from (?:your|the) (?:desk|keyboard|computer)|taking a break|going (?:for|to) lunch)\b[^.?!\n]{0,60}?\b(?:let|give|tell|ping|message|inform|heads)\b/,
    /\b(?:don'?t|do not|never)\s+(?:go offline|step away|log off|leave (?:your|the) desk|disappear|take a break)\s+without\s+(?:telling|letting|informing|notifying|a heads)/,
    // "the partners want more visibility on freelancers", "so I can see what you're on at any time"
    /\b(?:visibility|oversight)\s+(?:on|into|over)\s+(?:what\s+you|your\s+(?:day|time|hours|work(?:ing)? day|progress|activity|screen)|(?:the\s+)?freelancers|(?:the\s+)?contractors)\b/,
    /\bso\s+(?:that\s+)?(?:i|we|the team|they|everyone)\s+can\s+see\s+what\s+you(?:'re| are)\s+(?:on|doing|working on)\b/,
    // "post a status update in #general every two hours", "each morning, send me your to-do list"
    /\b(?:send|give|email|share|post|submit|drop|write)\s+(?:me\s+|us\s+|the team\s+)?(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:summary|update|report|recap|note|rundown|list|log|status|screenshot)\b[^.?!\n]{0,30}?\b(?:every|each)\s+(?:\w+\s+)?(?:day|morning|evening|afternoon|night|hour|hours|minutes)\b/,
    /\b(?:every|each)\s+(?:day|morning|evening|afternoon|night)\s*,?\s+(?:please\s+)?(?:send|give|email|share|post|drop|write|text|message)\s+(?:me|us|the team)\b/,
    /\b(?:check[- ]in|report in|touch base)\s+(?:with\s+(?:me|us|the team)\s+)?(?:every|each)\s+(?:\w+\s+)?(?:morning|day|evening|afternoon)\b/,
    // "install it with screenshots enabled so we can see your screen", "we can watch in real time what you're on"
    /\b(?:screenshots?|screen ?shots?|screen (?:capture|recording)s?|activity (?:tracking|monitoring)|keystroke (?:logging|tracking)|webcam (?:photos?|shots?|snapshots?))\s+(?:\w+\s+)?(?:enabled|on|turned on|switched on|activated|active)\b/,
    /\b(?:see|watch|monitor|view)\s+(?:your screen|your desktop|what(?:'s| is) on your screen)\b/,
    /\b(?:see|watch|follow|monitor)\s+(?:in real time|live|at any time)\s+what\s+you(?:'re| are)\s+(?:working on|doing|on)\b/,
    // "text me your plan for the day every morning", "each morning, what you'll be working on today"
    new RegExp(
      String.raw`\b(?:every|each)\s+(?:morning|day|evening)\b[^.?!\n]{0,60}?${YOUR_PLAN}|${YOUR_PLAN}[^.?!\n]{0,40}?\b(?:every|each)\s+(?:single\s+|working\s+)?(?:morning|day|evening)\b`,
    ),
    /\b(?:walk (?:me|us) through|share|send|present|go over|show (?:me|us))\s+(?:me\s+|us\s+)?your\s+(?:plan|schedule|to-?do(?: list)?|priorities|agenda|task list)\s+for\s+the\s+day\b/,
    // "let me know whenever you take a lunch break", "a heads-up each time you log off", "broken down by hour"
    /\b(?:let (?:me|us|the team) know|(?:give|send|drop) (?:me|us) a (?:heads[- ]up|message|ping|note|text|line)|a heads[- ]up|tell (?:me|us)|inform (?:me|us)|notify (?:me|us)|warn (?:me|us)|ping (?:me|us)|text (?:me|us)|message (?:me|us))\b[^.?!\n]{0,25}?\b(?:whenever|when|every time|each time|before|any time)\s+you\s+(?:take|go|log|sign|step|leave|head|pop|finish|start|clock)\w*\s+(?:\w+\s+){0,2}?(?:anywhere|somewhere|break|lunch|off|out|offline|away|for the day|for lunch|day|work)\b/,
    /\b(?:timesheets?|time sheets?|hours|time|report)\b[^.?!\n]{0,40}?\b(?:broken down|itemi[sz]ed|split|detailed|logged)\s+(?:by|per|to the)\s+(?:the\s+)?(?:hour|half[- ]hour|minute|quarter[- ]hour|15 minutes)\b/,
    // "turn on location sharing", "install our monitoring agent", "record your screen while you work"
    /\b(?:turn on|enable|switch on|keep on|leave on)\s+(?:your\s+)?(?:live\s+)?(?:location(?: sharing)?|gps|find my(?: iphone)?)\b/,
    /\bshare\s+your\s+(?:live\s+)?location\s+(?:\w+\s+){0,3}?(?:while|during|whenever you|when you(?:'re| are)|at all times|all day|so (?:we|i) (?:know|can see|can track))/,
    /\b(?:install|use|run|download|put|set up|keep)\s+(?:\w+\s+){0,2}?(?:monitoring|tracking|surveillance|productivity)\s+(?:agent|program|plugin|client|script|suite|system)\b/,
    /\brecord(?:ing)?\s+(?:your|the)\s+screen\s+(?:\w+\s+){0,2}?(?:while you work|while you'?re working|all day|at all times|during (?:your|the) (?:work|hours|shift|sessions?|day)|whenever you work)/,
    /\b(?:timesheets?|time ?sheets?|hours|time)\b[^.?!\n]{0,40}?\b(?:\d+|five|ten|fifteen|thirty)[- ]min(?:ute)?s?\s+(?:granularity|increments|blocks|intervals|slots|precision)\b/,
    /\b(?:check in|say (?:hi|hello|good morning)|post|sign in|clock in|announce yourself)\b[^.?!\n]{0,30}?\bwhen(?:ever)?\s+you\s+(?:start|begin|arrive|log on|get online|come online)\b/,
    // a standing call to the client on a daily rhythm: "call me every morning at 9:15 with where things are",
    // "each evening at 6, ring me"; a call when needed ("call me any time") stays quiet.
    // (the rhythm is matched first and the call looked for on either side: most mail has a "you", few an "every day")
    new RegExp(
      String.raw`\b${EVERY_DAY}\b(?:(?<=\b${CALL_ME}\b[^.?!\n]{0,40}?\b${EVERY_DAY})|[^.?!\n]{0,30}?\b${CALL_ME}\b)`,
    ),
  ],
  unless: [
    /\b(?:attached (?:is|are) (?:the|our)|i'?ll send you|we'?ll send you|i will send you|we will send you|i send you)\b/,
  ],
  examples: {
    fires: [
      'Please email us each evening by 6 pm a brief summary of the day.',
      'An end-of-day post in the project channel about what you have done would be ideal.',
      'She would like a short message whenever you start and stop work.',
      'Ring me each evening at 6 to tell me where things stand.',
      'Please send every day a brief status of the open tickets, by 5pm at the latest.',
      'Share one daily report by 6 with the orders you processed.',
      'Text me when you arrive at each shop and again when you leave, please.',
      'Keep the Harvest timer running whenever you are working on our tickets.',
      'please keep a tracker on while you work for us so we see the hours live',
      'Ping dispatch as soon as you reach a client and when you are done there.',
      'kindly give each evening a short overview of calls done',
      "I'd like a quick call from you every day at 8:30.",
      'Give me a call daily at 9 sharp with your progress.',
      'Each morning at 9, phone me with what you did yesterday.',
      'Call me at 5pm every day to run through the status.',
      'I want a text from you every night at 10 with the numbers.',
      'Every day at 5, a quick call with me to go over progress.',
      'I need you on the phone with me at 8:30 every morning.',
      'Ping me every evening at 6 with your progress.',
      'Text me your plan for the day every morning.',
      'Send me your daily schedule each morning before 9.',
      'Each morning, a quick message with what you will be working on today, please.',
      'Every evening, jot down what you worked on and the hours you spent.',
      'Please send a screenshot of the time tracker every hour.',
      'We will set up a tracking app on your computer that captures your screen.',
      "We'd like a quick round-up note from you when every day ends.",
      'A couple of lines from you each evening on what moved would help us.',
      'Please set your Teams status to away whenever you take a break.',
      'Please update the shared sheet every two hours with your progress.',
      'Whenever you need to pop out, post a message in the team channel first.',
      'Please submit a daily status report to your manager.',
      'I want a daily update on your progress by 6pm.',
      'Please email us a quick recap at the end of every day with the tasks you finished.',
      'Please log your hours in Harvest daily, broken down by task.',
      'We will need screen captures every 30 minutes while you code.',
      'Ping us when you log on and log off every day.',
      'Ping us every time you step away from your desk.',
      'Text me when you start in the morning and again when you finish at night.',
      "Please install our time-tracking app while you're on the project.",
      "I'd like a short written report every evening of what you did.",
      'Please post a status update in the channel every two hours.',
      'Each morning, send me your to-do list for the day.',
      'Tell me before you take any time off.',
      'Use the tracker with activity monitoring turned on, please.',
      "We'd like to see your screen while you code for us.",
      'Each morning, walk me through your plan for the day.',
      'Drop us a message each time you go on a break.',
      'Please send the timesheet weekly, broken down by the hour.',
      "Please turn on location sharing while you're on the job.",
      "We'd like you to install our monitoring agent on your laptop.",
      'Record your screen while you work on our files, please.',
      'You must inform me before you go anywhere during working time.',
      'Please fill in the timesheet with 15-minute granularity.',
      'Please check in on Slack when you start and sign off when you finish.',
      "I'd want a short written update from you three times a day.",
      'Send me a little recap twice daily, one at noon and one at five.',
      'We need a progress note from u 2x a day, thanks.',
      'Could you warn me beforehand whenever you will be away from your laptop?',
      "Let us know ahead of time any time you'll step away for more than half an hour.",
      'Warn the team before you are offline, even for lunch.',
      'Message me whenever you are unreachable for over an hour.',
    ],
    quiet: [
      'The daily newsletter covers what you missed in the markets.',
      'I will text you when I start and finish the review.',
      'We send every day a short status to our customers, automatically.',
      'Share one final report by the 30th, that is all we need.',
      'I will text you when I arrive at the station and when I leave the office.',
      'Keep the oven timer running while you are baking the samples.',
      'Call me any time if you have questions.',
      'I call my mother every morning at 9.',
      'Our office opens every morning at 9.',
      "I'll call you tomorrow at 6 to catch up.",
      'Feel free to call me any morning before 10 if that helps.',
      'Feel free to call us every day if you get stuck.',
      'We have a call with the printer every morning at 9.',
      'Ping me whenever you need something.',
      'Here is the plan for the day of the shoot.',
      'Every morning I post the team schedule for the day in the channel.',
      'Tell me what you did with the old logo files, I cannot find them.',
      'Every day I am amazed at what you achieved on this project.',
      'Every day I think about what you achieved with the rebrand.',
      'We use a time tracker internally for our own staff.',
      'The monthly report from you at the end of the project was great.',
      'Thanks for the lovely note from you every Christmas.',
      'Your status page is down when I leave the office, could you check it?',
      'The dashboard updates the sheet every hour automatically.',
      'If you head out for lunch, leave the keys at reception.',
      'Attached is the daily position report for the desk.',
      'Let me know when you finish the draft.',
      "I'll send you a weekly summary of the feedback.",
      'Could you send a status update when the first draft is ready?',
      "I'll post the minutes in the channel every Friday.",
      'Could you send screenshots of the bug you mentioned?',
      'Share your screen during the demo so we can follow along.',
      'Let me know when you finish the first draft.',
      'Could you record your screen to show us the bug?',
      'The monitoring agent on the server sends alerts to our ops team.',
      'Share your location with the driver so he can find the venue.',
      'Let me know before you go ahead with the print run.',
      'The shuttle runs three times a day from the station.',
      'We post an update from the team three times a day on the live blog.',
      'Thanks for the updates from you twice a week, that rhythm is perfect.',
      'Warn me if you think the deadline is at risk.',
      'Let me know when you are back from the trade fair.',
      'The nurse comes by twice a day to check on my father.',
      'Tell me when you will be offline-ready with the app build.',
    ],
  },
});
