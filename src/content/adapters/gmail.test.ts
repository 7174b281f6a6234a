// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GMAIL_NAVIGATION_CONVERSATIONS, PAGE_FIXTURES } from '../../../tests/e2e/fixtures/fixtures.ts';
import { loadFixtureInDom } from '../../../tests/e2e/fixtures/load-in-dom.ts';
import type { MessageView, ReadResult } from './adapter.ts';
import type { SelectorList } from './dom.ts';
import { GMAIL_SELECTORS, gmailAdapter, isGmailConversationUrl } from './gmail.ts';
import { resolveSentAt } from '../../shared/displayed-date.ts';

process.env.TZ = 'Europe/Paris';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function onlyMessage(result: ReadResult): MessageView {
  if (!result.ok) throw new Error(`expected a message, got ${result.reason}: ${result.detail}`);
  expect(result.messages).toHaveLength(1);
  return result.messages[0] as MessageView;
}

/** What the fixture's inline script does on Reply (it does not run in happy-dom); the body goes with the next fixture. */
function emulateReplyControl(doc: Document): void {
  doc.body.addEventListener('click', (event) => {
    const control = (event.target as Element).closest('span.ams.bkH, div[role=button].aaq');
    const container = control?.closest('[role=listitem]')?.querySelector('.ip');
    const template = doc.querySelector<HTMLTemplateElement>('#gmail-reply-box');
    if (container && template) container.append(template.content.cloneNode(true));
  });
}

describe('gmail adapter', () => {
  it('reads the newest message of an English conversation, without the trimmed quote', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
    const message = onlyMessage(gmailAdapter.readOpenMessages(doc));
    expect(message).toMatchObject({
      id: '19b3c1f2a4d50002',
      from: { name: 'Dan Whitaker', address: 'dan.whitaker@northfield-supply.com' },
      subject: 'Homepage mock-ups – round 2',
      isNewest: true,
    });
    expect(resolveSentAt(message.sent)).toBe('2026-11-26T18:42:00+01:00');
    expect(message.bodyElement.classList.contains('a3s')).toBe(true);
    expect(message.bannerAnchor.isConnected).toBe(true);
    const text = squash(message.text);
    for (const phrase of PAGE_FIXTURES.gmailQuotedEn.evidence) expect(text).toContain(phrase);
    expect(text).not.toContain('Please find attached');
  });

  it('leaves the quote out once the user expands it', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
    doc.querySelector<HTMLElement>('.adL')?.style.removeProperty('display');
    const text = squash(onlyMessage(gmailAdapter.readOpenMessages(doc)).text);
    expect(text).toContain('this weekend?');
    expect(text).not.toContain('wrote:');
    expect(text).not.toContain('Please find attached');
  });

  it('reads Gmail in French, with its French date', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.gmailFr);
    const message = onlyMessage(gmailAdapter.readOpenMessages(doc));
    expect(message).toMatchObject({
      from: { name: 'Sophie Lambert', address: 'sophie.lambert@maison-verte.fr' },
      subject: 'Site vitrine – dernières retouches',
    });
    expect(resolveSentAt(message.sent)).toBe('2026-11-26T21:15:00+01:00');
    for (const phrase of PAGE_FIXTURES.gmailFr.evidence) expect(squash(message.text)).toContain(phrase);
  });

  it('reads a clean email', () => {
    const message = onlyMessage(gmailAdapter.readOpenMessages(loadFixtureInDom(PAGE_FIXTURES.gmailCleanEn)));
    expect(message.from.address).toBe('priya.nair@lumen-print.co.uk');
    expect(squash(message.text)).toContain('No rush on the next phase');
  });

  it('finds nothing to read on the inbox list, then each conversation the router opens', () => {
    const fixture = PAGE_FIXTURES.gmailNavigation;
    const doc = loadFixtureInDom(fixture);
    expect(gmailAdapter.readOpenMessages(doc)).toMatchObject({ ok: false, reason: 'no-message' });
    const view = doc.querySelector('[data-fixture-view=conversation]') as HTMLElement;
    const open = (hash: string): MessageView => {
      doc.location.hash = hash;
      const template = doc.getElementById(hash.split('/')[1] ?? '') as HTMLTemplateElement;
      view.replaceChildren(template.content.cloneNode(true));
      return onlyMessage(gmailAdapter.readOpenMessages(doc));
    };
    for (const conversation of GMAIL_NAVIGATION_CONVERSATIONS) {
      const text = squash(open(conversation.hash).text);
      for (const phrase of conversation.evidence) expect(text).toContain(phrase);
    }
    expect(gmailAdapter.observedRoot(doc)?.contains(view)).toBe(true);
  });

  it('tells conversation URLs from list URLs', () => {
    expect(isGmailConversationUrl('#inbox/FMfcgzQZTqLbXwKzVnPrHsDjMcGtRfYw')).toBe(true);
    expect(isGmailConversationUrl('#label/Clients/19b3c1f2a4d50000')).toBe(true);
    for (const list of ['#inbox', '#label/Clients', '#search/asap', '#inbox/p2', '#settings/general']) {
      expect(isGmailConversationUrl(list)).toBe(false);
    }
  });

  describe('when Gmail changes its layout', () => {
    const required = new Set(['message', 'body', 'sender', 'subject']);
    const selectors = GMAIL_SELECTORS as Record<string, SelectorList>;
    it.each(Object.keys(GMAIL_SELECTORS))('answers calmly when every %s selector fails', (key) => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
      const saved = selectors[key] as SelectorList;
      selectors[key] = ['[data-gardefou-never-matches]'];
      try {
        const result = gmailAdapter.readOpenMessages(doc);
        if (required.has(key)) expect(result).toMatchObject({ ok: false, reason: 'layout-changed' });
        else expect(result.ok).toBe(true);
        if (key === 'date' && result.ok) expect(result.messages[0]?.sent).toBeNull();
      } finally {
        selectors[key] = saved;
      }
    });

    it('says layout-changed when a conversation URL shows no message at all', () => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
      doc.querySelector('[role=main]')?.replaceChildren();
      expect(gmailAdapter.readOpenMessages(doc)).toMatchObject({ ok: false, reason: 'layout-changed' });
    });
  });

  describe('reply editor', () => {
    it('opens a reply with Gmail’s own Reply control and waits for its editor', async () => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
      emulateReplyControl(doc);
      const message = onlyMessage(gmailAdapter.readOpenMessages(doc));
      expect(gmailAdapter.findReplyEditor(doc, message)).toBeNull();
      const editor = await gmailAdapter.openReplyEditor(doc, message, new AbortController().signal);
      expect(editor?.getAttribute('role')).toBe('textbox');
      expect(gmailAdapter.findReplyEditor(doc, message)).toBe(editor);
      expect(doc.querySelectorAll('[contenteditable=true]')).toHaveLength(1);
      expect(await gmailAdapter.openReplyEditor(doc, message, new AbortController().signal)).toBe(editor);
    });

    it('gives up on abort when no editor appears', async () => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.gmailQuotedEn);
      const message = onlyMessage(gmailAdapter.readOpenMessages(doc));
      const controller = new AbortController();
      const opening = gmailAdapter.openReplyEditor(doc, message, controller.signal);
      controller.abort();
      expect(await opening).toBeNull();
    });
  });
});
