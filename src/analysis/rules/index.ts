import type { Rule } from '../rule.ts';
import { AVAILABILITY_CONTROL_RULES } from './availability-control.ts';
import { EXTRA_REVISIONS_RULES } from './extra-revisions.ts';
import { OFF_HOURS_RULES } from './off-hours.ts';
import { RATE_PRESSURE_RULES } from './rate-pressure.ts';
import { SCOPE_CREEP_RULES } from './scope-creep.ts';
import { URGENCY_RULES } from './urgency.ts';

/**
 * Every rule, in the order they run: one list per category (`./<category>.ts`),
 * each rule in its own file under `en/` or `fr/`. A rule file that is not
 * registered is a test failure (`rules.test.ts`).
 */
export const RULES: readonly Rule[] = [
  ...URGENCY_RULES,
  ...EXTRA_REVISIONS_RULES,
  ...OFF_HOURS_RULES,
  ...SCOPE_CREEP_RULES,
  ...RATE_PRESSURE_RULES,
  ...AVAILABILITY_CONTROL_RULES,
];
