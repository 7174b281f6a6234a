import type { AsideBlock } from '../types.ts';
import {
  ANY_FIELD,
  CONTACT_LINE,
  DASH_NAME,
  DASH_FRAMED_WROTE,
  DATE_FIELD,
  DATE_FIRST_HEADER,
  DATE_OR_ADDRESS,
  DECORATION_LINE,
  ADDRESS_COLON_END,
  ENDS_WITH_BARE_WROTE,
  ENDS_WITH_WROTE,
  WROTE_WORD,
  FOOTER,
  FOOTER_DETAIL,
  FORWARD_WORD,
  FROM_FIELD,
  HEADER_OPENER,
  MAX_FOOTER_LINE,
  MARKETING_LINE,
  MAX_HEADER_LINE,
  MOBILE_SIGNATURE,
  ONE_LINE_HEADER,
  OTHER_FIELD,
  POSTSCRIPT,
  RULE_LINE,
  SEPARATOR,
  SIGN_OFF,
} from './line-patterns.ts';

/*
 * Hand-written rather than email-reply-parser (crisp-oss 2.3.9). Run through the same
 * fixture harness it matched about half of talon's and discourse's cases and none of
 * Melusine's French ones; it returns fragment texts with each line's indentation
 * stripped (no offsets to map back to the body), knows no forwarded messages nor legal
 * footers, cuts at any "Regards," line even when a P.S. follows, backtracks over long
 * lines (seconds on a single 60 kB line), and imports Node's `module` to look for
 * native re2, which a browser bundle cannot load.
 */

export interface MessageSplit {
  /** The newest message's own words, offsets in the folded text. */
  newest: { start: number; end: number };
  /** Quoted history, forwarded messages, signature and legal footer, in order. */
  aside: AsideBlock[];
}

/** Where quoted or forwarded history starts, and what kind it is. */
interface HistoryStart {
  /** Offset in the folded text (a header may start in the middle of the reply's last line). */
  at: number;
  line: number;
  kind: 'quote' | 'forward';
  /** The header is followed by "> " lines: text after them may be the reply (bottom posting). */
  markedOnly: boolean;
}

/** Lines the signature tail may hold: a name, a title, a phone number, an address. */
const MAX_SIGNATURE_LINES = 8;
const MAX_DELIMITED_SIGNATURE_LINES = 15;
const MAX_FOOTER_LINES = 30;
/** Longest company sales line a signature may end with. */
const MAX_MARKETING_LINE = 240;
/** How far back a reply header may start from its "wrote:" line (Gmail wraps it over 2–3 lines, Polymail over 5). */
const MAX_HEADER_SPAN = 5;
/** How far below "from:" the other fields of a header block may be ("de :" and its value on separate lines). */
const HEADER_FIELD_WINDOW = 8;

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const ARROW_DECORATION = /^\s*>{2,}.*[a-z0-9].*<{2,}\s*$/;

class Lines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  constructor(readonly text: string) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      this.starts.push(start);
      this.ends.push(nl === -1 ? text.length : nl);
      if (nl === -1) break;
      start = nl + 1;
    }
  }
  get count(): number {
    return this.starts.length;
  }
  /** The line, or its first `max` characters; long lines are never headers, so they are never read whole. */
  line(i: number, max = MAX_HEADER_LINE): string {
    const start = this.starts[i] ?? 0;
    return this.text.slice(start, Math.min(this.ends[i] ?? start, start + max + 1));
  }
  length(i: number): number {
    return (this.ends[i] ?? 0) - (this.starts[i] ?? 0);
  }
  isBlank(i: number): boolean {
    const end = this.ends[i] ?? 0;
    for (let k = this.starts[i] ?? 0; k < end; k++) {
      if (this.text.charCodeAt(k) !== 32) return false;
    }
    return true;
  }
  /** "> text", or Supercite's "jd> text"; not ">>> see www.x.com <<<", an arrow pointing at a link. */
  isQuoted(i: number): boolean {
    const start = this.starts[i] ?? 0;
    const end = this.ends[i] ?? start;
    let k = start;
    while (k < end && this.text.charCodeAt(k) === 32) k++;
    const initials = k;
    while (k < end && k - initials < 3 && isLetter(this.text.charCodeAt(k))) k++;
    if (this.text.charCodeAt(k) !== 62) return false; // '>'
    if (k > initials && k + 1 < end && !/[\s>]/.test(this.text.charAt(k + 1))) return false;
    return !(k === initials && ARROW_DECORATION.test(this.line(i)));
  }
  nextNonBlank(from: number, limit = this.count): number {
    let i = from;
    while (i < limit && this.isBlank(i)) i++;
    return i;
  }
}

