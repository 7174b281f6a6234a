/** UI strings from `_locales`, in the browser's language (English or French). */
import browser from 'webextension-polyfill';
import type { Lang, Localized } from '../analysis/types.ts';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The detector's reasons carry both languages; the UI shows the one it speaks. */
export function localized(text: Localized): string {
  return text[uiLang()];
}
