/**
 * The content script's one incoming message: the background asking it to insert a reply. The insertion code
 * (insert-reply.ts) is not part of the script injected into every page; it is imported from the extension the
 * first time the user presses Insert, so page start stays within its size budget and no `scripting`
 * permission is needed. Only the extension's background can reach this listener (pages cannot); the shape is
 * still checked, and anything else is left unanswered and logged without its content.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { warnIgnored } from '../shared/ignored-message.ts';
import type { InsertInTab, InsertResult } from '../shared/messages.ts';
import { INSERT_REPLY } from './insert-reply-hook.ts';

type InsertReply = (messageId: string, text: string) => Promise<InsertResult>;

const MAX_FIELD = 20_000;
const isField = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_FIELD;

function isInsertInTab(value: unknown): value is InsertInTab {
  if (typeof value !== 'object' || value === null) return false;
  const { gardefou, name, request } = value as Partial<Record<keyof InsertInTab, unknown>>;
  if (gardefou !== 1 || name !== 'insertInTab' || typeof request !== 'object' || request === null) return false;
  const { script, messageId, text } = request as Partial<Record<keyof InsertInTab['request'], unknown>>;
  return isField(script) && /^[\w/.-]+\.js$/.test(script) && isField(messageId) && isField(text);
}

async function insert({ script, messageId, text }: InsertInTab['request']): Promise<InsertResult> {
  const scope = globalThis as Record<symbol, unknown>;
  if (typeof scope[INSERT_REPLY] !== 'function') await import(/* @vite-ignore */ browser.runtime.getURL(script));
  const insertReply = scope[INSERT_REPLY];
  if (typeof insertReply !== 'function') return { ok: false, failure: 'no-page' };
  return (insertReply as InsertReply)(messageId, text);
}

/** Answers `insertInTab` until `signal` aborts; a failure is an answer too, never an exception in the page. */
export function answerTheBackground(signal: AbortSignal, report: (error: unknown) => void): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<InsertResult> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isInsertInTab(message)) {
      warnIgnored('page', 'not from the background or not insertInTab');
      return undefined;
    }
    return insert(message.request).catch((error: unknown): InsertResult => {
      report(error);
      return { ok: false, failure: 'not-inserted' };
    });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
