import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/** The words of one language that make "a big ask" about time, or only maybe. */
export interface TimeInView {
  /** Words that say "a lot to ask" of anything (a price, a favour) as much as of the time: "a stretch", « limite ». */
  anyAsk: RegExp;
  /** The timing named as the subject ("the timeline is ambitious", « le délai est juste »): about time for sure. */
  timingSubject: RegExp;
  /** A time word in the sentence or the one before: a day, an hour, a deadline. */
  timeWord: RegExp;
}

/**
 * Keeps a hit of `rule` made of an any-ask word ("I know it's a stretch", « je sais que c'est limite ») only where the
 * time is in view: after a lower fee or a favour the same words are no rush.
 */
export function withTimeInView(rule: Rule, words: TimeInView): Rule {
  return {
    ...rule,
    find: (context: RuleContext): RuleHit[] =>
      rule.find(context).filter((hit) => {
        const phrase = context.text.slice(hit.start, hit.end);
        if (!words.anyAsk.test(phrase) || words.timingSubject.test(phrase)) return true;
        const sentence = sentenceAt(context.sentences, hit.start);
        if (!sentence) return false;
        const previous = context.sentences[context.sentences.indexOf(sentence) - 1];
        return words.timeWord.test(context.text.slice(previous?.start ?? sentence.start, sentence.end));
      }),
  };
}
