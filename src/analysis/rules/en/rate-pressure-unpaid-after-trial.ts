import { phraseRule } from '../../phrase-rule.ts';
import { UNPAID_TRIAL_REASON } from '../shared/rate-reasons.ts';
import { withSentenceCues } from '../shared/sentence-cues.ts';
import { TRIAL_WORDS } from './rate-pressure-unpaid-trial.ts';

/**
 * The trial asked in one sentence, its lack of pay said in the next with a pronoun for it: "we'd like a test
 * episode first. It won't be paid, but ...", "two sample pages, please. This bit is unpaid". The pronoun stands for
 * the work just named, so the trial word may sit in the sentence before (unpaid-trial needs both in one sentence).
 * A payment still to come ("it isn't paid yet", "not paid until the invoice") is an invoice's state, not a term.
 */
export default withSentenceCues(
  phraseRule({
    id: 'rate-pressure/unpaid-after-trial',
    category: 'rate_pressure',
    lang: 'en',
    confidence: 0.8,
    reason: UNPAID_TRIAL_REASON,
    cue: /\b(?:paid|unpaid|billable|remunerated|compensated)\b/,
    patterns: [
      /\b(?:it|this|that|(?:this|that|the) (?:part|bit|step|stage|round|one|piece|task|exercise|phase))(?:(?:\s+is|'s|\s+will|\s+would)\s+not|\s+(?:isn'?t|won'?t|wouldn'?t))\s+(?:be\s+)?(?:a\s+)?(?:paid|billable|remunerated|compensated)\b(?!\s+(?:for by|by|yet|until|till|before|in full|out|off|on time))|\b(?:it|this|that|(?:this|that|the) (?:part|bit|step|stage|round|one|piece|task|exercise|phase))(?:\s+is|'s|\s+will be|\s+would be)\s+(?:an?\s+)?unpaid\b/,
    ],
    unless: [/\b(?:yet|still|invoices?|overdue|late|bill)\b/],
    negatable: false,
    examples: {
      fires: [
        'Before we commit we would like one sample chapter. It is not paid, but it decides the contract.',
        'We ask every candidate for a test shoot. This part will not be paid, sorry.',
        'Please do a short pilot edit first. That bit is unpaid, the series after it is not.',
        'As a try-out, translate the landing page. It won’t be paid, it is how we choose.',
        'Step one is a pitch with two directions. This stage isn’t paid, only the winner goes on.',
        'We start with a trial week in the kitchen. It would not be remunerated.',
        'Our process includes a small test task for all three studios. The task is not billable.',
        'Could you send a sample article on our topic first? It’s not paid, just a way to compare.',
      ],
      quiet: [
        'Thanks for the trial week. It is not paid yet, the invoice went to accounts today.',
        'The pilot is done. It was paid last Friday, thank you.',
        'We loved the sample chapter. It will be paid on delivery like the rest.',
        'The test went well. This part is paid at your usual day rate.',
        'Here is the invoice for the pilot. It is not paid until finance signs it off.',
        'The trial edit is fine. It was not paid for by us but by the festival.',
        'We are sending the sample pages to print. This bit is the cover.',
        'Your last invoice is overdue. It is not paid, can you resend it?',
      ],
    },
  }),
  [TRIAL_WORDS],
  1,
);
