import type { RuleContext } from '../rule.ts';
import { sentenceAt } from '../sentences.ts';
import { MINUTE_MS, startOfDay, workingMinutesBetween, zoneOffsetMinutes } from './working-time.ts';

/**
 * Working hours left in the sending day, on the reference clock (the settings' zone, else the
 * sender's offset); null when the sending time is unknown.
 */
export function workingHoursLeftToday(context: RuleContext): number | null {
  if (!context.sentAt) return null;
  const sent = context.sentAt.getTime();
  const zoned = context.settings.timeZone ? zoneOffsetMinutes(context.settings.timeZone, sent) : null;
  const offset = zoned ?? context.sentOffsetMinutes ?? 0;
  const wall = sent + offset * MINUTE_MS;
  const close = startOfDay(wall) + context.settings.workEndMinutes * MINUTE_MS;
  return workingMinutesBetween(wall, close, context.settings) / 60;
}

/** A relaxed same-day hand-over needs most of a working day still ahead. */
const RELAXED_HOURS_LEFT = 5;
/** A next-morning hand-over also gets the morning itself, so a couple of hours left today are enough. */
const RELAXED_NEXT_MORNING_HOURS_LEFT = 2;

/** No pressure word in the sentence and at least `hours` working hours left in the sending day. */
function relaxedWith(context: RuleContext, start: number, pressure: RegExp, hours: number): boolean {
  const sentence = sentenceAt(context.sentences, start);
  if (!sentence || pressure.test(context.text.slice(sentence.start, sentence.end))) return false;
  const left = workingHoursLeftToday(context);
  return left !== null && left >= hours;
}

/**
 * "Send me the edits later today" or "could you spend today on the descriptions" written in the morning,
 * with no pressure word in the sentence, is an ordinary hand-over: the soft phrase leaves the timing to the reader.
 */
export function isRelaxedSameDay(
  context: RuleContext,
  hit: { start: number; end: number },
  soft: RegExp,
  pressure: RegExp,
): boolean {
  return (
    soft.test(context.text.slice(hit.start, hit.end)) && relaxedWith(context, hit.start, pressure, RELAXED_HOURS_LEFT)
  );
}

/**
 * "Could you send it tomorrow morning?" asked before mid-afternoon leaves the rest of the day and a morning:
 * an ordinary next-day hand-over. `soft` is read on the phrase with the few words before it ("demain dans la matinée").
 */
export function isRelaxedNextMorning(
  context: RuleContext,
  hit: { start: number; end: number },
  soft: RegExp,
  pressure: RegExp,
): boolean {
  if (!soft.test(context.text.slice(Math.max(0, hit.start - 12), hit.end))) return false;
  return relaxedWith(context, hit.start, pressure, RELAXED_NEXT_MORNING_HOURS_LEFT);
}

/**
 * A small same-day job asked on a weekend or public holiday ("could you pop it in the Dropbox this afternoon?" on a
 * Sunday, "tu pourrais mettre les fiches en ligne aujourd'hui ?" on 1 May) asks for the day off itself: the
 * implied-deadline rule flags that as off_hours; without a pressure word or a bundle of work it is no rush.
 */
export function smallJobOnDayOff(
  context: RuleContext,
  hit: { start: number; end: number },
  calm: (sentence: string) => boolean,
): boolean {
  const deadline =
    context.deadlines.find((d) => d.start < hit.end && d.end > hit.start) ??
    (SAME_DAY.test(context.text.slice(hit.start, hit.end)) ? sendingDayDeadline(context) : undefined);
  const kind = deadline?.outside?.kind;
  if (kind !== 'weekend' && kind !== 'holiday') return false;
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence || !calm(context.text.slice(sentence.start, sentence.end))) return false;
  // "Could you look at it today? I'm sending it to the investors tonight": a later hour that same day, given as the
  // reason right after, puts the pressure back.
  const next = context.sentences[context.sentences.indexOf(sentence) + 1];
  return !next || !LATER_TODAY.test(context.text.slice(next.start, next.end));
}

/** A phrase naming the sending day itself, which the date parser may not have read where it stands. */
const SAME_DAY = /\b(?:today|this (?:afternoon|arvo|morning)|aujourd'hui|cet (?:apres-midi|aprem)|ce matin)\b/;

/** A deadline elsewhere in the message that falls on the sending day: it tells whether that day is a day off. */
function sendingDayDeadline(context: RuleContext): RuleContext['deadlines'][number] | undefined {
  if (!context.sentAt) return undefined;
  const zoned = context.settings.timeZone
    ? zoneOffsetMinutes(context.settings.timeZone, context.sentAt.getTime())
    : null;
  const offset = zoned ?? context.sentOffsetMinutes ?? 0;
  const day = new Date(context.sentAt.getTime() + offset * MINUTE_MS).toISOString().slice(0, 10);
  return context.deadlines.find((d) => d.at.startsWith(day));
}

/** An hour later the same day: the reason a same-day job cannot wait. */
const LATER_TODAY =
  /\b(?:tonight|this (?:evening|afternoon)|in an hour|ce soir|cet apres-midi|dans l'heure|tout a l'heure)\b/;
