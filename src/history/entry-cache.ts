/**
 * The entry cache: every valid entry in one record, so opening the history reads one IndexedDB value instead of
 * 5,000 (measured in Chromium on 5,000 generated entries, 2026-12-01: one record 24 ms, the 5,000 entry records
 * 77 ms, and idb-keyval's `entries()` over the whole store 90 to 120 ms). The findings' reasons, a rule's text in
 * two languages repeated across thousands of entries, are kept once in a table: the record shrinks by a third
 * and reads in half the time (13 ms against 29).
 *
 * The per-entry records stay the source of truth; the cache is a copy that is never trusted blindly:
 * - every write to an entry record also sets its change marker (keys.ts, `CHANGED_PREFIX`) in the same
 *   transaction, or before it for a removal, so a load reads those records again;
 * - a load compares the cached keys with the stored entry keys (a key-only read, cheap) and reads again any
 *   entry stored but not cached, and drops any cached one no longer stored;
 * - a cache from another schema version, or with one invalid entry, is ignored and the entries are read one by
 *   one, as without a cache;
 * - the load that found the cache missing or stale writes a new one and clears the markers it read, under the
 *   history lock, so no change can slip in between.
 *
 * A second, small record holds the newest entries and the counts the history view's first screen shows, written
 * with the cache in one transaction. Every write that adds, changes or deletes one entry patches it in the same
 * transaction (`patchNewest`), or removes it when the patch cannot tell (an entry leaves a full page and the
 * next one is not known); imports and forgotten clients remove it. So when it is there, it is in step, and the
 * popup draws its first screen from it (about 50 kB) before it reads the rest, which then corrects anything a
 * writer outside the lock could have left behind.
 */
import { CATEGORIES, type Category, type Localized } from '../analysis/types.ts';
import { CACHE_KEY, CHANGED_PREFIX, entryOfChangedKey, entryStorageKey, NEWEST_KEY } from './keys.ts';
import { HISTORY_SCHEMA_VERSION } from './migrations.ts';
import { buildIndex, queryHistory } from './query.ts';
import { ENTRY_STATUSES, entryKey, entryTime, SITES, type HistoryEntry, type HistoryFinding } from './types.ts';

/** Entries on the history view's first screen (and on each "show more"). */
export const FIRST_SCREEN_ENTRIES = 50;

/** A finding in the cache: its reason is an index in the cache's table of reasons. */
type PackedFinding = Omit<HistoryFinding, 'reason'> & { reason: number };
type PackedEntry = Omit<HistoryEntry, 'findings'> & { findings: PackedFinding[] };

export interface EntryCache {
  version: number;
  reasons: Localized[];
  entries: PackedEntry[];
}

/** The cache record: each distinct reason stored once. */
function packEntries(entries: readonly HistoryEntry[]): EntryCache {
  const reasons: Localized[] = [];
  const indexOf = new Map<string, number>();
  const reasonIndex = (reason: Localized): number => {
    const key = `${reason.en}\u0000${reason.fr}`;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = reasons.push(reason) - 1;
      indexOf.set(key, index);
    }
    return index;
  };
  return {
    version: HISTORY_SCHEMA_VERSION,
    reasons,
    entries: entries.map((entry) => ({
      ...entry,
      findings: entry.findings.map((finding) => ({ ...finding, reason: reasonIndex(finding.reason) })),
    })),
  };
}

/** What the history view's first screen shows before any filter. */
export interface NewestEntries {
  version: number;
  /** Every entry, newest first, as `queryHistory` orders them; at most `FIRST_SCREEN_ENTRIES`. */
  entries: HistoryEntry[];
  total: number;
  countsByCategory: Record<Category, number>;
}

/** The two cache records for `entries` (every valid entry of the store), to write in one `set()`. */
export function cacheRecords(entries: readonly HistoryEntry[]): Record<string, EntryCache | NewestEntries> {
  const { entries: sorted, countsByCategory } = queryHistory(buildIndex(entries));
  return {
    [CACHE_KEY]: packEntries(entries),
    [NEWEST_KEY]: {
      version: HISTORY_SCHEMA_VERSION,
      entries: sorted.slice(0, FIRST_SCREEN_ENTRIES),
      total: entries.length,
      countsByCategory,
    },
  };
}

/** The order of `queryHistory`: newest first, then by key. */
const newestFirst = (a: HistoryEntry, b: HistoryEntry): number =>
  entryTime(b) - entryTime(a) || entryKey(a).localeCompare(entryKey(b));

/**
 * The newest-entries record after one entry changed from `previous` (null: added) to `next` (null: deleted),
 * both as stored and valid; null when the page it shows can no longer be told without reading every entry.
 */
export function patchNewest(
  newest: NewestEntries,
  previous: HistoryEntry | null,
  next: HistoryEntry | null,
): NewestEntries | null {
  const countsByCategory = { ...newest.countsByCategory };
  for (const category of previous?.categories ?? []) countsByCategory[category]--;
  for (const category of next?.categories ?? []) countsByCategory[category]++;
  const total = newest.total - (previous ? 1 : 0) + (next ? 1 : 0);
  const either = next ?? previous;
  if (!either) return newest;
  const changed = entryKey(either);
  // Every entry the page does not show ranks after its last one; an entry that ranks no later than that last one
  // is on the page; when the page shows every entry, any entry is.
  const last = newest.entries.at(-1);
  const showsAll = newest.entries.length === newest.total;
  const entries = newest.entries.filter((entry) => entryKey(entry) !== changed);
  if (next && (showsAll || (last !== undefined && newestFirst(next, last) <= 0))) {
    entries.push(next);
    entries.sort(newestFirst);
  }
  const page = entries.slice(0, FIRST_SCREEN_ENTRIES);
  if (page.length < Math.min(FIRST_SCREEN_ENTRIES, total) || Object.values(countsByCategory).some((n) => n < 0)) {
    return null;
  }
  return { version: newest.version, entries: page, total, countsByCategory };
}

