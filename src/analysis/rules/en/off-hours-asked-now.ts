import { sentOn } from '../../rule.ts';
import { askedNowRule } from '../shared/asked-now.ts';

/** Sent on a day off or late at night, asking for the work right away. */
export default askedNowRule('en', {
  fires: [
    // Saturday 14 March 2026, Sunday 15 March, and a Tuesday at 22:30.
    ...sentOn(
      '2026-03-14T11:00:00+00:00',
      'The booking form is down again. Can you take a look right away?',
      'Could you jump on and fix the banner now? Customers are seeing the old prices.',
      'Please send me the signed-off logo files straight away.',
    ),
    ...sentOn(
      '2026-03-15T16:00:00+01:00',
      'A customer complaint is going viral, could you draft a reply in the next hour?',
      'pls upload the menu right now, we open in an hour',
    ),
    { text: 'The client is on the phone with me, can you send the deck now?', sentAt: '2026-03-10T22:30:00+00:00' },
  ],
  quiet: [
    ...sentOn(
      '2026-03-14T11:00:00+00:00',
      'The booking form is down again. No rush, Monday is fine.',
      "I'll send you the brief right away on Monday.",
      'Now that the launch is done, could you invoice us next week?',
      'Can you take a look when you are back on Monday? Not urgent.',
      'You must know the brand well by now, could you write the post next week?',
      'Gift cards for the holidays: click below to send one to a friend now.',
    ),
    { text: 'Can you take a look right away?', sentAt: '2026-03-10T11:00:00+00:00' },
    { text: 'We fixed it right away, thanks for the tip.', sentAt: '2026-03-10T22:30:00+00:00' },
  ],
});
