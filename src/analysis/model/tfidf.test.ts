import { describe, expect, test } from 'vitest';
import { probability, tfidf } from './tfidf.ts';

describe('tfidf', () => {
  const index = new Map([
    ['rush', 0],
    ['price', 1],
  ]);
  const idf = [2, 1];

  test('counts grow sublinearly, unknown terms count for nothing, and the vector has unit length', () => {
    const v = tfidf(['rush', 'rush', 'price', 'hello'], index, idf);
    expect(v.indices).toEqual([0, 1]);
    const [rush, price] = v.values as [number, number];
    expect(rush / price).toBeCloseTo((1 + Math.log(2)) * 2, 10);
    expect(Math.hypot(rush, price)).toBeCloseTo(1, 10);
  });

  test('a text with no known term is the zero vector, read as the bias alone', () => {
    const v = tfidf(['hello'], index, idf);
    expect(v).toEqual({ indices: [], values: [] });
    expect(probability(v, [5, 5], 0)).toBe(0.5);
  });

  test('probability is the logistic of the weighted sum', () => {
    expect(probability({ indices: [1], values: [1] }, [0, 2], -1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
});
