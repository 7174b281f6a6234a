/** Fills every `[data-i18n]` element of an extension page with its `_locales` string. */
import { t, uiLang } from './i18n.ts';

export function localizePage(doc: Document): void {
  doc.documentElement.lang = uiLang();
  for (const node of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (node.dataset.i18n) node.textContent = t(node.dataset.i18n);
  }
}
