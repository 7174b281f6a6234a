import { phraseRule } from '../../phrase-rule.ts';

/** "ASAP" and its spelled-out and intensified forms. */
export default phraseRule({
  id: 'urgency/asap',
  category: 'urgency',
  lang: 'en',
  confidence: 0.9,
  reason: {
    en: 'Asks for it as soon as possible: an open-ended rush with no agreed turnaround.',
    fr: 'Demande un rendu « au plus vite » : une urgence sans délai convenu.',
  },
  patterns: [/\b(?:asap|a\.s\.a\.p\.?|as soon as (?:humanly )?possible|at your earliest (?:possible )?convenience)\b/],
  unless: [/\bno (?:rush|hurry)\b/, /\bnot (?:urgent|a rush)\b/],
  examples: {
    fires: ['Can you send it over ASAP?', 'We need the files as soon as possible.', 'Please revert a.s.a.p.'],
    quiet: ['No rush, but send it as soon as possible next week.', 'Saparo Ltd sent the invoice.'],
  },
});
