import { phraseRule } from '../../phrase-rule.ts';
import { PAY_LATER_REASON } from '../shared/pay-later.ts';

/** Paying, in any form: the verb the later moment hangs on. */
const PAY = String.raw`(?:pay|pays|paid|paying|payment|settle|settled|settling|clear|transfer|wire|release|released)`;

/** A moment after the agreed one: after an event, a month, "later", "next quarter". */
const LATER = String.raw`(?:after|once|when|until|till|by the end of|at the end of|next (?:month|year|quarter|season)|later|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:new year|spring|summer|autumn|fall|winter)|(?:a few|two|three|four|six|\d+) (?:weeks|months)))`;

/** The deposit or advance the freelancer asked before starting. */
const ADVANCE = String.raw`(?:deposit|advance|down ?payment|up-?front payment|payment up-?front|first instal?lment|retainer)`;

/** The freelancer's work being done: the moment a deposit is traded for. */
const DONE = String.raw`(?:delivery|completion|handover|install\w*|fitting|the end|finish\w*|launch|(?:is|are) (?:done|finished|over|installed|fitted|built|completed?|delivered|in place))`;

/**
 * Payment pushed past the agreed moment or tied to something that is not the freelancer's work: a later moment
 * swapped in ("could we pay it after the wedding instead?", "settle it next month rather than now"), the agreed
 * deposit traded for payment on delivery ("rather than the deposit, could we pay everything on completion"), the
 * balance held for a trial of the work ("once we've used them for sixty days"), or the pay waiting for a third
 * party's money ("paid in March once the investor's tranche lands"). Paying sooner, a card instead of a transfer and
 * the freelancer's own invoice arriving stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/pay-later',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: PAY_LATER_REASON,
  // every pattern needs a payment word and a swap, a trial of the work or a third party's money arriving
  cue: /^(?=[^]*\b(?:pay|paid|settl|clear|transfer|wire|releas))[^]*\b(?:instead|rather than|trial|period\b|(?:days?|weeks?|months?|fortnight|season|quarter)\b|through|(?:comes?|came) in\b|arriv|lands?\b|landed|clear(?:s|ed)\b|is released|grant|funding|subsidy|award|sponsorship)/,
  patterns: [
    // "could we settle it after the house move instead", "settle the balance in the new year rather than now"
    new RegExp(
      String.raw`\b${PAY}\b(?:\s+(?:you|it|this|that|them|everything|in full|off|the (?:whole|full|entire) (?:thing|amount|sum|fee|invoice|bill)|the (?:second|other|last|final) (?:half|part|payment|instal?lment|tranche)|the (?:balance|rest|remainder|invoice|fee|bill|total|last (?:\w+ )?instal?lment|final (?:\w+ )?(?:payment|instal?lment)))){0,2}\s+(?:\w+\s+){0,2}?${LATER}\b[^.?!\n]{0,50}?\b(?:instead|rather than)\b(?!\s+(?:wait|later|in (?:a|two|three|\d+)))`,
    ),
    // "rather than the 30% deposit, could we pay everything on delivery", and the same the other way round
    new RegExp(
      String.raw`\b(?:instead of|rather than)\s+(?:paying\s+)?(?:the|a|an|your)\s+(?:\d+\s?%\s+)?(?:usual\s+)?${ADVANCE}\b[^.?!\n]{0,60}?\b${PAY}\b[^.?!\n]{0,40}?\b(?:after|on|upon|once|at|when)\s+(?:\w+\s+){0,2}?${DONE}`,
    ),
    new RegExp(
      String.raw`\b${PAY}\s+(?:\w+\s+){0,4}?(?:after|on|upon|once)\s+(?:\w+\s+)?${DONE}\b[^.?!\n]{0,40}?\b(?:instead of|rather than)\s+(?:paying\s+)?(?:the|a|an|any)\s+(?:\d+\s?%\s+)?${ADVANCE}`,
    ),
    // "the remainder once we've lived with the cabinets for two months", "after a 60-day trial period"
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\b(?:once|after|when|until|till)\s+(?:[^.?!\n]{0,40}?\band\s+)?(?:we|i|they|our \w+)(?:'ve| have| has|'d| had)?\s+(?:had|used|tested|tried|lived with|trialled|trialed|run|been using|seen)\b[^.?!\n]{0,40}?\b(?:(?:\d+|a few|a couple of|two|three|four|six|thirty|sixty|ninety)\s+(?:days|weeks|months)|(?:a|one|a full)\s+(?:week|month|fortnight|season|quarter))\b`,
    ),
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\bafter\s+(?:a|an|the|our)\s+(?:\w+[- ](?:day|week|month)\s+)?(?:trial|test|testing|probation|evaluation|try-out)\s+period\b`,
    ),
    // "we'd cover your fee out of the grant, if and when it is awarded"
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,40}?\b(?:out of|from)\s+(?:the|our)\s+(?:\w+\s+){0,2}?(?:grant|funding|subsidy|prize money|award|sponsorship)\b[^.?!\n]{0,30}?\b(?:if|when|once|as soon as)\b`,
    ),
    // "your fee goes out in spring once the investor's tranche arrives", "when our grant lands"
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\b(?:once|when|after|until|till|as soon as)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+)?(?:[\w']+\s+){0,3}?(?:milestone|milestone payment|funding|funds|money|cash|grant|subsidy|sponsor(?:ship)?|investment|loan|cheque|check|tranche|settlement|insurance|payout|royalties|advance)\s+(?:\w+\s+)?(?:comes? (?:in|through)|came (?:in|through)|arrives?|arrived|lands?|landed|clears?|cleared|is released|gets? released|goes through|has come (?:in|through))\b`,
    ),
  ],
  unless: [
    // paying sooner than planned is no pressure: "could we pay now rather than wait for the month-end run"
    /\b(?:sooner|earlier|straight away|right away|immediately|(?:rather than|instead of) wait\w*)\b/,
    // a payment already made, told as news
    /(?<!\bif )\b(?:(?:we|i) (?:paid|settled|transferred|wired|released)|(?:was|were|has been|have been|is already|are already) (?:paid|settled|transferred|wired))\b/,
  ],
  examples: {
    fires: [
      'Is it alright if we pay you after the move instead, around the end of June?',
      'Could we settle the balance in the new year rather than before the show?',
      'Is it alright to pay the last instalment once the baby arrives instead of this month?',
      'Rather than the 40% deposit, could we pay the full amount on delivery?',
      'We would like to pay the second half after the opening instead of on delivery.',
      'We will pay you once we have had the shop system running for a month without problems.',
      'Instead of the usual deposit we would pay you everything when the kitchen is finished.',
      'We would rather pay it all upon completion instead of a deposit.',
      "We'll settle the remaining half once we've used the shelving for sixty days.",
      'The last third gets paid once the chairs are in and we have tried them for a few weeks.',
      'Payment of the balance will follow after a 60-day evaluation period, as with every new vendor.',
      "Your fee would be paid in March once the investor's tranche comes in.",
      'We can release your payment when our sponsorship money lands, probably in the autumn.',
      'We would pay you from the arts council grant itself, if we get it.',
    ],
    quiet: [
      'Could we pay by card instead of bank transfer?',
      'We can pay now rather than wait for the month-end run, if that helps.',
      "We'll pay the deposit as soon as your invoice comes in.",
      'We paid the balance after delivery, as agreed in the quote.',
      'I will pay in euros instead of pounds if that is easier for you.',
      'After the trial period the software costs 20 a month, which we pay.',
      'Once the funding arrives we plan to hire two more people.',
      'We pay your fee from the grant we received last spring.',
      'Rather than the deposit, could you send us the signed contract first?',
      'We paid last week, once the cheque cleared on our side.',
    ],
  },
});
