import type { Rule } from '../rule.ts';

/** The off_hours rules of both languages, in the order they run. */
export const OFF_HOURS_RULES: readonly Rule[] = [];
