/**
 * Turns a raw body into the text the rules read, keeping a map back to the
 * body so every finding points at the phrase as the user sees it.
 *
 * The folded text is lower case, without accents ("Très" → "tres", so a rule
 * also catches clients who type without accents), with one kind of apostrophe,
 * quote, dash and space, and with line breaks unified. Invisible characters
 * (zero-width spaces, soft hyphens, BOM, bidi marks) are dropped so they cannot
 * hide a word from the rules. No regex engine or library does this with
 * offsets kept, hence the hand-written loop.
 */
export interface FoldedText {
  /** Folded text the rules match on. */
  text: string;
  /** `toBody[i]` is the body offset of folded character `i`; one extra entry maps the end. */
  toBody: Int32Array;
}

const DROPPED = /[\u00ad\u1427\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/; // U+1427 "ᐧ": left by Gmail tracking add-ons (Streak, Mailtrack)
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const COMBINING = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  if (SPACES.test(ch)) return ' ';
  if (APOSTROPHES.test(ch)) return "'";
  if (QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u2026') return '.';
  const folded = ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
  // Keep the text and the body the same length where a character folds to several
  // ("ß" → "ss" is fine to leave; "İ" → "i̇" would shift offsets).
  if (folded.length === 1) return folded;
  return ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

const SPECIAL = /[^\n\x20-\x7e]/g;

/**
 * Folds `body`, keeping the offset map. Linear: plain ASCII runs are copied in
 * bulk and only the other characters are looked at one by one.
 */
export function foldBody(body: string, limit = body.length): FoldedText {
  const end = Math.min(limit, body.length);
  const source = end === body.length ? body : body.slice(0, end);
  // "œ" folds to two letters, so the map may be longer than the source.
  const map = new Int32Array(end * 2 + 1);
  const parts: string[] = [];
  let length = 0;
  const copyRun = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(source.slice(from, to).toLowerCase());
    for (let i = from; i < to; i++) map[length++] = i;
  };
  const emit = (folded: string, at: number): void => {
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) map[length++] = at;
  };
  let runStart = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(source); m !== null; m = SPECIAL.exec(source)) {
    const i = m.index;
    copyRun(runStart, i);
    runStart = i + 1;
    const ch = m[0];
    if (ch === '\r') {
      // CRLF becomes one line break; a lone CR is a line break too.
      if (source.charCodeAt(i + 1) !== 10) emit('\n', i);
    } else if (ch === '\t') {
      emit(' ', i);
    } else if (ch === '\u0153' || ch === '\u0152') {
      // "œ" is two letters to a reader: "oeuvre", "coeur".
      emit('oe', i);
    } else if (!DROPPED.test(ch)) {
      emit(foldChar(ch), i);
    }
  }
  copyRun(runStart, end);
  map[length] = end;
  return { text: parts.join(''), toBody: map.subarray(0, length + 1) };
}

/** Folds a short phrase the same way, for comparing phrases (no map needed). */
export function foldPhrase(phrase: string): string {
  return foldBody(phrase).text;
}

/** Body offsets `[start, end)` of the folded range `[from, to)`. */
export function toBodyRange(folded: FoldedText, from: number, to: number): [number, number] {
  const start = folded.toBody[from] ?? 0;
  const lastChar = folded.toBody[Math.max(from, to - 1)] ?? start;
  return [start, to > from ? lastChar + 1 : start];
}

/**
 * The matches of a global pattern over `text`, like `text.matchAll(pattern)` without its cost: `matchAll` must clone
 * the pattern on every call (the language says so, to keep the caller's `lastIndex`), and with ~150 rules each
 * running a few patterns per email the clones took a fifth of the analysis time. Resets and advances
 * `pattern.lastIndex` itself, so the pattern must carry the `g` flag and must not be shared by nested loops.
 */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    yield match;
  }
}
