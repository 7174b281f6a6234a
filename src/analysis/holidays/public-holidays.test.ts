import { describe, expect, test } from 'vitest';
import { easterSunday, publicHoliday } from './public-holidays.ts';

describe('easterSunday', () => {
  test.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('%i', (year, date) => {
    expect(easterSunday(year).toISOString().slice(0, 10)).toBe(date);
  });
});

describe('publicHoliday', () => {
  test.each([
    ['FR', 2025, 7, 14, 'Bastille Day'],
    ['FR', 2025, 5, 29, 'Ascension Day'],
    ['FR', 2025, 6, 9, 'Whit Monday'],
    ['BE', 2025, 7, 21, 'Belgian National Day'],
    ['CH', 2025, 8, 1, 'Swiss National Day'],
    ['CH', 2026, 9, 21, 'Federal Fast Monday'],
    ['CH', 2025, 9, 22, 'Federal Fast Monday'],
    ['CA', 2025, 10, 13, 'Thanksgiving'],
    ['CA', 2025, 5, 19, 'Victoria Day'],
    ['CA-QC', 2025, 6, 24, 'Quebec National Holiday'],
    ['GB', 2025, 5, 26, 'Spring bank holiday'],
    ['GB', 2026, 12, 28, 'Boxing Day'],
    ['US', 2025, 11, 27, 'Thanksgiving'],
    ['US', 2026, 7, 3, 'Independence Day'],
  ] as const)('%s %i-%i-%i is %s', (country, year, month, day, name) => {
    expect(publicHoliday(country, year, month, day)?.en).toBe(name);
  });

  test('ordinary days, other countries and no country are not holidays', () => {
    expect(publicHoliday('FR', 2025, 7, 15)).toBeNull();
    expect(publicHoliday('US', 2025, 7, 14)).toBeNull();
    expect(publicHoliday('CA', 2025, 6, 24)).toBeNull();
    expect(publicHoliday(null, 2025, 12, 25)).toBeNull();
  });

  test('names exist in French too', () => {
    expect(publicHoliday('CA-QC', 2025, 10, 13)?.fr).toBe('Action de grâce');
  });
});
