import { phraseRule } from '../../phrase-rule.ts';
import { OWN_MATERIAL } from '../shared/own-material.ts';

/** « Tu pourrais aussi refaire nos cartes de visite ? », « reprendre notre vieux site » : les supports du client, pas le travail livré. */
export default phraseRule({
  id: 'scope-creep/refaire-nos-supports',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Asks you to redo material the client already had: new work, outside what was agreed, so quote it.',
    fr: 'Demande de refaire des supports que le client avait déjà : du travail nouveau, hors de ce qui était convenu, à chiffrer.',
  },
  patterns: [...OWN_MATERIAL.fr],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|a part|comme convenu|nous-memes|en interne)\b/,
  ],
  examples: {
    fires: [
      'Vous pourriez aussi refaire notre papier à en-tête ? Il a encore l’ancienne adresse.',
      'Tu peux aussi nous rafraîchir la mise en page de nos menus ?',
      'Pourriez-vous reprendre notre vieille plaquette pour la mettre au même style ?',
    ],
    quiet: [
      'Tu peux refaire notre nouveau logo en bleu plus foncé ?',
      'Pourriez-vous aussi nous faire un devis pour refaire notre ancien site ?',
      'Nous referons notre vieille enseigne en interne l’an prochain.',
    ],
  },
});
