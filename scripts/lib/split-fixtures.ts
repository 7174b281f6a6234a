/**
 * Scores the newest-message split against third-party reply-parser fixtures in
 * ../shared/realworld/replies (formats in ../shared/realworld/README.md, section 3).
 *
 * Each project means something slightly different by "the reply", so each case is
 * compared with the reading of our split that says what that project's own tests (the
 * file named in `_source.tests`) assert:
 * - `newest`: the newest message's own words, quotes it was written between left out;
 * - `signed`: the same with the signature right under it, `signedFooter` with the legal or
 *   mailing-list footer too (Melusine keeps signatures; github's parser cuts only at "-- "
 *   and "Sent from", crisp's also at "Regards,", so fragment tests accept any of these);
 * - `first`: the first fragment of the fragment parsers: the own text above the first
 *   block we set aside (so only "Hi," above a bottom-posted reply), or that block when the
 *   body starts with it; `firstSigned` adds a signature right under it;
 * - `message`: everything but quoted messages (talon removes quotations only, and keeps
 *   signatures, footers and forwarded messages, unless forwarded inside a quotation);
 * - `top`: everything above the first quote or forward header (Melusine's first message);
 * - `inline`: the newest message with the quotes it holds kept without their header lines,
 *   and a bare quote above it kept (discourse's trimmer removes header lines, quotes a
 *   header introduces and trailing quotes); `inlineSigned` runs down to the end of the
 *   signature.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { splitMessage } from '../../src/analysis/split/split-message.ts';
import { foldBody, toBodyRange } from '../../src/analysis/text.ts';
import type { AsideBlock } from '../../src/analysis/types.ts';
import { parseEml } from './eml.ts';

export type Reading =
  'newest' | 'signed' | 'signedFooter' | 'first' | 'firstSigned' | 'message' | 'top' | 'inline' | 'inlineSigned';

export type SplitReadings = Record<Reading, string> & {
  /** Every block set aside (quotes, forwards, signatures, footers): what the fragment parsers call quoted text. */
  rest: string;
};

export interface SplitCase {
  name: string;
  body: string;
  /** The reading printed when the case fails. */
  shown: Reading;
  /** Returns null when the split passes, or what was expected. */
  check: (readings: SplitReadings) => string | null;
}

export interface ProjectScore {
  project: string;
  cases: number;
  matched: number;
  /** Assertions left out: marked `non_default_config_or_modified_input` or a patched setting. */
  skipped: number;
  failures: { name: string; expected: string; actual: string }[];
}

type Kind = AsideBlock['kind'];
/** What a reading does with a block set aside: keep it, drop it, or keep only its quoted lines. */
type Keep = Partial<Record<Kind, 'all' | 'quotedLines'>>;

/** A line with a quote mark, as discourse counts them: "> text", Supercite's "JD> text". */
const QUOTED_LINE = /^\s*[a-z]{0,3}>/i;