/** A "from:" line followed by at least one of "sent:", "date:", "subject:", "envoye :", "objet :". */
function isHeaderBlock(lines: Lines, i: number): boolean {
  const first = lines.line(i);
  if (ONE_LINE_HEADER.test(first)) return true;
  if (DATE_FIELD.test(first)) {
    for (let k = i + 1; k < Math.min(lines.count, i + 4); k++) {
      if (lines.length(k) <= MAX_HEADER_LINE && ANY_FIELD.test(lines.line(k))) return true;
    }
    return false;
  }
  if (!FROM_FIELD.test(first)) return false;
  for (let k = Math.max(0, i - 3); k < Math.min(lines.count, i + 1 + HEADER_FIELD_WINDOW); k++) {
    if (k !== i && lines.length(k) <= MAX_HEADER_LINE && OTHER_FIELD.test(lines.line(k))) return true;
  }
  return false;
}

/** Outlook's "date: …" first, "from: …" next: the block starts at the first field. */
function headerBlockStart(lines: Lines, from: number, floor: number): number {
  let start = from;
  for (let k = from - 1; k >= floor && k >= from - 3; k--) {
    if (lines.length(k) > MAX_HEADER_LINE || !ANY_FIELD.test(lines.line(k))) break;
    start = k;
  }
  // A rule line or an "original message" line right above belongs to the block.
  let above = start - 1;
  while (above > floor && above > start - 3 && lines.isBlank(above)) above--;
  if (above >= floor && lines.length(above) <= MAX_HEADER_LINE && RULE_LINE.test(lines.line(above))) return above;
  return start;
}

/**
 * The reply header that ends at line `j`, if any. Two shapes: "on <date>, <name> wrote:"
 * (an opener, then the verb at the end, wrapped over up to 5 lines), and a short
 * paragraph of its own with a date and an address that ends with a colon
 * ("<name> <address> schrieb am <date>:", "<date> <name> <address>:", "op <date> schreef …").
 */
