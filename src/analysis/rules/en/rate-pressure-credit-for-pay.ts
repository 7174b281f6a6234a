import { phraseRule } from '../../phrase-rule.ts';

/*
 * No money for the new work, and a mention offered in its place, in one sentence: "the budget is all used up, but
 * we'd put your name in the credits", "we can't raise a new purchase order, but we'll feature you on our homepage",
 * "there's nothing left in the pot, but it goes to 5,000 members, which could bring you lots of new clients". The
 * empty budget alone is a fact, and a credit alone is a courtesy; the "no money ..., but we'll credit you" turn (or
 * the promise that the publicity will bring work) is the offer of exposure instead of a fee. Folded text.
 */

/** A word of refusal or of an emptied budget: "no", "can't", "rather not", "tapped out", "all spent". */
const EMPTY = String.raw`(?:\b(?:no|not|nothing|zero|cannot|unable|out of|ran out|run out|tight|frozen)\b|n't\b|\b(?:tapped out|spent|used up|exhausted|gone|maxed out|fully (?:spent|allocated|committed|used|booked)|all used)\b)`;

/** The money that is not there: a budget, a purchase order, funds, a fee. */
const MONEY = String.raw`\b(?:budget|budgets|po|purchase order|funds|funding|money|cash|fee|fees|pay|paid|payment|invoice)\b`;

/** Either order, inside one sentence: "no line in our budget", "the budget is tapped out". */
const NO_MONEY = String.raw`(?:${EMPTY}[^.?!\n]{0,40}?${MONEY}|${MONEY}[^.?!\n]{0,40}?${EMPTY})`;

export default phraseRule({
  id: 'rate-pressure/credit-for-pay',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Offers a mention or publicity in place of a fee for the work: exposure does not pay your bills.',
    fr: 'Propose une mention ou de la visibilité à la place d’honoraires pour ce travail : la visibilité ne paie pas vos factures.',
  },
  cue: /\bbut,? (?:we|i)\b|\bbring you\b/,
  patterns: [
    // "The budget is spent, but we'd feature you on the site", "we can't issue a PO, but we'll thank you in the report".
    new RegExp(
      String.raw`\bbut\b(?<=${NO_MONEY}[^.?!\n]{0,60}\bbut)[ ,]*(?:we|i)(?:'d|'ll| would| will| can| could)?(?: (?:of course|gladly|happily|definitely|certainly|also|still|absolutely|really))?(?: (?:be )?(?:happy|glad|delighted|more than happy|thrilled|keen) to)? (?:feature|credit|thank|mention|tag|list|name|promote|showcase|plug|acknowledge|shout|link|put (?:your|you)|add (?:a|an|your|you)\b|give you (?:a |full |some )?(?:shout|credit|mention|plug|feature|visibility|exposure))`,
    ),
    // "Nothing left in the pot, but the book goes to 5,000 members, which could bring you plenty of new clients."
    new RegExp(
      String.raw`\b(?:bring|get|send|win|land) you (?:(?:a lot of|lots of|plenty of|loads of|tons of|heaps of|a ton of|a bunch of|some|new|more|many|a few|fresh|extra|paying) )*(?:leads|clients|customers|business|work|enquiries|inquiries|bookings|referrals|commissions|gigs|jobs|contracts)\b(?<=${NO_MONEY}[^.?!\n]{0,160})`,
    ),
  ],
  unless: [
    // A mention on top of a fee, or the client's own invoice not due yet.
    /\b(?:on top of (?:your|the) (?:fee|rate|invoice)|in addition to (?:your|the) (?:fee|rate)|as well as (?:your|the) (?:fee|rate)|plus (?:your|the) (?:fee|rate)|as agreed|no rush|no hurry)\b/,
  ],
  examples: {
    fires: [
      "The budget for it is all used up, but we'd put your name in the end credits.",
      "I can't raise another purchase order this year, but we will of course credit you in the annual report.",
      "Money-wise we're out of road this quarter, but we'll feature you on our homepage.",
      "There's no money left for extras, but we'd be happy to add a link to your studio in the footer.",
      "We'd prefer not to open a new PO for this, but we'd give you a shout-out at the gala.",
      "There's nothing in the budget for a fee, but it goes to 5,000 members, which could bring you plenty of new clients.",
      "The funding doesn't stretch that far, but I'd happily tag you in every post, which should get you some work.",
      'Our events budget is fully committed, but we can list you as a partner on the programme.',
    ],
    quiet: [
      "The budget is signed off, and we'd love to credit you in the film.",
      "There's no rush on the invoice, but we'll credit you in the programme as agreed.",
      "We can't make Tuesday, but we'd love to feature you in the newsletter next month.",
      'The fee is fine, and we will credit you on the back cover on top of your fee.',
      "Payment went out today, and I'd like to thank you for the great work.",
      'Your new website should bring you lots of new clients this spring.',
      "The printer hasn't sent the invoice yet, but we'll have the proofs on Monday.",
      "I can't say how much the launch meant to us, but we'll certainly mention you to friends.",
    ],
  },
});
