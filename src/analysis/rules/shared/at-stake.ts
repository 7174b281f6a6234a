import { asksSomething } from '../../deadlines/request-cues.ts';
import { isNegated } from '../../negation.ts';
import { mayMatch, prefiltered } from '../../prefilter.ts';
import type { Rule, RuleExample, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import { execAll } from '../../text.ts';
import type { Lang } from '../../types.ts';

/**
 * What the sender loses if the work is late, said as the reason for the date: "otherwise we lose the slot", "we
 * can't afford to miss it", "the whole launch hangs on it", « sinon on perd notre place », « faute de quoi nous
 * perdons la salle », « tout repose là-dessus ». A lost thing, not a missed person ("otherwise we'll miss you").
 */
const STAKE: Record<Lang, RegExp> = {
  en: prefiltered(
    'en/at-stake',
    /\b(?:(?:otherwise|or else|if not|failing that|or)\b,? (?:we|i|they|the \w+)(?:'ll| will| would|'d)? (?:lose|miss(?! (?:you|u|him|her|them|out on seeing)\b)|forfeit|get fined|pay a (?:penalty|fine)|be (?:in (?:big |real )?trouble|stuck|toast|sunk))|(?:we|i) (?:can'?t|cannot|can not) (?:afford to )?(?:lose|miss|risk losing)|(?:everything|it all|the whole(?: [a-z]+){1,2}) (?:hangs|depends|rides|hinges|rests) on (?:it|this|that|you)|(?:hangs|rides|hinges) on (?:it|this|that))\b/,
  ),
  fr: prefiltered(
    'fr/at-stake',
    /\b(?:(?:sinon|faute de quoi|a defaut|autrement|sans quoi|sans ca|sans cela)\b,? (?:on|nous|je|j'|ils|elles?|l'\w+|le \w+|la \w+)\s*(?:perd\w*|rate\w*|manque (?:le|la|les|notre|nos|l')|loupe\w*|suis mal|est mal|sommes mal|serai mal|va perdre|vais perdre|allons perdre|risque\w* de perdre|paie\w* (?:une|des) (?:penalites?|amendes?))|(?:on|nous|je) ne (?:peut|peux|pouvons) pas (?:se |nous |me )?(?:permettre de )?(?:perdre|rater|manquer|louper)|tout (?:repose|depend|tient) (?:la-dessus|de (?:ca|cela|toi|vous)))/,
  ),
};

/** How many sentences before the stake the date and the ask may stand in. */
const REACH = 2;
/** A date further off than this many working days leaves room, whatever rides on it. */
const TIGHT_DAYS = 3;

/**
 * A near date asked for, with what is lost if it slips spelled out: the stake makes a few days' notice a rush that
 * the date alone would not ("the bank wants it Friday morning … we can't lose this loan"). Shared by both languages.
 */
export function atStakeRule(lang: Lang, examples: { fires: RuleExample[]; quiet: RuleExample[] }): Rule {
  const stake = new RegExp(STAKE[lang].source, 'g');
  return {
    id: 'urgency/at-stake',
    category: 'urgency',
    lang,
    confidence: 0.75,
    reason: {
      en: 'A near deadline with what the client loses if it slips: the pressure is passed on to you.',
      fr: 'Une échéance proche, avec ce que le client perd si elle glisse : la pression vous est reportée.',
    },
    examples,
    find(context) {
      const hits: RuleHit[] = [];
      if (!mayMatch(context, STAKE[lang])) return hits;
      const { settings } = context;
      const tight = (TIGHT_DAYS * (settings.workEndMinutes - settings.workStartMinutes)) / 60;
      for (const match of execAll(stake, context.text)) {
        const sentence = sentenceAt(context.sentences, match.index);
        if (!sentence || isNegated(lang, context.text, sentence, match.index)) continue;
        const index = context.sentences.indexOf(sentence);
        const near = context.sentences.slice(Math.max(0, index - REACH), index + 1);
        const from = near[0] ?? sentence;
        if (
          !context.deadlines.some((d) => d.start >= from.start && d.end <= sentence.end && d.workingHoursLeft < tight)
        )
          continue;
        if (!near.some((s) => asksSomething(lang, context.text.slice(s.start, s.end)))) continue;
        hits.push({ start: match.index, end: match.index + match[0].length });
      }
      return hits;
    },
  };
}
