/**
 * The flagged history, over a small storage-area interface (storage-area.ts): the extension passes an
 * `IdbStorageArea` (IndexedDB through idb-keyval), tests pass a `MemoryStorageArea`; `browser.storage.local`
 * would fit it with key ranges filtered from a read of everything.
 *
 * Why IndexedDB and not storage.local, measured with `tsx scripts/bench-history.ts --browser` (5,000 generated
 * entries, same store code over both, Chromium 156, 2 cores under a load average of 7 to 12 from other jobs,
 * 2026-11-26; medians of 7 reads per run, three runs):
 * - reading every record: storage.local 2,914 / 1,337 / 3,803 ms, IndexedDB 533 (raw getAll) / 1,168 / 2,346 ms;
 *   IndexedDB was faster in every run, by 1.1 to 5.5 times;
 * - stored size: 5.8 MB, 55 % of storage.local's 10 MB quota (no `unlimitedStorage`); IndexedDB has no such cap;
 * - filtering and search run on the in-memory index either way (query.ts: a few ms).
 * IndexedDB data survives browser restarts and extension updates like storage.local.
 *
 * Loading: reading 5,000 entry records one by one was too slow for the popup's 200 ms first screen, so every
 * entry is also copied into one cache record, and the newest ones into a small first-screen record, both
 * rebuilt by a load that finds them stale (entry-cache.ts); the per-entry records stay the truth. Today's
 * figures: `npm run bench` (scripts/bench-history.ts).
 *
 * Layout and concurrency: one key per record (keys.ts), so two tabs recording different emails never overwrite
 * each other, with no shared index to race on (the change markers the cache relies on are one key per entry
 * too; the newest-entries record is shared, but it is only the first screen's copy, which the popup checks
 * against the whole history right after). Changes to one record are read-modify-write steps run under a lock (lock.ts: `navigator.locks`, shared
 * by the background and the popup). Every step writes its changes in a single `set()` call (one IndexedDB
 * transaction).
 */
import { foldPhrase } from '../analysis/text.ts';
import type { Category, Localized } from '../analysis/types.ts';
import type { Tone } from '../replies/templates/types.ts';
import { CLIENT_WEEKS, weekStart } from './clients.ts';
import {
  cacheRecords,
  changedEntryKeys,
  patchNewest,
  readEntryCache,
  readNewestEntries,
  staleEntries,
} from './entry-cache.ts';
import {
  CACHE_KEY,
  CHANGED_PREFIX,
  changedKeyOfEntry,
  changedStorageKey,
  CLEAN_PREFIX,
  cleanStorageKey,
  clientOfFalseAlarmKey,
  ENTRY_PREFIX,
  entryStorageKey,
  FALSE_ALARM_PREFIX,
  falseAlarmStorageKey,
  HISTORY_PREFIX,
  LEGACY_V1_KEY,
  META_KEY,
  NEWEST_KEY,
  prefixEnd,
  THREAD_PREFIX,
  threadStorageKey,
} from './keys.ts';
import { defaultLock, type Lock } from './lock.ts';
import { HISTORY_SCHEMA_VERSION, MIGRATIONS } from './migrations.ts';
import { emptyThread, isRevisionRequest, requestOf, withCount, withoutRequest, withRequest } from './revisions.ts';
import type { StorageArea } from './storage-area.ts';
import {
  DEFAULT_RETENTION,
  entryKey,
  LIMITS,
  type CleanTally,
  type EntryKey,
  type EntryStatus,
  type FalseAlarm,
  type HistoryEntry,
  type HistorySnapshot,
  type Retention,
  type RevisionThread,
  type Site,
} from './types.ts';
import {
  clip,
  isSafeLink,
  normaliseAddress,
  parseCleanTally,
  parseEntry,
  parseFalseAlarms,
  parseRetention,
  parseRevisionThread,
} from './validate.ts';

