import { findDeadlines } from './deadlines/find-deadlines.ts';
import { detectLanguage } from './language.ts';
import { modelDoubts, modelReading, secondOpinion } from './model/second-opinion.ts';
import { detectRegister } from './register.ts';
import type { RuleContext, RuleHit } from './rule.ts';
import { RULES } from './rules/index.ts';
import { splitSentences } from './sentences.ts';
import { guessHolidayCountry } from './holidays/guess-country.ts';
import { DEFAULT_ANALYSIS_SETTINGS, usableWorkingTime } from './settings.ts';
import { parseSentAt } from './sent-at.ts';
import { senderNames } from './split/sender-names.ts';
import { splitMessage } from './split/split-message.ts';
import { foldBody, foldPhrase, toBodyRange, type FoldedText } from './text.ts';
import {
  CATEGORIES,
  type AsideBlock,
  type Analysis,
  type AnalysisSettings,
  type Deadline,
  type EmailInput,
  type Finding,
  type Lang,
  type Localized,
} from './types.ts';

/** How much of the body is read to find where the newest message ends. */
export const MAX_READ_CHARS = 60_000;
/** How much of the newest message the rules read: enough for any real request, and linear. */
export const MAX_ANALYZED_CHARS = 20_000;

const SKIPPED = {
  empty: { en: 'Not analysed: the email is empty.', fr: 'Non analysé : le message est vide.' },
  noNewText: {
    en: 'Not analysed: the email holds only quoted text or a signature.',
    fr: 'Non analysé : le message ne contient que du texte cité ou une signature.',
  },
  notText: {
    en: 'Not analysed: the email does not look like English or French text.',
    fr: 'Non analysé : le message ne ressemble pas à un texte en français ou en anglais.',
  },
  mailing: {
    en: 'Not analysed: this is a mailing (it carries an unsubscribe line), not a request addressed to you.',
    fr: 'Non analysé : c’est un envoi groupé (il porte une ligne de désinscription), pas une demande qui vous est adressée.',
  },
} satisfies Record<string, Localized>;

/**
 * The line a newsletter or an announcement sent to a list carries, and a personal request never does: "unsubscribe",
 * "you're receiving this because…", « se désinscrire », « vous recevez ce message car… ».
 */
