/**
 * Writes history records straight into the built extension's IndexedDB from one of its pages, for the history
 * bench and the screenshots: the same database and object store idb-keyval's
 * `createStore('gardefou-history', 'records')` opens in the popup and the background (same origin).
 */
import type { Page } from 'playwright-core';
import { queueLock } from '../../src/history/lock.ts';
import { MemoryStorageArea } from '../../src/history/storage-area.ts';
import { HistoryStore } from '../../src/history/store.ts';
import type { HistoryEntry } from '../../src/history/types.ts';

/**
 * The records of a current-version history holding `entries`, as the store writes them (merged through it over
 * memory): the meta record, each entry with its change marker (so a cache written before, the background's at
 * start-up, is known to be stale) and the revision threads. No cache: the first load writes it.
 */
export async function historyRecords(entries: readonly HistoryEntry[]): Promise<Record<string, unknown>> {
  const area = new MemoryStorageArea();
  await new HistoryStore(area, { lock: queueLock() }).merge(entries);
  return Object.fromEntries(area.items);
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
