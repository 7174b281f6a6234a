const ISO_OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** Years 1900 to 9999: the wall-clock arithmetic adds hours and days, which near the edges of `Date` leaves its range. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);

/** Whether an instant (ms) is one an email could be sent or answered at; NaN and Infinity are not. */
export function isPlausibleInstant(time: number): boolean {
  return time >= EARLIEST && time < LATEST;
}

/** The instant and the sender's UTC offset (minutes) of an ISO 8601 date, or nulls. */
export function parseSentAt(sentAt: string | null | undefined): { date: Date | null; offsetMinutes: number | null } {
  if (typeof sentAt !== 'string' || sentAt.length > 64) return { date: null, offsetMinutes: null };
  const time = Date.parse(sentAt);
  if (!isPlausibleInstant(time)) return { date: null, offsetMinutes: null };
  const offset = ISO_OFFSET.exec(sentAt.trim());
  let offsetMinutes: number | null = null;
  if (offset) {
    offsetMinutes = offset[1] ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  }
  return { date: new Date(time), offsetMinutes };
}
