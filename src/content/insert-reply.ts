/**
 * Inserting a suggested reply into the reply editor of an open message, when the background asks
 * (tab-messages.ts).
 */
import type { InsertResult } from '../shared/messages.ts';
import { adapterFor } from './adapters/index.ts';
import { insertReplyText } from './adapters/insert-text.ts';

/** Long enough for a slow webmail to open its reply box, short enough that the popup's answer does not hang. */
const OPEN_EDITOR_TIMEOUT_MS = 8000;

/**
 * Puts `text` into the reply editor of open message `messageId`, opening one with the webmail's own Reply
 * control when none is open; `insertReplyText` never overwrites what the user typed.
 */
export async function insertReply(messageId: string, text: string): Promise<InsertResult> {
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
