import type { Rule } from '../rule.ts';

/** The availability_control rules of both languages, in the order they run. */
export const AVAILABILITY_CONTROL_RULES: readonly Rule[] = [];
