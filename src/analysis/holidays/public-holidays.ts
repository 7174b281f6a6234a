import type { HolidayCountry, Localized } from '../types.ts';

/**
 * Public holidays of the countries Gardefou supports, computed from Easter and
 * fixed or nth-weekday rules. Hand-written because date-holidays, the
 * well-kept library, ships every country's data: bundled and minified it adds
 * 1.4 MB (240 kB gzip; its parser alone 1 MB), measured 2026-11 — more than
 * the whole rest of the detector for seven countries that fit in this file.
 * National (federal) days only: regional ones (Alsace-Moselle, Swiss cantons,
 * other Canadian provinces) vary too much to assume, save the two Swiss days most French-speaking cantons keep
 * (Saint-Berchtold, the Federal Fast Monday).
 */

/** A holiday on a given day of a year, month 1–12. */
interface HolidayDay {
  year: number;
  month: number;
  day: number;
  name: Localized;
}

type Rule = (year: number) => HolidayDay[];

const DAY_MS = 86_400_000;

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function onDate(date: Date, name: Localized): HolidayDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), name };
}

const fixed =
  (month: number, day: number, name: Localized): Rule =>
  (year) => [onDate(utcDay(year, month, day), name)];

/** Western Easter Sunday (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

const fromEaster =
  (days: number, name: Localized): Rule =>
  (year) => [onDate(new Date(easterSunday(year).getTime() + days * DAY_MS), name)];

/** The nth `weekday` (0 = Sunday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = utcDay(year, month + 1, 0);
    return new Date(last.getTime() - ((last.getUTCDay() - weekday + 7) % 7) * DAY_MS);
  }
  const first = utcDay(year, month, 1);
  return new Date(first.getTime() + (((weekday - first.getUTCDay() + 7) % 7) + (n - 1) * 7) * DAY_MS);
}

const nth =
  (month: number, weekday: number, n: number, name: Localized): Rule =>
  (year) => [onDate(nthWeekday(year, month, weekday, n), name)];

/**
 * The day after the nth `weekday` of a month: the Monday of the Swiss Federal Fast (Lundi du Jeûne fédéral, the
 * Monday after the third Sunday of September), off in Vaud and other French-speaking cantons.
 */
const dayAfterNth =
  (month: number, weekday: number, n: number, name: Localized): Rule =>
  (year) => [onDate(new Date(nthWeekday(year, month, weekday, n).getTime() + DAY_MS), name)];

/** The Monday before a day (Victoria Day, Journée nationale des patriotes: the Monday before 25 May). */
const mondayBefore =
  (month: number, day: number, name: Localized): Rule =>
  (year) => {
    const limit = utcDay(year, month, day);
    const back = (limit.getUTCDay() + 6) % 7 || 7;
    return [onDate(new Date(limit.getTime() - back * DAY_MS), name)];
  };

/** A fixed day that, on a weekend, is also given on a weekday (UK and Canadian substitute days, US observed days). */
const observed =
  (style: 'next_monday' | 'nearest_weekday', month: number, day: number, name: Localized): Rule =>
  (year) => {
    const date = utcDay(year, month, day);
    const weekday = date.getUTCDay();
    const days = [onDate(date, name)];
    if (weekday === 6) days.push(onDate(new Date(date.getTime() + (style === 'next_monday' ? 2 : -1) * DAY_MS), name));
    if (weekday === 0) days.push(onDate(new Date(date.getTime() + DAY_MS), name));
    return days;
  };

/** Christmas and Boxing Day with UK/Canadian substitutes: the two days off always land on weekdays. */
const christmasPair =
  (christmas: Localized, boxing: Localized): Rule =>
  (year) => {
    const weekday = utcDay(year, 12, 25).getUTCDay();
    const days = [onDate(utcDay(year, 12, 25), christmas), onDate(utcDay(year, 12, 26), boxing)];
    if (weekday === 5) days.push(onDate(utcDay(year, 12, 28), boxing));
    if (weekday === 6) days.push(onDate(utcDay(year, 12, 27), christmas), onDate(utcDay(year, 12, 28), boxing));
    if (weekday === 0) days.push(onDate(utcDay(year, 12, 27), christmas));
    return days;
  };

const N = {
  newYear: { en: "New Year's Day", fr: "jour de l'An" },
  goodFriday: { en: 'Good Friday', fr: 'Vendredi saint' },
  easterMonday: { en: 'Easter Monday', fr: 'lundi de Pâques' },
  labourDay: { en: 'Labour Day', fr: 'fête du Travail' },
  ascension: { en: 'Ascension Day', fr: 'Ascension' },
  whitMonday: { en: 'Whit Monday', fr: 'lundi de Pentecôte' },
  assumption: { en: 'Assumption Day', fr: 'Assomption' },
  allSaints: { en: "All Saints' Day", fr: 'Toussaint' },
  armistice: { en: 'Armistice Day', fr: 'Armistice' },
  christmas: { en: 'Christmas Day', fr: 'Noël' },
  boxingDay: { en: 'Boxing Day', fr: 'lendemain de Noël' },
  canadaDay: { en: 'Canada Day', fr: 'fête du Canada' },
  thanksgiving: { en: 'Thanksgiving', fr: 'Action de grâce' },
} satisfies Record<string, Localized>;

