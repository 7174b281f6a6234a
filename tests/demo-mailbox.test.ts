// @vitest-environment happy-dom
/**
 * The demo cannot silently rot: every demo email, read from its generated webmail page by the real adapter as the
 * content script reads it, is flagged by the detector with exactly the categories demo/mailbox.ts claims, on the
 * phrases it names, with the demo's settings. The walk-through in `npm run demo` checks the same in Chromium.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/analysis/analyze.ts';
import type { MessageView } from '../src/content/adapters/adapter.ts';
import { adapterFor } from '../src/content/adapters/index.ts';
import { resolveSentAt } from '../src/shared/displayed-date.ts';
import { formatSender } from '../src/shared/messages.ts';
import { toAnalysisSettings } from '../src/shared/settings.ts';
import { DEMO_EMAILS, DEMO_SETTINGS, type DemoEmail } from '../demo/mailbox.ts';
import { demoUrl, gmailDemoPage, outlookDemoPage } from '../demo/pages.ts';
import { loadHtmlInDom } from './e2e/fixtures/load-in-dom.ts';

// formatSender's module also holds the messaging code, which loads the polyfill: not needed to format a sender.
vi.mock('webextension-polyfill', () => ({ default: {} }));

process.env.TZ = 'Europe/Paris';

const pages = new Map<string, string>();
/** The page served at `email`'s address, generated once. */
function pageOf(email: DemoEmail): string {
  const key = email.site === 'gmail' ? 'gmail' : email.token;
  const html =
    pages.get(key) ?? (email.site === 'gmail' ? gmailDemoPage(DEMO_EMAILS) : outlookDemoPage(DEMO_EMAILS, email));
  pages.set(key, html);
  return html;
}

/** The email's page as the browser shows it at its address; Gmail's hash router is emulated (no script runs here). */
function openEmail(email: DemoEmail): Document {
  const doc = loadHtmlInDom(pageOf(email), demoUrl(email));
  if (email.site === 'outlook') return doc;
  const conversation = doc.querySelector<HTMLTemplateElement>(`template[id="${email.token}"]`);
  doc.querySelector('[data-fixture-view=conversation]')?.replaceChildren(conversation?.content.cloneNode(true) ?? '');
  return doc;
}

function readMessage(email: DemoEmail): MessageView {
  const host = new URL(demoUrl(email)).hostname;
  const result = adapterFor(host)?.readOpenMessages(openEmail(email));
  if (!result?.ok) throw new Error(`${email.subject}: ${result ? result.detail : `no adapter for ${host}`}`);
  expect(result.messages).toHaveLength(1);
  return result.messages[0] as MessageView;
}

describe.each(DEMO_EMAILS.map((email) => [email.subject, email] as const))('demo email "%s"', (_subject, email) => {
  it('is read from its page as written: sender, subject, sending time, body', () => {
    const message = readMessage(email);
    expect(message.from).toEqual(email.from);
    expect(message.subject).toBe(email.subject);
    expect(resolveSentAt(message.sent)?.slice(0, 16)).toBe(email.sent);
    expect(message.text.replace(/\s+/g, ' ').trim()).toBe(email.lines.join(' ').replace(/\s+/g, ' '));
  });

  it(`is flagged with exactly what the demo claims: ${email.claims.categories.join(', ') || 'nothing'}`, () => {
    const message = readMessage(email);
    const analysis = analyze(
      {
        subject: message.subject,
        body: message.text,
        sentAt: resolveSentAt(message.sent),
        from: formatSender(message.from),
      },
      toAnalysisSettings(DEMO_SETTINGS),
    );
    expect([...analysis.categories].sort()).toEqual([...email.claims.categories].sort());
    for (const phrase of email.claims.evidence) {
      const start = message.text.indexOf(phrase);
      expect(start, `"${phrase}" in the body`).toBeGreaterThanOrEqual(0);
      const carriers = analysis.findings.filter((f) => f.start < start + phrase.length && f.end > start);
      expect(carriers.length, `a finding on "${phrase}"`).toBeGreaterThan(0);
    }
  });
});

describe('the demo mailbox', () => {
  it('covers every category, both languages and registers, both webmails, and one clean email', () => {
    const claimed = new Set(DEMO_EMAILS.flatMap((email) => email.claims.categories));
    expect([...claimed].sort()).toEqual(
      ['availability_control', 'extra_revisions', 'off_hours', 'rate_pressure', 'scope_creep', 'urgency'].sort(),
    );
    const signature = DEMO_EMAILS.map((email) => {
      const message = readMessage(email);
      const analysis = analyze(
        { body: message.text, sentAt: resolveSentAt(message.sent) },
        toAnalysisSettings(DEMO_SETTINGS),
      );
      return `${email.site} ${analysis.lang} ${analysis.register ?? '-'} ${analysis.findings.length ? 'flagged' : 'clean'}`;
    });
    for (const expected of [/^gmail /, /^outlook /, / en /, / fr tu /, / fr vous /, /clean$/]) {
      expect(
        signature.some((line) => expected.test(line)),
        String(expected),
      ).toBe(true);
    }
  });
});
