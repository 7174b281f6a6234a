/**
 * `npm run train [-- --exclude <set.jsonl> …]`: trains the second-opinion model on the labelled sets of
 * `TRAINING_SETS` (minus any excluded, to measure it on a set it has not seen) and writes
 * src/analysis/model/packed-weights.ts (the model, packed: weights.ts).
 */
import { writeFileSync } from 'node:fs';
import { trainingEmails, trainModel, TRAINING_SETS, weightsModule } from './lib/train-model.ts';

const args = process.argv.slice(2);
const excluded = args.flatMap((arg, i) => (args[i - 1] === '--exclude' ? [arg.replace(/^\.\//, '')] : []));
const sets = TRAINING_SETS.filter((set) => !excluded.includes(set));
const started = performance.now();
const model = trainModel(trainingEmails(sets));
const out = new URL('../src/analysis/model/packed-weights.ts', import.meta.url);
writeFileSync(out, weightsModule(model));
console.log(
  `trained on ${model.trainedOn} emails from ${sets.length} sets in ${Math.round(performance.now() - started)} ms: ` +
    `${model.terms.length} terms kept; wrote ${out.pathname}`,
);
