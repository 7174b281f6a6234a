import { describe, expect, test } from 'vitest';
import { foldBody } from '../text.ts';
import { WISH_BEFORE, WISHED_EVENING, WISHED_WEEKEND } from './wished-time.ts';

const folded = (text: string): string => foldBody(text).text;

describe('wished times', () => {
  test.each([
    ['en', 'Have a great long weekend!'],
    ['en', 'Nice weekend, everyone.'],
    ['fr', 'Bon week-end à vous.'],
    ['fr', 'Belle fin de semaine à toute la gang !'],
  ] as const)('%s: "%s" wishes a weekend', (lang, text) => {
    expect(WISHED_WEEKEND[lang].test(folded(text))).toBe(true);
  });

  test.each([
    ['en', 'Could you finish it this weekend?'],
    ['en', 'The weekend edition goes to print on Friday.'],
    ['fr', 'Tu pourrais le finir ce week-end ?'],
    ['fr', 'En fin de semaine, envoie-moi le fichier.'],
  ] as const)('%s: "%s" wishes no weekend', (lang, text) => {
    expect(WISHED_WEEKEND[lang].test(folded(text))).toBe(false);
  });

  test.each([
    ['en', 'Enjoy your evening.', true],
    ['en', 'Have a restful night.', true],
    ['en', 'Good evening Sarah, could you send it tonight?', false],
    ['fr', 'Excellente soirée à toi.', true],
    ['fr', 'Bonne nuit !', true],
    ['fr', 'Tu peux me répondre ce soir ?', false],
  ] as const)('%s: "%s" wishes an evening: %s', (lang, text, wished) => {
    expect(WISHED_EVENING[lang].test(folded(text))).toBe(wished);
  });

  test('reads the words just before a moment: "have a lovely |Saturday", « bon |dimanche »', () => {
    expect(WISH_BEFORE.en.test(folded('Have a lovely '))).toBe(true);
    expect(WISH_BEFORE.en.test(folded('Could you send it by '))).toBe(false);
    expect(WISH_BEFORE.fr.test(folded('Bon '))).toBe(true);
    expect(WISH_BEFORE.fr.test(folded('Envoie-le avant '))).toBe(false);
  });
});
