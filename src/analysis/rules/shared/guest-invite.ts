import type { Rule } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { keepBySentence } from './sentence-filter.ts';

/** The sender says the reader comes as a guest, not to work: "you're not working, come as our guest". */
const AS_GUEST: Record<Lang, RegExp> = {
  en: /\b(?:you(?:'re| are| will be|'ll be) not (?:working|on duty|on the clock)|you won't be working|not (?:as|for) (?:work|a job|a gig)|(?:as|like) (?:our|a|my) (?:guest|plus-one)|off the clock|no work (?:involved|required|needed)|purely (?:social|for fun)|(?:leave|no need to bring) (?:your|the) (?:laptop|camera|gear|kit))\b/,
  fr: /\b(?:tu ne (?:travailles|travailleras|bosses|bosseras) pas|vous ne (?:travaillez|travaillerez) pas|pas pour (?:travailler|bosser)|(?:en tant qu'|comme )(?:invitee?s?|notre invitee?|mon invitee?)|en invitee?s?|rien a faire de (?:ton|votre) cote|juste pour le plaisir|(?:laisse|laissez) (?:ton|votre) (?:ordi|ordinateur|appareil|materiel) a la maison)\b/,
};

/**
 * Drops the hits of `rule` whose sentence or a neighbour says the reader is invited as a guest: a weekend or evening
 * party the reader is asked to join, not to work at.
 */
export function unlessGuest(rule: Rule): Rule {
  return keepBySentence(rule, (context, index) => {
    for (let i = Math.max(0, index - 1); i <= index + 1 && i < context.sentences.length; i++) {
      const s = context.sentences[i];
      if (s && AS_GUEST[context.lang].test(context.text.slice(s.start, s.end))) return false;
    }
    return true;
  });
}
