import { phraseRule } from '../../phrase-rule.ts';
import type { PhraseRuleSpec, Rule } from '../../rule.ts';

/** Some patterns of a rule and the cheap cue every one of them needs. */
export interface CuedGroup {
  cue: RegExp;
  patterns: RegExp[];
}

/*
 * A phrase rule whose patterns need different words: "the other side of the family" and "do the same
 * for my sister" share no plain word, so one cue for both would let most mail through. Each group is
 * skipped on its own when its cue is missing, which keeps the rule within the analysis time budget.
 */
export function phraseRuleGroups(spec: Omit<PhraseRuleSpec, 'cue' | 'patterns'>, groups: CuedGroup[]): Rule {
  const parts = groups.map((group) => phraseRule({ ...spec, ...group }));
  const [first] = parts;
  if (!first) throw new Error(`${spec.id}: no pattern group`);
  return { ...first, find: (context) => parts.flatMap((part) => part.find(context)) };
}
