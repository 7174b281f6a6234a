import { phraseRule } from '../../phrase-rule.ts';

const REPORT = String.raw`(?:point|points|compte rendu|compte-rendu|cr|rapport|reporting|bilan|recap|recapitulatif|resume|update|debrief|feuille de temps|releve d'heures|timesheet|point d'avancement|etat d'avancement|capture d'ecran|captures d'ecran)`;
const DAILY = String.raw`(?:quotidien(?:ne)?s?|journalier(?:e)?s?|tous les (?:matins|soirs|jours)|chaque (?:matin|soir|jour|journee|heure)|de (?:ta|votre) journee|de fin de journee|en fin de journee|a la fin de (?:chaque|ta|votre) journee|toutes les (?:\d+ |deux |trois )?heures|avant de (?:te|vous) deconnecter|chaque jour|chaque fin de (?:journee|matinee|semaine)|heure par heure|minute par minute|(?:deux|trois|quatre|plusieurs|\d) fois par jour|matin et soir)`;

/** Comptes rendus quotidiens, relevés d'heures, captures d'écran : la surveillance de la journée de l'indépendant. */
/** La fin de chaque journée, quand le compte rendu quotidien tombe. */
const FIN_DE_JOUR = String.raw`\b(?:a la fin de (?:chaque|la) journee|en fin de journee|(?:chaque|tous les) (?:soirs?|jours|fins? de journee)|quotidien\w*)\b`;
/** Le compte rendu de ce que le prestataire a fait de sa journée (le verbe ou la préposition qui le demande n'est cherché en arrière qu'une fois les mots rares trouvés). */
const MA_JOURNEE = String.raw`\b(?:ce que (?:tu as|vous avez|t'as) (?:fait|realise|avance|accompli|bosse|abattu)|combien de temps (?:tu as|vous avez|t'as|ca (?:t'|vous )?a pris|chaque tache)|le temps passe (?:sur|par) (?:chaque|les))(?<=\b(?:avec|de|sur|liste[rsz]?|note[rsz]?|ecri[st]|ecrire|ecrivez|dis-moi|dites-nous|dites-moi|dis-nous|detaill\w*|resum\w*|indiqu\w*|precis\w*)\s+(?:\w+\s+)?(?:ce|combien|le)\s[^.?!\n]{0,30})`;

/** Le plan de la journée du prestataire, le sien (« ton », « votre »), pas celui que le client envoie. */
const TON_PLAN = String.raw`(?:\b(?:ton|ta|tes|votre|vos)\s+(?:planning|programme|emploi du temps|plan|to-do|todo|liste de taches|taches|horaires|agenda|priorites)\s+(?:de la journee|du jour|de ta journee|de votre journee|de la matinee)\b|\bce que (?:tu|vous) (?:comptes|comptez|vas|allez|prevois|prevoyez) faire (?:dans la journee|aujourd'hui|de ta journee|de votre journee)\b)`;

/** Un appel ou un message du freelance au client, demandé (pas les appels du client lui-même : « j'appelle ma mère »). */
const APPELLE_MOI = String.raw`(?:(?:appelle|appelez|telephone|telephonez|bipe|bipez|sonne|sonnez|ecris|ecrivez|texte|textez)-(?:moi|nous)|(?:t'|vous\s+)avoir\s+au\s+(?:telephone|bout du fil)|(?:tu|vous)\s+(?:me|m'|nous)\s*(?:appel\w*|telephon\w*|sonn\w*)|(?:merci de|il faut|il faudra|faudrait|je veux que (?:tu|vous)|je voudrais que (?:tu|vous))\s+(?:me|m'|nous)\s*(?:appeler|telephoner|appelles|appeliez|telephones|telephoniez)|(?:passe|passez|donne|donnez|file|filez)-(?:moi|nous)\s+un\s+(?:petit\s+|rapide\s+)?(?:coup de fil|coup de telephone|appel|texto|sms)|un\s+(?:petit\s+|rapide\s+)?(?:coup de fil|coup de telephone|appel|texto|sms)\s+(?:de\s+(?:ta|votre)\s+part|avec\s+moi))`;
/** Un rythme quotidien fixe. */
const CHAQUE_JOUR = String.raw`(?:(?:chaque|tous les)\s+(?:matins?|jours?|soirs?|apres-midis?|jours ouvres|jours ouvrables)|quotidiennement)`;

