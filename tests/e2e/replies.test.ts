/**
 * Suggested replies in the popup and their insertion into the webmail's reply box, with the built extension in real
 * Chromium on the Gmail and Outlook fixtures: three tones in the email's language, Insert opening a reply when none
 * is open, never overwriting what the user typed, the editor receiving `input` events, edits before inserting,
 * the keyboard, Copy, a plain word when insertion cannot happen, and the user's own replies written in the options
 * page standing in for the built-in paragraph.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyProblems } from '../../src/replies/check-reply.ts';
import type { HistoryEntry } from '../../src/history/types.ts';
import type { TabView } from '../../src/shared/messages.ts';
import { fixtureHtml, GMAIL_NAVIGATION_HASHES, PAGE_FIXTURES, type PageFixture } from './fixtures/fixtures.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './lib/browser.ts';

const SUGGESTION = '[data-testid="suggestion"]';
const INSERT = '[data-testid="insert-reply"]';
/** The reply body editor in both fixtures (Outlook's "To" field is contenteditable too, but not multi-line). */
const EDITOR = '[contenteditable="true"][aria-multiline="true"]';
/** Each webmail's own Reply control, as a user would click it. */
const REPLY_CONTROL: Record<PageFixture['site'], string> = {
  gmail: 'span.ams.bkH',
  outlook: 'button:has(> [data-icon-name="ArrowReplyRegular"])',
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** A flagged fixture email in a tab, once the content script has reported what it flags. */
async function openFlaggedPage(fixture: PageFixture): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  browser.serve(fixture.url, fixtureHtml(fixture.file));
  await page.goto(fixture.url);
  await page.waitForSelector('[data-gardefou-state="analyzed"]:not([data-gardefou-categories=""])', {
    state: 'attached',
  });
  const tabId = await tabIdOf(browser, page);
  // The popup reads the view the content script reported; wait until it is there.
  await expect.poll(() => tabView(tabId).then((view) => view?.kind)).toBe('messages');
  return { page, tabId };
}

async function openFlagged(fixture: PageFixture): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await openFlaggedPage(fixture);
  const popup = await openPopup(browser, tabId);
  await popup.waitForSelector(SUGGESTION);
  return { page, popup, tabId };
}

function tabView(tabId: number): Promise<TabView | null> {
  return browser.serviceWorker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] as TabView | undefined) ?? null;
  }, tabId);
}

async function suggestions(popup: Page): Promise<{ tone: string; lang: string; text: string }[]> {
  return popup.locator(SUGGESTION).evaluateAll((nodes) =>
    nodes.map((node) => ({
      tone: (node as HTMLElement).dataset.tone ?? '',
      lang: (node as HTMLElement).lang,
      text: node.textContent ?? '',
    })),
  );
}

async function editorState(page: Page): Promise<{ text: string; inputEvents: number }> {
  return page.locator(EDITOR).evaluate((editor) => ({
    text: (editor as HTMLElement).innerText,
    inputEvents: Number((editor as HTMLElement).dataset.fixtureInputEvents ?? 0),
  }));
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.close();
}

const FLAGGED = {
  gmailEn: PAGE_FIXTURES.gmailQuotedEn,
  gmailFr: PAGE_FIXTURES.gmailFr,
  outlookEn: PAGE_FIXTURES.outlookEn,
  outlookFr: PAGE_FIXTURES.outlookFr,
} as const;

