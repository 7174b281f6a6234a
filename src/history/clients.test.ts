import { describe, expect, it } from 'vitest';
import { clientSummaries, recentWeeks, weekStart } from './clients.ts';
import type { CleanTally, HistoryEntry } from './types.ts';

const NOW = Date.parse('2026-06-03T12:00:00Z');

function entry(id: string, sentAt: string, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    site: 'outlook',
    messageId: id,
    link: 'https://outlook.office.com/mail/inbox/id/x',
    client: { name: 'Camille', address: 'camille@client.example' },
    subject: 's',
    sentAt,
    categories: ['urgency'],
    findings: [{ category: 'urgency', phrase: 'asap', reason: { en: 'r', fr: 'r' } }],
    status: 'new',
    reply: null,
    firstSeen: sentAt,
    lastSeen: sentAt,
    ...overrides,
  };
}

describe('weeks', () => {
  it('starts weeks on Monday (UTC) and lists the last twelve, oldest first', () => {
    expect(weekStart(Date.parse('2026-06-07T23:59:00Z'))).toBe('2026-06-01');
    expect(weekStart(Date.parse('2026-06-01T00:00:00Z'))).toBe('2026-06-01');
    const weeks = recentWeeks(NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toBe('2026-03-16');
    expect(weeks[11]).toBe('2026-06-01');
  });
});

describe('clientSummaries', () => {
  it('counts categories per week and the share of analysed emails that were flagged', () => {
    const entries = [
      entry('1', '2026-06-02T09:00:00Z', { categories: ['off_hours', 'urgency'] }),
      entry('2', '2026-05-26T09:00:00Z'),
      entry('3', '2026-05-27T09:00:00Z', { status: 'false_alarm' }),
      entry('too-old', '2025-12-01T09:00:00Z'),
      entry('other', '2026-06-02T09:00:00Z', { client: { name: 'O', address: 'o@x.example' } }),
    ];
    const tallies: CleanTally[] = [
      { client: 'camille@client.example', weeks: { '2026-06-01': 3, '2025-01-06': 9 }, recent: [] },
      { client: 'never-flagged@x.example', weeks: { '2026-06-01': 5 }, recent: [] },
    ];
    const [camille, other, ...rest] = clientSummaries(entries, tallies, NOW);
    expect(rest).toEqual([]);
    expect(other?.address).toBe('o@x.example');
    expect(camille).toMatchObject({ address: 'camille@client.example', name: 'Camille', flagged: 2, analysed: 6 });
    expect(camille?.flaggedShare).toBeCloseTo(2 / 6);
    expect(camille?.categories).toMatchObject({ urgency: 2, off_hours: 1 });
    expect(camille?.weeks.at(-1)).toMatchObject({ week: '2026-06-01', flagged: 1, clean: 3 });
    expect(camille?.weeks.at(-2)).toMatchObject({ week: '2026-05-25', flagged: 1, clean: 1 });
  });
});
