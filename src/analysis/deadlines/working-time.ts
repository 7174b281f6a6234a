import { publicHoliday } from '../holidays/public-holidays.ts';
import type { AnalysisSettings, Localized } from '../types.ts';

/**
 * Working time on a wall clock. A "wall time" is the local date and time of the
 * reference zone written as if it were UTC milliseconds (`Date.UTC(y, m, d, h, min)`):
 * calendar arithmetic stays simple and only the edges talk to time zones.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** Working hours are summed over at most this many days: a deadline further away is never tight. */
const MAX_SCANNED_DAYS = 60;

export type WorkingTimeSettings = Pick<
  AnalysisSettings,
  'workingDays' | 'workStartMinutes' | 'workEndMinutes' | 'holidayCountry'
>;

export interface WallParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

export function wallParts(wall: number): WallParts {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

export function startOfDay(wall: number): number {
  return Math.floor(wall / DAY_MS) * DAY_MS;
}

/** Why a calendar day is off: the public holiday's name, 'weekend', or null on a working day. */
export function dayOff(wall: number, settings: WorkingTimeSettings): Localized | 'weekend' | null {
  const p = wallParts(wall);
  const holiday = publicHoliday(settings.holidayCountry, p.year, p.month, p.day);
  if (holiday) return holiday;
  return settings.workingDays.includes(p.weekday) ? null : 'weekend';
}

/** Working minutes between two wall times (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: number, to: number, settings: WorkingTimeSettings): number {
  if (!(to > from)) return 0;
  let total = 0;
  const last = Math.min(startOfDay(to), startOfDay(from) + MAX_SCANNED_DAYS * DAY_MS);
  for (let day = startOfDay(from); day <= last; day += DAY_MS) {
    if (dayOff(day, settings) !== null) continue;
    const open = Math.max(from, day + settings.workStartMinutes * MINUTE_MS);
    const close = Math.min(to, day + settings.workEndMinutes * MINUTE_MS);
    if (close > open) total += (close - open) / MINUTE_MS;
  }
  return total;
}

/** The UTC offset (minutes) of an IANA zone at an instant, or null when the zone is unknown. */
export function zoneOffsetMinutes(timeZone: string, instant: number): number | null {
  const format = formatterFor(timeZone);
  if (!format) return null;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    (parts['hour'] ?? 0) % 24,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    let format: Intl.DateTimeFormat | null;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formatters.set(timeZone, format);
  }
  return formatters.get(timeZone) ?? null;
}

/** ISO 8601 local time with its offset, e.g. `2026-03-16T08:00:00+01:00`. */
export function isoWithOffset(wall: number, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${new Date(wall).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
