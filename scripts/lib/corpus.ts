import { readFileSync } from 'node:fs';
import type { Category, EmailInput, Lang } from '../../src/analysis/types.ts';

/** One line of a corpus file (`../shared/corpus/README.md`); labels are absent in unlabelled sets. */
export interface CorpusEmail {
  id: string;
  lang?: Lang;
  subject?: string;
  from?: string;
  sent_at?: string;
  body: string;
  labels?: Category[];
  evidence?: Partial<Record<Category, string[]>>;
}

export function readJsonl(path: string): CorpusEmail[] {
  const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as CorpusEmail;
      } catch {
        throw new Error(`${path}:${i + 1}: not a JSON line`);
      }
    });
}

export function toEmailInput(row: CorpusEmail): EmailInput {
  return { subject: row.subject ?? '', body: row.body ?? '', sentAt: row.sent_at ?? null, from: row.from ?? '' };
}
