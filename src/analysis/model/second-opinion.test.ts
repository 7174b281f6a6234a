import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import { splitSentences } from '../sentences.ts';
import { foldBody } from '../text.ts';
import type { Category } from '../types.ts';
import { MODEL_THRESHOLDS, secondOpinion } from './second-opinion.ts';

function opinion(body: string, skip: Category[] = []) {
  const text = foldBody(body).text;
  return secondOpinion(text, splitSentences(text), new Set(skip)).map((hit) => ({
    ...hit,
    words: text.slice(hit.start, hit.end),
  }));
}

const BUDGET =
  "Bonjour Claire, merci pour les maquettes. Le budget est serré cette année : nous espérions que l'ensemble reste " +
  'proche de ce que nous avions payé pour le dernier projet, voire un peu en dessous. Dites-moi ce qui est possible. ' +
  'Cordialement, Paul';

describe('secondOpinion', () => {
  test('names the category it is sure of and the sentence that weighs most', () => {
    const [hit, ...others] = opinion(BUDGET);
    expect(others).toEqual([]);
    expect(hit).toMatchObject({ category: 'rate_pressure' });
    expect(hit?.words).toContain('nous avions paye');
    expect(hit?.confidence).toBeGreaterThanOrEqual(MODEL_THRESHOLDS.rate_pressure);
    expect(hit?.reason.en).toContain('price or payment');
  });

  test('says nothing of a category it is told to skip (found by a rule, or turned off)', () => {
    expect(opinion(BUDGET, ['rate_pressure'])).toEqual([]);
  });

  test('says nothing on a clean note, nor on a message too short to judge', () => {
    expect(
      opinion(
        'Hi Sam, thanks for the files, all received and approved. The invoice was paid this morning and we will ' +
          'be in touch in the new year about the next phase. Have a lovely holiday, Jo',
      ),
    ).toEqual([]);
    expect(opinion('Budget serré : moins cher ?')).toEqual([]);
    expect(opinion('')).toEqual([]);
  });

  test('says nothing on a message longer than any it learned from (a report, a thread): rules still read those', () => {
    const report = 'The quarterly figures are attached and the board meets next month to review them. '.repeat(20);
    expect(opinion(BUDGET)).not.toEqual([]);
    expect(opinion(`${BUDGET} ${report}`)).toEqual([]);
  });
});

describe('the model inside analyze', () => {
  const emails = ['set-9.jsonl', 'set-10.jsonl'].flatMap((file) =>
    readFileSync(new URL(`../../../tests/fixtures/training/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { body: string; sent_at: string; from: string; subject: string }),
  );
  const analyses = emails.map((e) => ({
    body: e.body,
    analysis: analyze({ body: e.body, sentAt: e.sent_at, from: e.from, subject: e.subject }),
  }));
  const modelFindings = analyses.flatMap(({ body, analysis }) =>
    analysis.findings.filter((f) => f.rule.startsWith('model/')).map((f) => ({ body, analysis, f })),
  );

  test('adds findings on mail it learned from, each in the newest message, for a category no rule found', () => {
    expect(modelFindings.length).toBeGreaterThan(0);
    for (const { body, analysis, f } of modelFindings) {
      expect(body.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(analysis.newest.start);
      expect(f.end).toBeLessThanOrEqual(analysis.newest.end);
      expect(f.rule).toBe(`model/${f.category}`);
      expect(analysis.findings.filter((g) => g.category === f.category)).toEqual([f]);
      expect(analysis.categories).toContain(f.category);
    }
  });

  test('never speaks for a category the user turned off', () => {
    for (const { body, f } of modelFindings.slice(0, 5)) {
      const off = { ...DEFAULT_ANALYSIS_SETTINGS.enabledCategories, [f.category]: false };
      const again = analyze({ body }, { ...DEFAULT_ANALYSIS_SETTINGS, enabledCategories: off });
      expect(again.findings.some((g) => g.category === f.category)).toBe(false);
    }
  });
});
