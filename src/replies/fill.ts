import type { Paragraph, Variants } from './templates/types.ts';

/** Slot values by name; a slot that is absent has no value, `''` is a set flag. */
export type Slots = Readonly<Partial<Record<string, string>>>;

const SLOT = /\{(\w+)\}/g;

/** The `{slots}` a template string uses. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] as string);
}

/**
 * The first variant whose slots all have a value, filled; null when none
 * fits, so a sentence is dropped rather than shown with a hole in it.
 */
export function pickVariant(variants: Variants, slots: Slots): string | null {
  for (const variant of variants) {
    if (slotsOf(variant).every((name) => slots[name] !== undefined)) {
      return variant.replace(SLOT, (_, name: string) => slots[name] ?? '');
    }
  }
  return null;
}

/** The sentences of a paragraph that have something to say, each with its first letter raised (a slot may open it). */
export function fillParagraph(paragraph: Paragraph, slots: Slots): string {
  return paragraph
    .map((variants) => pickVariant(variants, slots))
    .filter((sentence): sentence is string => sentence !== null && sentence !== '')
    .map((sentence) => sentence.charAt(0).toUpperCase() + sentence.slice(1))
    .join(' ');
}
