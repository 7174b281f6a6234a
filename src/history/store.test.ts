import { describe, expect, it } from 'vitest';
import { entryStorageKey, LEGACY_V1_KEY, META_KEY } from './keys.ts';
import { queueLock } from './lock.ts';
import { HISTORY_SCHEMA_VERSION, type HistoryEntryV1, type HistoryStoreV1 } from './migrations.ts';
import { revisionRound } from './revisions.ts';
import { SAMPLE_REASON, sampleEmail, sampleEntries } from './sample-entries.ts';
import { MemoryStorageArea } from './storage-area.ts';
import { HistoryStore, type AnalysedEmail } from './store.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const REASON = SAMPLE_REASON;
const email = sampleEmail;

function storeOver(area: MemoryStorageArea, now = (): number => NOW): HistoryStore {
  return new HistoryStore(area, { now, lock: queueLock() });
}

describe('recording analysed emails', () => {
  it('creates one entry per email and updates it when the email is opened again, keeping its status', async () => {
    let now = NOW;
    const store = storeOver(new MemoryStorageArea(), () => now);
    const first = await store.recordAnalysis(email('m1'));
    expect(first).toMatchObject({
      status: 'new',
      categories: ['urgency'],
      client: { address: 'camille@client.example' },
    });
    await store.setStatus({ site: 'gmail', messageId: 'm1' }, 'handled');
    now += 60_000;
    const again = await store.recordAnalysis(
      email('m1', {
        findings: [
          { category: 'urgency', text: 'il me le faut au plus vite', reason: REASON },
          { category: 'off_hours', text: 'ce week-end', reason: REASON },
        ],
      }),
    );
    expect(again?.status).toBe('handled');
    expect(again?.firstSeen).toBe(first?.firstSeen);
    expect(again?.lastSeen).toBe(new Date(now).toISOString());
    expect(again?.categories).toEqual(['off_hours', 'urgency']);
    const { snapshot } = await store.load();
    expect(snapshot.entries).toHaveLength(1);
  });

  it('keeps short snippets only: long phrases are clipped, duplicates merged', async () => {
    const store = storeOver(new MemoryStorageArea());
    const long = `${'vraiment '.repeat(40)}urgent`;
    const entry = await store.recordAnalysis(
      email('m1', {
        findings: [
          { category: 'urgency', text: long, reason: REASON },
          { category: 'urgency', text: long, reason: REASON },
        ],
      }),
    );
    expect(entry?.findings).toHaveLength(1);
    expect(entry?.findings[0]?.phrase.length).toBeLessThanOrEqual(160);
    expect(entry?.findings[0]?.phrase.endsWith('…')).toBe(true);
  });

  it('refuses links that are not https', async () => {
    const store = storeOver(new MemoryStorageArea());
    expect(await store.recordAnalysis(email('m1', { link: 'javascript:alert(1)' }))).toBeNull();
    expect((await store.load()).snapshot.entries).toEqual([]);
  });

  it('keeps HTML-looking senders and subjects as plain data', async () => {
    const store = storeOver(new MemoryStorageArea());
    const subject = '<img src=x onerror="alert(1)"> Devis & <b>urgent</b>';
    const name = '<script>alert("x")</script>';
    await store.recordAnalysis(email('m1', { subject, from: { name, address: 'a@b.example' } }));
    const [entry] = (await store.load()).snapshot.entries;
    expect(entry?.subject).toBe(subject);
    expect(entry?.client.name).toBe(name);
  });

  it('counts clean emails once per client and week, and stops counting one that gets findings', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    await store.recordAnalysis(email('c1', { findings: [] }));
    await store.recordAnalysis(email('c1', { findings: [] }));
    await store.recordAnalysis(email('c2', { findings: [] }));
    let { snapshot } = await store.load();
    expect(snapshot.cleanTallies).toEqual([
      expect.objectContaining({ client: 'camille@client.example', weeks: { '2026-05-25': 2 } }),
    ]);
    await store.recordAnalysis(email('c2'));
    ({ snapshot } = await store.load());
    expect(snapshot.cleanTallies[0]?.weeks).toEqual({ '2026-05-25': 1 });
    expect(snapshot.entries).toHaveLength(1);
  });
});

