// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertReplyText } from './insert-text.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An editor built with DOM calls: an empty first line, then Outlook-style quoted history. */
function outlookLikeEditor(): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  const firstLine = document.createElement('div');
  firstLine.append(document.createElement('br'));
  const marker = document.createElement('div');
  marker.id = 'appendonsend';
  const header = document.createElement('div');
  header.id = 'divRplyFwdMsg';
  header.textContent = 'From: Mark Ellison';
  editor.append(firstLine, marker, document.createElement('hr'), header);
  document.body.replaceChildren(editor);
  return editor;
}

function recordEvents(editor: HTMLElement): InputEvent[] {
  const events: InputEvent[] = [];
  for (const type of ['beforeinput', 'input'])
    editor.addEventListener(type, (event) => events.push(event as InputEvent));
  return events;
}

describe('insertReplyText', () => {
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    vi.restoreAllMocks();
  });

  it('puts the reply on the first line, above the quoted history, announcing it with beforeinput and input', () => {
    const editor = outlookLikeEditor();
    const events = recordEvents(editor);
    expect(insertReplyText(editor, 'Hi Mark,\nThanks for your message.')).toBe(true);
    expect(editor.firstElementChild?.textContent).toBe('Hi Mark,Thanks for your message.');
    expect(editor.firstElementChild?.querySelectorAll('br').length).toBeGreaterThanOrEqual(1);
    expect(squash(editor.textContent ?? '')).toMatch(/^Hi Mark,Thanks for your message\..*From: Mark Ellison$/);
    expect(events.map((event) => [event.type, event.inputType])).toEqual([
      ['beforeinput', 'insertText'],
      ['input', 'insertText'],
    ]);
  });

  it('inserts at the caret and keeps what the user typed, even when text is selected', () => {
    const editor = outlookLikeEditor();
    const typed = document.createTextNode('Dear Mark, ');
    editor.firstElementChild?.prepend(typed);
    const selection = document.getSelection() as Selection;
    const range = document.createRange();
    range.setStart(typed, 0);
    range.setEnd(typed, typed.length);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(insertReplyText(editor, 'I can deliver on Tuesday.')).toBe(true);
    expect(editor.firstElementChild?.textContent).toBe('Dear Mark, I can deliver on Tuesday.');
  });

  it('leaves existing text below when it has to insert at the top', () => {
    const editor = outlookLikeEditor();
    editor.firstElementChild?.prepend('Draft started earlier');
    expect(insertReplyText(editor, 'Hello')).toBe(true);
    expect(squash(editor.textContent ?? '')).toMatch(/^HelloDraft started earlier/);
    expect(editor.querySelectorAll('br').length).toBeGreaterThanOrEqual(2);
  });

  it('uses execCommand when the browser has it, without a second insertion', () => {
    const editor = outlookLikeEditor();
    const events = recordEvents(editor);
    const execCommand = vi.fn((_command: string, _ui: boolean, text: string) => {
      document.getSelection()?.getRangeAt(0).insertNode(document.createTextNode(text));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      expect(insertReplyText(editor, 'Bonjour Julien,')).toBe(true);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
    expect(execCommand).toHaveBeenCalledWith('insertText', false, expect.stringContaining('Bonjour Julien,'));
    expect(squash(editor.textContent ?? '').split('Bonjour Julien,')).toHaveLength(2);
    expect(events).toHaveLength(0);
  });

  it('lets an editor that handles beforeinput itself insert the text once', () => {
    const editor = outlookLikeEditor();
    editor.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      editor.firstElementChild?.prepend(event.data ?? '');
    });
    expect(insertReplyText(editor, 'Hello')).toBe(true);
    expect(squash(editor.textContent ?? '').split('Hello')).toHaveLength(2);
  });

  it('reports failure when the editor refuses the text', () => {
    const editor = outlookLikeEditor();
    editor.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertReplyText(editor, 'Hello')).toBe(false);
    expect(insertReplyText(editor, '')).toBe(false);
  });
});
