/**
 * The background's one message listener: only this extension's own scripts, with one of our envelopes in the
 * shape its message expects, reach a handler; everything else is left unanswered and logged once, without its
 * content. The browser API and the handlers are stand-ins.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { MessageToAnalyze } from '../shared/messages.ts';

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

const browserStub = vi.hoisted(() => {
  const listeners: Listener[] = [];
  const event = (): { addListener: (listener: () => void) => void } => ({ addListener: () => undefined });
  return {
    listeners,
    browser: {
      runtime: {
        id: 'gardefou-id',
        getURL: (path: string) => `chrome-extension://gardefou-id/${path}`,
        onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
        onStartup: event(),
        onInstalled: event(),
      },
      tabs: { onRemoved: event() },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: browserStub.browser }));

const handlers = vi.hoisted(() => {
  class RejectedSender extends Error {}
  return {
    RejectedSender,
    HANDLERS: {
      analyze: vi.fn(async () => ({ analysis: null, dismissed: false })),
      reportView: vi.fn(async () => null),
      dismiss: vi.fn(async () => null),
      openSuggestions: vi.fn(async () => null),
      getTabView: vi.fn(async (): Promise<null> => {
        throw new RejectedSender('not from an extension page');
      }),
      insertReply: vi.fn(async () => ({ ok: true, opened: false })),
    },
  };
});
vi.mock('./handlers.ts', () => handlers);
vi.mock('./history.ts', () => ({ enforceHistoryRetention: vi.fn() }));
vi.mock('./tab-views.ts', () => ({ forgetTab: vi.fn(async () => undefined) }));

await import('./main.ts');
const listener = browserStub.listeners[0] as Listener;

/** A client's words that must never reach the console. */
const SECRET = 'Our merger with Initech closes Friday';
const mail: MessageToAnalyze = {
  site: 'gmail',
  id: 'm1',
  from: { name: 'Dan', address: 'dan@example.com' },
  subject: SECRET,
  sent: null,
  text: `${SECRET}, send it ASAP`,
  isNewest: true,
};
const fromTab: Runtime.MessageSender = { id: 'gardefou-id', tab: { id: 4 } as Runtime.MessageSender['tab'] };
const envelope = (name: string, request: unknown): unknown => ({ gardefou: 1, name, request });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.clearAllMocks();
});
afterEach(() => warn.mockRestore());

/** The message went unanswered, reached no handler, and left one warning that says nothing of its content. */
function expectIgnored(answer: unknown, why: RegExp): void {
  expect(answer).toBeUndefined();
  for (const handler of Object.values(handlers.HANDLERS)) expect(handler).not.toHaveBeenCalled();
  expect(warn).toHaveBeenCalledTimes(1);
  const logged = JSON.stringify(warn.mock.calls);
  expect(logged).toMatch(why);
  expect(logged).not.toContain('Initech');
}

describe('the background message listener', () => {
  it('registered exactly one listener at start-up', () => {
    expect(browserStub.listeners).toHaveLength(1);
  });

  it('answers a well-formed message from its own content script through its handler', async () => {
    await expect(listener(envelope('analyze', mail), fromTab)).resolves.toEqual({ analysis: null, dismissed: false });
    expect(handlers.HANDLERS.analyze).toHaveBeenCalledWith(mail, fromTab);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...fromTab, id: 'evil-extension-id' }],
    ['a sender without an id (a web page)', { tab: fromTab.tab, url: 'https://mail.google.com/' }],
  ])('ignores a message from %s', (_, sender) => {
    expectIgnored(listener(envelope('analyze', mail), sender as Runtime.MessageSender), /outside the extension/);
  });

  it.each([
    ['an unknown name', envelope('eval', SECRET)],
    ['an inherited name', envelope('constructor', mail)],
    ['another envelope version', { gardefou: 2, name: 'analyze', request: mail }],
    ['no envelope', { type: 'analyze', ...mail }],
    ['a bare string', SECRET],
    ['null', null],
    ['an array', [envelope('analyze', mail)]],
  ])('ignores %s', (_, message) => {
    expectIgnored(listener(message, fromTab), /not one of ours/);
  });

  it.each([
    ['a number for the text', envelope('analyze', { ...mail, text: 42 })],
    ['an unknown site', envelope('analyze', { ...mail, site: 'yahoo' })],
    ['a missing request', { gardefou: 1, name: 'analyze' }],
    ['oversized text', envelope('analyze', { ...mail, text: SECRET.repeat(10_000) })],
    ['an empty reply', envelope('insertReply', { tabId: 4, messageId: 'm1', tone: 'warm', text: ' ' })],
    ['a negative tab', envelope('getTabView', { tabId: -1 })],
  ])('ignores a request with %s', (_, message) => {
    expectIgnored(listener(message, fromTab), /wrong shape for (analyze|insertReply|getTabView)/);
  });

  it('logs a request from the wrong place and answers it with a failure that says nothing of it', async () => {
    await expect(listener(envelope('getTabView', { tabId: 4 }), fromTab)).rejects.toThrow('getTabView failed');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).toMatch(/getTabView from the wrong place/);
  });
});
