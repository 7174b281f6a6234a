import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ENTRIES } from './entry-cache.ts';
import {
  CACHE_KEY,
  CHANGED_PREFIX,
  ENTRY_PREFIX,
  entryStorageKey,
  LEGACY_V1_KEY,
  META_KEY,
  NEWEST_KEY,
  prefixEnd,
} from './keys.ts';
import { queueLock } from './lock.ts';
import { buildIndex, queryHistory } from './query.ts';
import { SAMPLE_REASON as REASON, sampleEmail, sampleEntries } from './sample-entries.ts';
import { MemoryStorageArea } from './storage-area.ts';
import { HistoryStore } from './store.ts';
import type { HistoryEntry } from './types.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const email = sampleEmail;

const storeOver = (area: MemoryStorageArea): HistoryStore =>
  new HistoryStore(area, { now: () => NOW, lock: queueLock() });

/** Entries seen within the last months, so the retention limits keep them all. */
const recentEntries = (count: number): HistoryEntry[] => sampleEntries(count, { now: NOW - 86_400_000 });

const byKey = (entries: readonly HistoryEntry[]): HistoryEntry[] =>
  [...entries].sort((a, b) => entryStorageKey(a).localeCompare(entryStorageKey(b)));

/** What the entry records alone say: a load over a copy of the storage without the cache records. */
async function truth(area: MemoryStorageArea): Promise<HistoryEntry[]> {
  const copy = new MemoryStorageArea();
  for (const [key, value] of area.items) if (key !== CACHE_KEY && key !== NEWEST_KEY) copy.items.set(key, value);
  return byKey((await storeOver(copy).load()).snapshot.entries);
}

/** Loads twice (the first load writes the cache when stale, the second reads it) and checks it against the records. */
async function expectInStep(area: MemoryStorageArea): Promise<HistoryEntry[]> {
  const store = storeOver(area);
  await store.load();
  // The second load waits for the first one's cache write (both take the lock).
  const { snapshot } = await store.load();
  expect([...area.items.keys()].some((key) => key.startsWith(CHANGED_PREFIX))).toBe(false);
  const expected = await truth(area);
  expect(byKey(snapshot.entries)).toEqual(expected);
  return expected;
}

/** Entry records read one by one since `from` in the area's log. */
const entryReads = (area: MemoryStorageArea, from: number): number =>
  area.log
    .slice(from)
    .filter((call) => call.op === 'get')
    .flatMap((call) => call.keys)
    .filter((key) => key.startsWith(ENTRY_PREFIX)).length;

