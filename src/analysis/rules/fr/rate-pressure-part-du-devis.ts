import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/**
 * Un plafond exprimé en part du prix du freelance : « pas au-delà de 70 % de votre estimation », « les deux tiers
 * du devis, pas plus ». Le mot qui limite fait le plafond ; un acompte ou une part décrite (« 30 % du devis à la
 * commande ») reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/part-du-devis',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  // Le plafond se dit souvent par la négation (« on ne pourra pas dépasser ») : elle ne l'annule pas.
  negatable: false,
  cue: /(?:%|pour ?cent|tiers|quarts|moitie) (?:du|de (?:votre|ton|la|notre|l'|ce|cette))/,
  patterns: [
    /\b(?:pas plus de|plus de|au-dela de|au dela de|depasser|jusqu'a|au maximum|maximum|max|pour|que|limite\w* a|plafon\w* a|seulement)\s+(?:\w+\s+){0,2}?(?:\d{1,2}(?:[.,]\d)?\s?(?:%|pour ?cent)|(?:les )?(?:deux|trois) (?:tiers|quarts)|la moitie)\s+(?:du|de (?:votre|ton|la|notre|l'|ce|cette))\s*(?:montant (?:du|de (?:votre|ton|la))\s*)?(?:devis|estimation|prix|offre|proposition|somme|montant|tarif)\b/,
    // le plafond après la part : « 70 pour cent de votre estimation, au maximum »
    /(?:\d{1,2}(?:[.,]\d)?\s?(?:%|pour ?cent)|(?:les )?(?:deux|trois) (?:tiers|quarts)|la moitie)\s+(?:du|de (?:votre|ton|la|notre|l'|ce|cette))\s*(?:devis|estimation|prix|offre|proposition|somme|montant|tarif)\b[^.?!\n]{0,20}?\b(?:au (?:grand )?maximum|max\b|pas plus|tout au plus|guere plus)/,
    // une part demandée comme prix : « tu pourrais le faire à 70 % du devis ? », « ce serait possible à environ
    // 60 % de ton tarif ? » (la demande regardée en arrière une fois la part trouvée)
    /\ba\s+(?:environ\s+|peu pres\s+|grosso modo\s+|genre\s+|seulement\s+|juste\s+)?(?:\d{1,2}(?:[.,]\d)?\s?(?:%|pour ?cent)|(?:les )?(?:deux|trois) (?:tiers|quarts)|la moitie)\s+(?:du|de (?:votre|ton|la|notre|l'|ce|cette))\s*(?:devis|estimation|prix|offre|proposition|somme|montant|tarif)\b(?<=\b(?:pourr\w+|pouv\w+|peux|peut|possible|envisageable|accept\w+|fai\w+|fer\w+|realis\w+|livr\w+|ok|d'accord|partant\w*)\b[^.?!\n]{0,60})/,
  ],
  unless: [/\b(?:acompte|a la commande|a la signature|a la livraison|comme convenu|comme prevu)\b/],
  examples: {
    fires: [
      'Tu pourrais le faire à 70 % du devis ?',
      'Vous accepteriez de le réaliser à environ 60 % de votre estimation ?',
      'Ce serait possible à 75 % de ton tarif, vu le contexte ?',
      'Tu serais partant pour livrer à la moitié du prix proposé ?',
      'Ce serait 70 pour cent de votre estimation, au maximum.',
      'Pas plus de 70 % du montant du devis.',
      'Nous pouvons aller jusqu’à 65 % de la somme proposée, pas au-delà.',
      'Au maximum 60 % de ton estimation, désolé.',
      'On ne pourra pas dépasser les deux tiers de votre devis.',
    ],
    quiet: [
      'On est déjà à 70 % du budget.',
      "L'impression représente environ 60 % de votre devis.",
      'Tu peux envoyer la facture de l’acompte à 30 % du devis ?',
      'Le versement de 40 % du devis à la commande, comme prévu.',
      "L'acompte représente 30 % du montant du devis.",
      "L'impression représente 25 % de votre devis.",
    ],
  },
});
