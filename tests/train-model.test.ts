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
import PACKED_WEIGHTS from '../src/analysis/model/packed-weights.ts';
import { unpackModel, type ModelWeights, type PackedModel } from '../src/analysis/model/weights.ts';

/** The largest gap between two lists of numbers of the same length. */
function largestGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  return Math.max(0, ...Array.from(a, (x, i) => Math.abs(x - (b[i] as number))));
}

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

  test('writes the model as a module whose default export unpacks back to it, each number within 0.0002', async () => {
    const model = trainModel(toy, { ...DEFAULT_TRAINING, minWeight: 0 });
    const url = `data:text/javascript,${encodeURIComponent(weightsModule(model))}`;
    const written = unpackModel(((await import(/* @vite-ignore */ url)) as { default: PackedModel }).default);
    expect(written.terms).toEqual(model.terms);
    expect(written.bias).toEqual(model.bias);
    expect(largestGap(written.idf, model.idf)).toBe(0);
    for (const category of ['urgency', 'rate_pressure'] as const) {
      expect(largestGap(written.weights[category], model.weights[category])).toBeLessThan(2e-4);
      expect(probabilityOf(written, 'asap please', category)).toBeCloseTo(
        probabilityOf(model, 'asap please', category),
        3,
      );
    }
  });

  test('sorts the terms the way the analysis searches them (second-opinion.ts)', () => {
    const { terms } = unpackModel(PACKED_WEIGHTS);
    expect(terms.length).toBeGreaterThan(1000);
    expect(terms.every((term, i) => i === 0 || (terms[i - 1] as string) < term)).toBe(true);
  });

  test('is deterministic: the same emails give the same weights', () => {
    expect(trainModel(toy)).toEqual(trainModel(toy));
  });

  test('the committed packed-weights.ts is what `npm run train` makes from the committed sets', () => {
    const committed = unpackModel(PACKED_WEIGHTS);
    expect(TRAINING_SETS.some((set) => set.includes('dev.jsonl'))).toBe(false);
    const retrained = trainModel(trainingEmails(TRAINING_SETS));
    expect(retrained.trainedOn).toBe(committed.trainedOn);
    expect(retrained.terms).toEqual(committed.terms);
    for (const [category, weights] of Object.entries(retrained.weights)) {
      expect(largestGap(weights, committed.weights[category as keyof ModelWeights['weights']])).toBeLessThan(2e-4);
    }
  }, 120_000);
});
