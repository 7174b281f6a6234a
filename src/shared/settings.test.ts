import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrate,
  parseSettings,
  toAnalysisSettings,
  toReplyOptions,
  toReplyTerms,
  validateSettings,
  type StoredRecord,
} from './settings.ts';

describe('parseSettings', () => {
  it('gives the defaults when nothing or garbage was stored', () => {
    for (const stored of [undefined, null, 'text', 42, [1, 2]]) expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each invalid one by its default', () => {
    const parsed = parseSettings({
      version: 1,
      workingDays: [5, 1, 2],
      workStartMinutes: 600,
      workEndMinutes: 540,
      timeZone: 'Europe/Paris',
      holidayCountry: 'XX',
    });
    expect(parsed.workingDays).toEqual([1, 2, 5]);
    expect([parsed.workStartMinutes, parsed.workEndMinutes]).toEqual([
      DEFAULT_SETTINGS.workStartMinutes,
      DEFAULT_SETTINGS.workEndMinutes,
    ]);
    expect(parsed.timeZone).toBe('Europe/Paris');
    expect(parsed.holidayCountry).toBe(DEFAULT_SETTINGS.holidayCountry);
  });

  it('rejects empty, duplicated or out-of-range working days and unknown time zones', () => {
    for (const workingDays of [[], [1, 1], [7], [1.5], 'mon']) {
      expect(parseSettings({ workingDays }).workingDays).toEqual(DEFAULT_SETTINGS.workingDays);
    }
    expect(parseSettings({ timeZone: 'Mars/Olympus' }).timeZone).toBe(DEFAULT_SETTINGS.timeZone);
  });

  it('never returns the shared defaults object', () => {
    const parsed = parseSettings(undefined);
    parsed.workingDays.push(6);
    expect(DEFAULT_SETTINGS.workingDays).not.toContain(6);
  });
});

describe('migrate', () => {
  const steps = [
    (record: StoredRecord): StoredRecord => ({ ...record, workStartMinutes: Number(record.startHour) * 60 }),
    (record: StoredRecord): StoredRecord => ({ ...record, renamed: true }),
  ];

  it('runs every step from the stored version, in order', () => {
    expect(migrate({ version: 1, startHour: 8 }, steps)).toEqual({
      version: 3,
      startHour: 8,
      workStartMinutes: 480,
      renamed: true,
    });
    expect(migrate({ version: 2 }, steps)).toEqual({ version: 3, renamed: true });
  });

  it('treats an unversioned record as version 1 and leaves a current one alone', () => {
    expect(migrate({ startHour: 10 }, steps).workStartMinutes).toBe(600);
    expect(migrate({ version: 3, x: 1 }, steps)).toEqual({ version: 3, x: 1 });
  });
});

describe('validateSettings', () => {
  it('names each invalid field with a _locales key', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
    expect(
      validateSettings({
        ...DEFAULT_SETTINGS,
        workingDays: [],
        workStartMinutes: 600,
        workEndMinutes: 600,
        timeZone: 'x',
      }),
    ).toEqual({ workingDays: 'errorWorkingDays', workingHours: 'errorWorkingHours', timeZone: 'errorTimeZone' });
  });
});

it('toAnalysisSettings carries the user settings to the detector', () => {
  const analysis = toAnalysisSettings({ ...DEFAULT_SETTINGS, workingDays: [2, 3], timeZone: 'America/Montreal' });
  expect(analysis.workingDays).toEqual([2, 3]);
  expect(analysis.timeZone).toBe('America/Montreal');
  expect(Object.values(analysis.enabledCategories).every(Boolean)).toBe(true);
});

