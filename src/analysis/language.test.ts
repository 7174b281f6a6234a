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

  test('falls back when nothing tells', () => {
    expect(detectLanguage('ok', 'fr')).toBe('fr');
    expect(detectLanguage('', 'en')).toBe('en');
  });
});
