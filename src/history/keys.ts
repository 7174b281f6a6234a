/**
 * Where each history record lives in `storage.local`. One key per record (not one list of everything) so that
 * two writers that touch different emails never overwrite each other's work, and an update rewrites one small
 * item instead of the whole history.
 */
import type { EntryKey } from './types.ts';

export const HISTORY_PREFIX = 'history/';
/** `{ version, retention }`; its absence with `LEGACY_V1_KEY` present means a version-1 store. */
export const META_KEY = 'history/meta';
export const ENTRY_PREFIX = 'history/entry/';
export const THREAD_PREFIX = 'history/revisions/';
export const CLEAN_PREFIX = 'history/clean/';
export const FALSE_ALARM_PREFIX = 'history/false-alarms/';
/** One marker per entry changed since the cache was written, set in the same write as the entry. */
export const CHANGED_PREFIX = 'history/changed/';
/**
 * Copies for fast loading (entry-cache.ts), never the truth: every valid entry, and the newest ones with the
 * counts the first screen shows. Outside `HISTORY_PREFIX`, so reading the history's own records never reads them.
 */
export const CACHE_PREFIX = 'history-cache/';
export const CACHE_KEY = `${CACHE_PREFIX}entries`;
export const NEWEST_KEY = `${CACHE_PREFIX}newest`;
/** Version 1 kept the whole history under this one key. */
export const LEGACY_V1_KEY = 'history';

const part = (text: string): string => encodeURIComponent(text);

export const entryStorageKey = (entry: EntryKey): string => `${ENTRY_PREFIX}${entry.site}/${part(entry.messageId)}`;
/** The change marker of an entry record, and back. */
export const changedKeyOfEntry = (key: string): string => `${CHANGED_PREFIX}${key.slice(ENTRY_PREFIX.length)}`;
export const entryOfChangedKey = (key: string): string => `${ENTRY_PREFIX}${key.slice(CHANGED_PREFIX.length)}`;
export const changedStorageKey = (entry: EntryKey): string => changedKeyOfEntry(entryStorageKey(entry));
/** The first key after every key that starts with `prefix`, for key ranges (`[prefix, prefixEnd(prefix))`). */
export const prefixEnd = (prefix: string): string =>
  `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
export const threadStorageKey = (client: string, thread: string): string =>
  `${THREAD_PREFIX}${part(client)}/${part(thread)}`;
export const cleanStorageKey = (client: string): string => `${CLEAN_PREFIX}${part(client)}`;
export const falseAlarmStorageKey = (client: string): string => `${FALSE_ALARM_PREFIX}${part(client)}`;
/** The client a false-alarm key belongs to. */
export const clientOfFalseAlarmKey = (key: string): string => decodeURIComponent(key.slice(FALSE_ALARM_PREFIX.length));
