import type { Rule } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { sentenceAt } from '../../sentences.ts';

/** A hit ending on a clock written with a colon ("at 23:10", "1:02:45"), the way a player shows a position in a recording. */
const CLOCK = /(?:^|[^\d:])\d{1,2}:\d{2}(?::\d{2})?$/;

/** Hours, minutes and seconds ("1:04:30") or minutes past a day's 24 hours ("58:12"): only a player counts like that. */
const PLAYER_ONLY = /(?:^|[^\d:])(?:\d{1,2}:\d{2}:\d{2}|(?:2[4-9]|[3-9]\d):[0-5]\d)$/;

/** The far end of a clock range just after the hit ("from 23:10 to 31:45", « de 23:10 à 31:45 »). */
const RANGE_END = /^\s*(?:to|until|till|-|–|a|à|au|jusqu'a|jusqu'à)\s*(\d{1,2}:\d{2}(?::\d{2})?)/;

/** A recording, or the editing of one, in the sentence: the clock is then where something happens in it, not a time of day. */
const RECORDING: Record<Lang, RegExp> = {
  en: /\b(?:episodes?|eps?|videos?|podcasts?|tracks?|audio|footage|clips?|reels?|timecodes?|timestamps?|songs?|trailers?|voice-?overs?|(?:cut|trim) (?:the|that) (?:bit|part|section|line|pause|cough|gap|silence)|scenes?|intro|outro|mic|minute mark|loops?|clicks?|jingles?|sound effects?)\b/,
  fr: /\b(?:episodes?|videos?|podcasts?|pistes?|morceaux?|audio|rushs?|rushes|clips?|timecodes?|chansons?|bandes?-annonces?|voix off|capsules?|repliques?|scenes?|generique|couper|boucles?|clics?|jingles?|bruitages?)\b/,
};

/**
 * Drops the hits of `rule` that are a colon clock in a sentence about a recording or a cut in one: "a gap in episode 8
 * around 23:10", "cut the bit at 22:10" point at a place in the audio, not at a late hour the reader is asked to work.
 * A clock with seconds, or past 24 hours, is a position wherever it stands, and so is a range ending on one. Subtitles named in the
 * sentence do not count: "the new subtitles by Monday 7:00" is a delivery time.
 */
export function withoutTimecodes(rule: Rule): Rule {
  return {
    ...rule,
    find(context) {
      return rule.find(context).filter((hit) => {
        const said = context.text.slice(hit.start, hit.end).trim();
        if (!CLOCK.test(said)) return true;
        if (PLAYER_ONLY.test(said)) return false;
        // A range whose other end only a player shows ("de 23:10 à 31:45") is a stretch of the recording too.
        const end = RANGE_END.exec(context.text.slice(hit.end, hit.end + 24))?.[1];
        if (end && PLAYER_ONLY.test(end)) return false;
        const sentence = sentenceAt(context.sentences, hit.start);
        if (!sentence) return true;
        return !RECORDING[context.lang].test(context.text.slice(sentence.start, sentence.end));
      });
    },
  };
}
