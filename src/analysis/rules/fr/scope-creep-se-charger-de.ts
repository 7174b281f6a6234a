import { phraseRule } from '../../phrase-rule.ts';

/*
 * Les courses et démarches du client confiées au prestataire : « pourriez-vous vous charger de commander les plants
 * chez le pépiniériste », « tu pourrais t'occuper de réserver le traiteur », « on aimerait que vous vous occupiez de
 * recruter les figurants ». Acheter, réserver, recruter ou relancer pour le client est une tâche nouvelle, à côté de
 * la mission, comme un travail nommé puis confié « en plus » (« pourriez-vous vous en charger aussi ? »). Restent à l'écart : la salle d'une réunion, la facture et ce que le client fait lui-même. Texte replié.
 */
export default phraseRule({
  id: 'scope-creep/se-charger-de',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Hands you errands of the client’s own (ordering, booking, hiring), beside the agreed job: scope creep.',
    fr: 'Vous confie des démarches du client (commander, réserver, recruter), à côté de la mission : du travail hors périmètre.',
  },
  cue: /charger|occuper|occupes|occupiez|occupiez/,
  patterns: [
    /\b(?:vous|te|t')\s*(?:charger|chargiez|charges|occuper|occupiez|occupes)\s+(?:aussi\s+|egalement\s+)?(?:de|d')\s*(?:commander|acheter|reserver|recruter|relancer|embaucher|trouver|denicher|aller chercher|recuperer|faire livrer|negocier avec)\s+(?:le|la|les|l'|des|du|un|une|nos|notre)\b(?<=\b(?:pourr\w+|peux|pouvez|possible|souhait\w+|aimer\w+|voudr\w+|faudrait|besoin|merci|envisageable)\b[^.?!\n]{0,40})/,
    // « Pourriez-vous vous en charger aussi ? », « tu pourrais aussi t'en occuper ? » : le travail nommé juste avant, repris
    // par « en », confié en plus.
    /\b(?:(?:vous|te|t')\s*en\s+(?:charger|occuper)\s+(?:aussi|egalement)|(?:aussi|egalement)\s+(?:vous|te|t')\s*en\s+(?:charger|occuper))\b(?<=\b(?:pourr\w+|peux|pouvez|possible|envisageable|jouable)\b[^.?!\n]{0,45})/,
  ],
  unless: [
    /\b(?:salle|reunion|visio|facture|devis|nous-memes|moi-meme|en interne|on s'en charge|nous nous en chargeons)\b/,
  ],
  examples: {
    fires: [
      'Pourriez-vous vous charger de commander les plants chez le pépiniériste ?',
      "Tu pourrais t'occuper de réserver le traiteur pour l'inauguration ?",
      'On aimerait que vous vous occupiez de recruter les figurants.',
      'Serait-il possible de vous charger aussi de relancer les artisans ?',
      "Merci de t'occuper de trouver un imprimeur pour les affiches.",
      'La mairie exige maintenant un plan de gestion des déchets. Pourriez-vous vous en charger aussi ?',
      "Il nous manque aussi une notice en allemand : tu pourrais aussi t'en occuper ?",
      'Le site aura besoin d’une version mobile, pouvez-vous vous en occuper également ?',
    ],
    quiet: [
      'Pourriez-vous vous charger de réserver la salle pour la réunion ?',
      "Je vais m'occuper de commander les plants, ne t'en fais pas.",
      'Tu pourrais t’occuper de la facture avant vendredi ?',
      'Nous allons nous charger de recruter les figurants en interne.',
      'Le dossier est complet, nous allons nous en charger aussi en interne.',
      'Pourriez-vous vous en charger avant vendredi ?',
    ],
  },
});
