/**
 * Reliability figures and the network guard's own proof. Deliberate probes show the guard of lib/browser.ts catches
 * a request from an extension page and one caused by the service worker, that our service worker cannot even try
 * one (its CSP refuses it), and, with a throwaway extension whose worker has no such CSP, that a service worker's own
 * fetch would be caught too; then the flags-shown time of every page fixture and the long tasks on the webmail
 * pages are measured and recorded as figures (printed at the end of the run by lib/figures-report.ts, never asserted).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml, GMAIL_NAVIGATION_HASHES, PAGE_FIXTURES } from './fixtures/fixtures.ts';
import { launchWithExtension, type ExtensionBrowser } from './lib/browser.ts';
import { recordFigures } from './lib/figures.ts';
import { installTimingProbe, readTimings } from './lib/probe.ts';

/** Page loads per fixture for the flags-shown figure. */
const LOADS = 3;
const PROBE_URL = 'https://example.com/gardefou-guard-check';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await installTimingProbe(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** Runs `attempt`, waits for the guard to record `url` and removes it, so the suite's count stays the extension's own. */
async function expectGuardToCatch(url: string, attempt: () => Promise<unknown>): Promise<void> {
  await attempt();
  await expect.poll(() => browser.forbiddenRequests.includes(url), { timeout: 10_000 }).toBe(true);
  browser.forbiddenRequests.splice(browser.forbiddenRequests.indexOf(url), 1);
}

describe('the network guard', () => {
  it('catches a request from an extension page, loaded or refused by its CSP', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expectGuardToCatch(`${PROBE_URL}/image`, () =>
      options.evaluate((url) => document.body.append(Object.assign(new Image(), { src: url })), `${PROBE_URL}/image`),
    );
    await expectGuardToCatch(`${PROBE_URL}/fetch`, () =>
      options.evaluate((url) => fetch(url).catch(() => null), `${PROBE_URL}/fetch`),
    );
    await options.close();
  });

  it('catches a page the service worker opens, and the service worker cannot fetch at all', async () => {
    await expectGuardToCatch(`${PROBE_URL}/tab`, () =>
      browser.serviceWorker.evaluate((url) => chrome.tabs.create({ url }), `${PROBE_URL}/tab`),
    );
    const refused = await browser.serviceWorker.evaluate(async (url) => {
      const violation = new Promise<string>((resolve) =>
        self.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
      );
      const outcome = await fetch(url).then(
        () => 'fetched',
        () => 'refused',
      );
      return `${outcome} by ${await violation}`;
    }, `${PROBE_URL}/worker`);
    expect(refused).toBe('refused by connect-src');
    for (const page of browser.context.pages()) if (page.url().startsWith('chrome-error:')) await page.close();
  });
});

describe('the network guard on a service worker free to fetch', () => {
  let probe: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'gardefou-probe-extension-'));

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'guard probe',
        version: '1.0',
        background: { service_worker: 'sw.js' },
      }),
    );
    writeFileSync(join(dir, 'sw.js'), '// Fetches only when a test asks it to.\n');
    probe = await launchWithExtension({ extension: dir });
  });

  afterAll(async () => {
    await probe?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("catches the worker's own fetch", async () => {
    await probe.serviceWorker.evaluate((url) => fetch(url).catch(() => null), `${PROBE_URL}/worker-fetch`);
    await expect.poll(() => probe.forbiddenRequests, { timeout: 10_000 }).toEqual([`${PROBE_URL}/worker-fetch`]);
    probe.forbiddenRequests.length = 0;
  });
});

describe('figures', () => {
  it('measures when the flags are shown on every page fixture, and the long tasks on those pages', async () => {
    const flagsShownMs: Record<string, number[]> = {};
    const longTasksMs: number[] = [];
    for (const fixture of Object.values(PAGE_FIXTURES)) {
      const page: Page = await browser.context.newPage();
      browser.serve(fixture.url, fixtureHtml(fixture.file));
      const times: number[] = [];
      for (let load = 0; load < LOADS; load++) {
        await (load === 0 ? page.goto(fixture.url) : page.reload());
        // The navigation fixture opens on the list; its email is shown by a hash change, as Gmail does.
        if (fixture === PAGE_FIXTURES.gmailNavigation) {
          await page.evaluate((hash) => (location.hash = hash), GMAIL_NAVIGATION_HASHES.revisions);
        }
        await page.waitForSelector('[data-gardefou-state="analyzed"]', { state: 'attached' });
        const timings = await readTimings(page);
        if (timings.flagsShownMs !== null) times.push(timings.flagsShownMs);
        longTasksMs.push(...timings.longTasks);
      }
      expect(times).toHaveLength(LOADS);
      flagsShownMs[fixture.file.replace(/\.html$/, '')] = times;
      await page.close();
    }
    recordFigures({ flagsShownMs, longTasksMs });
  });
});
