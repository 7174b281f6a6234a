import { describe, expect, test } from 'vitest';
import { termsOf } from './terms.ts';

describe('termsOf', () => {
  test('words of two letters or more, then each pair of neighbours', () => {
    expect(termsOf("could you do it a l'ecran asap")).toEqual([
      'could',
      'you',
      'do',
      'it',
      'ecran',
      'asap',
      'could you',
      'you do',
      'do it',
      'it ecran',
      'ecran asap',
    ]);
  });

  test('nothing to read in empty or symbol-only text', () => {
    expect(termsOf('')).toEqual([]);
    expect(termsOf('!!! ... --- 1')).toEqual([]);
  });
});
