import { phraseRule } from '../../phrase-rule.ts';

/** Calls the price too high, compares it with cheaper people, or says the money is not there. */
export default phraseRule({
  id: 'rate-pressure/too-expensive',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Questions your price or pleads a tight budget: a lead-in to asking you to charge less.',
    fr: 'Conteste votre prix ou invoque un budget serré : une entrée en matière pour vous faire baisser.',
  },
  cue: /\b(?:fit|squeeze|within|approved|signed off|allocated|released)\b|\b(?:double|twice|triple|three times|2x|3x|overpriced|exorbitant|extortionate|rip-?off|robbery|many|students?|interns?|kids|beginners|juniors|quot|invoice|fee|estimate|bill|rate|total|pric|cost|charge|amount|expensive|steep|a lot of money|budget|range|league|afford|(?:hours?|hrs|days)\s+(?:seem|look|feel|is|sound)|(?:more|higher|over)\s+than\s+(?:what\s+)?(?:we|i)\b|(?:other|another|most|some|plenty of|lots of)\s+(?:freelancer|designer|developer|dev|writer|translator|photographer|agenc|people|illustrator|copywriter|editor|consultant|guy|studio)|cheaper|for less|half|third|fraction|quarter|less|lower|fiverr|upwork|nephew|niece|cousin|son|daughter|kid|friend|brother|sister|intern|student|assistant|neighbo|cash|money|funds|finances|stretched|strapped|tight|squeezed|skint|broke|short of|short on|shoestring|startup|start-up|charity|non-?profit|family business|small business|ngo|indie|collective|community group|competitor|competition|above what|beyond what|too much)/,
  patterns: [
    // non-native: "the amount you ask is too much for us", "our budget is less"
    /\b(?:the|your)\s+(?:amount|price|rate|fee|fees|quote|cost|charges?)\s+(?:(?:you|u)\s+(?:ask|asked|quote|quoted|charge|want|mention(?:ed)?|told)\s+)?(?:is|are|seems?)\s+(?:\w+\s+)?too\s+(?:much|high|big|costly)\b/,
    /\b(?:our|my|the)\s+budget\s+(?:is|are)\s+(?:very\s+|too\s+|bit\s+|a bit\s+)?(?:less|not much|not enough|very less)\b/,
    // "the board only approved 1,500, so fit it into that", "keep the whole thing within that amount"
    /\b(?:fit|squeeze|keep|get)\s+(?:it|this|that|everything|all of it|the (?:job|project|work|whole thing))\s+(?:in|into|within|under)\s+(?:that|this|the|our|their)(?:\s+(?:budget|amount|envelope|figure|sum|number|cap|limit))?\b(?!\s+(?:slot|space|box|page|frame|layout|template|folder|section|column|gap|week|day|deadline|(?:week|month|year|quarter)(?:'s|ly)?|payment|pay|billing|invoicing|run|batch|cycle|system|spreadsheet|sheet|file|report|schedule|calendar)\b)/,
    /\b(?:only (?:approved|signed off|allocated|budgeted|released|agreed)|approved only|signed off only)\s+(?:on\s+)?(?:[$£€]\s?\d[\d,.]*\s*k?|\d{1,3}(?:[,.]\d{3})+|\d{3,}|\d+\s?k)\b(?!\s+(?:of|out of)\b)/,
    // "your quote is a bit steep", "the invoice seems high"
    /\b(?:(?:your|the|this|that)\s+(?:quote|invoice|fee|fees|estimate|bill|day rate|hourly rate|total|quoted price)|your\s+(?:price|prices|pricing|rate|rates|cost|costs|charges))\s+(?:is|are|seems?|looks?|feels?|was|were|came in|comes in|sounds?)\s+(?:(?:a bit|a little|a tad|a touch|rather|quite|way|pretty|really|very|too|far|just|slightly|somewhat|much|a lot|kind of|kinda|bit|little|lil|well)\s+){0,3}(?:high|steep|expensive|pricey|pricy|much|excessive|over|above|more than|beyond|out of|hefty|stiff|on the high side|a lot|(?:higher|more expensive|pricier|steeper|dearer)\s+than)\b/,
    // non-native: "the price is little bit high for us", "price is too much high"
    /(?:^|\bthe\s+|\byour\s+|[-:]\s*)(?:price|rate|fee|cost|quote|amount)s?\s+(?:(?:is|are|seems?|looks?)\s+)?(?:(?:a|little|bit|lil|too|much|very|so|quite|rather|tad|slightly|some|what)\s+){1,4}(?:high|expensive|costly|big|pricey|steep)\b|(?:^|\bthe\s+|\byour\s+|[-:]\s*)(?:price|rate|fee|cost|quote|amount)s?\s+(?:(?:is|are|seems?|looks?)\s+)?(?:(?:a|little|bit|lil|very|so|quite)\s+){0,3}too much\b/m,
    // "that's a bit steep", "it's too pricey for us"
    /\b(?:that|this|it|which)(?:'s| is| seems| looks| feels| sounds)\s+(?:(?:like|a bit|a little|rather|quite|way|really|pretty|too|very|kind of|kinda|bit|far|a tad|awfully)\s+){0,3}(?:expensive|pricey|pricy|steep|overpriced|costly|a lot of money|out of (?:our|my) (?:budget|price range|league)|more than (?:we|i) (?:can|could) (?:afford|justify|spend)|too much for (?:us|me|our|my|a small|a little))\b(?!\s+to\b)/,
    // "a bit above what we had budgeted", "beyond what I'd planned"
    /\b(?:above|beyond|over|exceeds|more than)\s+what\s+(?:we|i)(?:'d| had| have|'ve)?\s+(?:\w+\s+)?(?:budgeted|planned|expected|anticipated|allocated|set aside|had in mind)\b/,
    // "14 hours seems like a lot", "the quote feels like a bit much"
    /\b(?:\d+\s+(?:hours?|hrs|days)|(?:the|your|that|this)\s+(?:quote|invoice|fee|bill|estimate|total|amount|number of hours))\s+(?:seems?|looks?|feels?|is|sounds?)\s+(?:like\s+)?(?:(?:a bit|way|rather|quite|far|really|pretty|an awful)\s+)?(?:a ?lot|alot|too much|a bit much|excessive|steep|high)\b/,
    // "more than we budgeted", "higher than we expected"
    /\b(?:that'?s|it'?s|this is|that is|it is|(?:quote|invoice|fee|rate|price|total) is|bit|little|way|lot|much|quite|far)\s+(?:more|higher|over)\s+than\s+(?:what\s+)?(?:we|i)\s+(?:\w+\s+)?(?:expected|budgeted|planned|anticipated|had in mind|hoped|can afford|could afford|wanted to (?:spend|pay)|were expecting|was expecting|thought|usually pay|normally pay|paid last time)\b/,
    // The invoice itself over what was planned: "your last invoice came out higher than we planned for",
    // "invoices have run higher than planned", non-native "last invoice is too much for our budget".
    /\b(?:invoices?|bills?)\b[^.?!\n]{0,30}?\b(?:is|was|were|are|came (?:in|out)|comes? (?:in|out)|ran|run|went|gone|has been|have been)\s+(?:\w+\s+){0,2}?(?:(?:more|higher|bigger|above|over)\s+(?:than\s+)?(?:what\s+)?(?:we|i|our budget|planned|budgeted|expected|anticipated)\b|too (?:much|high|big|expensive)\b|over (?:our |the )?budget\b)/,
    /\b(?:out of|above|outside|beyond|exceeds|over)\s+(?:our|my|the client'?s)\s+(?:\w+\s+)?(?:budget|price range)\b/,
    // "other designers charge less", "I found someone cheaper", "my nephew could have done it in an afternoon"
    /\b(?:other|another|most|some|plenty of|lots of|many)\s+(?:students?|interns?|kids|beginners|juniors|freelancers?|designers?|developers?|devs|writers?|translators?|photographers?|agencies|agency|people|illustrators?|copywriters?|editors?|consultants?|guys?|studios?)\s+(?:\w+\s+){0,3}?(?:charge|charging|charges|ask|asks|asking|quoted?|quoting|offer(?:ed|s)?|(?:would |will |could |can )?do (?:it|this|that)|did (?:it|this|that))\s+(?:\w+\s+){0,3}?(?:less|cheaper|half|lower|a fraction|for (?:a pizza|peanuts|a beer|pennies|next to nothing|nothing|free|exposure))\b/,
    /\b(?:found|find|get|got|have|hire|know)\s+(?:someone|somebody|a guy|another \w+|others?|people)\s+(?:\w+\s+){0,3}?(?:cheaper|for less|for half|at half|for a fraction|on fiverr|on upwork)\b/,
    /\b(?:someone|somebody|a guy|a girl|another \w+|a (?:freelancer|designer|developer|dev|writer|translator|photographer|studio|agency|company)|others?|(?:your|our|the|their)\s+competitors?|the competition)\b[^.?!\n]{0,40}?\b(?:offered|quoted|quotes|charges?|asked|asks|would do it|will do it|can do it|could do it)\b[^.?!\n]{0,40}?\b(?:a third|half|a fraction|a quarter|less|cheaper|lower)\b/,
    /\b(?:nephew|niece|cousin|son|daughter|kid|friend|brother|sister|intern|student|assistant|neighbou?r)\s+(?:\w+\s+){0,4}?(?:could|can|would)\s+(?:of\s+|have\s+|'ve\s+)?(?:do|done|make|made|build|built|design|designed|write|written|whip(?:ped)? up)\s+(?:it|this|that|the \w+)\s+(?:in|for)\b/,
    // "the budget is tight", "cash is a bit short this month", "we had to cut our Q2 budget"
    /\b(?:budget|budgets|cash|cashflow|cash flow|money|funds|finances)(?:'s| is| are| has been| have been| was| were| will be| remains?| running)\s+(?:(?:a bit|a little|really|very|pretty|super|quite|rather|extremely|kinda|kind of|bit|so|incredibly|tight|too|still)\s+){0,2}(?:tight|limited|stretched|thin|short|low|squeezed|strapped|constrained|lean|small|tiny|modest|minimal)\b/,
    /\b(?:tight|limited|small|tiny|modest|shoestring|lean|shrinking|reduced|slashed|restricted|constrained)\s+budget\b/,
    /\b(?:cut|slashed|reduced|trimmed|frozen|halved|lost)\s+(?:our|the|my)\s+(?:\w+\s+)?budget\b/,
    /\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t)\s+(?:really\s+)?afford\s+(?:you|your|it|this|that|the (?:full|whole|quoted)|to pay|that much|so much|much|more)\b/,
    /\b(?:we'?re|we are|i'?m|i am)\s+(?:(?:a bit|a little|really|quite|pretty|very|so|super)\s+)?(?:(?:stretched|strapped|tight|squeezed)\s+(?:financially|for cash|for money|this (?:month|quarter|year)|at the moment|right now)|skint|broke|short of (?:cash|money|funds))\b/,
    /\b(?:on a shoestring|strapped for cash|cash[- ]strapped|tight on (?:money|cash|budget)|short on (?:cash|money|funds|budget))\b/,
    /\b(?:we'?re|we are)\s+(?:only |just |still )?(?:a |an )?(?:(?:small|tiny|little|young|new|early[- ]stage|bootstrapped|struggling|self-funded)\s+)*(?:startup|start-up|charity|nonprofit|non-profit|family business|small business|ngo|indie|collective|community group)\b\s*,?\s*(?:you know|as you know|after all|remember|so (?:bear in mind|please bear|money is|cash is|the budget is|budget is|we can'?t|we cannot|we don'?t have|funds are))\b/,
    // "your proposal was overpriced", "I saw the same thing on Fiverr for $50"
    /\b(?:is|was|seems|looks|feels|sounds|are|were|'s)\s+(?:\w+\s+)?(?:overpriced|exorbitant|extortionate|a rip-?off|daylight robbery)\b/,
    /\b(?:on|from|via)\s+(?:fiverr|upwork|99designs|peopleperhour|canva)\b[^.?!\n]{0,40}?\b(?:for|at)\s+(?:only\s+|just\s+)?(?:[$£€]\s?\d|\d+\s?(?:dollars|euros|bucks|quid))/,
    // "your rate is double what our last designer charged"
    /\b(?:double|twice|triple|three times|2x|3x)\s+(?:what|as much as|the)\b[^.?!\n]{0,40}?\b(?:charged?|charges|paid|pay|quoted?|costs?|asked|asks|budget(?:ed)?)\b/,
    // "your rates have gone up too much"
    /\byour\s+(?:rates?|prices?|fees?|pricing|day rate|hourly rate)\s+(?:went up(?: again)?|(?:have|has)\s+(?:gone up|increased|risen|climbed|doubled|crept up))\b/,
  ],
  unless: [
    /\b(?:happy to pay|worth every|fair price|rather pay properly|reasonable price|price is fine|no problem with the price)\b/,
  ],
  examples: {
    fires: [
      'The invoice came out a lot more than we had planned for this quarter.',
      'Invoices have run higher than planned lately; can we cap it at $500 a month from now on?',
      'The bill for March was more than we expected, so we would like to move to a fixed fee.',
      'last invoice is too much for our budget, can we fix 200 per month all included from now?',
      'Kindly note our budget is very less for this.',
      'Sir, the price you quoted is too high for our shop.',
      'Your price is little bit high, kindly check once.',
      'Price is too much high for small company like us.',
      'Sir the amount little bit too much, please check.',
      'Your rate seems a bit high compared to last time.',
      'Finance only signed off 2,000, so we need you to keep the whole thing within that.',
      'Honestly your quote is little high for a shop our size.',
      'Your quote is a bit steep for a one-page site.',
      "Honestly that's way too pricey for us.",
      '12 hours seems like a lot for a logo.',
      "It's more than we budgeted for this quarter.",
      'Other designers charge half that.',
      'I found someone on Fiverr who would do it cheaper.',
      'My son could have made it in an afternoon.',
      "Budget's a bit tight this month.",
      "We're a tiny startup, so bear in mind we can't spend much.",
      'We had to cut our marketing budget.',
      "It's a bit above what we had budgeted, to be honest.",
      'Your competitors quoted us about half of that.',
      'Lots of students would do this for a pizza.',
      'The board felt your proposal was overpriced.',
      'Your rates have gone up too much since last year.',
      'Your day rate went up again? We thought it would stay put.',
    ],
    quiet: [
      'The invoice came out higher than the quote because of the extra day, we will pay it this week.',
      'The price of paper is too high this year, so we print fewer copies.',
      'Can you fit it into that slot on page two?',
      'Send the invoice over and I will get it into the weekly payment batch.',
      'The client only approved 3 of the 5 concepts, so we go with those.',
      'Your quote looks fine, please go ahead.',
      'The invoice is attached for your records.',
      "It's expensive to fly to Lisbon in August, so let's do the shoot in September.",
      'Prices of gas are higher than we expected this winter.',
      'We are happy to pay your full rate.',
      'Could you send your rates for a 20-page report?',
      "We're a young startup so thanks for squeezing us in.",
    ],
  },
});
