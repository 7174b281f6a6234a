import type { Lang } from '../types.ts';

/**
 * A product or service described by its own habitual hours: « l'appli de courses livrées le dimanche entre 18h et
 * 23h », « le brunch servi le dimanche », "groceries delivered on Sunday evenings", "a show broadcast on Saturdays".
 * The moment is when the client's business runs, not when the reader works. Only a habitual day (« le dimanche »,
 * "Sundays", "every Saturday") counts: "the files delivered on Sunday the 9th" or « livrés dimanche 9 » may be asked.
 */
const SERVED_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:delivered|served|broadcast|aired|streamed|screened|offered)\s+(?:on\s+)?$/,
  fr: /\b(?:livree?s?|servie?s?|diffusee?s?|retransmise?s?|proposee?s?|assuree?s?)\s+$/,
};

/** The habitual moment itself, its article or "every" included: « le dimanche », "Sundays", "every Saturday night". */
const HABITUAL_MOMENT: Record<Lang, RegExp> = {
  en: /^(?:on\s+)?(?:(?:saturdays|sundays|weekends|evenings|nights)|(?:saturday|sunday|weekend|friday) (?:mornings|afternoons|evenings|nights)|(?:every|each) (?:saturday|sunday|weekend|evening|night)s?)\b/,
  fr: /^(?:le|les|chaque|tous les)\s+(?:samedis?|dimanches?|week-?ends?|soirs?|soirees?|nuits?)\b(?!\s+\d)/,
};

/** Whether the moment at `start` is the habitual time of something the client's business delivers or serves. */
export function servedAt(lang: Lang, text: string, start: number): boolean {
  // The moment's article may have been read into the hit or left just before it (« livrées le | dimanche »).
  const before = text.slice(Math.max(0, start - 30), start);
  const article = /\b(?:le|les|chaque|tous les|every|each|on)\s+$/.exec(before);
  const head = article ? before.slice(0, article.index) : before;
  const moment = (article ? article[0] : '') + text.slice(start, start + 40);
  return SERVED_BEFORE[lang].test(head) && HABITUAL_MOMENT[lang].test(moment);
}