describe('changing the history', () => {
  it('records the inserted reply, deletes, forgets a client and clears everything but the settings', async () => {
    const store = storeOver(new MemoryStorageArea());
    await store.recordAnalysis(email('m1'));
    await store.recordAnalysis(email('m2'));
    await store.recordAnalysis(email('m3', { from: { name: 'Other', address: 'other@x.example' } }));
    await store.markFalseAlarm('camille@client.example', { category: 'urgency', phrase: 'au plus vite' });
    const replied = await store.recordReply({ site: 'gmail', messageId: 'm1' }, 'warm');
    expect(replied).toMatchObject({ status: 'replied', reply: { tone: 'warm', at: new Date(NOW).toISOString() } });
    expect(await store.delete({ site: 'gmail', messageId: 'm2' })).toBe(true);
    expect(await store.delete({ site: 'gmail', messageId: 'm2' })).toBe(false);
    expect(await store.setStatus({ site: 'gmail', messageId: 'nope' }, 'handled')).toBeNull();

    expect(await store.forgetClient('CAMILLE@client.example')).toBe(1);
    let { snapshot } = await store.load();
    expect(snapshot.entries.map((e) => e.messageId)).toEqual(['m3']);
    expect(snapshot.falseAlarms.size).toBe(0);

    await store.setRetention({ maxEntries: 300, maxAgeMonths: 6 });
    await store.clear();
    ({ snapshot } = await store.load());
    expect(snapshot.entries).toEqual([]);
    expect(snapshot.retention).toEqual({ maxEntries: 300, maxAgeMonths: 6 });
  });

  it('remembers false alarms per client and phrase, ignoring case and accents', async () => {
    const store = storeOver(new MemoryStorageArea());
    await store.markFalseAlarm('Camille@client.example', { category: 'urgency', phrase: 'Très URGENT' });
    const keep = await store.falseAlarmFilter('camille@client.example');
    expect(keep({ text: 'tres urgent' })).toBe(false);
    expect(keep({ text: 'au plus vite' })).toBe(true);
    expect((await store.falseAlarmFilter('someone@else.example'))({ text: 'très urgent' })).toBe(true);
    await store.unmarkFalseAlarm('camille@client.example', 'très urgent');
    expect((await store.falseAlarmFilter('camille@client.example'))({ text: 'très urgent' })).toBe(true);
  });
});

describe('revision rounds', () => {
  const revision = (id: string, sentAt: string, subject = 'Logo'): AnalysedEmail =>
    email(id, {
      subject,
      sentAt,
      findings: [{ category: 'extra_revisions', text: 'encore une petite modif', reason: REASON }],
    });

  it('counts requests per client and thread, follows corrections and resets, skips false alarms', async () => {
    const store = storeOver(new MemoryStorageArea());
    await store.recordAnalysis(revision('r1', '2026-05-01T10:00:00+02:00', 'Logo'));
    await store.recordAnalysis(revision('r2', '2026-05-05T10:00:00+02:00', 'RE : Logo'));
    await store.recordAnalysis(revision('r3', '2026-05-09T10:00:00+02:00', 'TR : Re: logo'));
    await store.recordAnalysis(revision('r1', '2026-05-01T10:00:00+02:00', 'Logo'));
    await store.recordAnalysis(revision('x1', '2026-05-02T10:00:00+02:00', 'Brochure'));
    let thread = await store.revisionThread('camille@client.example', 'Re: Logo');
    const round = (id: string): number | null => revisionRound(thread, { site: 'gmail', messageId: id });
    expect([round('r1'), round('r2'), round('r3'), round('x1')]).toEqual([1, 2, 3, null]);

    await store.setStatus({ site: 'gmail', messageId: 'r2' }, 'false_alarm');
    thread = await store.revisionThread('camille@client.example', 'Logo');
    expect(round('r3')).toBe(2);

    // The user says the last one is really the fourth round.
    await store.setRevisionCount('camille@client.example', 'Logo', 4, Date.parse('2026-05-09T10:00:00+02:00'));
    await store.recordAnalysis(revision('r4', '2026-05-12T10:00:00+02:00', 'Re: Logo'));
    thread = await store.revisionThread('camille@client.example', 'Logo');
    expect([round('r1'), round('r3'), round('r4')]).toEqual([3, 4, 5]);

    // A new project starts: earlier requests belong to the old one.
    await store.setRevisionCount('camille@client.example', 'Logo', 0);
    await store.recordAnalysis(revision('r5', '2026-06-02T10:00:00+02:00', 'Logo'));
    thread = await store.revisionThread('camille@client.example', 'Logo');
    expect([round('r4'), round('r5')]).toEqual([null, 1]);
  });
});

