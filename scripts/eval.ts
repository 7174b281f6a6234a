/**
 * `npm run eval -- <file.jsonl> [--json] [--errors]`: scores the detector on a labelled corpus.
 */
import { CATEGORIES } from '../src/analysis/types.ts';
import { readJsonl } from './lib/corpus.ts';
import { evaluate, type Score } from './lib/metrics.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- <file.jsonl> [--json] [--errors]');
  process.exit(2);
}
const result = evaluate(readJsonl(file));

if (args.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x: number): string => x.toFixed(3);
  const row = (name: string, s: Score): string =>
    `${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  for (const lang of ['en', 'fr'] as const) {
    const l = result.perLang[lang];
    if (l.emails === 0) continue;
    console.log(
      `\n${lang}: ${l.emails} emails, macro-F1 ${pct(l.macroF1)}, false flags on clean ${(l.falseFlagRate * 100).toFixed(1)}%`,
    );
    for (const c of CATEGORIES) console.log('  ' + row(c, l.categories[c]));
  }
  console.log(
    `\nall: ${result.emails} emails, macro-F1 ${pct(result.overall.macroF1)}, false flags on clean ${(result.overall.falseFlagRate * 100).toFixed(1)}%`,
  );
  for (const c of CATEGORIES) console.log('  ' + row(c, result.overall.categories[c]));
  console.log(
    `\nfindings overlapping a labelled evidence phrase: ${result.evidence.overlapping}/${result.evidence.findings}`,
  );
  if (args.includes('--errors')) {
    console.log('\nerrors:');
    for (const e of result.errors)
      console.log(`  ${e.id}  missed [${e.missed.join(' ')}]  extra [${e.extra.join(' ')}]`);
  }
}
