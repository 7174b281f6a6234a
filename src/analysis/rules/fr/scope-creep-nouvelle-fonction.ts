import { phraseRule } from '../../phrase-rule.ts';
import { NEW_FEATURE_REASON } from '../shared/new-feature.ts';

/*
 * Une nouvelle fonction pour un tableau de bord, une appli ou un site livrés, souhaitée sans « aussi » : « il nous
 * faudrait un export CSV mensuel pour le conseil et un onglet budget avec deux scénarios ». Les mots de fonction sont
 * des pièces d'un outil construit : un point ou un appel souhaités restent muets. Texte replié : sans accents.
 */
const FONCTION = String.raw`(?:onglets?|exports?|widgets?|filtres?|modules?|integrations?|fonctionnalites?|fonctions?|alertes?|notifications?|simulateurs?|calculateurs?|chatbots?|mode sombre|barre de recherche)`;
const SOUHAIT = String.raw`(?:il (?:nous|me) (?:faudrait|faut)|on (?:aimerait|voudrait|a besoin d'|aurait besoin d')|nous (?:aimerions|voudrions|aurions besoin d')|j'(?:aimerais|aurais besoin d')|je voudrais|(?:ce|ca) serait (?:top|bien|super|genial|ideal|parfait|chouette|pratique) d'(?:avoir|ajouter)|(?:l'appli|l'application|le site|le tableau de bord|le dashboard|l'outil|le portail) pourrai(?:t|ent) (?:avoir|proposer))`;

export default phraseRule({
  id: 'scope-creep/nouvelle-fonction',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: NEW_FEATURE_REASON,
  // Chaque motif demande l'un de ces mots : la plupart des messages sautent la règle.
  cue: /\b(?:onglets?|exports?|widgets?|filtres?|modules?|integrations?|fonctionnalites?|fonctions?|alertes?|notifications?|simulateurs?|calculateurs?|chatbots?|mode sombre|barre de recherche)\b/,
  patterns: [
    new RegExp(
      String.raw`\b${SOUHAIT}[^.?!\n]{0,25}?(?<phrase>\b(?:un|une) (?:[a-z0-9-]+ ){0,3}?${FONCTION})\b(?! (?:de|des) (?:vos|tes|nos) (?:factures|devis|contrats|notes de frais)\b)`,
    ),
  ],
  unless: [
    // Une première demande ou une commande payée n'est pas une dérive : « combien coûterait un module de réservation ? ».
    /\b(?:devis|tarifs?|combien|chiffrage|chiffrer|estimation|on (?:vous )?paiera|facturer a part|en supplement)\b/,
    // Activé dans les réglages, pas construit : « une notification quand les fichiers sont en ligne ».
    /\b(?:(?:alerte|notification) (?:quand|des que|lorsque)|activer|desactiver)\b/,
  ],
  examples: {
    fires: [
      'Merci pour le tableau de bord. Il nous faudrait un export CSV mensuel pour le conseil et un onglet budget.',
      'On aimerait un onglet prévisions avec trois scénarios.',
      "Ce serait top d'avoir un export PDF hebdo pour les associés.",
      "L'appli pourrait avoir un mode sombre ? Nos équipes de nuit le demandent.",
      "J'aimerais un filtre par région sur la carte.",
      'Nous aurions besoin d’une intégration avec Slack pour les commerciaux.',
      'Tu sais quoi, on voudrait une alerte mail pour les stocks bas.',
    ],
    quiet: [
      'On exporte un CSV chaque semaine pour le conseil.',
      'On aimerait un point hebdo pour passer les chiffres en revue.',
      'Il nous faudrait un module de réservation : combien cela coûterait-il ?',
      'On aimerait une notification quand les fichiers sont en ligne.',
      "J'aimerais un export de vos factures pour notre comptable.",
      "L'onglet budget marche très bien, merci.",
    ],
  },
});
