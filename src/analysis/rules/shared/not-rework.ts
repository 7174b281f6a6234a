import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/*
 * A revision verb is no revision when what it works on is not delivered work:
 * - a price or an arrangement: « revoir votre forfait mensuel à 150 », « revoir tes honoraires », « changer de
 *   modèle », "revisit your day rate", "can that go under the existing fee" (that is rate pressure);
 * - a duty taken over: « reprendre le groupe Facebook », « que vous repreniez aussi le reporting mensuel » (new work);
 * - a standing task done as things come: « relire et corriger au fil de l'eau les e-mails », « mettre à jour la carte
 *   du jour », "fix the listings as they come in", "update today's specials" (an ongoing service, new work).
 * The object is read right after the verb the rule highlighted; the standing task anywhere in its sentence.
 */

/** The freelancer's own price or how they are paid; a price printed on the work ("put the price first") is content. */
const PRICE: Record<RuleContext['lang'], RegExp> = {
  en: /^[a-z-]+(?: (?:down|back|again|over|under|into|within|on))? (?:your|our|the) (?:(?:day|hourly|daily|monthly|usual|current|existing|agreed|original|same) )?(?:rates?|fees?|pricing|retainer|payment terms|terms of payment|billing)\b/,
  fr: /^(?:[a-z'-]+(?: (?:aussi|egalement|un peu|a la baisse))? (?:(?:votre|ton|ta|tes|vos|le|la|les|notre|nos) )?(?:forfaits?|honoraires|taux|tjm|remuneration|facturation|conditions (?:tarifaires|de paiement)|mode de (?:paiement|facturation|remuneration))|[a-z'-]+ (?:votre|ton|tes|vos) (?:tarifs?|prix)|(?:changer|change|changez|changeons|changerait|changerions) de (?:modele|formule|systeme|fonctionnement|mode de (?:paiement|facturation|remuneration)))\b/,
};

const DUTY: Record<RuleContext['lang'], RegExp> = {
  en: /^(?:take|takes|taking|took) over\b/,
  fr: /^(?:reprendre|reprenne|reprennes|repreniez|reprenions|reprends|reprenez|reprendrais|reprendriez|reprendrait)(?: (?:aussi|egalement|en plus|desormais|maintenant))? (?:la gestion|le suivi|l'animation|le reporting|les reportings|le groupe|les groupes|le compte|les comptes|la communaute|la moderation|la comptabilite|la paie|les relations?|la relation|la coordination|le pilotage|la permanence|le standard|l'accueil|la page (?:facebook|linkedin|instagram|tiktok|youtube)|les pages|les reseaux|le community management|l'administration|la tresorerie|la facturation)\b/,
};

const STANDING: Record<RuleContext['lang'], RegExp> = {
  en: /\b(?:as (?:they|new ones|it|these) (?:come|comes|arrive|arrives|land|lands) in|on an ongoing basis|on a rolling basis|(?:today'?s|daily|weekly) (?:specials|menu|offers?|deals)|(?:of the|every) (?:day|week)(?:'s)? (?:specials|menu|offers?))\b/,
  fr: /\b(?:au fil de l'eau|au fur et a mesure|(?:carte|menu|plat|plats|suggestions?|offres?|promos?|promotions?) (?:du jour|de la semaine|du moment)|tous les jours|chaque jour|quotidiennement|en continu)\b/,
};

/** Whether the hit works on a price, a duty or a standing task rather than on delivered work. */
function worksOnNoDelivery(context: RuleContext, hit: RuleHit): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const after = context.text.slice(hit.start, Math.min(sentence.end, hit.end + 80));
  if (PRICE[context.lang].test(after) || DUTY[context.lang].test(after)) return true;
  return STANDING[context.lang].test(context.text.slice(sentence.start, sentence.end));
}

/** `rule`, quiet on a revision verb that works on a price, a duty or a standing task (see above). */
export function onDeliveredWork(rule: Rule): Rule {
  return { ...rule, find: (context) => rule.find(context).filter((hit) => !worksOnNoDelivery(context, hit)) };
}
