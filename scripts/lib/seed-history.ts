/**
 * Writes history records straight into the built extension's IndexedDB from one of its pages, for the history
 * bench and the screenshots: the same database and object store idb-keyval's
 * `createStore('gardefou-history', 'records')` opens in the popup and the background (same origin).
 */
import type { Page } from 'playwright-core';
import { entryStorageKey, META_KEY } from '../../src/history/keys.ts';
import { HISTORY_SCHEMA_VERSION } from '../../src/history/migrations.ts';
import { DEFAULT_RETENTION, type HistoryEntry } from '../../src/history/types.ts';

/** The records of a current-version history holding `entries` (no entry cache: the first load writes it). */
export function historyRecords(entries: readonly HistoryEntry[]): Record<string, unknown> {
  const records: Record<string, unknown> = Object.fromEntries(entries.map((entry) => [entryStorageKey(entry), entry]));
  records[META_KEY] = { version: HISTORY_SCHEMA_VERSION, retention: DEFAULT_RETENTION };
  return records;
}

interface HistoryDbStep {
  records: Record<string, unknown>;
  remove: readonly string[];
  /** A key to look for once the writes are done. */
  check: string | null;
}

/** Runs one read-write transaction on the history database; resolves to whether `check` is stored. */
function inHistoryDb(page: Page, step: HistoryDbStep): Promise<boolean> {
  return page.evaluate(async ({ records, remove, check }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gardefou-history');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    const transaction = db.transaction('records', 'readwrite');
    const store = transaction.objectStore('records');
    for (const [key, value] of Object.entries(records)) store.put(value, key);
    for (const key of remove) store.delete(key);
    const count = check === null ? null : store.count(check);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error ?? new Error('history write failed'));
    });
    db.close();
    return (count?.result ?? 0) > 0;
  }, step);
}

/** Puts `records` and deletes `remove` in one transaction; `page` must be an extension page. */
export async function writeHistoryRecords(
  page: Page,
  records: Record<string, unknown>,
  remove: readonly string[] = [],
): Promise<void> {
  await inHistoryDb(page, { records, remove, check: null });
}

/** Whether the history database holds `key`; `page` must be an extension page. */
export function hasHistoryRecord(page: Page, key: string): Promise<boolean> {
  return inHistoryDb(page, { records: {}, remove: [], check: key });
}
