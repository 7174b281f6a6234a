/**
 * One source, two builds: `vite build --mode chrome` → dist/chrome, `vite build --mode firefox` → dist/firefox.
 * crxjs emits either `background.service_worker` or `background.scripts`, never both (see ../shared/TOOLCHAIN.md),
 * so the Firefox manifest is derived from manifest.json here rather than kept as a second copy.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/** Stable add-on id: Firefox keys storage and updates on it. */
const GECKO_ID = '{4feca4fd-1f5d-4148-8908-2aea6185c0f7}';

function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return manifest;
  const { minimum_chrome_version: _chromeOnly, background, ...common } = manifest;
  void _chromeOnly;
  return {
    ...common,
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 142: first release with the built-in data consent keys and the CSS Custom Highlight API everywhere.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained file: the default loader imports the script's chunks one request after another,
        // which delayed the first flags by tens of milliseconds on every page load.
        contentScripts: { standaloneFiles: ['src/content/main.ts'] },
      }),
    ],
    build: {
      // GARDEFOU_DIST: another output folder, so two builds (or a build and a test run) never share one.
      outDir: `${process.env.GARDEFOU_DIST ?? 'dist'}/${target}`,
      emptyOutDir: true,
      // The polyfill fetches preloaded modules; extension pages forbid connect-src and need no polyfill.
      modulePreload: { polyfill: false },
      target: target === 'chrome' ? 'chrome121' : 'firefox142',
    },
  };
});
