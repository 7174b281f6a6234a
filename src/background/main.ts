/**
 * Background service worker (Firefox: background script). Runs the detector for the content scripts,
 * keeps each tab's view in session storage and the toolbar badge in step with it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { warnIgnored } from '../shared/ignored-message.ts';
import { envelopeName, REQUEST_GUARDS } from '../shared/message-guards.ts';
import type { MessageName, Request, Response } from '../shared/messages.ts';
import { HANDLERS, RejectedSender } from './handlers.ts';
import { enforceHistoryRetention } from './history.ts';
import { forgetTab } from './tab-views.ts';

/** Left unanswered, so the sender gets no reply; the name given is ours, never the message's content. */
function ignored(why: string): undefined {
  warnIgnored('background', why);
  return undefined;
}

function handle<K extends MessageName>(
  name: K,
  request: unknown,
  sender: Runtime.MessageSender,
): Promise<Response<K>> | undefined {
  const guard = REQUEST_GUARDS[name] as (value: unknown) => value is Request<K>;
  if (!guard(request)) return ignored(`of the wrong shape for ${name}`);
  const handler = HANDLERS[name] as (request: Request<K>, sender: Runtime.MessageSender) => Promise<Response<K>>;
  return handler(request, sender).catch((error: unknown) => {
    if (error instanceof RejectedSender) warnIgnored('background', `${name} from the wrong place (${error.message})`);
    else console.error(`Gardefou: ${name} failed`, error);
    throw new Error(`${name} failed`);
  });
}

// Listeners are registered synchronously at start-up so a woken worker gets the message that woke it.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own scripts and pages; anything else, or any other shape, is not ours to answer.
  if (sender.id !== browser.runtime.id) return ignored('from outside the extension');
  const name = envelopeName(message);
  if (name === null) return ignored('that is not one of ours');
  return handle(name, (message as { request: unknown }).request, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch((error: unknown) => console.error('Gardefou: could not forget tab', error));
});

// Browser start-up and extension updates: the history drops what its retention limits say to drop.
browser.runtime.onStartup.addListener(enforceHistoryRetention);
browser.runtime.onInstalled.addListener(() => enforceHistoryRetention());
