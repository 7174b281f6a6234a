/**
 * `npm run demo`: builds the Chrome extension, then opens Debian's Chromium with it on the demo mailbox (demo/) —
 * Gmail-like and Outlook-like pages served at their real addresses by the e2e suite's browser helper, so no account
 * and no network are needed. With a display (DISPLAY or WAYLAND_DISPLAY) it opens a window to play in, the popup
 * beside it, until the window is closed. Without one it runs headless, walks through every step — each email
 * flagged, the popup's findings and replies, a reply inserted, the history — and writes a screenshot of each.
 *
 * GARDEFOU_DIST: build folder (default dist); GARDEFOU_DEMO_SCREENSHOTS: screenshot folder (default demo-screenshots).
 */
import { relative, resolve } from 'node:path';
import { build } from 'vite';
import { DEMO_EMAILS } from '../demo/mailbox.ts';
import { play } from '../demo/play.ts';
import { openMailbox } from '../demo/session.ts';
import { tour } from '../demo/tour.ts';
import { EXTENSION_DIST, launchWithExtension } from '../tests/e2e/lib/browser.ts';

const SCREENSHOTS = resolve(process.env.GARDEFOU_DEMO_SCREENSHOTS ?? 'demo-screenshots');
const HAS_DISPLAY = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`Building the Chrome extension into ${relative(process.cwd(), EXTENSION_DIST)}…`);
await build({ mode: 'chrome', logLevel: 'warn' });
console.log(`Demo mailbox: ${DEMO_EMAILS.length} client emails, each showing one thing:`);
for (const email of DEMO_EMAILS) console.log(`  ${email.site.padEnd(7)} ${email.from.name} – ${email.shows}`);

const browser = await launchWithExtension({ headless: !HAS_DISPLAY });
let failed = false;
try {
  await openMailbox(browser);
  // Ctrl+C closes the browser, which ends the demo below as closing its windows does.
  process.once('SIGINT', () => void browser.context.close());
  if (HAS_DISPLAY) await play(browser);
  else {
    console.log(`No display: running headless, screenshots in ${relative(process.cwd(), SCREENSHOTS) || '.'}/`);
    const mismatches = await tour(browser, SCREENSHOTS);
    for (const mismatch of mismatches) console.error(`Flags differ from the demo's claims: ${mismatch}`);
    failed = mismatches.length > 0;
    console.log(`Done: screenshots of each step in ${SCREENSHOTS}`);
  }
} finally {
  const requests = [...browser.forbiddenRequests];
  // The helper's own network guard throws on these same requests on closing; they are reported just below.
  await browser.close().catch(() => undefined);
  console.log(`Network requests outside the demo pages: ${requests.length} ${requests.join(' ')}`.trimEnd());
  // In a window the user may browse anywhere; headless, only the demo ran.
  if (requests.length && !HAS_DISPLAY) failed = true;
}
process.exit(failed ? 1 : 0);
