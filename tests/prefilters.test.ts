import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { prefiltersModule, Reference, requiredLiterals, trainingReference } from '../scripts/lib/prefilters.ts';
import '../src/analysis/analyze.ts';
import { patternKey, PREFILTERED, TrigramIndex } from '../src/analysis/prefilter.ts';
import { RULES } from '../src/analysis/rules/index.ts';
import { foldBody } from '../src/analysis/text.ts';

describe('requiredLiterals', () => {
  test('an alternation needs one of its branches, and a sequence each of its parts', () => {
    const sets = requiredLiterals(/\b(?:another|one more) (?:quick |small )?(?:round|pass)s?\b/);
    expect(sets.slice(0, 2)).toEqual([
      ['another', 'one more'],
      ['round', 'pass'],
    ]);
  });

  test('joins literal runs into whole words and phrases', () => {
    expect(requiredLiterals(/\bfor (?:free|nothing)\b/)).toContainEqual(['for free', 'for nothing']);
  });

  test('an optional part, a lookaround, a class or a short string requires nothing', () => {
    expect(requiredLiterals(/(?:urgent)?\d+/)).toEqual([]);
    expect(requiredLiterals(/(?=tomorrow)\w+/)).toEqual([]);
    expect(requiredLiterals(/[a-z]{4,}/)).toEqual([]);
    expect(requiredLiterals(/\b(?:by|at)\d/)).toEqual([]);
  });

  test('one branch that requires nothing frees the whole alternation', () => {
    expect(requiredLiterals(/\b(?:asap|\d+ ?h)\b/)).toEqual([]);
  });

  test('keeps the sets that let the pattern through on the fewest reference texts, and none the others imply', () => {
    const pattern = /\bplease\b.{0,20}\b(?:resend|forward)\b/;
    expect(requiredLiterals(pattern)).toEqual([['please'], ['resend', 'forward']]);
    const reference = new Reference(['please call', 'please forward it', 'please hold', 'thanks, please']);
    expect(requiredLiterals(pattern, reference)).toEqual([['resend', 'forward']]);
  });

  test('reads case-insensitive patterns in lower case, as the folded text is', () => {
    expect(requiredLiterals(/\bASAP\b/i)).toEqual([['asap']]);
  });
});

describe('TrigramIndex', () => {
  test('lets a pattern run only when the text holds one string of each of its sets', () => {
    const pattern = [...PREFILTERED.keys()].find((p) => requiredLiterals(p).length === 2) as RegExp;
    const sets = requiredLiterals(pattern);
    expect(new TrigramIndex('nothing to see here').mayMatch(pattern)).toBe(false);
    expect(new TrigramIndex(`x ${sets[0]?.at(-1)} y`).mayMatch(pattern)).toBe(false);
    expect(new TrigramIndex(`x ${sets[0]?.at(-1)} y ${sets[1]?.[0]} z`).mayMatch(pattern)).toBe(true);
  });

  test('always lets a pattern run that is not in the table', () => {
    const pattern = /\b(?:another|one more) (?:round|pass) of hypothetical\b/;
    expect(patternKey(pattern)).toMatch(/^[0-9a-z]+$/);
    expect(new TrigramIndex('nothing to see here').mayMatch(pattern)).toBe(true);
  });

  test("never stops a rule's pattern from running on text it matches", () => {
    const examples = new Map(
      RULES.map((rule) => [
        `${rule.lang}/${rule.id}`,
        [...rule.examples.fires, ...rule.examples.quiet].map((e) => foldBody(typeof e === 'string' ? e : e.text).text),
      ]),
    );
    // A module's own patterns (`lang/module`, no rule of that id) are checked on every example of their language.
    const ofLanguage = (lang: string): string[] =>
      [...examples].filter(([rule]) => rule.startsWith(`${lang}/`)).flatMap(([, texts]) => texts);
    let stopped = 0;
    let checked = 0;
    for (const [pattern, owner] of PREFILTERED) {
      for (const text of examples.get(owner) ?? ofLanguage(owner.split('/')[0] as string)) {
        checked++;
        if (new TrigramIndex(text).mayMatch(pattern)) continue;
        stopped++;
        pattern.lastIndex = 0;
        expect(pattern.test(text), `${owner}: ${pattern.source.slice(0, 80)} on "${text}"`).toBe(false);
      }
    }
    // The check must be doing something: most of a rule's patterns do not match most of its examples.
    expect(stopped).toBeGreaterThan(checked / 3);
  }, 60_000);
});

test('the committed prefilter-table.ts is what `npm run prefilters` makes from the registered patterns', () => {
  const committed = readFileSync(new URL('../src/analysis/prefilter-table.ts', import.meta.url), 'utf8');
  expect(prefiltersModule(PREFILTERED.keys(), trainingReference())).toBe(committed);
}, 60_000);