function replyHeaderEndingAt(lines: Lines, j: number, floor: number): { line: number; at: number } | null {
  if (lines.length(j) > MAX_HEADER_LINE) return null;
  const last = lines.line(j).trimEnd();
  if (DASH_FRAMED_WROTE.test(last)) return { line: j, at: lines.starts[j] ?? 0 };
  const endsWithColon = last.endsWith(':');
  if (ENDS_WITH_WROTE.test(last) || ENDS_WITH_BARE_WROTE.test(last) || (endsWithColon && WROTE_WORD.test(last))) {
    let blankBetween = false;
    for (let i = j; i >= Math.max(floor, j - MAX_HEADER_SPAN); i--) {
      if (lines.length(i) > MAX_HEADER_LINE) break;
      if (lines.isBlank(i)) blankBetween = true;
      const line = lines.line(i);
      const opener = HEADER_OPENER.exec(line);
      if (!opener) continue;
      const offset = opener.index + (/^[\s>*-]/.test(opener[0]) ? 1 : 0);
      // Polymail spreads its header over blank lines, but one glued to the reply's last
      // words does not; "i am testing … <blank> … wrote:" is no header.
      if (blankBetween && /[a-z0-9]\s*$/.test(line.slice(0, offset))) continue;
      const rest = lines.text.slice((lines.starts[i] ?? 0) + offset, lines.ends[j]);
      if (!DATE_OR_ADDRESS.test(rest)) break;
      // Text before the opener on the same line is the reply ("reply--- on wed, … wrote:").
      const before = line.slice(0, offset);
      const start = lines.starts[i] ?? 0;
      return { line: i, at: /^[\s>*-]*$/.test(before) ? start : start + before.replace(/[\s>*-]+$/, '').length };
    }
    // No opener: "<name> <address> wrote:", "<date> пользователь <name> написал:", maybe
    // glued to a mailer's line ("sent from samsung mobile<name> <address> wrote:").
    if (!/\bsent\s*:?\s*$/.test(last)) {
      const first = namingLinesAbove(lines, j, floor);
      if (first !== null) return { line: first, at: lines.starts[first] ?? 0 };
    }
  }
  if (!endsWithColon) return null;
  // "<name> <address> schrieb am <date>:", "<date> <name> <address>:": the lines the colon
  // ends that name a date or an address, short, with a date and an address between them.
  const first = namingLinesAbove(lines, j, floor);
  if (first === null) return null;
  const text = lines.text.slice(lines.starts[first], lines.ends[j]);
  if (text.length > MAX_HEADER_LINE + 100 || !/\d/.test(text) || !text.includes('@')) return null;
  if (WROTE_WORD.test(text) || ADDRESS_COLON_END.test(last)) return { line: first, at: lines.starts[first] ?? 0 };
  return null;
}

/** A header line names its sender's address, a year or a time; the reply's own last line does not. */
const NAMES_SENDER_OR_DATE = /@|\b(?:19|20)\d\d\b|\d:\d\d/;

/**
 * The first of the lines ending at `j` (at most 3, no blank line) that each name an
 * address, a year or a time; a last line as short as ">:" or "> wrote:" may name nothing.
 */
function namingLinesAbove(lines: Lines, j: number, floor: number): number | null {
  let first = j;
  if (!NAMES_SENDER_OR_DATE.test(lines.line(j))) {
    const shortTail = lines.length(j) <= 20 && j > floor && !lines.isBlank(j - 1);
    if (!shortTail || !NAMES_SENDER_OR_DATE.test(lines.line(j - 1))) return null;
    first = j - 1;
  }
  while (
    first > floor &&
    first > j - 3 &&
    !lines.isBlank(first - 1) &&
    lines.length(first - 1) <= MAX_HEADER_LINE &&
    NAMES_SENDER_OR_DATE.test(lines.line(first - 1))
  ) {
    first--;
  }
  return first;
}

/**
 * The first place, from line `from`, where quoted or forwarded history starts. Inside the
 * history only headers start a new block, not each run of "> " lines.
 */
function findHistory(lines: Lines, from: number, headersOnly = false): HistoryStart | null {
  for (let j = from; j < lines.count; j++) {
    if (lines.length(j) > MAX_HEADER_LINE) continue;
    const line = lines.line(j);
    const start = lines.starts[j] ?? 0;
    const separator = SEPARATOR.exec(line);
    if (separator) {
      const kind = FORWARD_WORD.test(separator[1] ?? '') ? 'forward' : 'quote';
      return { at: start, line: j, kind, markedOnly: false };
    }
    const header = replyHeaderEndingAt(lines, j, from);
    if (header) {
      const next = lines.nextNonBlank(j + 1);
      const markedOnly = next < lines.count && lines.isQuoted(next);
      return { ...header, kind: 'quote', markedOnly };
    }
    if (DATE_FIRST_HEADER.test(line)) {
      const next = lines.nextNonBlank(j + 1);
      return { at: start, line: j, kind: 'quote', markedOnly: next < lines.count && lines.isQuoted(next) };
    }
    if (isHeaderBlock(lines, j)) {
      const first = headerBlockStart(lines, j, from);
      return { at: lines.starts[first] ?? start, line: first, kind: 'quote', markedOnly: false };
    }
    if (!headersOnly && lines.isQuoted(j)) {
      return { at: start, line: j, kind: 'quote', markedOnly: true };
    }
  }
  return null;
}

