/**
 * `npm run analyze -- <file> [--tz <IANA zone>] [--replies]`
 *
 * A `.txt` or `.eml` file (or `-` for standard input) is one email, printed readably.
 * A `.jsonl` file in the corpus format prints one JSON line per email:
 * `{"id", "lang", "labels", "findings"}` — a stable format other tools read.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../src/analysis/settings.ts';
import type { Analysis, AnalysisSettings, EmailInput } from '../src/analysis/types.ts';
import { composeReplies } from '../src/replies/compose.ts';
import { readJsonl, toEmailInput } from './lib/corpus.ts';
import { parseEml } from './lib/eml.ts';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npm run analyze -- <file.txt|file.eml|file.jsonl|-> [--tz <IANA zone>] [--replies]');
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; timeZone: string | null; replies: boolean } {
  let file: string | undefined;
  let timeZone: string | null = null;
  let replies = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--tz') {
      timeZone = argv[++i] ?? usage('--tz needs a time zone');
      try {
        new Intl.DateTimeFormat('en', { timeZone });
      } catch {
        usage(`unknown time zone: ${timeZone}`);
      }
    } else if (arg === '--replies') replies = true;
    else if (arg.startsWith('--')) usage(`unknown option: ${arg}`);
    else file = arg;
  }
  return { file: file ?? usage(), timeZone, replies };
}

function printReadable(email: EmailInput, analysis: Analysis): void {
  if (analysis.status === 'skipped') {
    console.log(analysis.skippedReason?.en ?? 'Not analysed.');
    return;
  }
  console.log(`language: ${analysis.lang}`);
  console.log(`newest message: ${analysis.newest.text.length} characters (body: ${email.body.length})`);
  for (const block of analysis.aside) console.log(`set aside: ${block.kind} at ${block.start}-${block.end}`);
  if (analysis.findings.length === 0) console.log('no findings: nothing crosses a line.');
  for (const f of analysis.findings) {
    console.log(`\n[${f.category}] "${f.text}" (${f.start}-${f.end}, ${f.rule}, confidence ${f.confidence})`);
    console.log(`  why: ${f.reason.en}`);
    if (f.deadline)
      console.log(`  deadline: ${f.deadline.at}${f.deadline.outside ? ` — ${f.deadline.outside.why.en}` : ''}`);
  }
  for (const d of analysis.deadlines) {
    const when = d.at
      ? `${d.at}, ${d.workingHoursLeft} working hours left`
      : 'not placed in time: the email has no sending date';
    console.log(`\ndeadline "${d.text}" → ${when}`);
  }
}

// `npm run analyze -- x.jsonl | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const { file, timeZone, replies } = parseArgs(process.argv.slice(2));
const settings: AnalysisSettings = { ...DEFAULT_ANALYSIS_SETTINGS, timeZone };

if (file.endsWith('.jsonl')) {
  for (const row of readJsonl(file)) {
    const analysis = analyze(toEmailInput(row), settings);
    console.log(
      JSON.stringify({ id: row.id, lang: analysis.lang, labels: analysis.categories, findings: analysis.findings }),
    );
  }
} else {
  const raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  const email = file.endsWith('.eml') ? await parseEml(raw) : { subject: '', body: raw, sentAt: null };
  const analysis = analyze(email, settings);
  printReadable(email, analysis);
  if (replies) {
    for (const reply of composeReplies(analysis, email))
      console.log(`\n--- reply (${reply.tone}, ${reply.lang}) ---\n${reply.text}`);
  }
}
