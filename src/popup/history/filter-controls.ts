/** What the history view's filter controls hold, turned into the query the history runs (src/history/query.ts). */
import type { Category } from '../../analysis/types.ts';
import type { HistoryFilter } from '../../history/query.ts';
import type { EntryStatus } from '../../history/types.ts';

export interface FilterControls {
  categories: Category[];
  /** A client address, or '' for every client. */
  client: string;
  /** '' for every status. */
  status: EntryStatus | '';
  /** `YYYY-MM-DD` as an `<input type="date">` gives it, or ''. */
  from: string;
  to: string;
  text: string;
}

export const NO_FILTER: FilterControls = { categories: [], client: '', status: '', from: '', to: '', text: '' };

/** Midnight in the user's own time zone of day `day` plus `addDays`, epoch ms; undefined when it is not a day. */
export function localDayStart(day: string, addDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}

/** Both ends of the date range are whole days: "to" the 3rd includes the 3rd. */
export function toHistoryFilter(controls: FilterControls): HistoryFilter {
  const filter: HistoryFilter = {};
  if (controls.categories.length > 0) filter.categories = controls.categories;
  if (controls.client) filter.client = controls.client;
  if (controls.status) filter.statuses = [controls.status];
  const since = localDayStart(controls.from);
  const until = localDayStart(controls.to, 1);
  if (since !== undefined) filter.since = since;
  if (until !== undefined) filter.until = until;
  if (controls.text.trim()) filter.text = controls.text;
  return filter;
}

export function isFiltered(controls: FilterControls): boolean {
  return Object.keys(toHistoryFilter(controls)).length > 0;
}
