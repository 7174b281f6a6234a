import { phraseRule } from '../../phrase-rule.ts';

/*
 * Un appel avec le client calé chaque jour à heure fixe, souvent dit comme un nom dans une liste de conditions
 * (« un call chaque matin à 9h30 », « point quotidien de 15 minutes à 8h45 », « visio tous les jours à 18h ») :
 * le rythme quotidien et l'heure fixe ensemble en font un créneau imposé. rituels-d-equipe et reporting demandent un
 * verbe qui y met le lecteur. Les réunions du client lui-même (« j'ai un point tous les matins à 9h ») restent muettes.
 */
const APPEL = String.raw`(?:call|appel|coup de fil|point|visio|zoom|teams|meet|reunion|brief|briefing|debrief|stand-?up|daily|synchro|check-?in)`;
const CHAQUE_JOUR = String.raw`(?:(?:chaque|tous les)\s+(?:matins?|soirs?|jours?|midis?|jours ouvres|jours ouvrables)|quotidien(?:ne)?|journalier(?:e)?)`;
const HEURE = String.raw`\d{1,2}\s?h(?:\s?\d\d)?\b`;

export default phraseRule({
  id: 'availability-control/appel-quotidien',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Books you into a call at a set hour every day: a client can ask for updates, but your day is yours to plan.',
    fr: 'Vous impose un appel à heure fixe chaque jour : un client peut demander des nouvelles, mais votre journée vous appartient.',
  },
  cue: /^(?=[\s\S]*?\b(?:chaque|tous les|quotidien|journalier))[\s\S]*?\d\s?h/,
  patterns: [
    // « un call chaque matin à 9h30 », « une visio tous les jours vers 18h », « un point quotidien de 15 min à 8h45 »
    new RegExp(
      String.raw`\b(?:un|une|le|la|ce|cette)\s+(?:petit\s+|petite\s+|court\s+|courte\s+|rapide\s+)?${APPEL}\s+(?:(?:avec|de)\s+(?:moi|nous|l'equipe)\s+)?${CHAQUE_JOUR}\s+(?:(?:de|d')\s*(?:\d+|cinq|dix|quinze|vingt|trente)\s*(?:min|minutes)\s+)?(?:a|vers|des)\s+${HEURE}`,
    ),
    // « - Point quotidien à 8h45 avec l'équipe, caméra allumée »
    new RegExp(
      String.raw`(?:^|[*•:-])[ \t]*(?:un\s+|une\s+)?(?:petit\s+)?${APPEL}\s+${CHAQUE_JOUR}\s+(?:(?:de|d')\s*(?:\d+|cinq|dix|quinze|vingt|trente)\s*(?:min|minutes)\s+)?(?:a|vers|des)\s+${HEURE}`,
      'm',
    ),
  ],
  unless: [
    /\b(?:j'ai|nous avons|on a|j'anime|nous animons|l'equipe a|l'equipe fait|on fait|nous faisons|je fais)\s+(?:deja\s+)?(?:un|une|le|la|notre|mon|ma)\b/,
    /\b(?:apres|avant|en dehors de|sauf pendant)\s+(?:mon|ma|notre|le|la)\s+(?:\w+\s+)?(?:call|appel|point|visio|reunion)\b/,
    /\b(?:facultati\w+|si (?:tu veux|vous voulez|tu as le temps|vous avez le temps)|pas oblige\w*|pas (?:besoin|la peine)|en interne)\b/,
  ],
  examples: {
    fires: [
      "Jusqu'à la mise en ligne, je veux un call chaque matin à 9h pour faire le point.",
      'On aimerait une visio tous les jours vers 18h avec toi.',
      'Un point quotidien de 15 minutes à 8h45, caméra allumée, merci.',
      '- Appel chaque soir à 19h pour valider la journée',
      'Il nous faut un petit brief tous les matins dès 8h.',
      'À partir de lundi : un coup de fil avec moi chaque jour à 17h30.',
      'Je souhaite une réunion journalière à 10h avec vous, le temps du chantier.',
    ],
    quiet: [
      "J'ai un call tous les matins à 9h, je te réponds après.",
      'Après mon point quotidien de 9h, je vous envoie les retours.',
      "L'équipe fait un stand-up chaque matin à 9h30, tu n'es pas obligé d'y être.",
      'Un appel jeudi à 9h, ça te va ?',
      'La newsletter part chaque matin à 7h.',
      'Le magasin ouvre tous les jours à 10h.',
    ],
  },
});