describe('the popup suggests replies', () => {
  it.each(Object.entries(FLAGGED))(
    '%s: one item per finding, three replies warm first in the email language',
    async (_name, fixture) => {
      const { page, popup, tabId } = await openFlagged(fixture);
      const view = await tabView(tabId);
      const findings = view?.kind === 'messages' ? view.messages.flatMap((m) => m.analysis.findings) : [];
      const shown = await popup
        .locator('[data-testid="finding"]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.category ?? ''));
      expect(shown.sort()).toEqual(findings.map((f) => f.category).sort());

      const replies = await suggestions(popup);
      expect(replies.map((r) => r.tone)).toEqual(['warm', 'neutral', 'firm']);
      // The fixtures' UI language is the email's language too.
      const lang = fixture.uiLanguage;
      for (const reply of replies) {
        expect(reply.lang).toBe(lang);
        expect(replyProblems(reply.text, lang)).toEqual([]);
      }
      expect(await popup.locator(`${SUGGESTION} ${INSERT}`).count()).toBe(3);
      await closeAll(popup, page);
    },
  );

  it('follows the keyboard: the default tone has focus, arrows move between replies', async () => {
    const { page, popup } = await openFlagged(FLAGGED.gmailEn);
    const focusedTone = (): Promise<string | undefined> =>
      popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tone);
    expect(await focusedTone()).toBe('warm');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedTone()).toBe('neutral');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    expect(await focusedTone()).toBe('firm');
    await closeAll(popup, page);
  });
});

describe('editing a reply in the popup', () => {
  it('Escape leaves the edit with the reply as it was, and the popup stays open', async () => {
    const { page, popup } = await openFlagged(FLAGGED.outlookFr);
    const neutral = popup.locator(`${SUGGESTION}[data-tone="neutral"]`);
    const before = await neutral.textContent();
    await neutral.locator('button.edit').click();
    expect(await neutral.locator('.reply-text').getAttribute('contenteditable')).toBe('plaintext-only');
    await popup.keyboard.type(' Pas gardé.');
    await popup.keyboard.press('Escape');
    expect(popup.isClosed()).toBe(false);
    expect(await neutral.locator('.reply-text').getAttribute('contenteditable')).toBeNull();
    expect(await neutral.textContent()).toBe(before);
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tone)).toBe('neutral');
    expect(await neutral.locator('button.edit').getAttribute('aria-pressed')).toBe('false');
    await closeAll(popup, page);
  });
});

describe('the options page', () => {
  it('validates each field with a message, saves valid terms and previews them in a sample reply', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => options.locator('#preview').textContent()).not.toBe('');

    await options.locator('#day-rate').fill('-5');
    await options.locator('#currency').selectOption('CHF');
    await options.locator('#settings button[type="submit"]').click();
    expect(await options.locator('#error-dayRate').isVisible()).toBe(true);
    expect(await options.locator('#day-rate').getAttribute('aria-invalid')).toBe('true');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('day-rate');

    await options.locator('#day-rate').fill('650');
    await options.locator('#rush-surcharge').fill('40');
    await expect.poll(() => options.locator('#preview').textContent()).toMatch(/40\s?%/);
    await options.locator('#settings button[type="submit"]').click();
    expect(await options.locator('#error-dayRate').isVisible()).toBe(false);
    const saved = await browser.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    expect(saved).toMatchObject({ version: 3, dayRate: 650, rushSurchargePercent: 40, currency: 'CHF' });
    await options.close();
  });
});

