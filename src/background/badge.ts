/** The toolbar badge: how many findings the email open in that tab has. */
import browser from 'webextension-polyfill';
import type { TabView } from '../shared/messages.ts';

const FLAGGED_COLOR = '#b3261e';
const UNREADABLE_COLOR = '#6b6b6b';

export async function showBadge(tabId: number, view: TabView): Promise<void> {
  let text = '';
  let color = FLAGGED_COLOR;
  if (view.kind === 'messages') {
    const count = view.messages.reduce((sum, message) => sum + message.analysis.findings.length, 0);
    text = count > 0 ? String(count) : '';
  } else if (view.kind === 'unreadable') {
    text = '?';
    color = UNREADABLE_COLOR;
  }
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
  ]);
}
