import { isNegated } from '../../negation.ts';
import { perMessage, type Rule, type RuleContext, type RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/*
 * Long word lists inside one regular expression are what made the first analysis slow: V8 runs a
 * fresh pattern in its bytecode interpreter, which tries every alternative at every position, and
 * compiles large alternations slowly. Rules with big vocabularies instead walk the words of the
 * message once (cut here, shared by every rule through a cache) and look each one up in a Set.
 */

export interface Word {
  /** The folded word: "could", "you're", "l'" (French elisions stand alone), "re" and "do" for "re-do". */
  text: string;
  start: number;
  end: number;
  /** Clauses end at . ! ? ; : and line breaks (not at "4.2" or "38,995"). */
  clause: number;
  /** A comma stands between this word and the one before it. */
  afterComma: boolean;
  /** A colon ends the clause before this word's (it opens a list or an explanation). */
  afterColon: boolean;
}

const WORD = /(?:[ldjmtsnc]|qu)'|[a-z0-9]+(?:'[a-z]+)?/g;
const CLAUSE_BREAK = /[.!?;:\n]/;
const DIGIT = /^\d/;

function cut(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let clause = 0;
  let previous: Word | undefined;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const gap = previous ? text.slice(previous.end, m.index) : '';
    const numberInside = (gap === '.' || gap === ',') && DIGIT.test(m[0]) && DIGIT.test(previous?.text ?? '');
    const breaks = previous !== undefined && CLAUSE_BREAK.test(gap) && !numberInside;
    if (breaks) clause++;
    const word: Word = {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      clause,
      afterComma: !numberInside && gap.includes(','),
      afterColon: breaks && gap.includes(':'),
    };
    words.push(word);
    previous = word;
  }
  return words;
}

/** The words of the newest message, cut once per analysis whichever rule asks first. */
export const wordsOf: (context: RuleContext) => readonly Word[] = perMessage((context) =>
  cut(context.text, context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0),
);

/** A list written as one string of comma-separated phrases, which keeps long word lists compact. */
export function phrases(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Splits a listed phrase the way the message is split, so lists can be written naturally ("re-do", "l'affiche"). */
function split(phrase: string): string[] {
  return cut(phrase, 0, phrase.length).map((w) => w.text);
}

/**
 * A list of words and short phrases, looked up word by word. A phrase's last word may end in `*`
 * to stand for any ending ("souhait*" covers "souhaite", "souhaiterions").
 */
export class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();
  /** One-word phrases, for `has`. */
  private readonly single = new Set<string>();
  /** Open one-word phrases ("souhait*"), and the lengths they come in: a word is looked up by its prefixes. */
  private readonly prefixes = new Set<string>();
  private readonly prefixLengths: number[] = [];

  /** `phrases`: a list, or one string of comma-separated phrases. */
  constructor(listed: readonly string[] | string) {
    const list = typeof listed === 'string' ? phrases(listed) : listed;
    for (const phrase of list) {
      const open = phrase.endsWith('*');
      const parts = split(open ? phrase.slice(0, -1) : phrase);
      if (open && parts.length === 1) {
        const prefix = parts[0] as string;
        this.prefixes.add(prefix);
        if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
        continue;
      }
      if (open) parts[parts.length - 1] += '*';
      const first = parts[0] as string;
      if (parts.length === 1) this.single.add(first);
      const list = this.byFirst.get(first) ?? [];
      list.push(parts);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** How many words the longest phrase of the list starting at `words[i]` takes (0: none), within one clause. */
  matchAt(words: readonly Word[], i: number): number {
    const first = words[i];
    if (!first) return 0;
    const listed = this.byFirst.get(first.text);
    if (listed) {
      for (const parts of listed) if (matches(words, i, parts)) return parts.length;
    }
    return this.hasPrefixOf(first.text) ? 1 : 0;
  }

  has(word: Word | undefined): boolean {
    return word !== undefined && (this.single.has(word.text) || this.hasPrefixOf(word.text));
  }

  private hasPrefixOf(text: string): boolean {
    for (const length of this.prefixLengths) {
      if (length <= text.length && this.prefixes.has(text.slice(0, length))) return true;
    }
    return false;
  }
}

function matches(words: readonly Word[], i: number, parts: readonly string[]): boolean {
  const clause = words[i]?.clause;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    const word = words[i + k];
    if (!word || word.clause !== clause) return false;
    if (part.endsWith('*') ? !word.text.startsWith(part.slice(0, -1)) : word.text !== part) return false;
  }
  return true;
}

/** Whether a phrase of `list` ends in the same clause within `span` words before `words[i]`. */
export function endsBefore(list: PhraseList, words: readonly Word[], i: number, span: number): boolean {
  const clause = words[i]?.clause;
  for (let j = i - 1; j >= 0 && j >= i - span - 4; j--) {
    if (words[j]?.clause !== clause) return false;
    const length = list.matchAt(words, j);
    if (length > 0 && j + length <= i && i - (j + length) <= span) return true;
  }
  return false;
}

/** Where a phrase of `list` starts in the same clause within `span` words from `words[i]` on (-1: nowhere). */
export function findWithin(list: PhraseList, words: readonly Word[], i: number, span: number): number {
  const clause = words[i]?.clause;
  for (let j = i; j < words.length && j <= i + span; j++) {
    if (words[j]?.clause !== clause) return -1;
    if (list.matchAt(words, j) > 0) return j;
  }
  return -1;
}

export function startsWithin(list: PhraseList, words: readonly Word[], i: number, span: number): boolean {
  return findWithin(list, words, i, span) >= 0;
}

/** The index after the last of up to `count` words following `words[i]` in its clause, stopping at a comma. */
export function phraseEnd(words: readonly Word[], i: number, count: number): number {
  let j = i + 1;
  while (j < words.length && j <= i + count && words[j]?.clause === words[i]?.clause && !words[j]?.afterComma) j++;
  return j;
}

/**
 * What phraseRule does to a candidate, for rules that find their own: dropped when an exception
 * matches its sentence or, unless `negatable` is false, when a negation stands just before it.
 */
export function keepHit(
  context: RuleContext,
  hit: RuleHit,
  unless: readonly RegExp[],
  negatable = true,
  anchor = hit.start,
): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const sentenceText = context.text.slice(sentence.start, sentence.end);
  if (unless.some((u) => u.test(sentenceText))) return false;
  return !(negatable && isNegated(context.lang, context.text, sentence, anchor));
}

