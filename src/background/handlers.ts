/** The background's one handler map: every message of the contract, answered here. */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze } from '../analysis/analyze.ts';
import type { MessageName, Request, Response } from '../shared/messages.ts';
import { toAnalysisSettings } from '../shared/settings.ts';
import { loadSettings } from '../shared/storage.ts';
import { showBadge } from './badge.ts';
import { dismiss, isDismissed } from './dismissed.ts';
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

export const HANDLERS: Handlers = {
  async analyze(message, sender) {
    senderTab(sender);
    const [settings, dismissed] = await Promise.all([loadSettings(), isDismissed(message.site, message.id)]);
    const analysis = analyze(
      {
        subject: message.subject,
        body: message.text,
        sentAt: message.sentAt,
        from: message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address,
      },
      toAnalysisSettings(settings),
    );
    return { analysis, dismissed };
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
};
