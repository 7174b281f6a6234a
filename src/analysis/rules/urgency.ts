import type { Rule } from '../rule.ts';
import enAsap from './en/urgency-asap.ts';
import frUrgent from './fr/urgency-urgent.ts';

/** The urgency rules of both languages, in the order they run. */
export const URGENCY_RULES: readonly Rule[] = [enAsap, frUrgent];
