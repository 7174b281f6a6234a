import { phraseRule } from '../../phrase-rule.ts';
import { MATCH_COMPETITOR_REASON } from '../shared/rate-reasons.ts';
import { withSentenceCues } from '../shared/sentence-cues.ts';

/**
 * Asks to match someone else's lower price: an ask to meet, match, beat or come down to a figure, with another
 * supplier named in the same sentence or the one before ("another studio quoted 20% less. Can you meet that?").
 */
export default withSentenceCues(
  phraseRule({
    id: 'rate-pressure/match-competitor',
    category: 'rate_pressure',
    lang: 'en',
    confidence: 0.8,
    reason: MATCH_COMPETITOR_REASON,
    cue: /\b(?:match|meet|beat|equal|matching|meeting|beating|align|come|go|get|move|same|similar|like|likewise|work|live|near|close|closer|nearer|do|movement|flexibility|room|leeway|give|line)\b/,
    patterns: [
      /\b(?:match|meet|beat|equal|(?:consider(?:ing)?|mind|open to|think about|thinking about|look at) (?:matching|meeting|beating)|align (?:with|to|on)|come down to|go down to|get (?:close|closer|near|nearer) to)\s+(?:(?:it|that|this|them|those|theirs?|his|hers)(?=\s*(?:[?.!,;:)]|$|(?:price|offer|quote|rate|figure|number|bid|one|level|prices|offers|quotes|rates)\b))|what|the same|a similar|something similar|(?:the|their|that|this)\s+(?:(?:cheaper|lower|other|competing|rival)\s+)?(?:quote|offer|price|bid|rate|number|figure|fee)s?)\b/,
      // "would you bring your quote in line with theirs?", "get the rate more in line with the other studio"
      /\b(?:bring|bringing|put|putting|get|getting|move|moving)\s+(?:it|that|this|yours|your (?:\w+\s+)?(?:price|rate|quote|fee|offer|figure)|the (?:\w+\s+)?(?:price|rate|quote|fee|figure))\s+(?:more\s+|closer\s+)?in\s+line\s+with\s+(?:theirs|them|their|his|hers|her|the other|that|those|what (?:they|he|she))\b/,
      // "can you do similar?", "any chance you could go there?", "price it like the other offer"
      /\b(?:do|offer|quote|price it|make it|charge|give)\s+(?:us\s+|me\s+)?(?:(?:something\s+)?similar|(?:the\s+)?same|likewise|like (?:them|theirs|the other|their))\b/,
      /\b(?:something|anything)\s+(?:you|u)\s+(?:could|can|would)\s+(?:\w+\s+)?(?:work|live)\s+with\b|\b(?:(?:you|u)\s+(?:could|can|would)\s+(?:\w+\s+)?(?:work|live)\s+with|(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:work|live)\s+with)\s+(?:that|this|it|them)\b/,
      /\b(?:come|go|get|move|drop)\s+(?:down\s+)?(?:there(?=\s*(?:[?.!,;:)]|$))|that low|as low|near(?:er)?(?: to)? (?:that|it|them|theirs?|this)|clos(?:e|er)(?: to)? (?:that|it|them|theirs?|this)|(?:near(?:er)?|clos(?:e|er))(?: to)? (?:the|their) (?:(?:other|cheaper|lower|competing)\s+)?(?:quote|offer|price|bid|number|figure))\b/,
      /\b(?:go|come|get)\s+(?:down\s+)?to\s+(?:the\s+)?same\s+(?:level|price|rate|figure|number)\b/,
      // "think you can match?", "come to the other vendor's rate", "is there anything you can do?"
      /\b(?:match|beat|meet)\s*(?:\?|$)/m,
      /\b(?:come|go|get)\s+(?:down\s+)?to\s+(?:the|their)\s+(?:[\w']+\s+){0,2}?(?:rate|price|level|quote|offer|figure|number)\b/,
      /\b(?:is there\s+)?anything\s+(?:you|u)\s+(?:can|could)\s+do\b/,
      // "any movement possible on your side?", "we'd need you closer to that range"
      /\b(?:any|some)\s+(?:movement|flexibility|room|wiggle room|leeway|give)\b/,
      /\b(?:you|yourself)\s+(?:closer|nearer)\s+to\b/,
      /\b(?:do|offer|give us|quote)\s+(?:\w+\s+)?(?:the\s+)?same\s+(?:price|rate|fee|figure|deal)\s+as\b/,
    ],
    unless: [
      /\b(?:deadline|colou?rs?|style|tone|layout|font|brand guide|format|date|schedule|spec|specs|requirements)\b/,
    ],
    // "if you can't get near their quote, we go with them" is the pressure itself, not a release.
    negatable: false,
    examples: {
      fires: [
        'We got a cheaper quote elsewhere, would you consider meeting it?',
        'Another studio sent a lower quote. Could you bring yours in line with theirs?',
        'A rival agency came in 25% under you; can you meet that?',
        'We have a cheaper offer from another designer. Could you come down to their level?',
        'The other bidder said 900, could you get closer to that?',
        'Another freelancer quotes less for the same work. Is there any chance you match it?',
        'Can you do the same price as the competing studio?',
        'Their quote is lower by a third, so we would love it if you could beat it.',
        'The competition is asking 40 an hour, can you go to the same level?',
        'We got a lower bid elsewhere, would you consider matching it? I mean to meet it.',
        'A studio in Leeds charges 35% below you. Could you do similar?',
        'FYI a friend’s developer charges 50 an hour; could you go there?',
        '- match the cheaper bid we have (2,100)',
        'The people at Brightline offered 650 for it. Could you beat that?',
        'Other designer give me price 400 only. You can give same?',
        'Unless you get closer to the other offer, we go with them.',
        'If you can’t get near the other quote, we will have to go with them.',
        'The Lyon team said they would do it all for 1,900. Think you can match?',
        'We have had cheaper proposals. Any room to come closer to them?',
        'Their agency asks a third less. Is there anything you can do?',
        'Please let me know if you can come to the other vendor’s rate.',
        'A Porto studio pitched it 30% under your figure. Any movement on your side?',
        'Others quoted us far less, so we would need you closer to that.',
        'We asked three studios. The cheapest came in at 2,000 for everything. Is that something you could work with?',
      ],
      quiet: [
        'Analysts expect them to keep beating those estimates this quarter.',
        'Thanks for meeting the deadline last week.',
        'Another agency did the icons, please bring the style in line with theirs.',
        'Another studio did our colours; can you match them in the new banner?',
        'The other agency shipped on Friday, can you meet the same deadline?',
        'We loved your price and their layout, can you match that layout?',
        'Your quote is fine. We will meet them on Tuesday.',
        'Please match it to the photo from the other shoot.',
        'Please meet the other team at 10.',
        'Another agency did the site; could you go there on Monday to see the team?',
        'Their offer includes hosting; could you price it like that, as a separate line?',
        'Dear friends, the others and I will meet this Thursday, January 3, 2002.',
        'Another agency did the site; could you go there on Monday, 10 Main St, room 300?',
      ],
    },
  }),
  [
    /\b(?:another|other|others|competing|offered|quoted|came (?:back|in) at|(?:would|will|can|could) do it for|(?:guys|people|folks|team|company|studio|agency|firm) (?:from|at) \w+|competitors?|competition|rival|elsewhere|someone|somebody|cheapest|(?:two|three|four|several|a few|\d) (?:studios|agencies|freelancers|designers|developers|illustrators|writers|photographers|suppliers|vendors|bids|quotes|offers)|(?:friend|colleague|cousin|partner|neighbou?r)'?s?|(?:cheaper|lower) (?:quote|offer|bid|price|proposal|estimate|option)s?|(?:team|studio|agency|vendor|supplier|freelancer)'?s? (?:said|says|asks?|asked|charges?|quoted)|(?:studio|agency|freelancer|designer|developer|company|firm|shop|printer) in [a-z]+|an? [a-z]+ (?:agency|studio|firm|company|freelancer|designer|printer|developer)|their (?:price|rate|quote|offer|bid|fee|number|figure))\b/,
    /\b(?:price|rate|quote|quoted|quotes|offer|offered|bid|fee|charges?|cheaper|less|lower|below|under|half)\b|[$£€%]|\d\s?k\b|\b(?:at|for|said|of|is|was) (?:\d{1,3}(?:,\d{3})+|\d{3,})|\d{3,}(?: for| all| total|,? (?:could|can|would))\b|\d+\s*(?:an|a|per|\/)\s*(?:hour|day|h\b)/m,
  ],
  2,
);
