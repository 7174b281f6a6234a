import type { Lang } from './types.ts';
import { execAll } from './text.ts';

/**
 * NegEx-style scope: a negation or a release ("no need to", "pas besoin de")
 * cancels a phrase when it stands shortly before it in the same clause, with
 * no clause break ("but", "mais", a comma) in between. In a question, a plain
 * negation is a polite request ("couldn't you do it tonight?", "tu ne pourrais
 * pas le finir ce soir ?"), so only a release counts there. "Si jamais" is "if by any chance", not a negation.
 */
const RELEASES: Record<Lang, RegExp> = {
  en: /\b(?:no need|needn'?t|not necessary|not required|no pressure|no obligation|(?:don'?t|doesn'?t) (?:have|need) to|(?:don'?t|do not) feel (?:obliged|obligated|you have)|without|rather than|instead of|no rush)\b/,
  fr: /(?:\bpas besoin\b|\bnul besoin\b|\binutile\b|\bpas la peine\b|\bpas oblige|\bpas necessaire\b|\bpas d'obligation\b|\bsans\b|\bplutot que\b|\bau lieu de\b|\brien ne presse\b)/,
};

/**
 * French "plus de" alone is "no more" ("plus de réunions le vendredi"), but after a word of quantity it is "more":
 * "en plus de", "un peu plus de", "encore plus de", "deux fois plus de".
 */
const FR_MORE = String.raw`(?<!\b(?:en|peu|encore|beaucoup|bien|fois|mal|toujours|d'autant|de plus en) )`;

const NEGATIONS: Record<Lang, RegExp> = {
  en: /\b(?:no|not|never|nothing|nobody|no one|none of (?:us|this|that|it|these|those|them|the above)|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|wasn'?t|shouldn'?t|can'?t|cannot|hardly)\b/,
  fr: new RegExp(
    String.raw`\bne\b|\bn'|\bpas\b|(?<!\bsi )\bjamais\b|\baucune?\b|\brien\b|${FR_MORE}\bplus de\b|\bpersonne ne\b`,
  ),
};

/**
 * French "ne … que" restricts ("on ne peut payer que la moitié" = only half): with no other
 * negation word, a "ne" followed by "que" before or at the phrase does not negate it.
 */
const FR_FULL_NEGATION = /\bpas\b|\bplus\b|\bjamais\b|\brien\b|\baucune?\b|\bpersonne\b|\bguere\b|\bnul(?:le)?\b/;
const FR_RESTRICTIVE = /^[^,;:.!?]*\bqu(?:e\b|')/;
/** How far past the phrase start the "que" of "ne … que" may stand ("on ne pourra vous régler qu'en mai"). */
const RESTRICTIVE_REACH = 30;

function isRestrictiveOnly(clause: string, before: string, atPhrase: string): boolean {
  return !FR_FULL_NEGATION.test(clause) && FR_RESTRICTIVE.test(before + atPhrase);
}

const BREAKS: Record<Lang, RegExp> = {
  en: /,|\bbut\b|\bhowever\b|\bthough\b|\balthough\b|\byet\b|\bexcept\b|\bunless\b| - |:/g,
  fr: /,|\bmais\b|\bcependant\b|\bpar contre\b|\bsauf\b|\bsi ce n'est\b|\bpourtant\b| - |:/g,
};

/**
 * A negation inside a parenthesis stays there: "the term sheet (the short version, not the SPA) back before Monday
 * 7:30", « le devis (pas l'ancien) pour lundi ». A whole aside before the phrase is blanked (same length); the tail
 * of one opened before the window ends at its ")".
 */
function withoutAsides(before: string): string {
  const blanked = before.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const close = blanked.lastIndexOf(')');
  return close < 0 ? blanked : ' '.repeat(close + 1) + blanked.slice(close + 1);
}

/**
 * Whether the phrase at `phraseStart` is negated by what precedes it within
 * `window` characters of its sentence `[sentenceStart, sentenceEnd)` (offsets in folded `text`).
 */
export function isNegated(
  lang: Lang,
  text: string,
  sentence: { start: number; end: number },
  phraseStart: number,
  window = 48,
): boolean {
  let before = withoutAsides(text.slice(Math.max(sentence.start, phraseStart - window), phraseStart));
  let lastBreakEnd = -1;
  for (const m of execAll(BREAKS[lang], before)) lastBreakEnd = m.index + m[0].length;
  if (lastBreakEnd >= 0) before = before.slice(lastBreakEnd);
  if (RELEASES[lang].test(before)) return true;
  const isQuestion = text.slice(phraseStart, sentence.end).trimEnd().endsWith('?');
  if (isQuestion || !NEGATIONS[lang].test(before)) return false;
  if (lang !== 'fr') return true;
  const clause = text.slice(sentence.start, phraseStart);
  return !isRestrictiveOnly(clause, before, text.slice(phraseStart, phraseStart + RESTRICTIVE_REACH));
}
