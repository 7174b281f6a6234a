import type { Category } from '../types.ts';

/** The second-opinion model as `npm run train` writes it to weights-json.ts (as one JSON string). */
export interface ModelWeights {
  version: 1;
  /** How many labelled emails it was trained on. */
  trainedOn: number;
  /** The vocabulary, sorted, with each term's inverse document frequency. */
  terms: string[];
  idf: number[];
  bias: Record<Category, number>;
  /** One weight per term, per category. */
  weights: Record<Category, number[]>;
}
