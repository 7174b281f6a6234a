// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_FIXTURES } from '../../../tests/e2e/fixtures/fixtures.ts';
import { loadFixtureInDom } from '../../../tests/e2e/fixtures/load-in-dom.ts';
import type { MessageView, ReadResult } from './adapter.ts';
import type { SelectorList } from './dom.ts';
import { OUTLOOK_SELECTORS, isOutlookMessageUrl, outlookAdapter } from './outlook.ts';
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
    const button = (event.target as Element).closest('button');
    const template = doc.querySelector<HTMLTemplateElement>('#outlook-reply-compose');
    if (button?.querySelector('[data-icon-name="ArrowReplyRegular"]') && template) {
      doc.querySelector('[data-fixture-compose-slot]')?.append(template.content.cloneNode(true));
    }
  });
}

describe('outlook adapter', () => {
  it('reads the open message in English at outlook.office.com, without its history', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.outlookEn);
    const message = onlyMessage(outlookAdapter.readOpenMessages(doc));
    expect(message).toMatchObject({
      id: 'AAQkADAwATM0MDAAMS1hNzE2LTk0ZjQtMDACLTAwCgAQAFqG3Xa8hZ9Ck1Yb2UuFeqQ=#0',
      from: { name: 'Mark Ellison', address: 'mark.ellison@brightpath-events.com' },
      subject: 'Event brochure – final tweaks',
      isNewest: true,
    });
    expect(resolveSentAt(message.sent)).toBe('2026-11-27T19:48:00+01:00');
    expect(message.bodyElement.id).toBe('UniqueMessageBody_2');
    const text = squash(message.text);
    for (const phrase of PAGE_FIXTURES.outlookEn.evidence) expect(text).toContain(phrase);
    expect(text).not.toContain('sponsor logos on page 4');
  });

  it('cuts the history off once the user expands it', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.outlookEn);
    doc.querySelector('[data-fixture-history]')?.removeAttribute('hidden');
    const text = squash(onlyMessage(outlookAdapter.readOpenMessages(doc)).text);
    expect(text).toContain('roll-up banner');
    expect(text).not.toContain('From:');
    expect(text).not.toContain('sponsor logos on page 4');
  });

  it('reads Outlook in French at outlook.live.com, with its day-first date', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.outlookFr);
    const message = onlyMessage(outlookAdapter.readOpenMessages(doc));
    expect(message).toMatchObject({
      from: { name: 'Julien Fabre', address: 'julien.fabre@boulangerie-fabre.fr' },
      subject: 'Logo et cartes de visite',
    });
    expect(resolveSentAt(message.sent)).toBe('2026-11-28T10:12:00+01:00');
    for (const phrase of PAGE_FIXTURES.outlookFr.evidence) expect(squash(message.text)).toContain(phrase);
  });

  it('finds nothing to read when no message is open', () => {
    const doc = loadFixtureInDom(PAGE_FIXTURES.outlookEn, 'https://outlook.office.com/mail/inbox');
    doc.querySelector('#ReadingPaneContainerId')?.remove();
    expect(outlookAdapter.readOpenMessages(doc)).toMatchObject({ ok: false, reason: 'no-message' });
  });

  it('tells message URLs from list URLs', () => {
    expect(isOutlookMessageUrl('/mail/inbox/id/AAQkADAw%3D')).toBe(true);
    expect(isOutlookMessageUrl('/mail/0/id/AAQkADAw')).toBe(true);
    expect(isOutlookMessageUrl('/mail/deeplink/read/AAMkAGI')).toBe(true);
    for (const list of ['/mail/', '/mail/inbox', '/mail/0/', '/mail/sentitems'])
      expect(isOutlookMessageUrl(list)).toBe(false);
  });

  describe('when Outlook changes its layout', () => {
    const required = new Set(['readingPane', 'body', 'sender', 'subject']);
    const selectors = OUTLOOK_SELECTORS as Record<string, SelectorList>;
    it.each(Object.keys(OUTLOOK_SELECTORS))('answers calmly when every %s selector fails', (key) => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.outlookEn);
      const saved = selectors[key] as SelectorList;
      selectors[key] = ['[data-gardefou-never-matches]'];
      try {
        const result = outlookAdapter.readOpenMessages(doc);
        if (required.has(key)) expect(result).toMatchObject({ ok: false, reason: 'layout-changed' });
        else expect(result.ok).toBe(true);
        if (key === 'date' && result.ok) expect(result.messages[0]?.sent).toBeNull();
        // Without Mailvelope's generated card class, the card is found by structure and the id by the URL.
        if (key === 'message' && result.ok) expect(result.messages[0]?.from.name).toBe('Mark Ellison');
      } finally {
        selectors[key] = saved;
      }
    });
  });

  describe('reply editor', () => {
    it('opens a reply with Outlook’s own Reply control and returns the body editor, not the To field', async () => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.outlookFr);
      emulateReplyControl(doc);
      const message = onlyMessage(outlookAdapter.readOpenMessages(doc));
      expect(outlookAdapter.findReplyEditor(doc, message)).toBeNull();
      const editor = await outlookAdapter.openReplyEditor(doc, message, new AbortController().signal);
      expect(editor?.getAttribute('aria-multiline')).toBe('true');
      expect(outlookAdapter.findReplyEditor(doc, message)).toBe(editor);
      // The open compose is not taken for another message of the conversation.
      expect(onlyMessage(outlookAdapter.readOpenMessages(doc)).bodyElement).toBe(message.bodyElement);
    });

    it('resolves to null when there is no Reply control', async () => {
      const doc = loadFixtureInDom(PAGE_FIXTURES.outlookEn);
      const message = onlyMessage(outlookAdapter.readOpenMessages(doc));
      for (const icon of doc.querySelectorAll('[data-icon-name]')) icon.remove();
      expect(await outlookAdapter.openReplyEditor(doc, message, new AbortController().signal)).toBeNull();
    });
  });
});
