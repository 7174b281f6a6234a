import { isPlausibleInstant, parseSentAt } from '../analysis/sent-at.ts';
import { usableWorkingTime } from '../analysis/settings.ts';
import { MINUTE_MS, zoneOffsetMinutes } from '../analysis/deadlines/working-time.ts';
import type { Register } from '../analysis/register.ts';
import { foldPhrase } from '../analysis/text.ts';
import type { Analysis, Category, EmailInput, Finding, Lang } from '../analysis/types.ts';
import { fillParagraph, pickVariant } from './fill.ts';
import { clientFirstName } from './first-name.ts';
import { describeSlot, describeWorkingTime, formatMoney, formatPercent, isPositive } from './format.ts';
import { DEFAULT_LEAD_WORKING_MINUTES, nextWorkingSlot } from './next-slot.ts';
import { cardinalWords, ordinalWords } from './number-words.ts';
import {
  CATEGORY_SECTION,
  chooseSections,
  offHoursIsReachability,
  offHoursKind,
  sectionCategories,
  type RevisionCount,
} from './sections.ts';
import { EN_TEMPLATES } from './templates/en.ts';
import { FR_TEMPLATES } from './templates/fr.ts';
import {
  SECTION_ORDER,
  TONES,
  type LanguageTemplates,
  type Section,
  type SlotName,
  type Tone,
} from './templates/types.ts';
import { DEFAULT_REPLY_TERMS, type ReplyTerms } from './terms.ts';
import { findUserTemplate, userParagraph, USER_SLOTS, type UserSlot, type UserTemplate } from './user-templates.ts';

export type { Tone } from './templates/types.ts';

export interface Reply {
  tone: Tone;
  lang: Lang;
  text: string;
}

export interface ReplyOptions {
  /** The reply's language: the email's (`match`, the default) or always one. */
  language?: 'match' | Lang;
  /** Which revision round this request would be for this client and thread (1 = the first). */
  revisionRound?: number;
  /** When the reply is written: the next slot counts from the later of this and the sending. */
  now?: Date;
  /** Working time a delivery needs, in minutes; half a working day by default. */
  leadWorkingMinutes?: number;
  /** The user's own paragraphs, each taking the place of the built-in one for its category (user-templates.ts). */
  userTemplates?: readonly UserTemplate[];
}

const TEMPLATES: Readonly<Record<Lang, LanguageTemplates>> = { en: EN_TEMPLATES, fr: FR_TEMPLATES };

