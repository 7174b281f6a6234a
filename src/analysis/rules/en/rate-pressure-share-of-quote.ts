import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/**
 * A ceiling put as a share of the freelancer's own price: "we can't go past 70% of your estimate", "two thirds
 * of the quote, no more". The limiting word is what makes it a cap; a deposit or a share merely described ("30% of
 * the quote on signing", "print is 40% of your quote") stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/share-of-quote',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  // The cap is said with a negation as often as not ("we can't go beyond"): the negation does not cancel it.
  negatable: false,
  cue: /(?:%|percent|per cent|thirds|quarters|half|\d\/\d) of (?:your|the|what)/,
  patterns: [
    /\b(?:(?:best|most) (?:we|i) can (?:do|offer|pay|manage)|(?:we|i) (?:can|could) (?:only )?offer(?: you)?|aim\w* (?:for|at)|thinking (?:of|about)|accept|take|something like|looking at|beyond|above|over|more than|exceed\w*|max(?:imum)?|only\s+(?:pay|offer|spend|afford|manage|do|stretch|go)|up to|stretch\w* to|(?:do|make) it for|at most|no more than|cap(?:ped)? at|limit(?:ed)? to|a ceiling of)\s+(?:\w+\s+){0,3}?(?:about\s+|around\s+|roughly\s+)?(?:\d{1,2}(?:[.,]\d)?\s?(?:%|percent|per cent)|(?:two|three) (?:thirds|quarters)|[1-9]\/[2-9]|half)\s+of\s+(?:your|the|what you)\s+(?:\w+\s+)?(?:quote|quoted|estimate|price|proposal|offer|fee|amount|asked|asking|figure|total)\b/,
    // the share asked as the price of the job: "could you do the logo at around 60% of your quote?", "is there a way
    // to get this done for half of your estimate?" (the ask is looked back for once the share is found)
    /\b(?:at|for)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|maybe\s+|just\s+|only\s+|say\s+)?(?:\d{1,2}(?:[.,]\d)?\s?(?:%|percent|per cent)|(?:two|three) (?:thirds|quarters)|[1-9]\/[2-9]|half)\s+of\s+(?:your|the|what you)\s+(?:\w+\s+)?(?:quote|quoted|estimate|price|proposal|offer|fee|rate|day rate|hourly rate|amount|asked|asking|figure|total)\b(?<=\b(?:(?:could|can|would|will)\s+(?:you|u|we)|any way|way to|possible|willing|open to|chance|consider\w*|accept|agree)\b[^.?!\n]{0,60})/,
  ],
  unless: [/\b(?:deposit|on signing|upfront|up front|in advance|on delivery|as agreed|now|the rest|the balance)\b/],
  examples: {
    fires: [
      'Could you do the logo at around 60% of your quote?',
      'We can offer roughly 65% of what you quoted.',
      'Is there any way to get this done at 50% of your fee?',
      'Could you deliver the first phase for about half of your estimate?',
      'Would you work at around 80% of your day rate this quarter?',
      'Would you accept something like 3/4 of the quote?',
      'The best we can do is 80% of your original quote.',
      "We're aiming for roughly half of what you quoted.",
      "We can't go beyond 75% of your estimate.",
      'We can only pay 80% of the quoted amount.',
      'Could you do it for 70% of your quote?',
      'Our budget stretches to about two thirds of your price.',
      'Max 60% of the estimate, sorry.',
      'Anything above 85% of your proposal is out of reach for us.',
    ],
    quiet: [
      'Could you send the invoice for 30% of the quote as the deposit?',
      'At around 60% of the way through, the video drags.',
      "We're at about 80% of the budget already.",
      'Could you invoice 50% of your fee now and the rest on delivery?',
      "We'll pay 30% of the quote as a deposit.",
      '50% of the estimate is due on signing, as agreed.',
      'Photography is about 40% of your quote.',
      'Only 20% of the quote is for printing, the rest is design.',
    ],
  },
});
