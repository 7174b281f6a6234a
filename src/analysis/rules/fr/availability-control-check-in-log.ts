import { phraseRule } from '../../phrase-rule.ts';

/*
 * Preuve de présence demandée à l'indépendant : un message pour dire qu'il est au travail ou que tout
 * va bien, à un rythme fixe (« un petit SMS chaque matin pour dire que tout va bien »), et les heures
 * saisies chaque jour dans l'outil du client comme un salarié (« tu noteras tes heures
 * chaque matin avant 9h »). reporting lit les comptes rendus du travail ; celle-ci lit la preuve qu'on
 * travaille. Un message ponctuel ou la saisie des salariés eux-mêmes reste muet.
 */
const MOT = String.raw`(?:sms|texto|message|mot|mail|whatsapp|signe|coup de fil|appel|emoji|pouce|coucou|bonjour|hello|salut|signal)`;
const RYTHME = String.raw`(?:(?:chaque|tous les)\s+(?:matins?|jours?|soirs?|heures?)|quotidiennement|en arrivant le matin|des que tu (?:commences|arrives|t'installes)|des que vous (?:commencez|arrivez))`;
const AU_TRAVAIL = String.raw`(?:tu (?:bosses|travailles|es (?:la|en ligne|au travail|a ton poste|connecte\w*|au boulot)|as commence|as (?:bien )?demarre)|vous (?:travaillez|etes (?:la|en ligne|au travail|a votre poste|connecte\w*)|avez commence))`;
const TOUT_VA = String.raw`(?:tout va bien|tout roule|tout est ok|tout se passe bien|ca va|tu vas bien|vous allez bien)`;
/** Le début et la fin de la journée ou de la tâche, que le client veut voir signalés l'un et l'autre. */
const DEBUT = String.raw`(?:arrives|arrivez|commences|commencez|demarres|demarrez|debutes|debutez|t'y mets|vous y mettez|te connectes|vous connectez|prends ton poste|prenez votre poste)`;
const FIN = String.raw`(?:pars|partez|termines|terminez|finis|finissez|quittes|quittez|arretes|arretez|te deconnectes|vous deconnectez|t'en vas|vous en allez)`;
const QUAND = String.raw`(?:quand|lorsque|des que|chaque fois que|a chaque fois que)`;
const DIRE = String.raw`pour\s+(?:que\s+(?:je|nous|on)\s+(?:sache|sachions)|(?:me|nous)\s+(?:dire|confirmer|signaler|montrer)|dire|confirmer|signaler|montrer)\s+(?:que\s+)?`;

