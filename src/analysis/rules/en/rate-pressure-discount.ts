import { phraseRule } from '../../phrase-rule.ts';
import { OWN_OFFER_ACCEPTED } from '../shared/rate-reasons.ts';

/** An amount of money as clients type it: "$1,200", "£500", "800 dollars", "2k", "300 bucks". */
const AMOUNT = String.raw`(?:[$£€] ?\d(?:[\d,.]|\s(?=\d{3}\b))*k?|\d(?:[\d,.]|\s(?=\d{3}\b))*\s?(?:k\b|dollars?|bucks|quid|pounds?|euros?|usd|gbp|eur|cad|aud)|\d+ ?(?:%|percent|per cent))`;

/** Asks for a discount, a lower rate, or counters the quote with a smaller figure. */
export default phraseRule({
  id: 'rate-pressure/discount',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Asks you to lower your price after it was quoted: a discount is a concession, not a given.',
    fr: 'Demande de baisser votre prix déjà annoncé : une remise est une concession, pas un dû.',
  },
  cue: /(?:stays?|remains?|will stay|will remain|is staying) (?:where it is|as it is|the same|unchanged|put) for|(?:current|existing|same|present) (?:day |hourly )?(?:rate|price|pricing|fee|tariff)|your (?:\w+ )?(?:increase|raise|rise)|(?:%|percent|per cent|third|quarter|fifth|tenth|half|bit|little|\d|k) (?:less|cheaper|lower)\b|\b(?:old|previous|former|last year'?s|last quarter'?s|new|20\d\d) (?:rate|rates|price|prices|pricing|fee|fees|tariff|day rate|hourly rate)\b|\b(?:best|lowest|final|last) (?:price|rate|offer|quote)\b|introductory|first[- ]time|new[- ](?:customer|client)|loyalty|reduce|\b(?:cheap|cheaper|lower|all[- ]in|old|previous|former|absorb|cover|foot|bear|swallow|capped|above|beyond|instead of|rather than|match|beat|deduct|withhold|dock|subtract|knock off|friends?|family|mates|friendly|(?:us|me)\s+(?:a|an)\s+(?:\w+\s+)?deal|max|maximum|ceiling|cap\b|limit|take it or leave it|(?:would|could|can|will)\s+(?:a\s+)?(?:flat\s+|fixed\s+|round\s+)?\d|negotiable|cheaper|for less|discount|reduction|rebate|markdown|quot|invoice|fee|estimate|bill|rate|total|pric|cost|charge|amount|budget|surcharge|supplement|premium|waive|flex|sharpen|(?:wiggle|negotiating|breathing)\s+room|leeway|latitude|half ?way|in the middle|split the difference|closer to|come\s+down|down to|call it (?:even|quits|square)|(?:let'?s|shall we)\s+(?:say|call it|settle on|agree on)|quotation|(?:better|lower|cheaper|reduced|discounted|special|friendlier|nicer|sharper|keener|reasonable|competitive|affordable|mates'?|friends?|family)\s+(?:deal|offer|figure|number)|(?:best|lowest|final)\s+(?:offer|figure)|(?:match|beat)\s+(?:their|his|her|that|the other|this)|(?:for|expecting|thinking|of|mind)\s+(?:something\s+|a figure\s+|a price\s+)?(?:closer|more like|nearer|around|in the region)|(?:is|seems|sounds|feels|would be)\s+(?:more\s+)?(?:fair|reasonable|enough|plenty|about right)|(?:bit|little|tad|bucks|quid|dollars|hundred|something|anything|some)\s+off\b)|[$£€%]|\d\s?(?:k\b|dollar|buck|quid|pound|euro|usd|gbp|eur|cad|aud|percent|per cent)|[\d,.]\s+off\b/,
  patterns: [
    // fewer paid hours for the same output: "at 20 hours instead of 30, same deliverables"
    /\b\d+\s+(?:hours|hrs|days)\s+(?:a\s+\w+\s+|per\s+\w+\s+)?(?:instead of|rather than|not)\s+\d+\b[^.?!\n]{0,30}?\b(?:same|identical|all the same|unchanged)\s+(?:deliverables|scope|output|workload|volume|results|number of \w+)\b/,
    // A raise put off until the client's own good news: "we'll stay on the current rate for now and bump it once
    // we land a sponsor", "your increase will have to wait until sales pick up".
    /\b(?:rate|rates|price|pricing|fee|fees|tariff)\b(?<=\b(?:keep|stay|stick|continue|remain)\w*\s+(?:paying\s+|on\s+|at\s+|with\s+)?(?:the\s+|your\s+|our\s+)?(?:old|current|previous|existing|last year'?s|same|present)\s+(?:day\s+|hourly\s+)?(?:rate|rates|price|pricing|fee|fees|tariff))[^.?!\n]{0,50}?\b(?:for now|for the time being|for the moment|until\s+(?:we|our|things|sales|business|the (?:budget|funding|business|sponsor|money))|(?:bump|raise|increase|revisit|review)\w* (?:it|them|that) (?:when|once|after|if))\b|\byour\s+(?:rate\s+|price\s+|fee\s+)?(?:increase|raise|rise)\b[^.?!\n]{0,30}?\b(?:will have to|has to|must|can|could|should|needs? to|may have to)\s+wait\b/,
    // The raise answered with the rate frozen for a while: "the retainer stays where it is for now".
    /\b(?:the|your|our)\s+(?:monthly\s+|day\s+|hourly\s+)?(?:retainer|rate|fee|day rate|price)\s+(?:stays|remains|will stay|will remain|is staying)\s+(?:where it is|as it is|the same|unchanged|put)\s+for\s+(?:now|the time being|the moment|this year|another (?:year|quarter|few months))\b/,
    // the same with the rate named any way ("keep paying the phase 1 rate for now and raise it once we sign the
    // sponsor"): the raise put off to the client's good news is what matters
    /\b(?:bump|raise|increase|up|revisit|review)\w*\s+(?:it|them|that|the rate|your rate|the fee|your fee)\s+(?:once|when|after|as soon as|if)\s+(?:we\s+(?:land|get|sign|find|win|close|raise|secure|receive|hear)|our\s+(?:sponsor|funding|grant|investor|sales|client|budget|revenue)|the\s+(?:grant|funding|sponsor|money|budget|investment|investor|round|sales|business|revenue)|things|sales|business)\b(?<=\b(?:keep|stay|stick|continue|remain)\w*\s+(?:paying\s+|on\s+|at\s+|with\s+)?(?:the\s+|your\s+|our\s+)?[^.?!\n]{0,30}?\b(?:rate|rates|price|pricing|fee|fees|tariff)\b[^.?!\n]{0,50})/,
    // non-native: "please reduce little bit", "kindly give best rate\"
    /\b(?:please|pls|plz|kindly|can you|could you|can u|pls do)\s+(?:\w+\s+)?(?:reduce|lower|decrease|less)\s+(?:it\s+|the (?:price|rate|amount|cost)\s+)?(?:little|a little|little bit|a bit|bit|some|something|more)\b/,
    /\b(?:give|quote|offer|share|tell)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:best|lowest|last|final)\s+(?:price|rate|offer|quote)\b/,
    // "is there an introductory price you could give us?"
    /\b(?:is there|do you (?:have|do|offer)|could you (?:give|offer|do)|can you (?:give|offer|do)|any chance of|give us|offer us)\b[^.?!\n]{0,25}?\b(?:introductory|intro|welcome|first[- ]time|new[- ]customer|new[- ]client|start-?up|loyalty)\s+(?:(?:client|customer)\s+)?(?:price|rate|discount|offer|deal|pricing)\b/,
    // "take 10% off", "knock a bit off the invoice", "shave $200 off"
    new RegExp(
      String.raw`\b(?:take|knock|shave|trim|chop|cut|drop|lop|bring)\s+(?:(?:off\s+)?(?:a (?:bit|little|tad|few (?:bucks|quid|dollars|hundred))|something|anything|some|the \w+ fee|${AMOUNT}|\d[\d,.]*))\s+off\b`,
    ),
    // "give us a discount", "any chance of a small loyalty discount"
    /\b(?:give|offer|do|get|apply|make|consider|extend|allow|throw in|expect|want|need|like|love|hoping for|hope for|ask(?:ing)? (?:you\s+)?for|chance of|way to|possible to get|is there|there be|entitled to|open to|up for|ok with|okay with|agree to|accept)\s+(?:us\s+|me\s+|you\s+)?(?:a|any|some)\s+(?:[\w%-]+\s+){0,2}?(?:discount|reduction|rebate|markdown)\b/,
    // "can you do a better price", "could you offer us a friendlier rate"
    /\b(?:you|u|ya)\s+(?:(?:could|can|might|would|please|possibly|maybe|perhaps|just|be able to|able to)\s+){0,3}(?:do|give|offer|make|find|come up with|work out|quote|send|get|let us have|consider|accept|agree to|go for|think about)\s+(?:us\s+|me\s+)?(?:a|an|your|the|any|some)?\s*(?:slightly\s+|bit\s+|little\s+)?(?:better|lower|cheaper|reduced|discounted|special|friendlier|nicer|sharper|keener|more (?:reasonable|competitive|affordable)|mates'?|friends?(?: and family)?)\s+(?:price|rate|deal|fee|quote|offer|figure|number|day rate|hourly rate)\b/,
    // "is that your best price?", "any wiggle room on the fee?"
    /\b(?:is (?:that|this) (?:really )?your|what'?s your|what is your)\s+(?:very\s+)?(?:best|lowest|final)\s+(?:price|rate|offer|figure)\b/,
    /\b(?:(?:wiggle|negotiating|breathing)\s+room|leeway|latitude)\s+(?:on|with|in)\s+(?:(?:the|your)\s+)?(?:price|pricing|rate|rates|fee|fees|quote|invoice|estimate|budget)\b/,
    /\b(?:flexib(?:le|ility)|flex)\s+(?:on|with|in)\s+(?:the\s+|your\s+)?(?:price|pricing|rate|rates|fee|fees|quote|invoice|estimate|day rate|hourly rate)\b/,
    // "lower your rate", "revisit the invoice", "come down a bit on the quote"
    /\b(?:lower|reduce|drop|bring down|cut|trim|revisit|revise|reconsider|rethink|negotiate|renegotiate|discount|sharpen|adjust|review)\s+(?:(?:your|the|this|that)\s+(?:quote|quotation|invoice|fee|fees|estimate|bill|day rate|hourly rate|total)|your\s+(?:price|prices|pricing|rate|rates|cost|costs|charges|fees|fee|bill)|(?:your|the)\s+(?:price|rate)\s+(?:a bit|a little|slightly|down))\b/,
    new RegExp(
      String.raw`\b(?:lower|reduce|drop|cut|trim|bring down)\s+(?:the|your|this|that)\s+(?:\w+\s+)?(?:cost|price|rate|fee|fees|charges|total|amount)\s+by\s+${AMOUNT}`,
    ),
    /\bcome\s+down\s+(?:(?:a bit|a little|a touch|slightly|some|further)\s+)?(?:on\s+(?:the\s+|your\s+)?(?:price|rate|fee|quote|invoice|estimate)|to\s+[$£€\d])/,
    // "could you come down a little?", "bring the price down a bit", "make the price little bit lower"
    /\b(?:you|u)\s+(?:(?:could|can|would|to|might|please|just)\s+)*(?:come|go)\s+down\s+(?:a\s+(?:little|bit|tad|touch|notch)(?:\s+bit)?|slightly|somewhat)\b(?!\s+(?:to|the|stairs|here|there|from|earlier|later|early|first)\b)|\b(?:bring|get|take|knock|push)\s+(?:the|your|that|this)\s+(?:\w+\s+)?(?:price|rate|fee|quote|total|cost|figure|number|invoice|estimate)\s+down\b|\bmake\s+(?:the|your)\s+(?:price|rate|fee|quote|total|cost)\s+(?:a\s+)?(?:(?:little|bit|tad)\s+)*lower\b/,
    // "make a small effort on the price" (a calque of "faire un effort")
    /\b(?:make|do)\s+(?:a|an|some)\s+(?:small\s+|little\s+|extra\s+|last\s+)?effort\s+(?:on|with|for)\s+(?:the|your)\s+(?:price|rate|fee|quote|invoice|cost|total)\b/,
    // "waive the rush fee this time", "drop the setup charge"
    /(?<!\b(?:we|they)\s+(?:\w+\s+)?)\bwaive\s+(?:(?:the|your|this|that|any)\s+(?:\w+\s+)?(?:fee|fees|charge|charges|surcharge|supplement|premium|deposit|costs?|minimum|mark-?up)|it|them)\b/,
    /\b(?:drop|skip|forget|scrap|remove|lose|forgo|forego|leave off|take off|forget about)\s+(?:the|your|that|this|those|these)\s+(?:\w+\s+)?(?:fee|fees|surcharge|supplement|premium|charges?)\b/,
    /\b(?:open to|willing to (?:accept|consider|do)|consider|accept|agree to|go for|settle for|possible to get|chance of|hoping for|ask(?:ing)? for|for|(?:we|i)(?:'d| would) (?:like|want|need)|(?:we|i) (?:need|expect|want))\s+(?:a|an)\s+(?:slightly\s+|bit\s+|little\s+|\d+\s?%\s+|\d+\s?percent\s+)?(?:lower|reduced|smaller|cheaper|discounted|friendlier|more modest)\s+(?:price|rate|fee|quote|figure|day rate|hourly rate|amount|total)\b/,
    // "let's say 500 and call it a day"
    /\b(?:let'?s|shall we)\s+(?:say|call it|settle on|agree on)\s+(?:about\s+|around\s+)?\d{3,}(?:[,.]\d+)?\b(?!\s*(?:am|pm|h\b|:|copies|units|pages|words|people|guests|hours|hrs|days|items|pieces|visitors))/,
    // the price told to drop: "the rate we discussed has to come down 10%", "your fee needs to come down a notch"
    /\b(?:rate|rates|price|pricing|fee|fees|quote|figure|number|invoice|total|estimate)\b[^.?!\n]{0,40}?\b(?:(?:has|have|needs?|will need|would need|must|should|is going|ought)\s+(?:to\s+)?come\s+down\b|(?<!\b(?:have|has|had)\s+)come\s+down\s+(?:by\s+)?(?:\d+ ?(?:%|percent|per cent)|a (?:third|quarter|fifth|tenth)))/,
    // "a friends-and-family sort of price", "at a mates-rates kind of fee", "at half your usual day rate"
    /\bfriends?[- ]and[- ]family\s+(?:(?:sort|kind|type) of\s+)?(?:price|rate|discount|deal|pricing|fee)\b/,
    /\b(?:at|for|on)\s+half\s+(?:of\s+)?(?:your|the)\s+(?:usual\s+|agreed\s+|normal\s+|standard\s+|full\s+|quoted\s+|regular\s+)?(?:day\s+|hourly\s+|daily\s+)?(?:rate|fee|price)\b|\bat\s+half[- ](?:price|rate)\b/,
    // "would you consider doing the whole package for $500?"
    new RegExp(
      String.raw`\b(?:consider|open to|willing to|up for|ok with|okay with|happy to)\s+(?:doing|do)\s+(?:it|this|that|them|everything|the\s+(?:\w+\s+){0,2}?\w+|all\s+(?:\w+\s+){0,2}?\w+)\s+for\s+(?:just\s+|only\s+)?${AMOUNT}`,
    ),
    /\bmeet\s+(?:me\s+|us\s+)?(?:half ?way|in the middle)\b(?!\s+of\b)/,
    /\bsplit\s+the\s+difference\b/,
    /\bsharpen\s+(?:your|the)\s+pencil\b/,
    /\bdiscount\s+(?:on|off|to)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:rate|rates|fee|fees|price|quote|invoice)\b/,
    /\b(?:get|come|go|move)\s+(?:a bit\s+|a little\s+)?closer\s+to\s+(?:their|his|her|that|the other|our|my)\s+(?:\w+\s+)?(?:number|price|quote|rate|figure|budget|offer)\b/,
    /\b(?:match|beat)\s+(?:their|his|her|that|the other|this)\s+(?:\w+\s+)?(?:number|price|quote|rate|offer|figure)\b/,
    /\bif\s+you\s+(?:can\s+|could\s+)?(?:come|go|get|drop|bring it)\s+down\s+to\b/,
    /\b(?:mates'?|mate'?s)\s+rates?\b/,
    /\b(?:at|for|on)\s+(?:a\s+)?(?:reduced|discounted|lower|cheaper|special|preferential|friendlier|mates'?|mate'?s)\s+(?:rate|price|fee)\b/,
    /\b(?:rate|price|fee|budget)\b[^.?!\n]{0,20}?\b\d{2,}[\d,.]*\s*(?:€|\$|£|k)?\s*\(?(?:instead of|rather than|vs\.?|versus|down from)\s+(?:the\s+)?[$£€]?\d/,
    // "we were hoping for something closer to half that", "500 is fair, not 800"
    /\b(?:hoping for|expecting|thinking(?: of)?|had in mind|looking for|budgeted for|aiming for)\s+(?:something\s+|a figure\s+|a price\s+)?(?:closer to|more like|(?:more\s+)?along the lines of|nearer|nearer to|around|in the region of)\s+(?:half|a third|two-thirds|[$£€]?\d)/,
    new RegExp(
      String.raw`(?:${AMOUNT}|\b\d{2,}[\d,.]*)\s+(?:is|seems|sounds|feels|would be)\s+(?:more\s+)?(?:fair|reasonable|enough|plenty|about right)\b`,
    ),
    // "accept a 15% reduction on your day rate", "a cut in your fees"
    /\b(?:reduction|cut|decrease|drop)\s+(?:in|on|of|to)\s+(?:your|their|the)\s+(?:current\s+|usual\s+|standard\s+)?(?:day rates?|hourly rates?|daily rates?|rates?|fees?|prices?|invoice)\b/,
    // counter-offers: "I'll pay for 6 and call it even", "would you take $800?", "$500 instead of $700"
    new RegExp(
      String.raw`\b(?:(?:i|we)(?:'ll| will|'d| would| can| could)?\s+(?:only\s+)?(?:pay|offer|stretch to|go to|manage)\s+(?:you\s+)?(?:for\s+)?(?:only\s+)?(?:about\s+|around\s+)?|(?:would|will|could|can)\s+you\s+(?:\w+\s+)?(?:take|accept|do it for|do this for|do them for|settle for|consider|go for)\s+(?:about\s+|around\s+|just\s+)?|(?:how|what)\s+about\s+|(?:let'?s|shall we)\s+(?:say|call it)\s+)${AMOUNT}(?![^.?!\n]{0,40}\b(?:deposit|on signing|on signature|upfront|up front|on delivery|on completion|as agreed)\b)`,
    ),
    /\bpay\s+(?:you\s+)?for\s+(?:only\s+)?\d+\b[^.?!\n]{0,40}?\bcall\s+it\s+(?:even|quits|square)\b/,
    /\bcall\s+it\s+(?:even|quits|square)\b/,
    new RegExp(
      String.raw`\b(?:pay|paying|offer|offering|rate|fee|fees|budget|quote|invoice|charge|for|at|do it for|take)\b[^.?!\n]{0,30}?${AMOUNT}\s+(?:instead of|rather than)\s+(?:the\s+|your\s+)?${AMOUNT}`,
    ),
    // "is the price negotiable?", "can you do it for less?", "2k instead of your hourly rate"
    /\b(?:is|are)\s+(?:the\s+|your\s+|that\s+|this\s+)?(?:price|rate|fee|quote|pricing|rates|fees|day rate|hourly rate|figure|amount)\s+(?:at all\s+|still\s+|really\s+)?(?:negotiable|flexible|up for negotiation|open to negotiation)\b/,
    /\b(?:do|make|deliver|build|design|shoot|write|manage)\s+(?:it|this|that|them|the (?:job|work|project))\s+(?:any\s+|a bit\s+|a little\s+)?(?:cheaper|for less)\b(?!\s+than\b)/,
    new RegExp(
      String.raw`${AMOUNT}\s+(?:instead of|rather than|in place of)\s+(?:your|the)\s+(?:usual\s+|normal\s+|quoted\s+|full\s+|standard\s+)?(?:rate|fee|price|quote|day rate|hourly rate|estimate|minimum(?:\s+(?:fee|charge|order|rate))?)\b`,
    ),
    // "would a flat 1,500 work for you?", "knock off the travel costs"
    new RegExp(
      String.raw`\b(?:would|could|can|will)\s+(?:a\s+)?(?:flat\s+|fixed\s+|round\s+)?(?:${AMOUNT}|\d{1,3}(?:[,.]\d{3})+|\d{3,})\s+(?:work|do|be (?:ok|okay|acceptable|fine))\b`,
    ),
    /\b(?:knock|take|drop|lop|strike)\s+off\s+(?:the|your|that|this|those|these)\s+(?:\w+\s+)?(?:costs?|fees?|charges?|expenses|surcharge|supplement|premium|mileage)\b/,
    // "cut us a deal", "our max is 2,000, take it or leave it"
    /\b(?:cut|do|give|make|offer)\s+(?:us|me)\s+(?:a|an)\s+(?:\w+\s+)?deal\b/,
    new RegExp(
      String.raw`\b(?:our|my|the client'?s)\s+(?:max|maximum|ceiling|cap|limit|top budget|budget cap)\s+(?:is|would be|will be)\s+(?:${AMOUNT}|\d{1,3}(?:[,.]\d{3})+|\d{3,})(?!\s*(?:words|pages|characters|people|units|copies|guests))`,
    ),
    /\btake it or leave it\b/,
    // "if you make it 25% less", "could you do it for a third less?"
    /\b(?:make it|do it|do this|do them|do the \w+|for|charge(?: us)?|bill(?: us)?|invoice(?: us)?|price it|quote(?: us)?)\s+(?:(?:about|around|roughly|maybe|just|only)\s+)?(?:\d+ ?(?:%|percent|per cent)|a (?:bit|little|third|quarter|fifth|tenth)|half|[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:k|eur|euros|dollars|pounds|chf))\s+(?:less|cheaper|lower)\b/,
    // "could we stay on last year's rate rather than the new one?", "keep the old price"
    /\b(?:keep|carry on (?:at|with)|stay (?:on|with|at)|stick (?:to|with)|remain (?:on|at)|continue (?:with|at|on)|hold (?:on to|at)|go back to|use)\s+(?:(?:the|your|our)\s+)?(?:old|previous|former|last year'?s|last quarter'?s|20\d\d)\s+(?:rate|rates|price|prices|pricing|fee|fees|tariff|day rate|hourly rate)\b/,
    /\b(?:rather than|instead of)\s+(?:the|your)\s+new\s+(?:rate|rates|price|prices|pricing|fee|fees|tariff|day rate|hourly rate)\b/,
    // "our budget is capped at 2,000", "we can't go above 40 an hour", "for 300 instead of 450"
    /\bbudget\s+(?:is|was|'s|will be)\s+(?:\w+\s+)?(?:capped|fixed|limited|maxed out|frozen)\s+at\b/,
    /\b(?:can'?t|cannot|can not|won'?t|unable to|not able to)\s+(?:really\s+)?(?:go|pay|spend|stretch|budget)\s+(?:above|beyond|over|more than|past|higher than)\s+[$£€]?\d/,
    /\bfor\s+[$£€]?\d[\d,.]*\s*k?\s+(?:instead of|rather than|not)\s+(?:the\s+)?[$£€]?\d/,
    // "would you match what the agency quoted us?", "deduct the penalty from your invoice", "a friends-and-family rate"
    /\b(?:match|beat|meet)\s+(?:what\s+(?:the\s+|another\s+|a\s+)?\w+\s+(?:quoted|offered|charges?|charged|proposed|asks?)|(?:their|the other|the agency'?s?|a competitor'?s?|the competitor'?s?|that)\s+(?:price|rate|quote|offer|fee))\b/,
    /\b(?:deduct|withhold|dock|subtract|knock|take)\s+(?!(?:the\s+|our\s+|my\s+)?(?:deposit|down payment|advance|prepayment|amount (?:we|i) (?:already )?paid))(?:\w+\s+){0,4}?(?:from|off)\s+(?:your|the)\s+(?:invoice|fee|payment|bill|pay|final payment)\b/,
    /\b(?:friends?[- ](?:and|&)[- ]family|mates'?|family|friendly|mate'?s|buddy)\s+(?:rate|price|discount|deal)\b/,
    // non-native and list phrasing: "make more cheap price?", "- budget: max 800 EUR all-in"
    /\b(?:make|give|do|get|have|offer|possible|any chance of|can we have|could you do)\b[^.?!\n]{0,25}?\b(?:more cheap|cheaper|lower|smaller|reduced|more good|more low)\s+(?:price|rate|fee|cost|offer|quote|deal)\b/,
    /\b(?:max(?:imum)?|tops|at most|no more than)\s+[$£€]?\d[\d,.]*\s*(?:k|eur|euros?|usd|dollars?|gbp|pounds?|chf)?\s*(?:all[- ]in|all included|everything included|for everything|for the lot|in total)\b/,
    // "bill it under the old rate one more time", "could you absorb the cost of the stock photos?"
    /\b(?:bill|invoice|charge)\s+(?:it\s+|this\s+|us\s+|them\s+)?(?:at|under|with|on)\s+(?:the|your)\s+(?:old|previous|former|last year'?s|discounted|lower)\s+(?:rate|price|fee|tariff|pricing)\b/,
    /\b(?:you|u)\s+(?:\w+\s+){0,2}?(?:absorb|cover|eat|swallow|bear|foot)\s+(?:the\s+)?(?:cost|costs|expense|expenses|fees?|bill)\s+(?:of|for)\b/,
  ],
  unless: [
    OWN_OFFER_ACCEPTED,
    // promotions and advice columns: "use code SPRING", "10 tips to negotiate a better rate"
    /\b(?:coupon|promo(?:tional)? code|your (?:order|purchase|basket|cart)|click here|shop now|subscribe|tips|newsletter|webinar|how to (?:negotiate|lower|get|set|raise))\b/,
  ],
  examples: {
    fires: [
      'Could we bill 12 days instead of 15 this month, same deliverables?',
      'Would you be open to doing all three videos for 900 dollars?',
      'Since the job is tiny, could you do it for £90 instead of your usual minimum?',
      'Would $200 rather than the standard minimum fee be ok for two small banners?',
      'Thanks for the note on rates; the day rate stays as it is for the time being.',
      'Do you have wiggle room on price for a small charity?',
      'Any leeway on your fee this time?',
      'We will keep paying last year’s rate and bump it when we land a new sponsor.',
      'Your increase will have to wait until sales pick up.',
      'We will stay on the pilot rate for now and raise it when the grant comes through.',
      'We would like a 15% reduced rate for the second batch.',
      'Can you make a small effort on the price?',
      'Kindly quote us your lowest price for this job.',
      "We'd like you to come down a little.",
      'Could you bring the price down a bit?',
      'Maybe you can make the price little bit lower for us?',
      'Pls reduce the price a little, then we confirm.',
      'Do you offer a first-time client rate? We are new to this.',
      'Would you consider doing the brochure for 20 percent less?',
      'Could we carry on at the old day rate for the next project?',
      'We were hoping to keep last year’s pricing instead of your new rates.',
      'Could you take 15% off the final invoice?',
      'Any chance you could knock a bit off, since we are a repeat client?',
      'Can you do a better price if we book three shoots?',
      'Would you give us a small loyalty discount this time?',
      "Is that really your best price? We're comparing a few studios.",
      'Is there any wiggle room on the quote?',
      'We would need you to lower your day rate for the next phase.',
      'All suppliers are asked to accept a 10% reduction on their current rates.',
      "I'll pay for 4 hours and we can call it even.",
      'Would you accept $600 for the lot?',
      'How about £350 instead?',
      'Can you come down a bit on the price?',
      "Let's meet in the middle on the fee.",
      'Your terms mention a rush fee, but could you waive it this time?',
      'Would you be open to a lower fee if we commit for six months?',
      'We were thinking more along the lines of £400 for the lot.',
      'Is the price negotiable at all?',
      'Could you knock off the travel costs?',
      'Could you cut us a deal on the second batch?',
      'Our max is 2,000 for the whole project.',
      'Our budget is capped at 1,500 for this, can you work within it?',
      "We can't go above 45 an hour.",
      'Could you do it for 250 instead of 400?',
      'Would you be willing to match what the agency quoted us?',
      "We'll deduct the late fee from your final payment.",
      'Any chance of a friends-and-family rate?',
      'Is possible to make more cheap price? We are small company.',
      '- budget: max 800 EUR all-in',
      'Can you bill it under the old rate one more time?',
      'Could you absorb the cost of the stock photos?',
      'Sorry, but the price we settled on needs to come down a bit.',
      'Realistically your quote would have to come down 20% for the board.',
      'We must ask you for a reduction of 5 % on the full invoice.',
      'Could you do the banners at a friends-and-family kind of price?',
      'The first month would be billed at half your normal hourly rate.',
    ],
    quiet: [
      'We need 12 days instead of 15 for the shoot, same crew as before.',
      'Thanks, the 3 hours instead of your usual minimum of 4 are fine by us, we will pay the minimum.',
      'Good news: your new rate is approved, and the retainer stays as it is otherwise.',
      'Your increase is fine with us from January.',
      'We keep the current rate, as agreed in the contract.',
      'We waive the delivery fee for orders over 50 euros.',
      'We pay 30% of the estimate on signing and the rest on delivery.',
      'Could you come down a little earlier to set up the stand?',
      'The volume should go down a little in the intro.',
      'Please reduce the image size a little before upload.',
      'We saw your introductory offer on LinkedIn and would like to book.',
      'Our printing costs came in 20% lower this year.',
      'Fine by us to move to your new rate from April.',
      'Thanks for the quote, it works for us. Please go ahead.',
      'Take 20% off your order with promo code SPRING.',
      'The discount rate used in the model is 8%.',
      "We don't expect any discount, your rate is fair.",
      'Please take the old logo off the homepage.',
      'Would you send over a quote for the brochure?',
      'The price is now $38,995 not $39,995.',
      'The flyer should say $19.99 instead of $24.99.',
      '10 tips to negotiate a better rate with your suppliers.',
      "Let's say 10 am on Thursday?",
      'The temperature should come down 5 percent by evening.',
      'Prices for paper have come down 5%, so the print run costs less.',
      'We pay half the fee on signing and half on delivery.',
      'We had a friends and family evening at the restaurant.',
      'We keep the rate as agreed and will review it when the contract renews.',

      'Our max is 2,000 words per article.',
      'Could you deduct the deposit from the total on the final invoice?',
      "We'll match the colours to the brand guide.",
      'Please deduct the deposit we already paid from your invoice.',
      "We'll cover the cost of the stock photos, just send the links.",
      'The lower price tier of the hosting is fine for us.',
      "Thanks for offering to waive the setup fee, that's really kind, we accept.",
      'As you offered, drop the travel charge this time; thank you!',
    ],
  },
});
