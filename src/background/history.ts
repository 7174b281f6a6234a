/**
 * The background's side of the flagged history (src/history/): it is the one place that sees every analysis, so
 * it drops the findings the user called false alarms for that client, records the newest message of each email,
 * and learns of inserted replies. The history lives in the extension's IndexedDB, shared with the popup; content
 * scripts never open it (theirs would be the webmail's).
 */
import { CATEGORIES, type Analysis } from '../analysis/types.ts';
import type { Tone } from '../replies/templates/types.ts';
import { IdbStorageArea } from '../history/idb-storage-area.ts';
import { HistoryStore } from '../history/store.ts';
import type { EntryKey } from '../history/types.ts';
import type { MessageToAnalyze } from '../shared/messages.ts';

let store: HistoryStore | undefined;

/** Opened on first use: a woken worker that only answers a tab-view request never touches IndexedDB. */
export function historyStore(): HistoryStore {
  store ??= new HistoryStore(new IdbStorageArea());
  return store;
}

/** The analysis without the findings `keep` rejects; its categories follow what is left. */
export function withoutFalseAlarms(analysis: Analysis, keep: (finding: { text: string }) => boolean): Analysis {
  const findings = analysis.findings.filter(keep);
  if (findings.length === analysis.findings.length) return analysis;
  const categories = CATEGORIES.filter((category) => findings.some((finding) => finding.category === category));
  return { ...analysis, findings, categories };
}

/** The analysis as this client's false alarms leave it. The history failing must not cost the user the analysis. */
export async function applyFalseAlarms(analysis: Analysis, senderAddress: string): Promise<Analysis> {
  if (analysis.findings.length === 0) return analysis;
  try {
    return withoutFalseAlarms(analysis, await historyStore().falseAlarmFilter(senderAddress));
  } catch (error) {
    console.error('Gardefou: could not read false alarms', error);
    return analysis;
  }
}

/**
 * Records the newest message of an email: an entry when it has findings, a clean email of that client when not.
 * `link` is the page it was read on; the store keeps it only when it is https.
 */
export async function recordInHistory(
  message: Pick<MessageToAnalyze, 'site' | 'id' | 'from' | 'subject' | 'isNewest'> & { sentAt: string | null },
  analysis: Analysis,
  link: string,
): Promise<void> {
  if (!message.isNewest || analysis.status !== 'analyzed') return;
  try {
    const entry = await historyStore().recordAnalysis({
      site: message.site,
      messageId: message.id,
      link,
      from: message.from,
      subject: message.subject,
      sentAt: message.sentAt,
      findings: analysis.findings,
    });
    if (entry) refreshCacheSoon();
  } catch (error) {
    console.error('Gardefou: could not record the email in the history', error);
  }
}

/** A suggested reply went into this email's reply box: its entry says which and when. */
export async function recordReplyInHistory(message: EntryKey, tone: Tone): Promise<void> {
  try {
    if (await historyStore().recordReply(message, tone)) refreshCacheSoon();
  } catch (error) {
    console.error('Gardefou: could not record the reply in the history', error);
  }
}

/** How long after its last history write the background brings the history's cache in step. */
export const CACHE_REFRESH_DELAY_MS = 2000;
let cacheRefresh: ReturnType<typeof setTimeout> | undefined;

/**
 * Once a burst of writes is over (a few emails opened in a row), one load brings the entry cache and the
 * first-screen record in step (src/history/entry-cache.ts), so the popup opens on them instead of reading the
 * changed entries itself. A worker stopped before then leaves the change markers, and the popup's load does it.
 */
function refreshCacheSoon(): void {
  clearTimeout(cacheRefresh);
  cacheRefresh = setTimeout(() => {
    historyStore()
      .load()
      .catch((error: unknown) => console.error('Gardefou: could not refresh the history cache', error));
  }, CACHE_REFRESH_DELAY_MS);
}

/** Drops what the retention limits say to drop (at browser start-up and after an update). */
export function enforceHistoryRetention(): void {
  historyStore()
    .enforceRetention()
    .catch((error: unknown) => console.error('Gardefou: could not apply the history retention', error));
}
