import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import type { Lang } from '../../types.ts';

/*
 * "I'd like a few changes", « j'aimerais quelques changements » name no piece of work: what follows says what is to
 * change. When it is how the freelancer works (hours online, tools, status reports: "from now on please be signed in
 * on Teams from 9 to 6 and post a status note before you log off"), the changes are a working arrangement
 * (availability), not another round on delivered work.
 */

/** The way of working named as what changes: "changes to how we work", « dans notre façon de travailler ». */
const WORKING_WAY: Record<Lang, RegExp> = {
  en: /\b(?:how (?:we|you|i|the team) (?:work|operate|collaborate|communicate)|the way (?:we|you) (?:work|operate|collaborate|communicate)|(?:working|work) (?:arrangements?|practices|habits|hours|routine|setup|set-up|pattern)|our (?:process|workflow|routine))\b/,
  fr: /\b(?:(?:notre|votre|ta|ton|la) (?:facon|maniere) de (?:travailler|fonctionner|collaborer|communiquer)|(?:notre|votre|ton|ta) (?:organisation|fonctionnement|mode de fonctionnement|methode de travail)|(?:horaires|conditions|habitudes|modalites) de travail)\b/,
};

/** A working arrangement laid down for the freelancer: presence online, set hours, a report at a set time. */
const WORK_MODE: Record<Lang, RegExp> = {
  en: /\b(?:(?:be|stay|remain|keep) (?:signed in|logged in|logged on|online|available|reachable|connected|on (?:teams|slack|zoom|skype|whatsapp|call))|log (?:off|on|out|in)|clock (?:in|out|off)|office hours|working hours|timesheets?|(?:status|progress) (?:notes?|updates?|reports?|emails?)|check-?ins?|stand-?ups?|your hours|(?:from|between) \d{1,2}(?::\d\d)? ?(?:am|pm)? (?:until|till|to|and) \d{1,2}(?::\d\d)? ?(?:am|pm)? (?:each|every) (?:day|weekday)|work from (?:our|the) office)\b/,
  fr: /\b(?:(?:etre|seras|serez|rester|restes|restez|resteras|resterez) (?:connecte|connectee|connectes|en ligne|joignable|joignables|disponible|disponibles)|sur (?:teams|slack|zoom|skype|whatsapp) (?:de|des|a partir de|entre) \d|horaires de bureau|feuilles? de temps|point (?:quotidien|du jour|chaque (?:soir|matin|jour))|compte rendu (?:quotidien|du jour|chaque (?:soir|matin|jour))|(?:tous les|chaque) (?:jours?|matins?|soirs?) (?:a|avant|vers) \d|pointer|pointage|badger|travaill\w* (?:dans|depuis|de) nos locaux)\b/,
};

/** A delivered piece named right after the changes: "changes to the leaflet", « des retouches sur la maquette ». */
const NAMED_OBJECT: Record<Lang, RegExp> = {
  en: /^\s*(?:to|on|in|for) (?:the|your|our|this|that|those|these|my)\b(?! (?:way|process|schedule|hours|arrangements?|setup|rest|next|coming|future)\b)/,
  fr: /^\s*(?:sur|a|au|aux|dans|pour) (?:le|la|les|l'|ton|ta|tes|votre|vos|ce|cette|ces)\b(?! ?(?:suite|avenir|semaine|mois|facon|maniere|organisation|fonctionnement)\b)/,
};

/** What a hit must name for the arrangement to say what it is: changes or things left unnamed, in the plural. */
const VAGUE =
  /\b(?:changes|tweaks|edits|amends|modifications|adjustments|alterations|things|stuff|bits|details|changements|modifs|ajustements|choses|trucs|points|elements)\b/;

/** Whether the changes found at `hit` are told, in their sentence or the next, to be a way of working. */
function aboutWorking(context: RuleContext, hit: RuleHit): boolean {
  const index = context.sentences.findIndex((s) => s.start <= hit.start && hit.start < s.end);
  const sentence = context.sentences[index];
  if (!sentence) return false;
  if (!VAGUE.test(context.text.slice(hit.start, hit.end))) return false;
  const lang = context.lang;
  const own = context.text.slice(sentence.start, sentence.end);
  if (WORKING_WAY[lang].test(own)) return true;
  const rest = context.text.slice(hit.end, sentence.end);
  if (NAMED_OBJECT[lang].test(rest)) return false;
  const next = context.sentences[index + 1];
  const following = rest + (next ? ` ${context.text.slice(next.start, next.end)}` : '');
  return WORK_MODE[lang].test(following);
}

/**
 * `rule`, without its bare "a few changes" or "change a few things" hits that the message then spells out as a working
 * arrangement.
 */
export function besideWorkingArrangements(rule: Rule): Rule {
  return {
    ...rule,
    find: (context) => {
      const hits = rule.find(context);
      return hits.length === 0 ? hits : hits.filter((hit) => !aboutWorking(context, hit));
    },
  };
}
