import { describe, expect, test } from 'vitest';
import {
  DEFAULT_TRAINING,
  trainingEmails,
  trainModel,
  TRAINING_SETS,
  weightsModule,
} from '../scripts/lib/train-model.ts';
import { probability, tfidf } from '../src/analysis/model/tfidf.ts';
import { termsOf } from '../src/analysis/model/terms.ts';
import WEIGHTS_JSON from '../src/analysis/model/weights-json.ts';
import type { ModelWeights } from '../src/analysis/model/weights.ts';

function probabilityOf(model: ModelWeights, text: string, category: 'urgency' | 'rate_pressure'): number {
  const index = new Map(model.terms.map((t, i) => [t, i]));
  return probability(tfidf(termsOf(text), index, model.idf), model.weights[category], model.bias[category]);
}

describe('trainModel', () => {
  const toy = [
    ...['need it asap please', 'asap would be great', 'send the files asap', 'asap, the printer waits'].map((text) => ({
      text,
      labels: ['urgency' as const],
    })),
    ...['thanks for the files', 'the invoice is paid', 'see you next month', 'lovely work on the files'].map(
      (text) => ({ text, labels: [] }),
    ),
  ];

  test('learns what separates the labelled emails, and nothing for a category never seen', () => {
    const model = trainModel(toy, { ...DEFAULT_TRAINING, minWeight: 0 });
    expect(probabilityOf(model, 'asap please', 'urgency')).toBeGreaterThan(0.5);
    expect(probabilityOf(model, 'thanks for the files', 'urgency')).toBeLessThan(0.5);
    expect(probabilityOf(model, 'asap please', 'rate_pressure')).toBeLessThan(0.5);
    expect(model.trainedOn).toBe(toy.length);
  });

  test('writes the model as a module whose default export parses back to it', async () => {
    const model = trainModel(toy);
    const url = `data:text/javascript,${encodeURIComponent(weightsModule(model))}`;
    const written = (await import(/* @vite-ignore */ url)) as { default: string };
    expect(JSON.parse(written.default)).toEqual(model);
  });

  test('is deterministic: the same emails give the same weights', () => {
    expect(trainModel(toy)).toEqual(trainModel(toy));
  });

  test('the committed weights-json.ts is what `npm run train` makes from the committed sets', () => {
    const committed = JSON.parse(WEIGHTS_JSON) as ModelWeights;
    expect(TRAINING_SETS.some((set) => set.includes('dev.jsonl'))).toBe(false);
    const retrained = trainModel(trainingEmails(TRAINING_SETS));
    expect(retrained.trainedOn).toBe(committed.trainedOn);
    expect(retrained.terms).toEqual(committed.terms);
    for (const [category, weights] of Object.entries(retrained.weights)) {
      const kept = committed.weights[category as keyof ModelWeights['weights']];
      expect(Math.max(...weights.map((w, i) => Math.abs(w - (kept[i] as number))))).toBeLessThan(2e-4);
    }
  }, 120_000);
});
