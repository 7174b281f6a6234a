/**
 * Revision rounds per client and conversation. A conversation is its subject with the reply and forward
 * prefixes removed; the webmails' own thread ids are not exposed the same way by Gmail and Outlook, and the
 * subject is what both the client and the freelancer see as "the project".
 */
import { foldPhrase } from '../analysis/text.ts';
import type { Category } from '../analysis/types.ts';
import {
  entryKey,
  entryTime,
  type EntryKey,
  type HistoryEntry,
  type RevisionRequest,
  type RevisionThread,
} from './types.ts';

const REVISION_CATEGORY: Category = 'extra_revisions';

/** Past this many requests a thread forgets its oldest: nobody needs round 201 told apart from round 200. */
const MAX_REQUESTS_PER_THREAD = 200;

/**
 * Reply/forward prefixes as English and French webmails write them: "Re:", "RE :" (French spacing), "Fwd:",
 * "Fw:", "TR :" (transfert), "Réf. :", "Rép :", with counters such as "Re[2]:" or "RE(3):", possibly stacked.
 * Matched on folded text, so "Réf" is "ref" and a no-break space is a space.
 */
const THREAD_PREFIX = /^(?:(?:re|fwd?|tr|ref|rep)\.?\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*)+/;

export function normaliseThread(subject: string): string {
  return foldPhrase(subject).replace(/\s+/g, ' ').trim().replace(THREAD_PREFIX, '').trim();
}

export function threadId(client: string, thread: string): string {
  return `${client}\u0000${thread}`;
}

export function emptyThread(client: string, subject: string): RevisionThread {
  return { client, thread: normaliseThread(subject), subject, requests: [], base: 0, since: 0 };
}

/** An entry counts as a revision request unless the user called it a false alarm. */
export function isRevisionRequest(entry: HistoryEntry): boolean {
  return entry.status !== 'false_alarm' && entry.categories.includes(REVISION_CATEGORY);
}

export function requestOf(entry: HistoryEntry): RevisionRequest {
  return { site: entry.site, messageId: entry.messageId, at: entryTime(entry) };
}

/** The thread with `request` counted once (a reopened email moves, it does not add a round). */
export function withRequest(thread: RevisionThread, request: RevisionRequest): RevisionThread {
  const key = entryKey(request);
  const requests = thread.requests.filter((r) => entryKey(r) !== key);
  requests.push(request);
  // Stable sort: requests made at the same moment keep the order they were recorded in.
  requests.sort((a, b) => a.at - b.at);
  return { ...thread, requests: requests.slice(-MAX_REQUESTS_PER_THREAD) };
}

export function withoutRequest(thread: RevisionThread, message: EntryKey): RevisionThread {
  const key = entryKey(message);
  return { ...thread, requests: thread.requests.filter((r) => entryKey(r) !== key) };
}

/**
 * The user says "the count is `count` as of `at`" (a correction while looking at a request: `at` is that
 * request's time; a reset for a new project: `count` 0 and `at` now).
 */
export function withCount(thread: RevisionThread, count: number, at: number): RevisionThread {
  return { ...thread, base: Math.max(0, Math.floor(count)), since: at };
}

/** Revision requests so far, as of `at` (default: all of them). */
export function revisionCount(thread: RevisionThread, at = Infinity): number {
  if (at >= thread.since) {
    return thread.base + thread.requests.filter((r) => r.at > thread.since && r.at <= at).length;
  }
  return Math.max(0, thread.base - thread.requests.filter((r) => r.at > at && r.at <= thread.since).length);
}

/**
 * Which round `message` asks for (1 = the first), or null when it is not a counted request or belongs to a
 * project before the last reset. The popup shows it beside the included rounds ("revision round 3 — 2 included").
 */
export function revisionRound(thread: RevisionThread, message: EntryKey): number | null {
  const key = entryKey(message);
  const index = thread.requests.findIndex((r) => entryKey(r) === key);
  const request = thread.requests[index];
  if (!request) return null;
  const { requests, since, base } = thread;
  const round =
    request.at > since
      ? base + requests.slice(0, index + 1).filter((r) => r.at > since).length
      : base - requests.slice(index + 1).filter((r) => r.at <= since).length;
  return round >= 1 ? round : null;
}
