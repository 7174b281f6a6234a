/**
 * Export files leave through the browser's own download: a Blob, an object URL and an `<a download>`, so nothing
 * goes over the network and no `downloads` permission is needed.
 */
import { toCsv, toJson } from '../../history/export.ts';
import type { HistoryEntry } from '../../history/types.ts';
import type { Lang } from '../../analysis/types.ts';

/** Excel reads a CSV without a byte order mark as the system's legacy code page and garbles accents. */
export const CSV_BOM = '\uFEFF';

export type ExportFormat = 'csv' | 'json';

/** `gardefou-history-2026-06-01.csv`, dated in the user's own time zone. */
export function exportFileName(format: ExportFormat, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `gardefou-history-${day}.${format}`;
}

export function exportText(format: ExportFormat, entries: readonly HistoryEntry[], lang: Lang, now: Date): string {
  return format === 'csv' ? CSV_BOM + toCsv(entries, lang) : toJson(entries, now.getTime());
}

const MIME: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** A page closed right after the click may still be writing the file: the URL is released a little later. */
const REVOKE_AFTER_MS = 60_000;

export function download(format: ExportFormat, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
