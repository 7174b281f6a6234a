/** The popup's handle on the flagged history: the same IndexedDB database the background writes (same origin). */
import { IdbStorageArea } from '../../history/idb-storage-area.ts';
import { HistoryStore } from '../../history/store.ts';

let store: HistoryStore | undefined;

export function historyStore(): HistoryStore {
  store ??= new HistoryStore(new IdbStorageArea());
  return store;
}
