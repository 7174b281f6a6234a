import { phraseRule } from '../../phrase-rule.ts';

const PHONE = String.raw`(?:telephone|tel|portable|natel|gsm|cellulaire|cell|mobile|smartphone|whatsapp|slack|teams|messenger|ordi|ordinateur)`;
const ALWAYS = String.raw`(?:a n'importe quelle heure|nuit et jour|de jour comme de nuit|(?:des que|quand|chaque fois que|a chaque fois que)\s+(?:je|j'|on|nous|le \w+|la \w+)\s*(?:t'|te\s+|vous\s+)?(?:ecri\w*|appel\w*|sonne|a besoin|ai besoin|avons besoin|en a besoin|ping\w*|envoie)|a tout moment|en tout temps|n'importe quand|tout le temps|en permanence|h24|24 ?h ?\/ ?24|24\/7|7 ?j ?\/ ?7|jour et nuit|du matin au soir|a toute heure|le soir|les soirs|le week-end|tout le week-end|la fin de semaine|quand (?:j'en|je|j'|on en|on) ?(?:veux|veut|ai besoin|a besoin|voudrai|voudra)|des que (?:je|j'|on)|sans delai)`;

/** Joignabilité permanente : rester joignable, téléphone allumé, reproches de ne pas décrocher. */
export default phraseRule({
  id: 'availability-control/reachability',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Expects you to be reachable whenever the client wants: a freelancer sets their own availability.',
    fr: 'Exige que vous soyez joignable dès que le client le veut : un indépendant fixe lui-même sa disponibilité.',
  },
  cue: /en vert|en ligne|connecte|\bactive?\b|logu|loggu|logge|doit rester|devra rester|doit etre allume|allume|en sorte|puisse|puissions|\b(?:garde|lache|laisse|abandonne|pose|mis|appele|telephone|sonne|relance|t'etais|tu etais|vous etiez|statut|joignable|atteignable|contactable|astreinte|permanence|dispo|connecte|en ligne|pouvoir\s+(?:te|t'|vous)|sur\s+(?:slack|teams|whatsapp|messenger|discord|gather|le chat|le groupe|skype|signal)|telephone|tel\b|portable|natel|gsm|cellulaire|cell|mobile|smartphone|whatsapp|slack|teams|messenger|ordi|ordinateur|decroch|repond|rappel|reponse|nouvelle|silence radio|consulter|consulte|regarder|regarde|checker|check|jeter|verifi)/,
  patterns: [
    // « que votre GSM reste allumé en journée », « quand je t'appelle, j'aimerais que tu décroches »
    /\b(?:gsm|portable|telephone|natel|cellulaire|cell|mobile|tel)\s+(?:\w+\s+)?(?:reste|restent|soit|soient|demeure|restera)\s+(?:\w+\s+)?allume/,
    /\bquand\s+(?:je|on|nous)\s+(?:t'|vous\s+)(?:appelle|appelons|telephone|sonne)\b[^.?!\n]{0,60}?\b(?:que\s+(?:tu|vous)\s+(?:repondes|repondiez|decroches|decrochiez)|(?:tu|vous)\s+(?:dois|devez|dois toujours|devez toujours)\s+(?:repondre|decrocher))\b/,
    // « une connexion à notre Slack pendant la journée, pour qu'on puisse vous solliciter à tout moment »
    /\bpour\s+(?:qu'on|que nous|que je)\s+(?:puisse|puissions)\s+(?:vous|te)\s+(?:solliciter|joindre|contacter|appeler|ecrire|deranger)\s+(?:a tout moment|n'importe quand|a toute heure)\b/,
    // Un reproche de silence à un message envoyé le soir ou le week-end : « je t'ai écrit hier à 22h, toujours pas de réponse ».
    /\b(?:t'|vous\s+)ai\s+(?:ecrit|appele|telephone|texte|relance|envoye un (?:message|sms|texto|mail))\b(?=[^.?!\n]{0,60}?\b(?:hier soir|hier a \d|cette nuit|ce week-end|samedi|dimanche|a \d{1,2}\s?h|tard)\b)(?=[^.?!\n]{0,100}?\b(?:pas de reponse(?! (?:attendue|necessaire|requise))|sans reponse|sans succes|pas de nouvelles|aucune reponse|rien recu|(?:tu n'as|vous n'avez) pas (?:repondu|decroche))\b)/,
    // « ton GSM doit rester allumé tout le week-end »
    /\b(?:ton|votre|ta)\s+(?:telephone|tel|portable|gsm|cellulaire|cell|natel|mobile)\s+(?:doit|devra|devrait|doivent)\s+(?:rester|etre)\s+(?:allume|ouvert|joignable|branche)\b/,
    // "gardez vos notifications activées en permanence"
    /\b(?:garde|gardez|garder|laisse|laissez|laisser)\s+(?:tes|vos|les)\s+(?:notifications?|notifs?)\s+(?:\w+\s+)?(?:activee?s?|allumee?s?|ouvertes?|branchee?s?|on)\b/,
    // "tu restes joignable", "j'ai besoin que vous soyez joignable", "merci de rester joignable"
    new RegExp(
      String.raw`(?:\btu\s+(?:\w+\s+)?(?:restes?|es|sois|etre|rester|seras|serais|resteras)|\bvous\s+(?:\w+\s+)?(?:restez|restiez|soyez|etes|etre|rester|serez|seriez|resterez)|\bque\s+(?:tu|vous)\s+(?:restes?|restiez|soyez|sois|etes|es)|\b(?:de|d')\s*(?:etre|rester|demeurer)|\bfaut\s+(?:que\s+(?:tu|vous)\s+(?:sois|soyez|restes?|restiez)|etre|rester)|(?:^|[.!?;:*•-])[ \t]*(?:restez|reste|soyez|sois))\s+(?:(?:bien|toujours|aussi|absolument|joignable et|facilement)\s+)?(?:joignable|joignables|atteignable|contactable|d'astreinte|de permanence|(?:disponible|dispo|connecte|connectee|en ligne)\s+(?:\w+\s+){0,2}?(?:${ALWAYS}|sur\s+(?:ton|votre|le|la|whatsapp|slack|teams|messenger)\s*${PHONE}?))`,
      'm',
    ),
    // "je veux pouvoir t'appeler quand j'en ai besoin", "je dois pouvoir vous joindre à tout moment"
    /(?:\bje\s+|\bj'|\bon\s+|\bnous\s+)(?:dois|doit|devons|exige|exigeons|ai besoin de|a besoin de|avons besoin de|faut)\s+(?:absolument\s+|toujours\s+)?pouvoir\s+(?:te|t'|vous)\s*(?:joindre|appeler|contacter|avoir|sonner|texter|ecrire|biper|atteindre|pinger|whatsapper|solliciter)\b/,
    new RegExp(
      String.raw`(?:\bje\s+|\bj'|\bon\s+|\bnous\s+)(?:veux|veut|voulons|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|souhaitons)\s+(?:absolument\s+|toujours\s+)?pouvoir\s+(?:te|t'|vous)\s*(?:joindre|appeler|contacter|avoir|sonner|texter|ecrire|biper)\s+(?:\w+\s+){0,2}?${ALWAYS}`,
    ),
    /\b(?:sois|soyez|etre|rester|restes|restez|reste|restiez)\s+(?:\w+\s+)?(?:connecte\w*\s+|en ligne\s+|dispo\w*\s+|present\w*\s+)?sur\s+(?:slack|teams|whatsapp|messenger|discord|gather|le chat|le groupe|skype|signal)\s+(?:\w+\s+){0,2}?(?:de l'ouverture|jusqu'a la fermeture|tant que|jusqu'a ce que|toute la journee|toute la semaine|en permanence|tout le temps|en tout temps|h24|de \d|entre \d|pendant les heures|aux heures|du matin au soir)/,
    // "garder votre natel allumé", "avec ton téléphone allumé en permanence"
    new RegExp(
      String.raw`\b(?:garder|garde|gardez|gardes|laisser|laisse|laissez|laisses|avoir|ayez|aie|avec)\s+(?:toujours\s+)?(?:ton|votre|ta|le|son)\s+${PHONE}\s+(?:\w+\s+)?(?:allume|ouvert|a portee(?: de main)?|sur (?:toi|vous)|pres de (?:toi|vous)|branche|actif|en marche|sous la main|avec (?:toi|vous)|en permanence)`,
    ),
    new RegExp(
      String.raw`\b${PHONE}\s+(?:allume|ouvert|a portee de main|sur (?:toi|vous))\s+(?:${ALWAYS}|pendant|durant|meme)`,
    ),
    // reproches : "tu ne décroches pas", "pourquoi vous n'avez pas répondu", "quand je te paie, je veux que tu décroches"
    /\b(?:tu ne|vous ne|tu n'|vous n')\s*(?:decroches|decrochez|reponds|repondez|rappelles|rappelez|es jamais joignable|etes jamais joignable)\b/,
    /\bpourquoi\s+(?:tu|vous)\s+(?:ne\s+|n')?(?:m'|nous\s+|me\s+)?(?:as|avez|a)?\s*(?:pas|jamais)\s+(?:decroche|repondu|rappele|rappelle|decroches|decrochez|reponds|repondez)/,
    /\b(?:je veux|j'exige|j'attends|il faut)\s+que\s+(?:tu|vous)\s+(?:decroches|decrochiez|repondes|repondiez)\b/,
    /\b(?:appele|telephone|sonne|appels|messages? whatsapp|textos|sms|vocaux)\b[^.?!\n]{0,60}?\b(?:toujours aucune reponse|toujours pas de reponse|sans reponse|aucune nouvelle|silence radio)\b/,
    // "consulter vos mails plusieurs fois par jour pendant vos vacances"
    /\b(?:consulter|consulte|consultez|regarder|regarde|regardez|checker|check|jeter un oeil a|jeter un coup d'oeil a|verifier|verifiez|verifie)\s+(?:tes|vos|ta|votre|les)\s+(?:mails|courriels|e-mails|emails|messages|boite|slack|teams|whatsapp|sms|textos)\s+(?:\w+\s+){0,2}?(?:(?:plusieurs|deux|trois|quelques|\d+)\s+fois\s+par\s+jour|toutes les heures|regulierement|en permanence|pendant (?:tes|vos) (?:vacances|conges)|durant (?:tes|vos) (?:vacances|conges))/,
    // "pourquoi t'étais pas en ligne", "je veux te voir connecté en permanence"
    /\b(?:tu|t'|vous)\s*(?:n'|ne\s+)?(?:etais|etiez|es|etes|as ete|avez ete)\s+(?:pas|jamais)\s+(?:\w+\s+)?(?:en ligne|connectee?s?|joignables?|sur slack|sur teams)\b/,
    new RegExp(
      String.raw`\b(?:te|vous)\s+voir\s+(?:connectee?s?|en ligne|dispo\w*|actif|active)\b[^.?!\n]{0,30}?(?:${ALWAYS}|de \d|entre \d|pendant les heures)`,
    ),
    /\b(?:garde|garder|gardez|laisse|laisser|laissez|voir|mets|mettre|mettez)\s+(?:ton|votre|ta|le)\s+statut\s+(?:\w+\s+)?(?:sur\s+)?(?:[«"“]\s*)?(?:au vert|en vert|vert|disponible|actif|en ligne)\b/,
    // le statut voulu tel quel, sujet du verbe : « j'aimerais que ton statut Teams reste au vert en journée »
    /\b(?:ton|votre)\s+statut\s+(?:[\w-]+\s+)?(?:(?:doit|devra|devrait|doive)\s+)?(?:reste|restera|rester|soit|affiche)\s+(?:[«"“]\s*)?(?:au vert|en vert|vert|disponible|actif|en ligne|connecte)\b/,
    // "t'étais où ? je t'ai appelé trois fois"
    /\b(?:je t'ai|je vous ai|on t'a|on vous a)\s+(?:appele|telephone|sonne|ecrit|relance)\w*\s+(?:\w+\s+)?(?:deux|trois|quatre|cinq|plusieurs|\d+)\s+fois\b/,
    /\b(?:t'etais|tu etais|vous etiez)\s+ou\b/,
    // "et rester joignable sur ton portable au cas où", "demeurez contactable pendant l'absence"
    /\b(?:rester|reste|restes|restez|restiez|demeurer|demeures|demeurez)\s+(?:\w+\s+)?(?:joignable|joignables|contactable|contactables|atteignable|d'astreinte|de permanence)\b/,
    new RegExp(
      String.raw`\b(?:rester|reste|restes|restez|restiez)\s+(?:\w+\s+)?(?:disponible|dispo|connecte|connectee)\s+(?:sur|par|via)\s+(?:ton|votre|le|la)?\s*${PHONE}\b`,
    ),
    // "être de garde cette semaine", "réponds à mes appels même quand…", "j'attends que tu lâches ce que tu fais"
    /\b(?:etre|sois|soyez|rester|restes|restez|que (?:tu|vous) (?:sois|soyez))\s+(?:\w+\s+)?(?:de garde|d'astreinte|de permanence|en astreinte)\b/,
    /\b(?:repond\w*|decroch\w*|rappel\w*)\s+(?:a\s+)?(?:mes|nos)\s+(?:appels|messages|textos|sms|coups de fil)\s+(?:\w+\s+)?(?:meme (?:quand|si|le|la|en|pendant)|a toute heure|n'importe quand|ou que (?:tu|vous) (?:sois|soyez))/,
    /\b(?:lache\w*|laisse\w*|abandonne\w*|pose\w*)\s+(?:ce que (?:tu fais|vous faites)|tout)\s+(?:des que|quand|chaque fois que|a chaque fois que|au moment ou)\s+(?:j'|je|on|nous)\b/,
    // reproches : "pourquoi as-tu mis trois heures à répondre ?", "ton statut était absent"
    /\bpourquoi\s+(?:as-tu|avez-vous|t'as|tu as|vous avez)\s+mis\s+(?:\w+\s+){0,2}?(?:heures?|minutes?|temps|une plombe)\s+(?:a|pour)\s+(?:repondre|rappeler|decrocher|reagir)/,
    /\b(?:ton|votre)\s+statut\s+(?:\w+\s+)?(?:etait|est|affichait|affiche|indiquait|indique|restait|reste)\s+(?:\w+\s+)?(?:absent|hors ligne|deconnecte|inactif|en pause|occupe|orange|gris)\b/,
    /\b(?:quand|des que|chaque fois que|a chaque fois que)\s+(?:j'|je|on|nous)\s*(?:t'|te\s+|vous\s+)?(?:appel\w*|sonne|ecri\w*|ping\w*|texte)\b[^.?!\n]{0,40}?\b(?:lache\w*|laisse\w*|abandonne\w*|pose\w*)\s+(?:ce que (?:tu fais|vous faites)|tout)\b/,
    /\b(?:fais|faites|faire|fait)\s+en\s+sorte\s+(?:que\s+)?(?:je|j'|on|nous|l'equipe)\s*(?:puisse|puissions|puissent)\s+(?:toujours\s+)?(?:te|t'|vous)\s*(?:joindre|avoir|appeler|contacter|sonner|texter)\b/,
    // « reste connecté sur notre Teams tant que l'équipe est au bureau », « rester connectée à Slack toute la journée »
    /(?:^|[.!?;:*•-][ \t]*|\b(?:tu|vous|de|faut|que)\s+|\bd')(?:\w+\s+)?(?:sois|soyez|etre|rester|restes|restez|reste|restiez|es|etes)\s+(?:\w+\s+)?(?:connecte|connectee|connectes|connectees|en ligne|en vert|actif|active|logue|loggue|logge)\b[^.?!\n]{0,40}?\b(?:toute la journee|toute la matinee|tout l'apres-midi|toute la semaine|en permanence|tout le temps|en continu|h24|24h|non-stop|tant que|pendant (?:toute la|les|nos|vos|tes) (?:heures|horaires|journees?)|durant (?:les|nos|toute)|aux heures|de l'ouverture|du matin au soir|jusqu'a ce que|sans interruption|des l'ouverture)/m,
    /\b(?:te|vous)\s+voir\s+(?:toujours\s+)?(?:en vert|en ligne|connecte\w*|actif|active)\b/,
  ],
  unless: [
    /\b(?:l'equipe|notre equipe|nos equipes|le support|le service|tout le monde|on|nous)\s+(?:\w+\s+)?(?:reste|restent|est|sont|restons|sommes)\s+(?:\w+\s+)?(?:en ligne|connecte\w*|joignables?|dispo\w*)/,
    /\b(?:je (?:garde|laisse|reste|serai)|mon (?:telephone|portable|gsm|natel|cell))\b/,
    /\b(?:je reste|je suis|je serai|nous restons|nous serons|nous sommes|je resterai|on reste)\s+(?:\w+\s+)?(?:joignable|disponible|dispo|a votre disposition|a ta disposition)\b/,
  ],
  examples: {
    fires: [
      'Il faut que ton portable reste toujours allumé pendant le tournage.',
      'Quand on vous appelle, vous devez décrocher, même en réunion.',
      'Restez sur Teams, pour que je puisse vous joindre à tout moment.',
      "Je t'ai écrit hier soir à 22h sur Messenger, toujours pas de réponse.",
      'Je vous ai appelé dimanche à 18h, vous n’avez pas décroché.',
      'On veut pouvoir te joindre sur Telegram du matin au soir.',
      "Il faut que tu sois sur Teams de l'ouverture à la fermeture, comme les permanents.",
      "Ce serait bien que tu restes dispo sur WhatsApp jusqu'à ce que le dernier de l'équipe parte.",
      'Reste connecté sur notre Teams tant que les bureaux sont ouverts.',
      'Merci de rester connectée à Slack toute la journée.',
      "Merci d'être connecté à notre chat pendant toute la journée de travail.",
      'Vous devez être en ligne sur notre messagerie pendant les heures de bureau.',
      'Je veux te voir en vert sur Teams, hein.',
      'Il faudrait que tu restes logué sur l’outil de tickets de l’ouverture à la fermeture.',
      'Ton natel doit rester allumé toute la soirée, au cas où.',
      'Laisse tes notifs allumées pendant la journée, on compte sur toi.',
      'Désormais, tu restes joignable sur Signal pendant les heures de bureau.',
      "J'ai besoin que vous soyez joignable tout le week-end.",
      'Merci de rester disponible en permanence pendant le salon.',
      'On doit pouvoir te joindre même le dimanche.',
      "J'aimerais pouvoir vous contacter n'importe quand, même le soir.",
      'Pourriez-vous garder votre natel allumé pendant vos congés ?',
      'Tu seras dispo le soir, avec ton téléphone allumé en permanence.',
      'Je t’ai appelé deux fois et tu ne décroches pas.',
      'Pouvez-vous consulter vos courriels deux fois par jour pendant vos vacances ?',
      "Pourquoi t'étais pas en ligne cet après-midi ?",
      'Je tiens à voir ton statut Teams au vert du matin au soir.',
      "T'étais où hier ? Je t'ai appelé trois fois.",
      'Et puis rester contactable sur WhatsApp au cas où, ce serait top.',
      'Pourriez-vous demeurer joignable durant votre absence ?',
      'Tu pourrais être de garde cette semaine au cas où ça plante ?',
      'Réponds à mes appels même quand tu es chez un autre client.',
      "Quand j'appelle, j'attends que tu lâches tout dès que je sonne.",
      'Pourquoi as-tu mis trois heures à répondre sur Slack ?',
      "J'ai vu que ton statut était absent presque toute la journée.",
      "Nous voulons pouvoir te joindre à n'importe quelle heure.",
      "Faut que tu sois dispo quand je t'écris, c'est la base.",
      'Vous devez être disponible dès que le directeur a besoin de vous.',
      "Quand j'appelle, j'attends que tu lâches ce que tu fais.",
      'Dorénavant, garde ton statut Teams au vert de 9h à 17h.',
      'Merci de laisser votre statut sur « disponible » aux heures de bureau.',
      'J’aimerais que ton statut Teams reste au vert pendant la journée.',
      'Votre statut Slack doit rester « en ligne » tant que l’équipe travaille.',
      "Fais en sorte que je puisse t'avoir au téléphone dès qu'il y a un souci.",
      "Tu seras dispo en tout temps sur ton cellulaire? C'est important pour nous.",
    ],
    quiet: [
      'Quand je t’appelle demain, on fera le point sur le devis.',
      'Le téléphone du standard reste allumé jusqu’à 18h.',
      "Je t'ai écrit hier soir, pas de réponse attendue, c'était pour info.",
      'Je vous ai envoyé un mail lundi, pas de réponse du service compta.',
      "Je suis sur Teams de l'ouverture à la fermeture si besoin.",
      "L'équipe reste en ligne sur Teams toute la journée si tu as une question.",
      'Je reste connectée toute la journée si tu as besoin.',
      'La caisse reste connectée au terminal toute la journée.',
      'Le site est en ligne depuis ce matin, tout fonctionne.',
      'Je garde mon téléphone allumé pendant le salon si tu as besoin.',
      'Pense à couper tes notifications pendant tes congés !',
      'Je reste joignable au 06 12 34 56 78 si besoin.',
      'Seriez-vous disponible jeudi à 10h pour un appel ?',
      'Inutile de garder ton téléphone allumé pendant tes vacances.',
      'Pas besoin de rester joignable ce week-end, profite !',
      'Je reste joignable sur mon portable toute la semaine.',
      'Pas besoin de rester joignable pendant tes congés !',
      'Je suis de garde ce week-end, écris-moi si besoin.',
      'Ton statut de micro-entrepreneur change en janvier ?',
      'Mon statut sera « absent » pendant mes congés.',
      'Le statut de votre commande reste en ligne sur notre site.',
      'Fais en sorte que le fichier soit lisible sur mobile.',
    ],
  },
});
