import type { Rule } from '../rule.ts';
import enAskedNow from './en/off-hours-asked-now.ts';
import enEvening from './en/off-hours-evening.ts';
import enHoliday from './en/off-hours-holiday.ts';
import enImpliedDeadline from './en/off-hours-implied-deadline.ts';
import enLeave from './en/off-hours-leave.ts';
import enOwnedDayOff from './en/off-hours-owned-day-off.ts';
import enRecurringSlot from './en/off-hours-recurring-slot.ts';
import enWeekend from './en/off-hours-weekend.ts';
import enWeekendAssigned from './en/off-hours-weekend-assigned.ts';
import frAskedNow from './fr/off-hours-asked-now.ts';
import frConges from './fr/off-hours-conges.ts';
import frFerie from './fr/off-hours-ferie.ts';
import frFinDeSemaine from './fr/off-hours-fin-de-semaine.ts';
import frImpliedDeadline from './fr/off-hours-implied-deadline.ts';
import frOwnedDayOff from './fr/off-hours-owned-day-off.ts';
import frRecurringSlot from './fr/off-hours-recurring-slot.ts';
import frSoir from './fr/off-hours-soir.ts';
import frWeekEnd from './fr/off-hours-week-end.ts';
import frWeekEndAssigne from './fr/off-hours-week-end-assigne.ts';

/** The off_hours rules of both languages, in the order they run. */
export const OFF_HOURS_RULES: readonly Rule[] = [
  enWeekend,
  enWeekendAssigned,
  enEvening,
  enHoliday,
  enLeave,
  enOwnedDayOff,
  enAskedNow,
  enImpliedDeadline,
  enRecurringSlot,
  frWeekEnd,
  frWeekEndAssigne,
  frFinDeSemaine,
  frSoir,
  frFerie,
  frConges,
  frOwnedDayOff,
  frAskedNow,
  frImpliedDeadline,
  frRecurringSlot,
];
