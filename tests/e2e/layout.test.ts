/**
 * A webmail whose layout changed, with the built extension in real Chromium: for each entry of each adapter's selector
 * map (GMAIL_SELECTORS, OUTLOOK_SELECTORS), a variant of a fixture where that entry's selectors and fallbacks all fail
 * (lib/layout-variants.ts). The extension stays calm: no exception from it in the page, nothing drawn when the email
 * cannot be read and the popup saying so, still working when what broke is not needed to read, and a plain word
 * instead of an insertion when the reply box cannot be found.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../src/content/adapters/gmail.ts';
import { OUTLOOK_SELECTORS } from '../../src/content/adapters/outlook.ts';
import type { TabView } from '../../src/shared/messages.ts';
import { fixtureHtml, PAGE_FIXTURES, type PageFixture } from './fixtures/fixtures.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './lib/browser.ts';
import { recordFigures } from './lib/figures.ts';
import { layoutVariant } from './lib/layout-variants.ts';

type Outcome = 'unreadable' | 'messages';

/**
 * What the popup must show once each entry is broken: `unreadable` when the email cannot be read without it,
 * `messages` when the adapter reads on without it (a fallback or an optional detail). Typed over the maps' keys, so a
 * new selector needs its expectation here.
 */
const SITES: Record<
  PageFixture['site'],
  { fixture: PageFixture; selectors: Record<string, readonly string[]>; expected: Record<string, Outcome> }
> = {
  gmail: {
    fixture: PAGE_FIXTURES.gmailQuotedEn,
    selectors: GMAIL_SELECTORS,
    expected: {
      main: 'messages',
      message: 'unreadable',
      body: 'unreadable',
      sender: 'unreadable',
      subject: 'unreadable',
      date: 'messages',
      quote: 'messages',
      row: 'messages',
      replyControl: 'messages',
      editor: 'messages',
    } satisfies Record<keyof typeof GMAIL_SELECTORS, Outcome>,
  },
  outlook: {
    fixture: PAGE_FIXTURES.outlookEn,
    selectors: OUTLOOK_SELECTORS,
    expected: {
      main: 'messages',
      readingPane: 'unreadable',
      body: 'unreadable',
      message: 'messages',
      sender: 'unreadable',
      subject: 'unreadable',
      date: 'messages',
      quote: 'messages',
      selectedConversation: 'messages',
      replyIcon: 'messages',
      editor: 'messages',
    } satisfies Record<keyof typeof OUTLOOK_SELECTORS, Outcome>,
  },
};
/** Entries without which a reply cannot be inserted: the popup must say so plainly. */
const REPLY_ENTRIES = new Set(['replyControl', 'replyIcon', 'editor']);

const VARIANTS = Object.entries(SITES).flatMap(([site, { fixture, selectors, expected }]) =>
  Object.entries(selectors).map(([entry, list]) => ({
    name: `${site} ${entry}`,
    entry,
    fixture,
    selectors: list,
    expected: expected[entry] as Outcome,
  })),
);

let browser: ExtensionBrowser;
let tried = 0;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  recordFigures({ layoutVariants: tried });
  await browser?.close();
});

function tabView(tabId: number): Promise<TabView | null> {
  return browser.serviceWorker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] as TabView | undefined) ?? null;
  }, tabId);
}

/** Errors the extension raised or logged in `page`: uncaught ones with its scripts in their stack, console ones. */
function collectExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (error.stack?.includes('chrome-extension://')) errors.push(error.message);
  });
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()) && message.location().url.startsWith('chrome-extension://')) {
      errors.push(message.text());
    }
  });
  return errors;
}

const drawn = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      document.querySelectorAll('[data-gardefou-state], [data-gardefou]').length +
      [...CSS.highlights.keys()].filter((name) => name.startsWith('gardefou-')).length,
  );

describe('each adapter selector failing in turn', () => {
  it.each(VARIANTS)('$name', async ({ entry, fixture, selectors, expected }) => {
    const url = fixture.url;
    browser.serve(url, layoutVariant(fixtureHtml(fixture.file), url, selectors));
    const page = await browser.context.newPage();
    const errors = collectExtensionErrors(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    const tabId = await tabIdOf(browser, page);
    await expect.poll(async () => (await tabView(tabId))?.kind, { timeout: 10_000 }).toBe(expected);
    expect(pageErrors).toEqual([]);

    const popup = await openPopup(browser, tabId);
    expect(await popup.locator('#email').getAttribute('data-state')).toBe(expected);
    if (expected === 'unreadable') {
      expect(await drawn(page)).toBe(0);
      expect(await popup.locator('#email .state').count()).toBe(1);
    } else {
      await popup.locator('[data-testid="insert-reply"]').first().click();
      const status = popup.locator('.reply-status[data-kind]');
      await expect.poll(() => status.count(), { timeout: 10_000 }).toBe(1);
      if (REPLY_ENTRIES.has(entry)) expect(await status.getAttribute('data-kind')).toBe('error');
    }
    expect(errors).toEqual([]);
    tried++;
    await popup.close();
    await page.close();
  });
});
