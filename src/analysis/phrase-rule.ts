import { isNegated } from './negation.ts';
import { mayMatch, prefiltered } from './prefilter.ts';
import type { PhraseRuleSpec, Rule, RuleContext, RuleHit } from './rule.ts';
import { sentenceAt } from './sentences.ts';
import { execAll } from './text.ts';

/**
 * More hits of one rule in one sentence than this are repetition (garbled or hostile mail), not more findings: the
 * rest are dropped, which also bounds the per-hit work of the rules built on top (request and deadline checks).
 */
const MAX_HITS_PER_SENTENCE = 8;

/** Builds a rule from a declarative spec: cue, patterns, exceptions, negation. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const { cue, patterns, unless = [], negatable = true, ...rule } = spec;
  for (const pattern of [...(cue ? [cue] : []), ...patterns, ...unless])
    prefiltered(`${rule.lang}/${rule.id}`, pattern);
  // The global copy each pattern runs as, made on first use: most patterns never pass the prefilter in a session, and
  // a pattern's copy is parsed when it is made.
  const global = new Map<RegExp, RegExp>();
  const globalOf = (p: RegExp): RegExp => {
    let copy = global.get(p);
    if (!copy) {
      copy = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
      global.set(p, copy);
    }
    return copy;
  };
  return {
    ...rule,
    find(context: RuleContext): RuleHit[] {
      const hits: RuleHit[] = [];
      // A pattern whose words are not in the message is not run at all (prefilter.ts).
      if (cue && !(mayMatch(context, cue) && cue.test(context.text))) return hits;
      // Each sentence is checked against the exceptions once, however many hits it holds: a long unpunctuated
      // body repeating a trigger would otherwise rescan the same sentence for every hit.
      const excepted = new Map<number, boolean>();
      const perSentence = new Map<number, number>();
      const isExcepted = (sentence: { start: number; end: number }): boolean => {
        let known = excepted.get(sentence.start);
        if (known === undefined) {
          const sentenceText = context.text.slice(sentence.start, sentence.end);
          known = unless.some((u) => mayMatch(context, u) && u.test(sentenceText));
          excepted.set(sentence.start, known);
        }
        return known;
      };
      for (const pattern of patterns) {
        if (!mayMatch(context, pattern)) continue;
        for (const match of execAll(globalOf(pattern), context.text)) {
          const phrase = match.groups?.['phrase'];
          const start = phrase === undefined ? match.index : match.index + match[0].indexOf(phrase);
          const end = start + (phrase ?? match[0]).length;
          if (end === start) continue;
          const sentence = sentenceAt(context.sentences, start);
          if (!sentence) continue;
          const count = perSentence.get(sentence.start) ?? 0;
          if (count >= MAX_HITS_PER_SENTENCE) continue;
          if (isExcepted(sentence)) continue;
          if (negatable && isNegated(context.lang, context.text, sentence, match.index)) continue;
          perSentence.set(sentence.start, count + 1);
          hits.push({ start, end });
        }
      }
      return hits;
    },
  };
}
