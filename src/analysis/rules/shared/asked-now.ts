import { whenAsked } from '../../deadlines/request-cues.ts';
import { MINUTE_MS, dayOff, wallParts, zoneOffsetMinutes } from '../../deadlines/working-time.ts';
import { phraseRule } from '../../phrase-rule.ts';
import type { Rule, RuleContext, RuleExample } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { unlessAskedForLater } from './asked-for-later.ts';

/** How far outside the working day the sending time must be to count as the evening or the early morning. */
const SLACK_MINUTES = 60;

/**
 * Whether the mail was sent off hours on the reference clock (the settings' zone, else the sender's offset): on a
 * weekend or public holiday, or an hour or more past the end or before the start of the working day.
 */
export function sentOffHours(context: RuleContext): boolean {
  if (!context.sentAt) return false;
  const sent = context.sentAt.getTime();
  const zoned = context.settings.timeZone ? zoneOffsetMinutes(context.settings.timeZone, sent) : null;
  const wall = sent + (zoned ?? context.sentOffsetMinutes ?? 0) * MINUTE_MS;
  if (dayOff(wall, context.settings) !== null) return true;
  const { minutes } = wallParts(wall);
  const { workStartMinutes, workEndMinutes } = context.settings;
  return minutes > workEndMinutes + SLACK_MINUTES || minutes < workStartMinutes - SLACK_MINUTES;
}

/**
 * Words asking for the work at once: "right now", "straight away", "in the next hour", « tout de suite »,
 * « maintenant », « dans l'heure ». "now" only at the end of the ask ("can you look now?"), not "now that…".
 */
const AT_ONCE: Record<Lang, RegExp> = {
  en: /\b(?:right now|right away|straight away|at once|in the next (?:hour|half[- ]hour|couple of hours|few hours|\d+ (?:minutes|mins|hours))|within the (?:next )?hour|(?<!\b(?:by|until|till|for|from|of|to|just) )now(?=\s*(?:[?!.,;)]|please\b|pls\b|if\b|$)))/,
  fr: /(?:\b(?:tout de suite|de suite|sur-le-champ|dans l'heure|dans la demi-heure|dans les (?:deux|trois|prochaines) heures)\b|(?<!\b(?:jusqu'a|des|a partir de|pour|depuis) )\bmaintenant(?=\s*(?:[?!.,;)]|stp\b|svp\b|s'il\b|si\b|$)))/,
};

/** Plain words one of the AT_ONCE phrases needs. */
const CUE: Record<Lang, RegExp> = {
  en: /now|away|at once|in the next|within the/,
  fr: /suite|champ|dans l|dans la demi|heures|maintenant/,
};

/**
 * A mail sent on a weekend, a holiday or late in the evening that asks for the work at once: the work asked happens
 * off hours, though no date is named ("Can you take a look right away?" sent on a Saturday, « Tu peux regarder
 * maintenant ? » sent at 22:00). Work put off until the working week stays quiet.
 */
export function askedNowRule(lang: Lang, examples: { fires: RuleExample[]; quiet: RuleExample[] }): Rule {
  const asked = unlessAskedForLater(
    whenAsked(
      phraseRule({
        id: 'off-hours/asked-now',
        category: 'off_hours',
        lang,
        confidence: 0.75,
        reason: {
          en: 'Sent on your weekend, a holiday or late in the evening, and asks for the work right away.',
          fr: 'Envoyé pendant votre week-end, un jour férié ou tard le soir, et demande le travail tout de suite.',
        },
        cue: CUE[lang],
        patterns: [AT_ONCE[lang]],
        // An advert's call to action: "click here to send one now".
        unless: [/\b(?:click|cliquez|clique) (?:here|below|the link|ici|sur le lien)\b/],
        examples,
      }),
    ),
    1,
  );
  // The sending moment first: most mail is sent in working hours, and then nothing else is read.
  return { ...asked, find: (context) => (sentOffHours(context) ? asked.find(context) : []) };
}
