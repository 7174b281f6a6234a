import { phraseRule } from '../../phrase-rule.ts';
import { CUT_FEE_REASON, OWN_OFFER_ACCEPTED } from '../shared/rate-reasons.ts';

/** What the freelancer charges: the money object a cut lands on. */
const MONEY = String.raw`(?:fees?|(?:day |hourly |daily )?rates?|quote|quotation|invoices?|bill|total|price|pricing|charges?|surcharges?|supplements?|premiums?|estimate|honorarium|retainer|mark-?up|uplift)`;

/** A surcharge the freelancer adds for how or when the work is done, the kind a client calls unneeded. */
const SURCHARGE = String.raw`(?:(?:rush|express|urgency|urgent|weekend|evening|night|holiday|sunday|saturday|overtime|short[- ]notice|priority|out-of-hours|after-hours|late-change|setup|set-up|travel|extra|additional|cancellation)\s+(?:fees?|surcharges?|supplements?|premiums?|charges?|rates?|uplift)|surcharges?|supplements?|mark-?ups?|uplifts?)`;

/** A sum or a share: "200", "$150", "10%", "a third". */
const AMOUNT = String.raw`(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:k\b|%|percent|per cent|dollars?|bucks|quid|pounds?|euros?|usd|eur|gbp|chf)?|a (?:third|quarter|fifth|tenth)|half)`;

/**
 * A request or a need voiced before the cut, for a money object that is not plainly the freelancer's ("the fee"):
 * without it, a venue or a bank cutting its own fee would read the same.
 */
const ASK = String.raw`(?:\b(?:could|can|would|might)\s+|\b(?:(?:could|can|would|will|might)\s+(?:you|u|we|the|your|this|that|it)|any chance|possible|consider\w*|appreciate\w*|grateful|expect\w*|hop(?:e|ed|es|ing)|wonder\w*|ask\w*|need|needs|want\w*|willing|open to)\b)`;
/** The same request, looked back for from the cut (so that it is only sought once a rarer word was found). */
const ASKED = String.raw`(?<=${ASK}[^.?!\n]{0,60})`;

