import { phraseRule } from '../../phrase-rule.ts';

/*
 * Être tenu en ligne sur une durée, et non joint de temps en temps : rester au téléphone ou en visio
 * toute une matinée, être présent sur le chat du client pendant ses heures de bureau, ou prouver son
 * avancement à heure fixe chaque jour (photo, capture d'écran). La forme générale : le prestataire + un
 * canal (appel, chat, photo) + une durée ou une heure quotidienne ; un appel ponctuel, le long appel du
 * client lui-même ou la photo du travail fini n'ont ni durée ni heure fixe et restent muets.
 */
const SPAN = String.raw`(?:(?:pendant\s+|sur\s+)?(?:toute|tout)\s+(?:la|l')\s*(?:matinee|apres-midi|journee|soiree|seance|journee de travail)|toute la sainte journee|du matin au soir|de\s+\d{1,2}\s*h(?:\d\d)?\s+(?:a|jusqu'a)\s+(?:midi|\d))`;
const YOU_ON = String.raw`(?:\b(?:tu\s+(?:\w+\s+)?(?:restes?|resteras|sois|seras|serais)|vous\s+(?:\w+\s+)?(?:restez|resterez|soyez|serez|seriez|restiez)|que\s+(?:tu|vous)\s+(?:restes?|restiez|soyez|sois)|(?:de|d')\s*(?:etre|rester)|faut\s+(?:que\s+(?:tu|vous)\s+(?:sois|soyez|restes?|restiez)|etre|rester)|garde[rz]?|compte\s+sur\s+(?:ta|votre)\s+presence|compte\s+sur\s+(?:toi|vous)\s+pour\s+(?:etre|rester))|(?:^|[.!?;:*•-])[ \t]*(?:restez|reste|soyez|sois|etre))\b`;
const CALL = String.raw`(?:(?:au|en|sur le|sur la|sur l'|dans le|dans la|dans l')\s*(?:telephone|tel|cell|cellulaire|portable|natel|gsm|ligne|visio|visioconference|appel|reunion|zoom|teams|meet)|en ligne avec)`;
const CHAT = String.raw`(?:slack|teams|discord|chat|tchat|messagerie|espace|whatsapp|signal|telegram|messenger|canal|serveur)`;
const PICTURE = String.raw`(?:photos?|captures?|screenshots?|clich[e]s?|selfies?)`;
/** Une heure en chiffres ou en lettres : « 18h », « 17 heures », « six heures », « midi ». */
const HOUR = String.raw`(?:\d{1,2}\s*h|(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt)\s+heures|midi)`;
const DAILY = String.raw`(?:(?:tous les|chaque)\s+(?:jours?|soirs?|matins?|fins? de journee|apres-midi)|par (?:jour|soir)|quotidiennement|tous les jours)`;

