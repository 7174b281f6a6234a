/**
 * Revision rounds in the popup's email view: which round the open email's revision request is for this client and
 * conversation (counted by the history, corrected by the user), shown on its `extra_revisions` findings
 * ("revision round 3 — 2 included") and given to the reply composer so the reply says it.
 */
import { revisionRound } from '../../history/revisions.ts';
import type { Site } from '../../history/types.ts';
import type { AnalysedMessage } from '../../shared/messages.ts';
import { t } from '../../shared/i18n.ts';
import { historyStore } from './popup-store.ts';

/** The round, or null when the message asks for no revision or the history has not counted it. */
export async function revisionRoundOf(site: Site, message: AnalysedMessage): Promise<number | null> {
  if (!message.analysis.findings.some((finding) => finding.category === 'extra_revisions')) return null;
  try {
    const thread = await historyStore().revisionThread(message.from.address, message.subject);
    return revisionRound(thread, { site, messageId: message.id });
  } catch (error) {
    console.error('Gardefou: could not read the revision count', error);
    return null;
  }
}

export const revisionRoundText = (round: number, included: number): string =>
  t('historyRevisionRound', [String(round), String(included)]);

/** Adds the round to the newest message's `extra_revisions` findings in `section`. */
export function showRevisionRound(section: HTMLElement, round: number, included: number): void {
  const findings = section.querySelectorAll<HTMLElement>('[data-testid="finding"][data-category="extra_revisions"]');
  for (const finding of findings) {
    // Findings of earlier messages in the conversation carry an "earlier message" mark; their round is another one.
    if (finding.querySelector('.earlier') || finding.querySelector('.revision-round')) continue;
    const note = document.createElement('span');
    note.className = 'revision-round';
    note.dataset.testid = 'revision-round';
    note.textContent = revisionRoundText(round, included);
    finding.append(' ', note);
  }
}
