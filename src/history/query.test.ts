import { describe, expect, it } from 'vitest';
import { buildIndex, prepareSearch, queryHistory } from './query.ts';
import type { HistoryEntry } from './types.ts';

function entry(id: string, overrides: Partial<HistoryEntry>): HistoryEntry {
  return {
    site: 'gmail',
    messageId: id,
    link: `https://mail.google.com/mail/u/0/#inbox/${id}`,
    client: { name: 'Camille Martin', address: 'camille@client.example' },
    subject: 'Refonte',
    sentAt: '2026-05-01T10:00:00+02:00',
    categories: ['urgency'],
    findings: [{ category: 'urgency', phrase: 'au plus vite', reason: { en: 'r', fr: 'r' } }],
    status: 'new',
    reply: null,
    firstSeen: '2026-05-01T09:00:00Z',
    lastSeen: '2026-05-01T09:00:00Z',
    ...overrides,
  };
}

const entries = [
  entry('old', { sentAt: '2026-01-10T10:00:00+01:00', status: 'handled' }),
  entry('new', {
    sentAt: '2026-05-20T23:00:00+02:00',
    subject: 'Très urgent : la brochure',
    categories: ['off_hours', 'urgency'],
    findings: [
      { category: 'urgency', phrase: "c'est très urgent", reason: { en: 'r', fr: 'r' } },
      { category: 'off_hours', phrase: 'ce week-end', reason: { en: 'r', fr: 'r' } },
    ],
  }),
  entry('undated', { sentAt: null, firstSeen: '2026-03-01T00:00:00Z' }),
  entry('other', {
    client: { name: 'Jordan Smith', address: 'jordan@other.example' },
    categories: ['rate_pressure'],
    findings: [{ category: 'rate_pressure', phrase: 'a better price', reason: { en: 'r', fr: 'r' } }],
  }),
];
const index = buildIndex(entries);
const ids = (filter: Parameters<typeof queryHistory>[1]): string[] =>
  queryHistory(index, filter).entries.map((e) => e.messageId);

describe('queryHistory', () => {
  it('lists newest first, undated entries by when they were first seen', () => {
    expect(ids({})).toEqual(['new', 'other', 'undated', 'old']);
  });

  it('filters by category, client, status and date range', () => {
    expect(ids({ categories: ['off_hours', 'rate_pressure'] })).toEqual(['new', 'other']);
    expect(ids({ client: 'JORDAN@other.example' })).toEqual(['other']);
    expect(ids({ statuses: ['handled'] })).toEqual(['old']);
    expect(ids({ since: Date.parse('2026-02-01'), until: Date.parse('2026-05-02') })).toEqual(['other', 'undated']);
  });

  it('searches client, subject and phrases, ignoring case and accents, every word required', () => {
    expect(ids({ text: 'TRES urgent' })).toEqual(['new']);
    expect(ids({ text: 'week-end camille' })).toEqual(['new']);
    expect(ids({ text: 'jordan' })).toEqual(['other']);
    expect(ids({ text: 'better price camille' })).toEqual([]);
  });

  it('counts each category over the entries matching the other filters', () => {
    const { countsByCategory } = queryHistory(index, { categories: ['off_hours'], client: 'camille@client.example' });
    expect(countsByCategory).toMatchObject({ urgency: 3, off_hours: 1, rate_pressure: 0 });
  });

  it('finds the same entries with the search text folded ahead of time', () => {
    const index = buildIndex(entries);
    const before = queryHistory(buildIndex(entries), { text: 'camille' }).entries;
    prepareSearch(index);
    expect(index.items.every((item) => typeof item.search === 'string')).toBe(true);
    expect(queryHistory(index, { text: 'camille' }).entries).toEqual(before);
  });
});
