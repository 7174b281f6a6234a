import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Finding } from '../analysis/types.ts';
import { CHANGED_PREFIX, NEWEST_KEY } from '../history/keys.ts';
import type { MemoryStorageArea } from '../history/storage-area.ts';

// The module opens IndexedDB only when asked; here it gets an in-memory storage area instead.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const areas = vi.hoisted(() => [] as MemoryStorageArea[]);
vi.mock('../history/idb-storage-area.ts', async () => {
  const { MemoryStorageArea } = await import('../history/storage-area.ts');
  return {
    IdbStorageArea: class extends MemoryStorageArea {
      constructor() {
        super();
        areas.push(this);
      }
    },
  };
});
const { CACHE_REFRESH_DELAY_MS, recordInHistory, withoutFalseAlarms } = await import('./history.ts');

const finding = (category: Finding['category'], text: string): Finding => ({
  category,
  rule: `${category}/test`,
  reason: { en: 'why', fr: 'pourquoi' },
  text,
  start: 0,
  end: text.length,
  confidence: 1,
});

const analysis = (findings: Finding[]): Analysis => ({
  status: 'analyzed',
  lang: 'en',
  register: null,
  newest: { start: 0, end: 0, text: '' },
  aside: [],
  findings,
  categories: [...new Set(findings.map((f) => f.category))],
  deadlines: [],
});

describe('withoutFalseAlarms', () => {
  it('drops the rejected findings and the categories only they carried', () => {
    const before = analysis([finding('urgency', 'ASAP'), finding('off_hours', 'this weekend')]);
    const after = withoutFalseAlarms(before, (f) => f.text !== 'ASAP');
    expect(after.findings.map((f) => f.text)).toEqual(['this weekend']);
    expect(after.categories).toEqual(['off_hours']);
  });

  it('keeps a category another finding still carries, in the detector order', () => {
    const before = analysis([finding('urgency', 'ASAP'), finding('urgency', 'urgent'), finding('scope_creep', 'also')]);
    expect(withoutFalseAlarms(before, (f) => f.text !== 'ASAP').categories).toEqual(['urgency', 'scope_creep']);
  });

  it('returns the same analysis when nothing is dropped', () => {
    const before = analysis([finding('urgency', 'ASAP')]);
    expect(withoutFalseAlarms(before, () => true)).toBe(before);
  });
});

describe('recording in the history', () => {
  it('brings the cache in step once a burst of writes is over', async () => {
    vi.useFakeTimers();
    try {
      const message = (id: string) => ({
        site: 'gmail' as const,
        id,
        from: { name: 'Camille', address: 'camille@client.example' },
        subject: 'Logo',
        sentAt: null,
        text: 'ASAP',
        isNewest: true,
      });
      const flagged = analysis([finding('urgency', 'ASAP')]);
      await recordInHistory(message('m1'), flagged, 'https://mail.google.com/mail/u/0/#inbox/m1');
      await vi.advanceTimersByTimeAsync(CACHE_REFRESH_DELAY_MS / 2);
      await recordInHistory(message('m2'), flagged, 'https://mail.google.com/mail/u/0/#inbox/m2');
      const [area] = areas;
      if (!area) throw new Error('the history was not opened');
      const markers = (): string[] => [...area.items.keys()].filter((key) => key.startsWith(CHANGED_PREFIX));
      await vi.advanceTimersByTimeAsync(CACHE_REFRESH_DELAY_MS / 2);
      // The second write moved the refresh back.
      expect(markers()).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(CACHE_REFRESH_DELAY_MS);
      expect(markers()).toEqual([]);
      expect(area.items.get(NEWEST_KEY)).toMatchObject({ total: 2 });
    } finally {
      vi.useRealTimers();
    }
  });
});