/** One analysed email as the background has it (the adapter's message plus the detector's findings). */
export interface AnalysedEmail {
  site: Site;
  messageId: string;
  /** The page the email was read on (the sender tab's URL); only https is kept. */
  link: string;
  from: { name: string; address: string };
  subject: string;
  sentAt: string | null;
  findings: readonly { category: Category; text: string; reason: Localized }[];
}

export interface LoadReport {
  /** Entries that were invalid and removed. */
  droppedEntries: number;
  /** Other records (revision threads, tallies, false alarms, unknown keys) that were invalid and removed. */
  droppedRecords: number;
  /** Entries removed by the retention limits. */
  expired: number;
  /** The version the store was migrated from, or null when it was current. */
  migratedFrom: number | null;
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
}

export interface HistoryStoreOptions {
  lock?: Lock;
  /** Epoch ms; tests pin the clock. */
  now?: () => number;
  /**
   * What a load waits for, once its caller has the history, before it rewrites a stale entry cache (a write of
   * every entry): the popup lets its first screen paint first. Default: the next task.
   */
  afterLoad?: () => Promise<void>;
}

/** The history view's first screen (see `HistoryStore.firstScreen`). */
export interface FirstScreen {
  /** With the newest entries only. */
  snapshot: HistorySnapshot;
  /** Entries in the whole history. */
  total: number;
  countsByCategory: Record<Category, number>;
}

/** The result of reading the history, and the entry cache to write when it was missing or stale. */
interface HistoryRead {
  result: { snapshot: HistorySnapshot; report: LoadReport };
  staleCache: { entries: HistoryEntry[]; markers: string[] } | null;
}

interface Meta {
  version: number;
  retention: Retention;
}

/** Clean messages remembered per client so reopening one is not counted twice. */
const RECENT_CLEAN_PER_CLIENT = 50;
const MAX_FALSE_ALARMS_PER_CLIENT = 500;

/** How a phrase is compared for "don't flag this phrase for this client again". */
export const falseAlarmPhrase = (text: string): string => foldPhrase(clip(text, LIMITS.phrase));

/** Whether a finding's text is one the user called a false alarm for this client. */
export function isFalseAlarm(alarms: readonly FalseAlarm[], text: string): boolean {
  const phrase = falseAlarmPhrase(text);
  return alarms.some((alarm) => alarm.phrase === phrase);
}

