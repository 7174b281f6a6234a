import type { AnalysisSettings, Category, Deadline, Lang, Localized } from './types.ts';
import type { Sentence } from './sentences.ts';

/** What a rule sees: the newest message, folded, cut into sentences. */
export interface RuleContext {
  lang: Lang;
  /** Folded newest message (lower case, no accents; see text.ts). Offsets below are in it. */
  text: string;
  sentences: readonly Sentence[];
  /** When the mail was sent, if known. */
  sentAt: Date | null;
  /** The sender's UTC offset in minutes, if known. */
  sentOffsetMinutes: number | null;
  settings: AnalysisSettings;
  /** Deadlines found in the message, offsets in `text`, resolved once for all rules. */
  deadlines: readonly LocatedDeadline[];
}

export interface LocatedDeadline extends Omit<Deadline, 'text' | 'start' | 'end'> {
  start: number;
  end: number;
}

/**
 * `compute`, run once per message whichever rule asks first: for what several rules ask of the same message (its words,
 * the clauses releasing the reader), which would otherwise be worked out again by each.
 */
export function perMessage<T>(compute: (context: RuleContext) => T): (context: RuleContext) => T {
  const known = new WeakMap<RuleContext, T>();
  return (context) => {
    if (known.has(context)) return known.get(context) as T;
    const value = compute(context);
    known.set(context, value);
    return value;
  };
}

/** One place a rule fires, offsets in the folded text. */
export interface RuleHit {
  start: number;
  end: number;
  confidence?: number;
  reason?: Localized;
  deadline?: LocatedDeadline;
}

/** A phrase a rule's tests feed it; `sentAt` for rules that read the date. */
export type RuleExample = string | { text: string; sentAt: string };

/** Examples that share one sending moment, for rules that read the date: `...sentOn('2026-03-13T19:00:00+01:00', 'a', 'b')`. */
export function sentOn(sentAt: string, ...texts: string[]): RuleExample[] {
  return texts.map((text) => ({ text, sentAt }));
}

export interface Rule {
  /** `<category>/<name>`, unique per language; the file is named after it. */
  id: string;
  category: Category;
  lang: Lang;
  /** Why a freelancer should look twice, in both UI languages. */
  reason: Localized;
  confidence: number;
  find(context: RuleContext): RuleHit[];
  /** Phrases that must fire and must stay quiet; `rules.test.ts` runs them all. */
  examples: { fires: RuleExample[]; quiet: RuleExample[] };
}

export interface PhraseRuleSpec extends Omit<Rule, 'find'> {
  /**
   * A cheap test (a few plain words, no `g` flag) that must match somewhere in
   * the message before the patterns run: most mail has none of a rule's words,
   * and skipping it there keeps the analysis within its budget.
   */
  cue?: RegExp;
  /**
   * Regular expressions over the folded text: lower case, no accents, straight
   * apostrophes. Each match is a candidate phrase (use a group named `phrase`
   * to narrow what is highlighted).
   */
  patterns: RegExp[];
  /** The candidate is dropped when one of these matches its sentence. */
  unless?: RegExp[];
  /**
   * Whether a negation or a release just before the phrase ("no need to",
   * "pas besoin de") cancels it. Default true.
   */
  negatable?: boolean;
}
