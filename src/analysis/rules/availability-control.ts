import type { Rule } from '../rule.ts';
import enCalendarControl from './en/availability-control-calendar-control.ts';
import enCheckInLog from './en/availability-control-check-in-log.ts';
import enExclusivity from './en/availability-control-exclusivity.ts';
import enMandatoryMeetings from './en/availability-control-mandatory-meetings.ts';
import enMatchHours from './en/availability-control-match-hours.ts';
import enReachability from './en/availability-control-reachability.ts';
import enReporting from './en/availability-control-reporting.ts';
import enResponseTime from './en/availability-control-response-time.ts';
import enSetHours from './en/availability-control-set-hours.ts';
import enSameAsTeam from './en/availability-control-same-as-team.ts';
import enStaffTreatment from './en/availability-control-staff-treatment.ts';
import frCalendarControl from './fr/availability-control-calendar-control.ts';
import frCheckInLog from './fr/availability-control-check-in-log.ts';
import frExclusivity from './fr/availability-control-exclusivity.ts';
import frMandatoryMeetings from './fr/availability-control-mandatory-meetings.ts';
import frMatchHours from './fr/availability-control-match-hours.ts';
import frReachability from './fr/availability-control-reachability.ts';
import frReporting from './fr/availability-control-reporting.ts';
import frResponseTime from './fr/availability-control-response-time.ts';
import frSetHours from './fr/availability-control-set-hours.ts';
import enPresenceWindow from './en/availability-control-presence-window.ts';
import enTeamRituals from './en/availability-control-team-rituals.ts';
import enHeldOnLine from './en/availability-control-held-on-line.ts';
import frPresenceWindow from './fr/availability-control-presence-window.ts';
import frHeldOnLine from './fr/availability-control-held-on-line.ts';
import frRituelsDEquipe from './fr/availability-control-rituels-d-equipe.ts';
import frSameAsTeam from './fr/availability-control-same-as-team.ts';
import frStaffTreatment from './fr/availability-control-staff-treatment.ts';
import enStandingSlot from './en/availability-control-standing-slot.ts';
import enLoggedDaily from './en/availability-control-logged-daily.ts';
import enAppOpen from './en/availability-control-app-open.ts';
import enDailyCall from './en/availability-control-daily-call.ts';
import frCreneauFixe from './fr/availability-control-creneau-fixe.ts';
import frCompteRenduQuotidien from './fr/availability-control-compte-rendu-quotidien.ts';
import frMessagerieOuverte from './fr/availability-control-messagerie-ouverte.ts';
import frAppelQuotidien from './fr/availability-control-appel-quotidien.ts';

/** The availability_control rules of both languages, in the order they run. */
export const AVAILABILITY_CONTROL_RULES: readonly Rule[] = [
  enReachability,
  enResponseTime,
  enSetHours,
  enReporting,
  enMandatoryMeetings,
  enStaffTreatment,
  enExclusivity,
  enCalendarControl,
  enSameAsTeam,
  enPresenceWindow,
  enTeamRituals,
  enMatchHours,
  enCheckInLog,
  enHeldOnLine,
  enStandingSlot,
  enLoggedDaily,
  enAppOpen,
  enDailyCall,
  frReachability,
  frResponseTime,
  frSetHours,
  frReporting,
  frMandatoryMeetings,
  frStaffTreatment,
  frExclusivity,
  frCalendarControl,
  frSameAsTeam,
  frPresenceWindow,
  frRituelsDEquipe,
  frMatchHours,
  frCheckInLog,
  frHeldOnLine,
  frCreneauFixe,
  frCompteRenduQuotidien,
  frMessagerieOuverte,
  frAppelQuotidien,
];
