import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import { OWN_SIDE_DOER } from './own-side-doer.ts';

/*
 * An "also" request that asks no new work:
 * - a change of state of a delivered element ("could you also make the first-dance spread black and white", "while
 *   you're in the files, they'd also like the barcode shifted 5mm left", « on voudrait aussi que la page des témoins
 *   passe en couleur »): that is a revision (extra_revisions reads it), not scope creep;
 * - work done by someone on the client's side ("the team wants to build the pages tomorrow", « notre webmaster va
 *   intégrer les photos »): nothing asked of the freelancer;
 * - work the client counts inside the agreement's own allowance ("it counts as one of the monthly events in your
 *   contract", « ça compte comme une des séances prévues au contrat »), unless only presumed so ("I assume it counts
 *   as…"), which is rate pressure or scope creep still.
 */

const RESULT_EN = String.raw`(?:black and white|b&w|in colou?r|in full colou?r|greyscale|grayscale|sepia|monochrome|in (?:bold|italics?|capitals|caps|lower ?case)|bigger|smaller|larger|darker|lighter|brighter|bolder|shorter|longer|wider|narrower|warmer|cooler|softer|sharper)`;
const CHANGED_EN = String.raw`(?:shifted|moved|nudged|swapped|replaced|removed|resized|changed|recolou?red|rotated|flipped|cropped|aligned|centred|centered|corrected|fixed|deleted|enlarged|reduced|darkened|lightened|brightened|straightened|taken out|bumped|raised|lowered)`;

const CHANGE_OF_STATE: Record<RuleContext['lang'], RegExp> = {
  en: new RegExp(
    String.raw`\b(?:make|makes|making|turn|turning|have|get|put) (?:the|this|that|those|these|our|its|their) (?:[a-z0-9'-]+ ){1,5}?${RESULT_EN}\b|\b(?:like|love|want|need|prefer)s? (?:the|its|their|our|that|this) (?:[a-z'-]+ ){1,4}?${CHANGED_EN}\b`,
  ),
  fr: /\b(?:que |qu')?(?:le |la |les |l')(?:[a-z'-]+ ){1,4}?(?:passe|passent|repasse|repassent|soit|soient|devienne|deviennent) (?:en|au) (?:couleur|couleurs|noir et blanc|n&b|noir & blanc|gras|italique|majuscules?|minuscules?|sepia)\b/,
};

/** A team on the client's side doing the work with its own infinitive: "the team wants to build the pages". */
const OUR_TEAM: Record<RuleContext['lang'], RegExp> = {
  en: /\b(?:the|our) (?:[a-z]+ )?(?:team|crew|staff|department) (?:(?:wants?|wanted|needs?|plans?|(?:is|are|was|were) (?:going|planning|hoping)) to|will|'ll|can)$/,
  fr: /\b(?:l'|notre |nos )(?:[a-z]+ )?(?:equipe|service|personnel|salaries) (?:veut|voudrait|va|vont|compte|doit|devra|prevoit de|pourra)$/,
};

const ALLOWANCE: Record<RuleContext['lang'], RegExp> = {
  en: /\b(?:counts?|counted|counting|goes|going|comes out) (?:as|towards?|against|under) (?:one of |part of )?(?:the |your |our )?(?:[a-z-]+ ){0,3}?(?:contract|retainer|package|agreement|plan|quota|allowance|events?|sessions?|days?|hours?|posts?|videos?|visits?) (?:in|of|from|under|already in|we agreed|you(?:'ve| have) (?:got|left))\b/,
  fr: /\b(?:compte|comptera|compterait|rentre|entre) (?:comme|dans|pour) (?:une|un|l'une|l'un) (?:des|de tes|de vos|de nos) [a-z-]+ (?:prevue?s?|incluse?s?|comprise?s?|du contrat|de ton forfait|de votre forfait|du forfait)\b/,
};
const PRESUMED: Record<RuleContext['lang'], RegExp> = {
  en: /\b(?:assume|assuming|presume|suppose|guess|figure|hope|hoping|surely|take it)\b/,
  fr: /\b(?:suppose|imagine|presume|espere|j'ose|forcement|surement)\b/,
};

/** Whether an "also" hit asks a change, work of the client's own team, or work inside the allowance. */
function asksNoNewWork(context: RuleContext, hit: RuleHit): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const text = context.text.slice(sentence.start, sentence.end);
  const before = context.text.slice(sentence.start, hit.start).trimEnd();
  if (CHANGE_OF_STATE[context.lang].test(text)) return true;
  if (OUR_TEAM[context.lang].test(before) || OWN_SIDE_DOER[context.lang].test(text)) return true;
  return ALLOWANCE[context.lang].test(text) && !PRESUMED[context.lang].test(text);
}

/** `rule`, quiet on an "also" request that asks no new work of the freelancer (see above). */
export function onNewWork(rule: Rule): Rule {
  return { ...rule, find: (context) => rule.find(context).filter((hit) => !asksNoNewWork(context, hit)) };
}
