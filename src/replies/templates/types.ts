import type { Register } from '../../analysis/register.ts';
import type { Lang } from '../../analysis/types.ts';

export const TONES = ['warm', 'neutral', 'firm'] as const;
export type Tone = (typeof TONES)[number];

/** Every value a template can ask for, by `{name}`. */
export const SLOT_NAMES = [
  'firstName',
  'signature',
  'nextSlot',
  'rushPercent',
  'rate',
  'dayRate',
  'quoteRounds',
  'quoteRoundsPast',
  'roundOrdinal',
  'withinRounds',
  'ifLastRound',
  'ifOffHours',
  'paymentTerms',
  'workingTime',
  'offHoursWhen',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
/** Slots every reply can fill: working time always has a value (defaults apply). */
export const ALWAYS_FILLED: readonly SlotName[] = ['workingTime', 'offHoursWhen'];

/**
 * One sentence (or line) and its alternative phrasings, best first. The first
 * variant whose `{slots}` all have a value is used, so a variant with a rate
 * comes before one that phrases around it; `''` leaves the sentence out.
 * A slot named `{if…}` is a flag: it adds no text and only gates its variant.
 */
export type Variants = readonly string[];
/** Sentences that make one paragraph, in order. */
export type Paragraph = readonly Variants[];
export type ByTone<T> = Readonly<Record<Tone, T>>;

/**
 * The paragraphs a reply is made of, one per kind of boundary. Their order in
 * a reply is `SECTION_ORDER`: what is asked (scope, revisions), then when
 * (timing), how the freelancer works (availability), and the money last.
 */
export const SECTION_ORDER = [
  'scope',
  'revisionsBeyond',
  'revisionsWithin',
  'revisionsUncounted',
  'urgent',
  'offHours',
  'urgentOffHours',
  'availability',
  'price',
  'payment',
  'unpaidWork',
] as const;
export type Section = (typeof SECTION_ORDER)[number];

/** Slots that always have a value in a section, because the section is only chosen when they do. */
export const SECTION_SLOTS: Readonly<Partial<Record<Section, readonly SlotName[]>>> = {
  revisionsBeyond: ['roundOrdinal', 'quoteRoundsPast'],
  revisionsWithin: ['withinRounds'],
};

/** Everything a reply says in one language and register. */
export interface RegisterTemplates {
  /** Slot: `{firstName}`. */
  greeting: ByTone<Variants>;
  opening: ByTone<Paragraph>;
  sections: Readonly<Record<Section, ByTone<Paragraph>>>;
  /** The call to action before the sign-off. */
  closing: ByTone<Paragraph>;
  /** Slot: `{signature}` (the user's signature or name). */
  signOff: ByTone<Variants>;
}

export type OffHoursKind = 'evening' | 'night' | 'early_morning' | 'weekend' | 'holiday' | 'leave' | 'other';

/** Small phrases the code fills and passes to the sentences as slots. */
export interface Phrases {
  /** Rates as they are quoted: slot `{amount}`. */
  rate: { day: string; hour: string };
  /** "the quote included two" (slot `{count}`, a number in words). */
  quoteRoundsPast: { zero: string; one: string; other: string };
  /** "my quote includes two rounds of revisions". */
  quoteRounds: { zero: string; one: string; other: string };
  /** "the second of the two rounds included in the quote": slots `{ordinal}`, `{count}`. */
  withinRounds: { one: string; other: string };
  /** When invoices are due: slot `{days}` (digits). */
  paymentTerms: { onReceipt: string; days: string };
  /** When the freelancer does not work, as an adverbial ("at the weekend"). */
  offHoursWhen: Readonly<Record<OffHoursKind, string>>;
  /** A delivery moment: slots `{weekday}`, `{date}`, `{time}`. */
  slot: { sameDay: string; thisWeek: string; later: string };
  /** Working days and hours: slots `{days}`, `{start}`, `{end}`, `{first}`, `{last}`, `{day}`. */
  workingTime: { time: string; range: string; listItem: string; everyDay: string };
}

export interface LanguageTemplates {
  lang: Lang;
  /** BCP 47 locale for numbers, money and dates. */
  locale: string;
  registers: Readonly<Record<Register, RegisterTemplates>>;
  phrases: Phrases;
}
