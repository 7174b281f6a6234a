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

const DROPPED = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/;
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

/** Folds `body`, keeping the offset map. Linear in the body length. */
export function foldBody(body: string, limit = body.length): FoldedText {
  const end = Math.min(limit, body.length);
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < end; i++) {
    const ch = body[i] as string;
    if (ch === '\r') {
      // CRLF becomes one line break; a lone CR is a line break too.
      if (body[i + 1] !== '\n') {
        out.push('\n');
        map.push(i);
      }
      continue;
    }
    if (DROPPED.test(ch)) continue;
    if (ch === '\u0153' || ch === '\u0152') {
      // "œ" is two letters to a reader: "oeuvre", "coeur".
      out.push('o', 'e');
      map.push(i, i);
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch);
    } else {
      out.push(foldChar(ch));
    }
    map.push(i);
  }
  map.push(end);
  return { text: out.join(''), toBody: Int32Array.from(map) };
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
