import { describe, expect, it } from 'vitest';
import { parseDisplayedDate, resolveSentAt } from './displayed-date.ts';

// Offsets are the browser's for each date: pin the zone so winter (+01:00) and summer (+02:00) both show.
process.env.TZ = 'Europe/Paris';

describe('parseDisplayedDate', () => {
  it.each([
    ['Thu, Nov 26, 2026, 3:59 PM', false, '2026-11-26T15:59:00+01:00'],
    ['Thu, Nov 26, 2026 at 3:59 PM', false, '2026-11-26T15:59:00+01:00'],
    ['jeu. 26 nov. 2026, 15:59', true, '2026-11-26T15:59:00+01:00'],
    ['jeu. 26 nov. 2026 à 15:59', true, '2026-11-26T15:59:00+01:00'],
    ['mar. 3 mars 2026, 09:05', true, '2026-03-03T09:05:00+01:00'],
    ['Tue, Mar 3, 2026, 9:05 AM', false, '2026-03-03T09:05:00+01:00'],
    ['Wed, Jul 1, 2026, 12:30 AM', false, '2026-07-01T00:30:00+02:00'],
    ['sam. 1er août 2026, 8 h 00', true, '2026-08-01T08:00:00+02:00'],
    ['ven. 11 déc. 2026, 23:45', true, '2026-12-11T23:45:00+01:00'],
    ['Thu 11/26/2026 3:59 PM', false, '2026-11-26T15:59:00+01:00'],
    ['jeu. 26/11/2026 15:59', true, '2026-11-26T15:59:00+01:00'],
    ['03/04/2026 10:00', true, '2026-04-03T10:00:00+02:00'],
    ['03/04/2026 10:00', false, '2026-03-04T10:00:00+01:00'],
    ['2026-11-26 15:59', true, '2026-11-26T15:59:00+01:00'],
  ])('%s (day first: %s) → %s', (displayed, dayFirst, iso) => {
    expect(parseDisplayedDate(displayed, dayFirst)).toBe(iso);
  });

  it.each(['', 'Yesterday', 'hier', 'Nov 26, 2026', 'Fri, Feb 30, 2026, 10:00 AM', '26/11/2026 25:10'])(
    'gives null for %j',
    (displayed) => {
      expect(parseDisplayedDate(displayed, true)).toBeNull();
    },
  );
});

describe('resolveSentAt', () => {
  it('prefers a machine-readable datetime, then the title, then the text', () => {
    const shown = (machine: string | null, ...texts: string[]) => ({ machine, shown: texts, dayFirst: false });
    expect(resolveSentAt(shown(null, '', 'Thu 11/26/2026 3:59 PM'))).toBe('2026-11-26T15:59:00+01:00');
    expect(resolveSentAt(shown(null, 'Thu, Nov 26, 2026, 4:10 PM', 'Thu 11/26/2026 3:59 PM'))).toBe(
      '2026-11-26T16:10:00+01:00',
    );
    expect(resolveSentAt(shown('2026-11-26T14:20:00Z', 'Thu, Nov 26, 2026, 4:10 PM'))).toBe(
      '2026-11-26T15:20:00+01:00',
    );
    expect(resolveSentAt(shown('not a date', 'yesterday'))).toBeNull();
    expect(resolveSentAt(null)).toBeNull();
  });
});
