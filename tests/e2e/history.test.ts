/**
 * The flagged history with the built extension in real Chromium: visiting flagged fixture emails creates entries
 * (a clean one does not), the popup's history view lists them with HTML-looking names as plain text, a status
 * change survives closing the popup, "don't flag this phrase for this client again" reaches the next analysis,
 * the revision round reaches the email view and its reply, and the export's rows match the entries.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, PAGE_FIXTURES, type PageFixture } from './fixtures/fixtures.ts';
import { HOSTILE_NAMES_MESSAGE_ID, hostileNamesMail, type HostileMail } from './fixtures/hostile-mail.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './lib/browser.ts';

const ENTRY = '[data-testid="history-entry"]';
const HOSTILE = hostileNamesMail();
const FLAGGED: readonly (PageFixture | HostileMail)[] = [PAGE_FIXTURES.gmailQuotedEn, PAGE_FIXTURES.outlookFr, HOSTILE];
/** The hostile email's history key, `site:id`, with the id the Gmail adapter reads (`data-legacy-message-id`). */
const HOSTILE_KEY = `gmail:${HOSTILE_NAMES_MESSAGE_ID}`;

let browser: ExtensionBrowser;
/** Dialogs any page opened: a script smuggled in through a name or subject would show up here. */
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))),
  );
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a fixture and waits until its newest message is analysed; resolves to the page (left open). */
async function visit(fixture: PageFixture | HostileMail): Promise<Page> {
  const page = await browser.context.newPage();
  browser.serve(fixture.url, 'html' in fixture ? fixture.html : fixtureHtml(fixture.file));
  await page.goto(fixture.url);
  await page.waitForSelector('[data-gardefou-state="analyzed"]', { state: 'attached' });
  return page;
}

/** The popup for `page`'s tab, switched to its history view. */
async function openHistory(page: Page): Promise<Page> {
  const popup = await openPopup(browser, await tabIdOf(browser, page));
  await popup.click('[data-testid="tab-history"]');
  await popup.waitForSelector('#panel-history[data-state="ready"]');
  return popup;
}

const entry = (popup: Page, key: string) => popup.locator(`${ENTRY}[data-key="${key}"]`);

