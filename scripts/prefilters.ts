/**
 * `npm run prefilters`: works out the literal prefilter of every registered pattern (src/analysis/prefilter.ts,
 * scripts/lib/prefilters.ts) and writes src/analysis/prefilter-table.ts. Run it after changing rules or the training
 * mail it ranks their words on; a test fails while the table is stale.
 */
import { writeFileSync } from 'node:fs';
import '../src/analysis/analyze.ts';
import { PREFILTERED } from '../src/analysis/prefilter.ts';
import { prefiltersModule, trainingReference } from './lib/prefilters.ts';

const out = new URL('../src/analysis/prefilter-table.ts', import.meta.url);
const started = performance.now();
writeFileSync(out, prefiltersModule(PREFILTERED.keys(), trainingReference()));
console.log(
  `${PREFILTERED.size} patterns read in ${Math.round(performance.now() - started)} ms; wrote ${out.pathname}`,
);
