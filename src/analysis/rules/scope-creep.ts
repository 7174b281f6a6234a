import type { Rule } from '../rule.ts';

/** The scope_creep rules of both languages, in the order they run. */
export const SCOPE_CREEP_RULES: readonly Rule[] = [];
