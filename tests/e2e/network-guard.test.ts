/**
 * The network guard's own proof. Deliberate probes show the guard of lib/browser.ts catches a request from an
 * extension page and one caused by the service worker, that our service worker cannot even try one (its CSP refuses
 * it), and, with a throwaway extension whose worker has no such CSP, that a service worker's own fetch would be
 * caught too. (The flags-shown and long-task figures are recorded by extension.test.ts.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, liveServiceWorker, type ExtensionBrowser } from './lib/browser.ts';

const PROBE_URL = 'https://example.com/gardefou-guard-check';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
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
    const worker = await liveServiceWorker(browser);
    // Not awaited: the guard seeing the tab's request is the proof, whenever the browser answers the call.
    await expectGuardToCatch(`${PROBE_URL}/tab`, async () => {
      void worker.evaluate((url) => chrome.tabs.create({ url }).then(() => null), `${PROBE_URL}/tab`).catch(() => null);
    });
    // The fetch is refused inside the worker (connect-src 'none'; the built-manifest test checks the policy), so the
    // guard never sees it. Neither the CSP event nor the fetch's rejection is awaited for long: Chromium does not
    // always settle them in a worker, and a request that left would be in the guard's list at once.
    const outcome = await Promise.race([
      worker.evaluate(
        (url) =>
          fetch(url).then(
            () => 'fetched',
            () => 'refused',
          ),
        `${PROBE_URL}/worker`,
      ),
      new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), 5_000)),
    ]);
    expect(outcome).not.toBe('fetched');
    expect(browser.forbiddenRequests).not.toContain(`${PROBE_URL}/worker`);
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
