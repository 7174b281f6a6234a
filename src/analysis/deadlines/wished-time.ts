import type { Lang } from '../types.ts';

/*
 * A time wished to the reader, not work asked in it: "have a lovely weekend", "enjoy your evening", « bon week-end »,
 * « belle fin de semaine », « bonne soirée ». The weekend and evening rules leave such a phrase alone, and the
 * implied-off-hours rule a moment the words just before it wish for. One vocabulary for all of them, so a wish one
 * of them learns ("belle", Québec's "fin de semaine") the others know too.
 */

/** The words that open a wish, up to the time wished: "have a great ", "enjoy your ", « bonne fin de ». */
const WISH: Record<Lang, string> = {
  en: String.raw`\b(?:have|enjoy|had) (?:a |an |the |your )?(?:\w+ )?`,
  fr: String.raw`\b(?:bon|bonne|beau|belle|excellent|excellente|agreable|joli|jolie) (?:fin de |debut de )?`,
};
/** Adjectives that wish a weekend on their own ("nice weekend!"): not an evening, where "good evening" greets. */
const WEEKEND_WISH_EN = String.raw`\b(?:nice|good|great|lovely|relaxing|restful|fun) (?:a |the |your )?(?:\w+ )?`;

/** A weekend wished: "have a nice weekend", "great long weekend!", « bon week-end », « belle fin de semaine ». */
export const WISHED_WEEKEND: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?:${WISH.en}|${WEEKEND_WISH_EN})weekend\b`),
  fr: new RegExp(String.raw`${WISH.fr}(?:week-?end|we|semaine)\b`),
};

/** An evening or a night wished: "enjoy your evening", « bonne soirée », « belle nuit ». */
export const WISHED_EVENING: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`${WISH.en}(?:evening|night)\b`),
  fr: new RegExp(String.raw`${WISH.fr}(?:soiree|nuit)\b`),
};

/** The words just before a moment wish it: "have a lovely |Saturday", « bon |dimanche ». */
export const WISH_BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(`${WISH.en}$`),
  fr: new RegExp(`${WISH.fr}$`),
};
