/**
 * `npm run bench`: how fast and how big the detector is, as figures (never a timed test).
 * - warm: time per email over the corpus (p50, p95, max), after a warm-up pass;
 * - a 100 KB email;
 * - cold: a fresh Node process importing the minified bundle and analysing one email;
 * - the minified (and gzipped) size of the analysis bundle and of what the content
 *   script loads into every webmail page (the extension is built first if needed, into
 *   `$GARDEFOU_DIST` when set);
 * - the history view in the built popup over a generated 5,000-entry history: first screen
 *   and filter / search response (scripts/bench-history.ts `--popup`, in real Chromium).
 * `--json` prints the figures for machines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analysis/analyze.ts';
import { CHANGED, ENTRIES, popupFigures } from './bench-history.ts';
import { contentScriptSizes } from './extension-size.ts';
import { buildAnalysisBundle } from './lib/analysis-bundle.ts';
import { readJsonl, toEmailInput } from './lib/corpus.ts';

const CORPUS = resolve('../shared/corpus/dev.jsonl');
const PASSES = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const emails = existsSync(CORPUS) ? readJsonl(CORPUS).map(toEmailInput) : [];
if (emails.length === 0) throw new Error(`no corpus at ${CORPUS}`);
for (const email of emails) analyze(email);
const times: number[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  for (const email of emails) {
    const t0 = performance.now();
    analyze(email);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);

const paragraph = emails
  .slice(0, 20)
  .map((e) => e.body)
  .join('\n\n');
const bigBody = paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000);
const bigEmail = { subject: 'big', body: bigBody, sentAt: '2026-03-13T18:42:00+01:00' };
analyze(bigEmail);
const bigTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  analyze(bigEmail);
  bigTimes.push(performance.now() - t0);
}
bigTimes.sort((a, b) => a - b);

const bundle = await buildAnalysisBundle('.bench');
const coldEmail = JSON.stringify(emails.find((e) => /monday|lundi/i.test(e.body)) ?? emails[0]);
const coldScript = `const t0 = performance.now();
const { analyze } = await import(${JSON.stringify(resolve(bundle.path))});
analyze(${coldEmail});
process.stdout.write(String(performance.now() - t0));`;
const coldTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  coldTimes.push(
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', coldScript], { encoding: 'utf8' })),
  );
}
coldTimes.sort((a, b) => a - b);

const dist = process.env.GARDEFOU_DIST ?? 'dist';
if (!existsSync(`${dist}/chrome/manifest.json`)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const contentScript = contentScriptSizes();
const history = await popupFigures();
const figure = (name: string): number => history[name] ?? NaN;

const figures = {
  emails: emails.length,
  warmMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0 },
  email100kbMs: { median: percentile(bigTimes, 50), max: bigTimes.at(-1) ?? 0 },
  coldMs: { median: percentile(coldTimes, 50), max: coldTimes.at(-1) ?? 0 },
  analysisBundle: { minifiedBytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
  contentScript: { minifiedBytes: contentScript.bytes, gzipBytes: contentScript.gzipBytes },
  historyPopup: history,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const ms = (x: number): string => `${x.toFixed(2)} ms`;
  console.log(
    `analysis, warm, ${figures.emails} corpus emails × ${PASSES}: p50 ${ms(figures.warmMs.p50)}, p95 ${ms(figures.warmMs.p95)}, max ${ms(figures.warmMs.max)}`,
  );
  console.log(
    `analysis of a 100 KB email: median ${ms(figures.email100kbMs.median)}, max ${ms(figures.email100kbMs.max)}`,
  );
  console.log(
    `cold start (import + first analysis, fresh process): median ${ms(figures.coldMs.median)}, max ${ms(figures.coldMs.max)}`,
  );
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`analysis bundle (background): ${kb(bundle.bytes)} minified, ${kb(bundle.gzipBytes)} gzipped`);
  console.log(
    `content script at page start: ${kb(contentScript.bytes)} minified, ${kb(contentScript.gzipBytes)} gzipped (budget 30 kB)`,
  );
  const searches = ['searchOneWordMs', 'searchThreeWordsMs', 'searchNoMatchMs', 'searchRightAfterOpenMs'].map(figure);
  const filters = ['filterCategoryMs', 'filterClientMs', 'filterStatusMs', 'filterDateMs'].map(figure);
  const range = (values: number[]): string => `${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;
  console.log(
    `history view, ${ENTRIES} entries, first screen from opening the popup (budget 200 ms): ${ms(figure('firstScreenCachedMs'))} with the cache in step, ${ms(figure('firstScreenCachedChangedMs'))} with ${CHANGED} entries changed since, ${ms(figure('firstScreenWholeFromCacheMs'))} without the first-screen record (whole history from the cache first), ${ms(figure('firstScreenNoCacheMs'))} without cache (first open after an update); the popup page alone takes ${ms(figure('popupDomReadyMs'))}`,
  );
  console.log(
    `history view, ${ENTRIES} entries, response (budget 50 ms): search ${range(searches)}, filters ${range(filters)}; from a click on its tab ${ms(figure('firstScreenFromTabMs'))}`,
  );
}
