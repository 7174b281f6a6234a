import type { WorkingTimeSettings } from './deadlines/working-time.ts';
import { CATEGORIES, HOLIDAY_COUNTRIES, type AnalysisSettings, type Category, type HolidayCountry } from './types.ts';

/** Monday–Friday, 09:00–18:00, in the sender's offset, two revision rounds. */
export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  workingDays: [1, 2, 3, 4, 5],
  workStartMinutes: 9 * 60,
  workEndMinutes: 18 * 60,
  timeZone: null,
  holidayCountry: null,
  revisionRoundsIncluded: 2,
  enabledCategories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
};

/**
 * Working time the date arithmetic can use: days that are not weekdays are dropped; no day left, or hours that
 * are not a real interval within one day (NaN, start after end), fall back to the defaults; an unknown holiday
 * country counts as none. The options page never saves such values, but a caller of the detector or the composer
 * can pass anything, and a NaN hour or an unknown country used to make the deadline reader throw.
 */
export function usableWorkingTime(time: WorkingTimeSettings): WorkingTimeSettings {
  const days = Array.isArray(time.workingDays)
    ? time.workingDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)
    : [];
  const { workStartMinutes: start, workEndMinutes: end } = time;
  const hours = Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end <= 24 * 60 && start < end;
  return {
    workingDays: days.length > 0 ? [...new Set(days)] : DEFAULT_ANALYSIS_SETTINGS.workingDays,
    workStartMinutes: hours ? start : DEFAULT_ANALYSIS_SETTINGS.workStartMinutes,
    workEndMinutes: hours ? end : DEFAULT_ANALYSIS_SETTINGS.workEndMinutes,
    holidayCountry: HOLIDAY_COUNTRIES.includes(time.holidayCountry as HolidayCountry) ? time.holidayCountry : null,
  };
}
