import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildContext } from '../analyze.ts';
import type { Rule, RuleExample } from '../rule.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import { foldBody } from '../text.ts';
import { RULES } from './index.ts';

function fires(rule: Rule, example: RuleExample): boolean {
  const { text, sentAt } = typeof example === 'string' ? { text: example, sentAt: null } : example;
  const folded = foldBody(text).text;
  const context = buildContext(folded, { start: 0, end: folded.length }, rule.lang, sentAt, DEFAULT_ANALYSIS_SETTINGS);
  return rule.find(context).length > 0;
}

const label = (e: RuleExample): string => (typeof e === 'string' ? e : `${e.text} (sent ${e.sentAt})`);

describe.each(RULES.map((rule) => [`${rule.lang}/${rule.id}`, rule] as const))('%s', (_name, rule) => {
  test.each(rule.examples.fires.map((e) => [label(e), e] as const))('fires on %s', (_l, example) => {
    expect(fires(rule, example)).toBe(true);
  });
  test.each(rule.examples.quiet.map((e) => [label(e), e] as const))('stays quiet on %s', (_l, example) => {
    expect(fires(rule, example)).toBe(false);
  });
});

describe('rule conventions', () => {
  test('every rule file is registered, named after its id, with cases both ways', () => {
    for (const lang of ['en', 'fr'] as const) {
      const files = readdirSync(new URL(`./${lang}/`, import.meta.url)).filter((f) => !f.endsWith('.test.ts'));
      const ids = RULES.filter((r) => r.lang === lang).map((r) => `${r.id.replace('/', '-')}.ts`);
      expect(ids.sort()).toEqual(files.sort());
    }
    for (const rule of RULES) {
      expect(rule.examples.fires.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.quiet.length, rule.id).toBeGreaterThan(0);
      expect(rule.reason.en.length && rule.reason.fr.length, rule.id).toBeGreaterThan(0);
    }
  });

  test('rule ids are unique per language', () => {
    const keys = RULES.map((r) => `${r.lang}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/**
 * The dev corpus measures the detector and our own validation and training sets check that
 * it generalises; a hold-out set written the same way judges it. Examples
 * copied from any of them would only prove the rules fit those emails, so they fail
 * here: write your own phrasing.
 */
describe('rule examples are not copied from the labelled sets', () => {
  const fixtures = (dir: string): URL[] =>
    readdirSync(new URL(`../../../tests/fixtures/${dir}`, import.meta.url))
      .filter((file) => file.endsWith('.jsonl'))
      .map((file) => new URL(`../../../tests/fixtures/${dir}${file}`, import.meta.url));
  const sets = [
    new URL('../../../../shared/corpus/dev.jsonl', import.meta.url),
    ...fixtures(''),
    ...fixtures('training/'),
    ...fixtures('calibration/'),
    ...fixtures('sealed/'),
    ...fixtures('steered/'),
  ];
  const words = (text: string): string[] =>
    foldBody(text)
      .text.split(/[^a-z0-9']+/)
      .filter(Boolean);
  const MAX_SHARED_WORDS = 7;
  const runsOf = (w: readonly string[]): string[] =>
    w.slice(MAX_SHARED_WORDS).map((_, i) => w.slice(i, i + MAX_SHARED_WORDS + 1).join(' '));
  // Every run of eight words in the sets, read once: each example's runs are then looked up, not searched for.
  const copied = new Set(
    sets.flatMap((set) =>
      readFileSync(set, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => runsOf(words((JSON.parse(line) as { body: string }).body))),
    ),
  );

  test.each(RULES.map((rule) => [`${rule.lang}/${rule.id}`, rule] as const))('%s', (_n, rule) => {
    for (const example of [...rule.examples.fires, ...rule.examples.quiet]) {
      for (const run of runsOf(words(typeof example === 'string' ? example : example.text))) {
        expect(copied.has(run), `"${run}" is copied from a labelled set`).toBe(false);
      }
    }
  });
});
