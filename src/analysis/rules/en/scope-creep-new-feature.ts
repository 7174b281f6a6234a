import { phraseRule } from '../../phrase-rule.ts';
import { NEW_FEATURE_REASON } from '../shared/new-feature.ts';

/*
 * A new feature for a delivered dashboard, app or site, listed as a wish without "also": "we'd love a weekly CSV
 * export for the board and a budget tab with two scenarios", "could the app get a forecast tab?". The feature words
 * are the pieces of a built tool, so a wished call, meeting or report on the freelancer's time stays quiet.
 */
const FEATURE = String.raw`(?:tabs?|exports?|widgets?|filters?|modules?|integrations?|features?|toggles?|dark mode|digests?|alerts?|notifications?|leaderboards?|calculators?|chatbots?|search bar|drill-?downs?|scenarios? (?:tab|view|page))`;
const WISH = String.raw`(?:(?:it|the (?:app|dashboard|site|website|tool|portal|platform)) (?:also )?needs(?: also)?|(?:we|she|he|they)'?d (?:love|like|need|want)(?: to see)?|we would (?:love|like|need|want)|we(?:'ll| will) (?:need|want)|i'?d (?:love|like)|would be (?:great|nice|good|amazing|ideal|awesome) to (?:have|get|add)|(?:could|can) (?:it|(?:the|our) (?:app|dashboard|site|website|tool|portal|platform|report)) (?:get|have)|(?:wish ?list|next up|on our list)\b[^.?!\n]{0,30}:)`;

export default phraseRule({
  id: 'scope-creep/new-feature',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: NEW_FEATURE_REASON,
  // Every pattern needs one of these words: most mail skips the rule.
  cue: /\b(?:tabs?|exports?|widgets?|filters?|modules?|integrations?|features?|toggles?|dark mode|digests?|alerts?|notifications?|leaderboards?|calculators?|chatbots?|search bar|drill-?downs?|scenarios?)\b/,
  patterns: [
    new RegExp(
      String.raw`\b${WISH}[^.?!\n]{0,25}?\b(?<phrase>(?:an?|one) (?:[a-z0-9-]+ ){0,3}?${FEATURE})\b(?! (?:of|from) (?:the|your|our) (?:invoices?|quotes?|bills?|contracts?|timesheets?)\b)`,
    ),
  ],
  unless: [
    // A first enquiry or a paid order is no creep: "we'd need a booking module, what would it cost?".
    /\b(?:quote|quotation|estimate|your rates|how much|what would it cost|we(?:'ll| will) pay|happy to pay|extra fee|separate invoice|budget for it)\b/,
    // Switched on in settings, not built: "we'd like a notification when the files are up".
    /\b(?:notif(?:y|ication|ications) (?:me|us) when|(?:an? )?(?:alert|notification) when (?:you|the files?|it)|turn on|switch on|enable)\b/,
  ],
  examples: {
    fires: [
      "Two things he'd love to see in it: a currency toggle and a monthly digest for the team.",
      "Thanks for the dashboard. We'd love a weekly CSV export for the board and a budget tab with two scenarios.",
      'Can the app get a forecast tab with three scenarios?',
      'It would be great to have a quarterly PDF export for our shareholders.',
      'Our wishlist for the portal: a churn tab and a monthly export for finance.',
      "We'll need a Slack integration for the sales team next.",
      "I'd love a dark mode on the app, our night shift asked for it.",
      "we'd need a filter by region on the map page",
      'The app needs also a push notification when the menu of the day changes.',
    ],
    quiet: [
      'We export a CSV every week for the board.',
      "We'd love a weekly call to go through the numbers.",
      "We'd need a booking module for our site: how much would that be?",
      "We'd like a notification when the files are up.",
      "We'd love a PDF export of the invoices for our accountant.",
      'The budget tab works great, thanks.',
    ],
  },
});
