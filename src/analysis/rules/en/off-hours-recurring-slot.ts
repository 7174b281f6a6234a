import { recurringSlotRule } from '../../deadlines/recurring-slot.ts';

/** A weekly or daily slot outside working hours: "every Thursday at 8pm", "each morning at 7am". */
export default recurringSlotRule('en', {
  fires: [
    'Could you join our planning call every Tuesday at 8:30pm?',
    'From next week please dial in to the sync each morning at 7am.',
  ],
  quiet: [
    'Each Sunday at 6am the backup runs on its own; nobody has to be around.',
    'Could you join our planning call every Tuesday at 2pm?',
    'We meet every Friday at 7pm for drinks, nothing to do with work.',
    'Please send the report every Monday at 10.',
  ],
});
