import { detectLanguage } from '../analysis/language.ts';
import { detectRegister, type Register } from '../analysis/register.ts';
import { foldPhrase } from '../analysis/text.ts';
import type { Lang } from '../analysis/types.ts';
import { SECTION_ORDER, SLOT_NAMES } from './templates/types.ts';

/** Template keys a reply must never show; camelCase ones only, as "rate" or "signature" are also plain words. */
const RAW_KEYS = new RegExp(`\\b(?:${[...SECTION_ORDER, ...SLOT_NAMES].filter((k) => /[A-Z]/.test(k)).join('|')})\\b`);
const LEFTOVERS = /\{[^}]*\}|\bundefined\b|\bNaN\b|\bnull\b|\[object|\bInfinity\b/;
const TU_PRONOUNS = /\b(?:tu|te|toi|ton|ta|tes)\b|\bt'/;
const VOUS_PRONOUNS = /\b(?:vous|votre|vos)\b/;

/**
 * What is wrong with a reply, in words (empty when nothing is): a leftover
 * placeholder or raw value, a raw template key, the wrong language (by
 * function words, as the detector reads emails), or in French the wrong
 * register. For tests, and for previewing templates a user writes.
 */
export function replyProblems(text: string, lang: Lang, register?: Register): string[] {
  const problems: string[] = [];
  const leftover = LEFTOVERS.exec(text);
  if (leftover) problems.push(`leftover "${leftover[0]}"`);
  const key = RAW_KEYS.exec(text);
  if (key) problems.push(`raw template key "${key[0]}"`);
  const folded = foldPhrase(text);
  const detected = detectLanguage(folded, lang === 'en' ? 'fr' : 'en');
  if (detected !== lang) problems.push(`reads as ${detected}, not ${lang}`);
  if (lang === 'fr' && register) {
    const other = register === 'tu' ? VOUS_PRONOUNS : TU_PRONOUNS;
    if (detectRegister(folded) !== register || other.test(folded)) problems.push(`does not say ${register}`);
  }
  return problems;
}
