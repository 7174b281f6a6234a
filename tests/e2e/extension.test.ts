/**
 * The built extension (dist/chrome) in real Chromium, on Gmail and Outlook fixtures served at their real URLs:
 * the test hooks, the banner, single-page navigation, the popup, a changed layout, and no network at all.
 * Records the flags-shown time per fixture and the pages' long tasks as figures (printed at the end of the run by
 * lib/figures-report.ts, never asserted).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSizes } from '../../scripts/extension-size.ts';
import type { TabView } from '../../src/shared/messages.ts';
import { fixtureHtml, GMAIL_NAVIGATION_HASHES, PAGE_FIXTURES, type PageFixture } from './fixtures/fixtures.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './lib/browser.ts';
import { recordFigures } from './lib/figures.ts';
import { installTimingProbe, readTimings } from './lib/probe.ts';

const ANALYZED = '[data-gardefou-state="analyzed"]';
const BANNER = '[data-gardefou="banner"]';
/** Page loads per fixture for the timing figures. */
const LOADS = 5;

let browser: ExtensionBrowser;

const categoriesOf = (fixture: PageFixture): string => [...fixture.expectedCategories].sort().join(' ');

/** Opens a fixture the way a user would reach its message; the navigation fixture starts on the inbox list. */
async function openFixture(page: Page, fixture: PageFixture): Promise<void> {
  browser.serve(fixture.url, fixtureHtml(fixture.file));
  await page.goto(fixture.url);
  if (fixture === PAGE_FIXTURES.gmailNavigation) await setHash(page, GMAIL_NAVIGATION_HASHES.revisions);
}

async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => (location.hash = next), hash);
}

/**
 * Waits for a body marked with exactly `categories`, or (`includes`) with that one category among others;
 * on timeout says which marks there were.
 */
async function waitForAnalyzed(
  page: Page,
  categories: string,
  match: 'exactly' | 'includes' = 'exactly',
): Promise<void> {
  try {
    await page.waitForSelector(
      `${ANALYZED}[data-gardefou-categories${match === 'exactly' ? '' : '~'}="${categories}"]`,
      {
        state: 'attached',
        timeout: 5000,
      },
    );
  } catch {
    const marks = await page.$$eval('[data-gardefou-state]', (nodes) =>
      nodes.map((node) => node.getAttribute('data-gardefou-categories')),
    );
    throw new Error(`expected a body analysed as "${categories}", found ${JSON.stringify(marks)} on ${page.url()}`);
  }
}

async function tabView(page: Page): Promise<TabView | null> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] as TabView | undefined) ?? null;
  }, tabId);
}

