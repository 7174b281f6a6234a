import { isNegated } from './negation.ts';
import type { PhraseRuleSpec, Rule, RuleContext, RuleHit } from './rule.ts';
import { sentenceAt } from './sentences.ts';

/** Builds a rule from a declarative spec: cue, patterns, exceptions, negation. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const { cue, patterns, unless = [], negatable = true, ...rule } = spec;
  const global = patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
  return {
    ...rule,
    find(context: RuleContext): RuleHit[] {
      const hits: RuleHit[] = [];
      if (cue && !cue.test(context.text)) return hits;
      for (const pattern of global) {
        pattern.lastIndex = 0;
        for (const match of context.text.matchAll(pattern)) {
          const phrase = match.groups?.['phrase'];
          const start = phrase === undefined ? match.index : match.index + match[0].indexOf(phrase);
          const end = start + (phrase ?? match[0]).length;
          if (end === start) continue;
          const sentence = sentenceAt(context.sentences, start);
          if (!sentence) continue;
          const sentenceText = context.text.slice(sentence.start, sentence.end);
          if (unless.some((u) => u.test(sentenceText))) continue;
          if (negatable && isNegated(context.lang, context.text, sentence, match.index)) continue;
          hits.push({ start, end });
        }
      }
      return hits;
    },
  };
}
