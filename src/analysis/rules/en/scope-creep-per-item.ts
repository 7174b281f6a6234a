import { phraseRule } from '../../phrase-rule.ts';
import { PER_ITEM_REASON } from '../shared/per-item.ts';

/**
 * Extra deliverables multiplied per item of the job, asked on top: "also a newsletter version of each
 * post", "plus captions for 3 posts per article", "we'd like a carousel for every episode". Each item of
 * the agreed work grows new work.
 */
const ITEM = String.raw`(?:post|blog post|article|episode|video|product|page|email|newsletter|issue|chapter|recipe|event|interview|podcast|case study|photo|listing|week|month|module|lesson|unit|property|house|home|location|store|shop|room|course|workshop|session|title|sku)`;
const PER_ITEM = String.raw`(?:(?:of|for|from|per|with|to|at the end of|at the start of|in) (?:each|every) (?:of (?:the|our|your|these|those) (?:[a-z0-9]+ )?)?${ITEM}s?|(?:for|of|to) each(?= ?[?!.]|$)|\d+ [a-z]+(?: [a-z]+)? (?:per|a|each|every) ${ITEM})`;
const ON_TOP = String.raw`(?:also|as well|too|on top of|in addition|additionally|extra|plus|another|we'?d (?:like|love|want)|we would (?:like|love|want)|could you|can you|would you|we'?ll need|we need|we'?re going to need)`;

export default phraseRule({
  id: 'scope-creep/per-item',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: PER_ITEM_REASON,
  patterns: [
    new RegExp(String.raw`\b${ON_TOP}\b[^.?!]{0,120}?\b(?<phrase>${PER_ITEM})\b`),
    new RegExp(String.raw`\b(?<phrase>${PER_ITEM})\b(?=[^.?!]{0,60}\b${ON_TOP}\b)`),
  ],
  unless: [
    /\b(?:as agreed|as planned|as discussed|as in the (?:quote|contract|brief)|included|covered|quote|quotation|estimate|we(?:'ll| will) pay|how much|per hour|an hour|rate|fee|price|cost|budget|invoice|retainer)\b/,
    // Sending, sharing or approving is no new work: "could you send the stats for each post?".
    /\b(?:send|sent|share|forward|show|approve|check|confirm|review|look|looked|tell|report|stats|statistics|figures|numbers|analytics|views|clicks|dates?|times?|availability)\b/,
  ],
  examples: {
    fires: [
      'On top of that, a short podcast version of each episode and quotes for 2 tweets per post.',
      "For the blog, we'd like an Instagram carousel for every article as well.",
      'Could you also write a product description for each recipe?',
      'For each interview, we would want a short highlight card and a transcript.',
      'Could you please add a five-question recap at the end of each of the six lessons?',
      'Would you add an aerial shot and a floor plan for each?',
      'We need a one-page summary sheet for every property on the list too.',
    ],
    quiet: [
      'As agreed, you write one blog post per week.',
      'Could you also send the stats for each post?',
      'Could you take a look at the photos I sent for each product?',
      'We publish two newsletters a month, so no rush.',
      'For each article you delivered, we saw more visits.',
      'Can you confirm the start times for each?',
      'Each module ends with a quiz, as in the brief.',
    ],
  },
});