describe('the user’s own replies', () => {
  const storedSettings = (): Promise<{ version?: number; replyTemplates?: unknown[] } | undefined> =>
    browser.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { replyTemplates?: unknown[] } | undefined,
    );

  it('are added in the options page with checks and a live preview, then used by the popup', async () => {
    const { page, tabId } = await openFlaggedPage(FLAGGED.gmailEn);
    const view = await tabView(tabId);
    const category = view?.kind === 'messages' ? view.messages.flatMap((m) => m.analysis.findings)[0]?.category : '';

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('#template-add').click();
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('template-category');
    await options.locator('#template-category').selectOption(category ?? '');
    // French asks for the register, and warns when the text says the other one.
    await options.locator('#template-lang').selectOption('fr');
    await options.locator('#template-register').selectOption('vous');
    await options.locator('#template-text').fill('Je peux te le livrer {nextSlot}.');
    await expect.poll(() => options.locator('#template-note').textContent()).toMatch(/tu.*vous/);
    await options.locator('#template-lang').selectOption('en');
    expect(await options.locator('#template-register').isVisible()).toBe(false);
    await options.locator('#template-tone').selectOption('warm');

    // An unknown placeholder is named, and nothing is saved.
    await options.locator('#template-text').fill('I work {workingTime}, at {price}.');
    await options.locator('#template-editor button[type="submit"]').click();
    expect(await options.locator('#template-error-text').textContent()).toContain('{price}');
    expect(await options.locator('#template-text').getAttribute('aria-invalid')).toBe('true');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('template-text');
    expect(await options.locator('[data-testid="user-template"]').count()).toBe(0);

    // The preview fills the placeholders with the terms, marks the paragraph, and shows markup as text.
    const own = 'Mine, <b>as typed</b>: I work {workingTime}.';
    await options.locator('#template-text').fill(own);
    await expect
      .poll(() => options.locator('#template-preview mark').textContent())
      .toMatch(/^Mine, <b>as typed<\/b>: I work \w/);
    const previewed = (await options.locator('#template-preview mark').textContent()) ?? '';
    expect(previewed).not.toContain('{');
    expect(await options.locator('#template-error-text').isVisible()).toBe(false);
    expect(await options.locator('#template-preview b').count()).toBe(0);

    await options.locator('#template-editor button[type="submit"]').click();
    await expect.poll(() => options.locator('[data-testid="user-template"]').count()).toBe(1);
    expect(await options.locator('#template-editor').isVisible()).toBe(false);
    expect(await storedSettings()).toMatchObject({
      version: 3,
      replyTemplates: [{ category, lang: 'en', register: null, tone: 'warm', text: own }],
    });

    // Escape closes an edit without saving and gives the focus back to its Edit button.
    await options.locator('[data-testid="user-template"] button.edit').click();
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('template-text');
    await options.keyboard.type(' Not kept.');
    await options.keyboard.press('Escape');
    expect(await options.locator('#template-editor').isVisible()).toBe(false);
    expect(await options.evaluate(() => document.activeElement?.className)).toBe('edit');
    expect((await storedSettings())?.replyTemplates).toMatchObject([{ text: own }]);

    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector(SUGGESTION);
    const replies = await suggestions(popup);
    expect(replies.find((r) => r.tone === 'warm')?.text).toContain(previewed);
    expect(replies.filter((r) => r.text.includes('Mine, <b>'))).toHaveLength(1);
    expect(await popup.locator(`${SUGGESTION} b`).count()).toBe(0);

    // Removed, the built-in paragraph is back.
    await options.locator('[data-testid="user-template"] button.remove').click();
    await expect.poll(() => storedSettings().then((s) => s?.replyTemplates)).toEqual([]);
    expect(await options.locator('[data-testid="user-template"]').count()).toBe(0);
    await popup.reload();
    await popup.waitForSelector(SUGGESTION);
    expect((await suggestions(popup)).some((r) => r.text.includes('Mine, <b>'))).toBe(false);
    await closeAll(popup, options, page);
  });
});

describe('Copy', () => {
  it('puts the reply, as shown, on the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, popup } = await openFlagged(FLAGGED.gmailFr);
    await popup.bringToFront();
    await popup.evaluate(() => navigator.clipboard.writeText('before'));
    const neutral = popup.locator(`${SUGGESTION}[data-tone="neutral"]`);
    const text = await neutral.textContent();
    await neutral.locator('button.copy').click();
    await expect.poll(() => popup.locator('.reply-status[data-kind="ok"]').count()).toBe(1);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await closeAll(popup, page);
  });
});

