// The sent date as the webmail shows it, read by the content script (adapters/dom.ts `readShownDate`) and turned
// into ISO 8601 here, in the background, so the script in every webmail page does not carry the parser (the
// background runs in the same browser, so local time and offsets are the page's). Hand-written rather than
// chrono-node: the webmails print dates in only a few fixed shapes (Gmail "Thu, Nov 26, 2026, 3:59 PM" / "jeu. 26 nov. 2026, 15:59",
// Outlook "Thu 11/26/2026 3:59 PM" / "jeu. 26/11/2026 15:59").

/** Month name prefixes, English then French, after accents are stripped ("févr." → "fev", "août" → "aou"). */
const MONTH_PREFIXES: readonly (readonly string[])[] = [
  ['jan'],
  ['feb', 'fev'],
  ['mar'],
  ['apr', 'avr'],
  ['may', 'mai'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aou'],
  ['sep'],
  ['oct'],
  ['nov'],
  ['dec'],
];

const TIME = /(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*([ap])\.?\s*m\b\.?)?/;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?!\d)/;
const YEAR = /(?<!\d)(\d{4})(?!\d)/;
// Day before month ("26 nov.", "1er mars") is tried first: a French weekday such as "mar." (mardi) comes before the
// day, so it is never taken for the month.
const DAY_MONTH = /(?<!\d)(\d{1,2})(?:er)?\.?\s+([a-z]+)/g;
const MONTH_DAY = /([a-z]+)\.?\s+(\d{1,2})(?!\d)/g;

function monthOf(word: string): number | null {
  const index = MONTH_PREFIXES.findIndex((prefixes) => prefixes.some((prefix) => word.startsWith(prefix)));
  return index >= 0 ? index + 1 : null;
}

function textualDayAndMonth(text: string): [day: number, month: number] | null {
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthOf(match[2] ?? '');
    if (month) return [Number(match[1]), month];
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = monthOf(match[1] ?? '');
    if (month) return [Number(match[2]), month];
  }
  return null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** `date` as ISO 8601 in the browser's local time with its UTC offset for that day, e.g. `2026-11-26T15:59:00+01:00`. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * Parses a date as a webmail displays it (local wall time, English or French UI) into ISO 8601 with the browser's
 * offset for that date, or null. `dayFirst` settles numeric dates such as 03/04/2026 (false only in US English).
 */
export function parseDisplayedDate(displayed: string, dayFirst: boolean): string | null {
  const folded = displayed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const time = TIME.exec(folded);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  if (time[3]) hour = (hour % 12) + (time[3] === 'p' ? 12 : 0);
  const rest = folded.slice(0, time.index) + ' ' + folded.slice(time.index + time[0].length);

  let year: number;
  let month: number;
  let day: number;
  const numeric = NUMERIC_DATE.exec(rest);
  if (numeric) {
    const [first, second, third] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if ((numeric[1] ?? '').length === 4) {
      [year, month, day] = [first, second, third];
    } else {
      year = third < 100 ? 2000 + third : third;
      const monthFirst = first <= 12 && (second > 12 || !dayFirst);
      [month, day] = monthFirst ? [first, second] : [second, first];
    }
  } else {
    const dayAndMonth = textualDayAndMonth(rest);
    if (!dayAndMonth) return null;
    [day, month] = dayAndMonth;
    const yearMatch = YEAR.exec(rest);
    year = yearMatch ? Number(yearMatch[1]) : new Date().getFullYear();
  }

  if (hour > 23 || minute > 59 || month < 1 || month > 12) return null;
  const local = new Date(year, month - 1, day, hour, minute);
  return local.getDate() === day && local.getMonth() === month - 1 ? toIsoWithOffset(local) : null;
}

/** What a date element says, as the content script reads it: a machine-readable `datetime`, else its title or text. */
export interface ShownDate {
  machine: string | null;
  /** The `title`, then the text: the first that parses wins. */
  shown: string[];
  /** Numeric dates are day first (false only in US English); see `parseDisplayedDate`. */
  dayFirst: boolean;
}

/** The sent date in ISO 8601 with the browser's offset for that day, or null when the page did not say. */
export function resolveSentAt(date: ShownDate | null): string | null {
  if (!date) return null;
  if (date.machine) {
    const parsed = new Date(date.machine);
    if (!Number.isNaN(parsed.getTime())) return toIsoWithOffset(parsed);
  }
  for (const shown of date.shown) {
    const iso = parseDisplayedDate(shown, date.dayFirst);
    if (iso) return iso;
  }
  return null;
}
