/**
 * The headless walk-through of `npm run demo`: every demo email opened as a user would (a click in the list), the
 * popup's findings and replies, a reply inserted into the webmail's reply box, the history — a screenshot of each
 * step, and a check that each email is flagged as demo/mailbox.ts claims.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf, type ExtensionBrowser } from '../tests/e2e/lib/browser.ts';
import { DEMO_EMAILS, type DemoEmail } from './mailbox.ts';
import { demoUrl, GMAIL_INBOX_URL } from './pages.ts';
import { ANALYZED, firstPage } from './session.ts';

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
export async function tour(browser: ExtensionBrowser, folder: string): Promise<string[]> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let step = 0;
  const shoot = async (target: Page, name: string): Promise<void> => {
    const path = join(folder, fileName(++step, name));
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
