import { phraseRule } from '../../phrase-rule.ts';
import { UNPAID_TRIAL_REASON } from '../shared/rate-reasons.ts';
import { withSentenceCues } from '../shared/sentence-cues.ts';

/** Pitches and spec work are trials by another name, and a redone version refused payment is work kept unpaid. */
export const TRIAL_WORDS =
  /\b(?:trial|test|tests|pilot|sample|try-?out|try out|audition|probation|probationary|first (?:piece|article|job|task|week|day|post|assignment|episode|chapter)|selection (?:process|stage|step|round|phase)|(?:part|stage|step|round) of (?:the|our) selection|casting|pitch|pitches|pitching|on spec|spec work|(?:second|new|other|extra|revised) (?:version|draft|cut|round))\b/;

/**
 * An unpaid trial or test announced in passing: a no-pay cue ("unpaid", "no fee", "without pay", "free") in the
 * same sentence as a trial word ("the trial is unpaid", "no fee since it's a test", "a free pilot week").
 */
export default withSentenceCues(
  phraseRule({
    id: 'rate-pressure/unpaid-trial',
    category: 'rate_pressure',
    lang: 'en',
    confidence: 0.8,
    reason: UNPAID_TRIAL_REASON,
    cue: /unpaid|or pay|not a paid|voluntary|volunteer|unremunerated|uncompensated|not remunerated|not compensated|(?:n'?t|not) (?:be )?pay|no (?:fee|pay|payment|charge|money|invoice)|(?:be|n't|not) any (?:fee|pay|payment)|without (?:any )?(?:pay|payment|a fee|charge|compensation|cost)|free|not (?:be )?paid|won'?t be paid|isn'?t paid|not billable/,
    patterns: [
      /\b(?:(?:not|isn'?t|n'?t) a paid (?:one|test|trial|sample|piece|task|job)|(?:on a |as a )?(?:voluntary|volunteer) basis|as a volunteer|unpaid|unremunerated|uncompensated|not (?:be )?(?:remunerated|compensated)|(?:won'?t|will not|aren'?t|are not|don'?t|do not|not) (?:be )?(?:\w+ or )?pay(?:ing)? (?:you )?(?:for|anything)|(?:no|(?:won'?t|will not|isn'?t|is not|wouldn'?t|would not) be any|not any) (?:fee|pay|payment|charge|money|invoice|compensation)|without (?:any\s+)?(?:pay|payment|a fee|charge|compensation|cost)|for free(?!\s+[a-z]+s\b)|free of charge|(?:is|be|are|was|stays?|remains?) (?:\w+\s+)?free|free (?:test|trial|pilot|sample|try-?out|week|day|article|episode|run)|(?:not|n't) (?:be )?(?:paid|billable|invoiced)|won'?t be (?:paid|billable|invoiced))\b/,
    ],
    unless: [
      /\b(?:trial version|free trial of|sign up|subscription|subscribe|app|software|licen[cs]e|plan|account|paid (?:test|trial|pilot|sample)|(?:test|trial|pilot) is paid|at your (?:usual|normal|full|standard) rate|feel free|free to|free (?:on|at|this|next|tomorrow|today|for (?:a|an|the))|(?:are you|you are|you'?re|if you'?re|you'?d be) free|invoice us|parking|shipping|delivery|test prints?|print test|shop|store|paid for by|tool|emails?|accounts?|servers?|staging|load tests?|unit tests?|test suite)\b/,
    ],
    negatable: false,
    examples: {
      fires: [
        'Naturally the test week is unpaid, it is how we pick people.',
        'No fee for this one, since it is a trial.',
        'The pilot episode would be free, then we talk about a rate.',
        'We start with a free sample article so we can judge your style.',
        'The trial day will not be paid, but lunch is on us.',
        'Try-out first: no payment until we know it works.',
        'It is just a test, so we would do it without any compensation.',
        'Since this is a trial run, it is not billable.',
        'During the probation month there will not be any payment.',
        'Since it is a try-out, we will not be paying for the first two posts.',
        'Test pieces are uncompensated for every candidate.',
        'Being only a test assignment, it would come without cost for us.',
        'The written exercise is not remunerated, as it is one stage of our selection process.',
        'The first week is a trial, so we do not invoice or pay for it.',
        'We need a sample chapter first, it is not a paid one.',
        'New writers do their first test piece on a voluntary basis.',
        'As a rule we do not pay for pitches, only for the campaign we pick.',
        "We won't be paying for the second version, the first one missed the brief.",
      ],
      quiet: [
        'The pitch went well and the client will pay the fee next week.',
        'Your second version is lovely; please invoice it with the rest.',
        'The paid trial is two days at your usual rate.',
        'Our selection process takes about three weeks, we will keep you posted.',
        'We can run the load test without cost on the staging server.',
        'Feel free to test the new menu before Friday.',
        'The test print was free of charge at the shop, lucky us.',
        'Our free trial of the app ends next week.',
        'The trial went well, please invoice us for it.',
        'Are you free for a test call on Thursday?',
        'A test email went out, but it never reaches free accounts.',
        'The first test was not paid for by us but by the sponsor.',
      ],
    },
  }),
  [TRIAL_WORDS],
);
