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

/**
 * "Send me the edits later today" written in the morning, with no pressure word in the
 * sentence, is an ordinary hand-over: the soft phrase leaves the timing to the reader.
 */
export function isRelaxedSameDay(
  context: RuleContext,
  hit: { start: number; end: number },
  soft: RegExp,
  pressure: RegExp,
): boolean {
  if (!soft.test(context.text.slice(hit.start, hit.end))) return false;
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence || pressure.test(context.text.slice(sentence.start, sentence.end))) return false;
  const left = workingHoursLeftToday(context);
  return left !== null && left >= RELAXED_HOURS_LEFT;
}
