/**
 * Random and adversarial inputs for the property tests: email bodies assembled from the pieces that have broken
 * text pipelines before (invisible and right-to-left characters, lone surrogates, every line ending, HTML-looking
 * text, quote and forward markers, dates, trigger words repeated thousands of times) mixed with arbitrary strings,
 * and settings, terms and sending times that are as often invalid as valid.
 */
import fc from 'fast-check';
import {
  CATEGORIES,
  HOLIDAY_COUNTRIES,
  type AnalysisSettings,
  type Category,
  type HolidayCountry,
} from '../../src/analysis/types.ts';
import type { ReplyOptions } from '../../src/replies/compose.ts';
import type { ReplyTerms } from '../../src/replies/terms.ts';

/** Words and phrases the rules and the deadline reader react to, in both languages. */
export const TRIGGERS = [
  'ASAP',
  'urgent',
  'URGENT!!!',
  'as soon as possible',
  'this weekend',
  'by Monday 8am',
  'tonight',
  'one more round of changes',
  'while you are at it, could you also',
  'for free',
  'a small discount',
  'be online from 9 to 7',
  'au plus vite',
  "c'est urgent, pour hier",
  'ce week-end',
  'lundi 8h',
  'ce soir',
  'encore une petite modif',
  'un petit geste sur le prix',
  'tu peux aussi',
  'pourriez-vous',
  'fin de semaine',
  'no rush',
  'rien ne presse',
];

/** Characters and snippets that trip text handling. */
const ODDITIES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  'ǅ',
  '\ud800',
  '\udfff',
  '🙏',
  '👩🏽‍💻',
  '🇫🇷',
  'שלום',
  'مرحبا بك',
  '中文',
  '\0',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\v',
  '\f',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">here</a>',
  '</style><style>*{display:none}',
  '&nbsp;&lt;&amp;',
  '${x}',
  '{firstName}',
  '%s %d',
  '\\u0000',
  '’',
  "'",
  '«\u00a0',
  '...',
  '!!!',
  '???',
];

/** Lines that the splitter reads as the start of quoted, forwarded or signed text. */
const MARKERS = [
  '\n> ',
  '\n>> ',
  '\nOn Mon, Mar 9, 2026 at 10:00 AM Jess <jess@example.com> wrote:\n',
  '\nLe lun. 9 mars 2026 à 10:00, Jess <jess@example.com> a écrit :\n',
  '\n-----Original Message-----\nFrom: Jess\nSent: Monday\n',
  '\n---------- Forwarded message ---------\n',
  '\nDe : Jess\nEnvoyé : lundi\nÀ : moi\nObjet : re\n',
  '\n-- \n',
  '\n--\n',
  '\nSent from my iPhone',
  '\nEnvoyé de mon iPhone',
  '\nThis email and any attachments are confidential.',
];

const DATES = [
  '2026-03-13',
  '13/03/2026',
  '03/13/2026',
  '31/02',
  'Friday 7pm',
  'vendredi 19h',
  'demain 8h',
  'tomorrow at 25:00',
  'lundi à 8h30',
  'the 32nd',
  'Dec 31 23:59',
  'le 1er janvier',
  'next Sunday',
  'in 2 hours',
  'dans 3 jours',
  'à 0h',
  '24h/24 7j/7',
  '12:60',
];

const NUMBERS = ['0', '-1', '1e308', 'NaN', 'Infinity', '9007199254740993', '3.14', '1 000 €', '$450', '50 %'];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODDITIES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '. ', ', ', '? ', '\n', ' — ') },
);

/** A body of up to a few hundred pieces, glued without separators so pieces also run into each other. */
export const body: fc.Arbitrary<string> = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

/** One trigger (or oddity) repeated thousands of times, with a random tail. */
export const repeatedBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...TRIGGERS, ...ODDITIES, ...MARKERS),
    fc.constantFrom(' ', '', '\n', '. ', '\r\n> '),
    fc.integer({ min: 500, max: 6000 }),
    fc.string({ maxLength: 40 }),
  )
  .map(([word, separator, times, tail]) => (word + separator).repeat(times) + tail);

