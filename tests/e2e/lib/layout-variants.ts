/**
 * A webmail page whose layout changed, generated from an adapter's selector map: for one entry of the map, every
 * element matching any of its selectors loses what those selectors rely on (their classes, attributes and ids; an
 * element still matching is renamed), so neither the current selector nor its fallbacks find it. Applied to the
 * fixture's HTML before it is served, templates included (the fixtures' reply editors are cloned from templates).
 */
import { editFixture } from './fixture-dom.ts';

/** Breaks every element under `root`, in templates too, matching one of `selectors`; returns how many it changed. */
function breakMatching(root: ParentNode, selectors: readonly string[]): number {
  const all = selectors.join(',');
  const tokens = (pattern: RegExp): string[] => [...all.matchAll(pattern)].map((match) => match[1] as string);
  const classes = tokens(/\.([\w-]+)/g);
  const attributes = tokens(/\[([\w-]+)/g);
  const ids = tokens(/#([\w-]+)/g);
  const matches = [root, ...[...root.querySelectorAll('template')].map((template) => template.content)].flatMap(
    (scope) => [...scope.querySelectorAll(all)],
  );
  for (const element of matches) {
    element.classList.remove(...classes);
    for (const name of attributes) element.removeAttribute(name);
    if (ids.includes(element.id)) element.removeAttribute('id');
    if (!element.matches(all)) continue;
    // Matched by tag or ancestry alone (`blockquote`, `.ha h2`): a renamed element no longer is.
    const renamed = element.ownerDocument.createElement(element.localName === 'section' ? 'div' : 'section');
    for (const attribute of element.attributes) renamed.setAttribute(attribute.name, attribute.value);
    renamed.append(...element.childNodes);
    element.replaceWith(renamed);
  }
  return matches.length;
}

/** The fixture `html` (served at `url`) with `selectors` broken; throws when they match nothing in it. */
export function layoutVariant(html: string, url: string, selectors: readonly string[]): string {
  let broken = 0;
  const variant = editFixture(html, url, (doc) => {
    broken = breakMatching(doc, selectors);
  });
  if (broken === 0) throw new Error(`nothing in the fixture matches ${selectors.join(', ')}`);
  return variant;
}
