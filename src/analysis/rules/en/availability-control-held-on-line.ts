import { phraseRule } from '../../phrase-rule.ts';

/*
 * Being held on a line for a stretch, rather than reached now and then: kept on a call for a whole
 * morning, present on the client's own chat for their office hours, or made to show proof of progress
 * at a set hour every day. The general shape is "the freelancer + a channel (call, chat, photo) + a
 * span or a daily clock"; a one-off call, the client's own long call, or a photo of the finished work
 * has no span or no daily clock and stays quiet.
 */
const SPAN = String.raw`(?:(?:for\s+)?(?:all|the whole|the entire|the full|whole|full|throughout the)\s+(?:\w+\s+)?(?:morning|afternoon|day|evening|session|shift)|all day long|from\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|h)?\s+(?:till|until|til|to|through)\s+(?:lunch|noon|\d))`;
const YOU_ON = String.raw`\b(?:be|stay|remain|keep|(?:want|need|expect|like|require)s?\s+(?:you|u)|(?:make sure|ensure)\s+(?:that\s+)?(?:you'?re|you are|u r|ur))\b`;
/** A clock hour in digits or words: "by 5", "before 17:30", "at four o'clock". */
const HOUR = String.raw`(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:am|pm|h|o'clock)?`;
const CALL = String.raw`(?:(?:video|zoom|teams|meet|phone|conference|skype)\s+)?(?:line|phone|call|zoom|meet|meeting|session|room|teams call|hangout|video)`;
const CHAT = String.raw`(?:slack|teams|discord|chat|workspace|google chat|mattermost|whatsapp group|group chat)`;
const APP = String.raw`(?:whatsapp|signal|telegram|messenger|slack|teams|discord|(?:the |your )?(?:phone|mobile))`;
const PICTURE = String.raw`(?:photos?|pictures?|pics?|snaps?|snapshots?|screenshots?|screen ?shots?|screen captures?|selfies?)`;
const DAILY = String.raw`(?:(?:every|each)\s+(?:single\s+|working\s+)?(?:day|evening|night|morning|afternoon)|daily)`;