/** A version-1 store as the first release wrote it. */
function versionOneStore(): HistoryStoreV1 {
  const entry = (i: number, extra: Partial<HistoryEntryV1> = {}): HistoryEntryV1 => ({
    id: `outlook:AAMk${i}`,
    site: 'outlook',
    url: `https://outlook.office.com/mail/inbox/id/AAMk${i}`,
    from: `"Dominique Leroy" <Dominique.Leroy@agence.example>`,
    subject: `RE : Maquettes v${i}`,
    date: '2026-03-13T18:42:00+01:00',
    findings: [
      { category: 'extra_revisions', text: 'on peut revenir à la v2 ?', reason: 'Asks to redo delivered work.' },
    ],
    status: i % 2 ? 'false-alarm' : 'handled',
    firstSeen: Date.parse('2026-03-13T18:00:00Z') + i,
    lastSeen: Date.parse('2026-03-14T18:00:00Z') + i,
    ...extra,
  });
  return {
    version: 1,
    entries: [
      ...Array.from({ length: 30 }, (_, i) => entry(i)),
      entry(99, { replyTone: 'firm', replyAt: Date.parse('2026-03-15T08:00:00Z'), from: 'bare@address.example' }),
    ],
  };
}

describe('migrations', () => {
  it('upgrades a saved version-1 store and keeps every entry', async () => {
    const area = new MemoryStorageArea();
    const v1 = versionOneStore();
    await area.set({ [LEGACY_V1_KEY]: v1, settings: { keep: true } });
    const store = storeOver(area);
    const { snapshot, report } = await store.load();
    expect(report).toMatchObject({ migratedFrom: 1, droppedEntries: 0 });
    expect(snapshot.entries).toHaveLength(v1.entries.length);
    const byId = new Map(snapshot.entries.map((e) => [e.messageId, e]));
    expect(byId.get('AAMk1')).toMatchObject({
      site: 'outlook',
      link: 'https://outlook.office.com/mail/inbox/id/AAMk1',
      client: { name: 'Dominique Leroy', address: 'dominique.leroy@agence.example' },
      status: 'false_alarm',
      sentAt: '2026-03-13T18:42:00+01:00',
      firstSeen: new Date(Date.parse('2026-03-13T18:00:00Z') + 1).toISOString(),
      findings: [
        {
          category: 'extra_revisions',
          phrase: 'on peut revenir à la v2 ?',
          reason: { en: 'Asks to redo delivered work.', fr: 'Asks to redo delivered work.' },
        },
      ],
    });
    expect(byId.get('AAMk99')).toMatchObject({
      client: { name: '', address: 'bare@address.example' },
      reply: { tone: 'firm', at: '2026-03-15T08:00:00.000Z' },
    });
    expect(area.items.get(META_KEY)).toMatchObject({ version: HISTORY_SCHEMA_VERSION });
    expect(area.items.has(LEGACY_V1_KEY)).toBe(false);
    expect(area.items.get('settings')).toEqual({ keep: true });
    // Revision threads are rebuilt from the migrated entries (false alarms do not count).
    const thread = await store.revisionThread('dominique.leroy@agence.example', 'Maquettes v2');
    expect(revisionRound(thread, { site: 'outlook', messageId: 'AAMk2' })).toBe(1);
  });

  it('removes the old record a finished migration left behind', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [LEGACY_V1_KEY]: versionOneStore() });
    await storeOver(area).load();
    // As if the worker died after writing the new records and the version, before removing the old key.
    await area.set({ [LEGACY_V1_KEY]: versionOneStore() });
    const { snapshot, report } = await storeOver(area).load();
    expect(report.migratedFrom).toBeNull();
    expect(snapshot.entries).toHaveLength(31);
    expect(area.items.has(LEGACY_V1_KEY)).toBe(false);
  });

  it('finishes a migration that was interrupted before the version was written', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [LEGACY_V1_KEY]: versionOneStore() });
    await storeOver(area).load();
    // As if the worker died after writing the new records but before removing the old key and the version.
    area.items.delete(META_KEY);
    await area.set({ [LEGACY_V1_KEY]: versionOneStore() });
    const { snapshot, report } = await storeOver(area).load();
    expect(report.migratedFrom).toBe(1);
    expect(snapshot.entries).toHaveLength(31);
  });
});

