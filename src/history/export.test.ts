import { describe, expect, it } from 'vitest';
import { csvField, importJson, neutraliseFormula, parseJsonExport, toCsv, toJson } from './export.ts';
import { queueLock } from './lock.ts';
import { sampleEntries } from './sample-entries.ts';
import { MemoryStorageArea } from './storage-area.ts';
import { HistoryStore } from './store.ts';
import type { HistoryEntry } from './types.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const newStore = (): HistoryStore => new HistoryStore(new MemoryStorageArea(), { now: () => NOW, lock: queueLock() });

/** RFC 4180 reader, enough to check what `toCsv` writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const hostile: HistoryEntry = {
  ...(sampleEntries(1, { now: NOW })[0] as HistoryEntry),
  client: { name: '=HYPERLINK("http://evil.example","click")', address: '@sum(a1)@x.example' },
  subject: `<img src=x onerror="alert(1)">, "quoted" &amp; &lt;b&gt;`,
  findings: [{ category: 'urgency', phrase: '-1+2 asap', reason: { en: 'Rush, "now"', fr: 'Urgence' } }],
  categories: ['urgency'],
};

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('1=1')).toBe('1=1');
  });

  it('writes one row per entry that reads back as the data, plain text and formula-safe', () => {
    const csv = toCsv([hostile], 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(csv);
    const cell = (name: string): string | undefined => row?.[header?.indexOf(name) ?? -1];
    expect(cell('client_name')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('client_address')).toBe("'@sum(a1)@x.example");
    expect(cell('subject')).toBe(hostile.subject);
    expect(cell('findings')).toBe('urgency: -1+2 asap — Rush, "now"');
    expect(cell('message_id')).toBe(hostile.messageId);
    expect(cell('link')).toBe(hostile.link);
  });
});

describe('JSON export and import', () => {
  it('round-trips every entry into an empty store, HTML-looking text included', async () => {
    const entries = [...sampleEntries(200, { now: NOW, seed: 9 }), hostile];
    const source = newStore();
    await source.merge(entries);
    const exported = toJson((await source.load()).snapshot.entries, NOW);
    const target = newStore();
    const report = await importJson(target, exported);
    expect(report).toEqual({ ok: true, added: 201 - 0, updated: 0, unchanged: 0, rejected: 0 });
    const key = (e: HistoryEntry): string => `${e.site}:${e.messageId}`;
    const sorted = (list: HistoryEntry[]): HistoryEntry[] => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    const restored = (await target.load()).snapshot.entries;
    expect(sorted(restored)).toEqual(sorted((await source.load()).snapshot.entries));
    expect(restored.find((e) => e.messageId === hostile.messageId)?.subject).toBe(hostile.subject);
  });

  it('merges without duplicates: the most recently seen wins, invalid entries are rejected and counted', async () => {
    const [a, b] = sampleEntries(2, { now: NOW }) as [HistoryEntry, HistoryEntry];
    const store = newStore();
    await store.merge([{ ...a, status: 'handled' }, b]);
    const newerA = {
      ...a,
      status: 'replied' as const,
      lastSeen: '2027-01-01T11:00:00.000Z',
      firstSeen: '2027-01-01T10:00:00.000Z',
    };
    const olderB = { ...b, status: 'false_alarm' as const, lastSeen: '2020-01-01T00:00:00.000Z' };
    const file = JSON.stringify({
      format: 'gardefou-history',
      version: 2,
      entries: [newerA, olderB, newerA, { ...a, messageId: 'x', link: 'javascript:alert(1)' }, 'junk'],
    });
    expect(await importJson(store, file)).toEqual({ ok: true, added: 0, updated: 1, unchanged: 2, rejected: 2 });
    const entries = (await store.load()).snapshot.entries;
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.messageId === a.messageId)).toMatchObject({
      status: 'replied',
      firstSeen: a.firstSeen,
      lastSeen: newerA.lastSeen,
    });
    expect(entries.find((e) => e.messageId === b.messageId)?.status).toBe(b.status);
  });

  it('refuses files that are not a history export', async () => {
    expect(parseJsonExport('{nope')).toEqual({ ok: false, error: 'not-json' });
    expect(parseJsonExport('[1,2]')).toEqual({ ok: false, error: 'not-a-history-export' });
    expect(await importJson(newStore(), JSON.stringify({ format: 'other', entries: [] }))).toEqual({
      ok: false,
      error: 'not-a-history-export',
    });
  });
});
