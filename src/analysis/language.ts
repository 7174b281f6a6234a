import type { Lang } from './types.ts';

/**
 * Guesses English or French from common function words in folded text.
 * Function words are the most reliable cue in short business mail, and a
 * word count is linear and allocation-free; a statistical detector would cost
 * more than the rest of the analysis for two languages.
 */
const FR =
  /\b(?:le|la|les|des|du|un|une|et|est|je|tu|vous|nous|pour|avec|sur|dans|pas|que|qui|merci|bonjour|salut|c'est|j'ai|ce|cette|au|aux|mais|ou|tres|bien|peux|pouvez|pourrais|pourriez|demain|semaine|cordialement|bonne)\b/g;
const EN =
  /\b(?:the|and|is|are|you|your|we|to|of|for|with|on|in|that|this|it|i|i'm|can|could|would|please|thanks|thank|hi|hello|just|need|will|be|have|by|me|my|regards|cheers|week|tomorrow)\b/g;

function count(text: string, words: RegExp): number {
  let n = 0;
  words.lastIndex = 0;
  while (words.exec(text) !== null) n++;
  return n;
}

/** `en` or `fr` for folded `text`; `fallback` breaks a tie (e.g. the subject's language). */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const fr = count(sample, FR);
  const en = count(sample, EN);
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
