import type { Rule } from '../rule.ts';

/** The extra_revisions rules of both languages, in the order they run. */
export const EXTRA_REVISIONS_RULES: readonly Rule[] = [];
