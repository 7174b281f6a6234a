import type { Localized, OutsideWorkingTime } from '../types.ts';
import { DAY_MS, dayOff, MINUTE_MS, startOfDay, wallParts, type WorkingTimeSettings } from './working-time.ts';

/** A resolved moment on the reference wall clock (see working-time.ts). */
export interface Moment {
  wall: number;
  /** `stated`: a clock time was written; `part`: a part of the day ("ce soir"); `none`: a bare day. */
  timeOfDay: 'stated' | 'part' | 'none';
  /** False when the mail has no sending time and the words name no weekday or date. */
  dayKnown: boolean;
  /** Public holidays need the year, so only a known sending time can tell. */
  isHolidayKnown: boolean;
}

/** Less than this many working hours before a deadline cannot hold real work. */
export const TIGHT_WORKING_MINUTES = 60;
const NIGHT_ENDS = 6 * 60;
const NIGHT_STARTS = 22 * 60;

const WEEKDAYS: Localized[] = [
  { en: 'Sunday', fr: 'dimanche' },
  { en: 'Monday', fr: 'lundi' },
  { en: 'Tuesday', fr: 'mardi' },
  { en: 'Wednesday', fr: 'mercredi' },
  { en: 'Thursday', fr: 'jeudi' },
  { en: 'Friday', fr: 'vendredi' },
  { en: 'Saturday', fr: 'samedi' },
];

const pad = (n: number): string => String(n).padStart(2, '0');
const clockEn = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const clockFr = (minutes: number): string => `${Math.floor(minutes / 60)}h${pad(minutes % 60)}`;

/** "Monday 08:00" / "lundi 8h00", or just the day when no time was given. */
function label(wall: number, withTime: boolean, withDay: boolean): Localized {
  const p = wallParts(wall);
  const day = WEEKDAYS[p.weekday] as Localized;
  if (!withDay) return { en: clockEn(p.minutes), fr: clockFr(p.minutes) };
  if (!withTime) return day;
  return { en: `${day.en} ${clockEn(p.minutes)}`, fr: `${day.fr} ${clockFr(p.minutes)}` };
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What is left between the sending and the deadline, when it is too little for work. */
function leftover(sentWall: number, dueWall: number, minutesLeft: number, settings: WorkingTimeSettings): Localized {
  if (minutesLeft > 0) {
    const hours = Math.round(minutesLeft / 6) / 10;
    return {
      en: `only ${hours} working hour${hours === 1 ? '' : 's'} ${hours === 1 ? 'is' : 'are'} left`,
      fr: `il ne reste que ${String(hours).replace('.', ',')} h de travail`,
    };
  }
  let daysOff = false;
  for (let day = startOfDay(sentWall); day <= startOfDay(dueWall); day += DAY_MS) {
    if (dayOff(day, settings) !== null) daysOff = true;
  }
  if (daysOff)
    return { en: 'only the weekend or days off are left', fr: 'il ne reste que le week-end ou des jours chômés' };
  if (startOfDay(sentWall) === startOfDay(dueWall)) {
    return { en: 'only the evening is left', fr: 'il ne reste que la soirée' };
  }
  return { en: 'only the evening and the night are left', fr: 'il ne reste que la soirée et la nuit' };
}

/**
 * Why a moment falls outside working time, or why it cannot be met within it:
 * the first reason, then what is left of working time when the mail came.
 */
export function describeOutside(
  moment: Moment,
  sentWall: number | null,
  minutesLeft: number,
  settings: WorkingTimeSettings,
): OutsideWorkingTime | undefined {
  const withTime = moment.timeOfDay !== 'none';
  const what = label(moment.wall, withTime, moment.dayKnown);
  const minutes = wallParts(moment.wall).minutes;
  let kind: OutsideWorkingTime['kind'] | null = null;
  let why: Localized | null = null;

  const off = moment.dayKnown
    ? dayOff(moment.wall, moment.isHolidayKnown ? settings : { ...settings, holidayCountry: null })
    : null;
  if (off === 'weekend') {
    kind = 'weekend';
    why = { en: `${what.en} falls on a weekend`, fr: `${what.fr} tombe un week-end` };
  } else if (off) {
    kind = 'holiday';
    why = { en: `${what.en} is a public holiday (${off.en})`, fr: `${what.fr} est un jour férié (${off.fr})` };
  } else if (withTime && minutes < settings.workStartMinutes) {
    kind = minutes < NIGHT_ENDS ? 'night' : 'early_morning';
    why =
      kind === 'night'
        ? { en: `${what.en} is in the middle of the night`, fr: `${what.fr}, c'est en pleine nuit` }
        : {
            en: `${what.en} is before your working day starts (${clockEn(settings.workStartMinutes)})`,
            fr: `${what.fr}, c'est avant le début de votre journée de travail (${clockFr(settings.workStartMinutes)})`,
          };
  } else if (withTime && minutes > settings.workEndMinutes) {
    kind = minutes >= NIGHT_STARTS ? 'night' : 'evening';
    why = {
      en: `${what.en} is after your working day ends (${clockEn(settings.workEndMinutes)})`,
      fr: `${what.fr}, c'est après la fin de votre journée de travail (${clockFr(settings.workEndMinutes)})`,
    };
  }

  // Tight only when off-hours lie between: "in the next half hour" at 15:00 is a rush, not off hours.
  const tight =
    sentWall !== null &&
    minutesLeft < TIGHT_WORKING_MINUTES &&
    (moment.wall - sentWall) / MINUTE_MS > minutesLeft + TIGHT_WORKING_MINUTES;
  if (!tight) return kind && why ? { kind, why: { en: capitalize(why.en), fr: capitalize(why.fr) } } : undefined;

  const sent = label(sentWall, true, true);
  const left = leftover(sentWall, moment.wall, minutesLeft, settings);
  if (kind && why) {
    return {
      kind,
      why: {
        en: capitalize(`${why.en}, and the mail came ${sent.en}: ${left.en}`),
        fr: capitalize(`${why.fr}, et le message est arrivé ${sent.fr} : ${left.fr}`),
      },
    };
  }
  const due = label(moment.wall, withTime || minutes !== settings.workEndMinutes, true);
  return {
    kind: 'no_working_time_left',
    why: {
      en: `The mail came ${sent.en} for ${due.en}: ${left.en}`,
      fr: `Le message est arrivé ${sent.fr} pour ${due.fr} : ${left.fr}`,
    },
  };
}
