/**
 * `npm run prefilters`: works out the literal prefilter of every phrase-rule pattern (scripts/lib/prefilters.ts) and
 * writes src/analysis/prefilters-json.ts. Run it after changing rules; a test fails while the table is stale.
 */
import { writeFileSync } from 'node:fs';
import { PHRASE_PATTERNS } from '../src/analysis/phrase-rule.ts';
import '../src/analysis/rules/index.ts';
import { prefiltersModule, trainingReference } from './lib/prefilters.ts';

const out = new URL('../src/analysis/prefilters-json.ts', import.meta.url);
const started = performance.now();
writeFileSync(out, prefiltersModule(PHRASE_PATTERNS.keys(), trainingReference()));
console.log(
  `${PHRASE_PATTERNS.size} patterns read in ${Math.round(performance.now() - started)} ms; wrote ${out.pathname}`,
);
