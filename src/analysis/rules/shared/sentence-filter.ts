import type { Rule, RuleContext } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/**
 * Keeps the hits of `rule` for which `keep` holds, given the index of the hit's sentence: the rules built on a phrase
 * that only counts with something said in the sentences around it (an ask, a release) share this walk.
 */
export function keepBySentence(rule: Rule, keep: (context: RuleContext, index: number) => boolean): Rule {
  return {
    ...rule,
    find(context) {
      return rule.find(context).filter((hit) => {
        const sentence = sentenceAt(context.sentences, hit.start);
        return sentence !== undefined && keep(context, context.sentences.indexOf(sentence));
      });
    },
  };
}
