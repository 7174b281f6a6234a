import { phraseRule } from '../../phrase-rule.ts';
import { ANOTHER_TAKE_REASON } from '../shared/another-take.ts';

/**
 * Another take on delivered work, asked as a trial rather than a change: "maybe try the mark a little
 * smaller", "we'd like to see the hallway once more, with the grey tiles instead of the wood", "revisit
 * option B but with the lettering from A". Each is one more revision round.
 */
const COMPARATIVE = String.raw`(?:smaller|bigger|larger|bolder|lighter|darker|brighter|thinner|thicker|wider|narrower|shorter|longer|higher|lower|warmer|cooler|softer|tighter|looser|simpler|busier|calmer|rounder|heavier|more (?:centred|centered|muted|subtle|vivid|saturated|spaced out|compact))`;
const LABEL = String.raw`(?:(?:mock-?up|draft|option|version|concept|proposal|variant|route|direction|v) ?(?:[a-h]|\d{1,2})|[a-h](?= but\b)|[a-h](?=\s*(?:[.?!,;]|$)))`;

export default phraseRule({
  id: 'extra-revisions/another-take',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.75,
  reason: ANOTHER_TAKE_REASON,
  patterns: [
    new RegExp(
      String.raw`\b(?:maybe|perhaps|could (?:we|you)|can (?:we|you)|let'?s|why not|would you|worth)\s+(?:also\s+)?(?:try|trying|test|testing|see|seeing)\s+(?:the|it|them|this|that|our|their|its)\b[^.,;?!\n]{0,30}?\b(?:a (?:little|bit|touch|tad|fraction|hair)(?: bit)? |slightly |somewhat |much |a lot |even )?${COMPARATIVE}\b`,
    ),
    /\b(?:see|view|look at|have)\b[^.?!\n]{0,40}\b(?:once more|one more time|again)\b[^.?!\n]{0,12}\bwith\b[^.?!\n]{0,60}\binstead of\b/,
    new RegExp(
      String.raw`\b(?:revisit|redo|rework|try|see|combine|merge|mix|go with|take) (?:the )?${LABEL} but with (?:the |its |their )?[a-z]+(?: [a-z]+)? (?:from|of|in) (?:the )?${LABEL}`,
    ),
    // Two takes already shown merged into one: "merge concepts 1 and 3", "combine the first and third drafts".
    /\b(?:combine|combining|merge|merging|mix|mixing|blend|blending|mash up) (?:the )?(?:(?:mock-?ups?|drafts?|options?|versions?|concepts?|proposals?|variants?|routes?|directions?) (?:[a-h]|\d{1,2}) (?:and|with|&) (?:[a-h]|\d{1,2})\b|(?:first|second|third|fourth|last) (?:and|with|&) (?:the )?(?:second|third|fourth|fifth|last) (?:mock-?ups?|drafts?|options?|versions?|concepts?|proposals?|logos?|designs?|layouts?|sketches)\b|two (?:mock-?ups|drafts|options|versions|concepts|proposals|logos|designs|layouts|sketches|directions)\b(?! (?:into|in) (?:one|a single) (?:invoice|quote|contract)))/,
  ],
  unless: [
    /\b(?:contract|invoice|quote|budget|meeting|call|venue|date|time|slot|restaurant|cafe|café|hotel|room size)\b/,
  ],
  examples: {
    fires: [
      'Maybe try the mark a little smaller?',
      'Could we try it slightly darker, like a forest green?',
      "We'd like to see the hallway once more, with the grey tiles instead of the wood.",
      'Could we revisit option C but with the colours from option A?',
      "Let's revisit B but with the lettering from A.",
      'The board would like you to merge concepts 2 and 4 into one logo.',
      'Could you combine the first and third drafts of the poster?',
      'Maybe mix the two directions you showed us last week?',
    ],
    quiet: [
      'Maybe try the new café on Main Street, it is lovely.',
      'We will revisit the budget in March.',
      'Could we see the venue again, with the caterer instead of the florist?',
      'The mark is a little smaller than I expected, and I love it.',
      'We will merge the two teams in May.',
      'Please combine the two invoices into one.',
    ],
  },
});