/** The text of every range the extension highlighted on the page, whitespace collapsed. */
async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('gardefou-'))
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim())),
  );
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await installTimingProbe(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

describe('in the webmail page', () => {
  it.each(Object.entries(PAGE_FIXTURES))(
    '%s: marks the body, highlights the phrases, shows the banner',
    async (name, fixture) => {
      const page = await browser.context.newPage();
      const categories = categoriesOf(fixture);
      const flagsShownMs: number[] = [];
      const longTasksMs: number[] = [];
      for (let load = 0; load < LOADS; load++) {
        // Going to the same URL again would only be a fragment navigation: reload for a real page load.
        if (load === 0) await openFixture(page, fixture);
        else await page.reload();
        if (load > 0 && fixture === PAGE_FIXTURES.gmailNavigation)
          await setHash(page, GMAIL_NAVIGATION_HASHES.revisions);
        await waitForAnalyzed(page, categories);
        const timings = await readTimings(page);
        if (timings.flagsShownMs !== null) flagsShownMs.push(timings.flagsShownMs);
        longTasksMs.push(...timings.longTasks);
      }
      recordFigures({ flagsShownMs: { [fixture.file.replace(/\.html$/, '')]: flagsShownMs }, longTasksMs });

      expect(await page.locator(BANNER).count()).toBe(categories ? 1 : 0);
      const view = await tabView(page);
      expect(view?.kind).toBe('messages');
      const findings = view?.kind === 'messages' ? view.messages.flatMap((m) => m.analysis.findings) : [];
      // Each highlight covers exactly its finding's phrase: the offset map from innerText to text nodes holds.
      const expectedTexts = findings.map((f) => f.text.replace(/\s+/g, ' ').trim()).sort();
      expect((await highlightedTexts(page)).sort()).toEqual(expectedTexts);
      const badge = await browser.serviceWorker.evaluate(
        (tabId) => chrome.action.getBadgeText({ tabId }),
        await tabIdOf(browser, page),
      );
      expect(badge).toBe(findings.length ? String(findings.length) : '');
      await page.close();
    },
  );

  it('re-analyses on navigation without reload and keeps exactly one banner', async () => {
    const page = await browser.context.newPage();
    browser.serve(PAGE_FIXTURES.gmailNavigation.url, fixtureHtml(PAGE_FIXTURES.gmailNavigation.file));
    await page.goto(PAGE_FIXTURES.gmailNavigation.url);
    await expect.poll(async () => (await tabView(page))?.kind).toBe('no-message');
    expect(await page.locator(ANALYZED).count()).toBe(0);

    // What each email is flagged for is the per-fixture test's business; here, that each one is analysed.
    await setHash(page, GMAIL_NAVIGATION_HASHES.revisions);
    await waitForAnalyzed(page, 'extra_revisions', 'includes');
    await setHash(page, GMAIL_NAVIGATION_HASHES.availability);
    await waitForAnalyzed(page, 'availability_control', 'includes');
    await expect.poll(() => page.locator(BANNER).count()).toBe(1);
    expect(await page.locator(ANALYZED).count()).toBe(1);

    // Back to the first email: drawn again from what was already analysed, still one banner.
    await page.goBack();
    await waitForAnalyzed(page, 'extra_revisions', 'includes');
    await expect.poll(() => page.locator(BANNER).count()).toBe(1);

    await setHash(page, GMAIL_NAVIGATION_HASHES.list);
    await expect.poll(() => page.locator(BANNER).count()).toBe(0);
    await expect.poll(async () => (await tabView(page))?.kind).toBe('no-message');
    await page.close();
  });

  it('hides the banner and highlights when dismissed for this email', async () => {
    const page = await browser.context.newPage();
    await openFixture(page, PAGE_FIXTURES.gmailQuotedEn);
    await waitForAnalyzed(page, categoriesOf(PAGE_FIXTURES.gmailQuotedEn));
    await page.locator(`${BANNER} button.dismiss`).click();
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.reload();
    await waitForAnalyzed(page, categoriesOf(PAGE_FIXTURES.gmailQuotedEn));
    expect(await page.locator(BANNER).count()).toBe(0);
    await page.close();
  });
});

describe('the popup opened with ?tab=', () => {
  it('lists the findings of the email open in that tab, by category', async () => {
    const fixture = PAGE_FIXTURES.gmailFr;
    const page = await browser.context.newPage();
    await openFixture(page, fixture);
    await waitForAnalyzed(page, categoriesOf(fixture));
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    expect(await popup.locator('#email').getAttribute('data-state')).toBe('messages');
    const shown = await popup
      .locator('[data-testid="finding"]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.category));
    expect([...new Set(shown)].sort().join(' ')).toBe(categoriesOf(fixture));
    expect(await popup.locator('.subject').textContent()).not.toBe('');
    await popup.close();
    await page.close();
  });

  it('says the email is clean', async () => {
    const page = await browser.context.newPage();
    await openFixture(page, PAGE_FIXTURES.gmailCleanEn);
    await waitForAnalyzed(page, '');
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    expect(await popup.locator('[data-testid="finding"]').count()).toBe(0);
    expect(await popup.locator('.state').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('says where Gardefou works on any other tab', async () => {
    const other = await browser.context.newPage();
    // Any non-webmail page whose URL the extension may see: its own options page will do.
    await other.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const popup = await openPopup(browser, await tabIdOf(browser, other));
    expect(await popup.locator('#email').getAttribute('data-state')).toBe('not-webmail');
    await popup.close();
    await other.close();
  });
});

describe('when the webmail changed its layout', () => {
  it('draws nothing on the page and the popup says it could not read the email', async () => {
    // Gmail renaming its message id attributes: a conversation URL, but no message the adapter recognises.
    const fixture = PAGE_FIXTURES.gmailQuotedEn;
    const url = fixture.url.replace('mail/u/0/', 'mail/u/1/');
    browser.serve(
      url,
      fixtureHtml(fixture.file)
        .replaceAll('data-message-id', 'data-renamed-id')
        .replaceAll('data-legacy-message-id', 'data-renamed-legacy-id'),
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(async () => (await tabView(page))?.kind).toBe('unreadable');
    expect(await page.locator('[data-gardefou-state]').count()).toBe(0);
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    expect(await popup.locator('#email').getAttribute('data-state')).toBe('unreadable');
    await popup.close();
    await page.close();
  });
});

describe('weight', () => {
  it('the content script injected into every webmail page stays within its budget', () => {
    expect(contentScriptSizes().bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });
});

describe('privacy', () => {
  it('the network guard sees a request made from a webmail page', async () => {
    // The service worker cannot even try: connect-src 'none' in the extension's CSP blocks it first.
    const page = await browser.context.newPage();
    await openFixture(page, PAGE_FIXTURES.gmailCleanEn);
    const before = browser.forbiddenRequests.length;
    await page.evaluate(() => fetch('https://example.com/gardefou-guard-check').catch(() => null));
    await expect.poll(() => browser.forbiddenRequests.length).toBe(before + 1);
    browser.forbiddenRequests.splice(before, 1);
    await page.close();
  });

  it('the extension made no network request during the whole suite', () => {
    expect(browser.forbiddenRequests).toEqual([]);
  });
});
