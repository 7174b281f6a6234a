import type { Rule } from '../rule.ts';
import enUrgencyAsap from './en/urgency-asap.ts';
import frUrgencyUrgent from './fr/urgency-urgent.ts';

/** Every rule, in the order they run. A rule file that is not listed here is a test failure. */
export const RULES: readonly Rule[] = [enUrgencyAsap, frUrgencyUrgent];
