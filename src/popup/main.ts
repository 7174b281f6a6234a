/**
 * The popup: what the email open in a tab asks of the user. Works on the tab given by `?tab=<id>`
 * (tests, the banner's window fallback) or else the active tab. Untrusted text (sender, subject,
 * phrases) only ever goes in through `textContent`.
 */
import browser from 'webextension-polyfill';
import { CATEGORIES, type Category, type Finding } from '../analysis/types.ts';
import { CATEGORY_COLORS, categoryMessage } from '../shared/categories.ts';
import { localized, t } from '../shared/i18n.ts';
import { localizePage } from '../shared/localize-page.ts';
import { formatSender, send, type AnalysedMessage, type TabView } from '../shared/messages.ts';
import { loadSettings } from '../shared/storage.ts';
import { isWebmailUrl } from '../shared/webmail-hosts.ts';
import { setUpHistoryTab } from './history/history-view.ts';
import { element } from './history/dom.ts';
import { historyStore } from './history/popup-store.ts';
import { revisionRoundOf, showRevisionRound } from './history/revision-round.ts';
import { repliesFor, replyTarget, showSuggestions } from './suggestions.ts';

async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function stateMessage(key: string, hintKey?: string): HTMLElement[] {
  const nodes: HTMLElement[] = [element('p', t(key), 'state')];
  if (hintKey) nodes.push(element('p', t(hintKey), 'hint'));
  return nodes;
}

function headerOf(message: AnalysedMessage): HTMLElement {
  const list = element('dl');
  list.append(element('dt', t('popupFrom')), element('dd', formatSender(message.from), 'from'));
  list.append(element('dt', t('popupSubject')), element('dd', message.subject || t('popupNoSubject'), 'subject'));
  return list;
}

function findingItem(finding: Finding, earlier: boolean): HTMLElement {
  const item = element('li');
  item.dataset.testid = 'finding';
  item.dataset.category = finding.category;
  item.append(element('span', `“${finding.text}”`, 'phrase'), ' — ', localized(finding.reason));
  if (earlier) item.append(' ', element('span', `(${t('popupEarlierMessage')})`, 'earlier'));
  return item;
}

function renderMessages(messages: AnalysedMessage[]): HTMLElement[] {
  const shown = messages.find((m) => m.isNewest) ?? messages[0];
  if (!shown) return stateMessage('popupNoMessage');
  const nodes: HTMLElement[] = [headerOf(shown)];
  const byCategory = new Map<Category, HTMLElement[]>();
  for (const message of messages) {
    for (const finding of message.analysis.findings) {
      const items = byCategory.get(finding.category) ?? [];
      items.push(findingItem(finding, !message.isNewest));
      byCategory.set(finding.category, items);
    }
  }
  if (byCategory.size === 0) {
    nodes.push(...stateMessage('popupClean'));
    return nodes;
  }
  for (const category of CATEGORIES) {
    const items = byCategory.get(category);
    if (!items) continue;
    const heading = element('h2');
    const swatch = element('span', undefined, 'swatch');
    swatch.style.background = CATEGORY_COLORS[category];
    heading.append(swatch, t(categoryMessage(category)));
    const list = element('ul');
    list.append(...items);
    nodes.push(heading, list);
  }
  return nodes;
}

function render(view: TabView | null, onWebmail: boolean): HTMLElement[] {
  if (!onWebmail) return stateMessage('popupNotWebmail');
  if (!view || view.kind === 'no-message') return stateMessage('popupNoMessage');
  if (view.kind === 'unreadable') return stateMessage('popupUnreadable', 'popupUnreadableHint');
  return renderMessages(view.messages);
}

async function show(): Promise<void> {
  localizePage(document);
  setUpHistoryTab(document, historyStore);
  document.getElementById('options')?.addEventListener('click', () => {
    browser.runtime.openOptionsPage().catch((error: unknown) => console.error(error));
  });
  // Escape closes the popup; keys the replies handle (leaving an edit) do not reach this far.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) window.close();
  });
  const section = document.getElementById('email');
  if (!section) return;
  const tabId = await targetTabId();
  const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
  const onWebmail = tab !== null && isWebmailUrl(tab.url);
  const view = onWebmail && tabId !== null ? await send('getTabView', { tabId }) : null;
  section.dataset.state = !onWebmail ? 'not-webmail' : (view?.kind ?? 'no-message');
  section.replaceChildren(...render(view, onWebmail));
  const target = view?.kind === 'messages' && tabId !== null ? replyTarget(view.messages) : null;
  const suggestions = document.getElementById('suggestions');
  if (target && tabId !== null && suggestions && view?.kind === 'messages') {
    const [settings, round] = await Promise.all([loadSettings(), revisionRoundOf(view.site, target)]);
    if (round !== null && target.isNewest) showRevisionRound(section, round, settings.revisionRoundsIncluded);
    const replies = repliesFor(target, settings, new Date(), round);
    showSuggestions(suggestions, tabId, target, replies, settings.defaultTone);
  }
}

show().catch((error: unknown) => console.error('Gardefou popup:', error));
