import type { Lang } from '../types.ts';

/**
 * A weekend or an evening that belongs to a third party doing its own job: "the pool company fills the pool this
 * weekend", "the lab closes orders tonight", « l'entreprise remplit le bassin ce week-end », « le labo ferme les
 * commandes ce soir ». The moment is theirs; a third party needing or wanting something then still asks for it.
 */
export const THIRD_PARTY_MOMENT: Record<Lang, RegExp> = {
  en: /\b(?:the|our) (?:[a-z-]+ ){0,2}?(?:company|firm|contractors?|builders?|plumbers?|electricians?|lab|printers?|courier|council|suppliers?|caterers?|crew|landlord|installers?|painters?|roofers?|gardeners?|cleaners?|movers?|venue|bank|shop)\s+(?!(?:needs?|wants?|expects?|requires?|asks?|will need|would like|has asked)\b)(?:[a-z]+s|is|are|will|'ll)\b[^.?!\n]{0,40}?\b(?:(?:this|on|over the|next) (?:weekend|saturday|sunday|evening)|tonight)\b/,
  fr: /\b(?:l'|le |la |les )(?:entreprise|societe|artisans?|plombiers?|electriciens?|livreurs?|transporteurs?|imprimeur|imprimerie|labo|laboratoire|mairie|fournisseurs?|installateurs?|peintres?|menuisiers?|macons?|couvreurs?|paysagistes?|traiteurs?|prestataires?|proprietaires?|voisins?|salle|banque)\b(?: (?:de|du|des|d') ?[a-z']+)?\s+(?!(?:doit|doivent|devra|veut|voudrait|attend|a besoin)\b)(?:[a-z]+(?:e|t|ent|ont|a)|est|sont|sera|seront)\b[^.?!\n]{0,40}?\b(?:ce|pendant le|durant le) (?:week-?end|samedi|dimanche|soir)\b/,
};
