import type { Rule } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { keepBySentence } from './sentence-filter.ts';

/**
 * The work put off until the reader is back at work: "no rush, Monday is fine", "when you're back", "before you go",
 * « à ton retour », « rien ne presse », « avant ton départ ». A sender who owns that it is the reader's weekend or
 * leave and then asks for the work after it (or before it starts) asks nothing of the day off itself.
 */
const LATER: Record<Lang, RegExp> = {
  en: /\b(?:no rush|no hurry|no pressure|whenever (?:you|suits)|in your own time|(?:monday|tuesday|next week|after the (?:weekend|break|holidays?)) (?:is|will be|would be) (?:fine|ok|okay|soon enough|great|perfect)|when (?:you'?re|you are|you get) back|on your return|after your (?:break|leave|holiday|holidays|vacation|trip|weekend)|before you (?:go|leave|head off|set off)|(?:once|after|when) (?:the )?(?:weekend|holidays?|break) (?:is|are) over|it can wait)\b/,
  fr: /\b(?:rien ne presse|pas (?:de |d')?(?:urgence|presse|pressee)|(?:a|des) (?:ton|votre) retour|(?:lundi|mardi|la semaine prochaine|apres le week-?end) (?:c'est|ca sera|ce sera|suffit|suffira|ira tres bien|ira)|avant (?:ton|votre) depart|avant de partir|quand (?:tu seras|vous serez|tu es|vous etes) (?:rentree?s?|de retour|revenue?s?)|ca peut attendre|quand tu (?:veux|peux)|quand vous (?:voulez|pouvez))\b/,
};

/** Drops the hits of `rule` whose sentence or one of the `reach` sentences after it puts the work off until later. */
export function unlessAskedForLater(rule: Rule, reach: number): Rule {
  return keepBySentence(rule, (context, index) => {
    const first = context.sentences[index];
    const last = context.sentences[Math.min(context.sentences.length - 1, index + reach)];
    return !first || !last || !LATER[context.lang].test(context.text.slice(first.start, last.end));
  });
}