describe('the entry cache', () => {
  it('is written by a load and read by the next one instead of every entry record', async () => {
    const area = new MemoryStorageArea();
    await storeOver(area).merge(recentEntries(300));
    const first = await storeOver(area).load();
    expect(first.snapshot.entries).toHaveLength(300);
    const store = storeOver(area);
    await store.load();
    const from = area.log.length;
    const second = await store.load();
    expect(entryReads(area, from)).toBe(0);
    expect(byKey(second.snapshot.entries)).toEqual(byKey(first.snapshot.entries));
  });

  it('stays in step with inserts, updates, deletes, imports, forgotten clients, retention and clear', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    await store.merge(recentEntries(120));
    await expectInStep(area);

    await store.recordAnalysis(email('new-one'));
    expect((await expectInStep(area)).some((e) => e.messageId === 'new-one')).toBe(true);

    const [some, other] = (await store.load()).snapshot.entries;
    if (!some || !other) throw new Error('sample entries missing');
    await store.setStatus(some, 'handled');
    await store.recordReply(other, 'firm');
    const afterUpdates = await expectInStep(area);
    expect(afterUpdates.find((e) => e.messageId === some.messageId)?.status).toBe('handled');
    expect(afterUpdates.find((e) => e.messageId === other.messageId)?.reply?.tone).toBe('firm');

    await store.delete(some);
    expect((await expectInStep(area)).some((e) => e.messageId === some.messageId)).toBe(false);

    await store.merge([{ ...other, lastSeen: new Date(NOW).toISOString(), status: 'false_alarm' }]);
    expect((await expectInStep(area)).find((e) => e.messageId === other.messageId)?.status).toBe('false_alarm');

    const forgotten = await store.forgetClient(other.client.address);
    expect(forgotten).toBeGreaterThan(0);
    expect((await expectInStep(area)).some((e) => e.client.address === other.client.address)).toBe(false);

    await store.setRetention({ maxEntries: 100, maxAgeMonths: 12 });
    expect(await expectInStep(area)).toHaveLength(100);

    await store.clear();
    expect(await expectInStep(area)).toEqual([]);
  });

  it('is loaded before it is written again: the caller gets the history first', async () => {
    const area = new MemoryStorageArea();
    let release = (): void => undefined;
    const store = new HistoryStore(area, {
      now: () => NOW,
      lock: queueLock(),
      afterLoad: () => new Promise<void>((resolve) => (release = resolve)),
    });
    await store.merge(recentEntries(10));
    const { snapshot } = await store.load();
    expect(snapshot.entries).toHaveLength(10);
    expect(area.items.has(CACHE_KEY)).toBe(false);
    release();
    await store.retention();
    await expect.poll(() => area.items.has(CACHE_KEY)).toBe(true);
  });

  it('is ignored and written again when damaged or from another version, without losing an entry', async () => {
    const area = new MemoryStorageArea();
    await storeOver(area).merge(recentEntries(40));
    await expectInStep(area);
    const cache = area.items.get(CACHE_KEY) as { version: number; reasons: unknown[]; entries: unknown[] };
    // The samples share one reason: the cache keeps it once.
    expect(cache.reasons).toHaveLength(1);

    area.items.set(CACHE_KEY, { ...cache, entries: [...cache.entries.slice(1), { site: 'gmail' }] });
    const damaged = await storeOver(area).load();
    expect(damaged.snapshot.entries).toHaveLength(40);
    expect(damaged.report.droppedEntries).toBe(0);

    const [first, ...rest] = cache.entries as HistoryEntry[];
    area.items.set(CACHE_KEY, { ...cache, entries: [{ ...first, link: 'javascript:alert(1)' }, ...rest] });
    expect((await storeOver(area).load()).snapshot.entries.map((e) => e.link)).not.toContain('javascript:alert(1)');

    area.items.set(CACHE_KEY, { ...cache, version: cache.version + 1, entries: [] });
    let { snapshot } = await storeOver(area).load();
    expect(snapshot.entries).toHaveLength(40);

    // Findings pointing past the table of reasons.
    area.items.set(CACHE_KEY, { ...cache, reasons: [] });
    ({ snapshot } = await storeOver(area).load());
    expect(snapshot.entries.flatMap((e) => e.findings).every((f) => typeof f.reason.en === 'string')).toBe(true);

    area.items.set(CACHE_KEY, 'garbage');
    area.items.set(NEWEST_KEY, { version: 1, entries: 'no' });
    ({ snapshot } = await storeOver(area).load());
    expect(snapshot.entries).toHaveLength(40);
    expect(await expectInStep(area)).toHaveLength(40);
  });

  it('catches records changed without a marker: added, removed, made invalid', async () => {
    const area = new MemoryStorageArea();
    const [extra, ...entries] = recentEntries(31);
    if (!extra) throw new Error('sample entries missing');
    await storeOver(area).merge(entries);
    await expectInStep(area);
    const [gone, broken] = entries;
    if (!gone || !broken) throw new Error('sample entries missing');
    // As an older version of the extension, or a write stopped half-way, could leave them.
    area.items.set(entryStorageKey(extra), extra);
    area.items.delete(entryStorageKey(gone));
    area.items.set(entryStorageKey(broken), { ...broken, status: 'maybe' });
    area.items.set(`${CHANGED_PREFIX}${entryStorageKey(broken).slice(ENTRY_PREFIX.length)}`, true);
    const { snapshot, report } = await storeOver(area).load();
    const ids = snapshot.entries.map((e) => e.messageId);
    expect(ids).toContain(extra.messageId);
    expect(ids).not.toContain(gone.messageId);
    expect(ids).not.toContain(broken.messageId);
    expect(report.droppedEntries).toBe(1);
    expect(await expectInStep(area)).toHaveLength(29);
  });

  it('goes away with a migration, which rebuilds the history from the old records', async () => {
    const area = new MemoryStorageArea();
    await storeOver(area).merge(recentEntries(5));
    await expectInStep(area);
    area.items.delete(META_KEY);
    area.items.set(LEGACY_V1_KEY, { version: 1, entries: [] });
    await storeOver(area).load();
    expect(area.log.some((call) => call.op === 'remove' && call.keys.includes(CACHE_KEY))).toBe(true);
    expect(await expectInStep(area)).toHaveLength(5);
  });
});

