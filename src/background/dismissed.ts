/** Messages whose banner the user dismissed, kept in `storage.local` so a reload does not bring it back. */
import browser from 'webextension-polyfill';
import type { Site } from '../content/adapters/adapter.ts';

const KEY = 'dismissed';
/** Oldest dismissals are dropped past this many: a user rarely reopens an email from months ago. */
const MAX_DISMISSED = 1000;

const entry = (site: Site, id: string): string => `${site}:${id}`;

async function load(): Promise<string[]> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
}

export async function isDismissed(site: Site, id: string): Promise<boolean> {
  return (await load()).includes(entry(site, id));
}

export async function dismiss(site: Site, id: string): Promise<void> {
  const kept = (await load()).filter((item) => item !== entry(site, id));
  kept.push(entry(site, id));
  await browser.storage.local.set({ [KEY]: kept.slice(-MAX_DISMISSED) });
}
