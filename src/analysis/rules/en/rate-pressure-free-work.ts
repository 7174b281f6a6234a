import { phraseRule } from '../../phrase-rule.ts';

/** Work expected for nothing: free, "within the original fee", "we can't pay", an unpaid test, spec work. */
export default phraseRule({
  id: 'rate-pressure/free-work',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Expects work without pay, or folds new work into a fee already agreed: unpaid work is a discount of 100%.',
    fr: 'Attend du travail sans paiement, ou glisse du travail nouveau dans un prix déjà fixé : c’est une remise de 100 %.',
  },
  cue: /\bfair\b|only right|least you could|labou?r of love|passion project|\bas an? (?:favou?r|gift|donation|contribution|good deed)|\b(?:keep|stick|stay|hold|revisions|edits|if (?:we|i)|result|performance|commission|test|trial|sample|spec|pitch|(?:a|an|some)\s+free|without|same|only|idle|inactive|no\s+(?:cost|charge|fee)|part of|for free|free of charge|for nothing|gratis|pro bono|on the house|freebie|favou?r|gift|goodwill|without pay|for no|unpaid|pay|paid|donate|volunteer|contribute|no\s+(?:extra|additional|further|added)|(?:within|for|at|on|in|under|inside)\s+(?:the|your|our)\s+(?:same|original|initial|agreed|existing|current|quoted|fixed|flat|first)|(?:we|i)(?:'?ve| have)?\s+(?:already\s+)?(?:agreed|budgeted|spent|quoted)|covered|included|part of the|budget|charg|bill|invoic|cost|afford|compensat|offer (?:payment|a fee)|(?:offer|provide) (?:a|any)|remunerat|money|funds?\b|cash|(?:test|trial|sample|spec)\s+(?:piece|task|project|assignment|article|translation|design|job|shoot|page|illustration|logo)|on spec|spec work|speculative)/,
  patterns: [
    // "it's only fair this one is on you", "the least you could do is throw it in for free"
    /\b(?:(?:only |just )?fair|only right|reasonable|the least you could do)\b[^.?!\n]{0,40}?\b(?:on the house|on you|free of charge|at no (?:extra )?(?:charge|cost)|for free|gratis|complimentary|without charge)\b/,
    // "see this one as a labour of love", "treat it as a passion project"
    /\b(?:see|treat|think of|consider|view|approach|take)\s+(?:this|it|this one|that|the \w+(?: \w+)?)\s+as\s+(?:more (?:of )?)?(?:a |an )?(?:labou?r of love|passion project|favou?r|gift|donation|contribution|good deed|act of kindness)\b/,
    // the freelancer's work, for nothing ("could you design it for free"), not a free offer in an ad
    /\b(?:do|doing|did|make|making|design|designing|write|writing|build|building|create|creating|draw|drawing|shoot|shooting|film|filming|edit|editing|translate|translating|help|helping|work|working|it|this|that|them|these|those|one|a few|some|extra|bonus|too|also|favour|favor)\s+(?:\w+\s+){0,4}?(?:for free|free of charge|for nothing|gratis|pro bono|on the house|as a freebie|as a (?:little )?(?:favou?r|gift|goodwill gesture)|without pay|for no (?:money|fee|charge))\b/,
    /\b(?:trial|test|sample|try-?out)\b[^.?!\n]{0,20}?\bunpaid\b/,
    /\b(?:(?:don'?t|do not) (?:think|see why|believe) (?:we|i) (?:should|need to|have to)|(?:we|i) (?:shouldn'?t|should not|won'?t|will not|refuse to|am not going to|are not going to|'m not going to|'re not going to))\s+(?:have to\s+)?pay\s+(?:you\s+)?(?:extra|more|anything|for)\b/,
    /\b(?:it'?s|it is|this is|that'?s|the (?:test|task|trial|assignment|work|project|role|position|gig|piece))\s+(?:\w+\s+)?unpaid\b/,
    /\b(?:donate|volunteer|gift|contribute)\s+(?:some of\s+)?your\s+(?:time|services|work|skills|talent|expertise|design|hours)\b/,
    /\bunpaid\s+(?:test|trial|task|sample|assignment|work|project|internship|piece|role|position|gig|job|collaboration|basis|pilot|tryout)\b/,
    /\b(?:at|for|with)\s+no\s+(?:extra\s+|additional\s+|further\s+|added\s+)?(?:cost|charge|fee)\b/,
    // "keep it within the original fee", "do it for the same price", "sort it within what we've paid"
    /\b(?:within|for|at|on|in|under|inside)\s+(?:the|your|our)\s+(?:same|original|initial|agreed|existing|current|quoted|fixed|flat|first)\s+(?:\w+\s+)?(?:fee|fees|price|rate|quote|budget|cost|amount|invoice|estimate|package|retainer|terms|order|purchase order|po|agreement|deal)\b/,
    /\b(?:it|this|that|them|these|both|all|everything|too|also|as well|do|make)\s+for\s+the\s+same\s+(?:price|fee|rate|money|amount|budget|cost)\b/,
    /\b(?:within|in|by|under|with|from)\s+what\s+(?:we'?ve|we have|i'?ve|i have|we|i)\s+(?:already\s+)?(?:paid|agreed|budgeted|spent|quoted)\b/,
    /\b(?:covered|included)\s+(?:by|in|within)\s+(?:the|your|our)\s+(?:original|initial|agreed|existing|current|same|first|quoted|fixed|flat)\s+(?:\w+\s+)?(?:fee|fees|quote|price|budget|rate|estimate|package|retainer|invoice|cost|amount|total)\b/,
    /\b(?:assume|assuming|imagine|presume|take it|guess|hope|suppose|i'?m sure|surely)\b[^.?!\n]{0,40}?\b(?:covered|included|part of the (?:deal|package|price|fee|quote))\b/,
    /\b(?:the|our|your|my)\s+budget\s+(?:stays|remains|will stay|will remain|doesn'?t change|won'?t change|is unchanged|stays unchanged)\b(?![^.?!\n]{0,20}\b(?:as (?:in|per|agreed|discussed|quoted)|go ahead|from (?:the|your) quote)\b)/,
    // "surely it won't be charged extra", "you don't need to bill us for this"
    /\b(?:won'?t|wouldn'?t|shouldn'?t|will not|would not|should not|can'?t|isn'?t|aren'?t)\s+(?:be\s+|need to be\s+)?(?:charged|billed|invoiced|chargeable|billable)\s*(?:extra|as extra|separately|additionally|on top|for)?\b/,
    /\b(?:don'?t|no need to|won'?t|wouldn'?t|do not|will not|shouldn'?t)\s+(?:need to\s+|have to\s+)?(?:charge|bill|invoice)\s+(?:us|me|extra|for (?:it|this|that|them))\b/,
    /\b(?:won'?t|shouldn'?t|wouldn'?t|will not|should not)\s+cost\s+(?:us\s+)?(?:anything|extra|more|a thing)\b/,
    // "we can't really pay anything right now", "there's no budget for this"
    /\b(?:can'?t|cannot|can not|unable to|not able to|won'?t be able to|couldn'?t)\s+(?:really\s+|actually\s+)?(?:pay|afford to pay|budget for|compensate|offer payment|offer a fee|remunerate)\s+(?:you|anything|much|a lot|more|extra|for (?:it|this|that|more|extra|the extra)|a fee|(?:the\s+)?(?:market|full|going|normal|usual|standard|your)\s+rates?)\b/,
    /\b(?:can'?t|cannot|can not|unable to|not able to|won'?t be able to|couldn'?t)\s+(?:really\s+|actually\s+)?(?:offer|provide)\s+(?:a|any)\s+(?:fee|payment|budget|compensation|remuneration)\b/,
    /\b(?:there'?s|there is|we have|we'?ve got|we got|with|have)\s+(?:no|zero|literally no|absolutely no|not much|not any|no real)\s+(?:budget|money|funds?|cash)\b/,
    /\b(?:don'?t|do not|didn'?t)\s+(?:really\s+)?have\s+(?:a|any|the|much)\s+(?:budget|money|funds?|cash)\s+(?:for|to|at|right|rn)\b/,
    // unpaid tests and spec work
    /\b(?:test|trial|sample|spec)\s+(?:piece|task|project|assignment|article|translation|design|job|shoot|page|illustration|logo)\b[^.?!\n]{0,60}?\b(?:see if|fit|before (?:we|i) (?:hire|commit|decide|book|add you)|prove|show us)\b/,
    /\b(?:on spec|spec work|speculative (?:work|basis|pitch))\b/,
    /\bonly\s+(?:the\s+)?(?:winning|chosen|selected|successful|best|retained)\s+(?:\w+\s+)?(?:design|concept|proposal|entry|pitch|one|option|idea)s?\s+(?:will be|gets?|is|would be)\s+(?:paid|compensated|remunerated)\b/,
    // "we'd rather not pay for the revisions, they should be part of the job"
    /\b(?:rather not|prefer not to|don'?t want to|do not want to|shouldn'?t have to|should not have to|not willing to)\s+pay\s+(?:you\s+)?(?:for|extra|more|anything)\b/,
    /\b(?:should|must|ought to|would)\s+(?:be|come)\s+(?:\w+\s+)?(?:part of|included in|covered by)\s+(?:the|your|our)\s+(?:job|package|deal|price|fee|quote|project|contract|original|agreed)\b/,
    /\b(?:you|doing|do|make|send|provide|create|produce)\s+(?:us\s+|me\s+)?(?:a|an|some)\s+free\s+(?:sample|test|mock-?up|concept|draft|page|piece|logo|article|translation|illustration|shoot|pitch)/,
    // "same package price of course", "without it changing the fee, I hope"
    /\bsame\s+(?:\w+\s+)?(?:price|fee|rate|budget|cost|retainer|invoice|total)\b[^.?!\n]{0,15}?\b(?:of course|obviously|naturally|i hope|i assume|i presume|i guess|surely)/,
    /\bwithout\s+(?:it\s+|that\s+|this\s+)?(?:changing|affecting|raising|increasing|adding to|touching|bumping up)\s+(?:the|your|our)\s+(?:\w+\s+)?(?:price|fee|quote|budget|cost|invoice|total|rate)\b/,
    // "we will pay only for tracked hours with activity above 70%", "idle time is not billable"
    /\b(?:pay|paid|bill|billed|invoice|compensate)\s+(?:you\s+)?only\s+(?:for\s+)?(?:the\s+)?(?:\w+\s+)?(?:hours|time|minutes)\s+(?:where|when|with|that|in which|above|over)\b/,
    /\b(?:only|just)\s+(?:pay|paying|count|counting|bill)\s+(?:for\s+)?(?:the\s+)?(?:tracked|logged|active|productive|monitored|screenshotted|recorded)\s+(?:hours|time|minutes)\b/,
    /\b(?:idle|inactive|away|break|low[- ]activity)\s+time\s+(?:is|will be|won'?t be|isn'?t|is not|will not be|doesn'?t|does not)\s+(?:not\s+)?(?:billable|paid|payable|counted|count|invoiceable|chargeable)\b/,
    // "we'd rather pay per result", "we don't usually pay for test assignments"
    /\b(?:pay|paying|paid)\s+(?:you\s+)?(?:only\s+)?(?:per|by|on|based on)\s+(?:results?|performance|outcomes?|commission|sales?|leads?|conversions?|success)\b(?!\s+day)/,
    /\b(?:don'?t|do not|never|doesn'?t|does not)\s+(?:usually\s+|normally\s+|generally\s+|typically\s+)?pay\s+(?:for\s+)?(?:the\s+)?(?:tests?|trials?|samples?|spec|pitch(?:es)?|test assignments?|trial tasks?)\b/,
    // "let's keep it at the original number even with the extra pages"
    /\b(?:keep|leave|stick with|stay at|stay with|hold)\s+(?:it\s+|the price\s+|things\s+)?(?:at|to|with|on)\s+(?:the\s+)?(?:original|initial|same|agreed|quoted|first)\s+(?:number|price|fee|amount|figure|quote|budget|total)\b[^.?!\n]{0,40}?\b(?:even|despite|with the (?:extra|additional|new)|although)\b/,
    /\b(?:don'?t|do not|never)\s+(?:usually\s+|normally\s+|generally\s+|typically\s+)?pay\s+(?:for\s+)?(?:the\s+)?(?:revisions|edits|changes|corrections|amendments|tweaks|drafts|concepts|meetings|calls|travel|research)\b/,
    // spec work: "do it as a trial, and if we like it we'll pay for the next ones"
    /\bif\s+(?:we|i)\s+(?:like|love|use|keep|are happy with|'re happy with|pick|choose)\s+(?:it|them|the result|the (?:design|draft|concept|logo))\b[^.?!\n]{0,30}?\b(?:we'?ll|we will|i'?ll|i will)\s+(?:pay|start paying|hire|book|commission)\b/,
  ],
  unless: [
    /\b(?:admission|entry|registration|tickets?|shipping|delivery|parking|refreshments|breakfast|lunch|webinar|seminar|feel free|download|sign up|subscribe|upgrade|trial version|wi-?fi|click|try it|play|watch|stream|install|join now|get started)\b/,
    /\b(?:paid test|paid trial|we pay for (?:the )?test|test is paid)\b/,
    // The client accepting the freelancer's own price: "we approve it at the quoted price".
    /\b(?:we|i) (?:approve|accept|sign|confirm|validate|agree to|are happy with|'re happy with|'m happy with|am happy with)\b/,
  ],
  negatable: false,
  examples: {
    fires: [
      'Given the volume we send you, it seems fair the label tweak is on you.',
      'Could you treat the logo as a passion project? We have next to nothing.',
      'Could you design the menu for free? It would really help us out.',
      "Can the banners stay within the original fee, seeing as it's the same style?",
      'Could you do the extra pages for the same price?',
      "I'm sure you can fit it in within what we've already paid.",
      "I'm assuming the extra sizes are covered by the original quote.",
      "Surely two more drafts won't be charged extra?",
      "We can't really pay anything right now but we'd credit you.",
      "There's no budget for this part, sorry.",
      "Before we hire, we'd like a quick test piece to see if you're a good fit.",
      'Only the winning concept will be paid.',
      'All translators complete an unpaid sample first.',
      'Could you help us with the poster for free?',
      'Would you be willing to donate your services for the gala?',
      "We can't offer a fee, but we'll tag you in every post.",
      "We'd rather not pay for the revisions, they should be part of the job.",
      'Could you throw in the social kit at no charge?',
      'Would you mind doing a free sample page first?',
      'Six pages instead of four, same budget obviously.',
      'Could you add the FAQ without changing the quote?',
      "We'll pay only for hours where the tracker shows activity.",
      'Idle time will not be paid.',
      "We'd rather pay per result than per hour.",
      "We don't usually pay for test assignments.",
      "Let's keep it at the original number even with the extra pages, ok?",
      "We usually don't pay for revisions, hope that's ok.",
      "Would you consider doing it as a trial, and if we like it we'll pay for the next ones?",
    ],
    quiet: [
      'Fair enough, the delivery is free of charge for orders over £50.',
      'This festival has always been a labour of love for the whole committee.',
      'Feel free to send the invoice whenever suits.',
      'Click here to play for free and win a trip!',
      'Your unpaid invoice will be settled on Friday.',
      'Registration is free of charge for members.',
      'Shipping is free on orders over $50.',
      'The paid test is 500 words at your usual rate.',
      'We can pay the invoice by card or bank transfer.',
      'The new fonts are included in the licence we bought.',
      'Our budget stays the same as agreed in March.',
      'Delivery at no charge for orders over $50.',
      'The same price as last year works for us.',
      "We'll pay for all the hours in your timesheet.",
      'Please add the FAQ; send an updated quote first.',
      'We pay on receipt of invoice, as agreed.',
      'Your quote works for us, we approve it at the quoted price.',
      "If we like the first round, we'll move straight to the print files.",
    ],
  },
});
