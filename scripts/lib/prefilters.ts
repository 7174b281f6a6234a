import regjsparser, { type AstNode } from 'regjsparser';
import { patternKey } from '../../src/analysis/prefilter.ts';

/*
 * Works out the literal prefilters of the rules' patterns (see src/analysis/prefilter.ts for what they are for): from a
 * pattern's syntax, sets of strings of each of which any match must contain one ("another round" or "one more
 * round"…). No library derives them for JavaScript patterns; regjsparser (Babel's pattern parser) reads the syntax.
 * This runs when the rules change (`npm run prefilters`), never in the extension: parsing ~1,700 patterns there cost
 * more at start-up than skipping them saved.
 */

/** Above this many strings, a set says too little to be worth checking. */
const MAX_STRINGS = 64;
/** Shorter strings are in nearly every text. */
const MIN_LENGTH = 3;

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

/** Whether a set of strings is worth checking: few, and each long enough to be telling. */
function telling(strings: readonly string[] | null): strings is string[] {
  return strings !== null && strings.length > 0 && strings.length <= MAX_STRINGS && shortest(strings) >= MIN_LENGTH;
}

/** The most telling set among `sets`: the fewest strings, then the longest. */
function mostTelling(sets: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  for (const set of sets) {
    if (!telling(set)) continue;
    if (!best || set.length < best.length || (set.length === best.length && shortest(set) > shortest(best))) best = set;
  }
  return best;
}

function sequence(nodes: readonly AstNode[], lower: boolean): Literals {
  const needs: string[][] = [];
  let run: string[] = [''];
  let exact: string[] | null = [''];
  for (const node of nodes) {
    const part = literals(node, lower);
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

function literals(node: AstNode, lower: boolean): Literals {
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
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequence(node.body, lower) : EMPTY;
    case 'alternative':
      return sequence(node.body, lower);
    case 'disjunction': {
      const branches = node.body.map((branch) => literals(branch, lower));
      let exact: string[] | null = [];
      for (const branch of branches) exact = exact && branch.exact && [...exact, ...branch.exact];
      if (exact && exact.length > MAX_STRINGS) exact = null;
      const union: string[] = [];
      for (const branch of branches) {
        const best = mostTelling(branch.exact ? [branch.exact, ...branch.needs] : branch.needs);
        if (!best) return { exact, needs: [] };
        union.push(...best);
      }
      return { exact, needs: telling(union) ? [[...new Set(union)]] : [] };
    }
    case 'quantifier': {
      const [body] = node.body;
      if (!body) return NOTHING_KNOWN;
      const part = literals(body, lower);
      if (node.min === 0) return { exact: node.max === 1 && part.exact ? [...part.exact, ''] : null, needs: [] };
      const needs = part.exact ? [...part.needs, part.exact] : part.needs;
      return { exact: node.min === 1 && node.max === 1 ? part.exact : null, needs: needs.filter(telling) };
    }
    default:
      return NOTHING_KNOWN;
  }
}

/** The strings any match of `pattern` contains one of, by set (at most two sets, the most telling first). */
export function requiredLiterals(pattern: RegExp): string[][] {
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
  const found = literals(tree, pattern.flags.includes('i'));
  const sets = found.exact ? [...found.needs, found.exact] : found.needs;
  const distinct = new Map(sets.filter(telling).map((set) => [[...set].sort().join('\u0000'), set]));
  return [...distinct.values()].sort((a, b) => a.length - b.length).slice(0, 2);
}

/** The source of src/analysis/prefilters-json.ts: each pattern's required strings, by `patternKey`. */
export function prefiltersModule(patterns: Iterable<RegExp>): string {
  const table: Record<string, string[][]> = {};
  for (const pattern of patterns) {
    const sets = requiredLiterals(pattern);
    if (sets.length > 0) table[patternKey(pattern)] = sets;
  }
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '// Written by `npm run prefilters` (scripts/prefilters.ts); do not edit. For each phrase-rule pattern (by',
    '// patternKey), the strings of each set of which any match contains one: see prefilter.ts.',
    `export default ${JSON.stringify(JSON.stringify(sorted))};`,
    '',
  ].join('\n');
}
