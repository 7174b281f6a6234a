import { recurringSlotRule } from '../../deadlines/recurring-slot.ts';

/** A weekly or daily slot outside working hours: "every Thursday at 8pm", "each morning at 7am". */
export default recurringSlotRule('en', {
  fires: [
    'Could you join our planning call every Tuesday at 8:30pm?',
    'From next week please dial in to the sync each morning at 7am.',
    'We need you at the stall every Saturday at 10am while the market runs.',
    'The team syncs every Sunday evening at 8; please join.',
    // The hour first, the repeat after; a bulleted imperative asks too.
    '- join the 9pm stand-up each night until launch',
    'Could you run the 6am check-in every day during the sale?',
    'Please be on the 10:30pm call each evening next week.',
  ],
  quiet: [
    'Each Sunday at 6am the backup runs on its own; nobody has to be around.',
    'The 11pm backup runs each night without anyone, nothing to do on your side.',
    'Could you send the 10am summary every day?',
    'Could you join our planning call every Tuesday at 2pm?',
    'We meet every Friday at 7pm for drinks, nothing to do with work.',
    'Please send the report every Monday at 10.',
    'Every Saturday at 10am the newsletter goes out on its own, nobody needs to be online.',
    'Could you join the call every Wednesday evening at 6?',
  ],
});
