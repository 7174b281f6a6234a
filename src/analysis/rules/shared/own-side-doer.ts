import type { Lang } from '../../types.ts';

/*
 * Someone on the client's side who will do something with the delivered work themselves ("our web person wants to
 * match it on the site", "the print shop is going to resize it for the banner", « notre webmaster veut reprendre la
 * police sur le site ») asks no change of the freelancer: the change verb is theirs. A decision-maker's wish ("the
 * client wants to change the headline") stays a request relayed, so only people who make or publish things count
 * (by trade, or as "the guy who does our website", « le gars qui s'occupe de notre site »), and only with their own
 * infinitive ("wants to match", not "wants the examples swapped" nor "wants you to").
 */
export const OWN_SIDE_DOER: Record<Lang, RegExp> = {
  en: /\b(?:web (?:person|guy|girl|gal|team|developer|dev|designer|agency|master)|webmaster|developers?|devs?|programmers?|coders?|it (?:guy|person|team|department|dept)|print shop|printers?|printing company|sign ?makers?|signwriters?|embroiderers?|social media (?:person|manager|team|intern|guy|girl)|community manager|in-house (?:designer|team|dev|developer)|(?:own|other) designer|photographer|intern|(?:who|that) (?:does|do|runs|run|manages|manage|handles|handle|builds|built|looks after|takes care of|is in charge of) (?:our|my|the) (?:web ?site|site|socials|social media|instagram|insta|facebook|tiktok|linkedin|shop|store|app|newsletter|signage|merch)) (?:(?:wants?|wanted|needs?|(?:'d|would) like|(?:is|are|was|were) (?:going|trying|hoping|planning|about)|plans?|hopes?|tried|has|have|had) to|will|'ll|can|could) (?!(?:you|u|ya|have you|get you|ask you|see)\b)[a-z]+/,
  fr: /\b(?:webmaster|webmestre|web designer|developpeur|developpeuse|developpeurs|dev|devs|informaticien|informaticienne|prestataire web|agence web|imprimeur|imprimerie|community manager|stagiaire|photographe|equipe (?:web|digitale|technique|informatique|it)|graphiste (?:maison|interne)|qui (?:s'occupe|s'occupent|gere|gerent|fait|font|tient|anime|animent) (?:de )?(?:notre|mon|ma|nos|le|la|les) (?:site|page|instagram|insta|reseaux|compte|boutique|appli|application|newsletter)) (?:veut|voudrait|va|vont|compte|souhaite|aimerait|doit|devra|pourra|peut|a besoin de|prevoit de|essaie de|cherche a) (?:[a-z]{2,}(?:er|ir|oir)|[a-z]*(?:prendre|faire|mettre|duire))\b/,
};
