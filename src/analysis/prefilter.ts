import PREFILTER_TABLE from './prefilter-table.ts';

/*
 * Literal prefilters for the rules' patterns, the way RE2 and code-search engines skip most of their regular
 * expressions: for each pattern, sets of strings of each of which any match must contain one (worked out from its
 * syntax by `npm run prefilters`, scripts/lib/prefilters.ts). A pattern is not run on a message that holds none of the
 * strings of one of its sets. Most mail holds none of most rules' words, and V8 runs our ~2,400 patterns mostly cold
 * (their code does not stay in the processor's caches from one email to the next): skipping them halves the analysis.
 *
 * The check is necessary, never sufficient: a pattern that may match is run as before, so findings do not change. A
 * pattern missing from the table (rules changed since `npm run prefilters`) simply always runs. The check is made over
 * the trigrams (three-character slices) of the message, indexed once: a string can only be in the text if all of its
 * trigrams are.
 */

/** A pattern's key in the table: a 32-bit FNV-1a hash of its flags (but `g`) and source. */
export function patternKey(pattern: RegExp): string {
  const text = `${pattern.flags.replace('g', '')}/${pattern.source}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Trigram codes; two slices of different characters may share one, which only lets a pattern run when not needed. */
function trigramAt(text: string, i: number): number {
  return (
    ((text.charCodeAt(i) & 0x3ff) << 20) | ((text.charCodeAt(i + 1) & 0x3ff) << 10) | (text.charCodeAt(i + 2) & 0x3ff)
  );
}

/** The trigram codes of a string of three characters or more. */
export function trigramCodes(string: string): number[] {
  return Array.from({ length: string.length - 2 }, (_, i) => trigramAt(string, i));
}

/** Sets of required strings, each string as its trigrams. */
type Needs = readonly (readonly (readonly number[])[])[];

/**
 * The table (prefilter-table.ts) as it is written: a line per pattern, its key then its sets, tab-separated, each set's
 * strings separated by `|`. Only the lines of the patterns a message brings up are ever split further.
 */
let table: Map<string, string> | undefined;

function tableLine(key: string): string | undefined {
  table ??= new Map(
    PREFILTER_TABLE.split('\n').map((line) => {
      const tab = line.indexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    }),
  );
  return table.get(key);
}

const needsOf = new WeakMap<RegExp, Needs>();

function needs(pattern: RegExp): Needs {
  let known = needsOf.get(pattern);
  if (!known) {
    const line = tableLine(patternKey(pattern));
    known = line === undefined ? [] : line.split('\t').map((set) => set.split('|').map(trigramCodes));
    needsOf.set(pattern, known);
  }
  return known;
}

/** Bits in a text's trigram set: a tenth of them set by a long (20,000-character) message, far fewer by most mail. */
const TRIGRAM_BITS = 1 << 16;

/**
 * The trigrams of a text, to tell which patterns cannot match it: a bit per trigram code (folded to 16 bits), not a
 * `Set`, since each message is asked about over a thousand patterns and a bit test is several times cheaper than a
 * hash lookup. Two codes sharing a bit only let a pattern run when not needed.
 */
export class TrigramIndex {
  private readonly bits = new Uint32Array(TRIGRAM_BITS >> 5);

  constructor(text: string) {
    for (let i = 0; i + 2 < text.length; i++) {
      const bit = foldCode(trigramAt(text, i));
      this.bits[bit >> 5] = (this.bits[bit >> 5] as number) | (1 << (bit & 31));
    }
  }

  /** False when the string of these trigrams (`trigramCodes`) is not in the indexed text; true when it may be. */
  holds(trigrams: readonly number[]): boolean {
    for (const code of trigrams) {
      const bit = foldCode(code);
      if (((this.bits[bit >> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  /** False when `pattern` cannot match the indexed text, nor any part of it; true when it may. */
  mayMatch(pattern: RegExp): boolean {
    return needs(pattern).every((set) => set.some((atom) => this.holds(atom)));
  }
}

/** A trigram code folded to a bit of the index (Fibonacci hashing: the top 16 bits of the product). */
function foldCode(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 16;
}

/**
 * Every pattern the table covers, with where it comes from (a rule's `lang/id`, or `lang/module` for a module's
 * own): `npm run prefilters` reads them all. The phrase rules' patterns register themselves (phrase-rule.ts); a module that runs
 * large patterns of its own registers them with `prefiltered` and checks `mayMatch` before running one.
 */
export const PREFILTERED = new Map<RegExp, string>();

/** Registers `pattern` under `owner` for the table (run `npm run prefilters` after changing it), and returns it. */
export function prefiltered(owner: string, pattern: RegExp): RegExp {
  PREFILTERED.set(pattern, owner);
  return pattern;
}

const indexes = new WeakMap<object, TrigramIndex>();

/**
 * False when `pattern` cannot match the text of `message` (the rules' context), nor any part of it; true when it may.
 * The text's trigrams are indexed once per message, whoever asks first.
 */
export function mayMatch(message: { readonly text: string }, pattern: RegExp): boolean {
  let index = indexes.get(message);
  if (!index) {
    index = new TrigramIndex(message.text);
    indexes.set(message, index);
  }
  return index.mayMatch(pattern);
}
