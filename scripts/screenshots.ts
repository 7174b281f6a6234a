/**
 * `npm run screenshots`: the built extension in real Chromium on the webmail fixtures, photographed for the
 * README — a flagged email in Gmail and in Outlook (French UI), the popup with its findings and replies, and the
 * popup's history view with those two emails and a handful more (scripts/lib/screenshot-history.ts).
 * Run `npm run build` first (`GARDEFOU_DIST` picks another build, as for the e2e tests); `--out=<folder>`
 * writes somewhere else than docs/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { fixtureHtml, PAGE_FIXTURES, type PageFixture } from '../tests/e2e/fixtures/fixtures.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from '../tests/e2e/lib/browser.ts';
import { screenshotHistory } from './lib/screenshot-history.ts';
import { historyRecords, writeHistoryRecords } from './lib/seed-history.ts';

const OUT = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? 'docs/screenshots';

async function shoot(browser: ExtensionBrowser, fixture: PageFixture, name: string, withPopup: boolean): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  browser.serve(fixture.url, fixtureHtml(fixture.file));
  await page.goto(fixture.url);
  await page.waitForSelector('[data-gardefou-state="analyzed"]');
  await page.waitForSelector('[data-gardefou="banner"]');
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
  if (withPopup) {
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: `${OUT}/${name}-popup.png`, fullPage: true });
    console.log(`${OUT}/${name}-popup.png`);
    await popup.close();
  }
  await page.close();
}

/** The history view, opened straight from the popup's URL, with the sample emails added to what is there. */
async function shootHistory(browser: ExtensionBrowser): Promise<void> {
  const popup = await browser.context.newPage();
  const url = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
  await popup.goto(url);
  await writeHistoryRecords(popup, await historyRecords(screenshotHistory(Date.now())));
  await popup.setViewportSize({ width: 420, height: 760 });
  // A new document (not a change of fragment on the one open), so the popup starts on its history.
  await popup.goto(`${url}?seeded=1#history`);
  await popup.waitForSelector('#panel-history[data-state="ready"]');
  await popup.screenshot({ path: `${OUT}/history.png`, fullPage: true });
  console.log(`${OUT}/history.png`);
  await popup.close();
}

mkdirSync(OUT, { recursive: true });
const browser = await launchWithExtension();
try {
  await shoot(browser, PAGE_FIXTURES.gmailQuotedEn, 'gmail-flagged', true);
  await shoot(browser, PAGE_FIXTURES.outlookFr, 'outlook-fr-flagged', true);
  await shootHistory(browser);
} finally {
  await browser.close();
}
