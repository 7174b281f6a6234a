import { describe, expect, it } from 'vitest';
import { envelopeName, REQUEST_GUARDS } from './message-guards.ts';
import type { MessageToAnalyze } from './messages.ts';

const message: MessageToAnalyze = {
  site: 'gmail',
  id: '19b3c1f2a4d50002',
  from: { name: 'Dan', address: 'dan@example.com' },
  subject: 'Mock-ups',
  sent: { machine: null, shown: ['Thu, Nov 26, 2026, 6:42 PM', 'Nov 26'], dayFirst: false },
  text: 'Can you send it ASAP?',
  isNewest: true,
};

describe('envelopeName', () => {
  it('recognises only our envelopes with a known name', () => {
    expect(envelopeName({ gardefou: 1, name: 'analyze', request: message })).toBe('analyze');
    expect(envelopeName({ gardefou: 1, name: 'toString', request: null })).toBeNull();
    expect(envelopeName({ gardefou: 2, name: 'analyze' })).toBeNull();
    expect(envelopeName({ type: 'analyze' })).toBeNull();
    expect(envelopeName('analyze')).toBeNull();
    expect(envelopeName(null)).toBeNull();
  });
});

describe('REQUEST_GUARDS', () => {
  it('accepts well-formed requests', () => {
    expect(REQUEST_GUARDS.analyze(message)).toBe(true);
    expect(
      REQUEST_GUARDS.reportView({ kind: 'no-message', site: 'outlook', url: 'https://outlook.live.com/mail/0/' }),
    ).toBe(true);
    expect(REQUEST_GUARDS.getTabView({ tabId: 12 })).toBe(true);
    expect(REQUEST_GUARDS.openSuggestions(null)).toBe(true);
    expect(REQUEST_GUARDS.insertReply({ tabId: 3, messageId: 'm1', tone: 'firm', text: 'Hello' })).toBe(true);
  });

  it('rejects wrong shapes, unknown sites and oversized text', () => {
    expect(REQUEST_GUARDS.analyze({ ...message, site: 'yahoo' })).toBe(false);
    expect(REQUEST_GUARDS.analyze({ ...message, from: 'dan@example.com' })).toBe(false);
    expect(REQUEST_GUARDS.analyze({ ...message, text: 'x'.repeat(300_000) })).toBe(false);
    expect(REQUEST_GUARDS.analyze({ ...message, sent: '2026-11-26T18:42:00+01:00' })).toBe(false);
    expect(REQUEST_GUARDS.analyze({ ...message, sent: { machine: null, shown: [7], dayFirst: true } })).toBe(false);
    expect(REQUEST_GUARDS.reportView({ kind: 'messages', site: 'gmail', url: 'u', messages: [{ id: 1 }] })).toBe(false);
    expect(REQUEST_GUARDS.reportView({ kind: 'other', site: 'gmail', url: 'u' })).toBe(false);
    expect(REQUEST_GUARDS.getTabView({ tabId: -1 })).toBe(false);
    expect(REQUEST_GUARDS.dismiss({ site: 'gmail' })).toBe(false);
    const insert = { tabId: 3, messageId: 'm1', tone: 'warm', text: 'Hello' };
    expect(REQUEST_GUARDS.insertReply({ ...insert, tone: 'rude' })).toBe(false);
    expect(REQUEST_GUARDS.insertReply({ ...insert, text: '  ' })).toBe(false);
    expect(REQUEST_GUARDS.insertReply({ ...insert, text: 'x'.repeat(30_000) })).toBe(false);
  });
});
