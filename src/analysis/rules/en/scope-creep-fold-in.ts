import { phraseRule } from '../../phrase-rule.ts';

const REQUEST = String.raw`(?:(?:can|could|would|will) (?:you|u|we)|please|pls|any chance|(?:is it )?possible to|able to|happy to|would you mind|just|maybe|perhaps|let'?s|hoping (?:you|to))`;
const CURRENT = String.raw`(?:current|same|existing|original|present|agreed|ongoing|planned|initial)`;
const CONTAINER = String.raw`(?:sprint|release|delivery|deliverables?|handover|hand-off|project|scope|budget|package|batch|bundle|contract|phase|job|order|fee|price|retainer|milestone|launch|build|engagement|day rate|rate|deal|timeline|work|brief)`;
const PLACES = String.raw`(?:sites?|warehouses?|shops?|stores?|branch(?:es)?|offices?|locations?|brands?|products?|markets?|countries|languages?|departments?|teams?|pages?|channels?|clinics?|restaurants?|hotels?|schools?|subsidiaries|entities|venues?|franchises?|factories|plants?|accounts?)`;
/** A deliverable that extra pieces can be slipped into. */
const CARRIER = String.raw`(?:manual|guide|handbook|catalogue|catalog|brochure|report|book|booklet|deck|layout|website|site|app|documentation|translation|newsletter|album|video|campaign|magazine|leaflet|flyer|kit|pack|edit)`;
const PRICE = String.raw`(?:rate|day rate|price|fee|budget|package|retainer|amount|payment|flat fee|monthly fee|number|figure|total|price tag)`;

/*
 * New work folded into what is already agreed and paid for: "can you fold that into the current
 * sprint", "could you include them in the same delivery", "that rate would also cover the
 * banners", "for the same price". The price phrasings make the extra explicitly free.
 */
