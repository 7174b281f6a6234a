import { lowerFigureRule, SUM } from '../shared/lower-figure.ts';

/** What the freelancer is paid: the money a new figure replaces. */
const PAY = String.raw`(?<!\b(?:ticket|share|stock|fuel|gas|energy|exchange|interest|tax|vat|room|hotel|entry|admission|subscription|membership|retail|market|sale|list)\s+)(?:fees?|(?:day|daily|hourly|session|project|monthly|weekly|per[- ]\w+)\s+(?:rates?|fees?)|rates?|pay|retainer|budget|price|honorarium|stipend|commission|flat fee)`;

/**
 * A lower sum set against the one agreed or usual, said as news or as an offer: "your day rate will go from 1,100 to
 * 900", "per-article fees fall from $300 to $220", "day rate £280 (down from £320)", "would 1,800 for the whole set
 * be OK rather than 2,300?", "instead of 1,500, could you do 1,100?". A rise, a range, counts and durations, and a third
 * party's price falling ("the venue now costs 900 instead of 1,200") stay quiet.
 */
export default lowerFigureRule({
  lang: 'en',
  cue: /\b(?:from|instead of|rather than|in place of|versus|vs\.?)\s+(?:[a-z]+\s+){0,2}?(?:[$£€]|\d)/,
  patterns: [
    // "your day rate will go from 1,100 to 900", "fees fall from $300 to $220", "bringing your rate down from 500 to 420"
    new RegExp(String.raw`\b${PAY}\b[^.?!\n]{0,40}?\bfrom\s+(?<high>${SUM})\s+(?:down\s+)?to\s+(?<low>${SUM})`),
    // a share of the fee cut: "your commission goes from 20% to 12%"
    new RegExp(
      String.raw`\b(?<!\b(?:response|conversion|open|click|bounce|error|engagement|completion|churn|growth|interest|exchange|tax|vat|occupancy|vacancy)\s+)(?:fees?|commission|cut|share|royalt(?:y|ies)|rates?)\b[^.?!\n]{0,30}?\bfrom\s+(?<high>\d+(?:[.,]\d+)?\s?%)\s+(?:down\s+)?to\s+(?<low>\d+(?:[.,]\d+)?\s?%)`,
    ),
    // "the session fee changes to 70 from 85"
    new RegExp(String.raw`\b${PAY}\b[^.?!\n]{0,40}?\bto\s+(?<low>${SUM})\s+from\s+(?<high>${SUM})`),
    // "day rate for retouching will be £280 (down from £320)"
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,40}?(?<low>${SUM})\s*(?:\(|,|-)?\s*(?:down|reduced|cut|lowered)\s+from\s+(?<high>${SUM})`,
    ),
    // "would 1,800 for the whole set be OK rather than 2,300?", "could you do 900 rather than the quoted 1,200"
    new RegExp(
      String.raw`(?<low>${SUM})[\s(,]+(?:[^.?!\n]{0,40}?[\s(,])?(?:instead of|rather than|in place of|versus|vs\.?)\s+(?:the\s+|your\s+|our\s+)?(?:quoted\s+|usual\s+|original\s+|full\s+|agreed\s+|asked\s+|listed\s+)?(?<high>${SUM})(?<=\b(?:you|your|rate|rates|fee|fees|work|works|do|accept|take|agree|ok|okay|pay|offer|budget|lot|everything|all|both|deal|manage|consider|possible|could|would)\b[^]*)`,
    ),
    // "instead of the 1,500 you quoted, could you do 1,100?"
    new RegExp(
      String.raw`\b(?:instead of|rather than)\s+(?:the\s+|your\s+)?(?<high>${SUM})\s*,?\s+(?:[\w',]+\s+){0,6}?(?:do|accept|take|at|for|pay|offer|settle on|agree on|go with|manage)\s+(?<low>${SUM})`,
    ),
  ],
  money:
    /\b(?:price|fee|rate|quote|quoted|budget|cost|pay|paid|invoice|charge|retainer|honorarium|commission|salary|for everything|for all|for both|for the (?:whole|entire|full) \w+)/,
  unless: [/\b(?:rais\w*|increas\w*|higher|up from|goes up|go up|went up|more than|extra)\b/],
  examples: {
    fires: [
      'Your day rate will go from 1,100 to 900 from March.',
      'Per-article fees drop from $300 to $220 starting next month.',
      'The hourly rate moves from 60 to 52 for the new season.',
      'Day rate for retouching will be £280 (down from £320).',
      'The per-session fee changes to 70 from 85 in September.',
      'We are lowering your commission from 20% to 12% on renewals.',
      'Your retainer moves from 3,000 to 2,500 a month after the summer.',
      'Your rate for next year will drop to 400 a day from 450.',
      'From now on the per-word rate is 0.08 instead of 0.10.',
      'From January we are bringing your rate down from 500 to 420 per day.',
      'Would 1,800 for the whole set be OK rather than 2,300?',
      'Could 600 for everything work instead of 750?',
      'Would you take 2.5k instead of the quoted 3k?',
      'We can offer £450 per day (rather than £520) for the next phase.',
      'Instead of the 1,500 you quoted, could you do 1,100?',
    ],
    quiet: [
      'Your day rate goes from 950 to 1,100 as agreed, congratulations.',
      'Our rates range from 40 to 60 depending on the room.',
      'The venue now costs 900 instead of 1,200, good news for our budget.',
      'Could you do 30 pages instead of 40 for the same price?',
      'We need 200 copies instead of 300.',
      'Ticket prices drop from 30 to 20 for students.',
      'Our email open rate went from 40% to 25% this spring.',
      'The budget moved from 12 to 14 thousand after the board meeting.',
      'Could we pay 400 now and 600 on delivery?',
    ],
  },
});
