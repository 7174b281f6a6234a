import { phraseRule } from '../../phrase-rule.ts';

/*
 * Une capacité nouvelle décrite, puis confiée par une question : « les adhérents voudraient réserver
 * en ligne. Est-ce quelque chose que vous pourriez intégrer ? », « serait-ce une chose que tu
 * pourrais ajouter au site ? ». Le verbe est de fabrication ou d'ajout ; « est-ce quelque chose que
 * vous pourriez corriger / regarder » porte sur le travail livré. Texte replié : sans accents.
 */
export default phraseRule({
  id: 'scope-creep/quelque-chose-a-ajouter',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.65,
  reason: {
    en: 'Asks whether you could add something new to the work: it is new work outside what was agreed, to quote.',
    fr: 'Demande si vous pourriez ajouter quelque chose de nouveau au travail : c’est du travail hors de ce qui était convenu, à chiffrer.',
  },
  cue: /\b(?:quelque chose|une chose|un truc)\b/,
  patterns: [
    /\b(?<phrase>(?:est-ce|serait-ce|ce serait|c'est|ca serait|ce serait-tu) (?:quelque chose|une chose|un truc) (?:que|qu') ?(?:vous|tu) (?:pourriez|pourrais|pouvez|peux|sauriez|saurais|seriez en mesure d'|serais en mesure d') ?(?:aussi |egalement )?(?:ajouter|rajouter|integrer|developper|mettre en place|prendre en charge|inclure|creer|concevoir|coder|programmer|greffer|prevoir))\b/,
  ],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|factur\w*|combien|l'an prochain|annee prochaine|plus tard)\b/,
  ],
  examples: {
    fires: [
      'Les adhérents voudraient réserver leurs cours en ligne. Est-ce quelque chose que vous sauriez intégrer au site ?',
      'Serait-ce une chose que tu pourrais ajouter au portail des partenaires ?',
    ],
    quiet: [
      'Le formulaire plante sur Safari. Est-ce quelque chose que vous pourriez corriger ?',
      'Est-ce quelque chose que tu pourrais ajouter moyennant un devis ?',
    ],
  },
});
