import { phraseRule } from '../../phrase-rule.ts';
import { PAY_ON_SALES_REASON } from '../shared/rate-reasons.ts';

/**
 * The fee or its balance made to wait for the client's own sales or profit: "the rest once the album has sold a
 * thousand copies", "the second half when the shop breaks even", or for an outcome the client hopes for: "paid only if the
 * grant is awarded", "once 60% of the flats are pre-sold". A payment word, a "when/once/until" and a sales
 * milestone in one sentence; the milestone alone ("we sold 300 units") is news, not a payment term.
 */
export default phraseRule({
  id: 'rate-pressure/pay-on-sales',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: PAY_ON_SALES_REASON,
  cue: /\b(?:funded|financed|awarded|granted|green-?lit|sold|sells?|selling|sales|break(?:s|ing)? even|profit\w*|revenue|downloads|subscribers|units|copies|pre-?orders|money back|recoup\w*|crowdfunding|kickstarter|fundraiser|rank\w*|first page|page one|leads|traffic|views|followers|results|perform\w*|viral|convert\w*|conversions)\b/,
  patterns: [
    /\b(?:pay|paid|paying|settle[sd]?|settling|transfer|wire|balance|remainder|remaining (?:amount|fee|payment|balance|\d+(?= ?%))|(?:second|other|last) half|final (?:\d+(?= ?%)|payment|instal\w*|invoice|tranche)|last (?:invoice|payment|instal\w*|tranche)|the rest(?! of (?:the|our|my) (?!fee|payment|invoice|amount|money)))\b[^.?!\n]{0,40}?\b(?:once|when|after|until|till|as soon as|only if|if and only if|on condition that|provided)\b[^.?!\n]{0,40}?\b(?:sold|sells?|sales (?:pick up|take off|start|come in|reach|hit)|break(?:s|ing)? even|(?:turn\w*|make?s?|making) (?:a |any )?profit|(?:is|are|becomes?|gets?) profitable|(?:is|are|starts?) selling|selling (?:well|good|better)|(?:makes?|earns?|gets?) (?:its|their|our|the) money back|recoup\w*|(?:crowdfunding|kickstarter|campaign|fundraiser)\b[^.?!\n]{0,20}?\b(?:reach\w*|hit\w*|succeed\w*|is funded|goal|target)|(?:sales|pre-?orders|orders|revenue|royalties) (?:come in|comes in|start|pick up|take off|arrive)|profits? (?:come|start)|revenue (?:comes? in|starts?)|\d[\d,.]*k?\s+(?:downloads|subscribers|units|copies|pre-?orders|sales)|\d{1,3}\s?%\s+(?:of\s+)?(?:pre-?sales|pre-?orders|sales|sold|(?:the\s+)?(?:units|copies|tickets|stock))|(?:grant|proposal|bid|application|funding|project|film|round)\s+(?:is|gets?|was|has been)\s+(?:funded|financed|awarded|granted|green-?lit)|(?:start|starts|begin|begins|starting)\s+(?:to\s+)?(?:rank(?:ing)?|convert(?:ing)?|perform(?:ing)?)\b|ranks?\s+(?:on|in|at|for|top)|(?:hits?|reach(?:es)?|gets?\s+(?:to|onto)|lands?\s+on)\s+(?:the\s+)?(?:first page|page one|top (?:\d+|ten|three|five))|(?:traffic|leads|conversions|results|bookings|sign-?ups)\s+(?:come in|comes in|start|pick up|improve|go up|show)|(?:campaign|ads?|site|website|articles?|posts?|videos?|page)\s+(?:performs?|delivers? results|converts?|goes viral|go viral)|\d[\d,.]*k?\s+(?:views|visits|visitors|followers|likes|leads|clicks|sign-?ups))\b/,
  ],
  unless: [/\b(?:royalt(?:y|ies)|commission on (?:each|every))\b/],
  examples: {
    fires: [
      'Finance releases 40% on delivery and the remaining 60% once the ads start converting.',
      'we propose to pay the rest after the product is selling good',
      'We pay half now and the remaining 50% when the blog posts start ranking.',
      'The final payment goes out once the campaign delivers results.',
      'The balance will follow when the videos reach 20k views.',
      'We will release the balance when the crowdfunding hits its target.',
      'Could the balance wait until we have sold 300 units?',
      'We would pay the second half once the app reaches 10k downloads.',
      'Can we settle the rest when the campaign breaks even?',
      'We will pay the rest when the shop starts turning a profit.',
      'Is it ok if we pay you the remainder once the product is profitable?',
      'we can pay the rest after the tickets are sold',
      'The final 40% would be paid when we hit 1,000 subscribers.',
      'Could the last invoice wait until sales pick up after launch?',
      'The final payment once the album earns its money back, that is our model.',
      'Could we hold the last instalment until the pre-orders come in?',
      'Your fee would be paid only if the grant is awarded in March.',
      'We pay the balance once we reach 40% pre-sales on the flats.',
      'The second half is paid provided the film gets financed by the region.',
    ],
    quiet: [
      'The grant is awarded, so we will pay your invoice on Friday.',
      'We will pay the invoice once it is approved by finance.',
      'We sold 300 units last month, thanks to your design!',
      'The articles started ranking on the first page last week, well done!',
      'We paid for ads when the site launched and traffic picked up nicely.',
      'The balance is due on delivery, as agreed.',
      'Once we have sold 300 units we will order a reprint.',
      'The rest of the team will join when the campaign breaks even.',
      'Your royalties are paid when the copies are sold, as in the contract.',
    ],
  },
});
