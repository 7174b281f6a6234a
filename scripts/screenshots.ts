/**
 * `npm run screenshots`: the built extension in real Chromium on the webmail fixtures, photographed for the
 * README — a flagged email in Gmail and in Outlook (French UI), and the popup with its findings and replies.
 * Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { fixtureHtml, PAGE_FIXTURES, type PageFixture } from '../tests/e2e/fixtures/fixtures.ts';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from '../tests/e2e/lib/browser.ts';

const OUT = 'docs/screenshots';

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

mkdirSync(OUT, { recursive: true });
const browser = await launchWithExtension();
try {
  await shoot(browser, PAGE_FIXTURES.gmailQuotedEn, 'gmail-flagged', true);
  await shoot(browser, PAGE_FIXTURES.outlookFr, 'outlook-fr-flagged', true);
} finally {
  await browser.close();
}
