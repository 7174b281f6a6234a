/**
 * Export the history (all of it or the filtered view) as CSV or JSON, and import a JSON export back. CSV is
 * hand-written: one small function covers RFC 4180 quoting plus formula neutralising, where a CSV library would
 * add weight to the popup and still need the neutralising on top.
 */
import type { Lang } from '../analysis/types.ts';
import { HISTORY_SCHEMA_VERSION } from './migrations.ts';
import type { HistoryStore, MergeReport } from './store.ts';
import type { HistoryEntry } from './types.ts';
import { parseEntry } from './validate.ts';

export const EXPORT_FORMAT = 'gardefou-history';

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  entries: HistoryEntry[];
}

export function toJson(entries: readonly HistoryEntry[], now = Date.now()): string {
  const file: HistoryExport = {
    format: EXPORT_FORMAT,
    version: HISTORY_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries],
  };
  return JSON.stringify(file, null, 2);
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or carriage return
 * can smuggle one in): a leading apostrophe makes it text (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export const CSV_COLUMNS = [
  'site',
  'message_id',
  'link',
  'client_name',
  'client_address',
  'subject',
  'sent_at',
  'categories',
  'findings',
  'status',
  'reply_tone',
  'reply_at',
  'first_seen',
  'last_seen',
] as const;

/** One row per entry; the findings cell holds one `category: phrase — reason` line per finding. */
export function toCsv(entries: readonly HistoryEntry[], lang: Lang = 'en'): string {
  const rows = entries.map((entry) =>
    [
      entry.site,
      entry.messageId,
      entry.link,
      entry.client.name,
      entry.client.address,
      entry.subject,
      entry.sentAt ?? '',
      entry.categories.join(' '),
      entry.findings.map((f) => `${f.category}: ${f.phrase} — ${f.reason[lang]}`).join('\n'),
      entry.status,
      entry.reply?.tone ?? '',
      entry.reply?.at ?? '',
      entry.firstSeen,
      entry.lastSeen,
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}

export type ParsedExport =
  { ok: true; entries: HistoryEntry[]; rejected: number } | { ok: false; error: 'not-json' | 'not-a-history-export' };

/** Reads an export file: every entry is validated on its own, so one bad entry rejects only itself. */
export function parseJsonExport(text: string): ParsedExport {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof file !== 'object' || file === null) return { ok: false, error: 'not-a-history-export' };
  const { format, entries } = file as Partial<Record<keyof HistoryExport, unknown>>;
  if (format !== EXPORT_FORMAT || !Array.isArray(entries)) return { ok: false, error: 'not-a-history-export' };
  const valid: HistoryEntry[] = [];
  for (const value of entries) {
    const entry = parseEntry(value);
    if (entry) valid.push(entry);
  }
  return { ok: true, entries: valid, rejected: entries.length - valid.length };
}

export type ImportReport =
  (MergeReport & { ok: true; rejected: number }) | { ok: false; error: 'not-json' | 'not-a-history-export' };

/** Imports a JSON export into `store`, merging by site and message id (the most recently seen wins). */
export async function importJson(store: HistoryStore, text: string): Promise<ImportReport> {
  const parsed = parseJsonExport(text);
  if (!parsed.ok) return parsed;
  const merged = await store.merge(parsed.entries);
  return { ok: true, ...merged, rejected: parsed.rejected };
}
