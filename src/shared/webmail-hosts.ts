/** Whether a URL is a webmail page Gardefou reads; the manifest's host permissions are the one list. */
import browser from 'webextension-polyfill';

export function isWebmailUrl(url: string | undefined): boolean {
  if (!url) return false;
  const patterns = browser.runtime.getManifest().host_permissions ?? [];
  return patterns.some((pattern) => url.startsWith(pattern.replace(/\*$/, '')));
}