function monthsBefore(now: number, months: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/**
 * The entries the retention limits drop: not seen for too long, then the least recently seen past the cap.
 * Dates are parsed once each, and sorted only when there are more entries than the cap.
 */
export function expiredEntries(entries: readonly HistoryEntry[], retention: Retention, now: number): HistoryEntry[] {
  const cutoff = monthsBefore(now, retention.maxAgeMonths);
  const seen = entries.map((entry) => ({ entry, at: Date.parse(entry.lastSeen) }));
  if (seen.length > retention.maxEntries) seen.sort((a, b) => b.at - a.at);
  return seen.filter(({ at }, rank) => rank >= retention.maxEntries || at < cutoff).map(({ entry }) => entry);
}

/**
 * The records other than entries, validated: revision threads, clean tallies and false alarms; what is invalid
 * is counted and listed for removal (a false-alarm list that lost items, for rewriting). Meta and change markers
 * are skipped; any other key is unknown, hence invalid.
 */
function readOtherRecords(others: Readonly<Record<string, unknown>>): {
  revisionThreads: RevisionThread[];
  cleanTallies: CleanTally[];
  falseAlarms: Map<string, FalseAlarm[]>;
  dropped: number;
  remove: string[];
  rewrite: Record<string, unknown>;
} {
  const read = {
    revisionThreads: [] as RevisionThread[],
    cleanTallies: [] as CleanTally[],
    falseAlarms: new Map<string, FalseAlarm[]>(),
    dropped: 0,
    remove: [] as string[],
    rewrite: {} as Record<string, unknown>,
  };
  for (const [key, value] of Object.entries(others)) {
    if (key === META_KEY || key.startsWith(CHANGED_PREFIX)) continue;
    const record = key.startsWith(THREAD_PREFIX)
      ? parseRevisionThread(value)
      : key.startsWith(CLEAN_PREFIX)
        ? parseCleanTally(value)
        : key.startsWith(FALSE_ALARM_PREFIX) && Array.isArray(value)
          ? parseFalseAlarms(value)
          : null;
    if (record === null) {
      read.dropped++;
      read.remove.push(key);
    } else if (Array.isArray(record)) {
      read.falseAlarms.set(clientOfFalseAlarmKey(key), record);
      if (record.length !== (value as unknown[]).length) {
        read.dropped += (value as unknown[]).length - record.length;
        read.rewrite[key] = record;
      }
    } else if ('requests' in record) read.revisionThreads.push(record);
    else read.cleanTallies.push(record);
  }
  return read;
}

const defaultAfterLoad = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class HistoryStore {
  private readonly lock: Lock;
  private readonly now: () => number;
  private readonly afterLoad: () => Promise<void>;
  private ready: Promise<number | null> | undefined;

  constructor(
    private readonly area: StorageArea,
    options: HistoryStoreOptions = {},
  ) {
    this.lock = options.lock ?? defaultLock('gardefou-history');
    this.now = options.now ?? Date.now;
    this.afterLoad = options.afterLoad ?? defaultAfterLoad;
  }

  /** Runs `step` under the lock, once the stored history is at the current version. */
  private async locked<T>(step: () => Promise<T>): Promise<T> {
    await this.migrated();
    return this.lock(step);
  }

  /** Migrates the stored history once per store; resolves to the version migrated from, or null. */
  private migrated(): Promise<number | null> {
    this.ready ??= this.lock(() => this.migrate()).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async migrate(): Promise<number | null> {
    const head = await this.area.get([META_KEY, LEGACY_V1_KEY]);
    const meta = head[META_KEY] as Partial<Meta> | undefined;
    const stored = typeof meta?.version === 'number' ? meta.version : head[LEGACY_V1_KEY] === undefined ? null : 1;
    if (stored === null) {
      await this.area.set({ [META_KEY]: { version: HISTORY_SCHEMA_VERSION, retention: DEFAULT_RETENTION } });
      return null;
    }
    // A newer version's store (after a downgrade) is read as it is, never rewritten into an older shape.
    if (stored > HISTORY_SCHEMA_VERSION) return null;
    if (stored === HISTORY_SCHEMA_VERSION) {
      // The old records of a finished migration whose removal did not happen (the worker was killed).
      if (head[LEGACY_V1_KEY] !== undefined) await this.area.remove(LEGACY_V1_KEY);
      return null;
    }
    let items = await this.historyItems();
    for (let version = stored; version < HISTORY_SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version - 1];
      if (!step) break;
      const { set, remove } = step(items);
      items = { ...Object.fromEntries(Object.entries(items).filter(([key]) => !remove.includes(key))), ...set };
      // New records and the new version go in one write before the old records go: a worker killed
      // in between leaves either the old store (migrated again next time) or the new one plus leftovers.
      await this.area.set({ ...set, [META_KEY]: { version: version + 1, retention: parseRetention(meta?.retention) } });
      // The entry cache is of the old version: it goes with the old records.
      await this.area.remove([...remove, CACHE_KEY, NEWEST_KEY]);
    }
    return stored;
  }

  private async historyItems(): Promise<Record<string, unknown>> {
    const all = await this.area.get(null);
    return Object.fromEntries(
      Object.entries(all).filter(([key]) => key.startsWith(HISTORY_PREFIX) || key === LEGACY_V1_KEY),
    );
  }

  /**
   * Everything, validated: invalid records are removed from storage and counted, the retention limits are
   * applied, and nothing throws on a damaged store (only a failing storage area rejects). The entries come from
   * the entry cache plus the records changed since (entry-cache.ts), or from every entry record when the cache
   * is missing or damaged; a missing or stale cache is written again after the caller has the history.
   */
  async load(): Promise<{ snapshot: HistorySnapshot; report: LoadReport }> {
    const migratedFrom = await this.migrated();
    return new Promise((resolve, reject) => {
      this.lock(async () => {
        const { result, staleCache } = await this.read(migratedFrom);
        resolve(result);
        if (!staleCache) return;
        await this.afterLoad();
        // Both cache records in one transaction; the markers read go after (stopped in between, the next load
        // reads those entries again). No marker can be set in between: writers take this lock.
        await this.area.set(cacheRecords(staleCache.entries));
        if (staleCache.markers.length > 0) await this.area.remove(staleCache.markers);
      }).catch((error: unknown) => {
        // After `resolve`, only the cache write can fail: the next load reads the entry records again.
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  /** Every history record but the entries (meta, threads, tallies, false alarms, change markers): small ones. */
  private async otherRecords(): Promise<Record<string, unknown>> {
    const [before, after] = await Promise.all([
      this.area.getBetween(HISTORY_PREFIX, ENTRY_PREFIX),
      this.area.getBetween(prefixEnd(ENTRY_PREFIX), prefixEnd(HISTORY_PREFIX)),
    ]);
    return { ...before, ...after };
  }

  /**
   * What the history view's first screen shows, from the small newest-entries record (entry-cache.ts): the
   * newest entries, the total, the counts per category, and the revision threads and false alarms those entries
   * show (clean tallies are left for `load()`). Null when that record is missing (a change it could not follow)
   * or the store is not at this version (`load()` migrates it). Read-only, without the lock or the migration
   * check: `load()` follows and repairs what needs it.
   */
  async firstScreen(): Promise<FirstScreen | null> {
    const head = await this.area.get([META_KEY, NEWEST_KEY]);
    const meta = head[META_KEY] as Partial<Meta> | undefined;
    if (meta?.version !== HISTORY_SCHEMA_VERSION) return null;
    const newest = readNewestEntries(head[NEWEST_KEY]);
    if (!newest) return null;
    const shown = new Set<string>();
    for (const entry of newest.entries) {
      if (entry.status === 'false_alarm') shown.add(falseAlarmStorageKey(entry.client.address));
      else if (entry.categories.includes('extra_revisions')) {
        const { client, thread } = emptyThread(entry.client.address, entry.subject);
        shown.add(threadStorageKey(client, thread));
      }
    }
    const records = readOtherRecords(shown.size > 0 ? await this.area.get([...shown]) : {});
    return {
      snapshot: {
        entries: newest.entries,
        revisionThreads: records.revisionThreads,
        cleanTallies: [],
        falseAlarms: records.falseAlarms,
        retention: parseRetention(meta.retention),
      },
      total: newest.total,
      countsByCategory: newest.countsByCategory,
    };
  }

  /** `load()` under the lock. */
  private async read(migratedFrom: number | null): Promise<HistoryRead> {
    const entriesEnd = prefixEnd(ENTRY_PREFIX);
    const [others, cache, storedKeys] = await Promise.all([
      this.otherRecords(),
      this.area.get([CACHE_KEY, NEWEST_KEY]),
      this.area.keysBetween(ENTRY_PREFIX, entriesEnd),
    ]);
    const meta = others[META_KEY] as Partial<Meta> | undefined;
    const rewritable = (meta?.version ?? HISTORY_SCHEMA_VERSION) <= HISTORY_SCHEMA_VERSION;
    const cached = readEntryCache(cache[CACHE_KEY]);
    const markers = Object.keys(others).filter((key) => key.startsWith(CHANGED_PREFIX));
    let entryItems: Record<string, unknown>;
    // A newest-entries record that a change dropped is written again with the entry cache.
    let stale = cached === null || readNewestEntries(cache[NEWEST_KEY]) === null;
    if (cached) {
      const { reread, stale: cacheStale } = staleEntries(cached, storedKeys, changedEntryKeys(others));
      stale ||= cacheStale;
      entryItems = reread.length > 0 ? await this.area.get(reread) : {};
    } else entryItems = await this.area.getBetween(ENTRY_PREFIX, entriesEnd);
    const records = readOtherRecords(others);
    const snapshot: HistorySnapshot = {
      entries: cached ? [...cached.values()] : [],
      revisionThreads: records.revisionThreads,
      cleanTallies: records.cleanTallies,
      falseAlarms: records.falseAlarms,
      retention: parseRetention(meta?.retention),
    };
    const report: LoadReport = { droppedEntries: 0, droppedRecords: records.dropped, expired: 0, migratedFrom };
    const remove = [...records.remove];
    for (const [key, value] of Object.entries(entryItems)) {
      const entry = parseEntry(value);
      if (entry && entryStorageKey(entry) === key) snapshot.entries.push(entry);
      else {
        report.droppedEntries++;
        remove.push(key);
      }
    }
    if (!rewritable) {
      return { result: { snapshot, report: { ...report, droppedEntries: 0, droppedRecords: 0 } }, staleCache: null };
    }
    const expired = expiredEntries(snapshot.entries, snapshot.retention, this.now());
    if (expired.length > 0) {
      const gone = new Set(expired.map(entryKey));
      snapshot.entries = snapshot.entries.filter((entry) => !gone.has(entryKey(entry)));
      remove.push(...expired.map(entryStorageKey));
      report.expired = expired.length;
    }
    if (Object.keys(records.rewrite).length > 0) await this.area.set(records.rewrite);
    // The newest-entries record counted what goes; it is written again with the cache.
    if (remove.length > 0) await this.area.remove([...remove, NEWEST_KEY]);
    const staleCache = stale || remove.length > 0 ? { entries: snapshot.entries, markers } : null;
    return { result: { snapshot, report }, staleCache };
  }

  async getEntry(key: EntryKey): Promise<HistoryEntry | null> {
    await this.migrated();
    const storageKey = entryStorageKey(key);
    return parseEntry((await this.area.get(storageKey))[storageKey]);
  }

  /**
   * Records an analysed email: with findings it creates or updates its entry (opening it again keeps the
   * status, the inserted reply and the first-seen date); without findings it only counts as a clean email of
   * that client. Resolves to the entry, or null when the email was clean or could not be stored (no https link,
   * no sender address).
   */
  async recordAnalysis(email: AnalysedEmail): Promise<HistoryEntry | null> {
    const at = new Date(this.now()).toISOString();
    const draft = parseEntry({
      site: email.site,
      messageId: email.messageId,
      link: email.link,
      client: email.from,
      subject: email.subject,
      sentAt: email.sentAt,
      findings: email.findings.map((f) => ({ category: f.category, phrase: f.text, reason: f.reason })),
      status: 'new',
      reply: null,
      firstSeen: at,
      lastSeen: at,
    });
    if (!draft) {
      if (email.findings.length === 0) await this.countClean(email);
      return null;
    }
    return this.locked(async () => {
      const key = entryStorageKey(draft);
      const stored = await this.area.get(key);
      const previous = parseEntry(stored[key]);
      const entry: HistoryEntry = previous
        ? { ...draft, status: previous.status, reply: previous.reply, firstSeen: previous.firstSeen }
        : draft;
      const writes: Record<string, unknown> = { [key]: entry };
      Object.assign(writes, await this.revisionWrites(previous, entry));
      Object.assign(writes, await this.uncountClean(entry));
      await this.writeEntryChange(entry, previous, entry, writes);
      return entry;
    });
  }

  /** A clean email counted once for its client and week; an email that already has an entry is left alone. */
  private countClean(email: AnalysedEmail): Promise<void> {
    const address = normaliseAddress(email.from.address);
    if (!address || !isSafeLink(email.link)) return Promise.resolve();
    return this.locked(async () => {
      const entryKeyInStorage = entryStorageKey(email);
      const tallyKey = cleanStorageKey(address);
      const stored = await this.area.get([entryKeyInStorage, tallyKey]);
      if (stored[entryKeyInStorage] !== undefined) return;
      const tally = parseCleanTally(stored[tallyKey]) ?? { client: address, weeks: {}, recent: [] };
      const message = entryKey(email);
      if (tally.recent.some((item) => item.endsWith(` ${message}`))) return;
      const sent = email.sentAt === null ? NaN : Date.parse(email.sentAt);
      const week = weekStart(Number.isNaN(sent) ? this.now() : sent);
      const oldest = weekStart(this.now() - CLIENT_WEEKS * 7 * 24 * 60 * 60 * 1000);
      const weeks = Object.fromEntries(Object.entries(tally.weeks).filter(([w]) => w >= oldest));
      weeks[week] = (weeks[week] ?? 0) + 1;
      const recent = [...tally.recent, `${week} ${message}`].slice(-RECENT_CLEAN_PER_CLIENT);
      await this.area.set({ [tallyKey]: { client: address, weeks, recent } satisfies CleanTally });
    });
  }

  /** An email counted as clean that now has findings (rules or settings changed) stops counting as clean. */
  private async uncountClean(entry: HistoryEntry): Promise<Record<string, unknown>> {
    const tallyKey = cleanStorageKey(entry.client.address);
    const tally = parseCleanTally((await this.area.get(tallyKey))[tallyKey]);
    const message = ` ${entryKey(entry)}`;
    const counted = tally?.recent.find((item) => item.endsWith(message));
    if (!tally || counted === undefined) return {};
    const week = counted.slice(0, counted.length - message.length);
    const weeks = Object.fromEntries(
      Object.entries(tally.weeks)
        .map(([w, count]) => [w, w === week ? count - 1 : count] as const)
        .filter(([, count]) => count > 0),
    );
    return { [tallyKey]: { ...tally, weeks, recent: tally.recent.filter((item) => item !== counted) } };
  }

  /** The thread writes that keep revision requests in step with an entry's change. */
  private async revisionWrites(
    previous: HistoryEntry | null,
    next: HistoryEntry | null,
  ): Promise<Record<string, unknown>> {
    const was = previous !== null && isRevisionRequest(previous);
    const is = next !== null && isRevisionRequest(next);
    const entry = next ?? previous;
    if ((!was && !is) || !entry) return {};
    const fresh = emptyThread(entry.client.address, entry.subject);
    const key = threadStorageKey(fresh.client, fresh.thread);
    const thread = parseRevisionThread((await this.area.get(key))[key]) ?? fresh;
    const updated = is
      ? withRequest({ ...thread, subject: entry.subject }, requestOf(entry))
      : withoutRequest(thread, entry);
    return { [key]: updated };
  }

  /**
   * Writes one entry's change (`writes`, to which it adds the entry's change marker) in one transaction with the
   * newest-entries record patched to match; when the patch cannot tell, that record goes first (see
   * `patchNewest`). `previous` and `next` are the entry before and after, null when absent or invalid.
   */
  private async writeEntryChange(
    key: EntryKey,
    previous: HistoryEntry | null,
    next: HistoryEntry | null,
    writes: Record<string, unknown>,
  ): Promise<void> {
    const newest = readNewestEntries((await this.area.get(NEWEST_KEY))[NEWEST_KEY]);
    const patched = newest ? patchNewest(newest, previous, next) : null;
    if (newest && !patched) await this.area.remove(NEWEST_KEY);
    await this.area.set({ ...writes, [changedStorageKey(key)]: true, ...(patched ? { [NEWEST_KEY]: patched } : {}) });
  }

  /** Changes one entry under the lock; resolves to the entry as stored, or null when it does not exist. */
  private updateEntry(key: EntryKey, change: (entry: HistoryEntry) => HistoryEntry): Promise<HistoryEntry | null> {
    return this.locked(async () => {
      const storageKey = entryStorageKey(key);
      const previous = parseEntry((await this.area.get(storageKey))[storageKey]);
      if (!previous) return null;
      const entry = change(previous);
      await this.writeEntryChange(key, previous, entry, {
        [storageKey]: entry,
        ...(await this.revisionWrites(previous, entry)),
      });
      return entry;
    });
  }

  setStatus(key: EntryKey, status: EntryStatus): Promise<HistoryEntry | null> {
    return this.updateEntry(key, (entry) => ({ ...entry, status }));
  }

  /** Records which suggested reply was inserted; a `new` entry becomes `replied`. */
  recordReply(key: EntryKey, tone: Tone): Promise<HistoryEntry | null> {
    const at = new Date(this.now()).toISOString();
    return this.updateEntry(key, (entry) => ({
      ...entry,
      reply: { tone, at },
      status: entry.status === 'new' ? 'replied' : entry.status,
    }));
  }

  /** Removes one entry; resolves to whether it existed. */
  delete(key: EntryKey): Promise<boolean> {
    return this.locked(async () => {
      const storageKey = entryStorageKey(key);
      const previous = parseEntry((await this.area.get(storageKey))[storageKey]);
      // The marker goes first: stopped in between, the next load reads the entry record again.
      await this.writeEntryChange(key, previous, null, await this.revisionWrites(previous, null));
      await this.area.remove(storageKey);
      return previous !== null;
    });
  }

  /** Removes every record about one client: entries, revision threads, clean counts, false alarms. */
  forgetClient(address: string): Promise<number> {
    const client = normaliseAddress(address);
    return this.locked(async () => {
      const items = await this.historyItems();
      const threadPrefix = threadStorageKey(client, '');
      const entries = Object.entries(items)
        .filter(([key]) => key.startsWith(ENTRY_PREFIX))
        .filter(([, value]) => parseEntry(value)?.client.address === client)
        .map(([key]) => key);
      const others = Object.keys(items).filter(
        (key) =>
          key.startsWith(threadPrefix) || key === cleanStorageKey(client) || key === falseAlarmStorageKey(client),
      );
      // The markers go first (see `delete`); the newest-entries record goes, rebuilt by the next load.
      if (entries.length > 0) {
        await this.area.remove(NEWEST_KEY);
        await this.area.set(Object.fromEntries(entries.map((key) => [changedKeyOfEntry(key), true])));
      }
      await this.area.remove([...entries, ...others]);
      return entries.length;
    });
  }

  /** Removes the whole history; the retention setting stays. */
  clear(): Promise<void> {
    return this.locked(async () => {
      const keys = Object.keys(await this.historyItems()).filter((key) => key !== META_KEY);
      await this.area.remove([...keys, CACHE_KEY, NEWEST_KEY]);
    });
  }

  async retention(): Promise<Retention> {
    await this.migrated();
    return parseRetention(((await this.area.get(META_KEY))[META_KEY] as Partial<Meta> | undefined)?.retention);
  }

  /** Saves new limits (out-of-bounds fields fall back to the defaults) and applies them; resolves to the entries dropped. */
  async setRetention(retention: Retention): Promise<number> {
    const checked = parseRetention(retention);
    await this.locked(() => this.area.set({ [META_KEY]: { version: HISTORY_SCHEMA_VERSION, retention: checked } }));
    return this.enforceRetention();
  }

  /** Applies the retention limits; the background calls it at browser start-up, the popup's `load()` does too. */
  async enforceRetention(): Promise<number> {
    return (await this.load()).report.expired;
  }

  /** "Don't flag this phrase for this client again." */
  markFalseAlarm(address: string, finding: { category: Category; phrase: string }): Promise<void> {
    const key = falseAlarmStorageKey(normaliseAddress(address));
    const phrase = falseAlarmPhrase(finding.phrase);
    return this.locked(async () => {
      const alarms = parseFalseAlarms((await this.area.get(key))[key]).filter((alarm) => alarm.phrase !== phrase);
      alarms.push({ phrase, category: finding.category, at: new Date(this.now()).toISOString() });
      await this.area.set({ [key]: alarms.slice(-MAX_FALSE_ALARMS_PER_CLIENT) });
    });
  }

  unmarkFalseAlarm(address: string, phrase: string): Promise<void> {
    const key = falseAlarmStorageKey(normaliseAddress(address));
    const folded = falseAlarmPhrase(phrase);
    return this.locked(async () => {
      const alarms = parseFalseAlarms((await this.area.get(key))[key]).filter((alarm) => alarm.phrase !== folded);
      if (alarms.length > 0) await this.area.set({ [key]: alarms });
      else await this.area.remove(key);
    });
  }

  /** A predicate for the analysis caller: false for findings this client's false alarms say to drop. One read. */
  async falseAlarmFilter(address: string): Promise<(finding: { text: string }) => boolean> {
    await this.migrated();
    const key = falseAlarmStorageKey(normaliseAddress(address));
    const alarms = parseFalseAlarms((await this.area.get(key))[key]);
    const phrases = new Set(alarms.map((alarm) => alarm.phrase));
    return (finding) => !phrases.has(falseAlarmPhrase(finding.text));
  }

  /** The revision bookkeeping of a client's conversation (empty when none was recorded). */
  async revisionThread(address: string, subject: string): Promise<RevisionThread> {
    await this.migrated();
    const fresh = emptyThread(normaliseAddress(address), subject);
    const key = threadStorageKey(fresh.client, fresh.thread);
    return parseRevisionThread((await this.area.get(key))[key]) ?? fresh;
  }

  /**
   * The user's correction ("this is round `count`", with `at` the time of the request they look at) or a reset
   * for a new project (`count` 0, `at` omitted: now).
   */
  setRevisionCount(address: string, subject: string, count: number, at = this.now()): Promise<RevisionThread> {
    const fresh = emptyThread(normaliseAddress(address), subject);
    const key = threadStorageKey(fresh.client, fresh.thread);
    return this.locked(async () => {
      const thread = withCount(parseRevisionThread((await this.area.get(key))[key]) ?? fresh, count, at);
      await this.area.set({ [key]: thread });
      return thread;
    });
  }

  /**
   * Merges entries (an import): a new key is added; an existing one is replaced when the incoming entry was
   * seen more recently, keeping the earlier first-seen date. Entries must already be validated.
   */
  merge(entries: readonly HistoryEntry[]): Promise<MergeReport> {
    return this.locked(async () => {
      const incoming = new Map<string, HistoryEntry>();
      for (const entry of entries) {
        const key = entryStorageKey(entry);
        const seen = incoming.get(key);
        if (!seen || Date.parse(entry.lastSeen) > Date.parse(seen.lastSeen)) incoming.set(key, entry);
      }
      const stored = await this.area.get([...incoming.keys()]);
      const report: MergeReport = { added: 0, updated: 0, unchanged: entries.length - incoming.size };
      const writes: Record<string, unknown> = {};
      const threads = new Map<string, RevisionThread>();
      for (const [key, entry] of incoming) {
        const previous = parseEntry(stored[key]);
        if (previous && Date.parse(entry.lastSeen) <= Date.parse(previous.lastSeen)) {
          report.unchanged++;
          continue;
        }
        if (previous) report.updated++;
        else report.added++;
        const firstSeen =
          previous && Date.parse(previous.firstSeen) < Date.parse(entry.firstSeen)
            ? previous.firstSeen
            : entry.firstSeen;
        const merged = { ...entry, firstSeen };
        writes[key] = merged;
        writes[changedStorageKey(merged)] = true;
        if (isRevisionRequest(merged) || (previous && isRevisionRequest(previous))) {
          const fresh = emptyThread(merged.client.address, merged.subject);
          const threadKey = threadStorageKey(fresh.client, fresh.thread);
          const thread =
            threads.get(threadKey) ?? parseRevisionThread((await this.area.get(threadKey))[threadKey]) ?? fresh;
          threads.set(
            threadKey,
            isRevisionRequest(merged) ? withRequest(thread, requestOf(merged)) : withoutRequest(thread, merged),
          );
        }
      }
      for (const [key, thread] of threads) writes[key] = thread;
      if (Object.keys(writes).length > 0) {
        // Many entries at once: the newest-entries record goes, rebuilt by the next load.
        await this.area.remove(NEWEST_KEY);
        await this.area.set(writes);
      }
      return report;
    });
  }
}
