import { sentOn } from '../../rule.ts';
import { atStakeRule } from '../shared/at-stake.ts';

/** A near date with the loss spelled out if it slips ("otherwise we lose the slot", "the launch hangs on it"). */
export default atStakeRule('en', {
  fires: sentOn(
    '2026-03-10T10:00:00+00:00',
    'The printer needs the files by Thursday noon, otherwise we lose our slot on the press.',
    'Could you get the plans to the council by tomorrow? If not, we miss the March committee.',
    "Our investor wants the model by Wednesday morning. We can't afford to lose this round, so please prioritise it.",
    'Please have the translation ready for Thursday; the whole tender hangs on it.',
    'We need the sign-off copy by Wednesday or we lose the ad space.',
    "I need the accounts filed by Thursday, failing that we'll get fined.",
    'The venue needs the floor plan tomorrow. Could you send it first thing? Everything depends on it.',
    'can u send the artwork by wednesday? otherwise we miss the print run',
  ),
  quiet: sentOn(
    '2026-03-10T10:00:00+00:00',
    'Please send the files by 30 April, otherwise we lose the early-bird discount.',
    'We lost the slot last year because the printer was late.',
    'Could you send it by Thursday? Otherwise no worries, Friday is fine.',
    'Could you join us on Thursday? Otherwise we will miss you at the tasting!',
    "We can't lose this client, so take your time and send the draft when it's right.",
    "If the parcel isn't here by Wednesday, we lose the deposit, but that's the courier's problem.",
  ),
});