export default phraseRule({
  id: 'availability-control/held-on-line',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Keeps you on their line for hours or has you prove your progress on their clock: a freelancer organises their own day.',
    fr: 'Vous garde en ligne des heures ou vous fait prouver votre avancement à heure fixe : un indépendant organise lui-même sa journée.',
  },
  // Chaque motif veut un mot de canal et un mot de durée, d'heures ou de rythme quotidien : les deux sont cherchés d'abord.
  cue: new RegExp(
    String.raw`^(?=[\s\S]*?\b(?:telephone|tel|cell|cellulaire|portable|natel|gsm|reunion|ligne|visio|visioconference|appel|zoom|meet|${CHAT}|${PICTURE})\b)[\s\S]*?\b(?:toute|tout l'|du matin|de \d|heures|horaires|chaque|tous les|quotidiennement)`,
  ),
  patterns: [
    // Le statut affiché « en ligne » sur une durée : « ton statut Teams sur disponible toute la journée »,
    // « ta pastille Slack reste verte de 9h à 18h ».
    /\b(?:ton|votre|ta|tes|vos)\s+(?:statut|statuts|pastille|voyant|indicateur)\b[^.?!\n]{0,30}?\b(?:disponible|en ligne|vert|verte|actif|active|connectee?)\b[^.?!\n]{0,30}?(?:\btoute la journee|\ben journee|\bpendant (?:les|nos|tes|vos) heures|\bdu matin au soir|\bde \d{1,2}\s*h)/,
    // « tu restes au téléphone avec nous tout l'après-midi », « que vous soyez en visio toute la journée »
    new RegExp(String.raw`${YOU_ON}[^.?!\n]{0,25}?${CALL}\b[^.?!\n]{0,40}?${SPAN}`, 'm'),
    // « sois sur notre Slack aux heures de bureau », « présent sur notre Discord pendant nos heures de travail »
    new RegExp(
      String.raw`(?:${YOU_ON}|\bpresente?s?|\bconnectee?s?)[^.?!\n]{0,25}?\b(?:sur|dans)\s+(?:(?:notre|nos|le|la|votre|ton)\s+)?(?:\w+\s+)?${CHAT}\b[^.?!\n]{0,30}?\b(?:(?:aux|pendant les|pendant nos|sur nos|durant les|durant nos|a nos)\s+(?:heures|horaires)\s+(?:de\s+|d')?(?:bureau|travail|ouverture)|(?:aux|pendant les|pendant nos|sur nos|durant nos)\s+(?:heures|horaires)\s+du\s+bureau|heures de bureau|${SPAN})\b`,
      'm',
    ),
    // « une photo de l'avancement tous les soirs avant 19h », « chaque jour à 17h, une capture d'écran »
    new RegExp(
      String.raw`\b${PICTURE}\b[^.?!\n]{0,50}?(?:${DAILY})[^.?!\n]{0,15}?\b(?:avant|a|pour|d'ici)\s+${HOUR}|(?:${DAILY})\s*,?\s+(?:avant|a|pour)\s+${HOUR}\b[^.?!\n]{0,40}?\b${PICTURE}\b|\b(?:env[oe]\w+|fai\w+|partag\w+|post\w+)\b[^.?!\n]{0,30}?(?:${DAILY})[^.?!\n]{0,30}?\b${PICTURE}\b[^.?!\n]{0,30}?\b(?:avant|a)\s+${HOUR}`,
    ),
  ],
  unless: [
    // Une offre, pas une exigence : « tu peux être sur notre Slack aux heures de bureau si ça t'aide ».
    /\b(?:tu peux|vous pouvez|libre a|facultati\w*|si (?:tu veux|vous voulez|ca t'arrange|ca vous arrange|ca t'aide|ca vous aide)|pas besoin)\b/,
    /\b(?:sont|est|seront|sera)\s+(?:\w+\s+)?(?:prises?|faites?|\w+(?:ees|es|ee))\b|\b(?:nous|on)\s+(?:prenons|prend|faisons|fait)\b/,
    /\b(?:je\s+(?:t'|vous\s+)?envo|je\s+(?:serai|reste)|on\s+(?:t'|vous\s+)?envo|nous\s+(?:serons|vous\s+envo)|voici|ci-joint|en piece jointe)/,
  ],
  examples: {
    fires: [
      'Merci de laisser ton statut Teams sur « disponible » toute la journée.',
      'Ta pastille Slack doit rester verte de 9h à 18h.',
      "Je veux que tu restes en ligne avec nous tout l'après-midi, pas de messagerie.",
      'Vous resterez au téléphone avec notre équipe toute la matinée de jeudi.',
      'On aimerait que tu sois en visio avec nous toute la journée de lundi.',
      "Envoie-moi une photo de l'avancement tous les soirs avant 19h.",
      "Chaque jour à 17h, une capture d'écran de là où vous en êtes, merci.",
      "J'aimerais une photo du chantier chaque matin avant 10h pour voir que ça avance.",
      'Vous nous enverrez quotidiennement une capture de votre écran avant 18h.',
      'Une photo de la vitrine chaque matin avant neuf heures, stp.',
      'Reste sur notre Signal toute la journée, on t’y écrira.',
      'Il faut que tu restes au natel avec nous toute la journée.',
      'Faudrait que vous restiez sur l’appel avec l’équipe toute la matinée.',
      'Je compte sur toi pour rester sur notre Discord aux heures d’ouverture.',
      'Sois sur notre Slack aux heures de bureau, heure de Paris.',
      'On compte sur ta présence sur Teams pendant nos heures de bureau, heure de Montréal.',
      "Merci d'être sur notre Slack pendant les horaires du bureau genevois.",
      'Être présent sur notre canal Discord sur nos heures de travail, tous les jours.',
    ],
    quiet: [
      'Mon statut Teams reste sur « disponible » toute la journée si besoin.',
      "On a passé tout l'après-midi au téléphone avec le fournisseur.",
      'Tu es dispo pour une visio jeudi matin ?',
      'Voici une photo du chantier prise ce soir.',
      "Tu peux m'envoyer une capture d'écran du bug ?",
      'Je t’envoie chaque soir une photo du chantier, pour que tu suives.',
      'Les photos du chantier sont prises chaque jour à 8h par notre conducteur.',
      'Je t’envoie le lien de notre Slack : passe quand tu veux dans la journée.',
      'Nos photos sont publiées chaque jour avant 10h sur le site.',
      'Tu peux être sur notre Slack aux heures de bureau si ça t’aide.',
      'Nos bureaux sont ouverts de 9h à 18h, heure de Paris.',
      'Je t’ajoute sur notre Slack pour les échanges de fichiers.',
      'Tu peux poster sur notre Discord quand ça t’arrange.',
      'Nous serons sur notre Slack aux heures de bureau si tu as des questions.',
    ],
  },
});
