import { CATEGORIES, type AnalysisSettings, type Category } from './types.ts';

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
