/**
 * Watches a browser for hostile text that ran or became markup: console messages carrying the payloads' marker (from
 * any page or the service worker), dialogs, uncaught page errors, and the extension pages' CSP refusing an inline
 * script or handler (what injected markup would trigger there). `injectedMarkup` then inspects a page's DOM, shadow
 * roots included, for elements and attributes the payloads would create if they were ever parsed as HTML.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ExecutionWatch {
  /** Payload markers logged and dialogs opened: something ran. */
  executed: string[];
  /** Uncaught exceptions in any page. */
  pageErrors: string[];
  /** CSP reports in extension pages about inline script or handlers. */
  cspViolations: string[];
}

export function watchExecution(context: BrowserContext, marker: string): ExecutionWatch {
  const watch: ExecutionWatch = { executed: [], pageErrors: [], cspViolations: [] };
  context.on('console', (message) => {
    const where = message.page()?.url() ?? message.worker()?.url() ?? 'service worker';
    if (message.text().includes(marker)) watch.executed.push(`${where}: ${message.text()}`);
    else if (
      message.type() === 'error' &&
      where.startsWith('chrome-extension://') &&
      /Content Security Policy/.test(message.text()) &&
      /inline|script/i.test(message.text())
    ) {
      watch.cspViolations.push(`${where}: ${message.text()}`);
    }
  });
  const watchPage = (page: Page): void => {
    page.on('dialog', (dialog) => {
      watch.executed.push(`${page.url()}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watch.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return watch;
}

/**
 * What of `marker`'s payloads became markup in `page`: elements they would create, event-handler attributes,
 * `javascript:` links, and script or style elements holding payload text. Empty when everything stayed text.
 */
export async function injectedMarkup(page: Page, marker: string): Promise<string[]> {
  return page.evaluate((needle) => {
    const found: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const tag = element.localName;
        if (['img', 'svg', 'iframe', 'math', 'mglyph', 'object', 'embed'].includes(tag)) found.push(tag);
        if (
          (tag === 'body' && element !== document.body) ||
          (tag === 'a' && /^\s*javascript:/i.test(element.getAttribute('href') ?? ''))
        ) {
          found.push(`${tag} ${element.getAttribute('href') ?? ''}`);
        }
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
        }
        const text = tag === 'script' || tag === 'style' ? (element.textContent ?? '') : '';
        if (text.includes(needle) || /display:none!important|@import/.test(text))
          found.push(`${tag} with payload text`);
      }
    }
    return found;
  }, marker);
}
