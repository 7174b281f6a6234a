import type { HolidayCountry, Lang } from '../types.ts';

/** Swiss French usage, read on folded text (lower case, no accents). */
const SWISS_MARK = /\b(?:meilleures salutations|huitante|chf|natel)\b|\+41\b/;

/**
 * The public holidays to count when the user has not chosen a country: the sender's, guessed from the language
 * of the newest message and the UTC offset the email was sent with. Client and freelancer usually share a country,
 * and a deadline on its national holiday asks for holiday work. Null when the guess would be a coin toss (English
 * sent from continental Europe, French from outside Europe and Québec); Belgium and Switzerland share most of
 * France's holidays, so French on Central European time counts as France, unless the folded text carries a cheap
 * Swiss mark (the sign-off "meilleures salutations", "huitante", francs, a +41 number): then Switzerland, whose
 * 1 August France does not share.
 */
export function guessHolidayCountry(
  lang: Lang,
  sentAt: Date | null,
  offsetMinutes: number | null,
  foldedText = '',
): HolidayCountry | null {
  if (sentAt === null || offsetMinutes === null) return null;
  const hours = offsetMinutes / 60;
  if (lang === 'fr') {
    if (hours === 1 || hours === 2) return SWISS_MARK.test(foldedText) ? 'CH' : 'FR';
    return hours === -4 || hours === -5 ? 'CA-QC' : null;
  }
  // UTC+1 is British Summer Time only from spring to autumn; in winter it is continental Europe.
  const month = new Date(sentAt.getTime() + offsetMinutes * 60_000).getUTCMonth() + 1;
  if (hours === 0 || (hours === 1 && month >= 4 && month <= 10)) return 'GB';
  // Newfoundland and Atlantic Canada; the rest of North America counts as the US, by far the larger.
  if (hours === -3.5 || hours === -2.5 || hours === -3) return 'CA';
  return hours <= -4 && hours >= -10 ? 'US' : null;
}
