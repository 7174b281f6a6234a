import { describe, expect, it } from 'vitest';
import { replyProblems } from '../replies/check-reply.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import type { UserTemplate } from '../replies/user-templates.ts';
import { sampleReply, templatePreview } from './sample-reply.ts';

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

describe('the preview of a template the user writes', () => {
  const draft: UserTemplate = {
    id: 'draft',
    category: 'off_hours',
    lang: 'fr',
    register: 'tu',
    tone: 'firm',
    text: 'Je travaille {workingTime} ; je peux te livrer {nextSlot}, ou plus tôt avec {rushPercent} de plus.',
  };

  it('shows the whole sample reply in its language, register and tone, with its paragraph marked and filled', () => {
    const preview = templatePreview(FULL, draft, NOW);
    expect(preview.lang).toBe('fr');
    const own = preview.paragraphs.filter((p) => p.own);
    expect(own).toHaveLength(1);
    expect(own[0]?.text).toMatch(/^Je travaille du lundi au vendredi.*je peux te livrer .*50\s?% de plus\.$/);
    expect(preview.paragraphs.length).toBeGreaterThan(3);
    const text = preview.paragraphs.map((p) => p.text).join('\n\n');
    expect(replyProblems(text, 'fr', 'tu')).toEqual([]);
  });

  it('says which placeholders have no value, and marks nothing when the template cannot be used', () => {
    const preview = templatePreview({ ...FULL, rushSurchargePercent: null }, draft, NOW);
    expect(preview.values.rushPercent).toBeUndefined();
    expect(preview.values.workingTime).toBeDefined();
    expect(preview.paragraphs.some((p) => p.own)).toBe(false);
    expect(templatePreview(FULL, { ...draft, text: 'At {price}.' }, NOW).paragraphs.some((p) => p.own)).toBe(false);
  });

  it('stands in for the saved template of the same kind it edits', () => {
    const saved = { ...draft, id: 'saved', text: 'SAVED ONE.' };
    const preview = templatePreview({ ...FULL, replyTemplates: [saved] }, { ...draft, text: 'DRAFT ONE.' }, NOW);
    const text = preview.paragraphs.map((p) => p.text).join('\n\n');
    expect(text).toContain('DRAFT ONE.');
    expect(text).not.toContain('SAVED ONE.');
  });
});
