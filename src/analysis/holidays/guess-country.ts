import type { HolidayCountry, Lang } from '../types.ts';

/**
 * Swiss French usage, read on folded text (lower case, no accents): words, the +41 prefix, a four-digit postcode
 * before a Swiss town ("1204 geneve"; French postcodes have five digits).
 */
const SWISS_MARK =
  /\b(?:meilleures salutations|huitante|chf|natel|gruezi|ch-\d{4})\b|\+41\b|\b\d{4} (?:geneve|lausanne|neuchatel|fribourg|sion|montreux|vevey|nyon|yverdon|bienne|delemont|martigny|morges|carouge)\b/;
/** Belgian French usage, after the Swiss marks (Switzerland says "septante" too): words, +32, a Belgian postcode. */
const BELGIAN_MARK =
  /\b(?:gsm|endeans|septante|nonante|a tantot|b-\d{4})\b|\+32\b|\b\d{4} (?:bruxelles|liege|namur|charleroi|mons|louvain-la-neuve|wavre|tournai|arlon|ixelles|uccle|waterloo)\b/;

/**
 * The public holidays to count when the user has not chosen a country: the sender's, guessed from the language
 * of the newest message and the UTC offset the email was sent with. Client and freelancer usually share a country,
 * and a deadline on its national holiday asks for holiday work. Null when the guess would be a coin toss (English
 * sent from continental Europe, French from outside Europe and Québec); Belgium and Switzerland share most of
 * France's holidays, so French on Central European time counts as France, unless the folded text carries a cheap
 * Swiss mark (the sign-off "meilleures salutations", "huitante", francs, a +41 number): then Switzerland, whose
 * 1 August France does not share; or a Belgian one ("GSM", "septante", a +32 number): then Belgium and its 21 July.
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
    if (hours === 1 || hours === 2) {
      if (SWISS_MARK.test(foldedText)) return 'CH';
      return BELGIAN_MARK.test(foldedText) ? 'BE' : 'FR';
    }
    return hours === -4 || hours === -5 ? 'CA-QC' : null;
  }
  // UTC+1 is British Summer Time only from spring to autumn; in winter it is continental Europe.
  const month = new Date(sentAt.getTime() + offsetMinutes * 60_000).getUTCMonth() + 1;
  if (hours === 0 || (hours === 1 && month >= 4 && month <= 10)) return 'GB';
  // Newfoundland and Atlantic Canada; the rest of North America counts as the US, by far the larger.
  if (hours === -3.5 || hours === -2.5 || hours === -3) return 'CA';
  return hours <= -4 && hours >= -10 ? 'US' : null;
}
