import type { Rule } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { sentenceAt } from '../../sentences.ts';

/** A hit ending on a clock written with a colon ("at 23:10", "1:02:45"), the way a player shows a position in a recording. */
const CLOCK = /(?:^|[^\d:])\d{1,2}:\d{2}(?::\d{2})?$/;

/** A recording in the sentence: the clock is then where something happens in it, not a time of day. */
const RECORDING: Record<Lang, RegExp> = {
  en: /\b(?:episodes?|videos?|podcasts?|tracks?|audio|footage|clips?|reels?|timecodes?|timestamps?|songs?|trailers?|voice-?overs?)\b/,
  fr: /\b(?:episodes?|videos?|podcasts?|pistes?|morceaux?|audio|rushs?|rushes|clips?|timecodes?|chansons?|bandes?-annonces?|voix off|capsules?)\b/,
};

/**
 * Drops the hits of `rule` that are a colon clock in a sentence about a recording: "a gap in episode 8 around 23:10"
 * points at a place in the audio, not at a late hour the reader is asked to work.
 */
export function withoutTimecodes(rule: Rule): Rule {
  return {
    ...rule,
    find(context) {
      return rule.find(context).filter((hit) => {
        if (!CLOCK.test(context.text.slice(hit.start, hit.end).trim())) return true;
        const sentence = sentenceAt(context.sentences, hit.start);
        return !sentence || !RECORDING[context.lang].test(context.text.slice(sentence.start, sentence.end));
      });
    },
  };
}
