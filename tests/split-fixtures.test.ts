import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreSplitFixtures, type SplitProject } from '../scripts/lib/split-fixtures.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Share of cases matched per project, just under what `npm run split-fixtures` measured. */
const FLOORS: Record<SplitProject, number> = {
  talon: 0.95,
  discourse_email_reply_trimmer: 0.95,
  'crisp-oss': 0.99,
  github: 0.99,
  willdurand: 0.99,
  zapier: 0.99,
  melusine_fr: 0.99,
};

describe('newest-message split on third-party reply fixtures', async () => {
  const scores = await scoreSplitFixtures(path.resolve(repoRoot, '../shared'));
  it.each(scores.map((s) => [s.project, s] as const))('%s', (project, score) => {
    expect(score.cases).toBeGreaterThan(0);
    expect(score.matched / score.cases).toBeGreaterThanOrEqual(FLOORS[project as SplitProject]);
  });
});
