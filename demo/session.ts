/**
 * The demo's browser session, shared by the window to play in (play.ts) and the headless walk-through (tour.ts): the
 * e2e suite's Chromium helper serving the demo pages at their webmail addresses, with the freelancer's terms set.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/lib/browser.ts';
import { DEMO_EMAILS, DEMO_SETTINGS } from './mailbox.ts';
import { demoUrl, GMAIL_INBOX_URL, gmailDemoPage, outlookDemoPage } from './pages.ts';

/** The extension APIs the demo calls in the service worker, beyond those the tests declare. */
export interface DemoChrome {
  storage: { local: { set(items: object): Promise<void> } };
  windows: { create(data: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
}

/** What the content script marks on a message once analysed, with its categories (sorted, space-separated). */
export const ANALYZED = '[data-gardefou-state="analyzed"]';

/** Serves every demo page at its address, and gives the extension the freelancer's terms before any email opens. */
export async function openMailbox(browser: ExtensionBrowser): Promise<void> {
  browser.serve(GMAIL_INBOX_URL, gmailDemoPage(DEMO_EMAILS));
  for (const email of DEMO_EMAILS) {
    if (email.site === 'outlook') browser.serve(demoUrl(email), outlookDemoPage(DEMO_EMAILS, email));
  }
  await browser.serviceWorker.evaluate(
    (settings) => (chrome as unknown as DemoChrome).storage.local.set({ settings }),
    DEMO_SETTINGS,
  );
}

/** The first page of the context (the window Chromium opened), or a new one. */
export async function firstPage(browser: ExtensionBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? browser.context.newPage();
}
