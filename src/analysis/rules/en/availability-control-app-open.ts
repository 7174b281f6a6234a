import { phraseRule } from '../../phrase-rule.ts';

/*
 * The client's chat kept open on the freelancer's side as a standing state: a messaging app left open or running
 * ("keep Teams open on your phone"), staying logged into their channel, "you on Signal through the day", or the
 * freelancer answering their group until a late hour. reachability reads the same apps with a span ("all day");
 * here the app kept open is itself the demand, whatever follows it. The client's own habits and offers stay quiet.
 */
const APP = String.raw`(?:slack|discord|teams|whatsapp|signal|telegram|skype|messenger|google chat|mattermost|the chat|the group chat|the (?:#[\w-]+|slack|discord|teams|whatsapp) (?:channel|group|server))`;
const GROUP = String.raw`(?:group|group chat|chat|channel|server|inbox|hotline|helpline|line|discord|slack|whatsapp|teams)`;
const LATE = String.raw`(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d|midnight|late|closing|close|lights out)`;

export default phraseRule({
  id: 'availability-control/app-open',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Keeps you logged into their chat as a standing rule: a freelancer decides when they are reachable.',
    fr: 'Vous garde connecté à leur messagerie en permanence : un indépendant décide quand il est joignable.',
  },
  // Every pattern names an app, a chat, a group or what the phone shares, and keeps, stays or puts "you" on it.
  cue: /^(?=[\s\S]*?\b(?:slack|discord|teams|whatsapp|signal|telegram|skype|messenger|chat|channel|mattermost|group|server|inbox|hotline|helpline|line|dms|direct messages|notifications|location|gps|tracking|app)\b)[\s\S]*?\b(?:keep|keeping|stay|staying|remain|you)\b/,
  patterns: [
    // "keep Slack open on your phone", "keep Discord running with notifications on", "keep the support channel up"
    new RegExp(
      String.raw`\b(?:keep|keeping|leave|leaving)\s+(?:your\s+|the\s+|our\s+)?${APP}(?:\s+app)?\s+(?:open|running|up|live|on|switched on|turned on)\b`,
    ),
    // "keep your DMs open for the mods", "keep location sharing on", "keep the app open during shifts"
    /\bkeep\s+(?:your\s+|the\s+|our\s+)?(?:dms|direct messages|notifications|location sharing|(?:live\s+)?location|gps|tracking|(?:\w+\s+)?app)\s+(?:open|on|enabled|active|running|switched on|turned on)\b/,
    // "stay logged into the #qa channel", "remain signed in to our Discord server"
    new RegExp(
      String.raw`\b(?:stay|staying|remain|remaining|keep yourself)\s+(?:logged|signed|connected|plugged)\s+(?:in|on|into|in to|to)\s+(?:to\s+)?(?:the|our|my|their)\s+(?:#?[\w-]+\s+){0,2}?(?:channel|server|workspace|slack|discord|teams|whatsapp|chat|group)\b`,
    ),
    // "and you on Signal through the day", "you in the Discord all evening"
    new RegExp(
      String.raw`(?<!\bthank\s)\byou\s+(?:on|in)\s+(?:our\s+|the\s+)?(?:slack|discord|teams|whatsapp|signal|telegram|skype|chat|group chat)\s+(?:through(?:out)?\s+the\s+(?:working\s+)?(?:day|evening|night|weekend)|all\s+(?:day|evening|night|weekend)|the whole (?:day|evening|weekend)|around the clock|until|till)\b`,
    ),
    // "I need you answering the parents' chat up to 9pm", "we want you covering the inbox till midnight"
    new RegExp(
      String.raw`\b(?:need|needs|want|wants|expect|expects|require|requires)\s+you\s+(?:answering|covering|monitoring|watching|manning|handling|on|in)\s+(?:[\w']+\s+){0,3}?${GROUP}\b[^.?!\n]{0,30}?\b(?:up to|up until|until|till|til|through to)\s+${LATE}`,
    ),
  ],
  unless: [
    /\b(?:you can|you could|feel free|optional|if (?:you like|that helps|you want|you prefer|it helps)|no need|don'?t (?:need|have) to|welcome to)\b/,
    /\b(?:i|we|i'?ll|we'?ll|i will|we will|i always|we always|i usually|we usually)\s+(?:\w+\s+)?(?:keep|stay|leave|remain)\b/,
  ],
  examples: {
    fires: [
      'During the pilot, keep Teams open on your phone so we can flag problems.',
      'Please keep Discord running with notifications on until the raid event ends.',
      'keep the whatsapp app open pls, the drivers message a lot',
      'While the sale is live, stay logged into the #orders channel.',
      'Remain signed in to our Slack workspace whenever the campaign runs.',
      "From Monday I'd like the weekly review moved, and you on Signal through the day.",
      'I need you answering the parents’ group chat up to 9pm during term.',
      'Keep your DMs open with the moderators on show nights.',
      'keep location sharing on while you are at the venue pls',
      'Please keep the driver app running during your shifts.',
      'We want you covering the support inbox till midnight on launch days.',
      'Keeping the #bookings channel open on your side is part of the deal for the festival weeks.',
    ],
    quiet: [
      'I keep Slack open all day, so ping me whenever.',
      'We always leave the Teams channel open for suppliers.',
      'You can stay logged into our Slack if you like, totally optional.',
      "Thank you on Slack all day for the kind words, it's been lovely.",
      'Are you on WhatsApp? It would be easier for photos.',
      'Keep the app open source if you can, we like that.',
      'We keep the booking app open to the public on weekends.',
      'Please join our Slack channel so I can share the files.',
      'Keep the old channel names, they are fine.',
      "Let's keep the channel open for future projects.",
      'No need to keep Discord open over the weekend.',
    ],
  },
});
