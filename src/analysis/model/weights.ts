import { CATEGORIES, type Category } from '../types.ts';

/** The second-opinion model: its vocabulary, and one linear model per category over it. */
export interface ModelWeights {
  /** How many labelled emails it was trained on. */
  trainedOn: number;
  /** The vocabulary, sorted, with each term's inverse document frequency. */
  terms: string[];
  idf: ArrayLike<number>;
  bias: Record<Category, number>;
  /** One weight per term, per category. */
  weights: Record<Category, ArrayLike<number>>;
}

/** Numbers stored as 16-bit integers (little-endian, in base64) times a scale. */
export interface PackedNumbers {
  scale: number;
  base64: string;
}

/**
 * The model as `npm run train` writes it to packed-weights.ts: the terms as one string, a line each, and the numbers
 * as 16-bit integers in base64. A third the size of the same model as JSON, and read with no parsing: the analysis
 * bundle loads faster, which is most of the model's part in a cold start. Sixteen bits keep each weight within 0.0002
 * of the trained one, finer than the steps the thresholds are chosen in.
 */
export interface PackedModel {
  trainedOn: number;
  terms: string;
  idf: PackedNumbers;
  bias: Record<Category, number>;
  weights: Record<Category, PackedNumbers>;
}

const LARGEST = 32_767;

export function packNumbers(values: ArrayLike<number>): PackedNumbers {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i] as number));
  const scale = largest > 0 ? largest / LARGEST : 1;
  const bytes = new DataView(new ArrayBuffer(values.length * 2));
  for (let i = 0; i < values.length; i++) bytes.setInt16(i * 2, Math.round((values[i] as number) / scale), true);
  let binary = '';
  for (let i = 0; i < bytes.byteLength; i++) binary += String.fromCharCode(bytes.getUint8(i));
  return { scale, base64: btoa(binary) };
}

export function unpackNumbers({ scale, base64 }: PackedNumbers): Float64Array {
  const binary = atob(base64);
  const values = new Float64Array(binary.length >> 1);
  for (let i = 0; i < values.length; i++) {
    const bits = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    values[i] = ((bits << 16) >> 16) * scale;
  }
  return values;
}

export function packModel(model: ModelWeights): PackedModel {
  return {
    trainedOn: model.trainedOn,
    terms: model.terms.join('\n'),
    idf: packNumbers(model.idf),
    bias: model.bias,
    weights: Object.fromEntries(CATEGORIES.map((c) => [c, packNumbers(model.weights[c])])) as Record<
      Category,
      PackedNumbers
    >,
  };
}

export function unpackModel(packed: PackedModel): ModelWeights {
  return {
    trainedOn: packed.trainedOn,
    terms: packed.terms === '' ? [] : packed.terms.split('\n'),
    idf: unpackNumbers(packed.idf),
    bias: packed.bias,
    weights: Object.fromEntries(CATEGORIES.map((c) => [c, unpackNumbers(packed.weights[c])])) as Record<
      Category,
      Float64Array
    >,
  };
}
