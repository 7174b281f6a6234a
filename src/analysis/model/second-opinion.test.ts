import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import { splitSentences } from '../sentences.ts';
import { foldBody } from '../text.ts';
import { CATEGORIES, type Category } from '../types.ts';
import {
  MODEL_DOUBTS,
  MODEL_THRESHOLDS,
  modelDoubts,
  modelReading,
  ONE_SENTENCE,
  secondOpinion,
  SURE,
  SURE_DOUBTS,
} from './second-opinion.ts';

/** The model's reading of a whole body, as analyze gives it the message. */
function readingOf(body: string) {
  const text = foldBody(body).text;
  return modelReading(text, splitSentences(text));
}

function opinion(body: string, skip: Category[] = []) {
  const text = foldBody(body).text;
  const sentences = splitSentences(text);
  const overall = modelReading(text, sentences);
  if (!overall) return [];
  return secondOpinion(text, sentences, overall, new Set(skip)).map((hit) => ({
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

  test('is sure from one sentence in a message that only could be of the category', () => {
    const body =
      'Hello Sam, thanks again for the photos of the new shop, the owners loved them and we have already used two on ' +
      "the website. The opening went well and the local paper came by. While you're on it, could you also retouch " +
      'the twenty older product shots from last year for the catalogue? Cheers, Tom';
    const whole = readingOf(body)?.scope_creep as number;
    expect(whole).toBeLessThan(MODEL_THRESHOLDS.scope_creep);
    expect(whole).toBeGreaterThanOrEqual(ONE_SENTENCE.scope_creep?.message as number);
    const [hit, ...others] = opinion(body);
    expect(others).toEqual([]);
    expect(hit).toMatchObject({ category: 'scope_creep' });
    expect(hit?.words).toContain('could you also retouch');
    expect(hit?.confidence).toBeGreaterThanOrEqual(ONE_SENTENCE.scope_creep?.sentence as number);
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

describe('the model overruling a rule', () => {
  // The building's own changes, made at short notice by its manager: the rules see "need changes" and "at short
  // notice"; read as a whole, the mail asks the reader for nothing.
  const BUILDING =
    "Hi Dana, the facilities team says the fire doors need changes before Friday's inspection, so the building " +
    'manager is on it this week, at short notice. Your part of the office move stays exactly as agreed and nothing ' +
    'changes for you. I will send the signed purchase order on Thursday. Thanks again, Priya';
  const sentAt = '2026-11-24T10:00:00+01:00';

  test('drops the findings of categories it finds very unlikely, which the rules alone would raise', async () => {
    expect(analyze({ body: BUILDING, sentAt }).findings).toEqual([]);
    vi.resetModules();
    vi.doMock('./second-opinion.ts', async (original) => ({
      ...(await original<typeof import('./second-opinion.ts')>()),
      modelDoubts: () => false,
    }));
    const rulesAlone = (await import('../analyze.ts')).analyze({ body: BUILDING, sentAt });
    vi.doUnmock('./second-opinion.ts');
    expect(rulesAlone.categories).toEqual(['urgency', 'extra_revisions']);
  });

  test('overrules an explicit "ASAP" only in a mail that reads as all but certainly not urgent', () => {
    const vendors =
      'Hello Marc, thank you for the lovely spring newsletter, the team loved it. Good catch on the expiring domain ' +
      'too: our IT provider has been told to renew it ASAP, which is their job rather than yours. Nothing for you to ' +
      'do, and the content plan we agreed for March stays as it is. See you at the review on the 12th. Kind regards, Ines';
    expect(readingOf(vendors)?.urgency).toBeLessThan(SURE_DOUBTS.urgency as number);
    expect(analyze({ body: vendors, sentAt }).findings).toEqual([]);

    const cards =
      "Bonjour, le logo est validé, merci ! Par contre, c'est urgent pour les cartes de visite : il me les faudrait " +
      'pour lundi, donc si vous pouviez avancer dessus ce week-end, ce serait top. Pour le tarif, vous pourriez nous ' +
      'faire un petit geste ? On est une petite boutique. Cordialement, Julien';
    const urgency = readingOf(cards)?.urgency as number;
    expect(urgency).toBeLessThan(MODEL_DOUBTS.urgency as number);
    expect(urgency).toBeGreaterThanOrEqual(SURE_DOUBTS.urgency as number);
    expect(analyze({ body: cards, sentAt: '2026-11-28T10:12:00+01:00' }).categories).toContain('urgency');
  });

  test('only where the words carry the category, and only on a message long enough to read', () => {
    const unlikely = { ...Object.fromEntries(CATEGORIES.map((c) => [c, 0.01])) } as Record<Category, number>;
    const doubted = (confidence: number, overall?: Record<Category, number>) =>
      CATEGORIES.filter((category) => modelDoubts({ category, confidence }, overall));
    expect(doubted(0.8, unlikely)).toEqual(['urgency', 'extra_revisions', 'off_hours', 'scope_creep', 'rate_pressure']);
    expect(doubted(SURE, unlikely)).toEqual(['urgency']);
    expect(doubted(0.8, undefined)).toEqual([]);
    const text = foldBody('Can you make the changes urgently?').text;
    expect(modelReading(text, splitSentences(text))).toBeUndefined();
  });
});
