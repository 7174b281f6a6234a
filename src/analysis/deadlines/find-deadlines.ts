import type { LocatedDeadline } from '../rule.ts';
import type { Sentence } from '../sentences.ts';
import type { AnalysisSettings, Lang } from '../types.ts';

export interface DeadlineInput {
  lang: Lang;
  /** Folded text and the newest message's sentences in it. */
  text: string;
  sentences: readonly Sentence[];
  sentAt: Date | null;
  sentOffsetMinutes: number | null;
  settings: AnalysisSettings;
}

/** Deadlines and requested moments in the newest message, resolved against when it was sent. */
export function findDeadlines(input: DeadlineInput): LocatedDeadline[] {
  void input;
  return [];
}
