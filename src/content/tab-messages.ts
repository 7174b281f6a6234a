/**
 * The content script's one incoming message: the background asking it to insert a reply. Only the extension's
 * background can reach this listener (pages cannot); the shape is still checked, and anything else is left
 * unanswered and logged without its content. (The insertion code is part of the content script: loading it on
 * demand would take either the `scripting` permission or a dynamic `import()`, which Firefox's add-on linter
 * rejects.)
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { warnIgnored } from '../shared/ignored-message.ts';
import type { InsertInTab, InsertResult } from '../shared/messages.ts';
import { insertReply } from './insert-reply.ts';

const MAX_FIELD = 20_000;
const isField = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_FIELD;

function isInsertInTab(value: unknown): value is InsertInTab {
  if (typeof value !== 'object' || value === null) return false;
  const { gardefou, name, request } = value as Partial<Record<keyof InsertInTab, unknown>>;
  if (gardefou !== 1 || name !== 'insertInTab' || typeof request !== 'object' || request === null) return false;
  const { messageId, text } = request as Partial<Record<keyof InsertInTab['request'], unknown>>;
  return isField(messageId) && isField(text);
}

/** Answers `insertInTab` until `signal` aborts; a failure is an answer too, never an exception in the page. */
export function answerTheBackground(signal: AbortSignal, report: (error: unknown) => void): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<InsertResult> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isInsertInTab(message)) {
      warnIgnored('page', 'not from the background or not insertInTab');
      return undefined;
    }
    return insertReply(message.request.messageId, message.request.text).catch((error: unknown): InsertResult => {
      report(error);
      return { ok: false, failure: 'not-inserted' };
    });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
