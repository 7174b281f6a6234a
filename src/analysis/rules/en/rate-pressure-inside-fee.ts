import { phraseRule } from '../../phrase-rule.ts';
import { INSIDE_FEE_REASON } from '../shared/rate-reasons.ts';

/**
 * New work presumed to sit inside the fee already quoted: "we took it for granted the extra sizes fall under the
 * original quote", "can we keep the total unchanged? it's the same layout". The presumption or the "keep it as
 * quoted" plus a reason (same artwork, extra formats) is the cue; the quote merely mentioned stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/inside-fee',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: INSIDE_FEE_REASON,
  cue: /quote|estimate|package|price|fee|\brate\b|budget|total|figure|cost|invoice|bill|amount|already pay|retainer|subscription/,
  patterns: [
    // "I figured the second version would come under the initial budget", "surely the icon comes with the logo fee"
    /\b(?:assum\w*|figured?|thought|took it for granted|take it for granted|tak(?:e|ing) it (?:that|as read)|counting on|understanding (?:is|was)|understood|under the impression|believed|expect\w*|hop(?:e|ed|ing)|surely|presum\w*|suppos\w*|imagin\w*|reckon\w*|i guess)\b[^.?!\n]{0,60}?\b(?:under|within|in|inside|part of|covered by|comes? with|came with|included in|fold(?:ed)? into)\s+(?:the|our|your)\s+(?:(?:original|initial|first|agreed|quoted|existing|same|package|overall|[\w-]+)\s+)?(?:quote|estimate|package price|price|fee|(?:day |hourly |per[- ]\w+ )?rate|package|deal|retainer|subscription|price (?:we|you) (?:agreed|quoted)|(?:original|initial|first|agreed|quoted) (?:budget|total|figure))\b(?!\s+of\b)/,
    // "we'd like the total to stay as quoted even with the two extra formats", "keep the figure unchanged? same layout"
    /\b(?:keep|stay|stays|remain|remains|hold)\s+(?:(?:the|our|your)\s+(?:overall\s+)?(?:total|price|fee|figure|quote|amount|cost|budget)\s+)?(?:where it (?:was|is)|as (?:it was )?quoted|unchanged|the same|at the quoted (?:\w+)|flat|as is)\b[^\n;]{0,50}?\b(?:even with|even though|despite|including|same (?:artwork|design|layout|film|files?|visuals?|images?|work|template|copy|text)|basically the same|extra|additional)\b/,
    /\b(?:same (?:artwork|design|layout|film|files?|visuals?|images?|work|template|copy|text)|basically the same)\b[^\n]{0,60}?\b(?:keep|stay|stays|remain|remains|hold)\s+(?:(?:the|our|your)\s+(?:overall\s+)?(?:total|price|fee|figure|quote|amount|cost|budget)\s+)?(?:where it (?:was|is)|as (?:it was )?quoted|unchanged|the same|at the quoted (?:\w+)|flat|as is)\b/,
    // "no additional cost, I presume", "same footage, so we don't expect it on the invoice", "leave it off the bill"
    /\bno\s+(?:additional|extra|further|added)\s+(?:cost|charge|fee)s?\b[^.?!\n]{0,20}?\b(?:i (?:presume|assume|guess|suppose|hope|take it)|right|surely|of course|obviously)\b|\b(?:i presume|i assume|i take it|surely|presumably)\b[^.?!\n]{0,40}?\bno\s+(?:additional|extra|further|added)\s+(?:cost|charge|fee)s?\b/,
    /\b(?:don'?t|do not|wouldn'?t|would not)\s+expect\s+(?:to see\s+)?(?:it|this|that|them|these|those)\s+(?:on|in)\s+(?:the|your)\s+(?:invoice|bill|quote)\b|\b(?:leave|keep)\s+(?:it|this|that|them)\s+off\s+(?:the|your)\s+(?:invoice|bill)\b/,
    // "- extra formats: same budget as before, it's only resizing", "we'd count the mock-ups as part of the original package"
    /\bsame\s+(?:budget|price|fee|quote|total|cost)\b[^\n;]{0,40}?\b(?:it'?s|they'?re|that'?s|is|are)\s+(?:only|just|basically|simply|mostly)\b/,
    /\b(?:count|see|consider|treat|regard|class)\w*\s+(?:[\w-]+\s+){0,4}?as\s+(?:part of|included in|covered by|within)\s+(?:the|our|your)\s+(?:(?:original|initial|first|agreed|existing|quoted)\s+)?(?:package|quote|fee|price|budget|estimate|deal)\b/,
    // "can the extra icons be absorbed into the budget we agreed?", "should be part of the fixed price, no?"
    // (the verb is matched first and the wish looked for behind it: most mail has a "can" or a "will", few an "absorb")
    // A transitive verb takes the new work as its object and the fee after "in/into" ("include the fee we agreed in
    // the contract" is quiet); staying within one's own budget is quiet too.
    /\b(?:(?:absorb\w*|includ\w*|fit\w*|go(?:es)?|come|comes|fall|falls|fold\w*|squeez\w*|tuck\w*|roll\w*)\s+(?:[\w-]+\s+){0,3}?(?:in(?:to)?|by|under|within|inside)|part of|(?<!\b(?:stay|stays|stayed|staying|keep|keeps|kept|remain\w*|be|is|are)\s+)(?:inside|within)|covered by)(?<=\b(?:can|could|should|would|will|hop\w+|assum\w+|expect\w*|let'?s|surely|i take it)\b[^.?!\n]{0,60})\s+(?:the\s+|what\s+)?(?:(?:same|fixed|agreed|original)\s+)?(?:(?:price|fee|budget|amount|total|figure|quote|estimate|package)\s+)?(?:we|you)(?:'ve| have|'re| are)?\s+(?:already\s+)?(?:agreed|settled on|signed off|fixed|set|quoted|negotiated|paying)\b/,
    /\b(?:count|consider|treat|regard)\w*\s+(?:[\w-]+\s+){0,6}?(?:in|inside|within|under|as part of)\s+(?:the|what)\s+(?:(?:same|fixed|agreed|original)\s+)?(?:(?:price|fee|budget|amount|total|figure|quote|estimate|package)\s+)?(?:we|you)(?:'ve| have)?\s+(?:already\s+)?(?:agreed|settled on|signed off|fixed|set|quoted|negotiated)\b/,
    /\b(?:should|would|must|will|could)\s+(?:\w+\s+)?(?:be\s+)?(?:part of|included in|covered by|within|inside)\s+(?:the|our|your)\s+(?:fixed|agreed|original|initial|quoted|flat|same)\s+(?:price|fee|budget|quote|amount|total)\b/,
    // "we'd like it folded into the existing fee", "I take it the extra slides won't change the price we agreed?"
    /\b(?:fold(?:ed)?|absorb(?:ed)?|squeez\w*|tuck(?:ed)?|roll(?:ed)?)\s+(?:it\s+|this\s+|them\s+|that\s+)?(?:in|into|within)\s+(?:the|our|your)\s+(?:existing|original|initial|current|agreed|quoted|same)\s+(?:fee|price|quote|budget|estimate|package|invoice|total)\b/,
    /\b(?:i take it|i assume|i trust|i hope|surely|presumably|i suppose|i guess)\b[^.?!\n]{0,60}?\b(?:won'?t|doesn'?t|shouldn'?t|wouldn'?t|will not|does not|should not|would not)\s+(?:change|affect|alter|increase|raise|add to|bump up)\s+(?:the|our|your)\s+(?:\w+\s+)?(?:price|fee|quote|total|budget|cost|invoice)\b/,
  ],
  unless: [/\b(?:separate (?:quote|job|invoice|line|item)|new quote|send (?:us |me )?a quote|quote (?:us|me) for)\b/],
  examples: {
    fires: [
      'We are assuming the captions are part of the per-video fee.',
      'We are taking it that the extra shots come under the day rate.',
      'Hopefully that fits inside the package we agreed.',
      'The teaser cut, we count it in the package you quoted, ok?',
      'pls consider the 3 extra banners are inside the price we fixed already',
      '- square versions: same budget as before, it is only cropping',
      'We would count the tablet mock-ups as part of the original package.',
      'The leaflet is basically the poster again, so no extra cost, I assume.',
      'It is cut from the same footage, so we would not expect it on the invoice.',
      'The extra map is tiny, so we would like it folded into the existing fee.',
      'I take it the two added slides will not change the price we agreed?',
      'We understood the tablet layout was part of the original budget.',
      'We took it for granted that the extra banner sizes sit under the original quote.',
      'I figured the Spanish version would come under the initial budget.',
      'Since it is the same artwork, we hoped to keep the total where it was.',
      'We were counting on the teaser edits being part of the price we agreed.',
      'I had assumed the subtitles were within the first estimate.',
      'Can we keep the overall price unchanged? It is basically the same template.',
      'Our understanding was that the two extra pages are in the package price.',
      'We would like the fee to stay as quoted, even with the extra formats.',
      'Surely the favicon comes with the logo fee.',
      'Hopefully the new icons can be absorbed into the budget we agreed last month.',
      'The additional slides should be part of the fixed price, no?',
      "Let's keep the new sections inside the amount we signed off on.",
      'Could we squeeze the banner into the price you already quoted?',
      'The two extra icons, I take it they fall under the fee we set in May?',
      'We sort of expected the resized banners to be part of what we are already paying.',
      'I had assumed the quarterly newsletter sits under the monthly retainer.',
      'We assumed the extra dashboards were covered by the subscription.',
    ],
    quiet: [
      'Could you include the fee we agreed in the contract draft?',
      'We hope to stay within the budget we set for the launch party.',
      'I assume breakfast is included in the price of the room.',
      'The budget for the launch event stays unchanged.',
      'No extra cost for the hosting this year, our provider confirmed.',
      'The extra sizes are a separate job; please send us a quote.',
      'As agreed, the total stays as quoted in your proposal, go ahead.',
      'The original quote is attached for your records.',
      'I assume the hotel is within our travel budget.',
      'We hope the launch comes in under budget this year.',
      'We can go with the price you quoted, please start.',
      'I assume the retainer invoice goes out on the first, as usual?',
      'The subscription renews in March, I assume at the same price.',
    ],
  },
});
