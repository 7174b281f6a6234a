import { describe, expect, it } from 'vitest';
import { parseJsonExport } from '../../history/export.ts';
import { sampleEntries } from '../../history/sample-entries.ts';
import { exportFileName, exportText } from './download.ts';

describe('export files', () => {
  const now = new Date(2026, 5, 1, 9, 30);
  const entries = sampleEntries(3);

  it('are named after the local day', () => {
    expect(exportFileName('csv', now)).toBe('gardefou-history-2026-06-01.csv');
    expect(exportFileName('json', now)).toBe('gardefou-history-2026-06-01.json');
  });

  it('start a CSV with a byte order mark, so Excel reads it as UTF-8', () => {
    const csv = exportText('csv', entries, 'fr', now);
    expect(csv.startsWith('\uFEFFsite,message_id,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + entries.length);
  });

  it('write JSON the import reads back', () => {
    const parsed = parseJsonExport(exportText('json', entries, 'en', now));
    expect(parsed.ok && parsed.entries).toEqual(entries);
  });
});
