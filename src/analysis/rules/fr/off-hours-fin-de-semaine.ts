import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import type { Rule, RuleContext } from '../../rule.ts';
import { sentOn } from '../../rule.ts';

/** Sender offsets of North America, where Québec mail comes from: UTC−3:30 to UTC−8. */
const NORTH_AMERICA_OFFSETS = { from: -8 * 60, to: -3.5 * 60 };

/** Whether « fin de semaine » means the weekend: in Québec, not in France or Belgium (late in the week). */
function speaksQuebecFrench(context: RuleContext): boolean {
  const country = context.settings.holidayCountry;
  if (country === 'CA' || country === 'CA-QC') return true;
  if (country !== null) return false;
  const offset = context.sentOffsetMinutes;
  return offset !== null && offset >= NORTH_AMERICA_OFFSETS.from && offset <= NORTH_AMERICA_OFFSETS.to;
}

const phrases = whenAsked(
  phraseRule({
    id: 'off-hours/fin-de-semaine',
    category: 'off_hours',
    lang: 'fr',
    confidence: 0.8,
    reason: {
      en: 'Asks you to work at the weekend ("fin de semaine" in Québec), outside your working days.',
      fr: 'Vous demande de travailler la fin de semaine (le week-end), hors de vos jours de travail.',
    },
    cue: /fins? de semaine/,
    patterns: [/\b(?:cette|la|pendant la|durant la|en|toute la|une|les|chaque|la longue|longue) fins? de semaine\b/],
    unless: [
      /\b(?:bonne|belle|excellente) (?:longue )?fin de semaine\b/,
      /\b(?:je suis|nous sommes|on est|je serai|nous serons|on sera|je pars|on part|le bureau est) (?:absente?s?|en conges?|en vacances|fermee?s?|partie?s?|pas la|off|au chalet)\b/,
    ],
    examples: { fires: [], quiet: [] },
  }),
);

/** « fin de semaine », read as the weekend only in Québec mail. */
const rule: Rule = {
  ...phrases,
  find: (context) => (speaksQuebecFrench(context) ? phrases.find(context) : []),
  examples: {
    fires: [
      ...sentOn(
        '2026-03-12T15:00:00-05:00',
        'Tu pourrais avancer les visuels en fin de semaine ?',
        'Faudrait que tu checkes la boîte courriel deux fois par jour, même la fin de semaine.',
      ),
      {
        text: 'Serait-il possible de travailler pendant la longue fin de semaine ?',
        sentAt: '2026-10-09T10:00:00-04:00',
      },
    ],
    quiet: [
      { text: 'Tu pourrais avancer les visuels en fin de semaine ?', sentAt: '2026-03-12T15:00:00+01:00' },
      ...sentOn(
        '2026-03-13T15:00:00-05:00',
        'Bonne fin de semaine !',
        'Je suis au chalet cette fin de semaine, on se reparle lundi.',
      ),
    ],
  },
};
export default rule;
