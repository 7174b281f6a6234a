/**
 * The content script's listener: only the background (this extension, not a tab) asking `insertInTab` reaches
 * the insertion code; anything else is left unanswered and logged once, without its content. The browser API and
 * the insertion function are stand-ins.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

const listeners = vi.hoisted(() => new Set<Listener>());
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'gardefou-id',
      getURL: (path: string) => `chrome-extension://gardefou-id/${path}`,
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const insertReply = vi.hoisted(() => vi.fn(async () => ({ ok: true, opened: true })));
vi.mock('./insert-reply.ts', () => ({ insertReply }));

const { answerTheBackground } = await import('./tab-messages.ts');

const SECRET = 'Dear supplier, our layoffs start Monday';
const background: Runtime.MessageSender = { id: 'gardefou-id' };
const insertInTab = (request: Record<string, unknown>): unknown => ({
  gardefou: 1,
  name: 'insertInTab',
  request: { messageId: 'm1', text: SECRET, ...request },
});

let warn: MockInstance<typeof console.warn>;
let life: AbortController;
let listener: Listener;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  insertReply.mockClear();
  life = new AbortController();
  answerTheBackground(life.signal, () => undefined);
  listener = [...listeners].at(-1) as Listener;
});
afterEach(() => {
  life.abort();
  warn.mockRestore();
});

describe('answerTheBackground', () => {
  it('inserts the reply the background asks for', async () => {
    await expect(listener(insertInTab({}), background)).resolves.toEqual({ ok: true, opened: true });
    expect(insertReply).toHaveBeenCalledWith('m1', SECRET);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', insertInTab({}), { id: 'evil-extension-id' }],
    ['a content script in a tab', insertInTab({}), { id: 'gardefou-id', tab: { id: 3 } }],
    ['a sender without an id', insertInTab({}), {}],
    ['another message name', { gardefou: 1, name: 'analyze', request: { text: SECRET } }],
    ['no envelope', { name: 'insertInTab', request: { text: SECRET } }],
    ['a bare string', SECRET],
    ['null', null],
    ['a number for the text', insertInTab({ text: 7 })],
    ['no message id', insertInTab({ messageId: undefined })],
    ['an oversized text', insertInTab({ text: SECRET.repeat(1000) })],
  ])('ignores %s and logs it without its content', (_, message, sender = background) => {
    expect(listener(message, sender as Runtime.MessageSender)).toBeUndefined();
    expect(insertReply).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/layoffs|evil/);
  });

  it('stops listening when its page session ends', () => {
    const before = listeners.size;
    life.abort();
    expect(listeners.size).toBe(before - 1);
  });
});