describe('the history', () => {
  let page: Page;

  it('gets one entry per flagged email visited, none for a clean one', async () => {
    for (const fixture of [...FLAGGED, PAGE_FIXTURES.gmailCleanEn]) await (await visit(fixture)).close();
    // Visiting an email again updates its entry: still one.
    page = await visit(PAGE_FIXTURES.gmailQuotedEn);
    const popup = await openHistory(page);
    await expect.poll(() => popup.locator(ENTRY).count()).toBe(FLAGGED.length);
    const subjects = await popup.locator(`${ENTRY} .subject`).allTextContents();
    expect(subjects.some((s) => s.includes('Invoice'))).toBe(false);
    const chips = await popup.locator('.chips .chip').allTextContents();
    expect(chips.find((chip) => chip.startsWith('Urgency'))).toBe(`Urgency ${FLAGGED.length}`);
    await popup.close();
  });

  it('shows a sender and subject made of HTML-looking text as plain text, and runs nothing', async () => {
    const popup = await openHistory(page);
    const hostile = entry(popup, HOSTILE_KEY);
    await expect.poll(() => hostile.count()).toBe(1);
    expect(await hostile.locator('.subject').textContent()).toBe(
      '<img src=x onerror=alert(1)><script>alert(2)</script> logo files',
    );
    expect(await hostile.locator('.client').textContent()).toBe('<b onmouseover=alert(3)>Mallory</b>');
    expect(await popup.locator(`${ENTRY} img, ${ENTRY} script, ${ENTRY} b`).count()).toBe(0);
    await hostile.locator('.client').hover();
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it('filters and searches', async () => {
    const popup = await openHistory(page);
    await popup.fill('[data-testid="history-search"]', 'mallory');
    await expect.poll(() => popup.locator(ENTRY).count()).toBe(1);
    await popup.fill('[data-testid="history-search"]', '');
    await popup.click('.chips .chip[data-category="rate_pressure"]');
    await expect.poll(() => popup.locator(ENTRY).count()).toBe(1);
    await popup.close();
  });

  it('keeps a status change after the popup is closed and opened again', async () => {
    let popup = await openHistory(page);
    await entry(popup, HOSTILE_KEY).locator('[data-testid="history-entry-status"]').selectOption('handled');
    await expect.poll(() => entry(popup, HOSTILE_KEY).getAttribute('data-status')).toBe('handled');
    await popup.close();
    popup = await openHistory(page);
    expect(await entry(popup, HOSTILE_KEY).getAttribute('data-status')).toBe('handled');
    expect(await entry(popup, HOSTILE_KEY).locator('[data-testid="history-entry-status"]').inputValue()).toBe(
      'handled',
    );
    await popup.close();
  });

  it('exports rows that match the entries, as CSV with a BOM and as JSON', async () => {
    const popup = await openHistory(page);
    const keys = await popup.locator(ENTRY).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.key));
    await popup.click('.history-manage summary');
    const [csvDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('[data-testid="history-export-csv"]'),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^gardefou-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await csvDownload.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFsite,message_id,')).toBe(true);
    // Message ids hold no comma or quote, so the first two cells of each row are plain.
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter((row) => /^(gmail|outlook),/.test(row))
      .map((row) => row.split(',').slice(0, 2).join(':'));
    expect(rows).toEqual(keys);
    expect(csv).toContain(',<b onmouseover=alert(3)>Mallory</b>,dev@hostile-names.example,');

    const [jsonDownload] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('[data-testid="history-export-json"]'),
    ]);
    const json = JSON.parse(await readFile((await jsonDownload.path()) ?? '', 'utf8')) as {
      format: string;
      entries: { site: string; messageId: string; status: string }[];
    };
    expect(json.format).toBe('gardefou-history');
    expect(json.entries.map((e) => `${e.site}:${e.messageId}`)).toEqual(keys);
    expect(json.entries.find((e) => `${e.site}:${e.messageId}` === HOSTILE_KEY)?.status).toBe('handled');

    // Importing the same export back merges without duplicates.
    await popup.setInputFiles('[data-testid="history-import"]', (await jsonDownload.path()) ?? '');
    await expect
      .poll(() => popup.locator('.history-status').textContent())
      .toBe(`Imported: 0 added, 0 updated, ${keys.length} already there, 0 rejected.`);
    expect(await popup.locator(ENTRY).count()).toBe(keys.length);
    await popup.close();
  });

  it('stops flagging a phrase the user called a false alarm for that client', async () => {
    const popup = await openHistory(page);
    const hostile = entry(popup, HOSTILE_KEY);
    await hostile.locator('[data-testid="history-entry-status"]').selectOption('false_alarm');
    await hostile.locator('[data-testid="history-dont-flag"]').click();
    await expect.poll(() => popup.locator('.history-status').textContent()).toContain('will not be flagged');
    await popup.close();
    const again = await visit(HOSTILE);
    expect(await again.getAttribute('[data-gardefou-state="analyzed"]', 'data-gardefou-categories')).toBe('');
    await again.close();
  });

  it('counts revision rounds: the email view and its reply say the round, a correction moves it', async () => {
    let popup = await openPopup(browser, await tabIdOf(browser, page));
    await expect
      .poll(() => popup.locator('[data-testid="revision-round"]').first().textContent())
      .toBe('revision round 1 — 2 included');
    await popup.click('[data-testid="tab-history"]');
    await popup.waitForSelector('#panel-history[data-state="ready"]');
    const revisions = popup.locator(`${ENTRY}:has(.entry-revision)`);
    await revisions.locator('[data-role="revision-correct"]').click();
    await revisions.locator('.revision-form input').fill('3');
    await revisions.locator('.revision-form button[type="submit"]').click();
    await expect.poll(() => revisions.locator('.revision-round').textContent()).toBe('revision round 3 — 2 included');
    await popup.close();

    popup = await openPopup(browser, await tabIdOf(browser, page));
    await expect
      .poll(() => popup.locator('[data-testid="revision-round"]').first().textContent())
      .toBe('revision round 3 — 2 included');
    const replies = await popup.locator('[data-testid="suggestion"]').allTextContents();
    expect(replies.some((reply) => reply.includes('third round'))).toBe(true);
    await popup.close();
  });

  it('opens on the newest-entries record once the cache is in step, then works on the whole history', async () => {
    const shown = async (popup: Page): Promise<string[]> => [
      ...(await popup.locator(ENTRY).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.key ?? ''))),
      ...(await popup.locator('.chips .chip').allTextContents()),
      (await popup.locator('.history-count').textContent()) ?? '',
    ];
    let popup = await openHistory(page);
    const whole = await shown(popup);
    await popup.close();
    // Each open that reads the whole history writes the cache once painted; the next one straight on the history
    // (a click after the email view finds it preloaded whole) draws from it.
    await expect
      .poll(async () => {
        popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html#history`);
        await popup.waitForSelector('#panel-history[data-state="ready"]');
        const from = await popup.getAttribute('#panel-history', 'data-first-screen');
        if (from !== 'newest') await popup.close();
        return from;
      })
      .toBe('newest');
    expect(await shown(popup)).toEqual(whole);
    await popup.fill('[data-testid="history-search"]', 'mallory');
    await expect.poll(() => popup.locator(ENTRY).count()).toBe(1);
    await popup.close();
  });

  it('clears everything, only once confirmed', async () => {
    let popup = await openHistory(page);
    await popup.click('.history-manage summary');
    await popup.click('[data-testid="history-clear"]');
    await popup.click('.confirm button:not(.danger)');
    expect(await popup.locator(ENTRY).count()).toBe(FLAGGED.length);
    await popup.click('[data-testid="history-clear"]');
    await popup.click('.confirm button.danger');
    await expect.poll(() => popup.locator(ENTRY).count()).toBe(0);
    await popup.close();
    popup = await openHistory(page);
    expect(await popup.locator(ENTRY).count()).toBe(0);
    await popup.close();
  });

  it('made no network request', () => {
    expect(browser.forbiddenRequests).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
