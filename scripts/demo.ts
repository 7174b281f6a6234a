/**
 * `npm run demo`: builds the Chrome extension, then opens Debian's Chromium with it on the demo mailbox (demo/) —
 * Gmail-like and Outlook-like pages served at their real addresses by the e2e suite's browser helper, so no account
 * and no network are needed. With a display (DISPLAY or WAYLAND_DISPLAY) it opens a window to play in, the popup
 * beside it, until the window is closed. Without one it runs headless, walks through every step — each email
 * flagged, the popup's findings and replies, a reply inserted, the history — and writes a screenshot of each.
 *
 * GARDEFOU_DIST: build folder (default dist); GARDEFOU_DEMO_SCREENSHOTS: screenshot folder (default demo-screenshots).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { DEMO_EMAILS, DEMO_SETTINGS, type DemoEmail } from '../demo/mailbox.ts';
import { demoUrl, GMAIL_INBOX_URL, gmailDemoPage, outlookDemoPage } from '../demo/pages.ts';
import {
  EXTENSION_DIST,
  launchWithExtension,
  openPopup,
  tabIdOf,
  type ExtensionBrowser,
} from '../tests/e2e/lib/browser.ts';

/** The extension APIs the demo calls in the service worker, beyond those the tests declare. */
interface DemoChrome {
  storage: { local: { set(items: object): Promise<void> } };
  windows: { create(data: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
}

const SCREENSHOTS = resolve(process.env.GARDEFOU_DEMO_SCREENSHOTS ?? 'demo-screenshots');
const HAS_DISPLAY = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
/** What the content script marks once a message is analysed: its categories, sorted, space-separated. */
const ANALYZED = '[data-gardefou-state="analyzed"]';

/** Serves every demo page at its address, and gives the extension the freelancer's terms before any email opens. */
async function openMailbox(browser: ExtensionBrowser): Promise<void> {
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
async function firstPage(browser: ExtensionBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? browser.context.newPage();
}

/** Waits until the email on screen is analysed; resolves to the categories the content script marked on it. */
async function flaggedCategories(page: Page, email: DemoEmail): Promise<string[]> {
  const scope = email.site === 'gmail' ? '[data-fixture-view=conversation]' : '#ReadingPaneContainerId';
  const body = page.locator(`${scope} ${ANALYZED}`);
  await body.waitFor({ state: 'attached' });
  const marked = (await body.getAttribute('data-gardefou-categories')) ?? '';
  if (email.claims.categories.length) await page.locator('[data-gardefou="banner"]').waitFor();
  return marked.split(' ').filter(Boolean);
}

function fileName(step: number, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${String(step).padStart(2, '0')}-${slug}.png`;
}

/** The headless walk-through: one screenshot per step, in order; resolves to the emails whose flags differ from the claims. */
async function tour(browser: ExtensionBrowser): Promise<string[]> {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  let step = 0;
  const shoot = async (target: Page, name: string): Promise<void> => {
    const path = join(SCREENSHOTS, fileName(++step, name));
    await target.screenshot({ path, fullPage: true });
    console.log(`  ${relative(process.cwd(), path)}`);
  };
  const mismatches: string[] = [];
  const page = await firstPage(browser);
  await page.setViewportSize({ width: 1280, height: 800 });

  /** Opens the popup for the tab, photographs it, inserts the warm reply into the webmail's reply box. */
  const popupAndInsert = async (email: DemoEmail): Promise<void> => {
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.locator('[data-testid="suggestion"]').first().waitFor();
    await shoot(popup, `${email.site}-popup-findings-and-replies`);
    await popup.locator('[data-testid="suggestion"] [data-testid="insert-reply"]').first().click();
    const editor = page.locator('[contenteditable="true"][aria-multiline="true"]');
    await editor.waitFor();
    await page.waitForFunction(
      (selector) => (document.querySelector<HTMLElement>(selector)?.innerText.trim().length ?? 0) > 40,
      '[contenteditable="true"][aria-multiline="true"]',
    );
    await page.bringToFront();
    await shoot(page, `${email.site}-reply-inserted`);
    await popup.close();
  };

  const visit = async (email: DemoEmail, open: () => Promise<unknown>): Promise<void> => {
    await open();
    const flagged = await flaggedCategories(page, email);
    const claimed = [...email.claims.categories].sort();
    const ok = flagged.join(' ') === claimed.join(' ');
    if (!ok) mismatches.push(`${email.subject}: flagged [${flagged.join(', ')}], claimed [${claimed.join(', ')}]`);
    console.log(`${ok ? '✓' : '✗'} ${email.from.name} – ${email.subject}: ${flagged.join(', ') || 'nothing'}`);
    await shoot(page, `${email.site}-${email.from.name}`);
  };

  console.log('Gmail (English UI):');
  await page.goto(GMAIL_INBOX_URL);
  await shoot(page, 'gmail-inbox');
  const gmail = DEMO_EMAILS.filter((email) => email.site === 'gmail');
  for (const email of gmail) {
    // Like a user: back to the list, then a click on the email's row.
    await page.locator('.aeN a[href="#inbox"]').click();
    await visit(email, () => page.locator(`tr[data-fixture-href="#inbox/${email.token}"]`).click());
    if (email === gmail.find((e) => e.claims.categories.length)) await popupAndInsert(email);
  }

  console.log('Outlook (French UI):');
  const outlook = DEMO_EMAILS.filter((email) => email.site === 'outlook');
  for (const [index, email] of outlook.entries()) {
    await visit(email, () =>
      index === 0 ? page.goto(demoUrl(email)) : page.locator(`[role=option][data-convid="${email.token}"]`).click(),
    );
    if (email === outlook.find((e) => e.claims.categories.length)) await popupAndInsert(email);
  }

  const history = await openPopup(browser, await tabIdOf(browser, page));
  await history.setViewportSize({ width: 420, height: 760 });
  await history.click('[data-testid="tab-history"]');
  await history.waitForSelector('#panel-history[data-state="ready"]');
  await shoot(history, 'history');
  return mismatches;
}

/** A window to play in: Gmail and Outlook tabs, the popup for the Gmail tab beside them, until the user closes it. */
async function play(browser: ExtensionBrowser): Promise<void> {
  const outlook = DEMO_EMAILS.find((email) => email.site === 'outlook');
  if (!outlook) throw new Error('the demo mailbox has no Outlook email');
  const gmail = await firstPage(browser);
  await gmail.goto(GMAIL_INBOX_URL);
  await (await browser.context.newPage()).goto(demoUrl(outlook));
  const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${await tabIdOf(browser, gmail)}`;
  await browser.serviceWorker.evaluate(
    (url) => (chrome as unknown as DemoChrome).windows.create({ url, type: 'popup', width: 440, height: 760 }),
    popupUrl,
  );
  console.log(
    [
      'Chromium is open on the demo mailbox:',
      `  Gmail   ${GMAIL_INBOX_URL} — click an email in the list; "Inbox" goes back`,
      `  Outlook ${demoUrl(outlook)} — click an email in the list`,
      '  The small window is the popup for the Gmail tab; in any tab, "Suggest a reply" in the banner opens the popup',
      '  for it (Chromium cannot click its own toolbar button under automation). Insert puts a reply in the reply box.',
      'Close the browser window to end the demo.',
    ].join('\n'),
  );
  await new Promise<void>((done) => browser.context.once('close', () => done()));
}

console.log(`Building the Chrome extension into ${relative(process.cwd(), EXTENSION_DIST)}…`);
await build({ mode: 'chrome', logLevel: 'warn' });
console.log(`Demo mailbox: ${DEMO_EMAILS.length} client emails, each showing one thing:`);
for (const email of DEMO_EMAILS) console.log(`  ${email.site.padEnd(7)} ${email.from.name} – ${email.shows}`);

const browser = await launchWithExtension({ headless: !HAS_DISPLAY });
let failed = false;
try {
  await openMailbox(browser);
  if (HAS_DISPLAY) await play(browser);
  else {
    console.log(`No display: running headless, screenshots in ${relative(process.cwd(), SCREENSHOTS) || '.'}/`);
    const mismatches = await tour(browser);
    for (const mismatch of mismatches) console.error(`Flags differ from the demo's claims: ${mismatch}`);
    failed = mismatches.length > 0;
    console.log(`Done: screenshots of each step in ${SCREENSHOTS}`);
  }
} finally {
  const requests = [...browser.forbiddenRequests];
  // The helper's own network guard throws on these same requests on closing; they are reported just below.
  await browser.close().catch(() => undefined);
  console.log(`Network requests outside the demo pages: ${requests.length} ${requests.join(' ')}`.trimEnd());
  // In a window the user may browse anywhere; headless, only the demo ran.
  if (requests.length && !HAS_DISPLAY) failed = true;
}
process.exit(failed ? 1 : 0);
