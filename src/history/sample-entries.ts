/**
 * Generated history entries of realistic size (long Outlook item ids and links, one to three findings with
 * both reasons, subjects with reply prefixes) for the tests and the bench. Seeded: the same call gives the
 * same entries.
 */
import { CATEGORIES } from '../analysis/types.ts';
import type { AnalysedEmail } from './store.ts';
import { ENTRY_STATUSES, type HistoryEntry } from './types.ts';
import { categoriesOf, normaliseFindings } from './validate.ts';

/** mulberry32: a tiny seeded generator, enough to spread fake data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Camille', 'Jordan', 'Alex', 'Dominique', 'Sam', 'Claude', 'Morgan', 'Charlie', 'Lou', 'Noa'];
const LAST = ['Martin', 'Bernard', 'Smith', 'Dubois', 'Taylor', 'Leroy', 'Brown', 'Moreau', 'Wilson', 'Girard'];
const PROJECTS = ['Refonte du site', 'Brand book', 'Landing page', 'Rapport annuel', 'App mockups', 'Newsletter'];
const PREFIXES = ['', '', 'Re: ', 'RE : ', 'TR : ', 'Fwd: ', 'Re: Re: '];
const PHRASES = [
  'could you send it over ASAP',
  "c'est urgent, il me le faut pour demain matin",
  'one more round of small tweaks on the logo',
  'pendant que tu y es, tu pourrais aussi refaire la page contact',
  'can you have a look this weekend',
  'on peut faire un petit geste commercial ?',
  'I need you online on Slack from 9 to 7',
  'while you are at it, could you also draft the newsletter',
];
/** A finding's reason in both languages, for the samples. */
export const SAMPLE_REASON = { en: 'Asks for it right away.', fr: 'Demande un rendu immédiat.' };
const REASON = {
  en: 'Asks for it as soon as possible: an open-ended rush with no agreed turnaround.',
  fr: 'Demande un rendu « au plus vite » : une urgence sans délai convenu.',
};

export function sampleEntries(
  count: number,
  options: { seed?: number; now?: number; clients?: number } = {},
): HistoryEntry[] {
  const random = seeded(options.seed ?? 1);
  const now = options.now ?? Date.parse('2026-06-01T12:00:00Z');
  const clientCount = options.clients ?? 150;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const yearMs = 365 * 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, i) => {
    const client = i % clientCount;
    const name = `${FIRST[client % FIRST.length]} ${LAST[Math.floor(client / FIRST.length) % LAST.length]}`;
    const site = random() < 0.6 ? 'gmail' : 'outlook';
    const messageId =
      site === 'gmail'
        ? `msg-f:${1800000000000000000 + i * 7919}`
        : `AAQkAGI2TG93AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAA${i.toString(36)}=`;
    const link =
      site === 'gmail'
        ? `https://mail.google.com/mail/u/0/#inbox/FMfcgz${i.toString(36)}QWxkZGVqcXBzZmxrc2Rm`
        : `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(messageId)}`;
    const sent = now - Math.floor(random() * yearMs);
    const findings = normaliseFindings(
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        category: pick(CATEGORIES),
        phrase: pick(PHRASES),
        reason: REASON,
      })),
    );
    const seen = new Date(sent + Math.floor(random() * 3 * 24 * 60 * 60 * 1000)).toISOString();
    return {
      site,
      messageId,
      link,
      client: { name, address: `${name.toLowerCase().replace(' ', '.')}.${client}@client${client % 37}.example` },
      subject: `${pick(PREFIXES)}${pick(PROJECTS)} — v${1 + (i % 5)}`,
      sentAt: new Date(sent).toISOString().replace('Z', '+00:00'),
      categories: categoriesOf(findings),
      findings,
      status: pick(ENTRY_STATUSES),
      reply: null,
      firstSeen: seen,
      lastSeen: seen,
    };
  });
}

/** One analysed email from Camille, with one urgency finding, as the background hands it to the store. */
export function sampleEmail(id: string, overrides: Partial<AnalysedEmail> = {}): AnalysedEmail {
  return {
    site: 'gmail',
    messageId: id,
    link: `https://mail.google.com/mail/u/0/#inbox/${id}`,
    from: { name: 'Camille Martin', address: 'Camille@Client.example' },
    subject: 'Refonte du site',
    sentAt: '2026-05-28T18:42:00+02:00',
    findings: [{ category: 'urgency', text: 'il me le faut au plus vite', reason: SAMPLE_REASON }],
    ...overrides,
  };
}
