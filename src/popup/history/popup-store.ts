/** The popup's handle on the flagged history: the same IndexedDB database the background writes (same origin). */
import { IdbStorageArea } from '../../history/idb-storage-area.ts';
import { HistoryStore } from '../../history/store.ts';
import { afterPaint } from './dom.ts';

let store: HistoryStore | undefined;

export function historyStore(): HistoryStore {
  // The entry cache is rewritten (a write of every entry) only once the history view has painted.
  store ??= new HistoryStore(new IdbStorageArea(), { afterLoad: afterPaint });
  return store;
}
