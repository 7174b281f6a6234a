/**
 * `tsx scripts/bench-history.ts`: how fast the flagged history is with a generated 5,000-entry store, as
 * figures (never a timed test): load (read, validate, repair check), index build, filters, search, per-client
 * summaries, and the stored size against the storage.local quota.
 * `--browser` also runs the same steps in real Chromium (Debian's /usr/bin/chromium, with a throw-away
 * extension built here) over `chrome.storage.local` and over IndexedDB, the comparison behind the choice
 * documented in src/history/store.ts. `--popup` opens the built extension's popup (`npm run build` first;
 * `GARDEFOU_DIST` picks another build folder, as for the e2e tests) on a generated 5,000-entry history seeded
 * into its IndexedDB, and times the history view's first screen from navigation start, opened from the URL:
 * with the cache records in step; with 100 entries changed since the entry cache was written (the newest-entries
 * record follows each change); with the newest-entries record dropped (after an import), so the whole history
 * comes from the entry cache first; with no cache at all (the first open after an update). Then from a click on
 * its tab, before and after the idle preload. Then its filters and search as the
 * user drives them (query, list rebuilt, layout). `npm run bench` runs the popup part too (`popupFigures`).
 * `--json` prints the figures for machines.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { clientSummaries } from '../src/history/clients.ts';
import { buildIndex, queryHistory } from '../src/history/query.ts';
import { sampleEntries } from '../src/history/sample-entries.ts';
import { MemoryStorageArea } from '../src/history/storage-area.ts';
import { HistoryStore } from '../src/history/store.ts';
import { queueLock } from '../src/history/lock.ts';
import { CACHE_KEY, changedStorageKey, NEWEST_KEY } from '../src/history/keys.ts';
import { FIRST_SCREEN_MARK } from '../src/popup/history/first-screen-mark.ts';
import { EXTENSION_DIST, launchWithExtension } from '../tests/e2e/lib/browser.ts';
import { hasHistoryRecord, historyRecords, writeHistoryRecords } from './lib/seed-history.ts';

export const ENTRIES = 5000;
const RUNS = 7;
/** Chrome's `storage.local.QUOTA_BYTES` without the `unlimitedStorage` permission. */
const QUOTA_BYTES = 10 * 1024 * 1024;
const NOW = Date.parse('2026-06-01T12:00:00Z');

export type Figures = Record<string, number>;
/** Entries changed since the cache was written in the "cache plus changes" runs: a day of heavy use. */
export const CHANGED = 100;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The steps timed in Node and in the browser alike. */
async function queryFigures(load: () => Promise<unknown>, entries: ReturnType<typeof sampleEntries>): Promise<Figures> {
  const index = buildIndex(entries);
  const someClient = entries[0]?.client.address ?? '';
  return {
    loadMs: await timed(load),
    indexMs: await timed(() => buildIndex(entries)),
    filterCategoryMs: await timed(() => queryHistory(index, { categories: ['off_hours'] })),
    filterClientStatusDatesMs: await timed(() =>
      queryHistory(index, {
        client: someClient,
        statuses: ['new', 'replied'],
        since: NOW - 90 * 86_400_000,
        until: NOW,
      }),
    ),
    searchOneWordMs: await timed(() => queryHistory(index, { text: 'urgent' })),
    searchThreeWordsMs: await timed(() => queryHistory(index, { text: 'refonte camille tweaks' })),
    clientSummariesMs: await timed(() => clientSummaries(entries, [], NOW)),
  };
}

async function nodeFigures(): Promise<Figures> {
  const entries = sampleEntries(ENTRIES, { now: NOW });
  const area = new MemoryStorageArea();
  await new HistoryStore(area, { now: () => NOW }).merge(entries);
  let bytes = 0;
  for (const [key, value] of area.items) bytes += key.length + JSON.stringify(value).length;
  const load = (): Promise<unknown> => new HistoryStore(area, { now: () => NOW, lock: queueLock() }).load();
  return { ...(await queryFigures(load, entries)), storedBytes: bytes, quotaShare: bytes / QUOTA_BYTES };
}

/**
 * Runs in the extension page: the same store and steps over `chrome.storage.local` (key ranges filtered from
 * a read of everything), then over IndexedDB.
 */