/** The readings of `body`, as text of the body itself (offsets mapped back through the fold). */
export function readSplit(body: string): SplitReadings {
  const folded = foldBody(body);
  const split = splitMessage(folded.text);
  const toBody = (from: number, to: number): { start: number; end: number } => {
    const [start, end] = toBodyRange(folded, from, to);
    return { start, end };
  };
  const aside = split.aside.map((block) => ({ kind: block.kind, ...toBody(block.start, block.end) }));
  const newest = toBody(split.newest.start, split.newest.end);

  const quoteStart = aside.find((block) => block.kind === 'quote')?.start ?? body.length;
  /** Body text of `[from, to)` with the blocks set aside kept as `keep` says; none kept from `keepUntil` on. */
  const text = (from: number, to: number, keep: Keep, keepUntil = body.length): string => {
    let out = '';
    let at = from;
    for (const block of aside) {
      if (block.end <= at || block.start >= to) continue;
      out += body.slice(at, Math.max(at, block.start));
      const inside = body.slice(Math.max(at, block.start), Math.min(to, block.end));
      const kept = block.start < keepUntil ? keep[block.kind] : undefined;
      if (kept === 'all') out += inside;
      else if (kept === 'quotedLines')
        out += inside.replace(/^.*(?:\r?\n|$)/gm, (line) => (line.trim() === '' || QUOTED_LINE.test(line) ? line : ''));
      at = Math.min(to, block.end);
    }
    return out + body.slice(at, Math.max(at, to));
  };

  let signedEnd = newest.end;
  let footerEnd = newest.end;
  for (const block of aside) {
    if (block.start < newest.end) continue;
    if (block.kind !== 'signature' && block.kind !== 'footer') break;
    if (block.kind === 'signature') signedEnd = block.end;
    footerEnd = block.end;
  }
  const firstBlock = aside[0];
  const startsWithBlock = firstBlock !== undefined && body.slice(0, firstBlock.start).trim() === '';
  const first = startsWithBlock
    ? { start: firstBlock.start, end: firstBlock.end }
    : { start: newest.start, end: Math.min(firstBlock?.start ?? newest.end, newest.end) };
  const signatureUnder = aside.find(
    (block) => block.start >= first.end && body.slice(first.end, block.start).trim() === '',
  );
  const firstSignedEnd = !startsWithBlock && signatureUnder?.kind === 'signature' ? signatureUnder.end : first.end;
  const firstHeader = aside.find((block) => block.kind === 'quote' || block.kind === 'forward');
  // A quote above the reply stays in discourse's output when it is bare, not when a header introduces it.
  const bareQuoteAbove = aside.find(
    (block) =>
      block.end <= newest.start && block.kind === 'quote' && QUOTED_LINE.test(body.slice(block.start).trimStart()),
  );
  const inline = (to: number): string =>
    text(bareQuoteAbove ? bareQuoteAbove.start : newest.start, to, {
      quote: 'quotedLines',
      signature: 'all',
      footer: 'all',
    });

  return {
    newest: text(newest.start, newest.end, {}),
    signed: text(newest.start, signedEnd, { signature: 'all' }),
    signedFooter: text(newest.start, footerEnd, { signature: 'all', footer: 'all' }),
    first: body.slice(first.start, first.end),
    firstSigned: body.slice(first.start, firstSignedEnd),
    message: text(0, body.length, { forward: 'all', signature: 'all', footer: 'all' }, quoteStart),
    top: body.slice(0, firstHeader ? firstHeader.start : body.length),
    inline: inline(newest.end),
    inlineSigned: inline(footerEnd),
    rest: aside.map((block) => body.slice(block.start, block.end)).join('\n'),
  };
}

const trim = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
/** Per-line trim: the fragment parsers strip each line's indentation, Melusine each line's trailing spaces. */
const trimLines = (text: string): string =>
  text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .join('\n')
    .trim();
const noSpace = (text: string): string => text.replace(/\s/g, '');

/** Passes when one of `readings` equals `expected` once both are normalized. */
function equalsOneOf(readings: Reading[], expected: string, normalize: (text: string) => string): SplitCase['check'] {
  const want = normalize(expected);
  return (split) => (readings.some((reading) => normalize(split[reading]) === want) ? null : expected);
}

/** Elements a browser lays out as blocks: each starts and ends a line of text. */
const BLOCK_ELEMENTS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL'.split(
    ' ',
  ),
);
const UNRENDERED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TITLE', 'TEMPLATE']);

interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

/**
 * HTML to the text a browser shows for it (what the extension reads from the page): block
 * elements on lines of their own, runs of white space collapsed, entities decoded by a
 * real parser. Blockquotes get no "> " marks: the page shows none, and talon itself keeps
 * a blockquote that no header introduces.
 */
