/**
 * Checks a stored or imported value against the history types. Every parser returns null (or drops the bad
 * part) instead of throwing: storage can be damaged, and an import file can be anything.
 */
import { CATEGORIES, type Category, type Localized } from '../analysis/types.ts';
import { TONES, type Tone } from '../replies/templates/types.ts';
import {
  DEFAULT_RETENTION,
  ENTRY_STATUSES,
  LIMITS,
  RETENTION_BOUNDS,
  SITES,
  type CleanTally,
  type EntryStatus,
  type FalseAlarm,
  type HistoryEntry,
  type HistoryFinding,
  type InsertedReply,
  type Retention,
  type RevisionRequest,
  type RevisionThread,
  type Site,
} from './types.ts';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const MESSY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Cuts a snippet to `max` characters, marking the cut, without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  // Most stored snippets are already clean: skip the rewrite, loading 5,000 entries clips about 30,000 of them.
  if (text.length <= max && !MESSY_SPACE.test(text)) return text;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  const cut = Array.from(trimmed.slice(0, max)).slice(0, -1).join('');
  return `${cut.trimEnd()}…`;
}

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export const normaliseAddress = (address: string): string => address.trim().toLowerCase();

/** Only https links are kept: the popup opens them, and `javascript:` or `data:` must never get that far. */
export function isSafeLink(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.link) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function parseLocalized(value: unknown): Localized | null {
  if (typeof value === 'string' && value.trim())
    return { en: clip(value, LIMITS.reason), fr: clip(value, LIMITS.reason) };
  if (!isRecord(value) || typeof value.en !== 'string' || typeof value.fr !== 'string') return null;
  return { en: clip(value.en, LIMITS.reason), fr: clip(value.fr, LIMITS.reason) };
}

export function parseFinding(value: unknown): HistoryFinding | null {
  if (!isRecord(value) || !isOneOf(CATEGORIES, value.category) || typeof value.phrase !== 'string') return null;
  const phrase = clip(value.phrase, LIMITS.phrase);
  const reason = parseLocalized(value.reason);
  if (!phrase || !reason) return null;
  return { category: value.category, phrase, reason };
}

/** The findings to keep: valid ones, one per category and phrase, at most `LIMITS.findingsPerEntry`. */
export function normaliseFindings(values: readonly unknown[]): HistoryFinding[] {
  const seen = new Set<string>();
  const kept: HistoryFinding[] = [];
  for (const value of values) {
    const finding = parseFinding(value);
    if (!finding) continue;
    const key = `${finding.category}\u0000${finding.phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(finding);
    if (kept.length === LIMITS.findingsPerEntry) break;
  }
  return kept;
}

export const categoriesOf = (findings: readonly HistoryFinding[]): Category[] =>
  [...new Set(findings.map((f) => f.category))].sort();

function parseReply(value: unknown): InsertedReply | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !isOneOf<Tone>(TONES, value.tone) || !isIsoDate(value.at)) return undefined;
  return { tone: value.tone, at: value.at };
}

/** A valid entry from anything, normalised (clipped snippets, lower-case address, derived categories), or null. */
export function parseEntry(value: unknown): HistoryEntry | null {
  if (!isRecord(value)) return null;
  const { site, messageId, link, client, subject, sentAt, status, firstSeen, lastSeen } = value;
  if (!isOneOf<Site>(SITES, site) || !isOneOf<EntryStatus>(ENTRY_STATUSES, status)) return null;
  if (typeof messageId !== 'string' || !messageId || messageId.length > LIMITS.messageId) return null;
  if (!isSafeLink(link) || typeof subject !== 'string') return null;
  if (!isRecord(client) || typeof client.name !== 'string' || typeof client.address !== 'string') return null;
  const address = normaliseAddress(client.address);
  if (!address || address.length > LIMITS.address) return null;
  if (sentAt !== null && !isIsoDate(sentAt)) return null;
  if (!isIsoDate(firstSeen) || !isIsoDate(lastSeen)) return null;
  const reply = parseReply(value.reply);
  if (reply === undefined || !Array.isArray(value.findings)) return null;
  const findings = normaliseFindings(value.findings);
  if (findings.length === 0) return null;
  return {
    site,
    messageId,
    link,
    client: { name: clip(client.name, LIMITS.name), address },
    subject: clip(subject, LIMITS.subject),
    sentAt,
    categories: categoriesOf(findings),
    findings,
    status,
    reply,
    firstSeen,
    lastSeen,
  };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function parseRevisionThread(value: unknown): RevisionThread | null {
  if (!isRecord(value) || typeof value.client !== 'string' || typeof value.thread !== 'string') return null;
  if (typeof value.subject !== 'string' || !Array.isArray(value.requests)) return null;
  if (!isCount(value.base) || typeof value.since !== 'number' || !Number.isFinite(value.since)) return null;
  const requests = value.requests.filter(
    (r): r is RevisionRequest =>
      isRecord(r) &&
      isOneOf<Site>(SITES, r.site) &&
      typeof r.messageId === 'string' &&
      typeof r.at === 'number' &&
      Number.isFinite(r.at),
  );
  return {
    client: value.client,
    thread: value.thread,
    subject: value.subject,
    requests: requests.map(({ site, messageId, at }) => ({ site, messageId, at })),
    base: value.base,
    since: value.since,
  };
}

export function parseCleanTally(value: unknown): CleanTally | null {
  if (!isRecord(value) || typeof value.client !== 'string' || !isRecord(value.weeks)) return null;
  const weeks = Object.fromEntries(
    Object.entries(value.weeks).filter(([week, count]) => /^\d{4}-\d{2}-\d{2}$/.test(week) && isCount(count)),
  ) as Record<string, number>;
  const recent = Array.isArray(value.recent) ? value.recent.filter((r): r is string => typeof r === 'string') : [];
  return { client: value.client, weeks, recent };
}

/** The false alarms of one client; invalid items are dropped. */
export function parseFalseAlarms(value: unknown): FalseAlarm[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is FalseAlarm =>
      isRecord(a) &&
      typeof a.phrase === 'string' &&
      a.phrase !== '' &&
      isOneOf(CATEGORIES, a.category) &&
      isIsoDate(a.at),
  );
}

/** Retention from a stored or user-given value; each field out of bounds falls back to its default. */
export function parseRetention(value: unknown): Retention {
  const fields = isRecord(value) ? value : {};
  const pick = (key: keyof Retention): number => {
    const v = fields[key];
    const [min, max] = RETENTION_BOUNDS[key];
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : DEFAULT_RETENTION[key];
  };
  return { maxEntries: pick('maxEntries'), maxAgeMonths: pick('maxAgeMonths') };
}
