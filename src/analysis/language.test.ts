import { describe, expect, test } from 'vitest';
import { detectLanguage } from './language.ts';
import { foldPhrase } from './text.ts';

describe('detectLanguage', () => {
  test.each([
    ['Hi Sam, could you send me the files by Friday? Thanks!', 'en'],
    ['Salut, tu peux m’envoyer les fichiers pour vendredi ? Merci !', 'fr'],
    ['Bonjour, la deadline est asap pour le call de demain, merci', 'fr'],
    ['Hello, we need the feedback on the brief before the call please', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(foldPhrase(text))).toBe(lang);
  });

  // Short lines, whichever way a tie would fall: the subject may be in the other language.
  test.each([
    ['Notre politique : règlement à nonante jours fin de mois.', 'fr'],
    ['Dispo demain ?', 'fr'],
    ["C'est noté, j'attends ton retour.", 'fr'],
    ['Qu’en penses-tu ?', 'fr'],
    ['Facture réglée à septante jours.', 'fr'],
    ['Le planning du shooting est ok.', 'fr'],
    ['Vous pourriez passer jeudi ?', 'fr'],
    ["We're a small startup.", 'en'],
    ['Looking forward to it!', 'en'],
    ['Call me at 10 am EST.', 'en'],
    ["Don't worry about the invoice.", 'en'],
  ] as const)('short line %s → %s', (text, lang) => {
    expect(detectLanguage(foldPhrase(text), 'en')).toBe(lang);
    expect(detectLanguage(foldPhrase(text), 'fr')).toBe(lang);
  });

  test('falls back when nothing tells', () => {
    expect(detectLanguage('ok', 'fr')).toBe('fr');
    expect(detectLanguage('', 'en')).toBe('en');
    expect(detectLanguage('021 345 67 89', 'fr')).toBe('fr');
  });
});