/**
 * Money taken off what the freelancer charges, in one sentence: the fee waived or cut in any form ("would you
 * consider waiving your fee", "could the travel charge be waived?", "a waiver of your fee"), an amount taken off the
 * rate ("we'll need 10% taken off your day rate"), a surcharge declared unneeded ("we think the rush fee is not
 * necessary") or the total rounded down ("let's round the invoice down to 900"). A venue or a bank waiving its own
 * fee, a promotion, rounding figures in a report and a total rounded up stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/fee-cut',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: CUT_FEE_REASON,
  cue: /waiv|forgo|forego|\b(?:off|from) (?:your|every)\b|\bround(?:ed|ing)? (?:\w+ ){0,2}?(?:down|to|off)\b|(?:be|is|are|get|gets|getting|being|rates?|fees?|quote|invoice|price|pricing|charges|estimate) (?:to be |\w+ )?(?:waived|dropped|written off|forgiven|scrapped|cancell?ed|reduced|lowered|cut|trimmed|halved|slashed|knocked down)\b|(?:go|goes|come|comes|drop|drops) down to|(?:lower|reduc|cut|trim|shav|slash|decreas)\w* (?:your|the)|surcharge|supplement|mark-?up|uplift|(?:rush|express|urgen\w+|weekend|evening|night|holiday|sunday|saturday|overtime|notice|priority|hours|change|setup|set-up|travel|extra|additional|cancellation) (?:fee|surcharge|supplement|premium|charge|rate|uplift)|off the (?:invoice|bill|quote)|\bcap(?:s|ped|ping)? |(?:charge|bill|invoice) (?:us |me )?(?:only |just )?(?:half|a third|a quarter|\d|less)| less (?:work|do|be|suit)|keep (?:it|the \w+) at/,
  patterns: [
    // "would you consider waiving your fee", "any chance of waiving the travel costs", "a waiver of your fee"
    new RegExp(
      String.raw`\b(?:waivers?\s+(?:of|on|for)\s+(?:the|your|that|this|those|these|any|all)\s+(?:[\w-]+\s+){0,2}?${MONEY}|(?:waiv(?:e|es|ing)|forgo(?:ing)?|forego(?:ing)?)(?<!\b(?:we|they|i)(?:'re|'ll|'ve|'d| are| will| have| would| can| could)?\s+(?:\w+\s+){0,2}\w+)\s+(?:your\s+(?:[\w-]+\s+){0,2}?${MONEY}|${ASKED}(?:the|that|this|those|these|any|all)\s+(?:[\w-]+\s+){0,2}?(?:${MONEY}|costs?)))\b`,
    ),
    // "could the late-change fee be waived?", "we'd be grateful if the fee could be waived", "hoping it gets cut"
    new RegExp(
      String.raw`\b(?:(?:be|is|are|get|gets|getting|being)\s+(?:\w+\s+)?(?:waived|dropped|written off|forgiven|scrapped|cancell?ed|reduced|lowered|cut|trimmed|halved|knocked down)|(?:go|goes|come|comes|drop|drops)\s+down\s+to)\b(?<=${ASK}[^.?!\n]{0,60}?\b(?:the|your|that|this|those|these|any|all)\s+(?:[\w-]+\s+){0,2}?${MONEY}\b[^.?!\n]{0,25}?\b(?:be|is|are|get|gets|getting|being|go|goes|come|comes|drop|drops)\s+(?:\w+\s+)?\w+(?: off)?)`,
    ),
    // "we'll need that taken off your day rate", "15% off your hourly rate going forward", "trim 20% from your fee"
    new RegExp(
      String.raw`\b(?:taken|knocked|shaved|trimmed|lopped|chopped|cut|deducted|removed|subtracted|docked)\s+(?:off|from)\s+your\s+(?:[\w-]+\s+){0,2}?${MONEY}\b|\b\d[\d,.]*\s?(?:%|percent|per cent)\s+off\s+your\s+(?:[\w-]+\s+){0,2}?${MONEY}\b|\b(?:tak(?:e|ing)|knock\w*|shav(?:e|ing)|trim\w*|cut(?:ting)?|lop\w*|deduct\w*|subtract\w*)\s+${AMOUNT}\s+(?:off|from)\s+(?:your|every (?:\w+\s+)?(?:supplier|vendor|freelancer|contractor)'?s?)\s+(?:[\w-]+\s+){0,2}?${MONEY}\b`,
    ),
    // "would you consider reducing your fee", "we're lowering your rate from May", "could you trim the quote?"
    new RegExp(
      String.raw`\b(?:lower(?:ing|ed)?|reduc(?:e|es|ed|ing)|cut(?:ting)?|trim(?:s|med|ming)?|shav(?:e|ed|ing)|slash(?:ed|ing)?|decreas(?:e|ed|ing))\s+(?:your\s+(?:[\w-]+\s+)?(?:fees?|(?:day |hourly |daily )?rates?|quote|invoice|price|pricing|charges|estimate)\b(?!\s+(?:processing|template|format|number|software|tool|card))|${ASKED}the\s+(?:[\w-]+\s+)?(?:fee|quote|invoice|total|estimate|bill)\b)`,
    ),
    // "we need your rate lowered by 10%", "your fee cut to 500": the freelancer's money with the cut after it
    new RegExp(
      String.raw`\byour\s+(?:[\w-]+\s+)?(?:fees?|(?:day |hourly |daily )?rates?|quote|invoice|price|pricing|charges|estimate)\s+(?:to be\s+)?(?:lowered|reduced|cut|trimmed|halved|slashed|waived|knocked down)\s+(?:by|to)\b`,
    ),
    // "we'd like to go on, but at a day rate reduced by 15%": the next stretch of work offered at a cut price (a price
    // shown "reduced by 20% for students" has no "we" offering it)
    /\b(?:at|for|on)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:rate|fee|price|retainer)\s+(?:that(?:'s| is)\s+)?(?:reduced|lowered|cut|discounted|trimmed)\s+by\s+\d+\s?(?:%|percent|per cent)(?<=\b(?:we|i)(?:'d|'ll| would| will| want| wish| hope| plan)?\s+[^.?!\n]{0,140})/,
    // "is the rush premium really necessary?", "our policy caps day rates at 450", "leave the travel time off the
    // invoice", "could you charge half for the reshoot?", "would 15% less work?", "keep it at 500 all-in"
    new RegExp(
      String.raw`\b(?:is|are)\s+(?:the|that|this|a|your)\s+${SURCHARGE}\s+(?:really|actually|truly|absolutely|strictly)\s+(?:necessary|needed|justified|required|warranted)\b|\bcap(?:s|ped|ping)?\s+(?:\w+\s+){0,3}?(?:day rates?|hourly rates?|rates|fees)\s+(?:at|to)\s+[$£€]?\d|\b(?:leave|keep|take)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:time|hours?|days?|costs?|fees?|expenses|charges?|mileage|line)\s+off\s+(?:the|your)\s+(?:invoice|bill|quote)\b|\b(?:charge|bill|invoice)\s+(?:us\s+|me\s+)?(?:only\s+|just\s+)?(?:half|a (?:third|quarter)|\d+\s?%|less)\s+(?:for|on)\b${ASKED}|\b(?:would|could|will)\s+(?:\d+\s?(?:%|percent|per cent)|[$£€]?\d[\d,.]*\s?(?:k\b|dollars|euros|pounds|quid|bucks)?)\s+less\s+(?:work|do|be (?:ok|okay|acceptable|fine)|suit)\b|\bkeep\s+(?:it|the (?:total|price|fee|invoice))\s+at\s+[$£€]?\d[\d,.]*\s*k?\b[^.?!\n]{0,20}?\b(?:all[- ]in|including|for everything|for the lot)\b`,
    ),
    // "we think the rush fee is not necessary", "the weekend premium seems unnecessary", "I don't think a rush fee is needed"
    new RegExp(
      String.raw`\b${SURCHARGE}\s+(?:(?:for|on)\s+(?:the\s+|a\s+)?[\w-]+\s+)?(?:(?:(?:does|do)(?:n'?t| not)\s+(?:seem|look|feel|sound)|(?:is|are|seems?|feels?|looks?|would be|'s)\s+(?:\w+\s+)?not)\s+(?:really\s+|very\s+|quite\s+)?(?:needed|necessary|justified|warranted|required|fair)|(?:is|are|seems?|feels?|looks?|would be|'s)\s+(?:\w+\s+)?(?:unnecessary|unjustified|unwarranted|uncalled for|overkill)|(?:isn'?t|aren'?t|shouldn'?t be|wouldn'?t be)\s+(?:really\s+)?(?:needed|necessary|justified|warranted|required|called for|fair))\b|\b(?:don'?t|do not|doesn'?t)\s+(?:think|see why|believe|feel)\s+(?:that\s+)?(?:a|an|the|any|your)?\s*${SURCHARGE}\s+(?:is|would be|should be|'s)\s+(?:really\s+)?(?:needed|necessary|justified|warranted|required|called for|fair)\b`,
    ),
    // "can we round the total to 200 USD?", "let's round the invoice down to 1,200", "round it down to an even 900"
    new RegExp(
      String.raw`\bround(?:ed|ing)?\s+(?:(?:(?:it|that|this|everything|the (?:total|invoice|bill|fee|price|amount|sum|quote)|your (?:invoice|fee|total|bill|price|quote))\s+)?down\s+to|(?:the (?:total|invoice|bill|fee|price|amount|sum|quote)|your (?:invoice|fee|total|bill|price|quote))\s+(?:off\s+)?(?:to|at)|(?:it\s+)?(?:off\s+)?to(?=\s+(?:an?\s+(?:even|round|flat|clean|nice)\s+)?(?:[$£€]|\d[\d,.]*\s?(?:k\b|dollars?|bucks|quid|pounds?|euros?|usd|eur|gbp|chf)|\d{3,}|\d{1,3}(?:,\d{3})+)))\s+(?:an?\s+(?:even|round|flat|clean|nice)\s+)?[$£€]?\s?\d[\d,.]*(?![\d,.]*\s*(?:decimal|dp\b|digit|significant|places|minutes|mins|hours|hrs|pages|words|px|%|percent|people|units))`,
    ),
  ],
  unless: [
    /\bround\w*\s+(?:\w+\s+){0,3}?up\b|\b(?:promo(?:tional)? code|coupon|your (?:order|basket|cart|purchase)|liability|registration|entry|admission|membership|parking|shipping|delivery|postage|tuition|subscription|bank|transaction|booking)\b/,
    // the freelancer's own offer restated and accepted: "thanks for offering to waive it", "as you suggested"
    OWN_OFFER_ACCEPTED,
  ],
  examples: {
    fires: [
      'Would you consider waiving your fee for this one?',
      "We'd be grateful if the fee could be waived, given it's for the school.",
      'Is a waiver of the setup charge possible?',
      'Any chance of waiving the travel costs this time?',
      'Could the late-change fee be waived?',
      'Can you waive the invoice for the pilot?',
      "It's for a good cause, so we're hoping the fee gets waived.",
      "Since we're a volunteer group, a waiver of your fee would mean a lot.",
      'Head office wants 10% taken off your day rate from next month.',
      "We'll need 15% off your hourly rate going forward.",
      "Management asked us to trim 20% from every supplier's rate, yours included.",
      'We need that amount removed from your fee from now on.',
      "Would you mind reducing your quote a little? We're a charity.",
      "We're lowering your rate from May, budgets are tight.",
      "Since it's only a handful of pages, we don't think a rush fee is needed.",
      'The express surcharge seems unnecessary here.',
      "A weekend premium shouldn't be necessary for such a small job.",
      "The rush charge isn't really warranted for this one.",
      'Could we round the total to 500 euros?',
      "Let's round the invoice down to 1,200.",
      'Can we round it down to an even 900?',
      "Round the total down to 800 and we're good.",
      'Our finance team needs your rate lowered by 10% from the next order.',
      "The travel surcharge doesn't seem justified, you're only 20 minutes away.",
      'We think the extra charge for the weekend is not fair for two hours.',
      'We would like that the invoice is reduced by 200 euro.',
      'Can the rate go down to 40 per hour for this project?',
      "Since we're regulars, we'd expect the setup fee to be waived.",
      'Can we round it to 900 and call it done?',
      'Is the rush premium really necessary for such a small change?',
      'Our procurement policy caps freelance day rates at 450.',
      'Could you leave the travel time off the invoice?',
      "We'd appreciate it if you could charge half for the reshoot, since it was the weather.",
      'Would 15% less work for you?',
      "Let's keep it at 500 all-in, including the extra page.",
      "We'd love to keep working together, but at a day rate reduced by 15%.",
    ],
    quiet: [
      'We have waived the entry fee for all volunteers.',
      'Our venue waives its booking fee for charities.',
      'Please sign the liability waiver attached before the shoot.',
      'The council is waiving parking charges in December.',
      "We'll pay your fee in full, no waiver needed.",
      'The bank waived the transfer fee after I called.',
      'Take 20% off your order with promo code SPRING.',
      'We took 10% off our own prices for the sale.',
      'Please take the old logo off the homepage.',
      'Could you take the watermark off the previews?',
      'We got 10% off the venue hire.',
      'Please round the figures to two decimals in the report.',
      "A rush isn't needed, take your time.",
      'The deposit is not needed upfront; you can invoice at the end.',
      'We rounded the total up to 1,000 to cover your travel.',
      'The total comes to 900 after rounding.',
      'Please round the totals in the spreadsheet down to the nearest thousand.',
      'Our tool helps reduce your invoice processing time.',
      'The rush fee is justified, go ahead.',
      "I'm not asking you to waive your fee, just to confirm it.",
      "As you suggested, we'll round the invoice down to 900, thanks for the gesture.",
      "Thanks for offering to waive the setup fee, that's really kind, we accept.",
      'Round the numbers in the chart to the nearest hundred.',
      'Can you round the logo corners to 4 px?',
      'Students can book at a price reduced by 20% on Tuesdays.',
      'We charge half for children under twelve.',
      'Please take the draft watermark off the invoice template.',
      'Is the weekend rate included in the quote?',
    ],
  },
});