describe('a damaged store', () => {
  it('keeps the valid entries, drops and counts the rest, repairs storage, never throws', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    await store.recordAnalysis(email('good1'));
    await store.recordAnalysis(email('good2'));
    await store.markFalseAlarm('camille@client.example', { category: 'urgency', phrase: 'asap' });
    const good = area.items.get(entryStorageKey({ site: 'gmail', messageId: 'good1' })) as Record<string, unknown>;
    await area.set({
      [entryStorageKey({ site: 'gmail', messageId: 'null' })]: null,
      [entryStorageKey({ site: 'gmail', messageId: 'text' })]: 'not an entry',
      [entryStorageKey({ site: 'gmail', messageId: 'bad-status' })]: {
        ...good,
        messageId: 'bad-status',
        status: 'maybe',
      },
      [entryStorageKey({ site: 'gmail', messageId: 'no-findings' })]: {
        ...good,
        messageId: 'no-findings',
        findings: [],
      },
      [entryStorageKey({ site: 'gmail', messageId: 'bad-date' })]: { ...good, messageId: 'bad-date', lastSeen: 'soon' },
      [entryStorageKey({ site: 'gmail', messageId: 'misfiled' })]: good,
      // One bad finding among good ones costs only that finding.
      [entryStorageKey({ site: 'gmail', messageId: 'partial' })]: {
        ...good,
        messageId: 'partial',
        findings: [...(good.findings as unknown[]), { category: 'nonsense', phrase: 'x' }],
      },
      'history/revisions/x/y': { client: 1 },
      'history/false-alarms/camille%40client.example': [
        { phrase: 'asap', category: 'urgency', at: '2026-05-01T00:00:00Z' },
        { phrase: 42 },
      ],
      'history/unknown': 'left over',
      [META_KEY]: { version: HISTORY_SCHEMA_VERSION, retention: { maxEntries: 'lots' } },
    });
    const { snapshot, report } = await storeOver(area).load();
    expect(snapshot.entries.map((e) => e.messageId).sort()).toEqual(['good1', 'good2', 'partial']);
    expect(report.droppedEntries).toBe(6);
    expect(report.droppedRecords).toBe(3);
    expect(snapshot.retention).toEqual({ maxEntries: 5000, maxAgeMonths: 12 });
    expect(snapshot.falseAlarms.get('camille@client.example')).toHaveLength(1);
    const second = await storeOver(area).load();
    expect(second.report).toMatchObject({ droppedEntries: 0, droppedRecords: 0 });
    expect(second.snapshot.entries).toHaveLength(3);
  });

  it('starts empty from a store that is garbage through and through', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [META_KEY]: 'garbage', [LEGACY_V1_KEY]: { entries: 'no' } });
    const { snapshot, report } = await storeOver(area).load();
    expect(snapshot.entries).toEqual([]);
    expect(report.migratedFrom).toBe(1);
  });
});

