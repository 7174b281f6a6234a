import { phraseRule } from '../../phrase-rule.ts';

/** Payment in exposure, equity, products or commission instead of money. */
export default phraseRule({
  id: 'rate-pressure/exposure',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Offers exposure, equity, goods or a commission instead of your fee: none of them pays your bills.',
    fr: 'Propose de la visibilité, des parts, des produits ou une commission à la place de vos honoraires : rien de cela ne paie vos factures.',
  },
  cue: /\b(?:review|testimonial|recommendation|rating|shout-?out|referral|credit|vouchers?|gift cards?|products?|merch|tokens|points|exposure|visibility|publicity|promotion|promo|advertising|your (?:portfolio|cv|resume|showreel|reel|book|instagram|name|following|audience|reputation)|in (?:exchange|return|lieu|place of)|instead of|rather than|pay|paid|compensat|remunerat|equity|shares|stock|stake|commission|rev(?:enue)? share|profit[- ]shar|(?:performance|results|success)[- ]based)|%|percent|per cent/,
  patterns: [
    // "in return we'll share your work with our 20k followers"
    /\b(?:in (?:exchange|return)|instead)\b[^.?!\n]{0,40}?\b(?:share|post|feature|promote|repost|showcase|shout out|tag)\b[^.?!\n]{0,40}?\b(?:followers|audience|subscribers|community|network|readers|fans|list)\b/,
    /\b(?:worth|better|more valuable)\s+(?:way\s+)?(?:more\s+)?than\s+(?:a|any|the)\s+(?:fee|payment|invoice|cheque|check|paycheck)\b/,
    // "we can't pay, but we'd credit you on the back page"
    /\b(?:can'?t|cannot|unable to|not able to|won'?t be able to)\s+(?:really\s+)?(?:pay|afford|offer (?:a fee|payment|money))\b[^.?!\n]{0,50}?\b(?:credit|tag|mention|feature|name|thank|promote|list)\s+you\b/,
    /\b(?:exposure|visibility|publicity|promotion|promo|advertising)\s+for\s+(?:you|your)\b/,
    /\b(?:it'?d|it would|it will|it'?ll|this would|this will|that would|that will|would|will|could|it'?s|that'?s|this is|you'?ll get|you would get|you'?d get|think of (?:the|all the)|get you)\s+(?:be\s+)?(?:(?:such|a|an|really|so|super|some|great|good|amazing|huge|fantastic|awesome|incredible|excellent|massive|real|free|nice|brilliant|wonderful|fab|valuable|tremendous|serious|lots of|tons of|a lot of|plenty of|loads of|so much)\s+){1,3}(?:exposure|visibility|publicity|promotion|advertising)\b(?!\s+(?:to|on|in|into|of|across|for (?:our|the|us))\b)/,
    /\b(?:great|good|nice|perfect|amazing|ideal|fantastic|brilliant|awesome)\s+(?:for|in|on)\s+your\s+(?:portfolio|cv|resume|showreel|reel|book|instagram)\b/,
    /\b(?:build|boost|grow|get)\s+your\s+(?:portfolio|name out there|following|audience|reputation)\b/,
    /\b(?:in exchange|in return)\s+(?:for|we'?ll|we will|we can)\s+(?:\w+\s+){0,3}?(?:credit|mention|tag|shout-?out|exposure|visibility|link|logo|products?|free \w+|stay|meal|tickets?|samples?|a (?:post|story))\b/,
    /\b(?:instead of|rather than|in lieu of|in place of)\s+(?:a\s+|your\s+|the\s+)?(?:payment|paying (?:you|your)|cash|money|a fee|your fee|fees|your rate|an invoice|invoicing)\b/,
    /\b(?:pay|paid|paying|compensate|compensated|remunerate)\s+(?:you\s+)?(?:\w+\s+){0,2}?in\s+(?:equity|shares|stock|options|stock options|tokens|crypto|kind|products?|vouchers?|gift cards?|store credit|credits|merch|merchandise|wine|beer|food|meals|exposure|visibility|trade)\b/,
    /\b(?:offer(?:ing)?|give|giving|pay(?:ing)?|tak(?:e|ing)|accept(?:ing)?|consider(?:ing)?|get|receive)\s+(?:you\s+)?(?:a\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+(?:equity|of (?:the )?(?:equity|company|shares|business|startup|profits|revenue)|stake)\b/,
    /\b(?:instead of|rather than|in lieu of)\s+(?:the\s+)?(?:remaining|outstanding|rest of the|balance of the|final)\s+(?:[$£€]|\d|payment|balance|invoice|fee|amount)/,
    /\b(?:offer|give)\s+(?:you\s+)?(?:some\s+)?(?:equity|shares|stock options|a stake)\b/,
    /\b(?:equity|shares|stock options|a stake)\s+(?:on the table|as payment|as compensation)\b/,
    /\b(?:equity|shares|stock options|sweat equity|a stake|revenue share|rev share|profit share|profit-sharing|commission)\s+(?:instead|in lieu|rather than|in place of)\b/,
    /\b(?:commission|revenue share|rev share|profit share)[- ](?:only|based)\b/,
    /\b(?:performance|results|success)[- ]based\s+(?:pay|fees?|compensation|remuneration|payment|deal|rate)\b/,
    /\b(?:pay|paying|compensate)\s+you\s+(?:only\s+)?(?:a commission|per sale|per lead|on commission|a (?:percentage|cut|share) of|when (?:it|we|the \w+) (?:sells?|makes? money|takes off|launch(?:es)?|turns? a profit|profits?)|once (?:we|it) (?:(?:start|starts|begin|begins)\s+)?(?:make|makes|making|earn|earning|turn|turns|turning|are|is|get|gets|getting|generate|generating) (?:money|a profit|profitable|revenue|funded|traction|sales))/,
    /\b(?:work|working|do it|do this|build it|help)\s+for\s+(?:equity|shares|stock(?: options)?|a stake|sweat equity|exposure|visibility|a credit|credit)\b/,
    // "we'll pay you in credit toward our products", "we can pay with gift cards"
    /\bpay\s+(?:you\s+)?(?:in|with)\s+(?:store\s+|shop\s+)?(?:credit|vouchers?|gift cards?|products?|merch|free products|discount codes?|tokens|points|free (?:meals|tickets|passes|stays))\b/,
    // "we can give you a nice review on Upwork instead of a bonus"
    /\b(?:reviews?|testimonials?|recommendations?|ratings?|shout-?outs?|mentions?|referrals?|five stars|5 stars)\b[^.?!\n]{0,30}?\b(?:instead of|in place of|rather than|in lieu of)\s+(?:a\s+|any\s+|the\s+)?(?:bonus|payment|pay|fee|money|cash|invoice|raise|tip|rate increase)\b/,
  ],
  unless: [
    /\b(?:on top of your (?:fee|rate)|in addition to your (?:fee|rate)|as well as your (?:fee|rate)|plus your (?:fee|rate))\b/,
  ],
  examples: {
    fires: [
      'In return we would repost the whole series to our 50k followers.',
      "We can't pay for the illustrations, though we would mention you in the programme.",
      "We can't pay much but it'd be great exposure for you.",
      'This will be amazing visibility, we have 40k followers!',
      "It would look great in your portfolio, so we're hoping you'll do it for the credit.",
      "We'd love to pay you in equity instead of cash.",
      'The role is commission-only for the first three months.',
      "We'll pay you once we start making money.",
      'In exchange we can give you a free stay at the hotel.',
      'Would you consider taking 2% equity for the second phase?',
      'Can you work for equity until we raise our seed round?',
      "We'll pay you in credit toward our products.",
      'We can give you a nice review on Upwork instead of a bonus.',
    ],
    quiet: [
      'Feel free to share the finished piece with your followers once it is live.',
      'We will credit you on the inside cover, as the contract says.',
      'Our exposure to the euro is hedged.',
      'The fund sold its 20% stake in the refinery last quarter.',
      'The campaign got great visibility in the trade press.',
      'Feel free to add the project to your portfolio.',
      "We'll credit you in the programme on top of your fee.",
      'Thanks for the invoice, payment goes out Friday.',
      'The course scores user performance based on their answers.',
      "We'll pay with a credit card, is that fine?",
      'We left you a review on Upwork, thanks for the great work.',
    ],
  },
});
