/**
 * Prints how often the newest-message split matches third-party reply-parser fixtures.
 * Usage: npx tsx scripts/split-fixtures.ts [--json] [--errors]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreSplitFixtures } from './lib/split-fixtures.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const scores = await scoreSplitFixtures(path.resolve(repoRoot, '../shared'));

if (args.has('--json')) {
  const rows = scores.map(({ project, cases, matched, skipped }) => ({
    project,
    cases,
    matched,
    percent: cases ? Math.round((1000 * matched) / cases) / 10 : 0,
    skipped,
  }));
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('project                          cases  matched      %  skipped assertions');
  for (const { project, cases, matched, skipped } of scores) {
    const percent = cases ? ((100 * matched) / cases).toFixed(1) : '-';
    console.log(
      `${project.padEnd(32)} ${String(cases).padStart(5)}  ${String(matched).padStart(7)}  ${percent.padStart(5)}  ${String(skipped).padStart(7)}`,
    );
  }
  if (args.has('--errors')) {
    for (const { project, failures } of scores) {
      for (const f of failures) {
        console.log(
          `\n--- ${project} / ${f.name}\nexpected: ${JSON.stringify(f.expected)}\nactual:   ${JSON.stringify(f.actual)}`,
        );
      }
    }
  }
}