/**
 * "Another thing: the team would love a sell sheet", « Autre chose : … »: whether the clause just
 * before word `i`'s is one phrase of `list` and nothing else, ended by a colon.
 */
export function openedBy(list: PhraseList, words: readonly Word[], i: number): boolean {
  let first = i;
  while (first > 0 && words[first - 1]?.clause === words[i]?.clause) first--;
  if (first === 0 || !words[first]?.afterColon) return false;
  let start = first - 1;
  while (start > 0 && words[start - 1]?.clause === words[first - 1]?.clause) start--;
  return list.matchAt(words, start) === first - start;
}

/** Whether any word of the newest message starts a phrase of `list`: a cheap gate before costlier patterns. */
export function mentions(context: RuleContext, list: PhraseList): boolean {
  const words = wordsOf(context);
  for (let i = 0; i < words.length; i++) if (list.matchAt(words, i) > 0) return true;
  return false;
}

/** `rule`, run only on messages that hold one of the `gate` words (a word-list cue, cheaper than a pattern). */
export function gatedBy(gate: PhraseList, rule: Rule): Rule {
  return { ...rule, find: (context) => (mentions(context, gate) ? rule.find(context) : []) };
}

/**
 * Walks the words of the newest message, asks `spanAt` for a span of words starting at each one, and keeps the spans
 * `keepHit` allows (not excepted by `unless`, not negated); scanning resumes after each kept span.
 */
export function scanSpans(
  context: RuleContext,
  unless: readonly RegExp[],
  spanAt: (words: readonly Word[], i: number) => [number, number] | null,
): RuleHit[] {
  const words = wordsOf(context);
  const hits: RuleHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = spanAt(words, i);
    if (!span) continue;
    const hit = { start: (words[span[0]] as Word).start, end: (words[span[1] - 1] as Word).end };
    if (keepHit(context, hit, unless)) {
      hits.push(hit);
      i = span[1] - 1;
    }
  }
  return hits;
}
