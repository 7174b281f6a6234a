import type { HolidayCountry } from '../analysis/types.ts';

/**
 * The freelancer's own terms, as the replies quote them. Only working time is
 * required; every other term is optional and a reply phrases around a term
 * that is not set (a rate of 0 or a rush surcharge of 0 counts as not set).
 */
export interface ReplyTerms {
  /** How the freelancer signs: used when `signature` is not set. */
  name?: string;
  /** Closing block placed under the sign-off, possibly several lines. */
  signature?: string;
  /** Working days, 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** Start and end of the working day, minutes after midnight (540 = 09:00). */
  workStartMinutes: number;
  workEndMinutes: number;
  /** IANA zone of the freelancer; absent or null: the sender's UTC offset. */
  timeZone?: string | null;
  /** Public holidays that are not working days. */
  holidayCountry?: HolidayCountry | null;
  /** Revision rounds a quote includes. */
  revisionRoundsIncluded?: number;
  dayRate?: number;
  hourlyRate?: number;
  /** Surcharge for rush or off-hours work, in percent (50 = +50 %). */
  rushSurchargePercent?: number;
  /** ISO 4217 code; EUR when a rate is set without one. */
  currency?: string;
  /** Invoices are payable within this many days; 0 = on receipt. */
  paymentTermsDays?: number;
}

/** Monday–Friday, 09:00–18:00, nothing else set: what a reply knows before the user opens the options. */
export const DEFAULT_REPLY_TERMS: ReplyTerms = {
  workingDays: [1, 2, 3, 4, 5],
  workStartMinutes: 9 * 60,
  workEndMinutes: 18 * 60,
};
