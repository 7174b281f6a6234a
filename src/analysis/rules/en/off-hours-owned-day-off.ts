import { sentOn } from '../../rule.ts';
import { ownedDayOffRule } from '../shared/owned-day-off.ts';

/** The sender owns that it is the reader's weekend, holiday or closure, and asks for work then. */
export default ownedDayOffRule({
  lang: 'en',
  cue: /saturday|sunday|weekend|holiday|day off|evening|night|closed|shut|closing/,
  patterns: [
    // "I realise it's your Sunday", "I appreciate it's the spring bank holiday", "I know today's a Saturday"
    /\b(?:i know|i realise|i realize|i appreciate|i understand|i'?m aware|i'?m conscious|i get|granted|yes)(?: that)?,? (?:it'?s|it is|it'?ll be|it will be|that'?s|that is|this is|today'?s|today is|tomorrow'?s|tomorrow is|we'?re on|it falls on|that falls on|this falls on)(?: a| the| your| a long| on a)?(?: [a-z]+)? (?:saturday|sunday|weekend|bank holiday|public holiday|holiday|holiday weekend|day off|evening|night)\b/,
    // "sorry to message on a Saturday", "apologies for bothering you this Sunday", "sorry to eat into your weekend"
    /\b(?:sorry|apologies|forgive me|excuse me|pardon me)(?: (?:to|for|about))? (?:[a-z']+ ){0,4}?(?:on a|on your|this|into your|over your|during your) (?:saturday|sunday|weekend|bank holiday|public holiday|holiday|day off|evening|night)\b/,
    // The reader's own closure known: "I know your studio is closed until the 6th", "I see you're shut next week".
    /\b(?:i know|i realise|i realize|i appreciate|i understand|i'?m aware|i see|i noticed|i saw)(?: that)?,? (?:you'?re|you are|you'?ll be|you will be|your (?:studio|office|shop|workshop|firm|agency|practice) (?:is|will be)) (?:closed|shut|closing)\b/,
  ],
  unless: [
    /\b(?:enjoy|have (?:a|an) (?:great|good|nice|lovely|restful|relaxing))\b/,
    // An invitation left free: "you'd be welcome to drop by, no obligation, I know it's your Saturday".
    /\b(?:no obligation|(?:very |more than |most )?welcome to (?:drop|come|pop|stop|swing|join)|only if you (?:want|fancy|feel like)|entirely up to you|no pressure at all)\b/,
  ],
  examples: {
    fires: sentOn(
      '2026-03-11T10:00:00+00:00',
      "The only date the hall has is Sunday 12 April at 9am. Could you meet me there? I realise it's your Sunday.",
      "I appreciate it's a bank holiday on Monday. Could you still run the induction that morning?",
      'Hi Tom, sorry to message on a Saturday. The checkout page is down. Could you take a look?',
      "I know it's a Sunday, but we need the slides in the deck before the board reads it.",
      'Apologies for bothering you this weekend. The printer rejected the file and we need a new PDF.',
      'I know your studio is closed until the 6th, but could you send over the logo files?',
      'Sorry to eat into your weekend. Can you check the booking form? Customers are getting errors.',
      "Yes, I know it's a holiday weekend. I'm asking you to keep an eye on the launch all the same.",
    ),
    quiet: sentOn(
      '2026-03-11T10:00:00+00:00',
      'Sorry to message on a Saturday! No rush at all, Monday is fine for the figures.',
      // An invitation left free, not work.
      "Our summer fair is on the 14th; you'd be welcome to come and see your banners, no obligation, I know it's a Saturday.",
      "Drop by the launch if you fancy it, only if you want to, I realise it's your Sunday.",
      "I know it's your weekend, so it's entirely up to you whether you pop in to see the mural unveiled.",
      "I know it's your weekend, so please look at it when you're back.",
      "I realise it's a Sunday. Could you send the invoice before you go on Friday?",
      "I know it's the bank holiday on Monday, enjoy it! Could you send me the draft this week?",
      "Sorry to message on a Sunday, I'm away all next week and wanted to say thank you.",
      'I know it was a Saturday job, thank you so much, the photos are stunning.',
      'Have a lovely bank holiday weekend, and thanks for the quick turnaround!',
      'Sorry to hear the workshop was closed on Sunday.',
    ),
  },
});
