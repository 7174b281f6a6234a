import { sentOn } from '../../rule.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';

/** Asks for work while the freelancer is on announced leave. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/leave',
    category: 'off_hours',
    lang: 'en',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work during your announced time off.',
      fr: 'Vous demande de travailler pendant vos congés annoncés.',
    },
    cue: /day off|rest day|free day|holiday|vacation|leave|\bpto\b|break|trip|honeymoon|away|\boff\b|out of (?:the )?office|travell?ing|sabbatical|closed|shut|closing/,
    patterns: [
      /\b(?:while|when|whilst) (?:you'?re|you are|you'?ll be|you will be|ur) (?:on (?:holiday|vacation|leave|pto|break|your (?:trip|honeymoon|holiday|vacation))|away|off|out of (?:the )?office|travell?ing)\b/,
      /\b(?:during|on|over) your (?:holiday|holidays|vacation|leave|time off|pto|break|trip|honeymoon|days? off|annual leave|sabbatical)\b/,
      // The reader's own announced closure or time off, owned up to or recalled: "I know you're off until the 4th",
      // "you mentioned you're closed from the 23rd", "your out-of-office says you're away till January".
      /\b(?:i know|i realise|i realize|i understand|i'?m aware|i see|i saw|i noticed|i remember|even though|although|you (?:mentioned|said|told (?:me|us)|wrote|warned (?:me|us))|as you (?:said|mentioned)|your (?:out[- ]of[- ]office|auto-?reply|away message|email signature|website|site) (?:says|said|mentions))(?: that)?,? (?:you'?re|you are|you'?ll be|you will be|you'?d be|you would be) (?:on (?:holiday|vacation|leave|pto|break)|away|off|out of (?:the )?office|closed|shut|closing)\b/,
      // "I know you're taking a few days off for the wedding, but…"
      /\b(?:i know|i realise|i realize|i understand|i'?m aware|even though|although) (?:that )?(?:you'?re|you are|you'?ll be|you will be) (?:taking|having|off on) (?:\w+ ){0,3}?(?:days? off|time off|leave|a break|holidays?|vacation|a trip)\b/,
      /\b(?:use|using|spend|spending|sacrifice|give up)\s+(?:your|a|one of your)\s+(?:day off|days off|time off|rest day|vacation days?|holiday|leave days?|pto days?|free day)\b/,
    ],
    unless: [/\b(?:enjoy|have (?:a|an) (?:great|good|nice|lovely|amazing|wonderful))\b/],
    examples: {
      fires: [
        "I realise you're taking some time off next week, but could you join the Tuesday call?",
        "I realise you're on leave next week. Should a bug turn up, could you deal with it?",
        'Could you keep an eye on the inbox while you are away?',
        'Can you squeeze in the proofread during your time off?',
        'It would be great if you could use your day off to finish the deck.',
        "It's only an hour of work, you can do it on your day off, right?",
        // The reader's own closure recalled, and work asked inside it.
        "I know you're closed from the 20th, but could you send the final logo over the break?",
        "You mentioned you're off until the 6th. Would it be possible to get the index done before you're back?",
        "Your out-of-office says you're away till January, could you still look at the contract next week?",
        "As you said, you'll be closed over New Year; any chance you could squeeze in the banner anyway?",
      ],
      quiet: [
        // The leave owned up to, and everything put off until after it.
        ...sentOn(
          '2026-12-01T11:00:00-05:00',
          "You mentioned you're off from the 20th until the 3rd. The leaflets can wait until you're back, please enjoy the break.",
          "I know you're away from the 20th until the 3rd. Honestly there's nothing we need from you during those weeks.",
        ),
        "I'm on holiday next week, so let's speak after.",
        'Enjoy your vacation, we will pick this up when you are back.',
        "No need to check email while you're on leave.",
        "Enjoy your day off, we'll talk on Thursday.",
        "You mentioned you're closed from the 20th, so we'll send the brief in January.",
        "I know you're off until the 6th, we'll pick it up then.",
        "Your auto-reply says you're away this week, I'll wait for your return.",
      ],
    },
  }),
  2,
);
