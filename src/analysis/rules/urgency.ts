import type { Rule } from '../rule.ts';
import enAsap from './en/urgency-asap.ts';
import enAtStake from './en/urgency-at-stake.ts';
import enChasing from './en/urgency-chasing.ts';
import enDropEverything from './en/urgency-drop-everything.ts';
import enImmediately from './en/urgency-immediately.ts';
import enPulledIn from './en/urgency-pulled-in.ts';
import enRushedDeadline from './en/urgency-rushed-deadline.ts';
import enShortNotice from './en/urgency-short-notice.ts';
import enShortTurnaround from './en/urgency-short-turnaround.ts';
import enUrgent from './en/urgency-urgent.ts';
import frAtStake from './fr/urgency-at-stake.ts';
import frChasing from './fr/urgency-chasing.ts';
import frDropEverything from './fr/urgency-drop-everything.ts';
import frImmediately from './fr/urgency-immediately.ts';
import frPulledIn from './fr/urgency-pulled-in.ts';
import frRushedDeadline from './fr/urgency-rushed-deadline.ts';
import frShortNotice from './fr/urgency-short-notice.ts';
import frShortTurnaround from './fr/urgency-short-turnaround.ts';
import frUrgent from './fr/urgency-urgent.ts';

/** The urgency rules of both languages, in the order they run. */
export const URGENCY_RULES: readonly Rule[] = [
  enUrgent,
  enAsap,
  enImmediately,
  enDropEverything,
  enShortTurnaround,
  enRushedDeadline,
  enShortNotice,
  enPulledIn,
  enAtStake,
  enChasing,
  frUrgent,
  frImmediately,
  frDropEverything,
  frShortTurnaround,
  frRushedDeadline,
  frShortNotice,
  frPulledIn,
  frAtStake,
  frChasing,
];
