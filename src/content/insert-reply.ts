/**
 * Inserting a suggested reply, imported by the content script (tab-messages.ts) the first time the user presses
 * Insert: the script injected into every page stays within its size budget without carrying this. It runs in the
 * content scripts' isolated world and leaves one function there, under `INSERT_REPLY`, which tab-messages.ts
 * calls with the message id and the text.
 */
import type { InsertResult } from '../shared/messages.ts';
import { adapterFor } from './adapters/index.ts';
import { insertReplyText } from './adapters/insert-text.ts';
import { INSERT_REPLY } from './insert-reply-hook.ts';

/** Long enough for a slow webmail to open its reply box, short enough that the popup's answer does not hang. */
const OPEN_EDITOR_TIMEOUT_MS = 8000;

/**
 * Puts `text` into the reply editor of open message `messageId`, opening one with the webmail's own Reply
 * control when none is open; `insertReplyText` never overwrites what the user typed.
 */
async function insertReply(messageId: string, text: string): Promise<InsertResult> {
  const adapter = adapterFor(location.hostname);
  const read = adapter?.readOpenMessages(document);
  const message = read?.ok ? read.messages.find((m) => m.id === messageId) : undefined;
  if (!adapter || !message) return { ok: false, failure: 'message-gone' };
  const open = adapter.findReplyEditor(document, message);
  const editor =
    open ?? (await adapter.openReplyEditor(document, message, AbortSignal.timeout(OPEN_EDITOR_TIMEOUT_MS)));
  if (!editor) return { ok: false, failure: 'no-editor' };
  return insertReplyText(editor, text) ? { ok: true, opened: open === null } : { ok: false, failure: 'not-inserted' };
}

(globalThis as Record<symbol, unknown>)[INSERT_REPLY] = insertReply;