const MAILING_LINE =
  /^[^\S\n]*unsubscribe\b|\bunsubscribe[^\S\n]*(?:here|at any time|anytime|from (?:this|these|our)\b|$)|\b(?:to|can|may) unsubscribe\b|\bopt[ -]out of (?:these|our|all) e-?mails\b|\byou(?:'re| are) (?:getting|receiving) this (?:e-?mail |message |newsletter )?because\b|\b(?:se|vous) desinscrire\b|\bdesinscription\b|\bvous desabonner\b|\bvous recevez (?:ce|cet) (?:message|e-?mail|courriel|mail|bulletin) (?:car|parce)/m;

/**
 * Whether the sender's own part of the mail (the newest message, its signature and footer: not what it quotes or
 * forwards) is a mailing. A client who forwards a newsletter with a request above it is still read.
 */
function isMailing(folded: string, from: number, aside: readonly AsideBlock[]): boolean {
  const quoted = aside.find((b) => (b.kind === 'quote' || b.kind === 'forward') && b.start >= from);
  return MAILING_LINE.test(folded.slice(from, quoted?.start ?? folded.length));
}

/** Whether folded text is mostly Latin letters, digits, spaces and punctuation (accents are already folded). */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 2000);
  const readable = sample.match(/[a-z0-9\s.,;:!?'"()@/&%€$£-]/g)?.length ?? 0;
  return readable / sample.length >= 0.6;
}

function skipped(lang: Lang, reason: Localized, aside: Analysis['aside'] = []): Analysis {
  return {
    status: 'skipped',
    skippedReason: reason,
    lang,
    register: null,
    newest: { start: 0, end: 0, text: '' },
    aside,
    findings: [],
    categories: [],
    deadlines: [],
  };
}

/** Builds what the rules read from a folded range; shared by `analyze` and the rule tests. */
export function buildContext(
  folded: string,
  range: { start: number; end: number },
  lang: Lang,
  sentAtText: string | null | undefined,
  settings: AnalysisSettings,
): RuleContext {
  const sentences = splitSentences(folded, range.start, range.end);
  const { date, offsetMinutes } = parseSentAt(sentAtText);
  // Rules read up to the end of the newest message only: what follows is quoted or signed.
  const base = {
    lang,
    text: folded.slice(0, range.end),
    sentences,
    sentAt: date,
    sentOffsetMinutes: offsetMinutes,
    settings,
  };
  return { ...base, deadlines: findDeadlines(base) };
}

/** Overlapping hits of one category become one finding: the most confident, then the longest. */
function mergeOverlapping(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const clash = kept.findIndex((k) => k.category === f.category && f.start < k.end && k.start < f.end);
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    const k = kept[clash] as Finding;
    if (f.confidence > k.confidence || (f.confidence === k.confidence && f.end - f.start > k.end - k.start)) {
      kept[clash] = f;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

function toFinding(body: string, folded: FoldedText, rule: (typeof RULES)[number], hit: RuleHit): Finding {
  const [start, end] = toBodyRange(folded, hit.start, hit.end);
  const finding: Finding = {
    category: rule.category,
    rule: `${rule.lang}/${rule.id}`,
    reason: hit.reason ?? rule.reason,
    text: body.slice(start, end),
    start,
    end,
    confidence: hit.confidence ?? rule.confidence,
  };
  if (hit.deadline) finding.deadline = toDeadline(body, folded, hit.deadline);
  return finding;
}

function toDeadline(body: string, folded: FoldedText, located: RuleContext['deadlines'][number]): Deadline {
  const [start, end] = toBodyRange(folded, located.start, located.end);
  return { ...located, text: body.slice(start, end), start, end };
}

/**
 * Reads one email and says which lines its newest message crosses, where and why.
 * Pure and synchronous: no DOM, no storage, no network. Never throws on any input.
 */
export function analyze(email: EmailInput, given: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS): Analysis {
  const settings = { ...given, ...usableWorkingTime(given) };
  const body = typeof email.body === 'string' ? email.body : '';
  const subject = typeof email.subject === 'string' ? foldPhrase(email.subject.slice(0, 500)) : '';
  const fallbackLang = detectLanguage(subject);
  if (body.trim() === '') return skipped(fallbackLang, SKIPPED.empty);

  const folded = foldBody(body, MAX_READ_CHARS);
  const split = splitMessage(folded.text, senderNames(email.from));
  const aside = split.aside.map((block) => {
    const [start, end] = toBodyRange(folded, block.start, block.end);
    return { ...block, start, end };
  });
  const range = { start: split.newest.start, end: Math.min(split.newest.end, split.newest.start + MAX_ANALYZED_CHARS) };
  const newestFolded = folded.text.slice(range.start, range.end);
  if (newestFolded.trim() === '') return skipped(fallbackLang, SKIPPED.noNewText, aside);
  if (!looksLikeText(newestFolded)) return skipped(fallbackLang, SKIPPED.notText, aside);

  const lang = detectLanguage(newestFolded, fallbackLang);
  if (isMailing(folded.text, range.start, split.aside)) return skipped(lang, SKIPPED.mailing, aside);
  const sent = parseSentAt(email.sentAt);
  const holidayCountry =
    settings.holidayCountry ?? guessHolidayCountry(lang, sent.date, sent.offsetMinutes, folded.text);
  const context = buildContext(folded.text, range, lang, email.sentAt, { ...settings, holidayCountry });

  // Quotes the client interleaves with their own answer are someone else's words (often the freelancer's).
  const quotedInside = split.aside.filter((b) => b.start < range.end && range.start < b.end);
  const isOwnWords = (hit: { start: number; end: number }): boolean =>
    hit.start >= range.start &&
    hit.end <= range.end &&
    !quotedInside.some((b) => hit.start < b.end && b.start < hit.end);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.lang !== lang || !settings.enabledCategories[rule.category]) continue;
    for (const hit of rule.find(context)) {
      if (isOwnWords(hit)) findings.push(toFinding(body, folded, rule, hit));
    }
  }
  const ownSentences = context.sentences.filter((s) => isOwnWords(s));
  const overall = modelReading(folded.text, ownSentences);
  // The learned model overrules a rule it finds very unlikely, and speaks for categories the rules found nothing for
  // (model/second-opinion.ts).
  const merged = mergeOverlapping(findings).filter((f) => !modelDoubts(f, overall));
  const skip = new Set(
    CATEGORIES.filter((c) => !settings.enabledCategories[c] || merged.some((f) => f.category === c)),
  );
  for (const hit of overall ? secondOpinion(folded.text, ownSentences, overall, skip) : []) {
    const [start, end] = toBodyRange(folded, hit.start, hit.end);
    const finding: Finding = {
      category: hit.category,
      rule: `model/${hit.category}`,
      reason: hit.reason,
      text: body.slice(start, end),
      start,
      end,
      confidence: hit.confidence,
    };
    merged.push(finding);
  }
  merged.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
  const [newestStart, newestEnd] = toBodyRange(folded, range.start, range.end);
  return {
    status: 'analyzed',
    lang,
    register: lang === 'fr' ? detectRegister(newestFolded) : null,
    newest: { start: newestStart, end: newestEnd, text: body.slice(newestStart, newestEnd) },
    aside,
    findings: merged,
    categories: CATEGORIES.filter((c) => merged.some((f) => f.category === c)),
    deadlines: context.deadlines.map((d) => toDeadline(body, folded, d)),
  };
}
