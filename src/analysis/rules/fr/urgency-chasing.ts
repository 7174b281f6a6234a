import { phraseRule } from '../../phrase-rule.ts';

/** Chasing within hours or for the umpteenth time: "je t'ai écrit il y a une heure", "toujours rien ?". */
export default phraseRule({
  id: 'urgency/chasing',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Chases you for an answer after a very short wait, as if you had to reply at once.',
    fr: 'Vous relance après une attente très courte, comme si vous deviez répondre sur-le-champ.',
  },
  cue: /il y a|toujours|\?\?|relance|pourquoi/,
  patterns: [
    /\b(?:envoye|ecrit|appele|demande|relance)\b[^.!?\n]{0,40}\bil y a (?:\d{1,3}|une|deux|trois|quelques|une demi-) ?(?:minutes?|heures?|h\b|demi-heure)/,
    /\btoujours (?:rien|pas de (?:nouvelles|reponse|retour))\s*\?/,
    /\b(?:des nouvelles|allo|alors)\s*\?{2,}/,
    /\b(?:deuxieme|troisieme|2e|3e|\d+e|nouvelle|derniere) relance\b|\bje (?:te |vous )?relance (?:encore|a nouveau|une nouvelle fois|pour la (?:deuxieme|troisieme|\d+e) fois)\b/,
    /\bpourquoi (?:tu ne|tu n'|vous ne|vous n')(?:as|avez|reponds|repondez)\b[^.!?\n]{0,20}\b(?:repondu|rappele|reponds|repondez|pas)\b/,
  ],
  unless: [
    /\bil y a (?:\d+|quelques|deux|trois) (?:jours|semaines|mois)\b/,
    // Reprocher un silence du soir ou du week-end, c'est exiger d'être joignable, pas presser un rendu.
    /\b(?:hier|cette nuit|la nuit|ce week-end|le week-end|samedi|dimanche|a (?:2[0-3]|19) ?h)\b/,
  ],
  negatable: false,
  examples: {
    fires: [
      "Je t'ai envoyé le fichier il y a une heure, tu l'as vu ?",
      'Toujours rien ?',
      'Des nouvelles ??',
      'Troisième relance pour la bannière.',
      "Pourquoi tu n'as toujours pas répondu ?",
    ],
    quiet: [
      'Je vous ai envoyé le brief il y a deux semaines, vous l’avez bien reçu ?',
      'Petite relance amicale concernant le devis de mars.',
      'Toujours partants pour le projet ?',
      "Pourquoi tu n'as pas répondu à mon appel hier soir ?",
    ],
  },
});
