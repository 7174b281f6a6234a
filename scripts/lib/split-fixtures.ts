/**
 * Scores the newest-message split against third-party reply-parser fixtures in
 * ../shared/realworld/replies (formats in ../shared/realworld/README.md, section 3).
 *
 * Each project means something slightly different by "the reply", so each case says
 * which of our readings it is compared with:
 * - `newest`: the newest message's own words;
 * - `signed`: the newest message with the signature and footer right under it
 *   (Melusine keeps signatures; github's parser cuts only at "-- " and "Sent from",
 *   crisp's also at "Regards,", so fragment tests accept either reading);
 * - `message`: everything above the first quoted message, forwarded messages
 *   included (talon keeps signatures and does not split forwards).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { splitMessage } from '../../src/analysis/split/split-message.ts';
import { foldBody, toBodyRange } from '../../src/analysis/text.ts';
import { parseEml } from './eml.ts';

export type Reading = 'newest' | 'signed' | 'message';

export interface SplitReadings {
  newest: string;
  signed: string;
  message: string;
  /** Everything after the newest message: the quoted history as these parsers return it. */
  rest: string;
}

export interface SplitCase {
  name: string;
  body: string;
  readings: Reading[];
  /** Returns null when the reading passes, or what was expected. */
  check: (reading: string, rest: string) => string | null;
}

export interface ProjectScore {
  project: string;
  cases: number;
  matched: number;
  /** Assertions left out: marked `non_default_config_or_modified_input` or a patched setting. */
  skipped: number;
  failures: { name: string; expected: string; actual: string }[];
}

