import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/**
 * A rule whose phrase only counts when other cues stand in the same sentence (or, with `reach`, in the sentences
 * just before it): "can you match it?" is rate pressure after "another studio quoted 20% less", not after "here
 * is our colour chart". A co-occurrence of a few short cues covers a whole family of phrasings that one long
 * pattern per wording never would.
 */
export function withSentenceCues(rule: Rule, needs: readonly RegExp[], reach = 0): Rule {
  return {
    ...rule,
    find(context: RuleContext): RuleHit[] {
      return rule.find(context).filter((hit) => {
        const sentence = sentenceAt(context.sentences, hit.start);
        if (!sentence) return false;
        const index = context.sentences.indexOf(sentence);
        const first = context.sentences[Math.max(0, index - reach)] ?? sentence;
        const around = context.text.slice(first.start, sentence.end);
        return needs.every((need) => need.test(around));
      });
    },
  };
}
