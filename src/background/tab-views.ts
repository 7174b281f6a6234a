/**
 * What each tab shows, in `storage.session`: the browser kills idle service workers, so a worker global
 * would forget a tab's findings while the popup still needs them. Session storage lives as long as the
 * browser session and never touches the disk.
 */
import browser from 'webextension-polyfill';
import type { TabView } from '../shared/messages.ts';

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabView(tabId: number): Promise<TabView | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabView | undefined) ?? null;
}

export async function setTabView(tabId: number, view: TabView): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: view });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