function htmlToText(html: string, window: Window): string {
  const render = (node: HtmlNode): string => {
    if (node.nodeType === 3) return (node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ');
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
    if (node.nodeName === 'BR') return '\n';
    if (UNRENDERED.has(node.nodeName)) return '';
    const inner = Array.from(node.childNodes, render).join('');
    return BLOCK_ELEMENTS.has(node.nodeName) ? `\n${inner}\n` : inner;
  };
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return tidyLines(render(document as unknown as HtmlNode));
}

/** Line ends trimmed as a browser lays them out, at most one blank line in a row. */
const tidyLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

interface TalonInline {
  test: string;
  content_type: string;
  input: string;
  expected_reply: string;
  compare: string;
  conditions: string[] | null;
}

/**
 * Talon's tests feed the first text/plain part as Python's email package decodes it,
 * without RFC 3676 unwrapping; postal-mime 4.0.0 unwraps format=flowed and also joins a
 * "> " line ending in a space to the unquoted line below (RFC 3676 §4.5 forbids joining
 * across quote depths), so the parameter is dropped to read what talon reads.
 */
const FORMAT_FLOWED = /;\s*format\s*=\s*"?flowed"?/gi;

async function talonCases(dir: string, window: Window): Promise<{ cases: SplitCase[]; skipped: number }> {
  const cases: SplitCase[] = [];
  let skipped = 0;
  const lines = readFileSync(path.join(dir, 'text_quotations_cases.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const c = JSON.parse(line) as TalonInline;
    if (c.conditions) {
      skipped++;
      continue;
    }
    const html = c.content_type === 'text/html';
    const body = html ? htmlToText(c.input, window) : c.input;
    const expected = html ? htmlToText(c.expected_reply, window) : c.expected_reply;
    const normalize = html || c.compare === 'whitespace_removed' ? noSpace : trim;
    const check = equalsOneOf(['message'], expected, normalize);
    cases.push({ name: `inline#${i} ${c.test}`, body, shown: 'message', check });
  }
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
    standard_replies: Record<string, { expected_reply: string; expected_from_file: string | null }>;
    html_replies: Record<string, { expected_reply_text: string }>;
    signature_stripped: Record<string, { expected_signature_file: string }>;
  };
  for (const [file, spec] of Object.entries(expected.standard_replies)) {
    const raw = readFileSync(path.join(dir, 'fixtures', file), 'utf8').replace(FORMAT_FLOWED, '');
    const email = await parseEml(raw);
    const want = spec.expected_from_file
      ? readFileSync(path.join(dir, 'fixtures', spec.expected_from_file), 'utf8')
      : spec.expected_reply;
    cases.push({ name: file, body: email.body, shown: 'message', check: equalsOneOf(['message'], want, trim) });
  }
  for (const [file, spec] of Object.entries(expected.html_replies)) {
    const body = htmlToText(readFileSync(path.join(dir, 'fixtures', file), 'utf8'), window);
    const check = equalsOneOf(['message'], spec.expected_reply_text, noSpace);
    cases.push({ name: file, body, shown: 'message', check });
  }
  // Signature fixtures: the newest message is the body above the expected signature.
  for (const [file, spec] of Object.entries(expected.signature_stripped)) {
    const body = readFileSync(path.join(dir, 'fixtures', file), 'utf8');
    const signature = readFileSync(path.join(dir, 'fixtures', spec.expected_signature_file), 'utf8').trim();
    const at = body.lastIndexOf(signature);
    if (at === -1) {
      skipped++;
      continue;
    }
    cases.push({ name: file, body, shown: 'newest', check: equalsOneOf(['newest'], body.slice(0, at), trim) });
  }
  return { cases, skipped };
}

function discourseCases(dir: string): { cases: SplitCase[]; skipped: number } {
  const cases = readdirSync(path.join(dir, 'emails'))
    .filter((file) => existsSync(path.join(dir, 'trimmed', file)))
    .sort()
    .map((file): SplitCase => {
      const body = readFileSync(path.join(dir, 'emails', file), 'utf8');
      const want = readFileSync(path.join(dir, 'trimmed', file), 'utf8');
      return { name: file, body, shown: 'inline', check: equalsOneOf(['inline', 'inlineSigned'], want, trim) };
    });
  return { cases, skipped: 0 };
}

interface Assertion {
  target: string;
  op: string;
  value: unknown;
  non_default_config_or_modified_input?: boolean;
}

/** Which readings an assertion's target is about; targets not listed speak of later fragments or counts. */
const READINGS_OF_TARGET: Record<string, Reading[]> = {
  'fragments[0]': ['first', 'firstSigned'],
  'fragments[0].trimmed': ['first', 'firstSigned'],
  visible_text: ['newest', 'signed', 'signedFooter'],
  'visible_text.trimmed': ['newest', 'signed', 'signedFooter'],
  parse_reply: ['newest', 'signed', 'signedFooter'],
  reply: ['newest', 'signed', 'signedFooter'],
  'reply.trimmed': ['newest', 'signed', 'signedFooter'],
};

function assertionFails(a: Assertion, text: string): string | null {
  const value = a.value;
  const describe = `${a.target} ${a.op} ${JSON.stringify(value)}`;
  if (a.op === 'equals' && typeof value === 'string') return trimLines(text) === trimLines(value) ? null : value;
  if (a.op === 'contains' && typeof value === 'string') return text.includes(value) ? null : describe;
  if (a.op === 'not_contains' && typeof value === 'string') return text.includes(value) ? describe : null;
  if ((a.op === 'matches_regex' || a.op === 'not_matches_regex') && typeof value === 'object' && value !== null) {
    const { pattern, flags } = value as { pattern: string; flags: string };
    const matches = new RegExp(pattern, flags.replace(/[^gimsuy]/g, '')).test(text.trim());
    return matches === (a.op === 'matches_regex') ? null : describe;
  }
  return describe;
}

function fragmentCases(dir: string): { cases: SplitCase[]; skipped: number } {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
    fixtures: Record<string, Assertion[]>;
  };
  const cases: SplitCase[] = [];
  let skipped = 0;
  for (const [file, assertions] of Object.entries(expected.fixtures)) {
    const own = assertions.filter((a) => {
      if (a.non_default_config_or_modified_input) {
        skipped++;
        return false;
      }
      return true;
    });
    const checked = own.filter((a) => a.target in READINGS_OF_TARGET || a.target === 'quoted_text');
    if (!checked.some((a) => a.target in READINGS_OF_TARGET)) continue;
    const emailPath = path.join(dir, 'emails', file);
    if (!existsSync(emailPath)) continue;
    const shown = checked.some((a) => a.target.startsWith('fragments[0]')) ? 'first' : 'newest';
    cases.push({
      name: file,
      body: readFileSync(emailPath, 'utf8'),
      shown,
      check: (split) => {
        for (const a of checked) {
          const texts =
            a.target === 'quoted_text' ? [split.rest] : (READINGS_OF_TARGET[a.target] ?? []).map((r) => split[r]);
          const failures = texts.map((text) => assertionFails(a, text));
          if (!failures.includes(null)) return failures[0] ?? a.target;
        }
        return null;
      },
    });
  }
  return { cases, skipped };
}

