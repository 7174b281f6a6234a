import { phraseRule } from '../../phrase-rule.ts';

/**
 * Payé autrement qu'en argent, ou pas pour une première partie : BSPCE, actions ou commission au lieu d'un forfait,
 * test ou premier mois non rémunéré, baisse du tarif à l'unité, travail qui « ne sera plus payé ».
 */
export default phraseRule({
  id: 'rate-pressure/pas-en-argent',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Pays you in something other than money, or not for the first part: shares, commissions and trials do not pay your bills.',
    fr: 'Vous paie autrement qu’en argent, ou pas pour la première partie : parts, commissions et essais ne paient pas vos factures.',
  },
  cue: /capital|equity|cachet|interessement|bspce|actions|parts|equity|commission|pourcentage|%|remuner|paye|retribu|factur|premier mois|premiere (?:seance|semaine|phase)|budget|plus paye|au lieu|plutot/,
  // Les motifs portent leur propre négation (« n'est pas rémunéré »).
  negatable: false,
  patterns: [
    // « être payée en BSPCE », « rémunéré en actions »
    /\b(?:paye|payee|payes|payees|payer|remunere|remuneree|remunerer|retribue|retribuee|dedommage)\s+(?:\w+\s+){0,3}?en\s+(?:bspce|actions|parts|equity|stock[- ]options|bons d'achat|avoirs|produits|nature)\b/,
    // « plutôt qu'un forfait mensuel, je vous reverserais 10 % des contrats »
    /\b(?:plutot qu|au lieu d|a la place d)'?\s*(?:un |une |le |la |l'|des |d')?(?:(?:hausse|augmentation|revalorisation|rallonge)\s+(?:du|de|de la|des|de votre|de ton)\s+|\w+\s+)?(?:forfait|tarif|facture|paiement|cash|salaire|honoraires|remuneration|fixe|retainer|cachet)\b[^.?!\n]{0,80}?\b(?:bspce|actions|parts|commission|pourcentage|participation au capital|equity|\d+\s?%|reverserai|reverserais|reverserions|interessement|une part (?:des|du|sur les|de nos))/,
    /\b(?:bspce|actions|parts|une commission|un pourcentage|\d+\s?%\s+(?:des|du|sur les|de nos)\s+(?:\w+\s+){0,3}?(?:contrats|ventes|recettes|benefices|revenus))\b[^.?!\n]{0,40}?\b(?:plutot qu|au lieu d|a la place d)/,
    // « ce test n'est pas rémunéré », « un premier mois non payé »
    /\b(?:test|essai|pilote|premier mois|premiere (?:seance|semaine|phase|mission)|echantillon)\b(?:\s+\w+){0,4}?\s+(?:n'est pas|ne sera pas|ne serait pas|non|pas)\s+(?:\w+\s+)?(?:remuneree?s?|payee?s?|retribuee?s?|facturee?s?)\b/,
    /\bpremier mois\s+(?:\w+\s+)?(?:offert|gratuit|gracieux|a l'essai gratuit)\b/,
    // « on n'a quasiment pas de budget, mais niveau visibilité ce serait énorme »
    /\b(?:pas de|quasiment pas de|presque pas de|aucun|zero|peu de|pas vraiment de|pas beaucoup de)\s+budget\b[^.?!\n]{0,60}?\b(?:visibilite|exposition|portfolio|vitrine|reseau|notoriete|pub|publicite)\b/,
    // « 0,06 € le mot au lieu de 0,09 », « ne seront plus payées »
    /\b\d+(?:[.,]\d+)?\s?(?:€|eur|euros?|chf|francs?|\$|dollars?|centimes?)?\s*(?:le|la|par|\/)\s*(?:mot|heure|jour|journee|page|image|minute|article|post|photo|video|seance)\s+(?:au lieu de|plutot que|contre)\s+\d/,
    /\b(?:ne (?:sera|seront|serait|seraient) plus|ne (?:sont|est) plus)\s+(?:\w+\s+)?(?:payee?s?|remuneree?s?|facturables?|retribuee?s?|rembourse(?:e|es|s)?)\b/,
  ],
  unless: [/\b(?:comme (?:tu l'as|vous l'avez) (?:propose|suggere|demande)|a ta demande|a votre demande)\b/],
  examples: {
    fires: [
      'Au lieu d’une hausse de votre tarif, on vous propose une participation au capital.',
      'On pourrait te rémunérer en actions la première année ?',
      'Plutôt qu’un tarif fixe, on te verserait 8 % des ventes en ligne.',
      'Une commission au lieu du forfait, ça vous irait ?',
      'Petite précision : l’essai de traduction n’est pas rémunéré.',
      'On vous propose le premier mois offert pour tester.',
      'On n’a presque pas de budget, mais en visibilité ce serait top pour toi.',
      'Désormais ce sera 0,05 € le mot au lieu de 0,08.',
      'Les répétitions ne seront plus payées à partir de mars.',
    ],
    quiet: [
      'Le test est rémunéré au tarif habituel.',
      'Comme tu l’as proposé, une commission au lieu du forfait nous va.',
      'Le premier mois est facturé normalement.',
      'Nos salariés ont reçu des actions l’an dernier.',
      'Le budget est validé, la facture sera réglée à 30 jours.',
    ],
  },
});
