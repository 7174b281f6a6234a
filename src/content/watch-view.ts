/**
 * Tells when the webmail may show something else: Gmail and Outlook are single-page apps that swap the
 * open message without a page load. Watches the adapter's observed root (not the whole document: an inbox
 * mutates constantly) and the URL, and calls `onChange` debounced, so a burst of re-rendering costs one scan.
 */
import type { WebmailAdapter } from './adapters/adapter.ts';

/** Quiet time after the last mutation before a scan; short, since flags should show within 150 ms. */
const DEBOUNCE_MS = 40;
/** A page that never stops mutating (a loading conversation) still gets scanned this often. */
const MAX_WAIT_MS = 250;
/** `pushState` fires no event a content script can hear, so the URL is also polled. */
const URL_POLL_MS = 300;

export function watchView(adapter: WebmailAdapter, onChange: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart = 0;
  let observed: Element | null = null;
  let url = location.href;

  const run = (): void => {
    timer = undefined;
    burstStart = 0;
    observeRoot();
    onChange();
  };
  const schedule = (): void => {
    const now = performance.now();
    if (burstStart === 0) burstStart = now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(DEBOUNCE_MS, burstStart + MAX_WAIT_MS - now)));
  };

  const observer = new MutationObserver(schedule);
  function observeRoot(): void {
    const root = adapter.observedRoot(document) ?? document.body;
    if (root === observed) return;
    observer.disconnect();
    observer.observe(root, { childList: true, subtree: true });
    observed = root;
  }

  const checkUrl = (): void => {
    if (location.href !== url) {
      url = location.href;
      schedule();
    } else if (observed && !observed.isConnected) {
      // The webmail replaced the element we watched: find the new one.
      schedule();
    }
  };
  addEventListener('hashchange', checkUrl, { signal });
  addEventListener('popstate', checkUrl, { signal });
  const poll = setInterval(checkUrl, URL_POLL_MS);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  });
  observeRoot();
}
