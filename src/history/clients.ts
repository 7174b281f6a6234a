/**
 * Per client, how often they crossed which line over the last weeks, and the share of their analysed emails
 * that were flagged: the pattern behind single emails, for a small chart in the popup.
 */
import { CATEGORIES, type Category } from '../analysis/types.ts';
import { entryTime, type CleanTally, type HistoryEntry } from './types.ts';

export const CLIENT_WEEKS = 12;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Monday (UTC) of the week holding `ms`, as `YYYY-MM-DD`: weeks are compared as strings. */
export function weekStart(ms: number): string {
  const day = new Date(ms);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

/** The `count` week starts ending with the current one, oldest first. */
export function recentWeeks(now: number, count = CLIENT_WEEKS): string[] {
  const current = Date.parse(weekStart(now));
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

export interface ClientWeek {
  /** Monday, `YYYY-MM-DD`. */
  week: string;
  /** Flagged emails that week with at least one finding of each category. */
  categories: Record<Category, number>;
  flagged: number;
  clean: number;
}

export interface ClientSummary {
  address: string;
  /** The name on their most recent flagged email. */
  name: string;
  /** Oldest first, `CLIENT_WEEKS` of them. */
  weeks: ClientWeek[];
  /** Totals over those weeks. */
  categories: Record<Category, number>;
  flagged: number;
  analysed: number;
  /** flagged / analysed over those weeks, 0..1; 0 when nothing was analysed. */
  flaggedShare: number;
}

const zeroCounts = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/**
 * One summary per client with a flagged email in the window, most flagged first. Entries the user marked as
 * false alarms do not count as crossing a line (they still count as analysed).
 */
export function clientSummaries(
  entries: readonly HistoryEntry[],
  tallies: readonly CleanTally[],
  now: number,
  weekCount = CLIENT_WEEKS,
): ClientSummary[] {
  const weeks = recentWeeks(now, weekCount);
  const firstWeek = weeks[0] ?? '';
  const byClient = new Map<string, { name: string; nameAt: number; weeks: Map<string, ClientWeek> }>();
  const clientOf = (address: string): { name: string; nameAt: number; weeks: Map<string, ClientWeek> } => {
    let client = byClient.get(address);
    if (!client) {
      client = {
        name: '',
        nameAt: -Infinity,
        weeks: new Map(weeks.map((week) => [week, { week, categories: zeroCounts(), flagged: 0, clean: 0 }])),
      };
      byClient.set(address, client);
    }
    return client;
  };
  for (const entry of entries) {
    const at = entryTime(entry);
    const week = weekStart(at);
    if (week < firstWeek || at > now) continue;
    const client = clientOf(entry.client.address);
    if (at > client.nameAt && entry.client.name) {
      client.name = entry.client.name;
      client.nameAt = at;
    }
    const slot = client.weeks.get(week);
    if (!slot) continue;
    if (entry.status === 'false_alarm') {
      slot.clean++;
      continue;
    }
    slot.flagged++;
    for (const category of entry.categories) slot.categories[category]++;
  }
  for (const tally of tallies) {
    const client = byClient.get(tally.client);
    // A client who was never flagged in the window has nothing to chart.
    if (!client) continue;
    for (const [week, count] of Object.entries(tally.weeks)) {
      const slot = client.weeks.get(week);
      if (slot) slot.clean += count;
    }
  }
  const summaries: ClientSummary[] = [];
  for (const [address, client] of byClient) {
    const clientWeeks = [...client.weeks.values()];
    const categories = zeroCounts();
    let flagged = 0;
    let clean = 0;
    for (const week of clientWeeks) {
      flagged += week.flagged;
      clean += week.clean;
      for (const category of CATEGORIES) categories[category] += week.categories[category];
    }
    if (flagged === 0) continue;
    const analysed = flagged + clean;
    summaries.push({
      address,
      name: client.name,
      weeks: clientWeeks,
      categories,
      flagged,
      analysed,
      flaggedShare: flagged / analysed,
    });
  }
  return summaries.sort((a, b) => b.flagged - a.flagged || a.address.localeCompare(b.address));
}
