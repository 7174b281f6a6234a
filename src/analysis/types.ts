/** The lines a client can cross; their exact meaning is in the corpus README. */
export const CATEGORIES = [
  'urgency',
  'extra_revisions',
  'off_hours',
  'scope_creep',
  'rate_pressure',
  'availability_control',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Lang = 'en' | 'fr';

/** A text shown to the user in both UI languages; the UI picks one. */
export interface Localized {
  en: string;
  fr: string;
}

/** Countries whose public holidays count as off-hours. `CA-QC` is Québec. */
export const HOLIDAY_COUNTRIES = ['FR', 'BE', 'CH', 'CA', 'CA-QC', 'GB', 'US'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

/** The part of the user's settings the detector needs. */
export interface AnalysisSettings {
  /** Working days, 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** Start and end of the working day, minutes after midnight (540 = 09:00). */
  workStartMinutes: number;
  workEndMinutes: number;
  /** IANA zone of the freelancer; null: use the sender's UTC offset. */
  timeZone: string | null;
  /** Null: the sender's, guessed from the email's language and UTC offset (holidays/guess-country.ts). */
  holidayCountry: HolidayCountry | null;
  /** Revision rounds the freelancer's quotes include. */
  revisionRoundsIncluded: number;
  enabledCategories: Record<Category, boolean>;
}

export interface EmailInput {
  subject?: string;
  /** Plain text as the webmail shows it. */
  body: string;
  /** ISO 8601 with the sender's UTC offset, e.g. `2026-03-13T18:42:00+01:00`. */
  sentAt?: string | null;
  /** `Name <address>` or a bare address. */
  from?: string;
}

/** A deadline found in the newest message, resolved against when the mail was sent. */
export interface Deadline {
  /** The phrase as it stands in the body, and its offsets in the body. */
  text: string;
  start: number;
  end: number;
  /**
   * The resolved moment, local wall time of the reference zone, ISO 8601 with offset.
   * Empty when the mail has no sending time: only the words' weekday or hour could be read.
   */
  at: string;
  /** Working hours between the sending and the deadline (0 when none are left; Infinity when the sending time is unknown). */
  workingHoursLeft: number;
  /** `stated`: a clock time was written ("8h", "7:30"); `part`: a part of the day ("tonight"); `none`: a bare day. */
  timeOfDay: 'stated' | 'part' | 'none';
  /** `meeting`: a moment to attend (call, meeting, being reachable); `delivery`: work due by then. */
  purpose: 'delivery' | 'meeting';
  /** Why it falls outside working time, or why it cannot be met within it; absent when it is fine. */
  outside?: OutsideWorkingTime;
}

export interface OutsideWorkingTime {
  kind: 'evening' | 'night' | 'early_morning' | 'weekend' | 'holiday' | 'no_working_time_left';
  why: Localized;
}

export interface Finding {
  category: Category;
  /** The id of the rule that fired. */
  rule: string;
  reason: Localized;
  /** The phrase exactly as it stands in `body`, with `start`/`end` its offsets there. */
  text: string;
  start: number;
  end: number;
  /** 0..1: how sure the rule is. */
  confidence: number;
  deadline?: Deadline;
}

/** A part of the body that is not the newest message's own words. */
export interface AsideBlock {
  kind: 'quote' | 'forward' | 'signature' | 'footer';
  start: number;
  end: number;
}

export interface Analysis {
  /** `skipped`: nothing could be said; `skippedReason` says why. */
  status: 'analyzed' | 'skipped';
  skippedReason?: Localized;
  lang: Lang;
  /** How a French client addresses the freelancer (null for English mail). */
  register: 'tu' | 'vous' | null;
  /** The newest message's own words: offsets in `body`. */
  newest: { start: number; end: number; text: string };
  aside: AsideBlock[];
  findings: Finding[];
  categories: Category[];
  deadlines: Deadline[];
}