export default phraseRule({
  id: 'scope-creep/fold-in',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks to fold new work into the agreed job or price: it is outside what was agreed, so quote it separately.',
    fr: 'Demande de glisser un travail nouveau dans la mission ou le prix convenus : hors de ce qui était prévu, à chiffrer à part.',
  },
  cue: /\b(?:routine|rounds|tasks|duties|slip|pop|tuck|sneak|bundle|throw|chuck|squeeze|cram|lump|tack|before|ahead|time|part|same|current|existing|original|present|agreed|ongoing|planned|initial|this|cover|include|stretch|other|remaining|rest|both|all|additional|extra|fold|budget|fee|scope)\b/,
  patterns: [
    // New work added to the standing round: "would you fold it in with this month's work?", "can you add it to your
    // weekly routine?".
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?\b(?<phrase>(?:add|fold|work|put|slot|include)(?: (?:that|this|it|them|those|these|(?:the|our|those|these) [a-z]+(?: [a-z]+)?))?(?: in)? (?:to|into|with|in with) (?:your|the|this (?:week|month)'?s?|next (?:week|month)'?s?) (?:usual |regular |normal |monthly |weekly |daily |ongoing )?(?:routine|rounds|tasks|to-?do(?: list)?|work|jobs|duties))\b`,
    ),
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,60}?\b(?<phrase>as part of (?:what you'?re (?:already )?doing|your (?:current |existing )?(?:work|job|role|retainer|package|contract|fee)|the (?:current |existing |same )?(?:project|job|package|retainer|contract|work|fee)))\b`,
    ),
    /\b(?<phrase>(?:sister|parent|partner|other) (?:company|brand|shop|site|branch|office|business|label|charity)|subsidiary)\b(?=[^.?!\n]{0,30}\b(?:would (?:love|like)|wants?|needs?|could use)\b[^.?!\n]{0,12}\bthe same\b)/,
    // New work slipped in before a milestone: "can we squeeze in push notifications before launch?".
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,40}?\b(?<phrase>(?:squeeze|sneak|slot|cram|fit|add) (?!in (?:a |an |the |some )?(?:quick |short )?(?:call|meeting|chat|catch[- ]?up|check[- ]?in|coffee|demo|review|session|word)\b)(?:in (?:a |an |the |some )?[a-z]+(?: [a-z]+){0,2}|(?:a |an |the |some )?[a-z]+(?: [a-z]+){0,2} in) (?:before|ahead of|in time for) (?:the )?(?:launch|release|go-live|go live|handover|delivery|deadline|print|opening))\b`,
    ),
    // Small pieces slipped in with a deliverable: "they're short, so could you just include them with the manual?".
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?\b(?<phrase>(?:include|fold|slip|tack|bundle|pop|throw|chuck) (?:them|it|those|these|this|that)(?: in)? (?:with|in with|alongside|inside) (?:the|your) (?:[a-z]+ )?${CARRIER})\b`,
    ),
    // The same work again for something new: "we'd want the same treatment for the autumn collection".
    /\b(?:want|need|like|love|do|get|have)\w* (?:the )?(?<phrase>same (?:treatment|thing|work|design|look|style|approach|again) for (?:the|our|my|a|an)\b)/,
    // The same work stretched to more places: "could you extend the audit to our two other warehouses?".
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,40}?\b(?<phrase>(?:extend|expand|widen|broaden|roll out|replicate|duplicate|apply|repeat|do the same)(?: (?:the|this|that|your|it|them)(?: [a-z]+){0,2}?)? (?:to|across|for|on|at) (?:our |the |all |both |each of )?(?:other|two|three|four|five|several|remaining|additional|extra|new|rest of (?:the|our)|all|both)(?: [a-z]+)?(?: ${PLACES})?)\b`,
    ),
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,40}?\b(?<phrase>(?:fold|squeeze|slot|fit|sneak|tack|bundle|roll|work|include|incorporate|integrate|add|throw|chuck|cram|lump|wrap)(?: (?:it|that|this|them|those|these|both|all|everything|(?:the|our|your|a|an|some|two|three|four|these|those) [a-z]+(?: [a-z]+){0,2}))?(?: (?:in|on|up))? (?:in|into|onto|on to|to|within|under|as part of|with) (?:(?:the |our |your )?(?:same )?${CURRENT} |this )${CONTAINER})\b`,
    ),
    // Extra pieces slipped in with a deliverable: "could you just slip the two datasheets in with the manual?".
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?\b(?<phrase>(?:slip|pop|tuck|sneak|bundle|throw|chuck|squeeze|fit|cram|lump|tack)(?: (?:them|those|these|it|that|both|all|(?:the|our|these|those|two|three|four|\d+) (?:extra |additional |other |new )?[a-z]+(?: [a-z]+)?))?(?: in)? (?:with|along with|together with|alongside|into|in) (?:the|our|your) (?:[a-z-]+ ){0,2}?${CARRIER})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:the |that |this |your |our )${PRICE} (?:(?:would|could|should|might|will|can) )?also (?:cover|include|stretch to|extend to|take in))\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:the |that |this |your |our )${PRICE} (?:would|could|should|might) (?:cover|include|stretch to|extend to|take in))\b(?=[^.?!\n]{0,60}\b(?:too|as well)\b)`,
    ),
    new RegExp(
      String.raw`(?:\b(?:for|at|within|in|on|under|keeping|keep|with) (?:the |our )?|(?:^|[.!?\n,])[ \t]*)(?<phrase>same (?:package |overall |total |agreed |monthly )?${PRICE})\b(?! as\b| than\b)`,
    ),
    // The agreed job asked to grow in the asking: "can the scope include a members' area?".
    /\b(?<phrase>(?:can|could|would|will) (?:the|our|your|this) (?:scope|brief|sow|statement of work|project|package|retainer|build|engagement) (?:also )?(?:include|cover|take in|stretch to|extend to))\b/,
    // A new piece ordered into an agreed budget: "- fold the careers pages into the app budget".
    new RegExp(
      String.raw`(?:^[ \t]*(?:[-*•>]+[ \t]*)?|\b${REQUEST}\b[^.?!\n]{0,30}?\b)(?<phrase>(?:include|fold|add|put|slot|squeeze|bundle|throw|tuck) (?:the|our|a|an|this|that|these|those|some|two|three|\d+) [^.?!\n]{0,50}?\b(?:in|into|within|under|inside) (?:the|our|your|this) (?:[a-z]+ )?(?:budget|fee|price|retainer|package))\b`,
      'm',
    ),
    // The extras expected to fit the agreed money: "we'd need all of that to stay within the original fee".
    new RegExp(
      String.raw`\b(?:need|want|expect|hope|like|asking|ask)\w* (?:all of |the whole of )?(?:this|it|them|these|those|that|everything)(?: all)? to (?<phrase>(?:sit|fit|stay|come|fall|be done|be delivered|be covered) (?:within|inside|under|in|by) (?:the )?(?:${CURRENT}|fixed) ${PRICE})\b`,
    ),
  ],
  unless: [
    /\b(?:quote|quotation|estimate|invoice|we(?:'ll| will) pay|happy to pay|pay (?:for|you|extra)|(?:new|updated|revised|separate|additional) (?:quote|estimate|invoice|fee|budget)|extra (?:fee|cost|charge)|at your (?:usual|standard|normal) rate)\b/,
    /\b(?:vat|tax|taxes|shipping|postage|travel|expenses|mileage|printing costs?|as last (?:year|time)|as before)\b/,
    /\b(?:next|later|future|following) (?:sprint|release|phase|year|quarter|milestone)\b/,
  ],
  examples: {
    fires: [
      "Would you fold it in with this month's work? It's just one small page.",
      'Can you add the stock alerts to your weekly routine?',
      "They're only two pages, so could you just slip them in with the catalogue?",
      'Two more spec sheets came in, could you slip them in with the installation manual?',
      'Maybe pop the allergen table into the menu booklet while you are on the layout.',
      'They would like a loyalty page, can you squeeze that into the current release?',
      'Could you add the two extra leaflets to the same delivery?',
      'Our fee would also cover the trade-show banners, right?',
      'Would you do the Dutch subtitles for the same price?',
      'Any chance to include the podcast artwork in this batch?',
      'Could you roll out the training to our three other branches?',
      "We'd love the same look for the winter menu, same budget if possible.",
      'Would you be able to do the same for the remaining product pages?',
      'Could you look after our Instagram as part of your current retainer?',
      'Our partner brand would love the same packaging design.',
      'Could we sneak in a store locator before the go-live?',
      'Can the scope include a loyalty scheme and a gift card page within the same figure?',
      'Notes from the board:\n- fold the careers section (3 pages) into the web budget, it is mostly text',
      "Afraid we'd need all of this to stay within the agreed fee, since it reuses the same art.",
    ],
    quiet: [
      'Could you add it to the shared to-do so we can track the invoice?',
      "Please add me to this month's work channel.",
      'Could you include them with the invoice?',
      'Could you pop the invoice in with the printed catalogue? We will pay it on receipt.',
      'We slipped the flyers in with the magazine ourselves last spring.',
      'Could you add the hosting to the next invoice?',
      'We can fold that into the next sprint once the quote is signed.',
      'The price stays the same as last year, which is great.',
      'Could you include the travel costs in the same invoice?',
      'Please send the files in the same format as before.',
      'Our budget would cover a print run of 500, the printer confirmed.',
      'We will roll out the new logo to all our shops in May.',
      'Could you get the files in before the print deadline?',
      'Could you squeeze in a quick call before the launch?',
      'Does the scope include hosting, or should we arrange it?',
      'We will include the printing in our budget for next year.',
      'The new quote came in a bit high, so we want it to fit within the agreed budget.',
    ],
  },
});
