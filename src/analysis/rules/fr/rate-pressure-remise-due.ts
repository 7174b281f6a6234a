import { phraseRule } from '../../phrase-rule.ts';
import { DISCOUNT_DUE_REASON } from '../shared/rate-reasons.ts';

/**
 * Une remise présentée comme due plutôt que demandée : « une remise de 15 % serait de bon ton », « la facture
 * finale devrait être revue à la baisse », « un geste commercial serait la moindre des choses ».
 */
export default phraseRule({
  id: 'rate-pressure/remise-due',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: DISCOUNT_DUE_REASON,
  // Each pattern's own word for a lower amount gates the rule.
  cue: /de moins|remise|reduction|ristourne|rabais|geste|avoir|decote|baisse|diminu|moins elevee?|reduite?|minoree?|allegee?|moins (?:lourde?|chere?)|(?:devrai|doi)(?:t|ent|vent) etre revue?/,
  patterns: [
    // « une remise de 15 % serait de bon ton », « un geste commercial nous semblerait normal »
    /\b(?:une?|petite?|un petit)\s+(?:\w+\s+)?(?:remise|reduction|ristourne|rabais|geste commercial|geste|avoir|decote|baisse)\b[^.?!\n]{0,50}?\b(?:serait|seraient|semble\w*|paraitr\w*|parait|me semble|nous semble)\s+(?:\w+\s+){0,2}?(?:de bon ton|normale?|logique|la moindre des choses|bienvenue?|justifiee?|de rigueur|appropriee?|legitime|raisonnable|juste|correcte?|de mise|attendue?)\b/,
    // « la facture finale devrait baisser », « le montant final devrait être revu à la baisse »
    /\b(?:facture|solde|montant|total|prix|note|reste a payer)\s+(?:\w+\s+){0,2}?(?:devrait|devraient|doit|doivent|devra|faudrait)\s+(?:\w+\s+){0,2}?(?:baisser|diminuer|etre (?:\w+\s+){0,2}?(?:revue? a la baisse|reduite?|baissee?|moins elevee?|allegee?|moins (?:lourde?|chere?)|minoree?)|etre revue?)\b/,
    // « 20 % de moins sur la facture finale nous paraît juste »
    /\b(?:\d+\s?%|un peu|quelque chose)\s+de moins\s+(?:sur|de)\s+(?:la|le|votre|ta|ton|notre)\s+(?:\w+\s+)?(?:facture|solde|montant|total|prix)\b[^.?!\n]{0,30}?\b(?:serait|semble\w*|parait|paraitr\w*|est)\s+(?:\w+\s+)?(?:juste|normale?|logique|legitime|raisonnable|de bon ton|correcte?)\b/,
    // « il serait logique que la facture finale baisse un peu »
    /\bil (?:serait|semblerait|est|parait) (?:\w+\s+)?(?:logique|normal|juste|legitime|de bon ton)\s+(?:que|qu')\s*(?:la|le|votre|ta|ton)\s+(?:\w+\s+)?(?:facture|solde|montant|total|prix)\s+(?:\w+\s+)?(?:baisse|diminue|soit (?:revue? a la baisse|reduite?|moins))\b/,
  ],
  unless: [
    /\b(?:proposee? a nos clients|vous nous avez propose|tu nous as propose|merci pour (?:la|le|votre|ta) (?:remise|geste))\b/,
  ],
  examples: {
    fires: [
      'Vu le jalon raté, 15 % de moins sur le solde nous paraît juste.',
      'Vu les retards, une baisse de la facture nous semble légitime.',
      'Une remise de 10 % sur la dernière facture serait de bon ton.',
      'Avec ces retards, une réduction sur le solde nous semblerait normale.',
      'Il serait logique que la facture finale diminue un peu.',
      'Un geste commercial sur le solde serait bienvenu.',
      'On estime que le montant final devrait être revu à la baisse.',
      'Une ristourne nous paraîtrait la moindre des choses.',
      'La facture devrait être un peu moins élevée, vu le contexte.',
    ],
    quiet: [
      'La facture finale devrait arriver à la compta lundi.',
      'Le solde devrait être versé d’ici vendredi.',
      'Une remise de 15 % est proposée à nos clients sur la boutique.',
      'Merci pour le geste, c’est très apprécié.',
    ],
  },
});
