/**
 * The window to play in of `npm run demo` (when there is a display): Gmail and Outlook tabs on the demo mailbox and
 * the popup in a small window of its own, since automation cannot click the toolbar button.
 */
import type { Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from '../tests/e2e/lib/browser.ts';
import { DEMO_EMAILS } from './mailbox.ts';
import { demoUrl, GMAIL_INBOX_URL } from './pages.ts';
import { ANALYZED, firstPage, type DemoChrome } from './session.ts';

/**
 * Keeps the popup window on the email last opened in either webmail tab: the popup reads its tab once, when it opens
 * (the real one closes as soon as the user clicks elsewhere), so it is reopened once the new email is analysed.
 */
function followTabs(popup: Page, tabs: readonly { page: Page; tabId: number }[], popupUrl: (tabId: number) => string) {
  for (const { page, tabId } of tabs) {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      void (async () => {
        // A list view has nothing to analyse: the wait ends without a match and the popup says so.
        await page.locator(ANALYZED).waitFor({ state: 'attached', timeout: 3000 });
        // The content script reports the view to the background right after marking the email.
        await page.waitForTimeout(300);
      })()
        .catch(() => undefined)
        .then(() => popup.goto(popupUrl(tabId)))
        .catch(() => undefined);
    });
  }
}

/** A window to play in: Gmail and Outlook tabs and a popup window that follows them, until the user closes Chromium. */
export async function play(browser: ExtensionBrowser): Promise<void> {
  const outlookEmail = DEMO_EMAILS.find((email) => email.site === 'outlook');
  if (!outlookEmail) throw new Error('the demo mailbox has no Outlook email');
  const gmail = await firstPage(browser);
  await gmail.goto(GMAIL_INBOX_URL);
  const outlook = await browser.context.newPage();
  await outlook.goto(demoUrl(outlookEmail));
  const tabs = [
    { page: outlook, tabId: await tabIdOf(browser, outlook) },
    { page: gmail, tabId: await tabIdOf(browser, gmail) },
  ];
  const popupUrl = (tabId: number): string =>
    `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`;
  const popupOpened = browser.context.waitForEvent('page');
  await browser.serviceWorker.evaluate(
    (url) => (chrome as unknown as DemoChrome).windows.create({ url, type: 'popup', width: 440, height: 760 }),
    popupUrl(tabs[1]?.tabId ?? 0),
  );
  followTabs(await popupOpened, tabs, popupUrl);
  console.log(
    [
      'Chromium is open on the demo mailbox:',
      `  Gmail   ${GMAIL_INBOX_URL} — click an email in the list; "Inbox" goes back`,
      `  Outlook ${demoUrl(outlookEmail)} — click an email in the list`,
      '  The small window is the popup (Chromium cannot click its own toolbar button under automation): it follows',
      '  the email you open in either tab. Insert puts a reply in the reply box; History lists what was flagged.',
      'Close Chromium (all its windows) or press Ctrl+C here to end the demo.',
    ].join('\n'),
  );
  await new Promise<void>((done) => browser.context.once('close', () => done()));
}
