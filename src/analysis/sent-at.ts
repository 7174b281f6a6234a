const ISO_OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** The instant and the sender's UTC offset (minutes) of an ISO 8601 date, or nulls. */
export function parseSentAt(sentAt: string | null | undefined): { date: Date | null; offsetMinutes: number | null } {
  if (typeof sentAt !== 'string' || sentAt.length > 64) return { date: null, offsetMinutes: null };
  const time = Date.parse(sentAt);
  if (Number.isNaN(time)) return { date: null, offsetMinutes: null };
  const offset = ISO_OFFSET.exec(sentAt.trim());
  let offsetMinutes: number | null = null;
  if (offset) {
    offsetMinutes = offset[1] ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  }
  return { date: new Date(time), offsetMinutes };
}
