import { phraseRule } from '../../phrase-rule.ts';

const LONG_TERM = String.raw`(?:45|60|75|90|120|150|180|forty[- ]five|sixty|seventy[- ]five|ninety|(?:a |one )?hundred and twenty)`;

/** Stretched or conditional payment: net 90, "after our client pays us", instalments, held invoices. */
export default phraseRule({
  id: 'rate-pressure/late-payment',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Pushes your payment later, ties it to someone else paying, or splits it up: you end up financing the client.',
    fr: 'Repousse votre paiement, le fait dépendre d’un tiers ou l’étale : c’est vous qui financez le client.',
  },
  cue: /\b(?:end of|last|(?:rest|remainder|balance|other half)\s+(?:in|after|later|next|when|once)|net[- ]?(?:\d|forty|sixty|seventy|ninety|a hundred|one hundred|hundred)|pay|paid|settl|invoic|fee|balance|hold off|wait|delay|postpone|defer|put off|deposit|milestone|bill|release|clear|process|transfer|(?:split|spread|break|divide|stagger|stretch)\s+(?:up\s+)?(?:it|this|that|the|your|payment)|instal|(?:45|60|75|90|120|150|180|five|sixty|ninety|twenty)[\s-]+days?)/,
  patterns: [
    // "we'll pay 70% on delivery and the rest in the autumn" (not the balance on delivery)
    /\b(?:pay|paying|paid|wire|transfer|settle|send|invoice|payment|fee)\w*\b[^.?!\n]{0,60}?(?<phrase>\b(?:\d+ ?(?:%|percent|per cent)|half|part|a (?:third|quarter|portion))(?![a-z])[^.?!\n]{0,40}?\b(?:rest|remainder|balance|other half)\s+(?:in|after|by|at the end of|next|later|when|once)\b(?!\s+(?:delivery|completion|signing|sign-off|handover|launch)))/,
    // "can you wait until April for the payment?", "hold on for your fee till the grant lands"
    /\b(?:wait(?:ing)?|hold(?:ing)? on|hang(?:ing)? on|be patient)\s+(?:\w+\s+){0,2}?(?:until|till)\s+(?:\w+\s+){0,3}?(?:for|on)\s+(?:the|your)\s+(?:payment|invoice|fee|money|balance|transfer)\b(?!\s+(?:confirmation|receipt|details|link|email|reference|form|portal|(?:of|from)\s+(?:the\s+|our\s+)?(?:grant|funding|subsid\w*|loan|insurance|investors?|bank|tax\w*)))|\b(?:wait|hold on|hang on)\s+(?:a (?:bit|while|few (?:weeks|months))\s+)?(?:for|on)\s+(?:the|your)\s+(?:payment|invoice|fee|money|balance)\s+(?:until|till)\b/,
    new RegExp(String.raw`\bnet[- ]?${LONG_TERM}\b`),
    new RegExp(
      String.raw`\b(?:paid|pay|payment|payments|settle|settled|terms?|invoices?|remit|remitted)[:\s]+(?:\w+\s+){0,3}?${LONG_TERM}\s+days\b`,
    ),
    new RegExp(
      String.raw`\b${LONG_TERM}\s+days\s+(?:end of (?:the )?month|eom|after (?:invoice|invoicing|receipt|delivery|month[- ]end))\b`,
    ),
    // "hold your December and January invoices until September", "delay the final payment"
    /\b(?:hold(?:ing)?(?: off| back)?|held back|delay(?:ing)?|defer(?:ring)?|postpon(?:e|ing)|push(?:ing)? back|put(?:ting)? off|paus(?:e|ing)|freez(?:e|ing)|sit(?:ting)? on|park(?:ing)?)\s+(?:on\s+)?(?:paying\s+|settling\s+|releasing\s+)?(?:your|the|this|these|those|that)\s+(?:[\w%]+\s+){0,4}?(?:invoices?|payments?|fees?|balance|deposit|milestone|bill)\b/,
    /\b(?:push|move|shift)\s+(?:your|the)\s+(?:\w+\s+)?(?:payment|invoice|payments|invoices)\s+(?:back|to next|until|till|to the end)\b/,
    // "settling your invoice in the summer rather than within the 30 days on it"
    /\b(?:pay|paying|settle|settling)\s+(?:you\s+|your\s+(?:\w+\s+)?(?:invoice|fee|bill)|the\s+(?:invoice|fee|bill|balance)|it)\b[^.?!\n]{0,30}?\b(?:rather than|instead of)\s+(?:within\s+(?:the\s+)?(?:\d+|thirty|fourteen)\s+days|on\s+(?:time|receipt|delivery)|at\s+(?:30|thirty)\s+days|as agreed|by the due date)/,
    // the client's own payer first: "our payment to you would be 30 days after we receive theirs"
    /\b(?:pay|paying|payment|paid)\b[^.?!\n]{0,30}?\b(?:\d+|thirty|sixty|ninety)\s+days\s+after\s+(?:we|our company|the agency)\s+(?:receive|get paid|are paid|have been paid|collect|are settled)\b/,
    // a share of the fee kept back for a while: "we hold the final 30% until the next budget cycle"
    /\b(?:hold|holding|held|keep|keeping|kept|retain|retaining|withhold|withholding)\s+(?:back\s+)?(?:the\s+|your\s+)?(?:final|last|remaining|second|other)\s+(?:\d+ ?(?:%|percent|per cent)|half|third|quarter|instal\w*|tranche|payment)\s+(?:\w+\s+){0,3}?(?:until|till|for (?:a few|another|some|\d+|two|three|six) (?:weeks|months))\b/,
    // the whole fee put off to the end instead of the staged payments agreed: "pay it all at launch rather than
    // in three milestones"
    /\b(?:pay|paying|settle|settling)\b[^.?!\n]{0,50}?\b(?:at|on|after)\s+(?:the\s+)?(?:launch|end|completion|go-live|delivery|handover)\b[^.?!\n]{0,20}?\b(?:rather than|instead of)\b[^.?!\n]{0,30}?(?:\b(?:milestones?|stages?|staged|instal\w*|deposit|upfront|up front|tranches?|phases?)\b|\b\d+\/\d+(?:\/\d+)?\b)/,
    // "release your payment once the funds come through", "pay you after our client pays us"
    /\b(?:pay|release|settle|clear|process|transfer)\s+(?:you\s+|your\s+\w+\s+|the\s+\w+\s+|it\s+|this\s+|that\s+|them\s+|the rest\s+|the balance\s+)?(?:\w+\s+){0,3}?(?:once|when|after|as soon as|only when|only once|until|till|the moment)\s+(?:the\s+|our\s+|my\s+)?(?:next\s+|new\s+|first\s+|seed\s+|series \w\s+)?(?:funds?|funding|money|cash|investment|investors?|round|client|customer|grant|loan|sales|revenue|we get paid|we are paid|we'?re paid|we receive(?!\s+(?:your|the|an?|each)\s+(?:invoice|bill|files?|delivery|work))|we'?ve been paid|we have been paid|they pay|they'?ve paid|it launches|we close|we raise)\b/,
    /\b(?:pay|paid|paying)\s+(?:you\s+)?(?:only\s+)?(?:once|when|after|if)\s+(?:\w+\s+){0,3}?(?:make|makes|made|making|turn|turns|generate|generates|start making)\s+(?:a\s+)?(?:profit|money|revenue|sales)\b/,
    // "could you hold off invoicing us until January"
    /\b(?:hold off|hold back|wait|delay|postpone|defer|put off)\s+(?:on\s+|with\s+)?(?:invoicing|billing|sending (?:us\s+)?(?:the|your) (?:invoice|bill))\b/,
    // "split in 3 instalments", "- payment: in four monthly payments"
    /\b(?:in|into|over)\s+(?:[3-9]|1[0-2]|three|four|five|six|twelve|several)\s+(?:instal?lments|monthly payments|tranches)\b/,
    /\b(?:pay[- ]when[- ]paid|pay[- ]if[- ]paid)\b/,
    // "split it over six months", "pay in three instalments", "a payment plan"
    /\b(?:split|spread|break|divide|stagger|stretch)\s+(?:up\s+)?(?:it|this|that|the (?:payment|payments|invoice|fee|bill|cost|total|amount|balance)|your (?:invoice|fee|payment)|payment|the rest)\s+(?:up\s+)?(?:over|into|across|in)\s+(?:\d+|two|three|four|five|six|twelve|several|a few|multiple|monthly|smaller)\s*(?:months?|payments?|instal?lments?|parts|chunks|tranches|goes)\b/,
    /\b(?:pay|paying|settle|settling)\s+(?:you\s+)?(?:it\s+|this\s+|that\s+|the (?:invoice|balance|rest)\s+)?(?:in|by|over)\s+(?:\d+|two|three|four|five|six|twelve|several|a few|monthly|small)\s+(?:instal?lments?|monthly payments|payments|parts|chunks|tranches|months|goes|stages|lots)\b/,
    /\b(?:payment|instal?lment)\s+plan\b/,
    /\b(?:pay|settle|give|send|transfer|wire)\s+(?:you\s+)?(?:half|part|a (?:third|quarter|portion|deposit)|\d+ ?%)\s+(?:of it\s+)?(?:now|upfront|up front|today)\b[^.?!\n]{0,40}?\b(?:rest|remainder|balance|other half)\s+(?:in|after|later|next|when|once)\b/,
    /\bpay\s+(?:you\s+)?(?:a bit\s+|a little\s+|slightly\s+|a few (?:weeks|months)\s+)?(?:late|later(?!\s+(?:today|this|tonight|in the day))|next (?:month|quarter|year)|in a few months|at the end of the (?:quarter|year))\b/,
    // "we process supplier invoices quarterly", "expect payment in Q3"
    /\b(?:invoices?|payments?|pay|paid|settle[sd]?|process)\b[^.?!\n]{0,30}?\b(?:quarterly|once a quarter|every (?:quarter|three months)|twice a year|once a year|annually)\b/,
    /\bpayment\s+(?:in|by|at the end of)\s+(?:q[1-4]|the (?:next|following) quarter)\b/,
    // "your invoice will be settled in July rather than this month", "paid on the 30th instead of on delivery"
    /\b(?:invoices?|payments?|fees?|balance|bill|deposit)\b[^.?!\n]{0,40}?\b(?:paid|settled|processed|transferred|wired|released|go out)\b[^.?!\n]{0,40}?\b(?:rather than|instead of)\s+(?:(?:at|on|in|by)\s+)?(?:this (?:month|week)|(?:the )?end of (?:this|the) (?:month|week)|now|today|on delivery|on receipt|on time|as agreed|the agreed date|the due date|the \d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|thursday|friday))\b/,
    // "we can only pay 70% now, the rest in the spring"
    /\b(?:pay|settle|transfer|wire)\s+(?:you\s+)?(?:only\s+)?(?:half|part|a (?:third|quarter|portion)|\d+ ?(?:%|percent|per cent))\s+(?:of (?:it|the (?:invoice|fee|amount))\s+)?(?:now|for now|this month|upfront|up front|today)\b[^.?!\n]{0,40}?\b(?:rest|remainder|balance|other half)\b[^.?!\n]{0,20}?\b(?:in|after|later|next|when|once|by|at)\b/,
    // "moved all suppliers to 90-day payment terms", "processed in the January payment run"
    new RegExp(
      String.raw`\b${LONG_TERM}[- ]days?\s+(?:end[- ]of[- ](?:the[- ])?month\s+|eom\s+)?(?:payment\s+|invoice\s+|supplier\s+|vendor\s+)?(?:terms|payment|payments|cycle|window|policy)\b`,
    ),
    /\b(?:in|with|on|into)\s+(?:the|our)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|next quarter'?s?|quarterly|q[1-4]|year-end|end-of-year|annual)\s+(?:payment|pay|payables?|billing|supplier)\s+(?:run|cycle|batch)\b/,
    // "our payment terms are moving from 30 to 90 days", "paid on publication, four months after delivery"
    new RegExp(
      String.raw`\b(?:payment|terms|invoices?|pay|paid)\b[^.?!\n]{0,40}?\bfrom\s+(?:14|15|21|30|thirty|fourteen|fifteen)\s+(?:days\s+)?to\s+${LONG_TERM}\b`,
    ),
    /\b(?:pay|pays|paid|payment|settled?|released|transferred|wired)\b[^.?!\n]{0,40}?\b(?:on|upon|after|following|once|when)\s+(?:publication|release|broadcast|(?:the|your) \w+ (?:airs|goes (?:live|out|to air))|(?:the|your) \w+ (?:comes out|is (?:out|published|released|printed|broadcast))|it (?:comes out|is (?:out|published|released)))\b/,
    /\b(?:pay|pays|paid|payment|settled?|released|transferred|wired)\b[^.?!\n]{0,60}?\b(?:two|three|four|five|six|[2-9]|1[0-2])\s+months?\s+(?:after|from|following)\s+(?:delivery|you deliver|you submit|you file|you (?:hand|send|turn) (?:it|them) in|filing|handover|hand-in|submission|receipt|the (?:delivery|handover|invoice))\b/,
    // "our finance team only pays at the end of the quarter"
    /\b(?:pay|pays|paid|settle|settles|process|processes|release|releases)\s+(?:\w+\s+){0,3}?(?:at|on|by|in)\s+the\s+(?:end|last (?:\w+ )?(?:day|week|friday|monday|of))\s+(?:of\s+)?(?:the\s+|each\s+|every\s+)?(?:quarter|year|semester|financial year|fiscal year)\b/,
  ],
  unless: [
    // an agreed schedule restated: "as agreed in the contract: half on signing, half on delivery"
    /\b(?:as (?:agreed|planned|quoted)|per (?:the|our|your) (?:contract|quote|agreement)|in the contract)\b[^.?!\n]*\bon (?:signing|delivery|completion|handover)\b|\bon (?:signing|delivery|completion|handover)\b[^.?!\n]*\bas (?:agreed|planned|quoted)\b/,
    /\b(?:sorry for the delay|apologi[sz]e for the (?:delay|late)|has been paid|was paid|(?:is|are) already paid|paid (?:today|this morning|yesterday))\b/,
  ],
  examples: {
    fires: [
      'Realistically we would be settling your fee in the autumn rather than within the 14 days on it.',
      'Our payment to you goes out 45 days after we receive the money from the publisher.',
      'We will be sitting on your March invoice until the sponsor pays up.',
      'We are holding off on the final payment until the client signs off on their end.',
      'Finance is holding your last invoice until the audit is done.',
      'We will be holding back the last 20% of your invoice until sign-off.',
      'Could we pay the invoice in three goes, one per month?',
      'Finance has moved all freelancers to 60-day terms from March.',
      'Fees are released when the episode airs, about four months after you hand it in.',
      'Our payment terms are changing from 30 to 90 days.',
      'We pay contributors on publication, usually three months after delivery.',
      'We will release your fee once we receive the funding.',
      'We can wire 70% on delivery and the remainder after the summer.',
      'Would you mind waiting till June for the payment? Cash is stuck.',
      'Our payment terms are net 90 from invoice date.',
      'Freelancers are paid 60 days end of month.',
      'We will need to hold your last two invoices until March.',
      "We'll release the second instalment once the funding comes through.",
      'We can only pay you after our client pays us.',
      'Could we split the invoice over four months?',
      'Is a payment plan possible?',
      'Can I pay you next month instead?',
      'Could you hold off invoicing us until January?',
      '- payment: split in 3 instalments over the summer',
      'We process supplier invoices quarterly.',
      'We can only paid you after the festival make profit.',
      'From next month, all vendors move to 60-day payment terms.',
      'Your invoice will go out with the March payment run.',
      'Our finance team only pays on the last Friday of the quarter.',
      "P.S. we'll settle the invoice when our next round closes.",
      'Heads-up: the second invoice will be paid in August rather than this month.',
      'Your fee gets paid on the 28th instead of on delivery, finance rules.',
      'We can only pay 60% for now, the balance comes in the autumn.',
      'Accounts will keep back the last 20% until the new financial year.',
      'We would rather pay the full amount at launch instead of the three staged payments.',
      'All suppliers are paid on a 60-day end-of-month cycle now.',
      'We would like to hold off on releasing the second half of your fee until the rework is in.',
    ],
    quiet: [
      'The book comes out four months after delivery.',
      "We'll pay when we receive your invoice.",
      'Half of the team is away now and the rest in autumn.',
      'Terms: 30% on signing, the balance on delivery.',
      'Please wait until Monday for the payment confirmation email, it is automatic.',
      'Your invoice was paid this morning.',
      'Could the fee be paid by card rather than transfer?',
      'Our standard terms are 30 days from invoice.',
      "I'll pay the deposit later today.",
      'Sorry for the delay, the payment went out yesterday.',
      'The contract runs for 90 days.',
      'Payable in 2 instalments: half on signature, half on delivery.',
      'Our standard is 30-day payment terms, as in the contract.',
      "Your invoice is in this week's payment run.",
      "I'll pay the deposit by the end of the week.",
      'As agreed, we keep the final 10% as a warranty retention for one year, as in the contract.',
      'We pay the balance at launch, as the milestones in the contract say.',
    ],
  },
});
