import { phraseRule } from '../../phrase-rule.ts';
import { quotedWord } from '../shared/quoted-name.ts';

/** Reassurance anywhere in the sentence releases the pressure: "no rush", "whenever suits". */
export const REASSURANCE =
  /\bno (?:rush|hurry|pressure|stress)\b|\bnot (?:urgent|a rush|in a (?:rush|hurry))\b|\bnothing urgent\b|\bwhenever (?:suits|works|you (?:can|like|want|have|get))\b|\bin your own time\b|\bat your (?:own )?(?:leisure|convenience)\b|\bwhen you (?:get|have|find) (?:a|the) (?:chance|moment|minute|sec|second)\b|\btake your time\b|\btake (?:all )?the time you need\b|\bif you (?:get|have|find) (?:a |the )?(?:spare |free |quick |little )?(?:moment|minute|sec|second|chance|time)\b|\bwhatever (?:suits|works)(?: (?:you|best|for you))?\b|\b(?:whichever|whenever) is (?:easier|easiest|best) for you\b|\bor (?:tomorrow|later|next week|early next week|monday|tuesday|wednesday|thursday|friday)(?: morning| afternoon)? (?:is|are|would be|works)(?: (?:also|equally|just as|totally|perfectly))? (?:fine|ok|okay|good|great)\b|\beither (?:way |day |one )?is fine\b/;