/** True when lines `[from, to)` hold nothing but blank lines and a mailer's signature ("envoye de mon iphone"). */
function onlyMobileSignature(lines: Lines, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!lines.isBlank(k) && !(lines.length(k) <= 80 && MOBILE_SIGNATURE.test(lines.line(k)))) return false;
  }
  return true;
}

/** The line after a header and its "> " lines, when own text follows them (a reply written below the quote). */
function afterMarkedQuote(lines: Lines, history: HistoryStart): number | null {
  let k = history.line;
  // Walk over the header lines, then over the quoted lines and blank lines between them.
  while (k < lines.count && !lines.isQuoted(k)) k++;
  while (k < lines.count && (lines.isQuoted(k) || lines.isBlank(k) || isQuoteContinuation(lines, k))) k++;
  return k < lines.count ? k : null;
}

/**
 * A line mailers broke off a quoted line without repeating its "> ": glued between quoted
 * lines, and either link debris ("(http://x.com/c/abc) >", the tail of a cut address) or
 * the shorter rest of a long quoted line that asked nothing.
 */
function isQuoteContinuation(lines: Lines, k: number): boolean {
  if (k === 0 || !lines.isQuoted(k - 1) || lines.isBlank(k) || lines.length(k) > 120) return false;
  if (k + 1 < lines.count && !lines.isQuoted(k + 1)) return false;
  const line = lines.line(k).trim();
  const above = lines
    .line(k - 1)
    .replace(/^[\s>]+/, '')
    .trimEnd();
  if (/https?:\/\/|www\./.test(line) && line.replace(LINK, '').replace(/[^a-z0-9]/g, '') === '') return true;
  if (!/\s/.test(line) && /(?:https?:\/\/|www\.)\S*$/.test(above)) return true;
  return above.length >= 60 && line.length < above.length && !above.endsWith('?') && !/^(?:[-*•]|\d+[.)])\s/.test(line);
}

const LINK = /(?:https?:\/\/|www\.)\S+/g;

/**
 * The line after a header block ("from: / sent: / to: / subject:", maybe under a
 * forward separator), with each field's value possibly on the line below its name.
 */
function afterHeaderBlock(lines: Lines, first: number): number {
  let k = first;
  if (lines.length(k) <= MAX_HEADER_LINE && (SEPARATOR.test(lines.line(k)) || RULE_LINE.test(lines.line(k)))) k++;
  let fields = 0;
  let valueBelow = false;
  for (; k < lines.count; k++) {
    if (lines.isBlank(k)) continue;
    const line = lines.length(k) <= MAX_HEADER_LINE ? lines.line(k) : '';
    const field = ANY_FIELD.exec(line);
    if (field) {
      fields++;
      valueBelow = line.slice(field[0].length).replace(/\*/g, '').trim() === '';
    } else if (valueBelow) {
      valueBelow = false;
    } else if (
      fields > 0 &&
      k + 1 < lines.count &&
      lines.length(k + 1) <= MAX_HEADER_LINE &&
      ANY_FIELD.test(lines.line(k + 1))
    ) {
      // A long subject wrapped onto the next line.
      continue;
    } else {
      break;
    }
  }
  return fields >= 2 ? k : first;
}