describe('the first screen', () => {
  it('comes from the newest-entries record, in the order and with the counts of the whole query', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    await store.merge(recentEntries(200));
    expect(await store.firstScreen()).toBeNull();
    const { snapshot } = await store.load();
    await store.load();
    const first = await store.firstScreen();
    const whole = queryHistory(buildIndex(snapshot.entries));
    expect(first?.total).toBe(200);
    expect(first?.countsByCategory).toEqual(whole.countsByCategory);
    expect(first?.snapshot.entries).toEqual(whole.entries.slice(0, FIRST_SCREEN_ENTRIES));
    expect(first?.snapshot.retention).toEqual(snapshot.retention);
  });

  /** The first screen the store offers, or null, against the whole history's query. */
  async function expectFirstScreenInStep(store: HistoryStore, area: MemoryStorageArea): Promise<boolean> {
    const first = await store.firstScreen();
    if (!first) return false;
    const whole = queryHistory(buildIndex(await truth(area)));
    expect(first.total).toBe(whole.entries.length);
    expect(first.countsByCategory).toEqual(whole.countsByCategory);
    expect(first.snapshot.entries).toEqual(whole.entries.slice(0, FIRST_SCREEN_ENTRIES));
    return true;
  }

  it('follows each added, changed and deleted entry, or is dropped when it cannot tell', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    const entries = recentEntries(70);
    await store.merge(entries);
    await store.load();
    await store.load();
    expect(await expectFirstScreenInStep(store, area)).toBe(true);
    // A seeded walk over the writes the background and the popup make; 70 entries make a full first page
    // and some beyond it.
    let state = 11;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    let followed = 0;
    for (let step = 0; step < 120; step++) {
      const target = entries[random(entries.length)];
      if (!target) continue;
      const sentAt = new Date(NOW - random(400) * 86_400_000).toISOString();
      const choice = random(5);
      if (choice === 0) await store.recordAnalysis(email(`new-${step}`, { sentAt }));
      else if (choice === 1) await store.setStatus(target, 'handled');
      else if (choice === 2) await store.recordReply(target, 'warm');
      else if (choice === 3) await store.delete(target);
      else {
        await store.recordAnalysis({
          site: target.site,
          messageId: target.messageId,
          link: target.link,
          from: target.client,
          subject: target.subject,
          sentAt,
          findings: [{ category: 'off_hours', text: 'this weekend', reason: target.findings[0]?.reason ?? REASON }],
        });
      }
      if (await expectFirstScreenInStep(store, area)) followed++;
      // Dropped: the next load writes it again.
      else await store.load();
    }
    // Most writes keep it; a few (an entry leaving a full page) cannot.
    expect(followed).toBeGreaterThan(80);
  });

  it('is dropped by an import and by forgetting a client, until the next load', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    const [one, two] = recentEntries(2);
    if (!one || !two) throw new Error('sample entries missing');
    await store.merge([one]);
    await store.load();
    await store.load();
    expect((await store.firstScreen())?.total).toBe(1);
    await store.merge([two]);
    expect(await store.firstScreen()).toBeNull();
    await store.load();
    await store.load();
    expect(await expectFirstScreenInStep(store, area)).toBe(true);
    await store.forgetClient(two.client.address);
    expect(await store.firstScreen()).toBeNull();
    await store.load();
    await store.load();
    // Gone on its own, the entry cache in step: the next load writes it again.
    area.items.delete(NEWEST_KEY);
    await store.load();
    await store.load();
    expect(await expectFirstScreenInStep(store, area)).toBe(true);
  });

  it('brings the false alarms and revision threads its entries show', async () => {
    const store = storeOver(new MemoryStorageArea());
    await store.recordAnalysis(email('m1'));
    await store.setStatus({ site: 'gmail', messageId: 'm1' }, 'false_alarm');
    await store.markFalseAlarm('camille@client.example', { category: 'urgency', phrase: 'au plus vite' });
    await store.recordAnalysis(
      email('r1', {
        from: { name: 'Dominique', address: 'dominique@agence.example' },
        subject: 'Re: Logo',
        findings: [{ category: 'extra_revisions', text: 'encore une petite modif', reason: REASON }],
      }),
    );
    await store.load();
    await store.load();
    const first = await store.firstScreen();
    expect(first?.snapshot.falseAlarms.get('camille@client.example')).toHaveLength(1);
    expect(first?.snapshot.revisionThreads.map((thread) => thread.client)).toEqual(['dominique@agence.example']);
  });
});

describe('key ranges', () => {
  it('cover exactly the keys that start with a prefix', async () => {
    const area = new MemoryStorageArea();
    await area.set({ 'history/entry/a': 1, 'history/entry0': 2, 'history/entrz': 3, 'history/entry': 4 });
    expect(await area.keysBetween(ENTRY_PREFIX, prefixEnd(ENTRY_PREFIX))).toEqual(['history/entry/a']);
    expect(await area.getBetween('history/entry', prefixEnd(ENTRY_PREFIX))).toEqual({
      'history/entry': 4,
      'history/entry/a': 1,
    });
  });
});