describe('retention', () => {
  it('drops the least recently seen entries past the cap and those older than the age limit', async () => {
    const area = new MemoryStorageArea();
    const store = storeOver(area);
    const entries = sampleEntries(150, { now: NOW });
    await store.merge(entries);
    const { report, snapshot } = await store.load();
    // sampleEntries spreads the dates over one year: some are past the 12-month default.
    const cutoff = new Date(NOW);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 12);
    const tooOld = entries.filter((e) => Date.parse(e.lastSeen) < cutoff.getTime()).length;
    expect(report.expired).toBe(tooOld);
    expect(snapshot.entries).toHaveLength(150 - tooOld);

    expect(await store.setRetention({ maxEntries: 100, maxAgeMonths: 12 })).toBe(150 - tooOld - 100);
    const kept = (await store.load()).snapshot.entries;
    expect(kept).toHaveLength(100);
    const oldestKept = Math.min(...kept.map((e) => Date.parse(e.lastSeen)));
    const newestDropped = Math.max(
      ...entries.filter((e) => !kept.some((k) => k.messageId === e.messageId)).map((e) => Date.parse(e.lastSeen)),
    );
    expect(newestDropped).toBeLessThanOrEqual(oldestKept);
  });

  it('keeps limits within bounds', async () => {
    const store = storeOver(new MemoryStorageArea());
    await store.setRetention({ maxEntries: -5, maxAgeMonths: 6 });
    expect(await store.retention()).toEqual({ maxEntries: 5000, maxAgeMonths: 6 });
  });
});

describe('two writers at once', () => {
  /** Each storage call completes after a random number of event-loop turns, so calls of both writers interleave. */
  function jitteryArea(seed: number): MemoryStorageArea {
    let state = seed;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    return new MemoryStorageArea(async () => {
      for (let turns = Math.floor(random() * 4); turns >= 0; turns--) await new Promise((r) => setTimeout(r, 0));
    });
  }

  it('loses no entry when two contexts without a shared lock record different emails', async () => {
    const area = jitteryArea(7);
    // Two contexts (say two background events racing, or a browser without navigator.locks): separate locks.
    const tabA = storeOver(area);
    const tabB = storeOver(area);
    await Promise.all([
      Promise.all(Array.from({ length: 40 }, (_, i) => tabA.recordAnalysis(email(`a${i}`)))),
      Promise.all(Array.from({ length: 40 }, (_, i) => tabB.recordAnalysis(email(`b${i}`)))),
    ]);
    const writers = area.log
      .filter((call) => call.op === 'set')
      .map((call) => call.keys.join())
      .map((k) => k.match(/\/([ab])\d/)?.[1]);
    const switches = writers.filter((w, i) => i > 0 && w && writers[i - 1] && w !== writers[i - 1]).length;
    expect(switches).toBeGreaterThan(5);
    const { snapshot } = await storeOver(area).load();
    expect(snapshot.entries).toHaveLength(80);
  });

  it('keeps a status change made while another context reopens the same email, under the shared lock', async () => {
    const area = jitteryArea(3);
    const lock = queueLock();
    const background = new HistoryStore(area, { now: () => NOW, lock });
    const popup = new HistoryStore(area, { now: () => NOW + 1000, lock });
    await background.recordAnalysis(email('m1'));
    await Promise.all([
      popup.setStatus({ site: 'gmail', messageId: 'm1' }, 'handled'),
      background.recordAnalysis(email('m1', { subject: 'Refonte du site (v2)' })),
      popup.recordReply({ site: 'gmail', messageId: 'm1' }, 'firm'),
    ]);
    const entry = await background.getEntry({ site: 'gmail', messageId: 'm1' });
    expect(entry).toMatchObject({ status: 'handled', subject: 'Refonte du site (v2)', reply: { tone: 'firm' } });
  });
});
