import PostalMime from 'postal-mime';
import type { EmailInput } from '../../src/analysis/types.ts';

const RFC2822_OFFSET = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/;

/** `date` as local wall time at `offsetMinutes`, ISO 8601 with that offset. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Reads an RFC 822 message: subject, sender, the Date header with its own offset, the first plain-text body. */
export async function parseEml(raw: string): Promise<EmailInput> {
  const email = await PostalMime.parse(raw);
  const dateHeader = email.headers.find((h) => h.key === 'date')?.value ?? '';
  const instant = email.date ? new Date(email.date) : null;
  const offset = RFC2822_OFFSET.exec(dateHeader);
  const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const from = email.from && 'address' in email.from ? email.from : null;
  return {
    subject: email.subject ?? '',
    from: from ? (from.name ? `${from.name} <${from.address ?? ''}>` : (from.address ?? '')) : '',
    sentAt: instant && !Number.isNaN(instant.getTime()) ? isoWithOffset(instant, offsetMinutes) : null,
    body: email.text ?? '',
  };
}
