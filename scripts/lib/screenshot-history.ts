/**
 * A handful of flagged emails for the README's photograph of the history view: clients and requests a freelancer
 * meets, in English and French, with every status, each finding carrying its rule's own reason (looked up by
 * rule id, so the words are the ones the popup shows). Dated from `now`, so they read as last week's.
 */
import { RULES } from '../../src/analysis/rules/index.ts';
import type { Lang } from '../../src/analysis/types.ts';
import type { EntryStatus, HistoryEntry } from '../../src/history/types.ts';
import { parseEntry } from '../../src/history/validate.ts';
import type { Tone } from '../../src/replies/templates/types.ts';

interface Sample {
  site: HistoryEntry['site'];
  id: string;
  client: { name: string; address: string };
  subject: string;
  daysAgo: number;
  lang: Lang;
  /** Rule id and the words it flagged. */
  findings: [string, string][];
  status: EntryStatus;
  reply?: Tone;
}

const SAMPLES: Sample[] = [
  {
    site: 'outlook',
    id: 'AAMkADk0ZTlmLeroy0001',
    client: { name: 'Dominique Leroy', address: 'dominique.leroy@agence-lumen.example' },
    subject: 'RE : Maquettes v2 — page d’accueil',
    daysAgo: 1,
    lang: 'fr',
    findings: [
      ['extra-revisions/encore-une-modif', 'encore une petite modif sur le bandeau'],
      ['urgency/rushed-deadline', 'il me le faut pour demain matin'],
    ],
    status: 'new',
  },
  {
    site: 'gmail',
    id: '18f2c7a9d41b3e07',
    client: { name: 'Sam Taylor', address: 'sam@northwind-studio.example' },
    subject: 'Launch page copy',
    daysAgo: 2,
    lang: 'en',
    findings: [
      ['urgency/asap', 'send it over ASAP'],
      ['off-hours/weekend', 'have a look over the weekend'],
    ],
    status: 'replied',
    reply: 'neutral',
  },
  {
    site: 'gmail',
    id: '18f29b0c77e5a412',
    client: { name: 'Camille Martin', address: 'camille.martin@maison-bio.example' },
    subject: 'Re: Brand book',
    daysAgo: 4,
    lang: 'fr',
    findings: [['scope-creep/pendant-que-tu-y-es', 'pendant que tu y es, tu pourrais refaire les cartes de visite']],
    status: 'handled',
  },
  {
    site: 'outlook',
    id: 'AAMkADk0ZTlmBrown0002',
    client: { name: 'Alex Brown', address: 'alex.brown@bigretail.example' },
    subject: 'Quick favour',
    daysAgo: 6,
    lang: 'en',
    findings: [['rate-pressure/exposure', 'great exposure for your portfolio']],
    status: 'false_alarm',
  },
  {
    site: 'gmail',
    id: '18f1e4b2c9a0d3f6',
    client: { name: 'Morgan Girard', address: 'morgan@hiboo-app.example' },
    subject: 'Point quotidien',
    daysAgo: 9,
    lang: 'fr',
    findings: [['availability-control/set-hours', 'merci d’être connecté sur Slack de 9 h à 19 h']],
    status: 'new',
  },
];

export function screenshotHistory(now: number): HistoryEntry[] {
  return SAMPLES.map((sample) => {
    const at = new Date(now - sample.daysAgo * 86_400_000 - 5 * 3_600_000).toISOString();
    const findings = sample.findings.map(([ruleId, phrase]) => {
      const rule = RULES.find((r) => r.id === ruleId && r.lang === sample.lang);
      if (!rule) throw new Error(`no ${sample.lang} rule ${ruleId}`);
      return { category: rule.category, phrase, reason: rule.reason };
    });
    const link =
      sample.site === 'gmail'
        ? `https://mail.google.com/mail/u/0/#inbox/${sample.id}`
        : `https://outlook.office.com/mail/inbox/id/${sample.id}`;
    const entry = parseEntry({
      site: sample.site,
      messageId: sample.id,
      link,
      client: sample.client,
      subject: sample.subject,
      sentAt: at,
      findings,
      status: sample.status,
      reply: sample.reply ? { tone: sample.reply, at } : null,
      firstSeen: at,
      lastSeen: at,
    });
    if (!entry) throw new Error(`sample ${sample.id} is not a valid entry`);
    return entry;
  });
}
