import { expect, test } from 'vitest';
import { cardinalWords, ordinalWords } from './number-words.ts';

test.each([
  [0, 'zero', 'zéro'],
  [2, 'two', 'deux'],
  [21, 'twenty-one', 'vingt et un'],
  [50, 'fifty', 'cinquante'],
  [71, 'seventy-one', 'soixante et onze'],
  [80, 'eighty', 'quatre-vingts'],
  [97, 'ninety-seven', 'quatre-vingt-dix-sept'],
  [150, '150', '150'],
])('cardinal %i', (n, en, fr) => {
  expect(cardinalWords(n, 'en')).toBe(en);
  expect(cardinalWords(n, 'fr')).toBe(fr);
});

test.each([
  [1, 'first', 'premier'],
  [2, 'second', 'deuxième'],
  [3, 'third', 'troisième'],
  [5, 'fifth', 'cinquième'],
  [9, 'ninth', 'neuvième'],
  [12, 'twelfth', 'douzième'],
  [21, 'twenty-first', 'vingt et unième'],
  [40, 'fortieth', 'quarantième'],
  [51, 'fifty-first', 'cinquante et unième'],
  [80, 'eightieth', 'quatre-vingtième'],
  [101, '101st', '101e'],
  [112, '112th', '112e'],
])('ordinal %i', (n, en, fr) => {
  expect(ordinalWords(n, 'en')).toBe(en);
  expect(ordinalWords(n, 'fr')).toBe(fr);
});
