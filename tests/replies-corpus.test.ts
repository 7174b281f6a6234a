import path from 'node:path';
import { expect, test } from 'vitest';
import { readJsonl, toEmailInput } from '../scripts/lib/corpus.ts';
import { analyze } from '../src/analysis/analyze.ts';
import { detectRegister } from '../src/analysis/register.ts';
import type { Category, Finding } from '../src/analysis/types.ts';
import { replyProblems } from '../src/replies/check-reply.ts';
import { composeReplies } from '../src/replies/compose.ts';
import { DEFAULT_REPLY_TERMS } from '../src/replies/terms.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const rows = readJsonl(path.resolve(repoRoot, '../shared/corpus/dev.jsonl'));

/**
 * The labels' evidence as findings, for the categories the detector missed:
 * replies are checked on every labelled email, whatever the detector's recall.
 */
function labelledFindings(
  labels: Category[],
  evidence: Partial<Record<Category, string[]>>,
  found: Finding[],
): Finding[] {
  return labels
    .filter((category) => !found.some((f) => f.category === category))
    .map((category) => ({
      category,
      rule: 'corpus/label',
      reason: { en: 'labelled', fr: 'étiqueté' },
      text: evidence[category]?.[0] ?? '',
      start: 0,
      end: 0,
      confidence: 1,
    }));
}

test('every flagged corpus email gets three replies in its language and register, with nothing left unfilled', () => {
  const failures: string[] = [];
  let composed = 0;
  for (const row of rows) {
    const email = toEmailInput(row);
    const analysis = analyze(email);
    if (analysis.status !== 'analyzed') continue;
    const findings = [
      ...analysis.findings,
      ...labelledFindings(row.labels ?? [], row.evidence ?? {}, analysis.findings),
    ];
    if (findings.length === 0) continue;
    const lang = row.lang ?? analysis.lang;
    const register = lang === 'fr' ? detectRegister(analysis.newest.text) : undefined;
    const replies = composeReplies({ ...analysis, findings }, email, DEFAULT_REPLY_TERMS);
    composed++;
    if (replies.length !== 3) failures.push(`${row.id}: ${replies.length} replies`);
    for (const reply of replies) {
      const problems = replyProblems(reply.text, lang, register);
      if (reply.lang !== lang) problems.push(`lang field ${reply.lang}`);
      if (problems.length > 0) failures.push(`${row.id} [${reply.tone}]: ${problems.join('; ')}\n${reply.text}`);
    }
  }
  expect(composed).toBeGreaterThan(50);
  expect(failures).toEqual([]);
  // The whole detector runs on every corpus email first: minutes on a busy 2-core machine is not a failure.
}, 120_000);