function isCount(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function nonBlank(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Working time the user could not have meant (no day, an empty day) falls back to the defaults (see usableWorkingTime). */
function usableTerms(terms: ReplyTerms | undefined): ReplyTerms {
  const t = { ...DEFAULT_REPLY_TERMS, ...terms };
  return { ...t, ...usableWorkingTime({ ...t, holidayCountry: t.holidayCountry ?? null }) };
}

/** "Tuesday at 10:00" / "mardi à 10h", or undefined when neither the sending time nor its zone is known. */
function nextSlotPhrase(email: EmailInput, terms: ReplyTerms, options: ReplyOptions, t: LanguageTemplates) {
  const sent = parseSentAt(email.sentAt);
  const now = options.now?.getTime();
  const instant = Math.max(
    sent.date?.getTime() ?? -Infinity,
    now !== undefined && isPlausibleInstant(now) ? now : -Infinity,
  );
  if (!Number.isFinite(instant)) return undefined;
  const offset = (terms.timeZone ? zoneOffsetMinutes(terms.timeZone, instant) : null) ?? sent.offsetMinutes;
  if (offset === null) return undefined;
  const fromWall = instant + offset * MINUTE_MS;
  const lead = options.leadWorkingMinutes;
  const slot = nextWorkingSlot(fromWall, isPositive(lead) ? lead : DEFAULT_LEAD_WORKING_MINUTES, {
    workingDays: terms.workingDays,
    workStartMinutes: terms.workStartMinutes,
    workEndMinutes: terms.workEndMinutes,
    holidayCountry: terms.holidayCountry ?? null,
  });
  return slot === null ? undefined : describeSlot(slot, fromWall, t);
}

function revisionCount(terms: ReplyTerms, options: ReplyOptions): RevisionCount {
  const round = options.revisionRound;
  if (!isCount(terms.revisionRoundsIncluded) || !isCount(round) || round < 1) return 'uncounted';
  return round > terms.revisionRoundsIncluded ? 'beyond' : 'within';
}

/** A French client who writes "Bonjour Madame …" expects the same formality back, not a first name. */
const FORMAL_ADDRESS = /^\W*(?:bonjour|bonsoir|cher|chere)?\s*(?:monsieur|madame)\b/;

function buildSlots(
  analysis: Analysis,
  email: EmailInput,
  terms: ReplyTerms,
  options: ReplyOptions,
  t: LanguageTemplates,
): Partial<Record<SlotName, string>> {
  const { phrases, lang, locale } = t;
  const money = (amount: number): string => formatMoney(amount, terms.currency, locale);
  const rate = isPositive(terms.hourlyRate)
    ? phrases.rate.hour.replace('{amount}', money(terms.hourlyRate))
    : isPositive(terms.dayRate)
      ? phrases.rate.day.replace('{amount}', money(terms.dayRate))
      : undefined;
  const included = isCount(terms.revisionRoundsIncluded) ? terms.revisionRoundsIncluded : undefined;
  const round = isCount(options.revisionRound) && options.revisionRound >= 1 ? options.revisionRound : undefined;
  const plural = (forms: { zero: string; one: string; other: string }, n: number): string =>
    (n === 0 ? forms.zero : n === 1 ? forms.one : forms.other).replace('{count}', cardinalWords(n, lang));
  const formal = lang === 'fr' && FORMAL_ADDRESS.test(foldPhrase(analysis.newest.text.slice(0, 80)));
  return {
    firstName: formal ? undefined : (clientFirstName(email.from) ?? undefined),
    signature: nonBlank(terms.signature) ?? nonBlank(terms.name),
    nextSlot: nextSlotPhrase(email, terms, options, t),
    rushPercent: isPositive(terms.rushSurchargePercent) ? formatPercent(terms.rushSurchargePercent, locale) : undefined,
    rate,
    dayRate: isPositive(terms.dayRate) ? money(terms.dayRate) : undefined,
    quoteRounds: included === undefined ? undefined : plural(phrases.quoteRounds, included),
    quoteRoundsPast: included === undefined ? undefined : plural(phrases.quoteRoundsPast, included),
    roundOrdinal: round === undefined ? undefined : ordinalWords(round, lang),
    withinRounds:
      round === undefined || included === undefined
        ? undefined
        : (included === 1 ? phrases.withinRounds.one : phrases.withinRounds.other)
            .replace('{ordinal}', ordinalWords(round, lang))
            .replace('{count}', cardinalWords(included, lang)),
    ifLastRound: round !== undefined && round === included ? '' : undefined,
    ifOffHours: offHoursIsReachability(analysis.findings) ? '' : undefined,
    paymentTerms: isCount(terms.paymentTermsDays)
      ? terms.paymentTermsDays === 0
        ? phrases.paymentTerms.onReceipt
        : phrases.paymentTerms.days.replace('{days}', String(terms.paymentTermsDays))
      : undefined,
    workingTime: describeWorkingTime(terms, t),
    offHoursWhen: phrases.offHoursWhen[offHoursKind(analysis.findings)],
  };
}

/**
 * The reply's middle: the built-in paragraph of each section in order, except that a category with the user's
 * own paragraph gets it instead, where the category's section stands. A section answering two categories, one
 * of them the user's, keeps the built-in paragraph of the other; several sections answering one category (price
 * and payment) give way to its one user paragraph.
 */
function bodyParagraphs(
  sections: readonly Section[],
  findings: readonly Finding[],
  builtIn: (section: Section) => string,
  own: (category: Category) => string | null,
): string[] {
  const mine = new Map<Category, string>();
  for (const category of new Set(findings.map((f) => f.category))) {
    const paragraph = own(category);
    if (paragraph !== null) mine.set(category, paragraph);
  }
  const at = (section: Section): number => SECTION_ORDER.indexOf(section);
  const placed: [number, string][] = [];
  const done = new Set<Category>();
  for (const section of sections) {
    const answers = sectionCategories(section, findings);
    if (answers.every((category) => !mine.has(category))) {
      placed.push([at(section), builtIn(section)]);
      continue;
    }
    for (const category of answers) {
      const paragraph = mine.get(category);
      if (paragraph === undefined) placed.push([at(section), builtIn(CATEGORY_SECTION[category])]);
      else if (!done.has(category)) placed.push([at(section), paragraph]);
      done.add(category);
    }
  }
  // An off-hours request folded into the availability paragraph has no section of its own to stand in.
  for (const [category, paragraph] of mine)
    if (!done.has(category)) placed.push([at(CATEGORY_SECTION[category]), paragraph]);
  return placed.sort((a, b) => a[0] - b[0]).map(([, paragraph]) => paragraph);
}

/**
 * French typography: a no-break space before "!", "?", ":" and ";" so they
 * never wrap to the next line alone. One apostrophe style throughout, the one
 * keyboards type, so a reply the user edits stays consistent.
 */
function typeset(text: string, lang: Lang): string {
  const straight = text.replace(/[’‘]/g, "'");
  return lang === 'fr' ? straight.replace(/ ([!?:;])/g, '\u00a0$1') : straight;
}

/** The language, register, usable terms and slot values of a reply to this email. */
function replyContext(analysis: Analysis, email: EmailInput, terms: ReplyTerms | undefined, options: ReplyOptions) {
  const lang: Lang = options.language === 'en' || options.language === 'fr' ? options.language : analysis.lang;
  const register: Register = lang === 'fr' ? (analysis.register ?? 'vous') : 'vous';
  const usable = usableTerms(terms);
  return { lang, register, usable, slots: buildSlots(analysis, email, usable, options, TEMPLATES[lang]) };
}

/**
 * What each placeholder of a user template says in a reply to this email with these terms; undefined when it
 * has no value (a term not set, no sending time). The options page shows them beside the template editor.
 */
export function userSlotValues(
  analysis: Analysis,
  email: EmailInput,
  terms: ReplyTerms = DEFAULT_REPLY_TERMS,
  options: ReplyOptions = {},
): Record<UserSlot, string | undefined> {
  const { slots } = replyContext(analysis, email, terms, options);
  return Object.fromEntries(USER_SLOTS.map((slot) => [slot, slots[slot]])) as Record<UserSlot, string | undefined>;
}

/**
 * Suggested replies to an analysed email, warm first, then neutral and firm:
 * each one reply that thanks, names every boundary the email crosses in a
 * natural order, offers a way forward for each, and closes; the user's own
 * paragraphs (`options.userTemplates`) stand in for the built-in ones of their
 * category. No findings, no replies. Pure: the same input gives the same replies.
 */
export function composeReplies(
  analysis: Analysis,
  email: EmailInput,
  terms: ReplyTerms = DEFAULT_REPLY_TERMS,
  options: ReplyOptions = {},
): Reply[] {
  if (analysis.status !== 'analyzed' || analysis.findings.length === 0) return [];
  const { lang, register, usable, slots } = replyContext(analysis, email, terms, options);
  const templates = TEMPLATES[lang].registers[register];
  const sections = chooseSections(analysis.findings, revisionCount(usable, options));

  return TONES.map((tone) => {
    const paragraphs = [
      pickVariant(templates.greeting[tone], slots),
      fillParagraph(templates.opening[tone], slots),
      ...bodyParagraphs(
        sections,
        analysis.findings,
        (section) => fillParagraph(templates.sections[section][tone], slots),
        (category) => {
          const own = findUserTemplate(options.userTemplates ?? [], category, lang, register, tone);
          return own ? userParagraph(own, slots) : null;
        },
      ),
      fillParagraph(templates.closing[tone], slots),
      pickVariant(templates.signOff[tone], slots),
    ].filter((p): p is string => p !== null && p !== '');
    return { tone, lang, text: typeset(paragraphs.join('\n\n'), lang) };
  });
}
