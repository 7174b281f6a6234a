import { DAY_MS, MINUTE_MS, startOfDay } from '../analysis/deadlines/working-time.ts';
import type { Lang } from '../analysis/types.ts';
import { pickVariant } from './fill.ts';
import type { LanguageTemplates } from './templates/types.ts';
import type { ReplyTerms } from './terms.ts';

/** Intl formatters cost about a millisecond to build and nothing to reuse: one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  locale: string,
  options: object,
  build: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** Wall times are UTC-coded local times (see working-time.ts), so they are formatted in UTC. */
function formatWall(wall: number, locale: string, options: Intl.DateTimeFormatOptions): string {
  const format = cached(
    'date',
    locale,
    options,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }),
  );
  return format.format(new Date(wall));
}

/** A rate, a surcharge or a count only counts when it is a real, positive number. */
export function isPositive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** "€450" / "450 €", "CHF 1,200" / "1 200 CHF": whole amounts without decimals. */
export function formatMoney(amount: number, currency: string | undefined, locale: string): string {
  const digits = Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  try {
    return numberFormat(locale, { style: 'currency', currency: currency ?? 'EUR', ...digits }).format(amount);
  } catch {
    // An unknown currency code: say the amount and the code rather than nothing.
    return `${numberFormat(locale, digits).format(amount)} ${currency ?? ''}`.trim();
  }
}

/** "50%" / "50 %". */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/**
 * A time of day: "9:00" in English; "9h", "9h30" in French, as French mail
 * writes it (Intl only offers "09:00").
 */
export function formatTimeOfDay(minutes: number, lang: Lang, locale: string): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.round(minutes % 60);
  if (lang === 'fr') return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
  return formatWall(Date.UTC(2000, 0, 1, h, m), locale, { hour: 'numeric', minute: '2-digit' });
}

/**
 * A delivery moment as a reply states it, relative to `referenceWall`: "today at 15:00",
 * "on Tuesday at 10:00", "on Tuesday 14 April at 10:00" / "aujourd'hui à 15h", "mardi à 10h",
 * "le mardi 14 avril à 10h".
 */
export function describeSlot(slotWall: number, referenceWall: number, templates: LanguageTemplates): string {
  const { locale, lang, phrases } = templates;
  const days = Math.round((startOfDay(slotWall) - startOfDay(referenceWall)) / DAY_MS);
  const slots = {
    weekday: formatWall(slotWall, locale, { weekday: 'long' }),
    date: formatWall(slotWall, locale, { day: 'numeric', month: 'long' }),
    time: formatTimeOfDay((slotWall - startOfDay(slotWall)) / MINUTE_MS, lang, locale),
  };
  const phrase = days <= 0 ? phrases.slot.sameDay : days < 7 ? phrases.slot.thisWeek : phrases.slot.later;
  return pickVariant([phrase], slots) ?? '';
}

const WEEK_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0];

/** "Monday to Friday, 9:00 to 18:00" / "du lundi au vendredi, de 9h à 18h". */
export function describeWorkingTime(terms: ReplyTerms, templates: LanguageTemplates): string {
  const { locale, lang, phrases } = templates;
  const dayName = (weekday: number): string =>
    // 2024-01-07 was a Sunday: weekday n is n days later.
    formatWall(Date.UTC(2024, 0, 7 + weekday), locale, { weekday: 'long' });
  const days = WEEK_FROM_MONDAY.filter((d) => terms.workingDays.includes(d));
  const first = days[0] ?? 1;
  const last = days[days.length - 1] ?? 5;
  const contiguous = days.length === WEEK_FROM_MONDAY.indexOf(last) - WEEK_FROM_MONDAY.indexOf(first) + 1;
  let dayPhrase: string;
  if (days.length === 7) dayPhrase = phrases.workingTime.everyDay;
  else if (contiguous && days.length >= 3) {
    dayPhrase = pickVariant([phrases.workingTime.range], { first: dayName(first), last: dayName(last) }) ?? '';
  } else {
    const items = days.map((d) => pickVariant([phrases.workingTime.listItem], { day: dayName(d) }) ?? '');
    dayPhrase = cached('list', locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
  }
  return (
    pickVariant([phrases.workingTime.time], {
      days: dayPhrase,
      start: formatTimeOfDay(terms.workStartMinutes, lang, locale),
      end: formatTimeOfDay(terms.workEndMinutes, lang, locale),
    }) ?? ''
  );
}
