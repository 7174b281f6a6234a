/**
 * A `StorageArea` over IndexedDB through idb-keyval (a few hundred bytes, maintained by Jake Archibald), so the
 * store keeps one small storage interface while the history lives where it loads fast (see store.ts for the
 * measurement). The database belongs to the extension's origin: the background and the popup share it, it
 * survives browser restarts and extension updates, and it goes away when the extension is removed.
 */
import { createStore, delMany, entries, getMany, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import type { StorageArea } from './storage-area.ts';

export class IdbStorageArea implements StorageArea {
  private readonly store: UseStore;

  constructor(databaseName = 'gardefou-history', storeName = 'records') {
    this.store = createStore(databaseName, storeName);
  }

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    if (keys === null) return Object.fromEntries(await entries<string, unknown>(this.store));
    const list = typeof keys === 'string' ? [keys] : keys;
    const values = await getMany<unknown>(list, this.store);
    const found: Record<string, unknown> = {};
    list.forEach((key, i) => {
      if (values[i] !== undefined) found[key] = values[i];
    });
    return found;
  }

  /** Keys and values of the range read in one transaction, so they pair up. */
  getBetween(lower: string, upper: string): Promise<Record<string, unknown>> {
    const range = IDBKeyRange.bound(lower, upper, false, true);
    return this.store('readonly', async (store) => {
      const [keys, values] = await Promise.all([
        promisifyRequest(store.getAllKeys(range)),
        promisifyRequest(store.getAll(range)),
      ]);
      return Object.fromEntries(keys.map((key, i) => [String(key), values[i] as unknown]));
    });
  }

  async keysBetween(lower: string, upper: string): Promise<string[]> {
    const range = IDBKeyRange.bound(lower, upper, false, true);
    const keys = await this.store('readonly', (store) => promisifyRequest(store.getAllKeys(range)));
    return keys.map(String);
  }

  set(items: Record<string, unknown>): Promise<void> {
    return setMany(Object.entries(items), this.store);
  }

  remove(keys: string | string[]): Promise<void> {
    return delMany(typeof keys === 'string' ? [keys] : keys, this.store);
  }
}