export default phraseRule({
  id: 'availability-control/check-in-log',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks you to prove you are at work (check-in messages, hours logged daily like staff): you owe results, not proof of presence.',
    fr: 'Vous demande de prouver que vous travaillez (messages de présence, heures saisies chaque jour comme un salarié) : vous devez un résultat, pas une preuve de présence.',
  },
  cue: /\b(?:timer|chrono\w*|compteur|pointage|pauses?|absent\w*|previen\w*|prevenez|prevenir|ecri\w*|camera|webcam|cam|sms|texto|message|mot|mail|whatsapp|signe|coup de fil|appel|emoji|pouce|coucou|bonjour|hello|salut|signal|heures|temps|feuilles?|timesheets?)\b/,
  patterns: [
    // le temps pointé à l'arrivée, chaque pause signalée : « lancer le chrono dès votre arrivée », « nous prévenir de
    // chaque pause », « un message dès que tu t'absentes plus de vingt minutes »
    /\b(?:lancer|lancez|lances|demarrer|demarrez|declencher|activer|activez)\s+(?:le|votre|ton|un)\s+(?:timer|chrono(?:metre)?|minuteur|compteur|pointage)\b[^.?!\n]{0,30}?\b(?:a|des|au moment de)\s+(?:votre|ton|l')\s*(?:arrivee|prise de poste)\b/,
    /\b(?:prevenir|previens|prevenez|informer|informez|signaler|signalez|avertir|avertissez|aviser|avisez)\s+(?:nous\s+|me\s+|moi\s+)?(?:\w+\s+){0,3}?(?:de\s+)?(?:chaque|toutes? (?:vos|tes)|chacune de (?:vos|tes))\s+(?:pauses?|absences?|sorties?)\b/,
    /\b(?:message|mot|texto|sms|mail|previen\w*|prevenir|signal\w*|inform\w*|avis\w*|dire)\b[^.?!\n]{0,50}?\b(?:des que|quand|chaque fois que|si|lorsque)\s+(?:tu\s+t'|vous\s+vous\s+)absent\w*\s+(?:plus\s+d[e']|au-dela\s+d)/,
    // « tu me préviens quand tu arrives et quand tu pars », « un texto chaque fois que vous commencez et que vous terminez »
    new RegExp(
      String.raw`\b(?:previen\w*|prevenez|prevenir|envoie\w*|envoyer|envoyez|ecri\w*|${MOT})\b[^.?!\n]{0,50}?\b${QUAND}\s+(?:tu|vous)\s+${DEBUT}\b[^.?!\n]{0,30}?\bet\s+(?:${QUAND}\s+|que\s+|qu')?(?:(?:tu|vous)\s+)?${FIN}\b`,
    ),
    // « un petit message en arrivant le matin pour que je sache que tu bosses »
    new RegExp(String.raw`\b${MOT}\b[^.?!\n]{0,60}?\b${DIRE}${AU_TRAVAIL}`),
    // « envoie-moi un SMS chaque matin pour dire que tout va bien »
    new RegExp(String.raw`\b${RYTHME}\b[^.?!\n]{0,50}?\b${MOT}\b[^.?!\n]{0,40}?\b${DIRE}${TOUT_VA}`),
    new RegExp(String.raw`\b${MOT}\b[^.?!\n]{0,40}?\b${RYTHME}\b[^.?!\n]{0,20}?\b${DIRE}${TOUT_VA}`),
    // « garder ta caméra allumée pendant que tu bosses »
    /\b(?:camera|webcam|cam)\s+(?:\w+\s+)?(?:allumee|ouverte|active|branchee)\s+(?:pendant|tant) que (?:tu|vous) (?:bosses|travailles|travaillez|bossez|es|etes)/,
    // « tu noteras tes heures dans notre outil chaque matin », « chaque soir, renseigne ton temps dans Lucca »
    /\b(?:chaque (?:jour|soir|matin)|tous les (?:jours|soirs|matins)|quotidiennement)\b[^.?!\n]{0,30}?\b(?:saisi\w*|renseign\w*|rempli\w*|declar\w*|logg\w*|logu\w*|noter|notes|notez|noteras|noterez|notent|enregistr\w*)\s+(?:tes|vos|leurs|ses|ta|ton|votre|leur)\s+(?:heures|temps(?: passe)?|feuilles? de temps|feuilles? d'heures|timesheets?|journees?)\b/,
    /\b(?:saisi\w*|renseign\w*|rempli\w*|declar\w*|logg\w*|logu\w*|noter|notes|notez|noteras|noterez|notent|enregistr\w*)\s+(?:tes|vos|leurs|ses|ta|ton|votre|leur)\s+(?:heures|temps(?: passe)?|feuilles? de temps|feuilles? d'heures|timesheets?|journees?)\b[^.?!\n]{0,60}?\b(?:chaque (?:jour|soir|matin)|tous les (?:jours|soirs|matins)|quotidiennement|au quotidien|en fin de journee)\b/,
  ],
  unless: [
    /\b(?:nos|les)\s+(?:salaries|employes|equipes|collaborateurs|internes)\s+(?:\w+\s+)?(?:saisi|rempli|renseign|declar|not|enregistr)\w*/,
    /\b(?:je (?:t'|vous |te )?(?:envoie|enverrai|ferai|mettrai)|je (?:te|vous) (?:dirai|confirmerai))\b/,
  ],
  examples: {
    fires: [
      'Merci de démarrer le compteur à votre arrivée et de nous signaler chacune de vos pauses.',
      'Envoie-moi un texto quand tu t’absentes plus de quinze minutes.',
      'Tu peux garder ta caméra allumée pendant que tu bosses ? Ça rassure la direction.',
      'Envoie-moi un petit SMS chaque matin pour dire que tout va bien.',
      'Tu me fais un petit message en arrivant le matin pour que je sache que tu bosses.',
      'Un mot sur le groupe pour nous signaler que vous êtes connectée, merci.',
      'Un petit bonjour sur Teams chaque matin pour dire que tu es là.',
      'Chaque matin, tu noteras tes heures d’hier dans le logiciel, avant la réunion de 9h.',
      'Les prestataires renseignent leurs heures dans Lucca tous les soirs.',
      'Préviens-moi par SMS dès que tu démarres et quand tu finis ta journée.',
      'Écrivez sur le groupe lorsque vous arrivez et lorsque vous partez du chantier.',
    ],
    quiet: [
      'Je m’absente plus d’une heure demain midi, je te préviens.',
      'Le chrono de la course démarre à votre arrivée sur la ligne.',
      'Garde ta caméra allumée pour la visio de jeudi avec le client.',
      'Envoie-moi un SMS quand tu arrives à la gare.',
      'Préviens-moi quand tu arrives, on ira déjeuner ensemble et tu repartiras après.',
      'Nos salariés saisissent leurs heures chaque vendredi.',
      'Je t’enverrai un message chaque matin pour te dire que tout va bien côté serveur.',
      'Envoie ta facture avec le détail de tes heures à la fin du mois.',
    ],
  },
});