interface MelusineCase {
  case: string;
  input: { body?: string };
  expected: Record<string, { 'messages.text'?: string[] } | undefined>;
}

function melusineCases(dir: string): { cases: SplitCase[]; skipped: number } {
  const cases: SplitCase[] = [];
  for (const line of readFileSync(path.join(dir, 'test_cases.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const c = JSON.parse(line) as MelusineCase;
    const messages =
      c.expected['segmenter_expected']?.['messages.text'] ??
      c.expected['transferred_email_processor_expected']?.['messages.text'];
    const first = messages?.[0];
    if (first === undefined || c.input.body === undefined) continue;
    const check = equalsOneOf(['signed', 'signedFooter', 'top'], first, trimLines);
    cases.push({ name: c.case, body: c.input.body, shown: 'signed', check });
  }
  return { cases, skipped: 0 };
}

type Loaded = { cases: SplitCase[]; skipped: number } | Promise<{ cases: SplitCase[]; skipped: number }>;

export const SPLIT_PROJECTS = {
  talon: (dir: string, window: Window) => talonCases(path.join(dir, 'talon'), window),
  discourse_email_reply_trimmer: (dir: string) => discourseCases(path.join(dir, 'discourse_email_reply_trimmer')),
  'crisp-oss': (dir: string) => fragmentCases(path.join(dir, 'crisp-oss_email-reply-parser')),
  github: (dir: string) => fragmentCases(path.join(dir, 'github_email_reply_parser')),
  willdurand: (dir: string) => fragmentCases(path.join(dir, 'willdurand_EmailReplyParser')),
  zapier: (dir: string) => fragmentCases(path.join(dir, 'zapier_email-reply-parser')),
  melusine_fr: (dir: string) => melusineCases(path.join(dir, 'melusine_fr')),
} satisfies Record<string, (dir: string, window: Window) => Loaded>;

export type SplitProject = keyof typeof SPLIT_PROJECTS;

/** Runs every project's cases; `sharedDir` is the ../shared folder. */
export async function scoreSplitFixtures(sharedDir: string): Promise<ProjectScore[]> {
  const repliesDir = path.join(sharedDir, 'realworld', 'replies');
  const window = new Window();
  const scores: ProjectScore[] = [];
  try {
    for (const [project, load] of Object.entries(SPLIT_PROJECTS)) {
      const { cases, skipped } = await load(repliesDir, window);
      const score: ProjectScore = { project, cases: cases.length, matched: 0, skipped, failures: [] };
      for (const c of cases) {
        const readings = readSplit(c.body);
        const expected = c.check(readings);
        if (expected === null) score.matched++;
        else score.failures.push({ name: c.name, expected, actual: readings[c.shown] });
      }
      scores.push(score);
    }
  } finally {
    await window.happyDOM.close();
  }
  return scores;
}
