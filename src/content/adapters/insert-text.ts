/** Quoted history at the bottom of a reply editor (Outlook `appendonsend`/`divRplyFwdMsg`, Gmail `.gmail_quote`). */
const QUOTED_HISTORY = '[id$="appendonsend"], [id$="divRplyFwdMsg"], .gmail_quote, blockquote, hr';

const squeeze = (text: string): string => text.replace(/\s+/g, '');

function countOccurrences(haystack: string, needle: string): number {
  return needle ? haystack.split(needle).length - 1 : 0;
}

/** Where the text goes: the user's caret if it is in the editor (collapsed, so a selection is never replaced), else the top. */
function placeCaret(editor: HTMLElement, selection: Selection): 'caret' | 'top' {
  const current = selection.rangeCount ? selection.getRangeAt(0) : null;
  const atCaret = current !== null && editor.contains(current.commonAncestorContainer);
  editor.focus();
  const range = atCaret ? current : editor.ownerDocument.createRange();
  if (atCaret) {
    range.collapse(false);
  } else {
    // The first line of the editor, above any quoted history: descend into leading blocks such as `<div><br></div>`.
    let start: Node = editor;
    for (let child = start.firstChild; child instanceof HTMLElement; child = start.firstChild) {
      if (child.tagName === 'BR' || child.matches(QUOTED_HISTORY)) break;
      start = child;
    }
    range.setStart(start, 0);
    range.collapse(true);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return atCaret ? 'caret' : 'top';
}

/** Range insertion announced by `beforeinput`/`input`, for editors that ignore `execCommand` (Briskine editor-beforeinput.js). */
function insertWithRange(editor: HTMLElement, selection: Selection, text: string): void {
  const beforeInput = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
  });
  // A cancelled beforeinput means the editor inserted the text itself from the event.
  if (!editor.dispatchEvent(beforeInput) || !selection.rangeCount) return;
  const doc = editor.ownerDocument;
  const range = selection.getRangeAt(0);
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
}

/**
 * Inserts plain text (line breaks kept) into a webmail's reply editor as if typed, so the webmail saves the draft,
 * sends it and can undo it: `execCommand('insertText')` first (native undo, trusted `input`), then a Range insertion
 * with synthetic `beforeinput`/`input`. Never overwrites what the user typed. Returns whether the text landed.
 */
export function insertReplyText(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || !text) return false;
  const wanted = squeeze(text);
  const before = countOccurrences(squeeze(editor.textContent ?? ''), wanted);
  const landed = (): boolean => countOccurrences(squeeze(editor.textContent ?? ''), wanted) > before;

  const where = placeCaret(editor, selection);
  const hasContent = squeeze(editor.textContent ?? '') !== '';
  const typed = where === 'top' && hasContent ? `${text}\n\n` : text;
  // execCommand is deprecated but is still the only way to get a trusted, undoable insertion into a contenteditable;
  // some DOMs (happy-dom, locked-down frames) lack it altogether.
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, typed) && landed()) return true;
  insertWithRange(editor, selection, typed);
  return landed();
}
