import { phraseRule } from '../../phrase-rule.ts';

const CALENDAR = String.raw`(?:(?:google|outlook|work|shared|icloud)\s+)?(?:calendar|calendars|diary|agenda|schedule)`;
const SLOTS = String.raw`(?:calendar|diary|schedule|agenda|mornings|afternoons|evenings|days|(?:monday|tuesday|wednesday|thursday|friday)s?|weekdays|week)`;

/** Takes over the freelancer's diary: edit access to their calendar, booking them whenever, days blocked for the client. */
export default phraseRule({
  id: 'availability-control/calendar-control',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Wants to run your calendar: a client books time with you, they do not manage your diary.',
    fr: 'Veut gérer votre agenda : un client vous demande un créneau, il ne dispose pas de votre emploi du temps.',
  },
  cue: /\b(?:calendar|diary|agenda|schedule|book|slot|block|keep|reserve|hold)/,
  patterns: [
    // "put your working hours for us in our shared calendar each week"
    /\b(?:put|add|enter|block|log|mark)\s+(?:your\s+)?(?:working\s+|work\s+)?(?:hours|time|availability)\b[^.?!\n]{0,30}?\b(?:in|into|on)\s+(?:our|the)\s+(?:shared\s+|team\s+)?(?:calendar|agenda|planner|diary)\b/,
    // "block your days according to our schedule", "plan your weeks around our calendar"
    /\b(?:block|organi[sz]e|arrange|plan|align|fit|set)\s+(?:your|ur)\s+(?:days|weeks|calendar|diary|agenda|schedule|time|hours)\s+(?:\w+\s+){0,2}?(?:according to|around|to match|in line with|based on|following)\s+(?:our|my|the team'?s|the client'?s)\s+(?:\w+\s+)?(?:schedule|calendar|planning|plan|rota|timetable|needs|availability)\b/,
    // "share your Google Calendar with me (edit access)", "give us edit rights to your diary"
    new RegExp(
      String.raw`\bshare\s+(?:your|ur)\s+${CALENDAR}\s+(?:with\s+(?:me|us|the team)\s*)?[^.?!\n]{0,25}?\b(?:edit|editing|write|full|admin|owner|modify)\s*(?:access|rights|permissions?|mode)\b`,
    ),
    new RegExp(
      String.raw`\b(?:edit|editing|write|full|admin|owner)\s+(?:access|rights|permissions?)\s+(?:to|on|for)\s+(?:your|ur)\s+${CALENDAR}\b`,
    ),
    // "book you into calls whenever I need you", "put meetings in your calendar without asking"
    /\b(?:book|schedule|put|slot|drop|add|throw|pencil|invite)\s+(?:you\s+)?(?:in|into|on|for)?\s*(?:\w+\s+)?(?:calls|meetings|sessions|slots|time|stuff|things)\s+(?:\w+\s+){0,3}?(?:(?:whenever|any ?time|as and when|each time|every time)\s+(?:i|we|the team)\s+(?:need|want|like|see fit)|as (?:needed|required)\b|when(?:ever)? needed\b)/,
    /\b(?:book|schedule|put|slot|drop|add)\s+(?:you|meetings|calls|time|things)\s+(?:\w+\s+){0,4}?(?:without\s+(?:asking|checking(?:\s+with)?|running it by)\s+you|directly in(?:to)? your\s+(?:calendar|diary))/,
    // "block out every afternoon for us", "keep your Tuesdays free for us until March"
    new RegExp(
      String.raw`\b(?:block|block out|reserve|hold|keep|set aside|clear)\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:your\s+)?${SLOTS}\s+(?:\w+\s+){0,3}?(?:free\s+|clear\s+|open\s+)?for\s+(?:us|me|our\b)`,
    ),
    // "share your calendar with me so I can book your time directly", "open your diary to us so we can grab slots ourselves"
    new RegExp(
      String.raw`\b(?:share|open|send|give (?:me|us))\s+(?:your|ur)\s+${CALENDAR}\b[^.?!\n]{0,40}?\bso\s+(?:that\s+)?(?:i|we|they|he|she|the team|(?:our|my) (?:[\w-]+ )?(?:team|office|assistant|staff|partners))\s+can\s+(?:book|schedule|block|reserve|grab|take|slot)\s+(?:(?:your|ur)\s+(?:time|hours|days|mornings|afternoons|slots)|you\b[^.?!\n]{0,20}?\b(?:directly|myself|ourselves|whenever)|(?:time|slots)\b[^.?!\n]{0,20}?\b(?:directly|myself|ourselves|whenever))`,
    ),
    new RegExp(
      String.raw`\baccess\s+(?:to|on)\s+(?:your|ur)\s+${CALENDAR}\b[^.?!\n]{0,40}?\bso\s+(?:that\s+)?(?:i|we)\s+can\s+(?:book|schedule|put|slot|block|reserve|add)\b`,
    ),
    // "give me access to your calendar and I'll book our sessions as I see fit"
    new RegExp(
      String.raw`\b(?:access to|add me to|share|open|(?:send|give|grant) (?:me|us))\s+(?:your|ur)\s+${CALENDAR}\b[^.?!\n]{0,60}?\b(?:book|put|drop|place|schedule|slot|add|pencil|throw|set|arrange|plan|fix)\b[^.?!\n]{0,40}?\b(?:as (?:i|we) see fit|when(?:ever)? (?:it )?suits (?:me|us)|whenever (?:i|we)\b|when (?:i|we) (?:want|like|need|feel like)|at will|at (?:my|our) (?:convenience|discretion)|without (?:asking|checking)|no need to (?:ask|check))`,
    ),
    // "keep your shared calendar up to date so I can see what you are working on at any time": a window on your day.
    new RegExp(
      String.raw`\b${CALENDAR}\b[^.?!\n]{0,60}?\bso\s+(?:that\s+)?(?:i|we|they|the team)\s+(?:can\s+)?(?:always\s+)?(?:see|know|check)\s+(?:at any (?:time|moment)\s+|live\s+)?what\s+you(?:'re| are)\s+(?:working on|doing|busy with)\b`,
    ),
    // "I will add meetings to your calendar directly whenever I need you"
    new RegExp(
      String.raw`\b(?:put|drop|book|add|slot|schedule|throw|pencil)\s+(?:\w+\s+){0,2}?(?:meetings|calls|sessions|slots|things|stuff|appointments|catch-?ups|check-?ins)\s+(?:to|in|into|on)\s+(?:your|ur)\s+${CALENDAR}\s+(?:\w+\s+){0,2}?(?:directly|whenever|as and when|as (?:i|we) see fit|when(?:ever)? (?:i|we) (?:need|want|like))`,
    ),
    // "I want to be able to block time in your diary whenever I need it"
    new RegExp(
      String.raw`\b(?:block|book|put|grab|take|reserve|hold)\s+(?:\w+\s+)?(?:time|slots|hours|days|mornings|afternoons)\s+(?:in|on|into)\s+(?:your|ur)\s+${CALENDAR}\b[^.?!\n]{0,30}?\b(?:whenever|when(?:ever)? (?:i|we) (?:need|want|like)|as (?:i|we) see fit|at will|without asking)`,
    ),
    // "I'll just put meetings straight into your calendar"
    new RegExp(
      String.raw`\b(?:put|drop|book|add|slot|schedule|throw|pencil)\s+(?:\w+\s+){0,2}?(?:meetings|calls|sessions|slots|things|stuff|appointments|catch-?ups|check-?ins)\s+(?:\w+\s+){0,2}?(?:straight|directly|right)\s+(?:in|into|on)\s+(?:your|ur)\s+${CALENDAR}`,
    ),
  ],
  unless: [/\b(?:i'?ll|i will|we'?ll|we will|i'?ve|we'?ve)\s+(?:share|block|keep|reserve|hold)\b/],
  examples: {
    fires: [
      'Please share your Outlook calendar with our bookings team so they can book your time directly.',
      'Keep your shared calendar current so that I can see at any time what you are working on.',
      'Send me your calendar access so I can drop our catch-ups in when it suits me.',
      'Block every Wednesday for us until the end of the project.',
      'Every Monday, please block your hours for us in the team calendar.',
      'Please plan your weeks around our production calendar from now on.',
      'Can you share your Outlook calendar with us, with edit rights?',
      'Please give me full access to your work diary.',
      'Give me access to your diary and I will set our sessions as I see fit.',
      'Add me to your Outlook calendar so I can put coaching slots in whenever I like.',
      'I will just drop calls directly into your calendar, no need to ask.',
      'We will book sessions in your diary whenever we need you.',
      'I want to be able to grab slots in your calendar as I see fit.',
      'That way I can schedule you into meetings whenever we need.',
      "I'll just add calls directly in your calendar from now on.",
      'Please block out all your afternoons for our team until Easter.',
      'Could you keep your Tuesdays free for us this quarter?',
      'Please keep your calendar open for us on Mondays and Thursdays.',
      'Keep your mornings free for our ad-hoc requests.',
      'Give me access to your calendar so I can book you directly.',
      "Just accept the invites, I'll drop meetings into your calendar as needed.",
      'Open your diary to us so we can reserve your afternoons as projects come in.',
      'Could you share your Google calendar so I can grab slots myself?',
    ],
    quiet: [
      'Share your calendar with our assistant so she can find a slot for the kickoff next week.',
      "I've shared our team calendar so you can see what we're working on.",
      'We will plan our weeks around your availability, just tell us.',
      'Could you send me a link to book a call next week?',
      "I've shared my calendar with you so you can pick a slot.",
      'Can you share the schedule for the photo shoot?',
      'Book a slot whenever suits you best.',
      'Could you share your calendar so we can find a time for the kick-off?',
      "We'll keep Friday afternoon free for the launch review.",
      "Keep your calendar free for the launch party on the 12th, it'll be fun!",
    ],
  },
});
