import { phraseRule } from '../../phrase-rule.ts';
import { REASSURANCE } from './urgency-urgent.ts';

/** An agreed date pulled earlier: "moved up", "bring forward", "prepone", "I know we said Thursday". */
export default phraseRule({
  id: 'urgency/pulled-in',
  category: 'urgency',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Pulls an agreed deadline earlier: the work you planned for has less time than you quoted for.',
    fr: 'Avance une échéance convenue : le travail prévu dispose de moins de temps que dans votre devis.',
  },
  cue: /\bup\b|rather than|halv|cuts?\b|cutting|shorten|squeez|compress|forward|prepone|earlier than|i know we|instead of|as (?:planned|agreed|scheduled)|not (?:next|the following)|i know|i reali|i'?m aware|i appreciate|i understand|planned|scheduled|pencil|originally|initially|forward/,
  patterns: [
    /\b(?:moved?|moving|bumped?|pushed) (?:it |this |that |the \w+ |everything |things |our \w+ )?up(?! to (?:date|speed))\b(?! (?:a (?:notch|level|gear)|the (?:ladder|page|list)))/,
    /\b(?:bring|brought|bringing|pull|pulled|pulling) (?:it |this |that |(?:the|our|my|their|your|his|her) \w+ (?:date |deadline |meeting |review )?|everything |things )?forward\b/,
    /\b(?:prepone[ds]?|preponing)\b/,
    /\bearlier than (?:planned|agreed|we (?:said|agreed|discussed|planned)|scheduled|expected|quoted)\b/,
    /\bi know we (?:said|agreed(?: on)?|had|planned(?: for)?) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|next week|the \d{1,2}(?:st|nd|rd|th)?|end of (?:the )?(?:week|month))\b/,
    /\binstead of (?:next |this (?!week\b|month\b))?(?:monday|tuesday|wednesday|thursday|friday|week|month|the \d{1,2}(?:st|nd|rd|th)?)\b/,
    // A later part of a month named as the old date: "on Friday instead of the end of July", "rather than mid-August".
    /\b(?:instead of|rather than) (?:the )?(?:end of|late|early|mid-?|beginning of|start of) ?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/,
    // The old date a period end: "by next Friday instead of the end of the month", "rather than the close of the quarter".
    /\b(?:instead of|rather than) (?:the )?(?:end|close|back end) of (?:the |this )?(?:week|month|quarter|term|sprint)\b/,
    // The new date, then the planned one struck out: "on Thursday, not next Tuesday as planned", "Friday and not the 20th as agreed".
    /\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|this week|the \d{1,2}(?:st|nd|rd|th)?)\b,? (?:and )?not (?:(?:next|the following) (?:monday|tuesday|wednesday|thursday|friday|week|month)\b|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|the \d{1,2}(?:st|nd|rd|th)?|next week|the end of (?:the )?(?:week|month)) as (?:planned|agreed|scheduled|discussed|we said|quoted)\b)/,
    // "by Wednesday rather than next week", "that roughly halves the time you had"; "rather than this month" moves later.
    /\brather than (?:next |this (?!week\b|month\b)|the following )?(?:monday|tuesday|wednesday|thursday|friday|week|month|the \d{1,2}(?:st|nd|rd|th)?|the end of (?:the )?(?:week|month))\b/,
    /\b(?:halves|halved|halving|cuts?|cutting|shortens?|shortened|squeezes?|squeezed|compresses?|compressed)\s+(?:\w+\s+)?(?:the|your)\s+(?:time|timeline|turnaround|window|lead time|runway|schedule)\s+(?:you(?:'d| had| have)|we (?:agreed|planned|gave you|had)|in half|by half)\b/,
    // A launch or shoot moved forward: "we've bumped the launch forward a couple of weeks".
    /\b(?:bump|bumped|bumping|move|moved|moving) (?:the|our|their) (?:launch|date|deadline|release|go-?live|shoot|event|opening|delivery|hand-?over|presentation|pitch|review|premiere|board meeting) (?:date )?forward\b/,
    // The agreed or quoted timeline owned, then set aside: "I know you said three weeks, but could we have it Friday?"
    /\b(?:i know|i reali[sz]e|i'?m aware|i appreciate|i understand)(?: that)? (?:the (?:agreed|usual|normal|quoted|standard|original|planned) (?:turn-?around|delivery(?: date)?|deadline|timeline|time ?frame|lead time|schedule|date)|you (?:said|quoted|mentioned|told (?:me|us)|estimated)|we (?:agreed|said|planned))\b[^.!?\n]{0,50}?\b(?:(?:\d+|one|two|three|four|five|six|a couple of|a few)(?:[- ](?:to|or)[- ]\w+)? (?:working |business )?(?:weeks?|days?|months?)|(?:early|mid|late|the end of|end of) (?:the month|next month|(?:january|february|march|april|may|june|july|august|september|october|november|december))|\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|next (?:week|month))\b[^.!?\n]{0,60}?\bbut\b/,
    // Work planned for later now due within days: "the banners we'd planned for the end of the month now need to go out Monday".
    /\b(?:planned|scheduled|pencil+ed in|booked|due) for (?:the end of (?:the |this )?month|next month|next week|later|the \d{1,2}(?:st|nd|rd|th)?|(?:early|mid|late|the end of) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b[^.!?\n]{0,50}?\b(?:need|needs|has to|have to|must)\b[^.!?\n]{0,40}?\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|this week)\b/,
  ],
  unless: [
    REASSURANCE,
    /\b(?:take (?:longer|as long)|push(?:ed)? back|postpone[ds]?|delay(?:ed)?|later|pushed out|more time|extra time|extension)\b/,
    /\b(?:meet|meeting|call|chat|catch[- ]up|lunch|coffee)\b[^.!?\n]{0,30}\b(?:instead of|rather than)\b/,
    // A date that moves the client's payment is late payment, not a rush on the work.
    /\b(?:paid|pay|payment|invoices?|settled?|remittance|deposit|balance|instal+ments?)\b/,
  ],
  examples: {
    fires: [
      'Regulatory moved the submission up, so we need it sooner.',
      'Can we prepone the handover to this Wednesday itself?',
      'I know we agreed Friday for the report, but could you get it to me Tuesday?',
      'The client brought the launch forward by a week.',
      'The board pulled our pitch forward to Thursday morning.',
      'Could you deliver on Wednesday instead of Friday?',
      'We really need the update out on Friday instead of end of July.',
      'Could you have the catalogue ready next week rather than mid-August?',
      'Could we have it on Monday rather than the 14th?',
      'I know this cuts your turnaround in half, sorry.',
      'The shop opens early, so we would need the shelves by next Wednesday instead of the end of the month.',
      'They want the final cut for the board on Friday, not next Thursday as planned.',
      'Can we have the audit pack tomorrow, and not the 20th as agreed?',
      'Please plan for Tuesday, not the following Monday.',
      'The stock came in early so we moved the launch forward by ten days; can you shoot on Wednesday?',
      'I realise the agreed turnaround is four weeks, but could a first batch reach us by Friday?',
      'I know you said early June when we spoke, but is there any way to have it next Tuesday?',
      'I know you quoted two to three weeks, but the fair is on Thursday, could you manage Wednesday?',
      'The flyers we had planned for the end of the month now need to go to print tomorrow.',
    ],
    quiet: [
      'The launch was pushed back, so Thursday is fine.',
      "Let's meet on Tuesday instead of Monday.",
      "We'll launch in late September instead of early September, so no rush.",
      'The deposit will land at the start of May instead of the end of April.',
      'Could you bring the files with you to the shoot?',
      'Keep us up to date on the progress.',
      "Let's meet on Tuesday rather than Monday, if that suits.",
      'The new template cuts the time we spend on reports.',
      "Rather than this month, we'd like to start the redesign after the summer.",
      'Instead of this week, could we aim for the second half of May?',
      'The deposit will be paid on the 30th instead of Monday.',
      'The deposit lands at the start of next month instead of the end of this month.',
      "Friday, not Monday as planned, is when we'll pay your invoice.",
      'Take until next week instead of the end of this week, we have delayed the launch.',
      'I know you said two weeks, but take longer if the photos need it.',
      "I realise the hand-over date we agreed is 12 May, but could you send the invoice now so it's in this year's budget?",
      'We are moving forward with the new brand this spring.',
      'The workshop is planned for next month and nobody needs anything before then.',
    ],
  },
});
