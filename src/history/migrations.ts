/**
 * Ordered migrations of the stored history. `MIGRATIONS[i]` turns a version `i + 1` store into a version
 * `i + 2` one; append only, and a user may skip any number of versions. Each step sees every history item
 * and says what to set and what to remove, because a version may change the layout, not only the shapes.
 */
import { entryStorageKey, LEGACY_V1_KEY, threadStorageKey } from './keys.ts';
import { emptyThread, isRevisionRequest, requestOf, withRequest } from './revisions.ts';
import type { HistoryEntry, RevisionThread } from './types.ts';
import { parseEntry } from './validate.ts';

/** Version 1 (the first shipped shape): the whole history as one array under `history`. */
export interface HistoryStoreV1 {
  version: 1;
  entries: HistoryEntryV1[];
}

export interface HistoryEntryV1 {
  /** `<site>:<message id>`. */
  id: string;
  site: 'gmail' | 'outlook';
  url: string;
  /** `Name <address>` or a bare address. */
  from: string;
  subject: string;
  /** Sent date, ISO 8601, or null. */
  date: string | null;
  /** `reason` was English only. */
  findings: { category: string; text: string; reason: string }[];
  status: 'new' | 'replied' | 'handled' | 'false-alarm';
  replyTone?: 'warm' | 'neutral' | 'firm';
  /** Epoch ms. */
  replyAt?: number;
  firstSeen: number;
  lastSeen: number;
}

export interface MigrationResult {
  set: Record<string, unknown>;
  remove: string[];
  /** Records that could not be carried over (invalid in the old version already). */
  dropped: number;
}

export type Migration = (items: Readonly<Record<string, unknown>>) => MigrationResult;

const isoFromMs = (ms: unknown): unknown =>
  typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;

/** `Name <address>` → name and address; a bare address has an empty name. */
function splitFrom(from: unknown): { name: string; address: string } | undefined {
  if (typeof from !== 'string') return undefined;
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(from);
  return match ? { name: match[1] ?? '', address: match[2] ?? '' } : { name: '', address: from };
}

/** One version-1 entry in today's shape, or null when it was not valid even then. */
export function entryFromV1(value: unknown): HistoryEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const v1 = value as Partial<Record<keyof HistoryEntryV1, unknown>>;
  const messageId =
    typeof v1.id === 'string' && typeof v1.site === 'string' && v1.id.startsWith(`${v1.site}:`)
      ? v1.id.slice(v1.site.length + 1)
      : undefined;
  const findings = Array.isArray(v1.findings)
    ? v1.findings.map((f: unknown) => {
        const finding = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
        return { category: finding.category, phrase: finding.text, reason: finding.reason };
      })
    : undefined;
  return parseEntry({
    site: v1.site,
    messageId,
    link: v1.url,
    client: splitFrom(v1.from),
    subject: v1.subject,
    sentAt: v1.date ?? null,
    findings,
    status: v1.status === 'false-alarm' ? 'false_alarm' : v1.status,
    reply: v1.replyTone === undefined ? null : { tone: v1.replyTone, at: isoFromMs(v1.replyAt) },
    firstSeen: isoFromMs(v1.firstSeen),
    lastSeen: isoFromMs(v1.lastSeen),
  });
}

/** Version 1 → 2: one key per entry, and revision threads rebuilt from the entries that asked for revisions. */
function splitV1(items: Readonly<Record<string, unknown>>): MigrationResult {
  const stored = items[LEGACY_V1_KEY] as Partial<HistoryStoreV1> | undefined;
  const list: unknown[] = Array.isArray(stored?.entries) ? stored.entries : [];
  const set: Record<string, unknown> = {};
  const threads = new Map<string, RevisionThread>();
  let dropped = 0;
  for (const value of list) {
    const entry = entryFromV1(value);
    if (!entry) {
      dropped++;
      continue;
    }
    set[entryStorageKey(entry)] = entry;
    if (!isRevisionRequest(entry)) continue;
    const fresh = emptyThread(entry.client.address, entry.subject);
    const key = threadStorageKey(fresh.client, fresh.thread);
    const thread = threads.get(key) ?? fresh;
    threads.set(key, withRequest(thread, requestOf(entry)));
  }
  for (const [key, thread] of threads) set[key] = thread;
  return { set, remove: [LEGACY_V1_KEY], dropped };
}

export const MIGRATIONS: readonly Migration[] = [splitV1];

/** The version this code writes. */
export const HISTORY_SCHEMA_VERSION = MIGRATIONS.length + 1;
