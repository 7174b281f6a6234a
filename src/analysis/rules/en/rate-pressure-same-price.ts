import { phraseRule } from '../../phrase-rule.ts';
import { SAME_PRICE_REASON } from '../shared/same-price.ts';

/** The price named as the topic: "price-wise", "as for the fee", "on the budget side". */
const ON_PRICE = String.raw`(?:(?:price|cost|fee|budget|money)-?wise|(?:as for|as to|regarding|in terms of|on|for) (?:the )?(?:price|cost|fee|budget|money)(?: side)?|(?:on|for) (?:the )?(?:price|money|budget) (?:side|front))`;
/** The price kept: "we'll stick with what we agreed", "nothing changes", "same as before". */
const KEPT = String.raw`(?:(?:we'?ll|we will|let'?s|we can|we'd|we would)\s+(?:just\s+)?(?:keep|stick|stay|leave|go)\s+(?:it\s+)?(?:at|with|to|on|as)\s+(?:what we (?:agreed|said|discussed)|the (?:same|agreed|original)\b|before|it was|is)|nothing changes|no change|(?:it'?s|it is|that'?s|(?:(?:it|that|this)\s+)?(?:stays?|remains?)) (?:the )?same|same as (?:before|agreed|we said))`;
/** The new work the kept price is meant to cover, in the same sentence. */
const MORE = String.raw`(?:one more|another|extra|additional|as well|too|also|on top|just (?:a|an|one)|only (?:a|an|one)|little|small|tiny|quick)`;

/**
 * The price declared unchanged while work is added, said in passing: "price-wise we'll keep it at what we agreed,
 * it's only one more form", "as for the fee, nothing changes, it's just a small extra page". The client accepting the
 * quote for the agreed work (no new work named) stays quiet.
 */
export default phraseRule({
  id: 'rate-pressure/same-price',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: SAME_PRICE_REASON,
  negatable: false,
  // the price as the topic, and a word that keeps it
  cue: /^(?=[^]*(?:(?:price|cost|fee|budget|money)-?wise|(?:as for|as to|regarding|in terms of|on|for) (?:the )?(?:price|cost|fee|budget|money)))[^]*\b(?:keep|stick|stay|stays|leave|go|changes|change|same|remains?)\b/,
  patterns: [new RegExp(String.raw`\b${ON_PRICE}\s*,?\s+${KEPT}(?=[^.?!\n]{0,80}?\b${MORE}\b)`)],
  examples: {
    fires: [
      'Price-wise we’ll keep it at what we agreed, it’s only one more form.',
      'As for the fee, nothing changes, it’s just a small extra page.',
      'Budget-wise let’s stick with the original, since it’s only one more video.',
      'On the money side it stays the same, the extra banner is tiny.',
      'Regarding the price, same as before, it is just a quick extra section.',
    ],
    quiet: [
      'Price-wise we’ll keep it at what we agreed, thanks for the clear quote.',
      'As for the fee, nothing changes on our side, we pay on receipt.',
      'Budget-wise we are fine, go ahead with the quote as it is.',
      'On the price, we accept your quote for the three pages.',
    ],
  },
});
