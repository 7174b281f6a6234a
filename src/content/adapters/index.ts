import type { WebmailAdapter } from './adapter.ts';
import { gmailAdapter } from './gmail.ts';
import { outlookAdapter } from './outlook.ts';

const ADAPTERS_BY_HOSTNAME: Readonly<Record<string, WebmailAdapter>> = {
  'mail.google.com': gmailAdapter,
  'outlook.office.com': outlookAdapter,
  'outlook.office365.com': outlookAdapter,
  'outlook.live.com': outlookAdapter,
};

/** The adapter for a webmail host, or null on any other host (the manifest only matches these four). */
export function adapterFor(hostname: string): WebmailAdapter | null {
  return Object.hasOwn(ADAPTERS_BY_HOSTNAME, hostname) ? (ADAPTERS_BY_HOSTNAME[hostname] ?? null) : null;
}
