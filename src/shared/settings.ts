/**
 * The user's settings: a typed, versioned record in `storage.local`. Loading never fails: a stored value
 * is migrated to the current version, then validated field by field, and any field that is missing or
 * invalid falls back to its default (refined-github's options-storage and Dark Reader's user-storage work
 * the same way). Pure: the storage calls live in storage.ts.
 */
import { DEFAULT_ANALYSIS_SETTINGS } from '../analysis/settings.ts';
import {
  CATEGORIES,
  HOLIDAY_COUNTRIES,
  type AnalysisSettings,
  type Category,
  type HolidayCountry,
  type Lang,
} from '../analysis/types.ts';
import type { Site } from '../content/adapters/adapter.ts';
import type { ReplyOptions } from '../replies/compose.ts';
import { TONES, type Tone } from '../replies/templates/types.ts';
import type { ReplyTerms } from '../replies/terms.ts';
import { isUserTemplateList, parseUserTemplates, type UserTemplate } from '../replies/user-templates.ts';

export const SETTINGS_VERSION = 3;

export const SITES = ['gmail', 'outlook'] as const satisfies readonly Site[];
export const REPLY_LANGUAGES = ['match', 'en', 'fr'] as const satisfies readonly ('match' | Lang)[];
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** Upper bounds that catch a slipped key (a rate of 4500000) without getting in anyone's way. */
export const LIMITS = {
  revisionRounds: 20,
  rate: 100_000,
  rushPercent: 500,
  paymentDays: 365,
  name: 100,
  signature: 1000,
} as const;

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
  /** Revision rounds a quote includes. */
  revisionRoundsIncluded: number;
  /** Rates in `currency`; null: not set, and replies phrase around it. */
  dayRate: number | null;
  hourlyRate: number | null;
  /** Surcharge for rush or off-hours work, in percent; null: not set. */
  rushSurchargePercent: number | null;
  /** ISO 4217 code. */
  currency: string;
  /** Invoices payable within this many days, 0 = on receipt; null: not set. */
  paymentTermsDays: number | null;
  /** How the user signs; the signature, when set, replaces it under the sign-off. */
  name: string;
  signature: string;
  /** The reply the popup offers first to the keyboard. */
  defaultTone: Tone;
  replyLanguage: ReplyLanguage;
  enabledCategories: Record<Category, boolean>;
  enabledSites: Record<Site, boolean>;
  /** The user's own reply paragraphs, each replacing the built-in one of its category (replies/user-templates.ts). */
  replyTemplates: UserTemplate[];
}

/** The browser's own zone, so off-hours mean the user's hours before they open the options. */
export function browserTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

const allOn = <K extends string>(keys: readonly K[]): Record<K, boolean> =>
  Object.fromEntries(keys.map((key) => [key, true])) as Record<K, boolean>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  workingDays: [...DEFAULT_ANALYSIS_SETTINGS.workingDays],
  workStartMinutes: DEFAULT_ANALYSIS_SETTINGS.workStartMinutes,
  workEndMinutes: DEFAULT_ANALYSIS_SETTINGS.workEndMinutes,
  timeZone: browserTimeZone(),
  holidayCountry: DEFAULT_ANALYSIS_SETTINGS.holidayCountry,
  revisionRoundsIncluded: DEFAULT_ANALYSIS_SETTINGS.revisionRoundsIncluded,
  dayRate: null,
  hourlyRate: null,
  rushSurchargePercent: null,
  currency: 'EUR',
  paymentTermsDays: null,
  name: '',
  signature: '',
  defaultTone: 'warm',
  replyLanguage: 'match',
  enabledCategories: allOn(CATEGORIES),
  enabledSites: allOn(SITES),
  replyTemplates: [],
};

/** A stored record of some version, before validation. */
export type StoredRecord = Record<string, unknown>;

/**
 * `MIGRATIONS[i]` turns a version `i + 1` record into a version `i + 2` one. Append only: a user may skip
 * any number of versions, and every step runs in order.
 */
export const MIGRATIONS: readonly ((record: StoredRecord) => StoredRecord)[] = [
  // 1 → 2: the reply terms, tone, language and on/off switches arrive; missing, they take their defaults when the
  // record is validated. Version 1's timeZone null was the default it started with, not a choice the user made
  // (it offered no other default): the browser's zone replaces it, as it does for a new user.
  (record) => ({ ...record, timeZone: record.timeZone ?? DEFAULT_SETTINGS.timeZone }),
  // 2 → 3: the user's own reply templates arrive, none yet; every other field is kept as it was.
  (record) => ({ ...record, replyTemplates: [] }),
];

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

/** An ISO 4217 code the browser can format money in. */
export function isValidCurrency(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

function isMinuteOfDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
}

const isWholeIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isAmount = (value: unknown, max: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max;
const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const isSwitches = (value: unknown, keys: readonly string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'boolean');

/** The settings' fields other than working hours, which are checked as a pair. */
type SingleField = Exclude<keyof Settings, 'version' | 'workStartMinutes' | 'workEndMinutes'>;

/** Each field's check and the `_locales` key of the message saying what is wrong with it. */
const FIELD_CHECKS: { [K in SingleField]: { ok: (value: unknown) => boolean; error: string } } = {
  workingDays: {
    ok: (v) => Array.isArray(v) && v.length > 0 && v.every((d) => isWholeIn(d, 0, 6)) && new Set(v).size === v.length,
    error: 'errorWorkingDays',
  },
  timeZone: { ok: (v) => v === null || (typeof v === 'string' && isValidTimeZone(v)), error: 'errorTimeZone' },
  holidayCountry: {
    ok: (v) => v === null || HOLIDAY_COUNTRIES.includes(v as HolidayCountry),
    error: 'errorHolidayCountry',
  },
  revisionRoundsIncluded: { ok: (v) => isWholeIn(v, 0, LIMITS.revisionRounds), error: 'errorRevisionRounds' },
  dayRate: { ok: (v) => v === null || isAmount(v, LIMITS.rate), error: 'errorRate' },
  hourlyRate: { ok: (v) => v === null || isAmount(v, LIMITS.rate), error: 'errorRate' },
  rushSurchargePercent: { ok: (v) => v === null || isAmount(v, LIMITS.rushPercent), error: 'errorRushSurcharge' },
  currency: { ok: isValidCurrency, error: 'errorCurrency' },
  paymentTermsDays: { ok: (v) => v === null || isWholeIn(v, 0, LIMITS.paymentDays), error: 'errorPaymentTerms' },
  name: { ok: (v) => isText(v, LIMITS.name), error: 'errorName' },
  signature: { ok: (v) => isText(v, LIMITS.signature), error: 'errorSignature' },
  defaultTone: { ok: (v) => TONES.includes(v as Tone), error: 'errorDefaultTone' },
  replyLanguage: { ok: (v) => REPLY_LANGUAGES.includes(v as ReplyLanguage), error: 'errorReplyLanguage' },
  enabledCategories: { ok: (v) => isSwitches(v, CATEGORIES), error: 'errorCategories' },
  enabledSites: { ok: (v) => isSwitches(v, SITES), error: 'errorSites' },
  replyTemplates: { ok: isUserTemplateList, error: 'errorReplyTemplates' },
};

/** What is wrong with each invalid field, in words for the options page; empty when all is well. */
export type SettingsErrors = Partial<Record<SingleField | 'workingHours', string>>;

const workingHoursOk = (start: unknown, end: unknown): boolean =>
  isMinuteOfDay(start) && isMinuteOfDay(end) && start < end;

/** Checks a candidate; message keys are `_locales` names so the options page can show them in the UI language. */
export function validateSettings(candidate: Omit<Settings, 'version'>): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const [field, check] of Object.entries(FIELD_CHECKS) as [
    SingleField,
    { ok(v: unknown): boolean; error: string },
  ][]) {
    if (!check.ok(candidate[field])) errors[field] = check.error;
  }
  if (!workingHoursOk(candidate.workStartMinutes, candidate.workEndMinutes)) errors.workingHours = 'errorWorkingHours';
  return errors;
}

/** Settings from whatever was stored (nothing, an old version, a damaged record): never throws. */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return structuredClone(DEFAULT_SETTINGS);
  const record = migrate(stored as StoredRecord);
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const [field, check] of Object.entries(FIELD_CHECKS)) {
    if (check.ok(record[field])) settings[field] = structuredClone(record[field]);
  }
  if (workingHoursOk(record.workStartMinutes, record.workEndMinutes)) {
    settings.workStartMinutes = record.workStartMinutes;
    settings.workEndMinutes = record.workEndMinutes;
  }
  const parsed = settings as unknown as Settings;
  parsed.workingDays.sort((a, b) => a - b);
  // Only the known switches are kept: a record from a newer version may name categories this one lacks.
  parsed.enabledCategories = pickSwitches(parsed.enabledCategories, CATEGORIES);
  parsed.enabledSites = pickSwitches(parsed.enabledSites, SITES);
  // One damaged template costs only itself, not the user's others.
  parsed.replyTemplates = parseUserTemplates(record.replyTemplates);
  return parsed;
}

function pickSwitches<K extends string>(switches: Record<K, boolean>, keys: readonly K[]): Record<K, boolean> {
  return Object.fromEntries(keys.map((key) => [key, switches[key]])) as Record<K, boolean>;
}

/** The part of the settings the detector reads. */
export function toAnalysisSettings(settings: Settings): AnalysisSettings {
  return {
    ...DEFAULT_ANALYSIS_SETTINGS,
    workingDays: settings.workingDays,
    workStartMinutes: settings.workStartMinutes,
    workEndMinutes: settings.workEndMinutes,
    timeZone: settings.timeZone,
    holidayCountry: settings.holidayCountry,
    revisionRoundsIncluded: settings.revisionRoundsIncluded,
    enabledCategories: settings.enabledCategories,
  };
}

/** The user's terms as the reply composer quotes them; a term not set stays absent and is phrased around. */
export function toReplyTerms(settings: Settings): ReplyTerms {
  const set = <T>(value: T | null): T | undefined => value ?? undefined;
  return {
    name: settings.name.trim() || undefined,
    signature: settings.signature.trim() || undefined,
    workingDays: settings.workingDays,
    workStartMinutes: settings.workStartMinutes,
    workEndMinutes: settings.workEndMinutes,
    timeZone: settings.timeZone,
    holidayCountry: settings.holidayCountry,
    revisionRoundsIncluded: settings.revisionRoundsIncluded,
    dayRate: set(settings.dayRate),
    hourlyRate: set(settings.hourlyRate),
    rushSurchargePercent: set(settings.rushSurchargePercent),
    currency: settings.currency,
    paymentTermsDays: set(settings.paymentTermsDays),
  };
}

/** How replies are composed for these settings, at `now`. */
export function toReplyOptions(settings: Settings, now: Date): ReplyOptions {
  return { language: settings.replyLanguage, now, userTemplates: settings.replyTemplates };
}
