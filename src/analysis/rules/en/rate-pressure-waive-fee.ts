import { phraseRule } from '../../phrase-rule.ts';
import { WAIVED_FEE_REASON } from '../shared/rate-reasons.ts';

/** A fee or charge word, the thing the client wants dropped. */
const FEE = String.raw`(?:fee|fees|charge|charges|surcharge|surcharges|supplement|premium|mark-?up|uplift|penalty)`;

/** A wish or a request opening the ask: "could you", "I hope you'll", "any chance". */
const ASK = String.raw`(?:(?:could|can|would|will|might)\s+(?:you|u)|hop(?:e|ed|ing)|any chance|please|appreciate|if you (?:could|can|would)|wonder\w*|(?:is|would) it be possible to)`;

/**
 * Asks the freelancer to give up a fee or surcharge: "could you let the rush fee go?", "any chance you'd overlook
 * the travel charge", or the fee named first and the ask after it ("you mentioned a setup fee ... hoping you'll
 * forget about it"). A shop waiving its own fee ("we waive delivery over 50") has no ask and stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/waive-fee',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: WAIVED_FEE_REASON,
  cue: /\bthe (?:remaining )?(?:rest|remainder|balance|difference)\b|\b(?:let(?:ting)? (?:\w+[- ]){1,3}go|let (?:it|that|this|them) slide|overlook|forget|write off|waive|drop|skip|spare us|not (?:charge|bill)|don'?t (?:charge|bill)|without the|cancel|remove|scrap|strike)\b/,
  patterns: [
    // "I hope you can let the rush fee go this time", "could you overlook the travel fee?"
    new RegExp(
      String.raw`\b${ASK}\b[^.?!\n]{0,40}?\b(?:let|overlook|forget(?: about)?|write off|waive|drop|skip|cancel|remove|scrap|strike|spare us|not (?:charge|bill)(?: (?:us|me))?(?: for)?)\s+(?:the|your|that|this|those|these|any)\s+(?:[\w-]+\s+){0,2}?${FEE}\b(?:\s+go\b)?`,
    ),
    // the fee named first, the ask in a later clause or sentence: "... a rush surcharge. Could you waive it?"
    new RegExp(
      String.raw`\b${FEE}\b[^]{0,160}?(?<phrase>\b${ASK}\b[^.?!\n]{0,30}?\b(?:let(?:ting)? (?:it|that|this|them) (?:go|slide)|overlook (?:it|that|this|them)|forget (?:about )?(?:it|that|this|them)|write (?:it|that|this|them) off|waive (?:it|that|this|them)|(?:cancel|remove|scrap) (?:it|that|this|them))\b)`,
    ),
    // "we'll pay 60% and consider the rest covered", "let's call the difference square": the remainder waived by the client.
    /\b(?:consider|call|treat|count|deem)\w*\s+(?:the\s+)?(?:remaining\s+)?(?:rest|remainder|balance|difference)\s+(?:of (?:it|the (?:invoice|fee|bill|quote|amount))\s+)?(?:as\s+)?(?:covered|settled|even|square|squared|done|paid|written off|cleared|absorbed|waived)\b/,
  ],
  unless: [/\b(?:happy to pay|fine to pay|add it to the invoice|as quoted)\b/],
  examples: {
    fires: [
      'Half the pages were reused, so we will pay 60% and consider the rest settled.',
      "Let's call the difference square and close the project.",
      'We would treat the remaining balance as covered by the deposit.',
      'That late fee, could you maybe just cancel it? We paid only 3 days late.',
      'I hope you can let the rush fee go this time.',
      'Any chance you could overlook the travel fee?',
      "You mentioned a late-change charge. We're hoping you'll forget about it this time.",
      "I saw the rush surcharge on the quote. I'd appreciate it if you could waive it.",
      'Could you write off the setup fee as a goodwill gesture?',
      'The express charge feels steep, would you consider letting it go?',
      'Can you not charge the Sunday supplement this once?',
      'Would you drop the express fee just this once?',
      'Please do not charge us for the weekend premium, it was a small job.',
    ],
    quiet: [
      'The rest of the team considers the launch a success.',
      'We paid the deposit; the balance is due on delivery as agreed.',
      'We waive the delivery fee for orders over 50 euros.',
      'The bank waived the fee after I called.',
      'We decided to drop the project for now.',
      'Happy to pay the rush fee, just add it to the invoice.',
      'Could you drop the files in the shared folder?',
    ],
  },
});
