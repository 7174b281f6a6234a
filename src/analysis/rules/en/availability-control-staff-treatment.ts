import { phraseRule } from '../../phrase-rule.ts';

/** Puts the freelancer under staff rules: "contractors included", "like the rest of our staff", "we expect contractors to". */
export default phraseRule({
  id: 'availability-control/staff-treatment',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Applies staff rules to you: as a freelancer you are not an employee and not bound by their house rules.',
    fr: 'Vous applique les règles du personnel : en indépendant, vous n’êtes pas salarié et pas soumis à son règlement intérieur.',
  },
  cue: /line manager|absence|sick day|same hours|same holidays|same leave|treated like|treat you like|one of the team|request|book|submit|rest of the|\b(?:before|prior to|ahead of|clear|absences?|hr\b|human resources|pay(?:ing)? you for|contractors?|freelance|external|externals|consultants|vendors|suppliers|agency staff|temps|staff|employees|team members|personnel|workers|full-?timers|in-house|holiday|vacation|leave|time[- ]off|pto|days? off)/,
  patterns: [
    // "you'll be treated like one of the team: same hours, same holidays"
    /\bsame (?:hours|schedule|working hours),\s*(?:the )?same (?:holidays|leave|days off|rules|breaks)\b/,
    /\b(?:treated|treat you|considered|count you)\s+(?:like|as)\s+(?:one of (?:the|our|us)(?: team| staff)?|a member of (?:the|our) (?:team|staff)|an employee|staff|in-house staff)\b[^.?!\n]{0,30}?\bsame (?:hours|holidays|rules|schedule|leave)\b/,
    /\b(?:contractors|freelancers|external contributors|externals|consultants|vendors|suppliers|agency staff|temps|the freelancer|the contractor)\s+(?:included|too|as well|also|alike)\b/,
    /\bincluding\s+(?:all\s+|our\s+)?(?:contractors|freelancers|external contributors|externals|consultants)\b/,
    /\b(?:like|just like|as with|(?:the\s+)?same\s+(?:\w+\s+)?as)\s+(?:the rest of|all|any of|every other|our other|all (?:of )?our)\s+(?:\w+\s+)?(?:staff|employees|team members|personnel|workers|workforce|salaried staff|full-?timers|in-house team)\b/,
    /\b(?:as|like)\s+(?:one of\s+)?(?:our|my)\s+(?:own\s+)?(?:employees|staff|staffers|team members|in-house team)\b/,
    /\b(?:we|i|the company|management|the partners)\s+(?:expect|require|ask|need)\s+(?:all\s+)?(?:our\s+)?(?:contractors|freelancers|external \w+|consultants|externals)\s+to\b/,
    /\b(?:contractors|freelancers|consultants|externals|external \w+|freelance \w+)\s+(?:are|will be)\s+(?:expected|required|asked)\s+to\s+(?:be|join|attend|work|keep|stay|log|report|follow)\b/,
    /\b(?:holiday|vacation|leave|time[- ]off|pto|days? off)\b[^.?!\n]{0,60}?\b(?:approv\w*|sign(?:ed)? off by|authori[sz]\w*|validat\w*|for (?:our|my) (?:ok|okay|sign-off))\b/,
    // holidays and absences through HR, "that's what we pay you for"
    /\b(?:holidays?|leave|time[- ]off|days? off|vacation|absences?|pto|sick days?)\b[^.?!\n]{0,40}?\b(?:hr\b|human resources|(?:hr|leave|absence|holiday) (?:portal|system|form|request)|line manager)/,
    /\b(?:inform|notify|tell)\s+(?:hr|human resources)\s+(?:of|about)\s+(?:any|your|all)\b/,
    /\bthat'?s what (?:we|i)(?:'re| are| am)?\s+pay(?:ing)? you for\b/,
    /\b(?:contractors|freelancers|consultants|externals|external \w+|freelance \w+)\s+(?:must|have to|need to|are to|shall|should)\s+(?:be|join|attend|work|keep|stay|log|report|follow|clock|sign|badge|use)\b/,
    // "ask us before taking any days off", "clear any time off with me beforehand"
    /\b(?:ask|check with|clear it with|get (?:approval|permission|sign-off|the ok|the okay) from|run it by)\s+(?:us|me|the team|your manager|(?:us|me) for (?:permission|approval))?\s*(?:before|prior to|ahead of)\s+(?:taking|booking|planning|scheduling|going on)\s+(?:any\s+|a\s+)?(?:days? off|time off|holidays?|leave|vacations?|pto|breaks?)\b/,
    /\b(?:clear|run|check|agree)\s+(?:any|your|all)?\s*(?:days? off|time off|holidays?|leave|vacations?|pto)\s+(?:plans\s+|dates\s+)?(?:with|by|past)\s+(?:me|us|the team|your manager)\b/,
    /\b(?:request|book|submit|log|file|enter|put in)\s+(?:your\s+|any\s+|all\s+)?(?:holidays?|leave|time off|pto|days off|vacation|absences?)\s+(?:requests?\s+)?(?:through|via|in|on|using)\s+(?:our\s+|the\s+)?(?:hr\b|bamboo ?hr|personio|workday|hibob|lucca|payfit|rippling|gusto|\w+ (?:portal|system|tool))/,
    /\b(?:around|here|in|online|available|present|at your desk|working|logged in)\b[^.?!\n]{0,40}?\b(?:like|just like|same as|as)\s+the\s+rest\s+of\s+(?:the|our|my)\s+(?:crew|team|staff|office|company|employees|gang)\b/,
    // "a timesheet signed by your line manager", "report any absence to reception", "like regular staff"
    /\b(?:your|a|their)\s+(?:own\s+)?line\s+managers?\b/,
    /\b(?:notify|inform|tell|warn|report|flag|justify|declare)\s+(?:me\s+|us\s+|the team\s+|reception\s+|hr\s+)?(?:of\s+|about\s+)?(?:any|every|each|all|your)\s+(?:absence|absences|sick days?)\b(?!\s+of\b)/,
    /\b(?:like|same as|just as)\s+(?:(?:regular|other|permanent|salaried|in-house|normal|any other|our)\s+)?(?:staff|employees|staffers)\s*(?:do|would|are|[,.;!]|$)/m,
  ],
  unless: [
    /\bnot\s+(?:your|a|their)\s+(?:\w+\s+)?line\s+manager\b/,
    /\b(?:unlike|not like|unlike our|don'?t expect|doesn'?t apply|does not apply|except(?:ing)? contractors|contractors excluded)\b/,
  ],
  examples: {
    fires: [
      "You'll send a weekly timesheet signed off by your line manager.",
      'Please notify reception of any absence the day before.',
      'Suppliers swipe in at the gate just like the rest of our workforce.',
      'Freelancers sign the attendance register, like regular staff.',
      "You'll be handled like one of our staff: same hours, same leave.",
      'The Friday retro is for the whole team, freelancers included.',
      'Please follow the same rules as the rest of our staff.',
      'We require all freelancers to follow the office dress code and hours.',
      'External contributors are expected to join the Monday call.',
      'All contractors must attend the Friday town hall.',
      'Book your holidays through our HR portal.',
      "Answer the phone when I call, that's what we pay you for.",
      'You need to ask us before taking any days off.',
      'Please clear any time off with me beforehand.',
      "As you're part of the team now, please request your holidays through BambooHR.",
      "Ideally you'd be around for the whole workday, like the rest of the crew.",
    ],
    quiet: [
      "I'm not your line manager, so organise your week as you like.",
      'The absence of a reply from the printer worries me.',
      'Please tell us about any absence of the logo on the proofs.',
      'We love working with people like you.',
      'Staff like the new canteen a lot.',
      'Our staff keep the same hours and holidays as the shop.',
      'This policy does not apply to contractors.',
      'We love working with freelancers like you.',
      'The vendor list includes three printers.',
      'Let us know your holiday dates so we can plan around them.',
      'Join us for drinks on Friday like the rest of the team!',
    ],
  },
});
