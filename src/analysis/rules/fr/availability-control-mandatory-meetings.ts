import { phraseRule } from '../../phrase-rule.ts';

const MEETING = String.raw`(?:daily|dailies|stand-?up|standup|points? quotidiens?|reunion quotidienne|reunions quotidiennes|call quotidien|call du matin|point du matin|brief du matin|reunion d'equipe|point d'equipe|brief|briefing|visio|call|reunion|point|weekly|comite|morning)`;
const RECURRENCE = String.raw`(?:chaque|tous les|toutes les|le lundi|le mardi|le mercredi|le jeudi|le vendredi|le samedi|le dimanche|les lundis|les mardis|les mercredis|les jeudis|les vendredis|le matin|chaque matin|quotidien(?:ne)?|desormais|dorenavant|a partir de (?:maintenant|lundi|demain|la semaine prochaine)|camera allumee)`;

/** Réunions récurrentes rendues obligatoires : daily, point du lundi, « présence obligatoire, prestataires compris ». */
export default phraseRule({
  id: 'availability-control/mandatory-meetings',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Makes recurring team meetings compulsory for you: a client can invite you, but your time is yours to schedule.',
    fr: 'Rend obligatoires des réunions d’équipe récurrentes : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /\b(?:camera|webcam|cam\b|daily|dailies|stand-?up|standup|point|reunion|call|brief|visio|weekly|comite|morning|presence|participation|connexion|tout le monde|toute l'equipe|chacun|tous)/,
  patterns: [
    // Une ligne de liste avec un rythme et la caméra : « • point quotidien à 9h, caméra allumée ».
    /\b(?:point|reunion|visio|stand-?up|daily|call|appel|brief)\s+(?:quotidien|journalier|hebdo\w*|du matin|chaque \w+|tous les \w+)\b[^.?!\n]{0,30}?\b(?:camera|webcam) (?:allumee|ouverte|obligatoire)/,
    // "tu participes au daily", "assister au stand-up tous les matins"
    /\b(?:particip\w*|assist\w*|rejoindre|rejoins|rejoignez|etre present|etre presente|te connecter|vous connecter|te connectes|vous connectez|te joindre|vous joindre|venir)\s+(?:\w+\s+){0,2}?(?:au|aux|a notre|a nos|a l')\s*(?:\w+\s+)?(?:daily|dailies|stand-?up|standup|points? quotidiens?|reunion quotidienne|reunions quotidiennes|call quotidien|call du matin|point du matin|brief du matin)\b/,
    new RegExp(
      String.raw`\b(?:participer|participes|participez|participiez|assister|assistes|assistez|assistiez|rejoindre|rejoins|rejoignez|etre present|etre presente|te connecter|vous connecter|te joindre|vous joindre)\s+(?:\w+\s+){0,2}?(?:au|aux|a notre|a nos|a la|a l'|notre|nos|le|la|les|l')\s*(?:\w+\s+)?${MEETING}\b[^.?!\n]{0,40}?${RECURRENCE}`,
    ),
    new RegExp(
      String.raw`\b${MEETING}\b[^.?!\n]{0,40}?${RECURRENCE}\b[^.?!\n]{0,40}?(?:que (?:tu|vous) (?:sois|soyez|y sois|y soyez|participes|participiez|assistes|assistiez)|(?:je|on|nous) (?:te|vous) (?:veux|voudrait|voudrais|attend|attends|attendons|compte)|(?:tu|vous) (?:dois|devez|devras|devrez) (?:y )?(?:etre|participer|assister))`,
    ),
    /\b(?:desormais|dorenavant|a partir de (?:maintenant|lundi|demain|la semaine prochaine|la rentree))\b[^.?!\n]{0,30}?\b(?:(?:un|le|au|des)\s+(?:\w+\s+)?)?(?:daily|dailies|stand-?up|standup|point quotidien|call quotidien|reunion quotidienne|point|brief|call)\b[^.?!\n]{0,30}?(?:chaque|tous les|quotidien)/,
    // "présence obligatoire", "la réunion du lundi est obligatoire"; not a presence needed for one task, said by
    // its purpose ("ta présence est indispensable pour relever les cotes"): a one-off visit, not a standing ritual.
    /\b(?:presence|participation|connexion)\s+(?:est\s+|sera\s+|reste\s+)?(?:\w+\s+)?(?:obligatoire|imperative|exigee|requise|indispensable)\b(?!,?\s+(?:afin de|pour)\s+(?:(?:l'|la |le |les |nous |vous |te |me |se |y |en |bien )?(?!(?:notre|votre|leur|toute|chaque|entre|autre)\b)\w+(?:er|ir|re|oir)\b))/,
    new RegExp(
      String.raw`\b${MEETING}\s+(?:\w+\s+){0,3}?(?:est|sont|sera|seront)\s+(?:\w+\s+)?(?:obligatoires?|imperati(?:f|ve)s?|pas optionnel(?:le)?s?|non negociables?)\b`,
    ),
    /\b(?:tout le monde|toute l'equipe|chacun|tous)\s+(?:\w+\s+){0,3}?(?:doit|doivent|devra|devront|est tenu|sont tenus)\s+(?:y\s+)?(?:etre|participer|assister|se connecter)\b/,
    // "le daily tous les jours à 9h, c'est obligatoire"
    new RegExp(
      String.raw`\b${MEETING}\b[^.?!\n]{0,50}?\b(?:obligatoires?|imperati(?:f|ve)s?|pas optionnel(?:le)?s?|non negociables?|sans exception)\b`,
    ),
    /\b(?:camera|webcam|cam)\s+(?:reste\s+|restent\s+|soit\s+|soient\s+)?(?:allumee|activee|ouverte)s?\s+(?:toute la journee|en permanence|tout le temps|pendant (?:les heures|la journee|toute)|de \d)/,
    // "j'aimerais qu'on fasse une visio chaque jour à 7h30", "on se fera un call tous les matins"
    /\b(?:j'aimerais|je voudrais|je veux|je souhaite|il faut|il faudra|on va|on se|je propose)\s+(?:qu'on|que l'on|que nous|qu'on se|faire|se)?\s*(?:fasse|fassions|fera|faire|fait|cale|calions|ait|aura|aurons|retrouve|voie)\s+(?:un|une|des|le|la)\s+(?:\w+\s+)?(?:daily|stand-?up|standup|brief|briefing|visio|call|reunion|point|appel|teams|zoom|meet)\b[^.?!\n]{0,30}?\b(?:chaque (?:jour|matin|soir)|tous les (?:jours|matins|soirs)|quotidien\w*|camera allumee)/,
  ],
  unless: [
    /\b(?:facultati(?:f|ve)|optionnel(?:le)?|si (?:tu es|vous etes) dispo|si (?:tu as|vous avez) le temps|sans obligation|n'est pas obligatoire|libre a (?:toi|vous)|(?:tu n'es|vous n'etes|t'es) pas concernee?s?|(?:c'est|reste|est) (?:purement )?interne|en interne|entre nous)\b/,
  ],
  examples: {
    fires: [
      '• visio hebdo le lundi à 8h30, caméra allumée',
      'Dorénavant, brief d’équipe à 8h45 tous les matins, merci d’être là.',
      'Tu participes au daily à 9h30 avec les devs.',
      'Merci de rejoindre notre point d’équipe tous les lundis à 8h.',
      'La présence est obligatoire pour toute l’équipe.',
      'Ta présence est indispensable pour notre point du lundi.',
      'La participation est obligatoire pour chaque daily.',
      'Le brief du lundi est obligatoire.',
      'Toute l’équipe doit y être, prestataires compris.',
      "Tu te connectes au daily tous les jours à 9h, c'est obligatoire.",
      'Merci de garder ta caméra allumée toute la journée.',
      "Je voudrais qu'on se cale un call tous les matins à 8h, stp.",
      "Il faudra qu'on fasse un point chaque soir avant 18h.",
      'Tu participeras au stand-up de 9h tous les jours à partir de lundi.',
      'Notre directeur technique demande que la caméra reste allumée pendant toutes les heures de travail.',
    ],
    quiet: [
      "Le point quotidien de l'équipe est à 9h, caméra allumée, mais c'est interne.",
      'Dorénavant, point budget avec la compta chaque mois, tu n’es pas concerné.',
      'Seriez-vous disponible pour un point jeudi à 10h ?',
      'Tu peux rejoindre la réunion de lancement mardi si tu es dispo.',
      'La visio du vendredi est facultative.',
      "J'aimerais qu'on fasse une visio jeudi pour le lancement.",
      "On fera un point chaque semaine si ça te va, sinon on s'adapte.",
      'Ta présence est indispensable pour réceptionner la livraison samedi matin.',
      'Votre présence sera requise pour signer le procès-verbal de réception.',
      'Sa présence est obligatoire pour ouvrir le local aux déménageurs.',
      'Ta présence est requise afin de valider les teintes avec le peintre.',
      'Votre participation est indispensable pour nous montrer les accès du chantier.',
      'La présence est impérative pour remettre les clés au gérant.',
      'Ta présence sera indispensable pour bien relever les mesures avec le métreur.',
      'Votre présence est exigée pour contresigner l’état des lieux jeudi.',
    ],
  },
});
