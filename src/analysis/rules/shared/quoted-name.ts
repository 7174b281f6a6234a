/**
 * A word inside quotation marks names something (a shipping option, a sound, a button): 'the "Rush delivery"
 * option works', « le son "alerte d'urgence" est validé ». Quotes are folded to '"', so a word is quoted when an odd
 * number of them stands before it in the sentence and one closes after it.
 */
export function quotedWord(words: string): RegExp {
  return new RegExp(`^(?:[^"\\n]*"[^"\\n]*")*[^"\\n]*"[^"\\n]*\\b(?:${words})\\b[^"\\n]*"`);
}
