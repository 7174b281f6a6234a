import type { Rule } from '../rule.ts';

/** The rate_pressure rules of both languages, in the order they run. */
export const RATE_PRESSURE_RULES: readonly Rule[] = [];