const PAGE_SOURCE = `
import { IdbStorageArea } from './src/history/idb-storage-area.ts';
import { buildIndex, queryHistory } from './src/history/query.ts';
import { sampleEntries } from './src/history/sample-entries.ts';
import { HistoryStore } from './src/history/store.ts';

const NOW = ${NOW};
const RUNS = ${RUNS};
const local = chrome.storage.local;
const between = (items, lower, upper) =>
  Object.fromEntries(Object.entries(items).filter(([key]) => key >= lower && key < upper));
const storageLocal = {
  get: (keys) => local.get(keys),
  set: (items) => local.set(items),
  remove: (keys) => local.remove(keys),
  getBetween: async (lower, upper) => between(await local.get(null), lower, upper),
  keysBetween: async (lower, upper) => Object.keys(between(await local.get(null), lower, upper)).sort(),
};
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
async function timed(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) { const t0 = performance.now(); await run(); times.push(performance.now() - t0); }
  return median(times);
}
async function areaFigures(prefix, area, entries) {
  const writeStart = performance.now();
  await new HistoryStore(area, { now: () => NOW }).merge(entries);
  const figures = { [prefix + 'WriteAllMs']: performance.now() - writeStart };
  figures[prefix + 'ReadAllMs'] = await timed(() => area.get(null));
  figures[prefix + 'LoadMs'] = await timed(() => new HistoryStore(area, { now: () => NOW }).load());
  figures[prefix + 'FirstScreenMs'] = await timed(async () => {
    const { snapshot } = await new HistoryStore(area, { now: () => NOW }).load();
    queryHistory(buildIndex(snapshot.entries)).entries.slice(0, 50);
  });
  return figures;
}
globalThis.runBench = async () => {
  const entries = sampleEntries(${ENTRIES}, { now: NOW });
  await chrome.storage.local.clear();
  const index = buildIndex(entries);
  return {
    ...(await areaFigures('storageLocal', storageLocal, entries)),
    storageLocalBytes: await chrome.storage.local.getBytesInUse(null),
    ...(await areaFigures('indexedDb', new IdbStorageArea('bench'), entries)),
    indexMs: await timed(() => buildIndex(entries)),
    filterCategoryMs: await timed(() => queryHistory(index, { categories: ['off_hours'] })),
    searchOneWordMs: await timed(() => queryHistory(index, { text: 'urgent' })),
  };
};
`;

