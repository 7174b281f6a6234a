import type { ShownDate } from '../../shared/displayed-date.ts';

/** Selectors for one thing on a page, tried in order: the current one first, then older or more generic fallbacks. */
export type SelectorList = readonly string[];

export function queryFirst(root: ParentNode, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** All matches of the first selector that matches anything, outermost only (a fallback may match nested nodes). */
export function queryAll(root: ParentNode, selectors: SelectorList): HTMLElement[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll<HTMLElement>(selector)];
    if (found.length)
      return found.filter((element) => !found.some((other) => other !== element && other.contains(element)));
  }
  return [];
}

export function closestOf(element: Element, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const found = element.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The body as the user sees it, without quoted history. A collapsed quote is not rendered, so it is already absent
 * from `innerText`; a quote the user expanded is cut off from where it starts.
 */
export function visibleBodyText(body: HTMLElement, quoteSelectors: SelectorList): string {
  let text = body.innerText;
  for (const quote of body.querySelectorAll<HTMLElement>(quoteSelectors.join(','))) {
    const quoteText = quote.innerText.trim();
    const start = quoteText ? text.lastIndexOf(quoteText) : -1;
    if (start >= 0) text = text.slice(0, start);
  }
  return text.trim();
}

/** Gmail's buttons act on mousedown/mouseup rather than click (gmail.js `start_compose`), so send what a real click sends. */
export function clickLikeUser(target: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

/** Resolves to `find()` as soon as it returns something under `root`, or to null on abort or after `timeoutMs`. */
export function waitForElement<T>(
  root: Node,
  find: () => T | null,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<T | null> {
  return new Promise((resolve) => {
    const found = find();
    if (found !== null || signal.aborted) {
      resolve(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const element = find();
      if (element !== null) finish(element);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    const onAbort = (): void => finish(null);
    function finish(result: T | null): void {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
  });
}

/** Numeric dates are month-first only in US English; the page's `lang` says which UI language the webmail uses. */
export function isDayFirst(doc: Document): boolean {
  const lang = (doc.documentElement.lang || doc.defaultView?.navigator.language || 'en-US').toLowerCase();
  return lang !== 'en' && lang !== 'en-us';
}

/** What a date element says, for the background to read (shared/displayed-date.ts); null without an element. */
export function readShownDate(element: HTMLElement | null, dayFirst: boolean): ShownDate | null {
  if (!element) return null;
  return {
    machine: element.getAttribute('datetime'),
    shown: [element.getAttribute('title') ?? '', element.textContent ?? ''],
    dayFirst,
  };
}