describe('version 2: reply terms and switches', () => {
  it('brings a version 1 record up with the new fields at their defaults and the browser zone for its null zone', () => {
    const parsed = parseSettings({ version: 1, workingDays: [1, 2, 3], timeZone: null, holidayCountry: 'FR' });
    expect(parsed).toMatchObject({
      version: 3,
      workingDays: [1, 2, 3],
      holidayCountry: 'FR',
      timeZone: DEFAULT_SETTINGS.timeZone,
      revisionRoundsIncluded: 2,
      dayRate: null,
      defaultTone: 'warm',
      replyLanguage: 'match',
    });
    expect(Object.values(parsed.enabledCategories).every(Boolean)).toBe(true);
    expect(parseSettings({ version: 1, timeZone: 'Europe/Paris' }).timeZone).toBe('Europe/Paris');
  });

  it('keeps a version 2 choice of the sender clock', () => {
    expect(parseSettings({ version: 2, timeZone: null }).timeZone).toBeNull();
  });

  it('names each invalid term with its own message', () => {
    expect(
      validateSettings({
        ...DEFAULT_SETTINGS,
        revisionRoundsIncluded: 1.5,
        dayRate: 0,
        hourlyRate: Number.NaN,
        rushSurchargePercent: 900,
        currency: 'EURO',
        paymentTermsDays: -1,
        name: 'x'.repeat(101),
        defaultTone: 'rude' as never,
        replyLanguage: 'de' as never,
      }),
    ).toEqual({
      revisionRoundsIncluded: 'errorRevisionRounds',
      dayRate: 'errorRate',
      hourlyRate: 'errorRate',
      rushSurchargePercent: 'errorRushSurcharge',
      currency: 'errorCurrency',
      paymentTermsDays: 'errorPaymentTerms',
      name: 'errorName',
      defaultTone: 'errorDefaultTone',
      replyLanguage: 'errorReplyLanguage',
    });
  });

  it('drops unknown switches and falls back on a damaged switch map', () => {
    const parsed = parseSettings({
      version: 2,
      enabledCategories: { ...DEFAULT_SETTINGS.enabledCategories, urgency: false, future_category: true },
      enabledSites: { gmail: 'yes' },
    });
    expect(parsed.enabledCategories.urgency).toBe(false);
    expect(Object.keys(parsed.enabledCategories)).not.toContain('future_category');
    expect(parsed.enabledSites).toEqual(DEFAULT_SETTINGS.enabledSites);
  });

  it('gives the composer only the terms that are set', () => {
    const terms = toReplyTerms({ ...DEFAULT_SETTINGS, dayRate: 450, name: '  ', paymentTermsDays: 0 });
    expect(terms.dayRate).toBe(450);
    expect(terms.hourlyRate).toBeUndefined();
    expect(terms.name).toBeUndefined();
    expect(terms.paymentTermsDays).toBe(0);
    expect(toAnalysisSettings({ ...DEFAULT_SETTINGS, revisionRoundsIncluded: 4 }).revisionRoundsIncluded).toBe(4);
  });
});

describe('version 3: the user’s own reply templates', () => {
  /** A version 2 record with every field away from its default, as the options page saved it. */
  const V2 = {
    version: 2,
    workingDays: [2, 3, 4],
    workStartMinutes: 8 * 60 + 30,
    workEndMinutes: 16 * 60,
    timeZone: 'America/Montreal',
    holidayCountry: 'CA-QC',
    revisionRoundsIncluded: 3,
    dayRate: 520,
    hourlyRate: 75,
    rushSurchargePercent: 35,
    currency: 'CAD',
    paymentTermsDays: 45,
    name: 'Camille Roy',
    signature: 'Camille Roy\nIllustratrice',
    defaultTone: 'firm',
    replyLanguage: 'fr',
    enabledCategories: { ...DEFAULT_SETTINGS.enabledCategories, rate_pressure: false },
    enabledSites: { gmail: true, outlook: false },
  };

  it('upgrades a version 2 store and keeps every setting', () => {
    const parsed = parseSettings(structuredClone(V2));
    expect(parsed).toEqual({ ...V2, version: 3, replyTemplates: [] });
    // Nothing came from the defaults: every field of the record was kept.
    for (const field of Object.keys(V2).filter((f) => f !== 'version')) {
      expect(parsed[field as keyof typeof parsed], field).not.toEqual(DEFAULT_SETTINGS[field as keyof typeof parsed]);
    }
  });

  const own = {
    id: 'a',
    category: 'urgency',
    lang: 'fr',
    register: 'tu',
    tone: 'warm',
    text: 'Je peux te le livrer {nextSlot}.',
  } as const;

  it('keeps valid templates and drops only the damaged one', () => {
    const parsed = parseSettings({ ...V2, version: 3, replyTemplates: [own, { ...own, id: 'b', text: '{oops}' }] });
    expect(parsed.replyTemplates).toEqual([own]);
    expect(parsed.name).toBe('Camille Roy');
  });

  it('validates the templates as a whole and hands them to the composer', () => {
    const settings = { ...DEFAULT_SETTINGS, replyTemplates: [own] };
    expect(validateSettings(settings)).toEqual({});
    expect(validateSettings({ ...settings, replyTemplates: [own, { ...own, id: 'b' }] })).toEqual({
      replyTemplates: 'errorReplyTemplates',
    });
    expect(toReplyOptions(settings, new Date(0)).userTemplates).toEqual([own]);
  });
});
