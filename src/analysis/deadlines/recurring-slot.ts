import type { Rule, RuleContext, RuleExample, RuleHit } from '../rule.ts';
import type { Lang } from '../types.ts';
import { whenAsked } from './request-cues.ts';
import { execAll } from '../text.ts';

/**
 * A standing slot set outside working hours: "every Thursday at 8pm", "tous les lundis à 7h30", « désormais le
 * dimanche soir, entre 20h et minuit », "the 10pm review each night".
 * Deadlines skip recurring times (they are no single date), so this reads the hour itself.
 */
const SLOT: Record<Lang, RegExp> = {
  en: /\b(?:every|each)\s+(?:other\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning|evening|weekday|week)s?\b[^.?!\n]{0,20}?\b(?:at|from|around)\s+(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.)?/g,
  fr: /\b(?:tous les|chaque|(?:desormais|dorenavant|a l'avenir) (?:le|les))\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|jours|matins?|soirs?|semaines?)\b[^.?!\n]{0,20}?\b(?:a|des|vers|de|entre)\s+(?<hour>\d{1,2})\s?h(?<minute>\d{2})?/g,
};
/** The hour first, the repeat after: "join the 10pm review each night", « le point de 21h chaque soir ». */
const SLOT_HOUR_FIRST: Record<Lang, RegExp> = {
  en: /\b(?:at|the|from|around)\s+(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.)[^.?!\n]{0,40}?\b(?:every|each)\s+(?:night|evening|day|morning)\b/g,
  fr: /\b(?:a|de|des|vers)\s+(?<hour>\d{1,2})\s?h(?<minute>\d{2})?[^.?!\n]{0,40}?\b(?:tous les (?:soirs|jours|matins)|chaque (?:soir|jour|matin))\b/g,
};
/** A slot on a weekend day is off hours whatever its hour ("every Saturday at 10am"). */
const WEEKEND_SLOT: Record<Lang, RegExp> = {
  en: /^\S+\s+(?:other\s+)?(?:saturday|sunday)/,
  fr: /^\S+(?:\s+(?:les|le))?\s+(?:samedi|dimanche)/,
};
/** "every Sunday evening at 8": the evening makes a bare hour a pm one. */
const EVENING_SLOT = /\b(?:evenings?|nights?)\b/;

/** Words every slot needs: most mail has none, and skipping it keeps the analysis fast. */
const CUE: Record<Lang, RegExp> = {
  en: /\b(?:every|each)\b/,
  fr: /\b(?:tous les|chaque|desormais|dorenavant|a l'avenir)\b/,
};

/** How far outside the working day a slot must start to count (08:30 for a 09:00 start is a long day). */
const SLACK_MINUTES = 60;

function minutesOf(match: RegExpExecArray): number | null {
  const g = match.groups ?? {};
  let hour = Number(g['hour']);
  const half = g['half']?.replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23) return null;
  return hour * 60 + Number(g['minute'] ?? 0);
}

/** The recurring-slot rule of one language. */
export function recurringSlotRule(lang: Lang, examples: { fires: RuleExample[]; quiet: RuleExample[] }): Rule {
  return whenAsked(
    {
      id: 'off-hours/recurring-slot',
      category: 'off_hours',
      lang,
      confidence: 0.8,
      reason: {
        en: 'Sets a standing slot (every week, every day) outside your working hours.',
        fr: 'Fixe un créneau récurrent (chaque semaine, chaque jour) hors de vos heures de travail.',
      },
      examples,
      find(context: RuleContext): RuleHit[] {
        if (!CUE[lang].test(context.text)) return [];
        const { workStartMinutes, workEndMinutes } = context.settings;
        const hits: RuleHit[] = [];
        for (const m of [...execAll(SLOT[lang], context.text), ...execAll(SLOT_HOUR_FIRST[lang], context.text)]) {
          let minutes = minutesOf(m);
          if (minutes === null) continue;
          if (lang === 'en' && !m.groups?.['half'] && minutes < 12 * 60 && EVENING_SLOT.test(m[0])) minutes += 12 * 60;
          if (WEEKEND_SLOT[lang].test(m[0])) {
            hits.push({ start: m.index, end: m.index + m[0].length });
            continue;
          }
          if (minutes >= workStartMinutes - SLACK_MINUTES && minutes <= workEndMinutes + SLACK_MINUTES) continue;
          // A bare hour with no am/pm in English ("every Monday at 8") is read as the working-day one.
          if (
            lang === 'en' &&
            !m.groups?.['half'] &&
            !m.groups?.['minute'] &&
            minutes < 12 * 60 &&
            minutes + 12 * 60 <= workEndMinutes + SLACK_MINUTES
          )
            continue;
          hits.push({ start: m.index, end: m.index + m[0].length });
        }
        return hits;
      },
    },
    1,
  );
}
