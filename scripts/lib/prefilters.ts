import { readdirSync } from 'node:fs';
import regjsparser, { type AstNode } from 'regjsparser';
import { patternKey, TrigramIndex, trigramCodes } from '../../src/analysis/prefilter.ts';
import { foldBody } from '../../src/analysis/text.ts';
import { readJsonl } from './corpus.ts';

/*
 * Works out the literal prefilters of the rules' patterns (see src/analysis/prefilter.ts for what they are for): from a
 * pattern's syntax, sets of strings of each of which any match must contain one ("another round" or "one more
 * round"…). No library derives them for JavaScript patterns; regjsparser (Babel's pattern parser) reads the syntax.
 * This runs when the rules change (`npm run prefilters`), never in the extension: parsing ~1,700 patterns there cost
 * more at start-up than skipping them saved.
 *
 * A pattern usually offers many such sets, and most are useless: "the" or "you" is in every mail. The sets kept are
 * the ones that would let the pattern run on the fewest reference mails, the way a database picks its most selective
 * index: a pattern skipped is one V8 never compiles, and compiling is most of what a first analysis costs (in Node 20,
 * about 1.7 µs per character of pattern; a first analysis compiled 85 kB of patterns before this choice).
 */

/** Above this many strings, a set costs more to check than it is worth (and exact strings multiply along a sequence). */
const MAX_STRINGS = 64;
/** Shorter strings are in nearly every text. */
const MIN_LENGTH = 3;
/** A string in a set costs as much as letting its pattern run on this many more reference texts. */
const STRING_COST = 1;
/** Sets kept per pattern at most; a pattern runs only on a text holding one string of each. */
const MAX_SETS = 4;

/**
 * Which reference texts hold one of a set of strings, as the prefilter sees them (a bit per text). Without reference
 * texts nothing can be measured, and fewer, longer strings are taken to be rarer.
 */
export class Reference {
  private readonly indexes: TrigramIndex[];
  private readonly holders = new Map<string, Uint32Array>();

  constructor(texts: readonly string[]) {
    this.indexes = texts.map((text) => new TrigramIndex(text));
  }

  get size(): number {
    return this.indexes.length;
  }

  private holding(string: string): Uint32Array {
    const known = this.holders.get(string);
    if (known) return known;
    const holders = new Uint32Array(Math.ceil(this.indexes.length / 32));
    const trigrams = trigramCodes(string);
    this.indexes.forEach((index, i) => {
      if (index.holds(trigrams)) holders[i >> 5] = (holders[i >> 5] as number) | (1 << (i & 31));
    });
    this.holders.set(string, holders);
    return holders;
  }

  /** The texts holding one of `strings`, within `among` (all texts when absent). */
  holdersOf(strings: readonly string[], among?: Uint32Array): Uint32Array {
    const any = new Uint32Array(Math.ceil(this.indexes.length / 32));
    for (const string of strings) {
      const held = this.holding(string);
      for (let w = 0; w < any.length; w++) any[w] = (any[w] as number) | (held[w] as number);
    }
    if (among) for (let w = 0; w < any.length; w++) any[w] = (any[w] as number) & (among[w] as number);
    return any;
  }

  /**
   * What a set costs: the texts it lets through (within `among`), and its size, which the extension loads and checks
   * (`STRING_COST` texts per string); then, between equals, its shortest string.
   */
  cost(strings: readonly string[], among?: Uint32Array): number {
    return this.count(this.holdersOf(strings, among)) + strings.length * STRING_COST + 1 / (1 + shortest(strings));
  }

