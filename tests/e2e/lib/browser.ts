/**
 * Real Chromium (Debian's /usr/bin/chromium, never a download) with the built extension loaded, webmail
 * fixtures served at their real URLs through `context.route`, and a guard that records every request that
 * is neither one of those fixture pages nor the extension's own files: the extension must not touch the network.
 * The guard sees the requests of webmail pages (content scripts included), of extension pages and of the service
 * worker (Playwright reports service worker requests in Chromium); tests/e2e/network-guard.test.ts proves each with a
 * deliberate probe. Closing the browser records the count as a figure and fails if any request is left.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { recordFigures } from './figures.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The Chrome build under test: dist/chrome, or `$GARDEFOU_DIST/chrome` when the build went elsewhere. */
export const EXTENSION_DIST = resolve(process.env.GARDEFOU_DIST ?? 'dist', 'chrome');

/** Hosts the webmail fixtures are served at; everything else is off limits. */
const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /**
   * Serves `html` at `url`'s origin and path. The fragment never reaches the network layer, so Gmail pages that
   * differ only by hash share one entry: serve right before navigating; the latest call wins.
   */
  serve(url: string, html: string): void;
  /** Requests that went neither to a served fixture page nor to the extension itself; a deliberate probe removes its own. */
  forbiddenRequests: string[];
  /** Closes the browser, records the requests left in `forbiddenRequests` as a figure, and throws if there are any. */
  close(): Promise<void>;
}

/**
 * Chromium's console error for a connection its Content Security Policy refused, the URL in group 1: "Connecting to
 * 'URL' violates the following Content Security Policy directive…" (Chromium 156), "Refused to connect to 'URL'…" (older).
 */
const REFUSED_CONNECTION = /^(?:Connecting to|Refused to connect to) '([^']+)'.*Content Security Policy/;

const pageKey = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

export interface LaunchOptions {
  /** false: a window on the user's display that keeps its own size (`npm run demo`); the tests run headless. */
  headless?: boolean;
  /** The unpacked extension to load: the build under test unless a test brings its own (the guard's probes). */
  extension?: string;
}

export async function launchWithExtension({
  headless = true,
  extension = EXTENSION_DIST,
}: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gardefou-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ...(headless ? {} : { viewport: null }),
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const pages = new Map<string, string>();
  const forbiddenRequests: string[] = [];
  const allowed = (url: string): boolean =>
    url.startsWith('chrome-extension://') ||
    url.startsWith('data:') ||
    url === 'about:blank' ||
    pages.has(pageKey(url));
  const check = (request: Request): void => {
    if (!allowed(request.url())) forbiddenRequests.push(request.url());
  };

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const html = pages.get(pageKey(url));
    if (url.startsWith('chrome-extension://')) {
      // The content script loads its own chunks from the extension: local files, not network.
      await route.continue();
    } else if (html !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  // In Chromium the context reports the requests of pages, content scripts and the extension's service worker alike.
  context.on('request', check);
  // A request the extension pages' CSP (connect-src 'none') refuses never reaches the network layer: count the attempt.
  context.on('console', (message) => {
    const refused = REFUSED_CONNECTION.exec(message.text());
    if (message.type() === 'error' && refused?.[1] !== undefined && !allowed(refused[1])) {
      forbiddenRequests.push(refused[1]);
    }
  });

  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    serve(url, html) {
      if (!WEBMAIL_HOSTS.includes(new URL(url).hostname)) throw new Error(`not a webmail URL: ${url}`);
      pages.set(pageKey(url), html);
    },
    forbiddenRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      // A probe extension's requests are no figure of Gardefou's.
      if (extension === EXTENSION_DIST) {
        recordFigures({ requests: { launches: 1, count: forbiddenRequests.length, urls: [...forbiddenRequests] } });
      }
      if (forbiddenRequests.length) {
        throw new Error(`the extension made network requests: ${forbiddenRequests.join(', ')}`);
      }
    },
  };
}

/**
 * The extension's service worker as it runs now. The browser stops an idle worker after about 30 seconds, and the
 * handle taken at launch then no longer answers; opening the popup page wakes the worker again.
 */
export async function liveServiceWorker(browser: ExtensionBrowser): Promise<Worker> {
  const origin = `chrome-extension://${browser.extensionId}/`;
  const running = browser.context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  if (running) return running;
  const started = browser.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().startsWith(origin),
    timeout: 15_000,
  });
  const page = await browser.context.newPage();
  await page.goto(`${origin}src/popup/index.html`);
  const worker = await started;
  await page.close();
  return worker;
}

/**
 * The browser's id of the tab showing `page`, asked of the extension. It sees the URLs of webmail tabs only
 * (host permissions, no `tabs` permission); any other page is found as the active tab once brought to front.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async (pageUrl) => {
    const byUrl = (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl);
    if (byUrl) return byUrl.id ?? null;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.url === undefined ? (active?.id ?? null) : null;
  }, page.url());
  if (id === null) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

/** The popup as a page, for the tab `tabId`. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('#email[data-state]');
  return popup;
}
