/**
 * The user's settings: a typed, versioned record in `storage.local`. Loading never fails: a stored value
 * is migrated to the current version, then validated field by field, and any field that is missing or
 * invalid falls back to its default (refined-github's options-storage and Dark Reader's user-storage work
 * the same way). Pure: the storage calls live in storage.ts.
 */
import { DEFAULT_ANALYSIS_SETTINGS } from '../analysis/settings.ts';
import { HOLIDAY_COUNTRIES, type AnalysisSettings, type HolidayCountry } from '../analysis/types.ts';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Working days, 0 = Sunday … 6 = Saturday, sorted, no duplicates, at least one. */
  workingDays: number[];
  /** Minutes after midnight; start < end. */
  workStartMinutes: number;
  workEndMinutes: number;
  /** IANA zone; null: judge a message by its sender's clock (the offset in its date). */
  timeZone: string | null;
  holidayCountry: HolidayCountry | null;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  workingDays: [...DEFAULT_ANALYSIS_SETTINGS.workingDays],
  workStartMinutes: DEFAULT_ANALYSIS_SETTINGS.workStartMinutes,
  workEndMinutes: DEFAULT_ANALYSIS_SETTINGS.workEndMinutes,
  timeZone: DEFAULT_ANALYSIS_SETTINGS.timeZone,
  holidayCountry: DEFAULT_ANALYSIS_SETTINGS.holidayCountry,
};

/** A stored record of some version, before validation. */
export type StoredRecord = Record<string, unknown>;

/**
 * `MIGRATIONS[i]` turns a version `i + 1` record into a version `i + 2` one. Append only: a user may skip
 * any number of versions, and every step runs in order. Empty while version 1 is the only one shipped.
 */
export const MIGRATIONS: readonly ((record: StoredRecord) => StoredRecord)[] = [];

/** A record written by an older version brought up to `targetVersion`; unversioned values count as version 1. */
export function migrate(
  record: StoredRecord,
  migrations: readonly ((record: StoredRecord) => StoredRecord)[] = MIGRATIONS,
): StoredRecord {
  let current = record;
  const stored = current.version;
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  for (let version = from; version - 1 < migrations.length; version++) {
    const step = migrations[version - 1] as (record: StoredRecord) => StoredRecord;
    current = { ...step(current), version: version + 1 };
  }
  return current;
}

const MINUTES_PER_DAY = 24 * 60;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isMinuteOfDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
}

/** What is wrong with each invalid field, in words for the options page; empty when all is well. */
export type SettingsErrors = Partial<Record<'workingDays' | 'workingHours' | 'timeZone' | 'holidayCountry', string>>;

/** Checks a candidate; message keys are `_locales` names so the options page can show them in the UI language. */
export function validateSettings(candidate: Omit<Settings, 'version'>): SettingsErrors {
  const errors: SettingsErrors = {};
  const days = candidate.workingDays;
  if (
    !Array.isArray(days) ||
    days.length === 0 ||
    days.some((d) => !Number.isInteger(d) || d < 0 || d > 6) ||
    new Set(days).size !== days.length
  ) {
    errors.workingDays = 'errorWorkingDays';
  }
  if (
    !isMinuteOfDay(candidate.workStartMinutes) ||
    !isMinuteOfDay(candidate.workEndMinutes) ||
    candidate.workStartMinutes >= candidate.workEndMinutes
  ) {
    errors.workingHours = 'errorWorkingHours';
  }
  if (candidate.timeZone !== null && (typeof candidate.timeZone !== 'string' || !isValidTimeZone(candidate.timeZone))) {
    errors.timeZone = 'errorTimeZone';
  }
  if (candidate.holidayCountry !== null && !HOLIDAY_COUNTRIES.includes(candidate.holidayCountry)) {
    errors.holidayCountry = 'errorHolidayCountry';
  }
  return errors;
}

/** Settings from whatever was stored (nothing, an old version, a damaged record): never throws. */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return structuredClone(DEFAULT_SETTINGS);
  const record = migrate(stored as StoredRecord);
  const settings = structuredClone(DEFAULT_SETTINGS);
  const pick = <K extends keyof Omit<Settings, 'version'>>(key: K, ok: (value: unknown) => boolean): void => {
    if (ok(record[key])) settings[key] = record[key] as Settings[K];
  };
  pick(
    'workingDays',
    (v) =>
      Array.isArray(v) &&
      validateSettings({ ...DEFAULT_SETTINGS, workingDays: v as number[] }).workingDays === undefined,
  );
  if (
    validateSettings({
      ...DEFAULT_SETTINGS,
      workStartMinutes: record.workStartMinutes as number,
      workEndMinutes: record.workEndMinutes as number,
    }).workingHours === undefined
  ) {
    settings.workStartMinutes = record.workStartMinutes as number;
    settings.workEndMinutes = record.workEndMinutes as number;
  }
  pick('timeZone', (v) => v === null || (typeof v === 'string' && isValidTimeZone(v)));
  pick('holidayCountry', (v) => v === null || HOLIDAY_COUNTRIES.includes(v as HolidayCountry));
  settings.workingDays.sort((a, b) => a - b);
  return settings;
}

/** The part of the settings the detector reads; what the options page does not set yet keeps its default. */
export function toAnalysisSettings(settings: Settings): AnalysisSettings {
  return {
    ...DEFAULT_ANALYSIS_SETTINGS,
    workingDays: settings.workingDays,
    workStartMinutes: settings.workStartMinutes,
    workEndMinutes: settings.workEndMinutes,
    timeZone: settings.timeZone,
    holidayCountry: settings.holidayCountry,
  };
}
