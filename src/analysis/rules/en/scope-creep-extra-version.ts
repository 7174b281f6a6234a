import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';
import { EXTRA_VERSION_EN } from '../shared/extra-version.ts';
import { newestText } from '../shared/newest.ts';

// A version the client offers to pay for, anywhere in the message, is a new order.
const PAID =
  /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|charge (?:us|me)|bill (?:us|me|it)|how much)\b/;

/** "Could you also cut a 20-second vertical version?", "make a square edit too": another version on top of the job. */
const rule = phraseRule({
  id: 'scope-creep/extra-version',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks for another version of the work on top of the job (a cut-down, a format): a new deliverable to quote.',
    fr: 'Demande une autre version du travail en plus de la mission (un format court, un autre format) : un livrable nouveau, à chiffrer.',
  },
  patterns: EXTRA_VERSION_EN,
  unless: [/\b(?:as agreed|instead)\b/],
  examples: {
    fires: [
      'Could you also cut a 15-second square version for the ads?',
      'Can you make a short teaser from the footage too?',
      'Would you also export a black and white variant of the poster?',
      'Our sponsor wants a French subtitled cut of the film on top of that.',
    ],
    quiet: [
      'Could you cut a shorter version instead of the long one?',
      'Could you also cut a 15-second version? Send me a quote first.',
      'Thanks for the edit, it is lovely.',
      'The board wants a shorter cut of the film, as well as a new ending.',
    ],
  },
});

export default {
  ...rule,
  find: (context) => (PAID.test(newestText(context)) ? [] : rule.find(context)),
} satisfies Rule;
