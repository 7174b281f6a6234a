import { DAY_MS, MINUTE_MS, dayOff, startOfDay, type WorkingTimeSettings } from '../analysis/deadlines/working-time.ts';

/**
 * A reply offers a delivery half a working day of work after the request:
 * time to fit the task in without dropping other work, and soon enough to be
 * a real offer ("Tuesday at 13:00" for a request sent Monday evening).
 */
export const DEFAULT_LEAD_WORKING_MINUTES = 4 * 60;
/** A slot further than this is not an offer worth making. */
const MAX_SCANNED_DAYS = 60;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The first moment, on a wall clock (see working-time.ts), by which
 * `leadMinutes` of working time have passed since `fromWall`, rounded up to
 * the full hour ("Tuesday at 10:00" reads better than 09:15) but never past
 * the end of that working day. Null when there is no working time at all.
 */
export function nextWorkingSlot(fromWall: number, leadMinutes: number, settings: WorkingTimeSettings): number | null {
  if (!(settings.workEndMinutes > settings.workStartMinutes) || !Number.isFinite(fromWall)) return null;
  let remaining = Math.max(0, leadMinutes) * MINUTE_MS;
  for (let day = startOfDay(fromWall), n = 0; n < MAX_SCANNED_DAYS; day += DAY_MS, n++) {
    if (dayOff(day, settings) !== null) continue;
    const open = Math.max(fromWall, day + settings.workStartMinutes * MINUTE_MS);
    const close = day + settings.workEndMinutes * MINUTE_MS;
    if (close <= open) continue;
    if (close - open >= remaining) return Math.min(Math.ceil((open + remaining) / HOUR_MS) * HOUR_MS, close);
    remaining -= close - open;
  }
  return null;
}
