/**
 * Replies the user writes themselves, one paragraph per category, language, register (French only) and tone.
 *
 * How they fit the "one reply for the whole email" design: a reply is still greeting, opening, one paragraph
 * per boundary in `SECTION_ORDER`, closing and sign-off. A user template replaces the built-in paragraph(s)
 * that answer its category, at the place that category takes in the reply; the rest of the reply stays built
 * in. Where one built-in paragraph answers two categories (an urgent request for the weekend), a template for
 * one of them leaves the built-in paragraph of the other. A template whose placeholder has no value for this
 * email or these terms (no rate set, no sending time to count the next slot from) is not used: the built-in
 * paragraph, which phrases around a missing term, stands in, so a reply never shows a hole.
 *
 * Pure: no DOM, no storage. The options page validates with `templateProblems`, the composer uses
 * `userParagraph`.
 */
import { detectRegister, type Register } from '../analysis/register.ts';
import { foldPhrase } from '../analysis/text.ts';
import { CATEGORIES, type Category, type Lang } from '../analysis/types.ts';
import { slotsOf, type Slots } from './fill.ts';
import { TONES, type SlotName, type Tone } from './templates/types.ts';

export interface UserTemplate {
  /** Stable, so the options page can edit and remove one. */
  id: string;
  category: Category;
  lang: Lang;
  /** tu or vous for French; null for English, which has one register. */
  register: Register | null;
  tone: Tone;
  /** Plain text with `{placeholders}`; paragraphs separated by blank lines. */
  text: string;
}

/** The placeholders a user template may use: the terms and computed values a paragraph can quote. */
export const USER_SLOTS = [
  'firstName',
  'nextSlot',
  'workingTime',
  'offHoursWhen',
  'rate',
  'dayRate',
  'rushPercent',
  'quoteRounds',
  'paymentTerms',
] as const satisfies readonly SlotName[];
export type UserSlot = (typeof USER_SLOTS)[number];

export const USER_TEMPLATE_LIMITS = { text: 1200, id: 64 } as const;

/** What is wrong with a template, as `_locales` keys with their substitutions. */
export type TemplateProblem =
  | { key: 'templateErrorEmpty' }
  | { key: 'templateErrorTooLong'; args: [limit: string, length: string] }
  | { key: 'templateErrorUnknownSlot'; args: [slot: string] }
  | { key: 'templateErrorBrace' }
  | { key: 'templateErrorDuplicate' };

/** Text that is meant as a placeholder but is not a known one: `{rate }`, `{Rate}`, `{}`. */
const BRACED = /\{([^{}]*)\}/g;

/** Problems of the text alone: empty, too long, an unknown placeholder, a stray brace. */
export function textProblems(text: string): TemplateProblem[] {
  if (text.trim() === '') return [{ key: 'templateErrorEmpty' }];
  const problems: TemplateProblem[] = [];
  if (text.length > USER_TEMPLATE_LIMITS.text) {
    problems.push({ key: 'templateErrorTooLong', args: [String(USER_TEMPLATE_LIMITS.text), String(text.length)] });
  }
  const unknown = [...text.matchAll(BRACED)]
    .map((m) => m[1] as string)
    .find((name) => !(USER_SLOTS as readonly string[]).includes(name));
  if (unknown !== undefined) problems.push({ key: 'templateErrorUnknownSlot', args: [unknown] });
  else if (/[{}]/.test(text.replace(BRACED, ''))) problems.push({ key: 'templateErrorBrace' });
  return problems;
}

/** The slot a template answers: one per category, language, register and tone. */
const keyOf = (t: UserTemplate): string => [t.category, t.lang, t.lang === 'fr' ? t.register : '', t.tone].join('/');

function isShapeOk(value: unknown): value is UserTemplate {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.id === 'string' &&
    t.id !== '' &&
    t.id.length <= USER_TEMPLATE_LIMITS.id &&
    CATEGORIES.includes(t.category as Category) &&
    (t.lang === 'en' ? t.register === null : t.lang === 'fr' && (t.register === 'tu' || t.register === 'vous')) &&
    TONES.includes(t.tone as Tone) &&
    typeof t.text === 'string'
  );
}

/**
 * Everything wrong with `candidate` among `others` (the user's other templates): its text, and another
 * template already answering the same category, language, register and tone.
 */
export function templateProblems(candidate: UserTemplate, others: readonly UserTemplate[]): TemplateProblem[] {
  const problems = textProblems(candidate.text);
  const key = keyOf(candidate);
  if (others.some((other) => other.id !== candidate.id && keyOf(other) === key)) {
    problems.push({ key: 'templateErrorDuplicate' });
  }
  return problems;
}

/** The valid, non-clashing templates of a stored value (the first of two clashing ones wins); never throws. */
export function parseUserTemplates(stored: unknown): UserTemplate[] {
  if (!Array.isArray(stored)) return [];
  const kept: UserTemplate[] = [];
  for (const value of stored) {
    if (!isShapeOk(value)) continue;
    const template: UserTemplate = {
      id: value.id,
      category: value.category,
      lang: value.lang,
      register: value.register,
      tone: value.tone,
      text: value.text,
    };
    if (templateProblems(template, kept).length === 0 && !kept.some((k) => k.id === template.id)) kept.push(template);
  }
  return kept;
}

/** Whether `stored` is a list of templates that parses to itself: what the settings accept as saved. */
export function isUserTemplateList(stored: unknown): boolean {
  return Array.isArray(stored) && parseUserTemplates(stored).length === stored.length;
}

/** The user's template for this category of a reply in this language, register and tone, if any. */
export function findUserTemplate(
  templates: readonly UserTemplate[],
  category: Category,
  lang: Lang,
  register: Register,
  tone: Tone,
): UserTemplate | undefined {
  return templates.find(
    (t) => t.category === category && t.lang === lang && (lang === 'en' || t.register === register) && t.tone === tone,
  );
}

const VOUS_WORDS = /\b(?:vous|votre|vos)\b/;

/**
 * The register a French template's text reads as when it is not the one it is for — a "tu" in a template for
 * clients who say vous, or "vous" with no "tu" in one for clients who say tu — else null. A warning for the
 * options page, not an error: "vous" may speak to a team.
 */
export function registerSlip(template: UserTemplate): Register | null {
  if (template.lang !== 'fr' || template.register === null) return null;
  const folded = foldPhrase(template.text);
  const reads = detectRegister(folded) === 'tu' ? 'tu' : VOUS_WORDS.test(folded) ? 'vous' : null;
  return reads !== null && reads !== template.register ? reads : null;
}

/** The placeholders of a template that have no value in `slots`. */
export function unfilledSlots(text: string, slots: Slots): string[] {
  return [...new Set(slotsOf(text))].filter((name) => slots[name] === undefined);
}

/**
 * The template's text filled, as one paragraph of a reply: line ends trimmed, no run of blank lines, the first
 * letter raised (a placeholder may open it); null when a placeholder has no value or the text is not valid.
 */
export function userParagraph(template: UserTemplate, slots: Slots): string | null {
  if (textProblems(template.text).length > 0 || unfilledSlots(template.text, slots).length > 0) return null;
  const filled = template.text
    .replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}
