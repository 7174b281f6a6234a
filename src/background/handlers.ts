/** The background's one handler map: every message of the contract, answered here. */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze } from '../analysis/analyze.ts';
import type { Analysis } from '../analysis/types.ts';
import {
  formatSender,
  type InsertInTab,
  type InsertResult,
  type MessageName,
  type Request,
  type Response,
} from '../shared/messages.ts';
import { resolveSentAt } from '../shared/displayed-date.ts';
import { toAnalysisSettings } from '../shared/settings.ts';
import { loadSettings } from '../shared/storage.ts';
import { showBadge } from './badge.ts';
import { dismiss, isDismissed } from './dismissed.ts';
import { applyFalseAlarms, recordInHistory, recordReplyInHistory } from './history.ts';
import { getTabView, setTabView } from './tab-views.ts';

/** A message the sender was not allowed to send, or sent from the wrong place; it is ignored. */
export class RejectedSender extends Error {}

type Handlers = {
  [K in MessageName]: (request: Request<K>, sender: Runtime.MessageSender) => Promise<Response<K>>;
};

/** Content-script messages speak for the tab they came from. */
function senderTab(sender: Runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new RejectedSender('not from a tab');
  return tabId;
}

function fromExtensionPage(sender: Runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL(''))) throw new RejectedSender('not from an extension page');
}

async function openSuggestions(tabId: number): Promise<void> {
  try {
    // Opens the real popup for the active tab, which is the sender's: the user just clicked in it.
    await browser.action.openPopup();
  } catch {
    // Browsers that refuse `openPopup` without a toolbar click get the popup page in a small window.
    const page = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
    await browser.windows.create({
      url: browser.runtime.getURL(`${page}?tab=${tabId}`),
      type: 'popup',
      width: 420,
      height: 640,
    });
  }
}

/** What a site the user switched off gets: nothing flagged, and the reason in words. */
const SITE_OFF: Analysis = {
  status: 'skipped',
  skippedReason: { en: 'Gardefou is off for this webmail.', fr: 'Gardefou est désactivé pour ce webmail.' },
  lang: 'en',
  register: null,
  newest: { start: 0, end: 0, text: '' },
  aside: [],
  findings: [],
  categories: [],
  deadlines: [],
};

/** The content script's answer, checked: it may be a stale copy, or the tab may have navigated away. */
function asInsertResult(value: unknown): InsertResult {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const result = value as InsertResult;
    if (result.ok === true && typeof result.opened === 'boolean') return result;
    if (result.ok === false && typeof result.failure === 'string') return result;
  }
  return { ok: false, failure: 'no-page' };
}

/** Asks the tab's content script to insert the reply (content/insert-reply.ts). */
async function insertInTab(tabId: number, messageId: string, text: string): Promise<InsertResult> {
  const message: InsertInTab = {
    gardefou: 1,
    name: 'insertInTab',
    request: { messageId, text },
  };
  return asInsertResult(await browser.tabs.sendMessage(tabId, message));
}

export const HANDLERS: Handlers = {
  async analyze(message, sender) {
    senderTab(sender);
    const [settings, dismissed] = await Promise.all([loadSettings(), isDismissed(message.site, message.id)]);
    const sentAt = resolveSentAt(message.sent);
    if (!settings.enabledSites[message.site]) return { analysis: SITE_OFF, dismissed, sentAt };
    const analysis = analyze(
      {
        subject: message.subject,
        body: message.text,
        sentAt,
        from: formatSender(message.from),
      },
      toAnalysisSettings(settings),
    );
    const kept = await applyFalseAlarms(analysis, message.from.address);
    // Awaited so the popup, opened right after, finds the entry and its revision round.
    await recordInHistory({ ...message, sentAt }, kept, sender.tab?.url ?? sender.url ?? '');
    return { analysis: kept, dismissed, sentAt };
  },
  async reportView(view, sender) {
    const tabId = senderTab(sender);
    await setTabView(tabId, view);
    await showBadge(tabId, view);
    return null;
  },
  async dismiss({ site, id }, sender) {
    senderTab(sender);
    await dismiss(site, id);
    return null;
  },
  async openSuggestions(_request, sender) {
    await openSuggestions(senderTab(sender));
    return null;
  },
  async getTabView({ tabId }, sender) {
    fromExtensionPage(sender);
    return getTabView(tabId);
  },
  async insertReply({ tabId, messageId, tone, text }, sender) {
    fromExtensionPage(sender);
    const view = await getTabView(tabId);
    if (view?.kind !== 'messages' || !view.messages.some((message) => message.id === messageId)) {
      return { ok: false, failure: 'message-gone' };
    }
    const result = await insertInTab(tabId, messageId, text).catch((): InsertResult => ({
      ok: false,
      failure: 'no-page',
    }));
    if (result.ok) {
      await recordReplyInHistory({ site: view.site, messageId }, tone);
    }
    return result;
  },
};
