import { mayMatch, prefiltered } from '../../prefilter.ts';
import { perMessage, type Rule, type RuleContext, type RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import { newestText } from './newest.ts';

/*
 * An extra the client has already agreed to pay for is a new order, not scope creep nor a free
 * revision: "I've added it to the PO", "the change order is approved", "j'ai signé l'avenant",
 * "c'est dans la nouvelle commande". Such paperwork anywhere in the newest message covers the
 * request it comes with ("we never put it in the contract" is the opposite). "As agreed" / "comme convenu" is
 * weaker (it also restates a date), so it only covers a request in its own sentence.
 */

const PAPER_EN = String.raw`(?:po|purchase order|order form|order|contract|sow|statement of work|change order|work order)`;
const PAPER_FR = String.raw`(?:bon de commande|commande|contrat|budget|devis|avenant|bdc)`;

const PAID_ANYWHERE: Record<RuleContext['lang'], RegExp> = {
  en: prefiltered(
    'en/agreed-extra',
    new RegExp(
      String.raw`\b(?:(?<!\b(?:didn'?t|did not|never|haven'?t|have not|hadn'?t|had not|not|wasn'?t|weren'?t) )(?:added|put|included|listed) (?:it|this|that|them|these|those|the [a-z-]+(?: [a-z-]+)?) (?:to|in|on) (?:the|our|my|your|a|this) (?:new |updated |revised |amended )?${PAPER_EN}|(?:it'?s|it is|they'?re|they are|that'?s|this is) (?:now )?(?:in|on) (?:the|our|a|this) (?:new |updated |revised |amended )?${PAPER_EN}|(?:signed|approved|accepted|countersigned|okayed) (?:the|your) (?:(?:revised|updated|new|additional|extra) (?:quote|estimate|proposal)|change order|amendment|addendum)|(?:change order|amendment|addendum|new po|updated po|revised po|revised estimate|revised quote|extra budget) (?:is|has been|was|'s) (?:signed|approved|raised|issued|sent|accepted|cleared))\b`,
    ),
  ),
  fr: prefiltered(
    'fr/agreed-extra',
    new RegExp(
      String.raw`\b(?:(?:ajoute|inscrit|integre|rajoute)e?s? (?:au|a la|dans le|dans la|sur le|sur la) (?:nouveau |nouvelle )?${PAPER_FR}|(?:c'est|elle est|il est|elles sont|ils sont|c'est bien) (?:dans|sur) (?:le|la|notre|votre|ton|ta) (?:nouveau |nouvelle )?${PAPER_FR}|(?:signe|valide|accepte|approuve)e? (?:l'avenant|(?:le|votre|ton) (?:avenant|(?:nouveau |second )?devis (?:complementaire|supplementaire|additionnel|mis a jour|revise)|nouveau devis|bon de commande))|(?:avenant|devis complementaire|nouveau devis|bon de commande|budget supplementaire) (?:est|a ete) (?:signe|valide|accepte|approuve|emis|debloque))\b`,
    ),
  ),
};

const AGREED_HERE: Record<RuleContext['lang'], RegExp> = {
  en: /\b(?:as (?:we )?agreed|like we agreed|as (?:per|in) (?:our|the|your) (?:agreement|quote|estimate|proposal)|per (?:our|the|your) (?:agreement|quote|estimate|proposal))\b/,
  fr: /\b(?:comme convenu|comme (?:on l'a|nous l'avons|on l'avait|nous l'avions) (?:convenu|decide|valide|prevu)|selon (?:notre accord|votre devis|ton devis|le devis)|conformement (?:a notre accord|au devis|a votre devis|a ton devis))\b/,
};

/** Whether the newest message shows the extra as ordered and paid for (every rule this wraps asks). */
const paidFor = perMessage((context) => {
  const paid = PAID_ANYWHERE[context.lang];
  return mayMatch(context, paid) && paid.test(newestText(context));
});

/** Whether the hit's own sentence says the work is as agreed. */
function agreedHere(context: RuleContext, hit: RuleHit): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  return sentence !== undefined && AGREED_HERE[context.lang].test(context.text.slice(sentence.start, sentence.end));
}

/** `rule`, quiet on work the client has already ordered and agreed to pay for. */
export function quietWhenAgreed(rule: Rule): Rule {
  return {
    ...rule,
    find: (context) => (paidFor(context) ? [] : rule.find(context).filter((hit) => !agreedHere(context, hit))),
  };
}