export default phraseRule({
  id: 'availability-control/held-on-line',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Keeps you on their line for hours or has you prove your progress on their clock: a freelancer organises their own day.',
    fr: 'Vous garde en ligne des heures ou vous fait prouver votre avancement à heure fixe : un indépendant organise lui-même sa journée.',
  },
  // Every pattern needs a channel word and a span, hours or daily word: both are looked for before any pattern runs.
  cue: new RegExp(
    String.raw`^(?=[\s\S]*?\b(?:line|phone|call|zoom|meet|meeting|hangout|video|whatsapp|signal|telegram|messenger|${CHAT}|${PICTURE})\b)[\s\S]*?\b(?:whole|entire|full|all (?:day|morning|afternoon|evening)|throughout|from \d|hours|is open|every|each|daily)\b`,
  ),
  patterns: [
    // A status shown online over a span: "your Teams status set to available all day", "Slack showing you as
    // active during office hours".
    /\byour\s+(?:\w+\s+)?(?:status|presence|dot|indicator)\b[^.?!\n]{0,30}?\b(?:green|active|available|online)\b[^.?!\n]{0,30}?\b(?:all day|the whole day|the entire day|throughout the day|during (?:office|business|working|our|the) (?:hours|day)|from \d)|\b(?:shows?|showing|has|keeps?|keeping)\s+you\s+(?:as\s+)?(?:available|online|active|green)\b[^.?!\n]{0,30}?\b(?:all day|the whole day|throughout the day|during (?:office|business|working|our|the) (?:hours|day)|from \d)/,
    // "stay on the phone with us the whole afternoon", "I'd like you on a video call for the entire morning"
    new RegExp(String.raw`${YOU_ON}[^.?!\n]{0,20}?\b(?:on|in)\s+(?:the|a|our)\s+${CALL}\b[^.?!\n]{0,40}?${SPAN}`),
    // "be on WhatsApp for the whole working day"
    new RegExp(String.raw`${YOU_ON}[^.?!\n]{0,20}?\b(?:on|via|by)\s+${APP}\b[^.?!\n]{0,20}?${SPAN}`),
    // "keep the Zoom open with us from 9 till lunch"
    new RegExp(
      String.raw`\bkeep\s+(?:the|a|our)\s+${CALL}\s+(?:\w+\s+)?(?:open|running|going|on)\b[^.?!\n]{0,40}?${SPAN}`,
    ),
    // "be on our Slack during Paris office hours", "logged into our Teams during our business hours"
    new RegExp(
      String.raw`${YOU_ON}[^.?!\n]{0,25}?\b(?:on|in|into|to)\s+(?:our|the company'?s?|the team'?s?)\s+(?:[\w-]+\s+)?${CHAT}\b[^.?!\n]{0,30}?(?:\b(?:during|throughout|through|within|in)\s+(?:our|the)\s+(?:\w+\s+){0,2}?hours|\b(?:during|throughout|within|in)\s+(?:[a-z]+\s+){1,2}?(?:office\s+|business\s+|working\s+|work\s+|core\s+)?hours|\b(?:office|business|working|core|opening)\s+hours|\b(?:from|between)\s+${HOUR}\s+(?:until|till|til|to|and)\s+${HOUR}|\b(?:when|while|whenever)\s+(?:our|the)\s+(?:office|shop|studio|team|store)\s+is\s+(?:open|in|working))\b`,
    ),
    // "send me a photo of how far you've got every evening before 6", "each day by 5pm a screenshot"
    new RegExp(
      String.raw`\b(?:send|give|post|drop|share|want|need|expect|like|email|text)\b[^.?!\n]{0,25}?\b${PICTURE}\b[^.?!\n]{0,50}?${DAILY}[^.?!\n]{0,20}?\b(?:by|before|at|until)\s+(?:${HOUR}|noon|midday|lunch|the end of)|\b${PICTURE}\b[^.?!\n]{0,50}?\b(?:by|before|at)\s+(?:${HOUR}|noon)\s+(?:\w+\s+)?(?:daily|every day|each day|every (?:evening|night|morning))`,
    ),
    new RegExp(
      String.raw`${DAILY}\s*,?\s+(?:by|before|at)\s+${HOUR}\b[^.?!\n]{0,40}?\b${PICTURE}\b|\b${PICTURE}\b[^.?!\n]{0,50}?${DAILY}\s+(?:before you (?:finish|stop|log off|leave|sign off))`,
    ),
  ],
  unless: [
    // An offer, not a demand: "you can be on our Slack during office hours if that helps".
    /\b(?:you can|you could|feel free|optional|if (?:you like|that helps|you want|you prefer|it helps)|no need|welcome to)\b/,
    /\b(?:are|is|get|gets|will be)\s+(?:\w+\s+)?(?:taken|shot|made|sent|posted)\b/,
    /\b(?:i'?ll|i will|we'?ll|we will|i'?m|we'?re|here is|here's|attached)\b[^.?!\n]{0,15}?\b(?:send|be|stay|keep|share|post|screenshot|photo)/,
  ],
  examples: {
    fires: [
      'Make sure your Teams shows you as available during office hours.',
      'Please keep your Slack status on active throughout the day.',
      'Please stay on the phone with us the whole afternoon while we test.',
      "I'd like you on a video call with the team for the entire morning tomorrow.",
      'We need you to remain on the line all day Thursday during the migration.',
      'Could you keep the Zoom open with us from 9 till lunch, every day this week?',
      'Keep the Teams call running with us all afternoon so we can ask as we go.',
      'Please make sure you are contactable via Telegram all day long.',
      'Post a picture of the shelves every morning before nine, please.',
      'Be on WhatsApp for the whole working day, we message a lot.',
      'Remain in the Meet room with the devs for the entire session, please.',
      'Be on our Slack during Paris office hours every day.',
      "We'd like you logged into our Teams during our business hours, Lyon time.",
      'Please be present on our Discord when our office is open, 9 to 6 CET.',
      'You should be on our Discord from 8:30 until 6 every day.',
      'Stay on our Slack workspace during New York hours, daily.',
      'you be online on our slack in our working hours (9-17 berlin)',
      'Please stay available on our in-store chat from 9 am to 5 pm on weekdays.',
      "Send me a photo of how far you've got every evening before 6.",
      'Each day by 5pm I want a screenshot showing where you are.',
      "I'd like a quick snap of the site at 4 o'clock daily so I see it moves.",
      'pls send me screen capture of your work each day before you finish',
    ],
    quiet: [
      'My Slack status is green all day if you need me.',
      'The webcam takes a picture every morning at 8 for the archive.',
      'The photos are taken every day by 5 by our site manager.',
      'Are you free for a call with us on Thursday afternoon?',
      'The call lasted the whole afternoon, thanks for your patience.',
      'I was on the phone all morning with the printer, sorry for the delay.',
      'Our team will be in meetings the entire morning.',
      "Send me a photo of the finished piece when it's ready.",
      'Here is a screenshot of the error I get every evening.',
      "I'll send you a photo of the site every week so you can plan.",
      "I'll invite you to our Slack so you can share files.",
      'Our Slack is quiet between 12 and 2, so post after that.',
      'I will keep the call open all afternoon, join whenever you like.',
      'You can be on our Slack during office hours if that helps, totally optional.',
      'Feel free to post in our Slack whenever it suits you.',
      "We'll be on our Slack during office hours if you have questions.",
      'Please join our Slack in the next two hours so I can add you to the channel.',
    ],
  },
});