/** The sender promises to act fast, or reports someone else's hurry: not a request to the reader. */
export const SENDER_PROMISES =
  /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\b(?! (?:need|want|require|expect|ask|have to))|\b(?:i|we)(?:'m|'re| am| are|'ve| have)(?: been)? (?:trying|working|doing|getting|on it|holed up)\b|\b(?:get|come|respond|reply|revert) back to you\b|\bfor (?:me|us) to\b/;

/** A quotation attributed to someone in the text ("… as soon as possible," said the coach): news, not a request. */
export const QUOTED_SPEECH = /[,.!?]"\s*(?:\w+ ){0,4}(?:said|says|added|explained|told)\b/;

/**
 * A rush that is over: "the urgent problem was fixed last week", "the rush is over",
 * "it was urgent but it's sorted now". Shared by the urgency rules that name a rush.
 */
export const RESOLVED_RUSH =
  /\b(?:was|were|has been|have been|got|is now|are now|is all|is finally)(?: (?:all|now|finally|already))? (?:solved|resolved|fixed|sorted(?: out)?|settled|dealt with|cleared up|closed)\b(?! (?:by|before|for) (?:tomorrow|tonight|today|friday|monday|the))|\b(?:the|that|our) (?:rush|urgency|panic|emergency|crunch|fire drill)(?: of \w+)? (?:is|was|has been|'s) (?:now |finally |well )?(?:over|past|behind us|gone|done|finished|resolved|solved)\b|\bno longer (?:urgent|a rush|pressing)\b|\b(?:it|this|that) was urgent\b[^.!?\n]{0,40}\b(?:but|now|fixed|solved|sorted|over)\b/;

/** A rush someone wanted back then: "the client asked for it ASAP last month", "the last job was all ASAP". */
export const PAST_RUSH =
  /\b(?:last|previous|earlier|first) (?:job|project|order|time|one|round|campaign|batch|brief|edition|assignment|gig)\b[^.!?\n]{0,20}\b(?:was|were|had been)\b(?![^.!?\n]{0,50}\b(?:too|again|as well|also|same)\b)|\b(?:asked|wanted|needed|demanded|requested|expected)\b[^.!?\n]{0,40}\b(?:last (?:week|month|year|time|quarter|spring|summer|autumn|fall|winter)|back then|at the time|the other day)\b|\b(?:forget|ignore|scratch|disregard) (?:what|everything|all) (?:i|we) (?:said|wrote|asked|mentioned)\b/;

/**
 * A past rush the reader got through, recalled in thanks: "last year you had to redo it all urgently",
 * "thanks again for rescuing the launch over the holidays". A memory, not a request, unless a new ask follows ("but",
 * "this time").
 */
export const PAST_FAVOUR =
  /^(?!.*\b(?:but|however|this time|now|still need)\b).*(?:\b(?:you|u)(?: (?:guys|all|really|kindly|even))? (?:had to|were forced to|ended up|rescued|saved|pulled (?:it |that |this )?off|came through|stepped in|jumped in|redid|rebuilt|turned (?:it|that|this|everything) around)\b|\b(?:thanks|thank you)\b[^.!?\n]{0,30}\bfor (?:your|the) (?:\w+ )?(?:help|intervention|fix|rescue|turnaround|call-?out|support)\b[^.!?\n]{0,40}\b(?:last|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:thanks|thank you)\b[^.!?\n]{0,30}\bfor (?:rescuing|saving|stepping in|jumping in|pulling|coming through|turning)\b)/;

/** What takes the rush out of a sentence for every rush-naming rule: a release, the sender's own act, a quote, a rush over or past. */
/**
 * A firm's name or trade built on a rush word: "ASAP Couriers Ltd", "Urgent Plumbing Ltd", "a same-day delivery
 * firm". It describes who the sender is; it asks nothing.
 */
export const RUSH_TRADE_NAME =
  /\b(?:asap|urgent|rush|express|same[- ]day|speedy|rapid)(?: [a-z&'-]+){1,2} (?:ltd|limited|inc|llc|plc|co|corp|gmbh|sarl|sas|bv)\b|\basap (?:[a-z]+ )?(?:couriers?|hire|removals?|scaffold(?:ing)?|plumbing|plumbers|logistics|printing|printers|deliver(?:y|ies)|taxis?|cabs|cleaning|cleaners|locksmiths?|electrical|electricians|repairs|transport|freight|storage|signs|glazing|roofing|movers|skips?|couriers)\b|\b(?:the |our |your )?asap (?:programme|program|scheme|initiative|fund|network|foundation|trust|association|centre|center|conference)\b|\b(?:an?|our|my) (?:small |local |family[- ]run |little )?(?:same[- ]day|express|rush|24-hour|overnight) (?:[a-z-]+ )?(?:firm|company|business|courier|outfit|shop|operator|specialist|service provider)s?\b/;

/**
 * A rush the sender's side or a third party has, said to leave the reader out of it: "our warehouse has an urgent
 * stock problem, but it doesn't affect your project", "the host is on it ASAP, no action needed from you".
 */
export const NOT_YOURS =
  /\b(?:doesn'?t|does not|won'?t|will not|shouldn'?t|should not|wouldn'?t|would not)\b(?: \w+)?(?: at all)? (?:affect|concern|involve|impact|touch|change anything for|change anything (?:on|about)) (?:you|your)\b|\bnothing (?:for you )?to do (?:on|at) your (?:side|end)\b|\bno action (?:needed|required|is needed|is required)\b|\bnothing (?:is )?(?:needed|required) (?:from|of) you\b/;

export const NOT_A_RUSH: readonly RegExp[] = [
  NOT_YOURS,
  REASSURANCE,
  RUSH_TRADE_NAME,
  SENDER_PROMISES,
  QUOTED_SPEECH,
  RESOLVED_RUSH,
  PAST_RUSH,
  PAST_FAVOUR,
];

/** "Urgent", "urgently", "a matter of urgency": the client labels the request as urgent. */
export default phraseRule({
  id: 'urgency/urgent',
  category: 'urgency',
  lang: 'en',
  confidence: 0.9,
  reason: {
    en: 'Labels the request as urgent, which pushes it ahead of your other work without an agreed turnaround.',
    fr: 'Présente la demande comme urgente, pour la faire passer avant vos autres travaux sans délai convenu.',
  },
  cue: /urgen|pressing|crash (?:session|course|lesson|class|briefing|review)|time[- ]sensitive|time[- ]critical|of the essence|wait|yesterday|fast-?track|negotiable|set in stone|way around|getting around|whatever it takes|no matter what|no two ways|every|each/,
  patterns: [
    // A deadline declared untouchable: "the Friday date is non-negotiable".
    /\b(?:date|deadline|due date|timing|timeline|hand-?over|delivery|go-?live|launch|cut-?off)\b[^.!?\n]{0,40}?\b(?<phrase>non-?negotiable|not negotiable|set in stone)\b|\bnon-?negotiable (?:deadline|date|due date|cut-?off)\b/,
    // A moment, then the work declared inevitable: "Monday at 8 it has to be in the deck, no way around it".
    /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|first thing|\d{1,2}(?::\d\d| ?[ap]m))\b[^.!?;\n]{0,80}?\b(?:has to|have to|must|needs? to|got to|gotta) (?:be|go|happen|ship|land|get)\b[^.!?;\n]{0,40}?\b(?<phrase>no way around (?:it|that|this)|no getting around (?:it|that|this)|no two ways about it|whatever it takes|no matter what)\b/,
    // "it's really pressing", "a pressing deadline"; a crash session/course squeezed in at once.
    /\b(?:(?:it|this|that|the (?:matter|issue|request|job))(?:'s| is| has become| became| was)? (?:(?:really|very|quite|rather|pretty|extremely|now|a bit|somewhat) )*pressing|pressing (?:deadline|matter|issue|need|request|job)|crash (?:session|course|lesson|class|briefing|review)s?)\b/,
    /\b(?:urgent(?:ly)?|super-?urgent|(?:a|as a) matter of (?:some )?urgency|with (?:some |great |the utmost )?urgency)\b/,
    // The work declared inevitable before a moment named just before: "it has to be done before then, no way around it".
    /\b(?:has to|have to|must|needs? to|got to) (?:be (?:done|ready|finished|live|out|sorted|in place)|happen|ship|go (?:out|live)) (?:before|by) (?:then|that)\b[^.!?;\n]{0,20}?\b(?<phrase>no way around (?:it|that|this)|no getting around (?:it|that|this)|whatever it takes|no matter what)\b/,
    // The cost of each hour counted: "every minute counts", "every hour we're down is lost revenue".
    /\b(?:every|each) (?:single )?(?:minute|hour|second)(?: (?:we'?re|we are|it'?s|it is|the (?:\w+ )?\w+ (?:is|stays)) (?:down|offline|broken|out|closed))? (?:(?:counts|matters)(?! (?:at|during|in|on|for|when)\b)|is (?:lost|money|costing us)|costs (?:us|money)|we lose)\b/,
    // The wait itself refused: "this can't wait until next week", "it's not something that can wait".
    /\b(?:can'?t|cannot|won'?t) wait (?:for|until|till) (?:next|monday|tomorrow|after)\b|\b(?:not|isn'?t|is not) (?:a thing|something|one|anything) (?:that|which) can wait\b/,
    /\b(?:time[- ]sensitive|time[- ]critical|time is of the essence|(?:this|it|that) (?:can'?t|cannot) wait|needed (?:it|this|them) yesterday|need (?:it|this|them) (?:for )?yesterday|fast-?track (?:this|it|them|these|the))\b/,
  ],
  unless: [
    ...NOT_A_RUSH,
    // The word named, not said: a label in quotes ('"Urgent", "Soon" and "Later" tested best', "a button marked 'urgent'").
    quotedWord('urgent(?:ly)?|super-?urgent'),
    /(?:^|[\s(:,;])'(?:super-?)?urgent'(?=[\s,.;:!?)]|$)/,
    // A headline or slogan in single quotes, to translate or to keep: "full of 'URGENT: 48 HOURS ONLY' banners".
    /(?:^|[\s(:,;])'(?:super-?)?urgent\b[^'\n]{1,60}'(?=[\s,.;:!?)]|$)/,
    // A past meeting reported: "we had an urgent board meeting yesterday".
    /\b(?:had|held|called|attended|there was|there were)\s+(?:an?\s+|some\s+)?(?:\w+\s+)?urgent\s+(?:\w+\s+)?(?:meetings?|calls?|sessions?|reviews?|discussions?|talks?|briefings?|visits?)\b/,
    // A past job reported: "we delivered the urgent order yesterday".
    /\b(?:we|i|they|you) (?:\w+ )?(?:delivered|sent|shipped|handled|processed|completed|finished|fixed|sorted|closed)\b[^.!?\n]{0,20}\burgent\b/,
    // A clinic, a signature line, a conditional, or someone else's word.
    /\burgent (?:[a-z-]+ )?(?:care|treatment|medical|clinic|matters?|enquir(?:y|ies)|inquir(?:y|ies)|issues? (?:only|please call)|requests? (?:only|please call)|cases?)\b/,
    /\b(?:for|in case of|in|only|if) (?:(?:anything|something|it|this|that|there)(?:'s| is| was)? (?:anything )?)?(?:really |truly |very )?urgent\b|\bunless (?:it'?s )?urgent\b/,
    /\burgent-(?:care|clinic|treatment)\b|\bnon-?urgent\b|\b(?:not|nothing|less|never) (?:\w+ )?urgent\b|\bnot urgently\b/,
    /"urgent"|\b(?:said|says|called|marked|labell?ed|flagged) (?:it |this |that )?(?:as |was |is )?urgent\b/,
    /\burgency of\b|\burgent (?:need|action|call) (?:for|on) (?:climate|action|reform)\b/,
  ],
  examples: {
    fires: [
      "The price list can't wait until next week, the shop reopens on Thursday.",
      "I'm afraid the fix isn't something that can wait.",
      'Our server is down and it affects your launch page too, so this is urgent.',
      "It doesn't affect the budget, but the banner fix is urgent.",
      'Thanks for your help last week, but now the menu is urgent as well.',
      'Could you look at the contract before the board call? It is really pressing.',
      'Sorry to chase, this has become pressing for us.',
      'Could you give our team a crash session on the new software this afternoon?',
      'He needs a crash course in Spanish before Thursday.',
      'This is urgent, can you take a look?',
      'Thanks for saving the launch, but now the price list is urgent too.',
      'The go-live on the 9th is set in stone, the press release is out.',
      'The board sits Tuesday at 9 and the figures have to be on the slides, no way around it.',
      'Tomorrow 10am the files must go to the printer, whatever it takes.',
      'the demo is friday, the fix need to be live before, no matter what.',
      'By 5pm the trailer has to get to the festival, no getting around it.',
      'I need this urgently please until today.',
      'URGENT: the homepage banner is wrong.',
      'Please treat this as a matter of urgency.',
      'This is time-sensitive, please send the proofs.',
      "This can't wait, the checkout is down.",
      'Honestly we needed this yesterday.',
      'The card terminal is down, so please look at it now. Every minute counts.',
      'Each hour the booking form stays broken costs us money, can you check it?',
      'Every hour we are offline is lost sales, could you get on it?',
      'Our old host shuts the servers on Friday. The move has to be done before then, no way around it.',
    ],
    quiet: [
      'The logo refresh is not urgent, it can wait until next month.',
      "We can't wait to see the new labels on the shelves!",
      "The flyer copy is full of 'URGENT: LAST CHANCE' banners; please keep them as they are.",
      "Our accounts team has an urgent audit this week, but it doesn't concern you.",
      'The clinic next door had an urgent delivery problem, which will not affect your shoot.',
      'Thanks for your quick fix last Friday, the urgent bug has not come back.',
      'The board had an urgent wobble about the budget, but nothing is needed from you.',
      "Customers preferred the labels 'Urgent', 'Normal' and 'Later', so we'll keep your wording.",
      'The "Urgent" tag on the tickets is now red, as you suggested.',
      'The pressing of the vinyl is done in the Czech factory.',
      'Nothing pressing for now, enjoy the week.',
      'I run a network of urgent care clinics.',
      'Our day rate for the workshop is non-negotiable, sorry.',
      'The logo has to be in navy, no way around it, the board insists.',
      'On Monday we met the printer; the paper must be recycled, no matter what.',
      'Every page has to be accessible, whatever it takes.',
      'P.S. Our urgent-care partner loved the leaflet.',
      'For urgent matters please ring reception on 555 0199.',
      'Nothing urgent here, only a quick question about fonts.',
      "It's not urgent at all.",
      'If anything is urgent, call my mobile.',
      'The report stresses the urgency of climate action.',
      'Their email said it was urgent, but it can wait.',
      "I'll look into it urgently.",
      'The voicemail number can be used for non-urgent messages.',
      'The drug is on the fast-track towards approval.',
      'Urgent billing matters: phone the office on 555 0100.',
      'We delivered the urgent order to the client yesterday.',
      'The partners held an urgent call on Monday and the budget is confirmed.',
      'The urgent glitch on the booking page was sorted out on Monday, thanks again.',
      'It was urgent last month, but the launch moved and now it can follow the normal plan.',
      'That urgent request from the council has been resolved, so ignore my earlier note.',
      'The rush is over now that the venue confirmed.',
      'The urgent ticket raised by our auditors last month has been closed, thanks.',
      'Forget what I said on Monday about needing the texts urgently, the fair moved to June.',
      'In our kitchen every minute counts at lunchtime, so the menu boards must be easy to read.',
      'Every hour you log should go on the timesheet.',
      'The logo has to be ready by then if possible, though there is no pressure.',
      'Two springs ago you had to reprint every flyer urgently on the eve of the race, we still owe you.',
      'Thanks again for rescuing the menu so urgently before the opening night.',
    ],
  },
});
