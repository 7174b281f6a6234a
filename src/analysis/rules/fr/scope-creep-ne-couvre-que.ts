import { phraseRule } from '../../phrase-rule.ts';

/*
 * Le client rappelle les limites de l'accord à côté d'une demande qui les dépasse : « je sais, ton forfait ne couvre
 * qu'Instagram », « votre contrat ne comprend que les cours du mardi », « on ne l'avait pas mis dans ton devis »,
 * « je sais qu'on avait dit juste le logo, mais… ». Dire ce que couvre l'accord est innocent seul (« le devis ne
 * compte que deux allers-retours, on sera brefs ») : il faut une demande de travail à une phrase ou deux, et un devis
 * ou un paiement à part demandé pour le nouveau travail en fait une commande. Texte replié : sans accents.
 */

/** Le nom de l'accord. */
const ACCORD = String.raw`(?:forfait|contrat|devis|mission|entente|soumission|offre|proposition|abonnement|cahier des charges|bon de commande|commande|prestation|budget)`;

/** Une demande de travail, avant ou après : « tu pourrais », « est-ce que vous pourriez », « ça te dirait de ». */
const DEMANDE = String.raw`\b(?:pourr(?:ais|ait|iez)|peux-tu|pouvez-vous|tu peux|vous pouvez|serai[st]-tu|seriez-vous|aimerai[st]|aimerions|voudrai[st]|voudrions|faudrait|est-ce que (?:tu|vous)|ca te dirai[st]|ca vous dirai[st]|ca te tenterai[st]|ca vous tenterai[st])\b(?![^.?!\n]{0,40}\b(?:envoyer|envoyez|envoie|transmettre|confirmer|dire combien|devis|chiffr\w*|facture\w*|combien|a part|separement|en supplement)\b)`;

/** « Ne couvre que », « ne comprend que », « ne prévoit que », « c'est juste pour ». */
const SEULEMENT = String.raw`(?:ne (?:couvr|compren|comprenn|prevoi|inclu|concern|port)[a-z]* qu(?:e|')|(?:couvre|comprend|prevoit|inclut|concerne) (?:seulement|uniquement|juste))`;

/** « On ne l'avait pas mis dans ton contrat », « nous n'avions pas prévu ça dans votre devis ». */
const PAS_MIS = String.raw`(?:on|nous|je) (?:ne |n')(?:l'|les |les avait |l'avait |les avions |l'avions )?(?:avai(?:s|t)|avions|a|avons|ai)? ?(?:pas|jamais) (?:mis|mise?s?|prevu|prevue?s?|inclus|incluse?s?|compte|comptee?s?|integre|integree?s?|budgete)(?: (?:ca|cela|ces [a-z]+|cette [a-z]+|ce [a-z]+))? (?:dans|a) (?:le |la |l'|ton |ta |votre |notre )?${ACCORD}`;

/** « Je sais qu'on avait dit juste le logo », « on s'était entendus seulement sur la cuisine ». */
const ON_AVAIT_DIT = String.raw`(?:je sais|on sait|nous savons|certes|d'accord|je me doute)\b,? (?:que |qu')?(?:on|nous|vous|tu) (?:avai(?:t|s)|avions|aviez|avons|a|s'etait|s'etaient|s'est|etait|etions) (?:dit|convenu|signe|entendus?|mis d'accord|parle|prevu)(?: (?:sur|pour|de))? (?:juste|seulement|uniquement)\b`;

/** Une demande de travail dans les 200 caractères après la concession, ou avant elle. */
const AUTOUR = String.raw`(?:(?=[\s\S]{0,200}?${DEMANDE})|(?<=${DEMANDE}[\s\S]{0,260}))`;

export default phraseRule({
  id: 'scope-creep/ne-couvre-que',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Asks for work next to saying the agreement does not cover it: it needs a separate quote.',
    fr: 'Demande un travail tout en reconnaissant que le contrat ne le couvre pas : il faut un devis à part.',
  },
  cue: /\b(?:ne (?:couvr|compren|prevoi|inclu|concern|port)\w*|seulement|uniquement|juste|(?:pas|jamais) (?:mis|mise?s?|prevue?s?|inclus|incluse?s?|comptee?s?|integree?s?|budgete))\b/,
  // Each pattern starts at the concession, rare in mail, then looks for the request after it or before it.
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:(?:ton|ta|votre|le|la|notre) |l')${ACCORD}(?: [a-z'-]+){0,2} ${SEULEMENT})${AUTOUR}`,
    ),
    new RegExp(String.raw`\b(?<phrase>${PAS_MIS})\b${AUTOUR}`),
    new RegExp(String.raw`\b(?<phrase>${ON_AVAIT_DIT})${AUTOUR}`),
  ],
  negatable: false,
  unless: [
    // Un devis ou un paiement à part pour le nouveau travail en fait une commande.
    /\b(?:devis (?:complementaire|separe|a part|supplementaire|distinct)|(?:un|une) (?:nouveau |nouvel |petit |autre )?(?:devis|chiffrage|estimation)|chiffr\w*|combien|on te paiera|nous vous paierons|en supplement|a part|facture\w* separee?s?)\b/,
    // Rappeler la limite pour s'y tenir : « le devis ne compte que deux allers-retours, on sera brefs ».
    /\b(?:on (?:s'y|va s'y) tien\w*|on sera brefs?|rien de plus|pas besoin|ne t'inquiete pas|ne vous inquietez pas)\b/,
  ],
  examples: {
    fires: [
      'Tu pourrais nous ouvrir un compte Pinterest et y poster nos photos ? Je sais, ton forfait ne couvre que Facebook.',
      'Votre contrat ne comprend que les cours du mardi, mais seriez-vous disponible pour animer la fête de fin d’année ?',
      "On ne l'avait pas mis dans ton devis, mais tu pourrais nous faire aussi les cartes de visite ?",
      'Nous n’avions pas prévu ça dans votre mission : pourriez-vous reprendre aussi la gestion du site ?',
      "Je sais qu'on avait dit juste la cuisine, mais ça te tenterait de refaire la salle de bain ?",
      "L'entente couvre seulement les plans, mais tu pourrais faire le suivi des travaux ?",
    ],
    quiet: [
      'Le devis ne couvre que deux allers-retours, on sera brefs dans nos retours. Tu peux avancer ?',
      'Ton forfait ne couvre que Facebook ; pourrais-tu nous faire un devis pour Pinterest ?',
      "Je sais qu'on avait dit juste le logo, et c'est tout ce qu'il nous faut. Pourrais-tu envoyer la facture ?",
      'Votre contrat ne comprend que les cours du mardi. Pourriez-vous nous dire combien coûterait un atelier en plus ?',
      "On n'avait pas prévu d'impression dans le budget, on s'en chargera.",
    ],
  },
});
