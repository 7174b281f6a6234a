import { describe, expect, test } from 'vitest';
import { parseSentAt } from '../sent-at.ts';
import { guessHolidayCountry } from './guess-country.ts';

const guess = (lang: 'en' | 'fr', sentAt: string | null) => {
  const { date, offsetMinutes } = parseSentAt(sentAt);
  return guessHolidayCountry(lang, date, offsetMinutes);
};

describe('guessHolidayCountry', () => {
  test.each([
    ['fr', '2025-07-10T11:30:00+02:00', 'FR'],
    ['fr', '2025-01-10T11:30:00+01:00', 'FR'],
    ['fr', '2025-06-20T11:30:00-04:00', 'CA-QC'],
    ['fr', '2025-06-20T11:30:00+09:00', null],
    ['en', '2025-07-10T11:30:00+01:00', 'GB'],
    ['en', '2025-01-10T11:30:00+00:00', 'GB'],
    ['en', '2025-01-10T11:30:00+01:00', null],
    ['en', '2025-06-30T15:30:00-03:00', 'CA'],
    ['en', '2025-11-26T15:20:00-06:00', 'US'],
    ['en', '2025-11-26T15:20:00+05:30', null],
    ['en', null, null],
    ['fr', 'not a date', null],
  ] as const)('%s sent %s → %s', (lang, sentAt, expected) => {
    expect(guess(lang, sentAt)).toBe(expected);
  });
});

describe('guessHolidayCountry with a Swiss or Belgian mark', () => {
  const sent = parseSentAt('2025-07-31T16:00:00+02:00');
  test.each([
    ['merci pour tout.\nmeilleures salutations, anna', 'CH'],
    ['le devis est de huitante francs', 'CH'],
    ['tel. +41 21 555 00 00', 'CH'],
    ['bien cordialement, anna', 'FR'],
    ['nos salutations les meilleures', 'FR'],
    ['gruezi, voici le brief', 'CH'],
    ['studio lumen, rue de carouge 12, 1205 geneve', 'CH'],
    ['appelez-moi sur mon gsm', 'BE'],
    ['le devis de septante euros', 'BE'],
    ['tel. +32 2 555 00 00', 'BE'],
    ['avenue louise 54, 1050 bruxelles', 'BE'],
    ['atelier, 12 rue de la paix, 75002 paris, pres de geneve', 'FR'],
  ] as const)('%j → %s', (text, expected) => {
    expect(guessHolidayCountry('fr', sent.date, sent.offsetMinutes, text)).toBe(expected);
  });

  test('English on Central European time stays unguessed whatever the text', () => {
    expect(guessHolidayCountry('en', sent.date, sent.offsetMinutes, 'meilleures salutations')).toBeNull();
  });
});
