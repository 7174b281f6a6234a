/** Typed access to the extension's storage areas; the keys and shapes live only here. */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from './settings.ts';

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
