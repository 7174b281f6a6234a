import { phraseRule } from '../../phrase-rule.ts';

/**
 * Payment tied to someone else's money or held back: "we'll pay you once our client pays us", "once the grant
 * lands", a percentage withheld from every invoice, an invoice paid later "rather than this month".
 */
export default phraseRule({
  id: 'rate-pressure/pay-when-paid',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Ties your payment to someone else paying, or holds part of it back: you would be financing the client.',
    fr: 'Fait dépendre votre paiement de l’argent d’un autre, ou en retient une partie : vous financeriez le client.',
  },
  cue: /\b(?:pay|paid|fee|invoice|money|remunerat|compensat|settle|clear|transfer|wire|withh[oe]ld|hold back|held back|retain|keep back|kept back|balance|remain|the rest)/,
  patterns: [
    // The money waited for first, the payment "then": "we're waiting on the council grant, we'll pay you then".
    /\b(?:we(?:'re| are)|i(?:'m| am)) (?:still )?waiting (?:on|for) (?:the |our |a |their )?(?:[\w-]+ ){0,2}?(?:grant|funding|funds|sponsor(?:ship)? money|sponsors?|investment|investors?|money|payment|round|subsidy)\b[^.?!\n]{0,80}?\b(?:we'?ll|we will|i'?ll|i will) (?:pay|settle|transfer|wire)(?: (?:you|the invoice|it|your invoice|the balance))? (?:then|at that point|once (?:it|that|they) (?:lands?|arrives?|comes? in|clears?)|when (?:it|that|they) (?:lands?|arrives?|comes? in|does|do))\b/,
    // "we'll settle yours once their money lands", "pay your invoice when our client pays us"
    /\b(?:pay|settle|clear|transfer|wire)\s+(?:you|yours|your (?:invoices?|fees?|bills?)|the (?:invoices?|balance|rest|remainder|fees?))\s+(?:\w+\s+){0,3}?(?:once|when|after|as soon as|only when|only once|only after)\s+(?:our|their|the|we|they)\b[^.?!\n]{0,50}?\b(?:pays?|paid|money|funds?|funding|grant|subsidy|investment|payment|cash|lands?|comes? in|clears?)\b/,
    // The balance held until a milestone of the client's own project, not the freelancer's delivery: "for the
    // balance, we'd rather wait until the building is handed over", "the remaining half once the shop opens".
    /\b(?:balance|remainder|remaining (?:half|\d+\s?%|amount|fee|payment|balance)|the rest(?! of (?:the|our|my) (?!fee|payment|invoice|amount|money))|(?:second|other|last|final) (?:half|\d+\s?%|instal\w*|tranche))(?!\w)[^.?!\n]{0,60}?\b(?:until|till|once|when|after|as soon as|on)\s+(?:the\s+|our\s+)?(?:(?:new|own)\s+)?(?:(?:building|house|flat|apartment|office|construction|renovation|works|build|fit-?out|site|shop|store|restaurant|cafe|hotel|venue|premises)\s+(?:\w+\s+){0,2}?(?:is |are |has been |have been |gets? )?(?:handed over|completed?|finished|done|built|wraps? up|wrapped up|opens?|opened|open)|(?:handover|completion|opening|inauguration)\s+of\s+(?:the|our)\s+(?:\w+\s+)?(?:building|house|flat|construction|renovation|works|site|shop|store|restaurant|cafe|hotel|venue|premises))\b/,
    // "10% of each invoice will be withheld", "we hold back 15% until the project closes"
    /\b(?:withhold|hold back|retain|keep back)\s+(?:\d+\s?%|a (?:percentage|portion|part))\s+(?:of\s+)?(?:each|every|your|all|the)\s+(?:invoices?|payments?|fees?)\b/,
    /\b\d+\s?%\s+(?:of\s+(?:each|every|your|all|the)\s+(?:invoices?|payments?|fees?)\s+)?(?:will be|is|are|gets?)\s+(?:withheld|held back|retained|kept back)\b/,
    // a policy stated, not asked: "from now on you get paid once the end client has settled with us",
    // "payment to you will follow payment from our client"
    /\b(?:pay|paid|payment|payments|settle|settled|invoices?|fees?|(?:your|the) money)\b[^.?!\n]{0,60}?\b(?:when|once|after|as soon as|only after|only once|following|follows?|upon|on receipt of|until)\s+(?:[\w']+\s+){0,4}?(?:(?:our|the|their)\s+(?:own\s+)?(?:end\s+|final\s+)?(?:[a-z]+\s+)?(?:client|customer|brand|buyer|funder|principal|retailer|distributor|advertiser|publisher|agency|partner)s?\b[^.?!\n]{0,30}?\b(?:pays?|paid|settles?|settled|payment|releases?|released|transfers?|transferred)|(?:payment|money|funds)\s+from\s+(?:our|the)\s+(?:own\s+)?(?:end\s+|final\s+)?(?:client|customer|brand|buyer))\b/,
    // any named payer: "we pay you once Brightwater pays us", "your fee goes out after they have paid our invoice"
    /\b(?:pay|paying|paid|settle[sd]?|settling|transfer|wire|fee|invoice|money|share)\b[^.?!\n]{0,50}?\b(?:once|when|after|as soon as|until)\b[^.?!\n]{0,30}?\b(?:pays?|paid|settles?|settled)\s+(?:us|ours|our (?:invoice|bill)s?)\b/,
    /\b(?:clients?|customers?|brands?)\b[^.?!\n]{0,80}?(?<phrase>\b(?:get|be|are|is)\s+paid\s+(?:when|once|after)\s+(?:they|he|she)\s+(?:do|does|pay|pays|have|has)\b)/,
    /\b(?:pa(?:y|id)|remunerated|compensated|settled)\b[^.?!\n]{0,40}?\b(?:upon|on|after)\s+(?:collection|receipt of (?:payment|funds))\s+from\s+(?:the|our)\s+(?:end\s+|final\s+)?(?:clients?|customers?|brands?)\b/,
    /\b(?:paid|pay|payment)\b[^.?!\n]{0,40}?\b(?:when|once|after|as soon as|until)\s+(?:[\w']+\s+){0,4}?(?:receives?|gets?|has received|obtains?)\s+(?:its|their|our|the)\s+(?:grant|funding|subsidy|subsidies|funds|investment|loan)\b/,
    /\b(?:depending on|in line with|as and when|in step with|at the pace of)\s+(?:when\s+)?(?:our|the)\s+(?:\w+\s+)?(?:clients?|customers?)'?\s+(?:pay|payments?)\b/,
    // "your March invoice will be paid at the end of June rather than this month"
    /\b(?:invoices?|payments?|balance|fees?)\s+(?:will be|would be|is|gets?)\s+(?:paid|settled|transferred)\s+(?:\w+\s+){0,6}?(?:rather than|instead of)\b/,
  ],
  unless: [/\b(?:no matter when|regardless of when|whenever (?:our|the) (?:client|customer)|independently of)\b/],
  examples: {
    fires: [
      "As for your invoice, we're still waiting for the sponsorship money; we'll settle it once it lands.",
      'The remainder can wait till our new office opens, right?',
      'For the balance, we would rather wait until the building is handed over.',
      'We will pay the remaining half once the restaurant opens.',
      'The final 40% we would settle after the renovation is finished on our side.',
      'Can the rest of the fee wait until the house is done?',
      "We'll pay the balance once our own client has paid us.",
      'We can only settle your invoices after the grant money comes in.',
      'Finance will withhold 10% of each invoice until sign-off.',
      '5% of every payment is retained until the warranty ends.',
      'Your April invoice will be paid in September rather than next month.',
      'From next month, freelancers get paid once the end customer has settled with us, often 60 to 90 days.',
      'Please note payment to you will follow payment from our client.',
      'Our new rule: contractors are paid after we receive payment from the brand.',
      'You will see your money when the distributor pays, that is our process now.',
      'Your fee goes out after our customer releases the funds to us.',
      'Freelancers are paid in line with our clients’ payments.',
      'We bill the brand, and you are paid once they have.',
      'Contractors are compensated upon collection from the end customer.',
      'You will be paid after the theatre gets its funding, likely in March.',
      'We pay you once Brightwater pays us.',
      'Our policy is now paying freelancers when the end customer pays us.',
      'Your fee comes through after the hotel has paid our invoice.',
    ],
    quiet: [
      "We're waiting for the grant to confirm the scope; we'll pay your deposit this week as agreed.",
      'The rest of the team will be there when the shop opens.',
      'The building is handed over in June, we will send you photos.',
      'The rest of the building opens in May, so the shoot can wait.',
      'We pay every invoice within 30 days of receipt.',
      "We'll pay the deposit once you've signed the quote.",
      'Our client paid us last week, thanks for your patience.',
      'The remaining 50% is paid on delivery, as agreed.',
      'Our customer pays us in 60 days, but we pay you on receipt as always.',
      'We pay contractors within 14 days, no matter when our client pays.',
      "We'll send the files once our client has paid the printer.",
    ],
  },
});