/** A valid ISO date in some zone, or text that only looks like one, or not a string at all. */
export const sentAt: fc.Arbitrary<string | null | undefined> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc
    .tuple(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
      fc.constantFrom('Z', '+01:00', '-05:00', '+05:45', '+14:00', '-12:00', '+0200', ''),
    )
    .map(([date, zone]) => date.toISOString().replace('Z', zone)),
  fc.constantFrom(
    '',
    'Invalid Date',
    '2026-02-30T25:61:00+99:99',
    '+275760-09-13T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-03-13T19:00:00+01:00'.repeat(3),
    'Fri, 13 Mar 2026 19:00:00 +0100',
    'vendredi 13 mars 2026 19:00',
    '1',
    'NaN',
  ),
  fc.string({ maxLength: 70 }),
);

const minutes = fc.oneof(
  fc.integer({ min: 0, max: 24 * 60 }),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5, 1e15),
);

const timeZone = fc.oneof(
  fc.constant(null),
  fc.constantFrom('Europe/Paris', 'America/Montreal', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'UTC', 'Etc/GMT+12'),
  fc.constantFrom('Mars/Olympus', '', 'Europe/Paris\0', 'utc+1'),
);

const holidayCountry = fc.oneof(fc.constant(null), fc.constantFrom(...HOLIDAY_COUNTRIES), fc.constantFrom('XX', ''));

const weekdays = fc.oneof(
  fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  fc.array(fc.oneof(fc.integer({ min: -3, max: 10 }), fc.constantFrom(Number.NaN, 2.5)), { maxLength: 9 }),
);

/** The working time and rounds the detector and the composer both read. */
const workingTime = {
  workingDays: weekdays,
  workStartMinutes: minutes,
  workEndMinutes: minutes,
  timeZone,
  holidayCountry: holidayCountry as fc.Arbitrary<HolidayCountry | null>,
  revisionRoundsIncluded: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(-1, Number.NaN, 2.5, 1e9)),
};

/** Detector settings, about half of them outside what the options page would let through. */
export const analysisSettings: fc.Arbitrary<AnalysisSettings> = fc.record({
  ...workingTime,
  enabledCategories: fc.record(
    Object.fromEntries(CATEGORIES.map((c) => [c, fc.boolean()])) as Record<Category, fc.Arbitrary<boolean>>,
  ),
});

/** Words that would show a hole in a reply if they ever leaked from the code; kept out of the user's own text. */
const LEAK = /[{}]|undefined|NaN|null|Infinity|\[object/i;
const userText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...ODDITIES, ...TRIGGERS));
const cleanText = userText.filter((text) => !LEAK.test(text));
const amount = fc.oneof(
  fc.constant(undefined),
  fc.double({ min: 0.01, max: 100_000, noNaN: true }),
  fc.integer({ min: 1, max: 100_000 }),
  fc.constantFrom(0, -5, Number.NaN, Infinity, 1e300),
);

/** The user's reply terms, valid or not, with their own name and signature made of adversarial text. */
export const replyTerms: fc.Arbitrary<ReplyTerms> = fc.record(
  {
    name: cleanText,
    signature: cleanText,
    ...workingTime,
    dayRate: amount,
    hourlyRate: amount,
    rushSurchargePercent: amount,
    currency: fc.oneof(
      fc.constantFrom('EUR', 'CHF', 'CAD', 'USD', 'GBP', 'JPY'),
      fc.constantFrom('XXX', 'eur', '€', ''),
    ),
    paymentTermsDays: fc.oneof(fc.integer({ min: 0, max: 365 }), fc.constantFrom(-1, Number.NaN, 1.5, 1e9)),
  },
  { requiredKeys: ['workingDays', 'workStartMinutes', 'workEndMinutes'] },
);

export const replyOptions: fc.Arbitrary<ReplyOptions> = fc.record(
  {
    language: fc.constantFrom('match', 'en', 'fr', 'de' as 'en'),
    revisionRound: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.constantFrom(Number.NaN, 1.5, 1e9)),
    now: fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01') }),
    leadWorkingMinutes: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(-30, Number.NaN, 1e12)),
  },
  { requiredKeys: [] },
);

/** The sender as the content script formats it, with a display name made of adversarial text. */
export const from: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(cleanText, fc.constantFrom('jess@example.com', '', '<>', 'a@b'))
    .map(([name, address]) => (name ? `${name} <${address}>` : address)),
);