const RULES: Record<HolidayCountry, Rule[]> = {
  FR: [
    fixed(1, 1, N.newYear),
    fromEaster(1, N.easterMonday),
    fixed(5, 1, N.labourDay),
    fixed(5, 8, { en: 'Victory in Europe Day', fr: 'Victoire 1945' }),
    fromEaster(39, N.ascension),
    fromEaster(50, N.whitMonday),
    fixed(7, 14, { en: 'Bastille Day', fr: 'fête nationale (14 juillet)' }),
    fixed(8, 15, N.assumption),
    fixed(11, 1, N.allSaints),
    fixed(11, 11, N.armistice),
    fixed(12, 25, N.christmas),
  ],
  BE: [
    fixed(1, 1, N.newYear),
    fromEaster(1, N.easterMonday),
    fixed(5, 1, N.labourDay),
    fromEaster(39, N.ascension),
    fromEaster(50, N.whitMonday),
    fixed(7, 21, { en: 'Belgian National Day', fr: 'fête nationale belge' }),
    fixed(8, 15, N.assumption),
    fixed(11, 1, N.allSaints),
    fixed(11, 11, N.armistice),
    fixed(12, 25, N.christmas),
  ],
  CH: [
    fixed(1, 1, N.newYear),
    fixed(1, 2, { en: "Berchtold's Day", fr: 'Saint-Berchtold' }),
    fromEaster(-2, N.goodFriday),
    fromEaster(1, N.easterMonday),
    fromEaster(39, N.ascension),
    fromEaster(50, N.whitMonday),
    fixed(8, 1, { en: 'Swiss National Day', fr: 'fête nationale suisse' }),
    dayAfterNth(9, 0, 3, { en: 'Federal Fast Monday', fr: 'lundi du Jeûne fédéral' }),
    fixed(12, 25, N.christmas),
    fixed(12, 26, { en: "St Stephen's Day", fr: 'Saint-Étienne' }),
  ],
  CA: [
    observed('next_monday', 1, 1, N.newYear),
    fromEaster(-2, N.goodFriday),
    mondayBefore(5, 25, { en: 'Victoria Day', fr: 'fête de la Reine' }),
    observed('next_monday', 7, 1, N.canadaDay),
    nth(9, 1, 1, N.labourDay),
    fixed(9, 30, {
      en: 'National Day for Truth and Reconciliation',
      fr: 'Journée de la vérité et de la réconciliation',
    }),
    nth(10, 1, 2, N.thanksgiving),
    fixed(11, 11, { en: 'Remembrance Day', fr: 'jour du Souvenir' }),
    christmasPair(N.christmas, N.boxingDay),
  ],
  'CA-QC': [
    observed('next_monday', 1, 1, N.newYear),
    fromEaster(-2, N.goodFriday),
    fromEaster(1, N.easterMonday),
    mondayBefore(5, 25, { en: 'National Patriots’ Day', fr: 'Journée nationale des patriotes' }),
    observed('next_monday', 6, 24, { en: 'Quebec National Holiday', fr: 'fête nationale du Québec' }),
    observed('next_monday', 7, 1, N.canadaDay),
    nth(9, 1, 1, N.labourDay),
    nth(10, 1, 2, N.thanksgiving),
    fixed(12, 25, N.christmas),
  ],
  GB: [
    observed('next_monday', 1, 1, N.newYear),
    fromEaster(-2, N.goodFriday),
    fromEaster(1, N.easterMonday),
    nth(5, 1, 1, { en: 'Early May bank holiday', fr: 'jour férié de début mai' }),
    nth(5, 1, -1, { en: 'Spring bank holiday', fr: 'jour férié de printemps' }),
    nth(8, 1, -1, { en: 'Summer bank holiday', fr: "jour férié d'été" }),
    christmasPair(N.christmas, N.boxingDay),
  ],
  US: [
    observed('nearest_weekday', 1, 1, N.newYear),
    nth(1, 1, 3, { en: 'Martin Luther King Jr. Day', fr: 'jour de Martin Luther King' }),
    nth(2, 1, 3, { en: "Presidents' Day", fr: 'jour des Présidents' }),
    nth(5, 1, -1, { en: 'Memorial Day', fr: 'Memorial Day' }),
    observed('nearest_weekday', 6, 19, { en: 'Juneteenth', fr: 'Juneteenth' }),
    observed('nearest_weekday', 7, 4, { en: 'Independence Day', fr: "fête de l'Indépendance" }),
    nth(9, 1, 1, { en: 'Labor Day', fr: 'fête du Travail' }),
    nth(10, 1, 2, { en: 'Columbus Day', fr: 'jour de Christophe Colomb' }),
    observed('nearest_weekday', 11, 11, { en: 'Veterans Day', fr: 'jour des Anciens combattants' }),
    nth(11, 4, 4, N.thanksgiving),
    observed('nearest_weekday', 12, 25, N.christmas),
  ],
};

const byYear = new Map<string, Map<number, Localized>>();

/** The holidays of one country and year, keyed by month * 100 + day. */
function holidaysOf(country: HolidayCountry, year: number): Map<number, Localized> {
  const key = `${country}:${year}`;
  let days = byYear.get(key);
  if (!days) {
    days = new Map();
    for (const rule of RULES[country]) {
      // A US New Year observed on 31 December belongs to the year before.
      for (const holiday of rule(year)) {
        const key = holiday.month * 100 + holiday.day;
        if (holiday.year === year && !days.has(key)) days.set(key, holiday.name);
      }
    }
    byYear.set(key, days);
  }
  return days;
}

/** The public holiday on a calendar day (month 1–12) in `country`, or null. */
export function publicHoliday(
  country: HolidayCountry | null,
  year: number,
  month: number,
  day: number,
): Localized | null {
  if (!country) return null;
  return holidaysOf(country, year).get(month * 100 + day) ?? null;
}
