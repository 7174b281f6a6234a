/**
 * Edits a page fixture as a DOM (happy-dom, in Node) and serialises it back, so variants of the fixtures (hostile
 * mail, a layout with one selector broken) are generated from the real files rather than copied by hand.
 */
import { Window } from 'happy-dom';

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** `html` parsed at `url`, changed by `edit`, serialised again (inline scripts and styles kept as they are). */
export function editFixture(html: string, url: string, edit: (doc: Document) => void): string {
  const window = new Window({ url });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    edit(doc);
    const root = doc.documentElement;
    const attributes = [...root.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
    return `<!doctype html>\n<html${attributes}>${root.getHTML()}</html>\n`;
  } finally {
    void window.happyDOM.close();
  }
}

/** Elements matching any of `selectors` under `root`. */
export function matchingAny(root: ParentNode, selectors: readonly string[]): Element[] {
  return [...new Set(selectors.flatMap((selector) => [...root.querySelectorAll(selector)]))];
}
