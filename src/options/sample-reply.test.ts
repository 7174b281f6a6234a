import { describe, expect, it } from 'vitest';
import { replyProblems } from '../replies/check-reply.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { sampleReply } from './sample-reply.ts';

const NOW = new Date('2026-11-26T15:00:00Z');
const FULL: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'Europe/Paris',
  dayRate: 450,
  hourlyRate: 60,
  rushSurchargePercent: 50,
  paymentTermsDays: 30,
  name: 'Alex Martin',
};

describe('the options page sample reply', () => {
  it.each([
    ['defaults', DEFAULT_SETTINGS],
    ['every term set', FULL],
    ['sender clock, no terms', { ...DEFAULT_SETTINGS, timeZone: null, revisionRoundsIncluded: 0 }],
  ] as const)('reads clean in both languages with %s', (_name, settings) => {
    for (const lang of ['en', 'fr'] as const) {
      const reply = sampleReply(settings, lang, NOW);
      expect(reply?.lang).toBe(lang);
      expect(replyProblems(reply?.text ?? '', lang, lang === 'fr' ? 'vous' : undefined)).toEqual([]);
    }
  });

  it('quotes the terms, in the default tone and the chosen language', () => {
    const reply = sampleReply({ ...FULL, defaultTone: 'firm', replyLanguage: 'fr' }, 'en', NOW);
    expect(reply).toMatchObject({ tone: 'firm', lang: 'fr' });
    expect(reply?.text).toMatch(/50\s?%/);
    expect(reply?.text).toContain('Alex Martin');
  });
});
