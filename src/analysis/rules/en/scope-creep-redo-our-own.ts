import { phraseRule } from '../../phrase-rule.ts';
import { OWN_MATERIAL } from '../shared/own-material.ts';

/** "Could you also redo our business cards?", "refresh our old brochure": the client's own material, not the delivered work. */
export default phraseRule({
  id: 'scope-creep/redo-our-own',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks you to redo material the client already had: new work, outside what was agreed, so quote it.',
    fr: 'Demande de refaire des supports que le client avait déjà : du travail nouveau, hors de ce qui était convenu, à chiffrer.',
  },
  patterns: [...OWN_MATERIAL.en],
  unless: [
    /\b(?:quote|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|charge (?:us|me)|bill (?:us|me|it)|how much|as agreed|ourselves|myself|in-house|next year)\b/,
  ],
  examples: {
    fires: [
      'Could you also redesign our letterhead? It still has the old address.',
      'Would you spruce up our tired trade-show banner as well?',
      'Can you rework our existing price list so it matches?',
    ],
    quiet: [
      'Could you redo our new logo in a darker blue?',
      'Could you also send me a quote to redo our old website?',
      "We'll redo our old signage ourselves next year.",
    ],
  },
});