/** The three readings of `body`, as text of the body itself (offsets mapped back through the fold). */
export function readSplit(body: string): SplitReadings {
  const folded = foldBody(body);
  const split = splitMessage(folded.text);
  // Quotes the reply was written between are not the newest message's own words.
  const bodyText = (from: number, to: number): string => {
    let text = '';
    let at = from;
    for (const block of split.aside) {
      if (block.kind !== 'quote' || block.start < at || block.end > to) continue;
      text += body.slice(...toBodyRange(folded, at, block.start));
      at = block.end;
    }
    return text + body.slice(...toBodyRange(folded, at, to));
  };
  const { start, end } = split.newest;
  const after = split.aside.filter((block) => block.start >= end);
  let signedEnd = end;
  for (const block of after) {
    if (block.kind !== 'signature' && block.kind !== 'footer') break;
    signedEnd = block.end;
  }
  const firstQuote = after.find((block) => block.kind === 'quote');
  const messageEnd = firstQuote ? firstQuote.start : folded.text.length;
  return {
    newest: bodyText(start, end),
    signed: bodyText(start, Math.max(signedEnd, end)),
    message: bodyText(start, Math.max(messageEnd, end)),
    rest: bodyText(end, folded.text.length),
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

function equalsCheck(expected: string, normalize: (text: string) => string): SplitCase['check'] {
  const want = normalize(expected);
  return (reading) => (normalize(reading) === want ? null : expected);
}

/** Enough HTML to text for talon's HTML fixtures: block ends and <br> become line breaks, as innerText does. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:div|p|blockquote|tr|li|h\d)>|<hr\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

interface TalonInline {
  test: string;
  content_type: string;
  input: string;
  expected_reply: string;
  compare: string;
  conditions: string[] | null;
}

async function talonCases(dir: string): Promise<{ cases: SplitCase[]; skipped: number }> {
  const cases: SplitCase[] = [];
  let skipped = 0;
  const message: Reading[] = ['message'];
  const lines = readFileSync(path.join(dir, 'text_quotations_cases.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const c = JSON.parse(line) as TalonInline;
    if (c.conditions) {
      skipped++;
      continue;
    }
    const html = c.content_type === 'text/html';
    const body = html ? htmlToText(c.input) : c.input;
    const expected = html ? htmlToText(c.expected_reply) : c.expected_reply;
    const normalize = html || c.compare === 'whitespace_removed' ? noSpace : trim;
    cases.push({ name: `inline#${i} ${c.test}`, body, readings: message, check: equalsCheck(expected, normalize) });
  }
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
    standard_replies: Record<string, { expected_reply: string; expected_from_file: string | null }>;
    html_replies: Record<string, { expected_reply_text: string }>;
    signature_stripped: Record<string, { expected_signature_file: string }>;
  };
  for (const [file, spec] of Object.entries(expected.standard_replies)) {
    const email = await parseEml(readFileSync(path.join(dir, 'fixtures', file), 'utf8'));
    const want = spec.expected_from_file
      ? readFileSync(path.join(dir, 'fixtures', spec.expected_from_file), 'utf8')
      : spec.expected_reply;
    cases.push({ name: file, body: email.body, readings: message, check: equalsCheck(want, trim) });
  }
  for (const [file, spec] of Object.entries(expected.html_replies)) {
    const body = htmlToText(readFileSync(path.join(dir, 'fixtures', file), 'utf8'));
    cases.push({ name: file, body, readings: message, check: equalsCheck(spec.expected_reply_text, noSpace) });
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
    cases.push({ name: file, body, readings: ['newest'], check: equalsCheck(body.slice(0, at), trim) });
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
      return { name: file, body, readings: ['newest', 'signed'], check: equalsCheck(want, trim) };
    });
  return { cases, skipped: 0 };
}

interface Assertion {
  target: string;
  op: string;
  value: unknown;
  non_default_config_or_modified_input?: boolean;
}

/** The assertions of a fragment test that speak about the newest message or the quoted rest. */
const NEWEST_TARGETS = new Set([
  'fragments[0]',
  'fragments[0].trimmed',
  'visible_text',
  'visible_text.trimmed',
  'parse_reply',
  'reply',
  'reply.trimmed',
]);

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
    // A fixture whose first fragment is itself the quote (bottom posting) is read through visible_text only.
    const firstHidden = own.some(
      (a) => (a.target === 'fragments[0].quoted' || a.target === 'fragments[0].hidden') && a.value === true,
    );
    const newestAssertions = own.filter(
      (a) => NEWEST_TARGETS.has(a.target) && !(firstHidden && a.target.startsWith('fragments[0]')),
    );
    const restAssertions = own.filter((a) => a.target === 'quoted_text');
    if (newestAssertions.length === 0) continue;
    const emailPath = path.join(dir, 'emails', file);
    if (!existsSync(emailPath)) continue;
    cases.push({
      name: file,
      body: readFileSync(emailPath, 'utf8'),
      readings: ['newest', 'signed'],
      check: (reading, rest) => {
        for (const a of newestAssertions) {
          const failed = assertionFails(a, reading);
          if (failed !== null) return failed;
        }
        for (const a of restAssertions) {
          const failed = assertionFails(a, rest);
          if (failed !== null) return failed;
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
    cases.push({ name: c.case, body: c.input.body, readings: ['signed'], check: equalsCheck(first, trimLines) });
  }
  return { cases, skipped: 0 };
}

export const SPLIT_PROJECTS = {
  talon: (dir: string) => talonCases(path.join(dir, 'talon')),
  discourse_email_reply_trimmer: (dir: string) => discourseCases(path.join(dir, 'discourse_email_reply_trimmer')),
  'crisp-oss': (dir: string) => fragmentCases(path.join(dir, 'crisp-oss_email-reply-parser')),
  github: (dir: string) => fragmentCases(path.join(dir, 'github_email_reply_parser')),
  willdurand: (dir: string) => fragmentCases(path.join(dir, 'willdurand_EmailReplyParser')),
  zapier: (dir: string) => fragmentCases(path.join(dir, 'zapier_email-reply-parser')),
  melusine_fr: (dir: string) => melusineCases(path.join(dir, 'melusine_fr')),
} satisfies Record<
  string,
  (dir: string) => { cases: SplitCase[]; skipped: number } | Promise<{ cases: SplitCase[]; skipped: number }>
>;

export type SplitProject = keyof typeof SPLIT_PROJECTS;

/** Runs every project's cases; `sharedDir` is the ../shared folder. */
export async function scoreSplitFixtures(sharedDir: string): Promise<ProjectScore[]> {
  const repliesDir = path.join(sharedDir, 'realworld', 'replies');
  const scores: ProjectScore[] = [];
  for (const [project, load] of Object.entries(SPLIT_PROJECTS)) {
    const { cases, skipped } = await load(repliesDir);
    const score: ProjectScore = { project, cases: cases.length, matched: 0, skipped, failures: [] };
    for (const c of cases) {
      const readings = readSplit(c.body);
      let expected = '';
      const pass = c.readings.some((reading) => {
        const failed = c.check(readings[reading], readings.rest);
        if (failed !== null) expected = failed;
        return failed === null;
      });
      if (pass) score.matched++;
      else score.failures.push({ name: c.name, expected, actual: readings[c.readings[0] ?? 'newest'] });
    }
    scores.push(score);
  }
  return scores;
}
