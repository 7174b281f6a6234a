import { describe, expect, test } from 'vitest';
import { slotsOf } from '../fill.ts';
import { EN_TEMPLATES } from './en.ts';
import { FR_TEMPLATES } from './fr.ts';
import { ALWAYS_FILLED, SECTION_SLOTS, SLOT_NAMES, type Section, type Variants } from './types.ts';

/** Every sentence of a language's templates, with where it stands. */
function sentences(value: unknown, path: string[] = []): [string, Variants][] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [[path.join('.'), value as Variants]];
  if (Array.isArray(value)) return value.flatMap((v, i) => sentences(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => sentences(v, [...path, key]));
  }
  return [];
}

describe.each([EN_TEMPLATES, FR_TEMPLATES])('$lang templates', (templates) => {
  const all = sentences(templates.registers);

  test('use only known slots', () => {
    for (const [, variants] of all) {
      for (const variant of variants) for (const slot of slotsOf(variant)) expect(SLOT_NAMES).toContain(slot);
    }
  });

  test('every sentence can always be written: its last variant needs only slots that always have a value', () => {
    for (const [where, variants] of all) {
      const last = variants[variants.length - 1];
      expect(last, where).toBeDefined();
      const section = where.split('.')[2] as Section;
      const filled: readonly string[] = [...ALWAYS_FILLED, ...(SECTION_SLOTS[section] ?? [])];
      const missing = slotsOf(last ?? '').filter((slot) => !filled.includes(slot));
      expect(missing, where).toEqual([]);
    }
  });

  test('no braces outside slots, no doubled spaces', () => {
    for (const [where, variants] of all) {
      for (const variant of variants) {
        expect(variant.replace(/\{\w+\}/g, 'x'), where).not.toMatch(/[{}]|\s{2}/);
      }
    }
  });
});

test('French templates say tu in the tu register and vous in the vous register', () => {
  const tuWords = /\b(?:vous|votre|vos)\b|-(?:vous)\b/i;
  const vousWords = /\b(?:tu|te|toi|ton|ta|tes)\b|\bt'|-moi\b(?<!(?:ez|dites)-moi)/i;
  for (const [where, variants] of sentences(FR_TEMPLATES.registers.tu)) {
    for (const v of variants) expect(v, where).not.toMatch(tuWords);
  }
  for (const [where, variants] of sentences(FR_TEMPLATES.registers.vous)) {
    for (const v of variants) expect(v, where).not.toMatch(vousWords);
  }
});