describe('Insert', () => {
  it.each([
    ['gmailEn', FLAGGED.gmailEn],
    ['outlookFr', FLAGGED.outlookFr],
  ] as const)('%s: with no reply open, opens one and the reply lands as typed', async (_name, fixture) => {
    const { page, popup } = await openFlagged(fixture);
    expect(await page.locator(EDITOR).count()).toBe(0);
    const [warm] = await suggestions(popup);
    await popup.locator(SUGGESTION).first().locator(INSERT).click();
    await expect.poll(() => popup.locator(SUGGESTION).first().getAttribute('data-inserted')).toBe('true');

    const editor = await editorState(page);
    expect(squeeze(editor.text)).toContain(squeeze(warm?.text ?? '-'));
    expect(editor.inputEvents).toBeGreaterThan(0);
    // The quoted history the webmail put in the reply stays below the reply.
    if (fixture.site === 'outlook')
      expect(editor.text.indexOf('Envoyé')).toBeGreaterThan(editor.text.indexOf('Bonjour'));

    // The email's history entry records which reply went in (read straight from the history's IndexedDB).
    const entries = await browser.serviceWorker.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('gardefou-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('records').objectStore('records').getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          };
        }),
    );
    const entry = (entries as Partial<HistoryEntry>[]).find((e) => e.site === fixture.site && e.reply);
    expect(entry?.reply).toMatchObject({ tone: 'warm' });
    await closeAll(popup, page);
  });

  it.each([
    ['gmailFr', FLAGGED.gmailFr],
    ['outlookEn', FLAGGED.outlookEn],
  ] as const)('%s: keeps what the user already typed in the reply', async (_name, fixture) => {
    const { page, popup } = await openFlagged(fixture);
    await page.locator(REPLY_CONTROL[fixture.site]).last().click();
    // Gmail's fixture editor sits in a zero-width table cell, which Playwright counts as not visible: focus it.
    await page.locator(EDITOR).focus();
    await page.keyboard.type('Typed by me first.');
    const typedEvents = (await editorState(page)).inputEvents;

    // Keyboard only: focus is on the default (warm) reply; Enter inserts it.
    const [warm] = await suggestions(popup);
    await popup.locator(SUGGESTION).first().focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator(SUGGESTION).first().getAttribute('data-inserted')).toBe('true');

    const editor = await editorState(page);
    expect(editor.text).toContain('Typed by me first.');
    expect(squeeze(editor.text)).toContain(squeeze(warm?.text ?? '-'));
    expect(editor.inputEvents).toBeGreaterThan(typedEvents);
    await closeAll(popup, page);
  });

  it('inserts the reply as the user edited it', async () => {
    const { page, popup } = await openFlagged(FLAGGED.outlookEn);
    const firm = popup.locator(`${SUGGESTION}[data-tone="firm"]`);
    await firm.locator('button.edit').click();
    await popup.keyboard.press('ControlOrMeta+A');
    await popup.keyboard.type('Hi Dana,\nTomorrow at 10 works; tonight does not.\nAlex');
    await firm.locator('button.edit').click();
    expect(await firm.textContent()).toBe('Hi Dana,\nTomorrow at 10 works; tonight does not.\nAlex');
    await firm.locator(INSERT).click();
    await expect.poll(() => firm.getAttribute('data-inserted')).toBe('true');
    expect((await editorState(page)).text).toContain('Tomorrow at 10 works; tonight does not.');
    await closeAll(popup, page);
  });

  it('says plainly when the email is no longer open, and keeps the reply to copy', async () => {
    const fixture = PAGE_FIXTURES.gmailNavigation;
    const page = await browser.context.newPage();
    browser.serve(fixture.url, fixtureHtml(fixture.file));
    await page.goto(fixture.url);
    await page.evaluate((hash) => (location.hash = hash), GMAIL_NAVIGATION_HASHES.revisions);
    await page.waitForSelector('[data-gardefou-state="analyzed"]', { state: 'attached' });
    const tabId = await tabIdOf(browser, page);
    await expect.poll(() => tabView(tabId).then((view) => view?.kind)).toBe('messages');
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector(SUGGESTION);
    const before = await popup.locator(SUGGESTION).first().textContent();

    await page.evaluate((hash) => (location.hash = hash), GMAIL_NAVIGATION_HASHES.list);
    await expect.poll(() => tabView(tabId).then((view) => view?.kind)).toBe('no-message');
    await popup.locator(SUGGESTION).first().locator(INSERT).click();
    await expect.poll(() => popup.locator(SUGGESTION).first().getAttribute('data-inserted')).toBe('false');
    expect(await popup.locator('.reply-status[data-kind="error"]').count()).toBe(1);
    expect(await popup.locator(SUGGESTION).first().textContent()).toBe(before);
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('copy');
    await closeAll(popup, page);
  });

  it('made no network request', () => {
    expect(browser.forbiddenRequests).toEqual([]);
  });
});
