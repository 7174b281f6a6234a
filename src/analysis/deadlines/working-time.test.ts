import { describe, expect, test } from 'vitest';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import { isoWithOffset, workingMinutesBetween, zoneOffsetMinutes } from './working-time.ts';

const wall = (iso: string): number => Date.parse(`${iso}Z`);

describe('workingMinutesBetween', () => {
  const settings = DEFAULT_ANALYSIS_SETTINGS;
  test('Friday 19:00 to Monday 08:00 leaves no working time', () => {
    expect(workingMinutesBetween(wall('2026-03-13T19:00'), wall('2026-03-16T08:00'), settings)).toBe(0);
  });
  test('Friday 17:00 to Monday 10:00 leaves two hours', () => {
    expect(workingMinutesBetween(wall('2026-03-13T17:00'), wall('2026-03-16T10:00'), settings)).toBe(120);
  });
  test('a public holiday is not working time', () => {
    const from = wall('2025-07-11T17:00');
    const to = wall('2025-07-15T10:00');
    expect(workingMinutesBetween(from, to, settings)).toBe(60 + 540 + 60);
    expect(workingMinutesBetween(from, to, { ...settings, holidayCountry: 'FR' })).toBe(60 + 60);
  });
  test('a deadline before the sending leaves nothing', () => {
    expect(workingMinutesBetween(wall('2026-03-13T12:00'), wall('2026-03-13T10:00'), settings)).toBe(0);
  });
});

describe('zones', () => {
  test('IANA offsets follow daylight saving time', () => {
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('America/Toronto', Date.parse('2026-01-15T12:00:00Z'))).toBe(-300);
  });
  test('an unknown zone gives null, not an exception', () => {
    expect(zoneOffsetMinutes('Mars/Olympus_Mons', Date.now())).toBeNull();
  });
  test('ISO output carries the offset', () => {
    expect(isoWithOffset(wall('2026-03-16T08:00'), 60)).toBe('2026-03-16T08:00:00+01:00');
    expect(isoWithOffset(wall('2026-03-16T08:00'), -210)).toBe('2026-03-16T08:00:00-03:30');
  });
});
