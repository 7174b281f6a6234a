/**
 * Filtering and searching the history in memory. The index is built once per load (a few ms for 5,000
 * entries): each entry's time is computed up front, and its folded search text on the first search or when the
 * popup is idle (folding 5,000 entries costs about as much as the rest of the index, and the first screen needs
 * none), so a filter or a
 * keystroke in the search box is one linear pass over plain strings (see scripts/bench-history.ts for the
 * figures).
 */
import { foldPhrase } from '../analysis/text.ts';
import { CATEGORIES, type Category } from '../analysis/types.ts';
import { entryKey, entryTime, type EntryStatus, type HistoryEntry } from './types.ts';

export interface IndexedEntry {
  entry: HistoryEntry;
  key: string;
  /** `entryTime(entry)`, epoch ms. */
  at: number;
  /**
   * Client name and address, subject and phrases, folded like the detector folds text (case and accents
   * ignored); computed by the first search that needs it.
   */
  search?: string;
}

/** Entries newest first, ready to filter. */
export interface HistoryIndex {
  items: IndexedEntry[];
}

export interface HistoryFilter {
  /** Entries with any of these categories. */
  categories?: readonly Category[];
  /** A client address (any case). */
  client?: string;
  statuses?: readonly EntryStatus[];
  /** The email's date in `[since, until)`, epoch ms. */
  since?: number;
  until?: number;
  /** Every word must appear in the client, subject or a phrase. */
  text?: string;
}

export interface HistoryQueryResult {
  /** Newest first. */
  entries: HistoryEntry[];
  /**
   * Per category, the entries matching every filter except the category one: what each category chip
   * would show if picked.
   */
  countsByCategory: Record<Category, number>;
}

function searchText(entry: HistoryEntry): string {
  const parts = [entry.client.name, entry.client.address, entry.subject, ...entry.findings.map((f) => f.phrase)];
  return foldPhrase(parts.join('\n'));
}

export function buildIndex(entries: readonly HistoryEntry[]): HistoryIndex {
  const items: IndexedEntry[] = entries.map((entry) => ({
    entry,
    key: entryKey(entry),
    at: entryTime(entry),
  }));
  items.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
  return { items };
}

/** Folds every entry's search text ahead of the first search (the popup does it once idle). */
export function prepareSearch(index: HistoryIndex): void {
  for (const item of index.items) item.search ??= searchText(item.entry);
}

export function queryHistory(index: HistoryIndex, filter: HistoryFilter = {}): HistoryQueryResult {
  const client = filter.client?.trim().toLowerCase() || undefined;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const categories = filter.categories?.length ? filter.categories : undefined;
  const words = filter.text ? foldPhrase(filter.text).split(/\s+/).filter(Boolean) : [];
  const since = filter.since ?? -Infinity;
  const until = filter.until ?? Infinity;
  const countsByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const entries: HistoryEntry[] = [];
  for (const item of index.items) {
    const { entry } = item;
    if (item.at < since || item.at >= until) continue;
    if (client !== undefined && entry.client.address !== client) continue;
    if (statuses && !statuses.has(entry.status)) continue;
    if (words.length > 0) {
      const search = (item.search ??= searchText(entry));
      if (!words.every((word) => search.includes(word))) continue;
    }
    for (const category of entry.categories) countsByCategory[category]++;
    if (categories && !entry.categories.some((category) => categories.includes(category))) continue;
    entries.push(entry);
  }
  return { entries, countsByCategory };
}
