/**
 * Term weights the model reads: sublinear term frequency (1 + ln count) times the term's inverse document frequency,
 * scaled to unit length, over the vocabulary the model was trained with (terms outside it count for nothing).
 * The same scheme as scikit-learn's `TfidfVectorizer(sublinear_tf=True)`, written out because it is a dozen lines.
 */
/** Where each term of the vocabulary stands: a Map, or a search of the sorted terms (second-opinion.ts). */
export interface Vocabulary {
  get(term: string): number | undefined;
}

export interface SparseVector {
  indices: number[];
  values: number[];
}

export function tfidf(terms: readonly string[], index: Vocabulary, idf: ArrayLike<number>): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const i = index.get(term);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const values = indices.map((i) => (1 + Math.log(counts.get(i) as number)) * (idf[i] as number));
  let squares = 0;
  for (const v of values) squares += v * v;
  const norm = Math.sqrt(squares);
  return { indices, values: norm > 0 ? values.map((v) => v / norm) : values };
}

/** The logistic probability of a linear model on a sparse vector. */
export function probability(vector: SparseVector, weights: ArrayLike<number>, bias: number): number {
  let z = bias;
  for (let k = 0; k < vector.indices.length; k++)
    z += (weights[vector.indices[k] as number] as number) * (vector.values[k] as number);
  return 1 / (1 + Math.exp(-z));
}