/** Longest slogan or company line a signature opened by the sender's own name may hold. */
const MAX_NAMED_TAIL_LINE = 80;
const MAX_NAMED_TAIL_WORDS = 12;
/** A line under the name that still talks to the reader ("oh and can you send it tonight") is no slogan. */
const ASKS =
  /\b(?:can you|could you|would you|will you|please|pls|let me know|don'?t forget|remember to|(?:tu|vous) (?:peux|pouvez|pourrais|pourriez)|(?:peux|pouvez|pourrais|pourriez)-(?:tu|vous)|merci de|n'oublie)\b/;

/** A slogan speaks for the business: a line in the first person, or about today or tonight, is still the mail. */
const NOT_SLOGAN =
  /\b(?:i|i'm|i'd|my|je|me|moi|tu|te|toi|il (?:me|nous|te|vous) (?:les |le |la |l')?faut|il faut|today|tonight|tomorrow|aujourd'hui|ce soir|demain)(?![a-z])|\b[jmt]'/;

/**
 * True when the lines `[from, to)` can all be a signature's tail: short name, title and contact lines, no P.S.
 * Under the sender's own name (`named`), a short slogan that asks nothing is a signature's too.
 */
function isSignatureTail(
  lines: Lines,
  from: number,
  to: number,
  maxLines: number,
  strict: boolean,
  underRule = false,
  named = false,
): boolean {
  if (to - from > maxLines * 4) return false;
  let count = 0;
  for (let k = from; k < to; k++) {
    if (lines.isBlank(k)) continue;
    if (++count > maxLines) return false;
    const line = lines.line(k, MAX_MARKETING_LINE).trim();
    // A sales line may run long ("urgent? we answer within the hour, evenings included, …").
    if (lines.length(k) > 120 && (lines.length(k) > MAX_MARKETING_LINE || !MARKETING_LINE.test(line))) return false;
    if (POSTSCRIPT.test(line)) return false;
    if (!strict) continue;
    if (MOBILE_SIGNATURE.test(line) || SIGN_OFF.test(line) || MARKETING_LINE.test(line)) continue;
    if (line.endsWith('?')) return false;
    const words = line.split(/\s+/).length;
    const contact = CONTACT_LINE.test(line);
    // Under a rule, a short sentence is a signature's too ("and here's my signature.", "acme inc.").
    const short = words <= 5 && line.length <= 60 && (underRule || !/[.!]$/.test(line));
    const slogan =
      named &&
      // Words, not the dashes and quotation marks around a slogan.
      (line.match(/[a-z0-9][a-z0-9'-]*/g) ?? []).length <= MAX_NAMED_TAIL_WORDS &&
      line.length <= MAX_NAMED_TAIL_LINE &&
      !ASKS.test(line) &&
      !NOT_SLOGAN.test(line);
    if (!short && !slogan && !(contact && line.length <= 100)) return false;
  }
  return true;
}

/**
 * A line that is only the sender's name or first name ("rachel", "- rachel stein"), from the `from` field:
 * a signature signed without any sign-off word.
 */
function isSenderNameLine(line: string, senderNames: readonly string[]): boolean {
  if (senderNames.length === 0 || line.length > 60) return false;
  const bare = line
    .trim()
    .replace(/^[-~\s]+/, '')
    .replace(/[\s.,!]+$/, '');
  return bare !== '' && senderNames.includes(bare);
}

/** Where the signature starts in `[from, to)`, or `to` when there is none. */
function findSignature(
  lines: Lines,
  from: number,
  to: number,
  ruleAtStart = false,
  senderNames: readonly string[] = [],
): number {
  let lastPostscript = -1;
  for (let k = from; k < to; k++) {
    if (lines.length(k) <= 120 && POSTSCRIPT.test(lines.line(k, 120))) lastPostscript = k;
  }
  for (let k = from; k < to; k++) {
    if (lines.length(k) > 80) continue;
    const line = lines.line(k);
    const trimmed = line.trim();
    if (trimmed === '--' || trimmed === '- -' || trimmed === '__') {
      if (isSignatureTail(lines, k + 1, to, MAX_DELIMITED_SIGNATURE_LINES, false)) return k;
    } else if ((RULE_LINE.test(line) && (k > from || ruleAtStart)) || (trimmed === '-' && k > from)) {
      // A lone dash is "—" or "--" as phones type it; only a signature-shaped tail below makes it a delimiter.
      if (isSignatureTail(lines, k + 1, to, MAX_DELIMITED_SIGNATURE_LINES, true, true)) return k;
    } else if (MOBILE_SIGNATURE.test(line) && trimmed.split(/\s+/).length <= 8) {
      // Mailers put their line last; text under it is the quoted message, unless a P.S. follows.
      if (k > lastPostscript) return k;
    } else if ((SIGN_OFF.test(line) || (DASH_NAME.test(line) && !inList(lines, k, from, to))) && k > from) {
      const tail = lines.nextNonBlank(k + 1, to);
      // Signed with the sender's own name under the sign-off: a slogan below it is the signature's too.
      const named = tail < to && isSenderNameLine(lines.line(tail, 80), senderNames);
      if (
        (tail < to || DASH_NAME.test(line)) &&
        isSignatureTail(lines, k + 1, to, MAX_SIGNATURE_LINES, true, false, named)
      )
        return k;
    } else if (k > from && isSenderNameLine(line, senderNames)) {
      if (isSignatureTail(lines, k + 1, to, MAX_SIGNATURE_LINES, true, false, true)) return k;
    }
  }
  return contactBlock(lines, from, to);
}

/** "- a / - b": a line of a list next to line `k`, so "- a" is an item, not a name signed with a dash. */
function inList(lines: Lines, k: number, from: number, to: number): boolean {
  const item = (i: number): boolean => i >= from && i < to && /^\s*[-*•]\s?\S/.test(lines.line(i, 80));
  return item(k - 1) || item(k + 1);
}

/**
 * A last paragraph that is a name followed by contact lines ("jane doe / jane@x.com /
 * (555) 346-9947"), signed without any sign-off.
 */
function contactBlock(lines: Lines, from: number, to: number): number {
  let end = to;
  while (end > from && lines.isBlank(end - 1)) end--;
  let start = end;
  while (start > from && !lines.isBlank(start - 1) && end - start < 6) start--;
  if (start <= from || end - start < 3 || !lines.isBlank(start - 1)) return to;
  const name = lines.line(start, 80).trim();
  if (lines.length(start) > 40 || CONTACT_LINE.test(name) || name.split(/\s+/).length > 4) return to;
  let contacts = 0;
  for (let k = start + 1; k < end; k++) {
    const line = lines.line(k, 120);
    // A company's sales line closes a signature as surely as two contact lines do.
    if (lines.length(k) <= 120 && MARKETING_LINE.test(line)) contacts += 2;
    else if (lines.length(k) > 60) return to;
    else if (/@|\d{3}|www\.|https?:/.test(line)) contacts++;
  }
  return contacts >= 2 ? start : to;
}

/** Where the legal footer starts in `[from, to)`, or `to` when there is none. */
function findFooter(lines: Lines, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (to - k > MAX_FOOTER_LINES * 3) continue;
    if (lines.length(k) > MAX_FOOTER_LINE) continue;
    const line = lines.line(k, MAX_FOOTER_LINE);
    if (!FOOTER.test(line)) continue;
    // A notice written as one long paragraph is a footer only if it also says what to do or who regulates.
    const tailFrom = lines.length(k) > 120 && FOOTER_DETAIL.test(line) ? k + 1 : k;
    if (!isSignatureTail(lines, tailFrom, to, MAX_FOOTER_LINES, false)) continue;
    // A mailing list's "__" or "-- " above its footer belongs to it.
    return k > from && lines.length(k - 1) <= 80 && DECORATION_LINE.test(lines.line(k - 1)) ? k - 1 : k;
  }
  return to;
}

/** Offsets of the text in lines `[from, to)` without the blank lines and spaces around it. */
function trimmedRange(
  lines: Lines,
  from: number,
  to: number,
  startAt?: number,
  endAt?: number,
): { start: number; end: number } {
  let start = startAt ?? lines.starts[from] ?? 0;
  let end = endAt ?? (to > from ? (lines.ends[to - 1] ?? start) : start);
  const text = lines.text;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  for (;;) {
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    // A rule left under the last words ("====" above a header block) is not part of them.
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (end <= start || lineStart <= start || !DECORATION_LINE.test(text.slice(lineStart, end))) break;
    end = lineStart;
  }
  return end > start ? { start, end } : { start, end: start };
}

/**
 * Separates the newest message from what was quoted, forwarded or signed below it.
 * `senderNames` (folded: the sender's full name and first name) lets a signature start at the bare name.
 */
export function splitMessage(folded: string, senderNames: readonly string[] = []): MessageSplit {
  const lines = new Lines(folded);
  const aside: AsideBlock[] = [];
  let from = 0;
  let history = findHistory(lines, 0);
  // A header block with nothing above it but a mailer's signature: a message forwarded
  // without a note, or printed with its own headers. What it carries is what is sent.
  if (history && !history.markedOnly && onlyMobileSignature(lines, 0, history.line)) {
    const body = afterHeaderBlock(lines, history.line);
    if (body > history.line) {
      const top = trimmedRange(lines, 0, history.line);
      if (top.end > top.start) aside.push({ kind: 'signature', start: top.start, end: history.at });
      aside.push({ kind: history.kind, start: history.at, end: lines.starts[body] ?? folded.length });
      from = body;
      history = findHistory(lines, body);
    }
  }
  // "> " quotes with own text below them: a reply written under or between the quoted
  // lines. The quotes are set aside and the newest message runs on past them.
  let ownFrom = from;
  while (history?.markedOnly) {
    const resume = afterMarkedQuote(lines, history);
    if (resume === null) break;
    const next = findHistory(lines, resume);
    const nextLine = next ? next.line : lines.count;
    // Only a signature or a mailing list's footer under the quote: still the quoted message.
    if (nextLine === resume || findSignature(lines, resume, findFooter(lines, resume, nextLine), true) === resume)
      break;
    aside.push({ kind: history.kind, start: history.at, end: lines.starts[resume] ?? folded.length });
    if (folded.slice(lines.starts[from], history.at).trim() === '') from = resume;
    ownFrom = resume;
    history = next;
  }

  const ownEnd = history ? history.line + (history.at > (lines.starts[history.line] ?? 0) ? 1 : 0) : lines.count;
  const ownEndOffset = history ? history.at : folded.length;
  const footer = findFooter(lines, ownFrom, ownEnd);
  const signature = findSignature(lines, ownFrom, footer, false, senderNames);
  const newest = trimmedRange(lines, from, signature, undefined, signature === ownEnd ? ownEndOffset : undefined);

  const signatureStart = lines.starts[signature] ?? ownEndOffset;
  const footerStart = Math.min(lines.starts[footer] ?? ownEndOffset, ownEndOffset);
  if (signature < footer) aside.push({ kind: 'signature', start: signatureStart, end: footerStart });
  if (footer < ownEnd && footerStart < ownEndOffset)
    aside.push({ kind: 'footer', start: footerStart, end: ownEndOffset });

  // The history, one block per quoted or forwarded message.
  while (history) {
    // The header block under a forward separator is the forwarded message's, not a new one.
    const below = history.kind === 'forward' ? afterHeaderBlock(lines, history.line) : history.line;
    const next = findHistory(lines, Math.max(below, history.line + 1), true);
    aside.push({ kind: history.kind, start: history.at, end: next ? next.at : folded.length });
    history = next;
  }
  return { newest, aside: aside.sort((a, b) => a.start - b.start) };
}