  /** How many texts are in `texts` (all of them when absent). */
  count(texts?: Uint32Array): number {
    if (!texts) return this.indexes.length;
    let count = 0;
    for (const word of texts) count += popcount(word);
    return count;
  }
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const TRAINING = new URL('../../tests/fixtures/training/', import.meta.url);
/** One training mail in this many is a reference text: enough to rank sets, quick to measure. */
const REFERENCE_STEP = 8;

/** The training mails (tests/fixtures/training), folded: client mail as the extension reads it. */
export function trainingReference(): Reference {
  const files = readdirSync(TRAINING)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const mails = files.flatMap((name) => readJsonl(new URL(name, TRAINING).pathname));
  return new Reference(mails.filter((_, i) => i % REFERENCE_STEP === 0).map((mail) => foldBody(mail.body).text));
}

/** Strings a part of a pattern matches exactly (all of them, when few), and sets of strings it needs one of. */
interface Literals {
  exact: string[] | null;
  needs: string[][];
}

const NOTHING_KNOWN: Literals = { exact: null, needs: [] };
const EMPTY: Literals = { exact: [''], needs: [] };

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function shortest(strings: readonly string[]): number {
  return Math.min(...strings.map((s) => s.length));
}

/** The table's separators (prefilter.ts): a string holding one cannot be written there. */
const SEPARATOR = /[\t\n|]/;

/**
 * Whether a set of strings can be checked at all: not too many, each long enough for the trigram index and free of
 * the table's separators.
 */
function telling(strings: readonly string[] | null): strings is string[] {
  return (
    strings !== null &&
    strings.length > 0 &&
    strings.length <= MAX_STRINGS &&
    shortest(strings) >= MIN_LENGTH &&
    strings.every((s) => !SEPARATOR.test(s))
  );
}

function sequence(nodes: readonly AstNode[], lower: boolean, reference: Reference): Literals {
  const needs: string[][] = [];
  let run: string[] = [''];
  let exact: string[] | null = [''];
  for (const node of nodes) {
    const part = literals(node, lower, reference);
    needs.push(...part.needs);
    exact = exact && part.exact && cross(exact, part.exact);
    const longer = part.exact && cross(run, part.exact);
    if (longer) {
      run = longer;
      continue;
    }
    needs.push(run);
    run = part.exact ?? [''];
  }
  needs.push(run);
  return { exact, needs: needs.filter(telling) };
}

function literals(node: AstNode, lower: boolean, reference: Reference): Literals {
  switch (node.type) {
    case 'value': {
      const char = String.fromCodePoint(node.codePoint);
      return { exact: [lower ? char.toLowerCase() : char], needs: [] };
    }
    case 'characterClass': {
      if (node.negative || node.kind !== 'union' || node.body.length > 8) return NOTHING_KNOWN;
      const chars: string[] = [];
      for (const member of node.body) {
        if (member.type !== 'value') return NOTHING_KNOWN;
        const char = String.fromCodePoint(member.codePoint);
        chars.push(lower ? char.toLowerCase() : char);
      }
      return { exact: chars, needs: [] };
    }
    case 'anchor':
      return EMPTY;
    case 'group':
      // What a lookaround needs is not consumed, and a negative one needs nothing: they add no requirement.
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequence(node.body, lower, reference) : EMPTY;
    case 'alternative':
      return sequence(node.body, lower, reference);
    case 'disjunction': {
      const branches = node.body.map((branch) => literals(branch, lower, reference));
      let exact: string[] | null = [];
      for (const branch of branches) exact = exact && branch.exact && [...exact, ...branch.exact];
      if (exact && exact.length > MAX_STRINGS) exact = null;
      const union: string[] = [];
      for (const branch of branches) {
        const [best] = rarest(branch.exact ? [branch.exact, ...branch.needs] : branch.needs, reference, 1);
        if (!best) return { exact, needs: [] };
        union.push(...best);
      }
      return { exact, needs: telling(union) ? [[...new Set(union)]] : [] };
    }
    case 'quantifier': {
      const [body] = node.body;
      if (!body) return NOTHING_KNOWN;
      const part = literals(body, lower, reference);
      if (node.min === 0) return { exact: node.max === 1 && part.exact ? [...part.exact, ''] : null, needs: [] };
      const needs = part.exact ? [...part.needs, part.exact] : part.needs;
      return { exact: node.min === 1 && node.max === 1 ? part.exact : null, needs: needs.filter(telling) };
    }
    default:
      return NOTHING_KNOWN;
  }
}

/**
 * Up to `count` checkable sets among `sets` that together let the pattern through on the fewest reference texts: the
 * rarest first, then each that still narrows what the ones before let through (a set the others imply is left out).
 */
function rarest(sets: readonly string[][], reference: Reference, count: number): string[][] {
  const candidates = [...new Map(sets.filter(telling).map((set) => [[...set].sort().join('\u0000'), set])).values()];
  const chosen: string[][] = [];
  let through: Uint32Array | undefined;
  while (chosen.length < count && candidates.length > 0) {
    const costs = candidates.map((set) => reference.cost(set, through));
    const best = costs.indexOf(Math.min(...costs));
    const set = candidates.splice(best, 1)[0] as string[];
    const narrowed = reference.holdersOf(set, through);
    if (reference.size > 0 && reference.count(through) - reference.count(narrowed) <= set.length * STRING_COST) break;
    chosen.push(set);
    through = narrowed;
  }
  return chosen;
}

/** The strings any match of `pattern` contains one of, by set (the rarest first, at most `MAX_SETS`). */
export function requiredLiterals(pattern: RegExp, reference = new Reference([])): string[][] {
  let tree: AstNode;
  try {
    tree = regjsparser.parse(pattern.source, pattern.flags.replace(/[^imu]/g, ''), {
      namedGroups: true,
      lookbehind: true,
      unicodePropertyEscape: true,
    }) as AstNode;
  } catch {
    return [];
  }
  const found = literals(tree, pattern.flags.includes('i'), reference);
  return rarest(found.exact ? [...found.needs, found.exact] : found.needs, reference, MAX_SETS);
}

/** The source of src/analysis/prefilter-table.ts: each pattern's required strings, by `patternKey`. */
export function prefiltersModule(patterns: Iterable<RegExp>, reference: Reference): string {
  const lines = new Map<string, string>();
  for (const pattern of patterns) {
    const sets = requiredLiterals(pattern, reference);
    if (sets.length > 0) lines.set(patternKey(pattern), sets.map((set) => set.join('|')).join('\t'));
  }
  const table = [...lines]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, sets]) => `${key}\t${sets}`)
    .join('\n');
  return [
    '// Written by `npm run prefilters` (scripts/prefilters.ts); do not edit. For each registered pattern, a line: its',
    '// patternKey, then the sets of strings of each of which any match contains one (tab-separated, each set `|`-separated):',
    '// see prefilter.ts.',
    `export default ${JSON.stringify(table)};`,
    '',
  ].join('\n');
}
