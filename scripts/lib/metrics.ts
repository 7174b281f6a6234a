import { analyze } from '../../src/analysis/analyze.ts';
import type { Analysis, AnalysisSettings, Category, Lang } from '../../src/analysis/types.ts';
import { CATEGORIES } from '../../src/analysis/types.ts';
import { toEmailInput, type CorpusEmail } from './corpus.ts';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  emails: number;
  perLang: Record<
    Lang,
    { emails: number; macroF1: number; categories: Record<Category, Score>; falseFlagRate: number }
  >;
  overall: { macroF1: number; categories: Record<Category, Score>; falseFlagRate: number };
  /** Findings whose phrase overlaps a labelled evidence phrase of the same category. */
  evidence: { findings: number; overlapping: number };
  errors: Array<{ id: string; missed: Category[]; extra: Category[] }>;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function scoreSet(rows: Array<{ gold: Category[]; found: Category[] }>): {
  macroF1: number;
  categories: Record<Category, Score>;
  falseFlagRate: number;
} {
  const categories = {} as Record<Category, Score>;
  for (const c of CATEGORIES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, found } of rows) {
      const g = gold.includes(c);
      const f = found.includes(c);
      if (g && f) tp++;
      else if (f) fp++;
      else if (g) fn++;
    }
    categories[c] = score(tp, fp, fn);
  }
  const clean = rows.filter((r) => r.gold.length === 0);
  const flagged = clean.filter((r) => r.found.length > 0).length;
  return {
    macroF1: CATEGORIES.reduce((sum, c) => sum + categories[c].f1, 0) / CATEGORIES.length,
    categories,
    falseFlagRate: clean.length === 0 ? 0 : flagged / clean.length,
  };
}

/** Finds the offsets of each evidence phrase in the body. */
function evidenceRanges(row: CorpusEmail, category: Category): Array<[number, number]> {
  return (row.evidence?.[category] ?? []).flatMap((phrase) => {
    const at = row.body.indexOf(phrase);
    return at === -1 ? [] : [[at, at + phrase.length] as [number, number]];
  });
}

export function evaluate(rows: CorpusEmail[], settings?: AnalysisSettings): Evaluation {
  const results: Array<{ row: CorpusEmail; analysis: Analysis; lang: Lang }> = rows.map((row) => {
    const analysis = analyze(toEmailInput(row), settings);
    return { row, analysis, lang: row.lang ?? analysis.lang };
  });
  const pairs = results.map(({ row, analysis, lang }) => ({
    lang,
    gold: row.labels ?? [],
    found: analysis.categories,
  }));
  const perLang = {} as Evaluation['perLang'];
  for (const lang of ['en', 'fr'] as const) {
    const subset = pairs.filter((p) => p.lang === lang);
    perLang[lang] = { emails: subset.length, ...scoreSet(subset) };
  }
  let findings = 0;
  let overlapping = 0;
  for (const { row, analysis } of results) {
    for (const f of analysis.findings) {
      if (!(row.labels ?? []).includes(f.category)) continue;
      findings++;
      if (evidenceRanges(row, f.category).some(([s, e]) => f.start < e && s < f.end)) overlapping++;
    }
  }
  return {
    emails: rows.length,
    perLang,
    overall: scoreSet(pairs),
    evidence: { findings, overlapping },
    errors: pairs
      .map((p, i) => ({
        id: rows[i]?.id ?? String(i),
        missed: p.gold.filter((c) => !p.found.includes(c)),
        extra: p.found.filter((c) => !p.gold.includes(c)),
      }))
      .filter((e) => e.missed.length > 0 || e.extra.length > 0),
  };
}
