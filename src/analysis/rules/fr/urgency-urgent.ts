import { phraseRule } from '../../phrase-rule.ts';

/** "C'est urgent", "en urgence", "au plus vite", "asap" in French mail. */
export default phraseRule({
  id: 'urgency/urgent',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.9,
  reason: {
    en: 'Marks the request as urgent without an agreed turnaround.',
    fr: 'Présente la demande comme urgente, sans délai convenu.',
  },
  patterns: [
    /\b(?:c'est|c'etait|tres|super|hyper|ultra|assez|un peu) urgent\b/,
    /\ben urgence\b/,
    /\b(?:au plus vite|des que possible|au plus tot|asap)\b/,
  ],
  unless: [/\brien ne presse\b/, /\bpas (?:d'urgence|urgent|presse)\b/],
  examples: {
    fires: ["C'est urgent, tu peux regarder ?", 'Merci de me le renvoyer au plus vite.', 'Il me le faut asap.'],
    quiet: ["Ce n'est pas urgent du tout.", 'Rien ne presse, au plus tôt la semaine prochaine.'],
  },
});
