import type { RuleContext, RuleHit } from '../rule.ts';
import { sentenceAt } from '../sentences.ts';

/** A clock time: "5pm", "4:30 pm", "17h", "17h30", "17:00" (a bare number is no time). */
const TIME = String.raw`(\d{1,2})(?:\s?(am|pm)\b|\s?h(\d\d)?\b|[:.](\d\d)\s?(am|pm)?\b)`;
const LINK = String.raw`(?:(?:by|before|at|around|about|for|until|till|no later than|avant|a|pour|d'ici|vers|jusqu'a)\s+)?`;
const TIME_BEFORE = new RegExp(`${LINK}${TIME}\\s*,?\\s*$`);
const TIME_AFTER = new RegExp(`^\\s*,?\\s*${LINK}${TIME}`);
/** The evening words a clock time can pin to the working day. */
const EVENING_WORD = /^(?:tonight|tonite|this evening|ce soir)$/;
/** How far around the day word the clock time may stand: "ce soir, avant 18h", "by 5pm tonight". */
const REACH = 24;

/** Minutes after midnight of a matched clock time. */
function minutesOf(match: RegExpExecArray): number {
  const [, hourText, meridiem, hMinutes, colonMinutes, colonMeridiem] = match;
  const half = meridiem ?? colonMeridiem;
  let hour = Number(hourText);
  if (half) hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  return hour * 60 + Number(hMinutes ?? colonMinutes ?? 0);
}

/**
 * An evening word pinned to a clock time inside the working day ("ce soir avant 18h", "tonight by 5pm", "by 4pm
 * tonight") means later today, not the evening: the stated hour decides, and it leaves no work off hours.
 */
export function pinnedToWorkingHour(context: RuleContext, hit: RuleHit): boolean {
  if (!EVENING_WORD.test(context.text.slice(hit.start, hit.end))) return false;
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const before = TIME_BEFORE.exec(context.text.slice(Math.max(sentence.start, hit.start - REACH), hit.start));
  const after = TIME_AFTER.exec(context.text.slice(hit.end, Math.min(sentence.end, hit.end + REACH)));
  const stated = before ?? after;
  if (!stated) return false;
  const minutes = minutesOf(stated);
  return minutes > context.settings.workStartMinutes && minutes <= context.settings.workEndMinutes;
}
