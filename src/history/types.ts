/**
 * The flagged history's records. Only short snippets are kept (a finding's phrase, its reason, the subject),
 * never a whole body: the history is for seeing patterns, not for archiving mail.
 */
import type { Category, Localized } from '../analysis/types.ts';
import type { Site } from '../content/adapters/adapter.ts';
import type { Tone } from '../replies/templates/types.ts';

export type { Site } from '../content/adapters/adapter.ts';

/** Every webmail an entry can come from; `satisfies` keeps it in step with the adapters' `Site`. */
export const SITES = ['gmail', 'outlook'] as const satisfies readonly Site[];

export const ENTRY_STATUSES = ['new', 'replied', 'handled', 'false_alarm'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Snippet lengths: long enough to recognise the request, short enough that 5,000 entries stay small. */
export const LIMITS = {
  phrase: 160,
  reason: 300,
  subject: 300,
  name: 200,
  address: 320,
  messageId: 512,
  link: 2048,
  findingsPerEntry: 12,
} as const;

export interface HistoryFinding {
  category: Category;
  /** The flagged words as the email had them, at most `LIMITS.phrase` characters. */
  phrase: string;
  /** Why it was flagged, in both UI languages (the rule's own reason at the time). */
  reason: Localized;
}

export interface InsertedReply {
  tone: Tone;
  /** ISO 8601, UTC. */
  at: string;
}

export interface Client {
  name: string;
  /** Lower case; what "the same client" means everywhere in the history. */
  address: string;
}

/** One flagged email. Keyed by `site` + `messageId` (see `entryKey`). */
export interface HistoryEntry {
  site: Site;
  /** The webmail's own message id, as the adapter read it. */
  messageId: string;
  /** An https URL that reopens the email in the webmail (the page it was read on). */
  link: string;
  client: Client;
  subject: string;
  /** ISO 8601 with the sender's offset, or null when the page did not say. */
  sentAt: string | null;
  /** Sorted, no duplicates; the categories of `findings`. */
  categories: Category[];
  findings: HistoryFinding[];
  status: EntryStatus;
  /** The last suggested reply inserted into this email's reply box. */
  reply: InsertedReply | null;
  /** ISO 8601, UTC. */
  firstSeen: string;
  lastSeen: string;
}

/** The identity of an entry: the same email opened again maps to the same key. */
export interface EntryKey {
  site: Site;
  messageId: string;
}

/** One revision request (an `extra_revisions` finding) in a thread. */
export interface RevisionRequest {
  site: Site;
  messageId: string;
  /** When it was asked: the sent date, or when it was first seen. Epoch ms. */
  at: number;
}

/**
 * Revision-round bookkeeping for one client and one conversation (a normalised subject). The count at any
 * time is `base` plus the requests after `since`; a user correction or a reset for a new project only moves
 * `base` and `since`, so what was recorded stays intact.
 */
export interface RevisionThread {
  client: string;
  /** `normaliseThread(subject)`. */
  thread: string;
  /** The subject as last seen, for display. */
  subject: string;
  requests: RevisionRequest[];
  /** The count the user set at `since`; 0 when never set. */
  base: number;
  /** Epoch ms of that correction or reset; 0 when never set, so every request counts. */
  since: number;
}

/** "Don't flag this phrase for this client again." */
export interface FalseAlarm {
  /** `foldPhrase` of the finding's phrase: matching ignores case, accents and apostrophe styles. */
  phrase: string;
  category: Category;
  /** ISO 8601, UTC. */
  at: string;
}

/** Analysed emails of one client that had no finding, per week: only counts, so the flagged share can be shown. */
export interface CleanTally {
  client: string;
  /** Week start (Monday, `YYYY-MM-DD`, UTC) → clean emails analysed that week. */
  weeks: Record<string, number>;
  /** The last few clean messages counted (`site:id`), so reopening one does not count it twice. */
  recent: string[];
}

export interface Retention {
  /** Oldest entries (by last seen) are dropped past this many. */
  maxEntries: number;
  /** Entries not seen for this many months are dropped. */
  maxAgeMonths: number;
}

export const DEFAULT_RETENTION: Retention = { maxEntries: 5000, maxAgeMonths: 12 };
export const RETENTION_BOUNDS = { maxEntries: [100, 20000], maxAgeMonths: [1, 120] } as const;

/** Everything the popup's history view needs, as loaded and repaired. */
export interface HistorySnapshot {
  entries: HistoryEntry[];
  revisionThreads: RevisionThread[];
  cleanTallies: CleanTally[];
  falseAlarms: Map<string, FalseAlarm[]>;
  retention: Retention;
}

export function entryKey(entry: EntryKey): string {
  return `${entry.site}:${entry.messageId}`;
}

/** The moment an entry is about: when it was sent, or when it was first seen if the page gave no date. */
export function entryTime(entry: Pick<HistoryEntry, 'sentAt' | 'firstSeen'>): number {
  const sent = entry.sentAt === null ? NaN : Date.parse(entry.sentAt);
  return Number.isNaN(sent) ? Date.parse(entry.firstSeen) : sent;
}
