/**
 * The terms the learned model reads (model/second-opinion.ts, scripts/train-model.ts): the words of folded text (lower
 * case, no accents; see text.ts) of two letters or more, and each pair of neighbouring words. Training and analysis
 * share this one function, so they always read a text the same way.
 */
const WORD = /[\p{L}\p{N}_]{2,}/gu;

export function termsOf(folded: string): string[] {
  const words = folded.match(WORD) ?? [];
  const terms = [...words];
  for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
  return terms;
}