/** The newest-entries record, or null when it is missing, from another version or damaged. */
export function readNewestEntries(value: unknown): NewestEntries | null {
  if (!isObject(value)) return null;
  const { version, entries, total, countsByCategory } = value as Partial<Record<keyof NewestEntries, unknown>>;
  if (version !== HISTORY_SCHEMA_VERSION || !Array.isArray(entries) || typeof countsByCategory !== 'object') {
    return null;
  }
  const counts = countsByCategory as Partial<Record<Category, unknown>> | null;
  const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!isCount(total) || total < entries.length || !CATEGORIES.every((c) => isCount(counts?.[c]))) return null;
  if (!entries.every(isCachedEntry)) return null;
  return {
    version,
    entries,
    total,
    countsByCategory: Object.fromEntries(CATEGORIES.map((c) => [c, counts?.[c]])) as Record<Category, number>,
  };
}

const isOneOf = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isLocalized = (value: unknown): value is Localized =>
  isObject(value) && typeof value.en === 'string' && typeof value.fr === 'string';

function isCachedFinding(value: unknown): boolean {
  return (
    isObject(value) &&
    isOneOf(CATEGORIES, value.category) &&
    typeof value.phrase === 'string' &&
    isLocalized(value.reason)
  );
}

/**
 * A light check of a cached entry. The cache holds entries `parseEntry` validated and this code wrote; checking
 * them in full again would cost as much as reading them (a URL and three dates parsed, 5,000 times). This one
 * catches a cache of another shape, keeps every link https (the view opens them) and every field the view
 * reads of the right type.
 */
function isCachedEntry(value: unknown): value is HistoryEntry {
  if (!isObject(value) || !isObject(value.client)) return false;
  const { client, findings, categories } = value;
  return (
    isOneOf(SITES, value.site) &&
    typeof value.messageId === 'string' &&
    typeof value.link === 'string' &&
    value.link.startsWith('https://') &&
    typeof client.name === 'string' &&
    typeof client.address === 'string' &&
    typeof value.subject === 'string' &&
    (value.sentAt === null || typeof value.sentAt === 'string') &&
    Array.isArray(categories) &&
    categories.every((category) => isOneOf(CATEGORIES, category)) &&
    Array.isArray(findings) &&
    findings.length > 0 &&
    findings.every(isCachedFinding) &&
    isOneOf(ENTRY_STATUSES, value.status) &&
    (value.reply === null || (isObject(value.reply) && typeof value.reply.at === 'string')) &&
    typeof value.firstSeen === 'string' &&
    typeof value.lastSeen === 'string'
  );
}

/** The cached entries by storage key, or null when the cache is missing, from another version or damaged. */
export function readEntryCache(value: unknown): Map<string, HistoryEntry> | null {
  if (!isObject(value)) return null;
  const { version, reasons, entries } = value as Partial<Record<keyof EntryCache, unknown>>;
  if (version !== HISTORY_SCHEMA_VERSION || !Array.isArray(reasons) || !Array.isArray(entries)) return null;
  if (!reasons.every(isLocalized)) return null;
  const byKey = new Map<string, HistoryEntry>();
  for (const entry of entries) {
    // Fresh objects from storage: each finding gets its reason back in place.
    if (!isObject(entry) || !Array.isArray(entry.findings)) return null;
    for (const finding of entry.findings) {
      if (!isObject(finding) || typeof finding.reason !== 'number') return null;
      finding.reason = reasons[finding.reason];
    }
    if (!isCachedEntry(entry)) return null;
    byKey.set(entryStorageKey(entry), entry);
  }
  return byKey;
}

/** The change markers among history records, as the entry records they stand for. */
export const changedEntryKeys = (records: Readonly<Record<string, unknown>>): string[] =>
  Object.keys(records)
    .filter((key) => key.startsWith(CHANGED_PREFIX))
    .map(entryOfChangedKey);

/**
 * Brings `cached` in step with the stored entry keys, in place: cached entries no longer stored are dropped,
 * and so are the changed ones. Resolves to the entry records to read again (changed, or stored but not cached)
 * and whether the cache differed from storage.
 */
export function staleEntries(
  cached: Map<string, HistoryEntry>,
  storedKeys: readonly string[],
  changed: readonly string[],
): { reread: string[]; stale: boolean } {
  const stored = new Set(storedKeys);
  let stale = changed.length > 0;
  for (const key of cached.keys()) {
    if (stored.has(key)) continue;
    cached.delete(key);
    stale = true;
  }
  const reread = new Set(changed.filter((key) => stored.has(key)));
  for (const key of storedKeys) if (!cached.has(key)) reread.add(key);
  for (const key of reread) cached.delete(key);
  return { reread: [...reread], stale: stale || reread.size > 0 };
}
