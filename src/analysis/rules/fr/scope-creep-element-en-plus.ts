import { phraseRuleGroups } from '../shared/cued-groups.ts';
import { EACH_PLACE_FR, PLACE_FR } from '../shared/placed-element.ts';

/*
 * Un élément nouveau glissé dans un livrable : « un lexique à la fin du livret serait un vrai plus »,
 * « on aimerait aussi une citation en couverture », « - un pictogramme à placer en haut de chaque
 * fiche ». La marque : une chose indéfinie (un, une, des) placée dans une partie du travail (voir
 * shared/placed-element.ts) et souhaitée en plus (« en plus », « aussi », « un vrai plus », « ce
 * serait top ») ; redire ce qui existe (« le sommaire est un vrai plus ») n'a pas de chose nouvelle.
 */
// Mot à mot plutôt que lettre à lettre : le lieu n'est cherché qu'au début d'un mot.
const NOUVEAU = String.raw`(?:un|une|des|quelques|deux|trois)\s+(?:[\w'-]+,?\s+){0,8}?`;
const SOUHAIT = String.raw`(?:avoir|ajouter|rajouter|mettre|placer|inserer|integrer|glisser|prevoir|aimerai(?:s|t|ent)|aimerions|voudrai(?:s|t|ent)|voudrions|faudrait|faudra)`;
const EN_PLUS = String.raw`\b(?:en plus|aussi|egalement|en prime|en bonus)\b(?!\s+(?:sobre|simple|clair|fonce|grand|petit|gros|court|long|lisible|visible|leger|moderne))`;
const UN_PLUS = String.raw`(?:serai(?:en)?t|ce serait|ca serait|ce sera)\s+(?:vraiment |aussi |clairement |franchement |carrement )?(?:un (?:(?:vrai|gros|beau|sacre|reel|petit|joli|grand|net)\s+)?(?:plus|bonus|atout)|le top|top|genial|ideal|parfait|chouette|super|bienvenue?s?|bien)\b`;

export default phraseRuleGroups(
  {
    id: 'scope-creep/element-en-plus',
    category: 'scope_creep',
    lang: 'fr',
    confidence: 0.7,
    reason: {
      en: 'Asks for a new element inside the work (a page, a chart, a section) on top of what was agreed: it needs quoting.',
      fr: 'Demande un élément nouveau dans le travail (une page, un graphique, une rubrique) en plus de ce qui était convenu : à chiffrer.',
    },
    unless: [
      // Parler, se voir ou payer n'est pas un élément du travail ; ce que le client fournit se place, ne se crée pas.
      /\b(?:appels?|reunions?|points? (?:d'etape|rapide)|rendez-vous|cafe|dejeuner|retours?|factures?|devis|combien|on te paiera|nous vous paierons|ci-joint|en piece jointe|voici|(?:je|j'|on|nous) (?:t'|vous )?(?:ai|a|avons) (?:envoye|transmis|joint|fourni))\b/,
      /\b(?:a la place|au lieu|comme (?:prevu|convenu))\b/,
      // Une copie, un point ou un avis n'est pas un élément nouveau : « on aimerait aussi une copie du rapport en PDF ».
      /\b(?:un|une|des) (?:point|avis|apercu|idee|date|delai|estimation|planning|echeancier|copies?|exemplaires?|confirmation|reponse|nouvelles|precisions?|explications?|lien de (?:telechargement|partage)|mot d'explication)\b/,
    ],
    examples: {
      fires: [
        'Un petit lexique à la fin du livret serait un vrai plus.',
        "Ce serait top d'avoir une carte des magasins dans le rapport annuel, en plus.",
        'On aimerait aussi une citation de la fondatrice en couverture.',
        "Une chronologie en première page serait un gros plus, ainsi qu'une petite icône en haut de chaque fiche.",
        "Un mot d'accueil en vidéo sur la page d'accueil, ce serait le top.",
        'Quelques idées pour le livret :\n- un pictogramme à placer en haut de chaque fiche',
        'Est-ce que tu pourrais mettre un graphique des ventes annuelles dans le rapport en plus ?',
        'Il faudrait aussi un encadré témoignage à la fin de chaque chapitre.',
      ],
      quiet: [
        'Ta réactivité est un vrai plus.',
        'Le sommaire à la fin du livret est un vrai plus, merci !',
        'Ce serait top d’avoir le rapport avant vendredi.',
        'Une réponse rapide serait un vrai plus.',
        'Voici des photos à mettre sur chaque fiche produit.',
        'Un point rapide en fin de semaine serait bien.',
        'On aimerait aussi une copie du rapport en PDF.',
        "J'aimerais aussi un point sur l'avancement du site.",
      ],
    },
  },
  [
    // Souhaité comme un plus : « … serait un vrai plus », « ce serait top », « un plus d'avoir … ».
    {
      cue: /\b(?:serai(?:en)?t|ce sera)\b|\b(?:plus|bonus|atout) d'/,
      patterns: [
        // « Une chronologie en première page serait un vrai plus. »
        new RegExp(String.raw`\b${NOUVEAU}\b${PLACE_FR}[^.?!\n]{0,40}?\b${UN_PLUS}`),
        // « Ça serait un plus d'avoir un sommaire cliquable dans le PDF. »
        new RegExp(
          String.raw`\b(?:plus|bonus|atout)(?<=\bun (?:(?:vrai|gros|beau|sacre|reel|petit|net)\s+)?(?:plus|bonus|atout)) (?:d'avoir|d'ajouter|de mettre|de prevoir|d'integrer|de glisser|si (?:tu|vous) (?:ajout|mett|prevo|integr)\w*)\s+${NOUVEAU}\b${PLACE_FR}`,
        ),
      ],
    },
    // Souhaité en plus : « on aimerait aussi … en couverture », « … dans le rapport, en plus ».
    {
      cue: /\b(?:en plus|aussi|egalement|en prime|en bonus)\b/,
      patterns: [
        // « Ce serait top d'avoir une carte des magasins dans le rapport, en plus. »
        new RegExp(String.raw`\b${SOUHAIT}\s+${NOUVEAU}\b${PLACE_FR}[^.?!\n]{0,40}?${EN_PLUS}`),
        // « On aimerait aussi une citation de la fondatrice en couverture. »
        new RegExp(String.raw`\b${SOUHAIT}\s+(?:aussi|egalement|en plus)\s+${NOUVEAU}\b${PLACE_FR}`),
      ],
    },
    // Listé pour être placé : « - un pictogramme à placer en haut de chaque fiche ».
    {
      cue: /\ba (?:mettre|placer|ajouter|rajouter|inserer|integrer|prevoir|glisser)\b/,
      patterns: [
        // « - un pictogramme à placer en haut de chaque fiche »
        new RegExp(
          String.raw`\b${NOUVEAU}\ba (?:mettre|placer|ajouter|rajouter|inserer|integrer|prevoir|glisser)\s+${EACH_PLACE_FR}`,
        ),
      ],
    },
  ],
);