async function browserFigures(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'gardefou-bench-history-'));
  try {
    const extension = join(dir, 'extension');
    await build({
      stdin: { contents: PAGE_SOURCE, resolveDir: resolve('.'), loader: 'ts', sourcefile: 'bench-page.ts' },
      bundle: true,
      format: 'esm',
      outfile: join(extension, 'bench.js'),
      logLevel: 'error',
    });
    writeFileSync(join(extension, 'bench.html'), '<!doctype html><script type="module" src="bench.js"></script>');
    writeFileSync(join(extension, 'sw.js'), '');
    writeFileSync(
      join(extension, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'history bench',
        version: '1',
        permissions: ['storage'],
        background: { service_worker: 'sw.js' },
      }),
    );
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
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
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/bench.html`);
      await page.waitForFunction(() => 'runBench' in globalThis);
      return await page.evaluate(() => (globalThis as unknown as { runBench: () => Promise<Figures> }).runBench());
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times, in the popup page, each change of the history view's controls: the handler runs the query and rebuilds the list synchronously. */
async function popupControlFigures(page: Page): Promise<Figures> {
  // tsx compiles with esbuild's keepNames, which wraps the named functions below in a `__name` helper that only
  // exists in Node: the page gets a do-nothing one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(async (runs) => {
    const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
    const timed = (change: () => void, undo: () => void): number => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        change();
        // Reading a layout property makes the browser lay out the new list inside the timed span.
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
        undo();
      }
      return median(times);
    };
    const $ = <T extends HTMLElement>(selector: string): T => {
      const node = document.querySelector<T>(selector);
      if (!node) throw new Error(`missing ${selector}`);
      return node;
    };
    const search = $<HTMLInputElement>('[data-testid="history-search"]');
    const type = (text: string) => () => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    };
    const pick = (select: HTMLSelectElement | HTMLInputElement, value: string) => () => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    const chip = $<HTMLButtonElement>('.chip[data-category="off_hours"]');
    const client = $<HTMLSelectElement>('[data-testid="history-client"]');
    const status = $<HTMLSelectElement>('[data-testid="history-status-filter"]');
    const from = $<HTMLInputElement>('[data-testid="history-from"]');
    const someClient = client.options[1]?.value ?? '';
    const ninetyDaysAgo = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    return {
      searchOneWordMs: timed(type('urgent'), type('')),
      searchThreeWordsMs: timed(type('refonte camille tweaks'), type('')),
      searchNoMatchMs: timed(type('zzzz'), type('')),
      filterCategoryMs: timed(
        () => chip.click(),
        () => chip.click(),
      ),
      filterClientMs: timed(pick(client, someClient), pick(client, '')),
      filterStatusMs: timed(pick(status, 'handled'), pick(status, '')),
      filterDateMs: timed(pick(from, ninetyDaysAgo), pick(from, '')),
    };
  }, RUNS);
}

/** The history view's first screen and controls in the built popup, over a generated 5,000-entry history. */
export async function popupFigures(): Promise<Figures> {
  const browser = await launchWithExtension();
  try {
    // Seen recently, so the retention limits keep them all.
    const entries = sampleEntries(ENTRIES, { now: Date.now() - 7 * 86_400_000 });
    const popupUrl = `chrome-extension://${browser.extensionId}/src/popup/index.html`;
    const page = await browser.context.newPage();
    await page.goto(popupUrl);
    await writeHistoryRecords(page, await historyRecords(entries));
    const changes = Object.fromEntries(entries.slice(0, CHANGED).map((entry) => [changedStorageKey(entry), true]));

    /** Waits until the page's load wrote the entry cache and cleared the change markers, before leaving it. */
    const cacheWritten = async (): Promise<void> => {
      const marker = Object.keys(changes)[0] ?? '';
      for (let tries = 0; tries < 400; tries++) {
        if ((await hasHistoryRecord(page, NEWEST_KEY)) && !(await hasHistoryRecord(page, marker))) return;
        await page.waitForTimeout(25);
      }
      throw new Error('the history view did not write its entry cache');
    };
    const markAt = (): Promise<number> =>
      page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, FIRST_SCREEN_MARK);
    const fromUrl = async (run: string): Promise<number> => {
      await page.goto(`${popupUrl}?${run}#history`);
      await page.waitForSelector('#panel-history[data-state="ready"]');
      const shownAt = await markAt();
      await cacheWritten();
      return shownAt;
    };
    const clickToFirstScreen = async (): Promise<number> => {
      const clickedAt = await page.evaluate(() => {
        const at = performance.now();
        document.querySelector<HTMLElement>('[data-testid="tab-history"]')?.click();
        return at;
      });
      await page.waitForSelector('#panel-history[data-state="ready"]');
      return (await markAt()) - clickedAt;
    };
    const times: Record<string, number[]> = {
      firstScreenNoCacheMs: [],
      firstScreenCachedMs: [],
      firstScreenCachedChangedMs: [],
      firstScreenWholeFromCacheMs: [],
      firstScreenFromTabMs: [],
      firstScreenFromTabPreloadedMs: [],
      searchRightAfterOpenMs: [],
      popupDomReadyMs: [],
    };
    const push = (name: string, value: number): void => void times[name]?.push(value);
    for (let i = 0; i < RUNS; i++) {
      await writeHistoryRecords(page, {}, [CACHE_KEY, NEWEST_KEY]);
      push('firstScreenNoCacheMs', await fromUrl(`no-cache=${i}`));
      push('firstScreenCachedMs', await fromUrl(`cached=${i}`));
      push(
        'popupDomReadyMs',
        await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        ),
      );
      await writeHistoryRecords(page, changes);
      push('firstScreenCachedChangedMs', await fromUrl(`changed=${i}`));
      await writeHistoryRecords(page, {}, [NEWEST_KEY]);
      push('firstScreenWholeFromCacheMs', await fromUrl(`whole=${i}`));
      // Clicked as soon as the email view is drawn: usually before the idle preload is done.
      await page.goto(`${popupUrl}?tab-run=${i}`);
      await page.waitForSelector('#email[data-state]');
      push('firstScreenFromTabMs', await clickToFirstScreen());
      // The user reads the email first: the history is preloaded when the popup goes idle.
      await page.goto(`${popupUrl}?preload-run=${i}`);
      await page.waitForSelector('#panel-history[data-state="loaded"]', { state: 'attached' });
      push('firstScreenFromTabPreloadedMs', await clickToFirstScreen());
      // The first keystroke as soon as the whole history is in, before the idle time that folds the search text.
      await page.goto(`${popupUrl}?first-search=${i}#history`);
      await page.waitForSelector('#panel-history[data-state="ready"]');
      push(
        'searchRightAfterOpenMs',
        await page.evaluate(() => {
          const search = document.querySelector<HTMLInputElement>('[data-testid="history-search"]');
          const t0 = performance.now();
          if (search) search.value = 'urgent';
          search?.dispatchEvent(new Event('input'));
          void document.body.offsetHeight;
          return performance.now() - t0;
        }),
      );
      await cacheWritten();
    }
    const shown = await page.locator('[data-testid="history-entry"]').count();
    if (shown === 0) throw new Error('the history view showed no entry');
    return {
      ...Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)])),
      firstScreenEntryCount: shown,
      ...(await popupControlFigures(page)),
    };
  } finally {
    await browser.close();
  }
}

/** Stops early, before any browser starts, when the popup bench has no build to open. */
export function checkPopupBuild(): void {
  if (!existsSync(join(EXTENSION_DIST, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIST}/manifest.json not found: run npm run build (with the same GARDEFOU_DIST)`);
  }
}

/** One figure per line, named as in the JSON. */
export function printFigures(values: Figures): void {
  for (const [name, value] of Object.entries(values)) {
    const shown = name.endsWith('Share')
      ? `${(value * 100).toFixed(1)} %`
      : value.toFixed(/(Bytes|Count)$/.test(name) ? 0 : 2);
    console.log(`  ${name.padEnd(30)} ${shown}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--popup')) checkPopupBuild();
  const figures: Record<string, Figures> = { node: await nodeFigures() };
  if (process.argv.includes('--browser')) figures.chromium = await browserFigures();
  if (process.argv.includes('--popup')) figures.popup = await popupFigures();

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`History with ${ENTRIES} generated entries (median of ${RUNS} runs, ms unless named)`);
    for (const [where, values] of Object.entries(figures)) {
      console.log(`\n${where}`);
      printFigures(values);
    }
  }
}
