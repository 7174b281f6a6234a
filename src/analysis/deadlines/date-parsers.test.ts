import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { describe, expect, test } from 'vitest';
import { DATE_PARSERS, EN_PARSERS, FR_PARSERS } from './date-parsers.ts';

const REFERENCE = { instant: new Date('2026-03-13T18:00:00Z'), timezone: 60 };

describe('the trimmed chrono parsers', () => {
  // Parsers are picked by position: an upgrade that reorders chrono-node's configuration must fail here.
  test.each([
    ['en', chronoEn.configuration.createCasualConfiguration(false).parsers, EN_PARSERS],
    ['fr', chronoFr.createCasualConfiguration().parsers, FR_PARSERS],
  ] as const)('%s picks the parsers it names', (_lang, parsers, picks) => {
    for (const pick of picks) expect(parsers[pick.index]?.constructor.name).toBe(pick.name);
  });

  test.each([
    ['en', 'could you send it by monday 8am', ['monday 8am']],
    ['en', 'need it within 2 hours, or tomorrow morning', ['within 2 hours', 'tomorrow morning']],
    ['en', 'deliver by june 3rd at 5pm or by the end of march', ['june 3rd at 5pm', 'end of march']],
    ['en', 'can you do it tonight or this weekend', ['tonight', 'this weekend']],
    ['en', 'would the 26th and 27th work, or the 3rd floor room on the 2nd?', ['26th', '27th', '2nd']],
    ['fr', 'tu peux me renvoyer la maquette pour lundi 8h', ['lundi 8h']],
    [
      'fr',
      'il me la faut dans 2 heures ou demain matin, avant le 3 juin a 17h',
      ['dans 2 heures', 'demain matin', '3 juin a 17h'],
    ],
  ] as const)('%s reads "%s"', (lang, text, expected) => {
    const found = DATE_PARSERS[lang].parse(text, REFERENCE, { forwardDate: true }).map((r) => r.text);
    expect(found).toEqual(expected);
  });

  test('a text without any of their words reaches no parser', () => {
    expect(DATE_PARSERS.en.parse('thanks for the lovely work on the logo', REFERENCE)).toEqual([]);
  });
});
