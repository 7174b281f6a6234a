import { phraseRule } from '../../phrase-rule.ts';
import { IN_KIND_REASON } from '../shared/rate-reasons.ts';

/** Visibility given to the freelancer: their logo or name on the client's material, a mention, a sponsor listing. */
const VISIBILITY = String.raw`(?:(?:your|ur)\s+(?:logo|name|brand|company name|handle)\s+(?:\w+\s+){0,2}?(?:on|in|at|across|printed)\b|(?:a\s+)?(?:mention|credit|shout-?out)s?\s+(?:in|on)\s+(?:the|our|every|all)\b|list\w*\s+you\s+as\s+(?:a\s+|an\s+|our\s+)?(?:\w+\s+)?(?:sponsor|partner|supporter)|(?:credit|mention|feature|thank)\s+you\s+(?:in|on)\s+(?:the|our)\b)`;

/** Perks handed out instead of money: passes, tickets, backstage, a free stand. */
const PERKS = String.raw`(?:(?:vip|backstage|festival|guest|press|all-access|weekend|season|day)\s+(?:passes|pass|access|tickets?)|(?:free|complimentary|two|a couple of|a pair of|\d)\s+(?:\w+\s+)?(?:tickets?|passes|entries|invitations?|drinks?|meals?|stand|booth|table|nights?)|backstage access|guest ?list)`;

/**
 * Payment in kind: visibility and perks offered together, in one sentence, in place of a fee ("your logo on the
 * poster plus two backstage passes"). Either alone is often innocent (a logo to send, tickets to collect); a
 * sentence holding both reads as the offer itself. Perks on top of the fee stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/in-kind',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: IN_KIND_REASON,
  cue: /\b(?:passes|pass|tickets?|backstage|vip|entries|invitations?|guest ?list|stand|booth|drinks|meals?)\b/,
  patterns: [
    new RegExp(String.raw`\b${VISIBILITY}[^.?!\n]{0,80}?\b${PERKS}\b|\b${PERKS}\b[^.?!\n]{0,80}?\b${VISIBILITY}`),
  ],
  unless: [
    // no offer in the sentence (a poster for the public, perks every volunteer gets): not a payment
    /^(?![^]*\b(?:in (?:return|exchange)|as (?:a )?thank|instead|no (?:budget|cash|money|fee)|can'?t pay|cannot pay|unpaid|(?:we|i)(?:'d|'ll| would| will| can| could)?\s+(?:\w+\s+)?(?:give|offer|put|list|credit|throw in|provide|pay you)|you(?:'d|'ll| would| will| could)?\s+get)\b)/,
    /\b(?:on top of (?:your|the) (?:fee|rate|invoice)|in addition to (?:your|the) (?:fee|rate)|as well as your fee|plus your fee)\b/,
  ],
  examples: {
    fires: [
      "We'd pay you in exposure: your logo on the jerseys and a season pass.",
      "We'd give you your logo on the poster plus two backstage passes.",
      "In return you'd get your name in the credits and free tickets.",
      'We can offer a free stand at the fair and a mention in the programme.',
      "We'd put your logo on our website and give you a couple of VIP passes.",
      "As a thank you, we'll list you as a sponsor and give you backstage access.",
      "There's no budget for design, but your name would be on every flyer and you'd get two tickets.",
    ],
    quiet: [
      'Our festival is selling fast: grab VIP passes now and see your name on the wall of fame!',
      'Staff get free meals and a mention in the credits like every year.',
      'Please send your logo for the poster.',
      'Your logo on the poster looks too small, can you enlarge it?',
      'Your two backstage passes are at the box office, on top of your fee.',
      'The VIP tickets sold out in an hour.',
    ],
  },
});
