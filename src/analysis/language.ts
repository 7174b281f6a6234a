import type { Lang } from './types.ts';

/**
 * Guesses English or French from folded text by weighing words only one of
 * the two languages uses. Function words are the most reliable cue in short
 * business mail, and a word count is linear and allocation-free; a
 * statistical detector would cost more than the rest of the analysis for two
 * languages. Folding has already removed the accents, so French is also told
 * by its elisions ("l'", "qu'") and verb endings, English by its
 * contractions and "-ing". Words both languages share ("a", "on", "me",
 * "date", "contact") count for neither.
 */
const FR_WORDS =
  /\b(?:le|la|les|des|du|de|un|une|et|est|sont|je|tu|il|ils|elle|elles|vous|nous|notre|nos|votre|vos|mon|mes|ton|tes|sa|ses|leur|leurs|pour|avec|sur|dans|chez|sans|sous|pendant|apres|avant|depuis|pas|ne|ni|que|qui|quoi|ce|cet|cette|ces|ceci|cela|ca|au|aux|en|y|mais|ou|donc|alors|tres|bien|aussi|encore|deja|toujours|jamais|moins|tout|tous|toute|toutes|rien|peu|merci|bonjour|bonsoir|salut|cordialement|bonne|bon|oui|peux|peut|pouvez|pourrais|pourriez|pourrait|avons|avez|ont|sommes|etes|suis|sera|serait|fait|faire|faut|demain|hier|aujourd'hui|semaine|mois|jours|fin|prochain|prochaine|soir|matin|voici|ici)\b/g;
/** "l'offre", "qu'on", "n'est", "j'ai", "c'est", "d'ici". */
const FR_ELISIONS = /\b(?:[cdjlmnst]|qu)'[a-z]/g;
/** Verb and adjective endings English words rarely have: "pouvez", "serait", "devraient", "heureux". */
const FR_ENDINGS = /\b[a-z]{2,}(?:ez|ait|aient|erons|eront|eux|euse)\b/g;

const EN_WORDS =
  /\b(?:the|and|is|are|was|were|be|been|you|your|we|our|us|they|them|their|to|of|for|with|from|at|by|in|that|this|these|those|it|its|i|my|can|could|would|should|will|shall|may|might|have|has|had|do|does|did|not|but|or|if|so|what|when|where|which|who|there|here|about|any|some|all|just|also|please|thanks|thank|hi|hello|hey|dear|regards|cheers|best|need|get|let|know|tomorrow|today|yesterday|next|morning|evening|am|pm)\b/g;
/** "don't", "we'll", "you're", "I've", "I'm", "it's". */
const EN_CONTRACTIONS = /[a-z](?:n't|'ll|'re|'ve|'m|'s|'d)\b/g;
const EN_ENDINGS = /\b[a-z]{2,}ing\b/g;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** `en` or `fr` for folded `text`; `fallback` breaks a tie (e.g. the subject's language). */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  // Endings weigh half a word: a few English loans end the same way ("wait", "portrait").
  const fr = 2 * (count(sample, FR_WORDS) + count(sample, FR_ELISIONS)) + count(sample, FR_ENDINGS);
  const en = 2 * (count(sample, EN_WORDS) + count(sample, EN_CONTRACTIONS)) + count(sample, EN_ENDINGS);
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
