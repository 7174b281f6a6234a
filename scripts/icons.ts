/**
 * `npx tsx scripts/icons.ts`: rasterises scripts/icons/gardefou.svg to public/icons/icon-<size>.png with Debian's
 * Chromium (the one the end-to-end tests use), so the PNGs are drawn by a real renderer, not by hand.
 * Run it after editing the SVG and commit the PNGs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('scripts/icons/gardefou.svg', 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync('public/icons', { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    writeFileSync(`public/icons/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
