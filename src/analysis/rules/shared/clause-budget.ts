import type { Word } from './words.ts';

/*
 * Rules that walk the words themselves check each candidate against their exceptions, which reads
 * the whole sentence: a long unpunctuated body repeating "could you change the photo" made that
 * quadratic (a 20,000-character run took ~400 ms). Real mail never holds more than a few change
 * requests in one clause, so past this many candidates the rest of the clause is repetition.
 */
const MAX_TRIES_PER_CLAUSE = 8;

/** A fresh counter, one per analysis: whether one more candidate may be checked in the clause of `word`. */
export function clauseBudget(): (word: Word) => boolean {
  const tries = new Map<number, number>();
  return (word) => {
    const tried = tries.get(word.clause) ?? 0;
    tries.set(word.clause, tried + 1);
    return tried < MAX_TRIES_PER_CLAUSE;
  };
}
