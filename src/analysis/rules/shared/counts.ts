import type { RuleContext, RuleHit } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { keepHit } from './words.ts';
import { execAll } from '../../text.ts';

/*
 * Counts written in words or digits, so a rule can tell "six posts instead of four" (more work)
 * from "two rounds instead of three" (less). Only the small counts a client asks for are listed:
 * larger numbers in words are rare in mail and come as digits.
 */
const WORDS: Record<Lang, Record<string, number>> = {
  en: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    dozen: 12,
  },
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    huitante: 80,
    octante: 80,
    nonante: 90,
    cent: 100,
    dizaine: 10,
    douzaine: 12,
    vingtaine: 20,
  },
};

/** A pattern source matching one count of `lang` (digits or a listed word). */
export function countPattern(lang: Lang): string {
  return String.raw`(?:\d{1,4}|${Object.keys(WORDS[lang]).join('|')})`;
}

/** The value of a count matched by `countPattern`, or NaN. */
export function countValue(lang: Lang, word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (WORDS[lang][word] ?? Number.NaN);
}

/** What a raised count must not be about: a time, a price, a date, a size or a head count is no extra work. */
export interface RaisedCountSpec {
  lang: Lang;
  /**
   * Global patterns with named groups `more` and optionally `fewer` (the counts), and optionally `unit`
   * (the words after the first count) and `phrase` (what to highlight, else the whole match).
   */
  patterns: readonly RegExp[];
  /** Words of the unit that make it no work: "days", "euros", "people". */
  notWork: ReadonlySet<string>;
  /** Words just before the first count that make it a time, a label or a size: "at 10", "page 12". */
  notBefore: ReadonlySet<string>;
  /** The candidate is dropped when one of these matches its sentence (a quote asked for, a payment offered). */
  unless: readonly RegExp[];
}

/** A rule's `find` for the places that ask for a bigger count of the same thing ("six posts instead of four"). */
export function raisedCounts(spec: RaisedCountSpec): (context: RuleContext) => RuleHit[] {
  return (context) => findRaised(context.text, spec).filter((hit) => keepHit(context, hit, spec.unless));
}

function findRaised(text: string, spec: RaisedCountSpec): RuleHit[] {
  const found: RuleHit[] = [];
  for (const pattern of spec.patterns) {
    for (const match of execAll(pattern, text)) {
      const { more = '', fewer, unit = '', phrase } = match.groups ?? {};
      // Without a count to compare with ("bump it to 8 videos"), any count of work is more than none asked.
      const [high, low] = [countValue(spec.lang, more), fewer === undefined ? 0 : countValue(spec.lang, fewer)];
      if (!(high > low) || high >= 1900) continue;
      const unitWords = unit.trim().split(/\s+/).slice(0, 2);
      if (unitWords.some((w) => spec.notWork.has(w))) continue;
      const before = /([a-z']+)\W*$/.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1] ?? '';
      if (spec.notBefore.has(before) || /[$€£]\s*$/.test(text.slice(0, match.index))) continue;
      const start = phrase === undefined ? match.index : match.index + match[0].indexOf(phrase);
      found.push({ start, end: start + (phrase ?? match[0]).length });
    }
  }
  return found;
}
