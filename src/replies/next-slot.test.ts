import { describe, expect, test } from 'vitest';
import { nextWorkingSlot } from './next-slot.ts';

const WEEK = { workingDays: [1, 2, 3, 4, 5], workStartMinutes: 540, workEndMinutes: 1080, holidayCountry: null };
/** A wall time (see working-time.ts) from an ISO local date-time. */
const wall = (local: string): number => Date.parse(`${local}Z`);
const iso = (w: number | null): string | null => (w === null ? null : new Date(w).toISOString().slice(0, 16));

describe('nextWorkingSlot', () => {
  test.each([
    ['in the morning: the same afternoon, on the hour', '2026-03-10T10:15', 240, '2026-03-10T15:00'],
    ['late afternoon: carried to the next morning', '2026-03-10T17:00', 240, '2026-03-11T12:00'],
    ['Friday evening: Monday', '2026-03-13T21:15', 240, '2026-03-16T13:00'],
    ['Saturday: Monday', '2026-03-14T10:00', 240, '2026-03-16T13:00'],
    ['before the day starts: counted from the start', '2026-03-10T07:00', 240, '2026-03-10T13:00'],
    ['a full day of work', '2026-03-10T10:15', 540, '2026-03-11T11:00'],
  ])('%s', (_, from, lead, expected) => {
    expect(iso(nextWorkingSlot(wall(from), lead, WEEK))).toBe(expected);
  });

  test('rounding up never passes the end of the working day', () => {
    const short = { ...WEEK, workEndMinutes: 17 * 60 + 30 };
    expect(iso(nextWorkingSlot(wall('2026-03-10T13:20'), 240, short))).toBe('2026-03-10T17:30');
  });

  test('skips public holidays', () => {
    // 1 May 2026 is a Friday and a public holiday in France.
    const fr = { ...WEEK, holidayCountry: 'FR' as const };
    expect(iso(nextWorkingSlot(wall('2026-04-30T17:00'), 240, fr))).toBe('2026-05-04T12:00');
  });

  test('no working time at all: no slot', () => {
    expect(nextWorkingSlot(wall('2026-03-10T10:00'), 240, { ...WEEK, workingDays: [] })).toBeNull();
    expect(nextWorkingSlot(wall('2026-03-10T10:00'), 240, { ...WEEK, workEndMinutes: 540 })).toBeNull();
  });
});
