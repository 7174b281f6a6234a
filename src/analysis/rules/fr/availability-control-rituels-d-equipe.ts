import { phraseRule } from '../../phrase-rule.ts';

/*
 * Les rituels de l'équipe imposés au prestataire : rétros, plannings de sprint, revues, points avec
 * le client chaque matin (« tu devrais venir à notre rétro du vendredi aussi », « un point de 10
 * minutes avec moi chaque matin »). mandatory-meetings lit « obligatoire » et les dailies ; celle-ci lit
 * un rituel avec un rythme (ou un pluriel de rituels) mis à la charge du prestataire. Une invitation
 * facultative ou un rituel interne restent calmes.
 */
const RITUEL = String.raw`(?:retros?|retrospectives?|sprint plannings?|plannings? de sprint|reunions? de (?:planification|planning|service|production|suivi|sprint)|planifications?|revues? de sprint|sprint reviews?|reviews?|demos?|points? d'equipe|points? hebdo\w*|weekly|daily|dailies|stand-?ups?|comites?|reunions? d'equipe|synchros?|points?|visios?|reunions?|rituels|ceremonies)`;
const JOURS = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;
const RYTHME = String.raw`(?:(?:chaque|tous les|toutes les)\s+(?:jours?|matins?|soirs?|semaines?|mois|sprints?|${JOURS}s?|deux semaines|quinze jours)|du\s+${JOURS}|hebdo\w*|quotidien\w*|mensuel\w*)`;
const IMPOSE = String.raw`(?:(?:tu|vous)\s+(?:devrais|devriez|dois|devez|devras|devrez|participeras|participerez|assisteras|assisterez|seras|serez|rejoindras|rejoindrez|viendras|viendrez)|merci de|merci d'|(?:je|on) compte sur (?:ta|votre) presence|on s'attend a ce que (?:tu|vous) (?:sois|soyez)|il faudrait que (?:tu|vous)|il faut que (?:tu|vous)|(?:je|on|nous)\s+(?:te|vous)\s+(?:veux|voudrais|voudrions|attends|attend|attendons))`;

export default phraseRule({
  id: 'availability-control/rituels-d-equipe',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Puts you into the team’s recurring rituals (retros, plannings, daily syncs): a client can invite you, but your time is yours to schedule.',
    fr: 'Vous intègre aux rituels récurrents de l’équipe (rétros, plannings, points quotidiens) : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /\b(?:retro|sprint|planning|planification|revue|review|demo|point|weekly|daily|dailies|stand-?up|comite|reunion|synchro|call|visio|appel|rituel|ceremonie)/,
  patterns: [
    // « te connecter chaque matin à notre point d'équipe », « votre présence à notre réunion du lundi matin »
    /\b(?:te|vous)\s+(?:connecter|joindre|brancher)\s+(?:chaque|tous les)\s+(?:matins?|jours?|soirs?)\s+(?:a|au|sur)\s+(?:notre|la|le|nos)\s+(?:[\w']+\s+)?(?:point|reunion|daily|stand-?up|call|visio|synchro)/,
    /\b(?:votre|ta)\s+presence\s+(?:a|aux)\s+(?:(?:notre|nos|la|le|l')\s*)?(?:[\w']+\s+){0,2}?(?:reunions?|points?|daily|stand-?ups?|comites?)\s+(?:[\w']+\s+){0,2}?(?:du|de chaque|chaque|tous les)\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|matins?|semaines?)\b/,
    // « tu devrais venir à notre rétro du vendredi aussi », « vous participerez à notre réunion de planification chaque lundi »
    new RegExp(
      String.raw`\b${IMPOSE}\s*(?:[\w']+\s+){0,2}?(?:(?:a|au|aux|a la|a l'|de|des|a nos|a notre|de nos)\s*)?(?:notre|nos|la|le|les|l')?\s*(?:[\w'-]+\s+){0,2}?${RITUEL}\b[^.?!\n]{0,40}?${RYTHME}`,
    ),
    // « tu seras de nos rétros et de nos plannings » : des rituels au pluriel reviennent.
    /\b(?:tu seras|vous serez|tu participeras|vous participerez|tu assisteras|vous assisterez)\s+(?:a|aux|de)\s+(?:toutes\s+|tous\s+)?(?:nos|les)\s+(?:retros|retrospectives|sprint plannings|plannings|revues de sprint|sprint reviews|ceremonies|rituels|dailies|stand-?ups|points d'equipe|reunions d'equipe)\b/,
    // « un point de 10 minutes avec moi chaque matin à 9h »
    new RegExp(
      String.raw`\b(?:un|une)\s+(?:petit\s+|petite\s+|court\s+|courte\s+|rapide\s+)?(?:point|call|visio|appel|reunion|daily|stand-?up|brief|debrief|synchro)\s+(?:rapide\s+)?(?:de\s+(?:\d+|[a-z]+)\s*(?:min(?:utes?)?|mn)\s+)?avec\s+(?:moi|nous|toi|vous|l'equipe|mon equipe)\s+(?:chaque|tous les)\s+(?:matins?|jours|soirs?|${JOURS}s?)`,
    ),
    // « chaque matin à 9h, un point de dix minutes avec moi » : le rythme d'abord, puis le rendez-vous.
    new RegExp(
      String.raw`\b(?:chaque|tous les)\s+(?:matins?|jours|soirs?|${JOURS}s?)\b[^.?!\n]{0,20}?\b(?:un|une)\s+(?:petit\s+|petite\s+|court\s+|courte\s+|rapide\s+)?(?:point|call|visio|appel|reunion|daily|stand-?up|brief|debrief|synchro)\b[^.?!\n]{0,30}?\bavec\s+(?:moi|nous)\b`,
    ),
  ],
  unless: [
    /\b(?:facultati(?:f|ve)|optionnel(?:le)?|si (?:tu es|vous etes) dispo\w*|si (?:tu as|vous avez) le temps|si (?:tu veux|vous voulez|ca te dit|ca vous dit)|si (?:tu en as|vous en avez) besoin|(?:est|reste) possible|sans obligation|n'est pas obligatoire|libre a (?:toi|vous)|en interne|pas besoin|(?:tu n'es|vous n'etes|t'es) pas (?:concernee?s?|oblige\w*))\b/,
  ],
  examples: {
    fires: [
      'Peux-tu te joindre tous les matins à notre daily de 9h30 ?',
      'Votre présence aux points projet de chaque mardi est attendue.',
      'Tu devrais venir à notre rétro du jeudi, toi aussi.',
      'Vous participerez à notre réunion de planification chaque mardi.',
      'Tu assisteras au comité de suivi tous les mois.',
      'Je compte sur ta présence au point du mercredi matin, toutes les semaines.',
      "Merci d'assister à nos réunions de chantier du vendredi.",
      'Tu seras de nos rétros et de nos plannings de sprint.',
      'Un point rapide de 15 minutes avec moi chaque matin à 8h30.',
      'Tous les soirs vers 18h, un court appel avec nous pour faire le bilan.',
      'Merci de rejoindre notre démo produit toutes les deux semaines.',
    ],
    quiet: [
      'Votre présence à notre réunion de lancement serait un plaisir.',
      'Nous faisons une rétro chaque vendredi en interne, pas besoin de venir.',
      'Un point de lancement jeudi à 10h, ça te va ?',
      'Tu peux venir à notre rétro du vendredi si ça te dit.',
      'Chaque lundi, une réunion avec nous est possible si tu en as besoin.',
      'La démo du mardi est facultative pour les prestataires.',
    ],
  },
});