export default phraseRule({
  id: 'availability-control/reporting',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Asks you to report on your day or be monitored: you owe the client results, not a log of your time.',
    fr: 'Vous demande de rendre compte de votre journée ou d’être surveillé : vous devez un résultat au client, pas un relevé de votre temps.',
  },
  cue: /avant de (?:fermer|eteindre|quitter|partir|couper|vous deconnecter|te deconnecter)|au courant|fois par jour|matin et soir|informe|statut|bonjour|coucou|\b(?:outil|logiciel|appli|application|agent|extension|programme|enregistr|localisation|geolocalisation|position|hubstaff|time ?doctor|teramind|activtrak|insightful|desktime|monitask|kickidler|controlio|workpuls|webcam|ecran|temps reel|en direct|en live|commence|demarre|attaque|debute|finis|finit|termine|arrete|quitte|de la journee|prendre|ce que (?:tu fais|vous faites)|heure par heure|minute par minute|tenir|tiens|tenez|quotidien|journalier|tous les (?:matins|soirs|jours)|chaque (?:matin|soir|jour|journee|heure)|journee|toutes les|avant de|deconnect|heures|temps|feuilles? de temps|timesheet|activites|taches|captures? d'ecran|screenshot|logiciel|previen|preven|dis-le|dites-le|prevenir|signal|dis-moi|dites-moi|inform|avertis|avertir|au courant|visibilite|puiss|du jour|comptes faire|comptez faire|vas faire|allez faire)/,
  patterns: [
    // un point envoyé avant de couper chaque soir : « tenez-moi au courant avant d'éteindre votre ordinateur chaque soir »
    /\b(?:au courant|informe\w*|point|compte[- ]rendu|message|mail|courriel|recap\w*)\b[^.?!\n]{0,60}?\bavant de (?:fermer|eteindre|quitter|vous deconnecter|te deconnecter|partir|couper)\b[^.?!\n]{0,30}?\b(?:chaque|tous les)\s+(?:jours?|soirs?)\b/,
    // « que vous me teniez au courant par SMS toutes les deux heures »
    /\b(?:teniez|tenir|tiennes|tiens|tenez)\s+(?:\w+\s+)?(?:au courant|informee?s?)\s+(?:\w+\s+){0,4}?(?:toutes les|chaque)\s+(?:\d+\s+|deux\s+|trois\s+|quatre\s+|demi-)?(?:heures?|h\b)/,
    // L'avancement rapporté à un rythme quotidien : « que vous me confirmiez chaque soir l'avancement », « envoie-moi
    // tous les soirs où tu en es ».
    new RegExp(
      String.raw`\b(?:confirm\w*|envoi\w*|envoy\w*|donn\w*|indiqu\w*|communiqu\w*|transmet\w*|ecri\w*|texte\w*|resum\w*)\b[^.?!\n]{0,30}?\b${CHAQUE_JOUR}\b[^.?!\n]{0,30}?(?:\bl'avancement\b|\b(?:ton|votre) avancement\b|\bou (?:tu|vous) en (?:es|etes)\b|\bce qui (?:a ete|est) fait\b)`,
    ),
    // L'heure de début et de fin de la journée, rapportée : « m'indiquer l'heure à laquelle vous commencez et terminez
    // votre journée », « tes heures de début et de fin de journée ».
    /\bl'heure\s+(?:a laquelle|ou)\s+(?:tu|vous)\s+(?:commence|debute|demarre|attaque|arrive)\w*\s+et\s+(?:(?:a laquelle\s+|ou\s+)?(?:tu|vous)\s+)?(?:termine|finis|finiss|arrete|quitte|part)\w*\s+(?:ta|votre)\s+journee\b|\b(?:tes|vos|l'|les)\s*heures?\s+de\s+debut\s+et\s+de\s+fin\s+de\s+(?:(?:ta|votre|la|chaque)\s+)?journee\b/,
    // « vous nous tiendrez au courant chaque soir de l'avancement »
    /\b(?:tenir|tiens|tenez|tiendras|tiendrez|tiendrais|tiendriez)(?:-(?:moi|nous))?\s+(?:(?:moi|nous|me|m')\s*)?(?:au courant|informee?s?)\s+(?:\w+\s+){0,2}?(?:chaque|tous les)\s+(?:soirs?|jours?|matins?|heures?)\b/,
    /\b(?:nous|me|m')\s*(?:tiendras|tiendrez|tiens|tenez)\s+(?:au courant|informee?s?)\s+(?:\w+\s+){0,2}?(?:chaque|tous les)\s+(?:soirs?|jours?|matins?|heures?)\b/,
    // « mettre ton statut à jour à chaque fois que tu fais une pause », « change ton statut quand tu t'absentes »
    /\b(?:ton|votre) statut\b[^.?!\n]{0,40}?\b(?:a chaque fois|chaque fois|des que|quand|lorsque|avant de)\b[^.?!\n]{0,30}?\b(?:pause|pauses|absentes?|absentez|absenter|pars|partez|partir|quittes|quittez|quitter|dejeuner|deconnect\w*|eloignes|eloignez)\b/,
    // « recevoir en fin de journée un récapitulatif de ce que vous avez écrit »
    /\b(?:en fin de journee|chaque (?:soir|jour)|tous les (?:soirs|jours)|quotidien(?:ne)?)\b[^.?!\n]{0,50}?\b(?:recapitulatif|recap|compte[- ]rendu|rapport|bilan|point)\b[^.?!\n]{0,30}?\bce que (?:tu as|vous avez) (?:fait|ecrit|produit|avance|traduit|realise|code)\b/,
    // « avise-moi le matin quand tu commences et le soir quand tu finis »
    /\b(?:avise|avisez|previens|prevenez|dis|dites|ecris|ecrivez|informe|informez|signale|signalez|envoie|envoyez)[- ]?(?:moi|nous)\s+(?:\w+\s+){0,3}?quand (?:tu|vous) (?:commences|commencez|debutes|debutez|demarres|demarrez|arrives|arrivez|te connectes|vous connectez)\b[^.?!\n]{0,50}?\bquand (?:tu|vous) (?:finis|finissez|termines|terminez|arretes|arretez|pars|partez|te deconnectes|vous deconnectez)\b/,
    // « si tu dois t'absenter, préviens sur le canal", "remplir chaque jour le tableau de suivi, heure par heure"
    /\b(?:si|quand|avant de|des que|chaque fois que)\s+(?:tu|vous)?\s*(?:dois|devez|as besoin de|avez besoin de|veux|voulez|comptes|comptez)\s+(?:t'absenter|vous absenter|partir|faire une pause|quitter (?:ton|votre) poste|t'eloigner|vous eloigner|sortir)\b[^.?!\n]{0,40}?\b(?:(?:previens|prevenez|signale|signalez|ecris|ecrivez|poste|postez|mets un mot|mettez un mot|informe|informez)(?:-moi|-nous|-le)?\s+(?:\w+\s+)?(?:moi|nous|l'equipe|ton responsable|votre responsable|(?:sur|dans) (?:le canal|le groupe|le chat|slack|teams|whatsapp))|(?:previens|prevenez|signale|signalez|informe|informez)-(?:moi|nous|le)|dis-le|dites-le)\b/,
    /\b(?:tableau|fichier|tableur|outil|feuille|sheet|google sheet|gsheet|excel|doc|document|planning|journal)\s+de\s+suivi\b[^.?!\n]{0,40}?\b(?:heure par heure|au quart d'heure|minute par minute|a la demi-heure)\b/,
    // « noter heure par heure ce sur quoi tu as travaillé » : le relevé de la journée, quel que soit l'outil.
    /\b(?:heure par heure|au quart d'heure|minute par minute|a la demi-heure)\b[^.?!\n]{0,60}?\bce (?:sur )?(?:quoi|que) (?:tu as|vous avez) (?:travaille|fait|bosse|avance)\b/,
    // "je veux un point tous les matins à 8h", "un compte rendu écrit de ta journée"
    new RegExp(
      String.raw`\b(?:un|une|le|la|ton|ta|tes|votre|vos|des|les)\s+(?:petit\s+|petite\s+|court\s+|bref\s+)?${REPORT}\s+(?:\w+\s+){0,4}?${DAILY}`,
    ),
    // "recevoir chaque matin à 9h un point écrit", "m'envoyer chaque jour avant 17h un petit rapport"
    new RegExp(
      String.raw`\b(?:chaque|tous les)\s+(?:jour|matin|soir|journee|jours|matins|soirs)\s+(?:\w+\s+){0,4}?(?:un|une|le|la|ton|votre)\s+(?:petit\s+|petite\s+|court\s+|bref\s+)?(?:\w+\s+)?${REPORT}\b`,
    ),
    new RegExp(
      String.raw`\b(?:m'|me|nous)\s*(?:envoyer|envoies|envoyez|ecrire|ecris|ecrivez|faire|fais|faites|laisser|laisses|laissez)\s+(?:\w+\s+){0,3}?(?:un|une)\s+(?:petit\s+|court\s+)?(?:mail|message|mot|texto|sms|courriel)\s+(?:\w+\s+){0,4}?${DAILY}`,
    ),
    // "renseigner tes heures dans Jira tous les jours", "détailler le temps passé par tâche"
    /\b(?:renseigner|renseignes|renseignez|remplir|remplis|remplissez|noter|notes|notez|saisir|saisis|saisissez|declarer|declares|declarez|envoyer|envoies|envoyez|reporter|detailler|detailles|detaillez|logger|loguer)\s+(?:tes|vos|le|la|les|ta|ton|votre)\s+(?:heures|temps(?: passe)?|feuilles? de temps|timesheets?|activites|taches)\s+(?:\w+\s+){0,4}?(?:chaque (?:jour|soir|matin)|tous les (?:jours|soirs|matins)|quotidiennement|au quart d'heure|a la minute|par tache|par ticket|heure par heure|dans (?:jira|harvest|toggl|clockify|hubstaff|asana|le tableur))/,
    /\btemps\s+passe\s+(?:par|sur chaque|pour chaque)\s+(?:tache|ticket|dossier)\b/,
    // surveillance
    /\b(?:captures? d'ecran|screenshots?)\s+(?:de (?:ton|votre) ecran\s+)?(?:toutes les|chaque)\s+(?:\d+\s+|deux\s+|demi-)?(?:heures?|minutes?|h\b)/,
    /\blogiciel\s+de\s+(?:suivi|surveillance|tracking|pointage|controle)\s+(?:du temps|d'activite|des heures)?/,
    // "tu me préviens quand tu pars déjeuner", "prévenez-nous avant de vous absenter"
    /\b(?:previens|prevenez|previenne|prevenir|signale|signalez|signaler|dis-moi|dites-moi|informe|informez|informer|avertis|avertissez|avertir|tiens-moi au courant|tenez-moi au courant)\s*(?:-moi|-nous|moi|nous|l'equipe)?\s+(?:\w+\s+){0,3}?(?:quand|des que|chaque fois que|avant de|si|lorsque)\s+(?:tu\s+|vous\s+)?(?:pars|partez|partir|t'absentes|vous absentez|t'absenter|vous absenter|fais une pause|faites une pause|faire une pause|t'eloignes|vous eloignez|quittes ton poste|quittez votre poste|quitter (?:ton|votre) poste|vas dejeuner|allez dejeuner|aller dejeuner|commences ta journee|commencez votre journee|finis ta journee|finissez votre journee|te deconnectes|vous deconnectez|prendre (?:un|des|tes|vos)?\s*(?:jours?|conges?|vacances|pause))/,
    /\b(?:quand|des que|chaque fois que|avant de|si|lorsque)\s+(?:tu|vous)\s+(?:pars|partez|t'absentes|vous absentez|fais une pause|faites une pause|vas dejeuner|allez dejeuner|quittes ton poste|quittez votre poste)\b[^.?!\n]{0,30}?\b(?:tu me previens|vous me prevenez|previens|prevenez|previens-moi|prevenez-moi|dis-le|dites-le|signale|signalez)/,
    /\bvisibilite\s+sur\s+(?:ce que (?:tu fais|vous faites)|ton travail|votre travail|ton emploi du temps|votre emploi du temps|tes journees|vos journees|ton temps|votre temps)\b/,
    /\b(?:pour|que)\s+(?:je|on|l'equipe)\s+(?:puisse|puissions|puisse)\s+voir\s+(?:ce que (?:tu fais|vous faites)|qui est disponible|sur quoi (?:tu|vous) travaill)/,
    // "savoir ce que tu fais heure par heure", "me tenir informé de ton avancement tous les soirs"
    new RegExp(String.raw`\bce que\s+(?:tu fais|vous faites)\s+(?:\w+\s+){0,2}?${DAILY}`),
    new RegExp(
      String.raw`\b(?:tenir|tiens|tenez)(?:-moi|-nous)?\s+(?:informee?s?|au courant)\b[^.?!\n]{0,40}?${DAILY}`,
    ),
    // "installe Time Doctor avec les captures d'écran activées", "je vois en temps réel sur quoi tu bosses"
    /\b(?:hubstaff|time doctor|timedoctor|teramind|activtrak|insightful|desktime|monitask|kickidler|controlio|workpuls)\b/,
    /\b(?:captures? d'ecran|screenshots?|enregistrement (?:de l'|d')ecran|suivi d'activite|webcam)\s+(?:\w+\s+)?(?:activee?s?|allumee?s?|actifs?|actives?|en marche|enclenchee?s?)\b/,
    /\b(?:voir|vois|voit|voyons|surveiller|surveille|suivre|suis|suit)\s+(?:\w+\s+)?(?:ton ecran|votre ecran|en (?:temps reel|direct|live)\s+(?:sur quoi|ce que)\s+(?:tu|vous))/,
    // "que tu me textes chaque fois que tu commences et que tu finis ta journée"
    /(?:\b(?:m'|me\s+|nous\s+)(?:texte\w*|ecri\w*|envoi\w*|envoy\w*|previen\w*|preven\w*|fass\w* signe|fai\w* signe|ping\w*|notifi\w*|signal\w*|bip\w*)|\b(?:texte|ecris|ecrivez|previens|prevenez|fais signe|faites signe|ping|signale|signalez)-(?:moi|nous))\b[^.?!\n]{0,40}?\b(?:quand|des que|chaque fois que|lorsque|au moment ou)\s+(?:tu|vous)\s+(?:commence|demarre|attaque|debute|finis|finit|termine|arrete|quitte)\w*\s+(?:et\s+(?:que\s+|quand\s+)?(?:tu|vous)\s+\w+\s+)?(?:ta|votre|ton|tes|vos)\s+(?:journee|travail|poste|service|session|shift)s?\b/,
    // "pour que tu me présentes ton planning de la journée"
    /\b(?:presenter|presentes|presentiez|presentez|montrer|montres|montriez|detailler|detailles|envoyer|envoies|partager|partages|exposer)\s+(?:\w+\s+){0,2}?(?:ton|votre|le)\s+(?:planning|programme|emploi du temps|plan|to-do|todo|liste de taches)\s+de\s+la\s+journee\b/,
    // « que vous m'envoyiez chaque matin par texto votre planning de la journée », « tes tâches du jour, tous les matins »
    new RegExp(
      String.raw`\b(?:chaque|tous les)\s+(?:matins?|jours?|soirs?)\b[^.?!\n]{0,60}?${TON_PLAN}|${TON_PLAN}[^.?!\n]{0,40}?\b(?:chaque|tous les)\s+(?:matins?|jours?|soirs?)\b`,
    ),
    // "installer notre outil de suivi", "enregistrer ton écran pendant que tu travailles", "détaillée heure par heure"
    /\b(?:install\w*|utilis\w*|lance\w*|mettre|mets|mettez|telecharg\w*)\s+(?:\w+\s+){0,2}?(?:outil|logiciel|appli|application|agent|extension|programme)\s+de\s+(?:suivi|surveillance|monitoring|tracking|pointage|controle)\b/,
    /\benregistr\w*\s+(?:ton|votre|l')\s*ecran\s+(?:\w+\s+){0,2}?(?:pendant que (?:tu|vous) (?:travailles|travaillez|bosses|bossez)|toute la journee|en permanence|pendant (?:tes|vos) (?:heures|sessions|journees))/,
    new RegExp(
      String.raw`\b${REPORT}\b[^.?!\n]{0,50}?\b(?:heure par heure|minute par minute|au quart d'heure|a la minute|detaillee?s? (?:par|a l')heure)`,
    ),
    /\b(?:partage\w*|active\w*|allume\w*)\s+(?:ta|votre)\s+(?:localisation|geolocalisation|position)\b/,
    /\b(?:dire bonjour|dis bonjour|dites bonjour|dire coucou|te signaler|vous signaler|poster un (?:petit )?message|pointer|faire un check-in)\b[^.?!\n]{0,30}?\b(?:quand|des que|lorsque|au moment ou)\s+(?:tu|vous)\s+(?:commence|arrive|demarre|te connecte|vous connecte|attaque|debute)\w*/,
    // « tous les soirs, un mail avec ce que tu as fait et combien de temps » : un compte rendu de la journée.
    new RegExp(String.raw`${MA_JOURNEE}(?:(?<=${FIN_DE_JOUR}[^.?!\n]{0,100})|[^.?!\n]{0,60}?${FIN_DE_JOUR})`),
    // un appel au client à un rythme quotidien : « appelle-moi chaque soir à 18h », « tous les matins à 9h, tu
    // m'appelles pour me dire où tu en es » ; un appel au besoin (« appelle-moi si besoin ») reste muet. Le rythme est
    // lu d'abord et l'appel cherché de part et d'autre : « vous » est partout, « chaque soir » rare.
    new RegExp(
      String.raw`\b${CHAQUE_JOUR}\b(?:(?<=\b${APPELLE_MOI}\b[^.?!\n]{0,40}?\b${CHAQUE_JOUR})|[^.?!\n]{0,30}?\b${APPELLE_MOI}\b|(?<=\b(?:un|une)\s+(?:petit\s+|rapide\s+)?(?:appel|coup de fil|point telephonique|visio)\s+${CHAQUE_JOUR})[^.?!\n]{0,20}?\bavec\s+moi\b)`,
    ),
  ],
  unless: [
    // Le client retire sa demande : « oublions le point quotidien », « on laisse tomber le compte rendu du soir ».
    /\b(?:oublions|on oublie|oubliez? (?:le|la|les|ce|cette|l')|laiss\w* tomber|on abandonne|abandonnons|renon\w* a|on annule|annulons)\b/,
    // Le rituel de l'équipe raconté, sans obligation : « notre équipe fait un point chaque matin, tu n'es pas obligée d'y être ».
    /\b(?:(?:tu n'es|vous n'etes|t'es) pas (?:obligee?s?|tenue?s?|concernee?s?)|facultati(?:f|ve)|en interne|(?:c'est|reste|est) (?:purement )?interne)\b/,
    /\ben (?:vacances|conges)\b/,
    /\b(?:je (?:te |t'|vous )(?:envoie|enverrai|ferai|fais|transmets|transmettrai)|ci-joint|vous trouverez)\b/,
  ],
  examples: {
    fires: [
      'J’aimerais un petit mail d’avancement avant de quitter votre poste chaque soir.',
      'Il faudrait me tenir informée par message toutes les trois heures.',
      'Je voudrais que tu me confirmes chaque soir par texto l’avancement des travaux.',
      'Merci de nous envoyer tous les soirs un mot sur votre avancement.',
      'Écris-moi chaque jour avant 18h où tu en es.',
      "Tout l'été, tu me textes l'heure où tu commences et finis ta journée.",
      'Note-moi chaque jour sur WhatsApp tes heures de début et de fin de ta journée.',
      'Je veux un coup de fil de ta part chaque jour à 17h.',
      'Passe-moi un coup de fil tous les jours à 8h30.',
      'Tous les matins à 9h, tu m’appelles pour me dire où tu en es.',
      'Je souhaite que vous m’appeliez chaque soir à 18h pour faire le bilan.',
      'Téléphonez-moi chaque soir à 19h, même rapidement.',
      'Merci de m’appeler tous les jours à midi avec l’avancement.',
      'Un appel tous les matins à 9h avec moi pour faire le point.',
      "Je veux t'avoir au téléphone tous les matins à 8h30.",
      'Écris-moi chaque soir à 19h pour me dire où tu en es.',
      'Tu m’envoies ton planning du jour chaque matin avant 9h.',
      'Tous les matins, un petit texto avec tes tâches du jour, stp.',
      'Chaque matin, dis-moi ce que tu comptes faire de ta journée.',
      'En fin de journée, un récap de ce que vous avez avancé et du temps passé sur chaque tâche.',
      'Tu me tiendras au courant tous les soirs de ce qui avance, par mail.',
      'Dès lundi, merci de noter dans le journal de suivi, heure par heure, les tâches sur lesquelles vous avez avancé.',
      'Merci de passer ton statut en « absent » dès que tu prends ta pause.',
      'Vous pouvez actualiser votre statut Slack chaque fois que vous vous absentez ?',
      "Chaque soir, j'attends un petit compte-rendu de ta journée, tâche par tâche.",
      'Préviens-moi le matin quand tu arrives et le soir quand tu pars.',
      'Merci de compléter le fichier de suivi chaque soir, heure par heure.',
      'Si vous devez vous absenter, signalez-le sur le canal de l’équipe.',
      'Il me faut un point quotidien en visio avant 9h.',
      "Tu m'envoies aussi un compte rendu de ta journée avant de te déconnecter.",
      'Je souhaite qu’on me transmette chaque soir un court récap de ce qui a été fait.',
      'Je voudrais un petit compte rendu écrit de ta part deux fois par jour.',
      'Merci de m’envoyer un point d’avancement trois fois par jour, même court.',
      'On aimerait un bilan de vous matin et soir sur le canal du projet.',
      'Merci de renseigner tes heures dans Jira tous les jours.',
      "J'aimerais une capture d'écran toutes les deux heures.",
      'Tu me préviens quand tu pars déjeuner.',
      'Prévenez-moi avant de vous absenter de votre poste.',
      'Merci de remplir ta feuille de temps tous les jours.',
      'Envoie-moi un récap chaque fin de journée.',
      'Je veux savoir ce que tu fais heure par heure.',
      'Préviens-moi avant de prendre un jour de congé.',
      'Installe Hubstaff sur ton ordi dès lundi.',
      'Merci de laisser la webcam allumée pendant vos sessions.',
      'Comme ça on suit en direct ce que tu fais.',
      'Écris-moi quand tu démarres et quand tu termines ta journée.',
      'Chaque matin, tu nous montres ton plan de la journée.',
      "Merci d'installer notre outil de suivi sur ton ordinateur.",
      "Merci d'enregistrer ton écran pendant que tu travailles sur nos fichiers.",
      "Merci de m'envoyer ta feuille de temps chaque vendredi, détaillée heure par heure.",
      'Active ta géolocalisation pendant tes journées sur le chantier.',
      'Merci de dire bonjour sur Slack quand tu commences et au revoir quand tu finis.',
    ],
    quiet: [
      'Pense à éteindre ton ordinateur avant de partir chaque soir, pour la sécurité.',
      'Vous avez raison : oublions le compte rendu quotidien, le point du lundi suffit.',
      'On laisse tomber le rapport de chaque soir, ce n’était pas prévu au contrat.',
      'Oublie le point quotidien, on garde le jeudi comme convenu.',
      'Je te confirme chaque soir de la semaine si la salle est libre.',
      "Je vous envoie tous les soirs l'avancement du chantier de mon côté.",
      "Dis-moi l'heure à laquelle tu arrives jeudi pour le tournage.",
      'Les heures de début et de fin de la formation sont dans le programme.',
      'La boutique ouvre tous les matins à 9h.',
      'Je t’appelle demain à 18h pour faire le point.',
      'J’appelle ma mère tous les soirs à 19h.',
      'Appelle-moi si tu as une question.',
      'Un appel avec le client est prévu tous les lundis.',
      'Je t’envoie chaque matin le planning de l’équipe.',
      'Le planning de la journée du 12 est en pièce jointe.',
      'Chaque jour je vois ce que tu as réalisé, bravo !',
      "Le point quotidien de l'équipe est à 9h, caméra allumée, mais c'est interne.",
      'Tiens-moi au courant quand tu as du nouveau, sans pression.',
      'Dis-moi quand tu pars en vacances, qu’on s’organise avec l’imprimeur.',
      'Notre équipe fait un point chaque matin, tu n’es pas obligé d’y être.',
      'Le tableau de suivi du chantier est à jour, je te le partage.',
      'Ton statut d’auto-entrepreneur change quand tu dépasses le plafond, pense au devis.',
      'Si tu dois partir plus tôt jeudi, pas de souci.',
      "Si vous devez partir avant 17h, prévenez simplement l'accueil pour le badge.",
      'Je vous envoie chaque soir un récap des retours clients.',
      'Le facteur passe deux fois par jour dans notre zone.',
      'Je t’envoie un bilan deux fois par mois avec les chiffres.',
      'Le traitement se prend matin et soir, je serai donc un peu moins dispo.',
      'Tu peux me faire un point quand la maquette est prête ?',
      'Merci de me prévenir quand le fichier est prêt.',
      'Envoie-moi un message quand tu termines la maquette.',
      "Tu peux m'envoyer une capture d'écran du bug ?",
      'Tu peux enregistrer ton écran pour nous montrer le bug ?',
      'Merci pour le suivi de la commande, tout est arrivé.',
      "L'outil de suivi des colis indique une livraison jeudi.",
      'Dis bonjour à Marc de ma part quand tu le vois.',
    ],
  },
});
