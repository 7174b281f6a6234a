import { phraseRule } from '../../phrase-rule.ts';

/** "de 9h à 18h", "entre 8h30 et 17h30", "de 7 h à 22 h" */
const HOURS_RANGE = String.raw`(?:de|entre)\s+\d{1,2}\s?h(?:\s?\d\d)?\s+(?:a|et|-|jusqu'a)\s+\d{1,2}\s?h(?:\s?\d\d)?`;
const WORKPLACE = String.raw`(?:chez nous|chez moi|agence|bureau|bureaux|locaux|atelier|cabinet|depot|boutique|siege|usine|studio|magasin|entrepot|chantier|open space|etude|fiduciaire|brulerie|restaurant|resto|bistro|cafe|salon|hotel|labo|clinique|garage)`;
const RECURRING = String.raw`(?:le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\s+et\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)|(?:le|les)\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?)(?:\s+(?:matin|apres-midi|soir))?|(?:chaque|tous les)\s+(?:jours?|matins?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|semaines?)|(?:du|de)\s+(?:lundi|mardi|mercredi)\s+au\s+(?:mercredi|jeudi|vendredi)|(?:\d|deux|trois|quatre|cinq)\s+jours\s+par\s+semaine|(?:au moins\s+)?(?:une|deux|trois|quatre|\d)\s+fois\s+par\s+semaine|a plein temps|quotidiennement)`;

/** Horaires ou présence imposés : connecté de 9h à 18h, au bureau le mercredi, pointer à l'accueil. */
export default phraseRule({
  id: 'availability-control/set-hours',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Imposes your working hours or where you work: that is how an employer treats staff, not how a client hires a freelancer.',
    fr: 'Impose vos horaires ou votre lieu de travail : c’est ainsi qu’un employeur traite un salarié, pas un client un indépendant.',
  },
  cue: /disponibilites?|horaires?|presence|(?:de|entre|des)\s+\d{1,2}\s?h|(?:travailler|bosser)\s+(?:a|au|aux|chez|dans|sur)\b|chez nous|\b(?:agence|bureau|locaux|atelier|cabinet|depot|boutique|siege|usine|studio|magasin|entrepot|chantier|open space|etude|fiduciaire|brulerie|restaurant|resto|bistro|cafe|salon|hotel|labo|clinique|garage|arrivee|pointer|pointes|pointez|pointent|pointeras|pointerez|badger|badges|badgez|badgent|badgeras|badgerez|emarger|emargent|emargez|feuille de presence|horaires|heures de bureau|faut que (?:tu|vous)|(?:tu|vous) (?:dois|devez|devras|devrez)|je (?:te|vous) veux|je compte sur|que (?:tu|vous) (?:sois|soyez))/,
  patterns: [
    // "joignable sur votre GSM de 8h30 à 17h30", "disponible de 7h à 22h", "caméra allumée de 9h à 18h"
    new RegExp(
      String.raw`\b(?:joignable|joignables|disponible|disponibles|dispo|connecte|connectee|connectes|en ligne|present|presente|presents|au bureau|sur place|camera allumee|webcam allumee|a ton poste|a votre poste|sur (?:slack|teams|whatsapp|gather|discord|messenger|zoom|le chat))\b[^.?!\n]{0,50}?${HOURS_RANGE}`,
    ),
    // "vous pourriez passer à l'agence le mercredi matin", "faut que tu sois au dépôt tous les lundis"
    new RegExp(
      String.raw`(?:\b(?:tu|vous|te|t')\s*(?:\w+\s+){0,3}?(?:d'|de\s+)?|\bmerci\s+(?:de\s+|d'))(?:passer|passes|passiez|passez|venir|viens|viennes|vienne|veniez|venez|etre|sois|soyez|travailler|travailles|travailliez|bosser|bosses|presenter|presentes|presentiez|installer|y etre)\s+(?:[\w']+\s+){0,4}?(?:(?:a|au|aux|a l'|dans|dans nos|dans notre|sur)\s*(?:l'|la\s+|le\s+|nos\s+|notre\s+)?)?${WORKPLACE}\b[^.?!\n]{0,30}?${RECURRING}`,
    ),
    new RegExp(
      String.raw`${RECURRING}\b[^.?!\n]{0,50}?\b(?:faut que (?:tu|vous) (?:sois|soyez) (?:la|present)|(?:tu|vous) (?:dois|devez|devras|devrez) (?:etre|passer|venir)|je (?:te|vous) veux|je compte sur (?:toi|vous))\b`,
    ),
    new RegExp(
      String.raw`\b(?:faut que|il faut que|je veux que|j'ai besoin que)\s+(?:tu|vous)\s+(?:sois|soyez)\s+(?:la|present|presente|au ${WORKPLACE})\b[^.?!\n]{0,40}?${RECURRING}`,
    ),
    // « que vous veniez travailler à la brasserie le lundi et le mercredi » : le lieu importe peu, le rythme fait la règle.
    new RegExp(
      String.raw`\b(?:tu|vous|te|t')\s*(?:\w+\s+){0,3}?(?:venir|viens|viennes|veniez|venez|viendras|viendrez)\s+(?:travailler|bosser)\s+(?:a|au|aux|chez|dans|sur)\b[^.?!\n]{0,40}?${RECURRING}`,
    ),
    // « vous connecter dès 8h30 et y rester visible jusqu'à 17h » : une présence en ligne d'une heure à l'autre.
    /\b(?:connect\w*|en ligne|disponible|dispo|present\w*|visible)\b[^.?!\n]{0,40}?\bdes\s+\d{1,2}\s?h(?:\s?\d\d)?\b[^.?!\n]{0,40}?\b(?:rester|reste|restez|restiez|restes|etre|soyez|sois)\s+(?:\w+\s+)?(?:visible|connecte\w*|en ligne|disponible|dispo|joignable)\w*\s+jusqu'a\s+\d{1,2}\s?h/,
    // "signaler à l'accueil vos heures d'arrivée et de départ", "pointer", "badger"
    /\b(?:heures?|horaires?)\s+d'arrivee\s+et\s+de\s+depart\b/,
    /\b(?:pointer|pointes|pointez|pointent|pointeras|pointerez|badger|badges|badgez|badgent|badgeras|badgerez|emarger|emargent|emargez)\s+(?:a l'accueil|a l'arrivee|en arrivant|en partant|le matin|matin et soir|chaque (?:matin|jour|soir)|tous les (?:matins|jours|soirs)|a l'entree|a la sortie|comme (?:tout le monde|les autres|le personnel|les salaries|nos salaries|les employes|nos employes|les internes|l'equipe))/,
    /\bfeuille\s+de\s+presence\b/,
    // « les externes respectent la plage 9h-17h »
    /\b(?:respect\w*|suiv\w*|tenir|tiens|tenez)\s+(?:la|les|nos|une|notre)\s+plages?\s+(?:horaires?\s+)?(?:de\s+)?\d{1,2}\s?h/,
    /\b(?:respecter|suivre|caler sur|aligner sur|adopter|faire)\s+(?:nos|les|mes|les memes)\s+(?:\w+\s+)?(?:horaires|heures de bureau|horaires de bureau|horaires de l'equipe)\b/,
    // "je compte sur toi au bureau tous les lundis"
    new RegExp(
      String.raw`\b(?:je compte sur (?:toi|vous)|je (?:te|vous) veux|je (?:t'|vous )attends|on (?:t'|vous )attend)\s+(?:\w+\s+){0,2}?(?:a|au|aux|a l'|dans|sur)\s*(?:l'|la\s+|le\s+|nos\s+|notre\s+)?${WORKPLACE}\b[^.?!\n]{0,30}?${RECURRING}`,
    ),
    // "- disponibilités : 8h-18h, du lundi au vendredi"
    /(?:^|[*•-]\s*)(?:tes |vos )?(?:disponibilites?|horaires?(?: de travail)?|presence|joignabilite|plage de disponibilite)\s*:\s*(?:de\s+)?\d{1,2}\s?h(?:\d\d)?\s*(?:-|a|jusqu'a)\s*\d{1,2}\s?h/m,
  ],
  unless: [
    // Les salariés qui badgent entre eux : « nos salariés badgent à l'entrée ».
    /\b(?:les|nos)\s+(?:salaries|employes|equipes|internes|collaborateurs)\s+(?:\w+\s+)?(?:badgent|pointent|emargent)\b/,
    // Une réservation ponctuelle ("seriez-vous dispo jeudi de 14h à 17h pour l'atelier ?", "passer au bureau mardi entre 14h et 16h") n'impose pas d'horaires.
    /^(?![^]*\b(?:tous les|toutes les|chaque|quotidien\w*|desormais|dorenavant|a partir de maintenant|(?:du|de) (?:lundi|mardi|mercredi) au|les (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi) et (?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi))\b)[^]*\b(?:(?:ce|le|ce prochain)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres-demain|le \d{1,2}(?:er)?|\d{1,2}(?:er)?)(?:\s+(?:prochain|\d{1,2}(?:er)?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|matin|apres-midi))*,?\s+(?:de|entre)\s+\d/,
    // Une soirée ou une journée datée (« pour la soirée du jeudi 25, … sur place de 19h à 23h ») : une présence
    // ponctuelle, pas des horaires, tant qu'aucun rythme ne figure dans la phrase.
    /^(?![^]*\b(?:tous les|toutes les|chaque|quotidien\w*|desormais|dorenavant|(?:du|de) (?:lundi|mardi|mercredi) au|les (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi) et (?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi))\b)[^]*\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\b|(?:soiree|journee|nuit|matinee|fete|inauguration|vernissage|ceremonie|gala|salon|lancement)\s+du\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|ce soir|demain soir)/,
    /\b(?:je suis|je serai|je serais|nous sommes|nous serons|je reste|je peux|nous pouvons|on est ouvert|ouvert|ouverte|ouverts|horaires d'ouverture|ferme|fermee|marche|cours de \w+|formation|seminaire|conference)\b/,
  ],
  examples: {
    fires: [
      'Tu pourrais passer au bistro chaque matin avant le service, pour caler la carte ?',
      'On voudrait que vous veniez travailler chez nous tous les jeudis.',
      'Il faudrait que tu viennes bosser à la cave le mardi et le vendredi.',
      'Merci de vous connecter à la plateforme dès 8h et de rester visible jusqu’à 17h30.',
      "Nous aimerions vous voir présente à l'atelier le lundi et le mercredi, de 8h30 à 16h.",
      'Tu viendrais travailler au dépôt le mardi et vendredi, entre 7h et 15h ?',
      "Vous devez passer au salon chaque mardi, c'est plus simple pour l'équipe.",
      'Les intervenants respectent la plage horaire 8h-17h du site.',
      'Nos freelances pointent à l’accueil comme tout le monde.',
      'Les consultants badgent comme les salariés, matin et soir.',
      'Je te demande d’être en ligne sur Discord entre 8h et 16h30, du lundi au jeudi.',
      'Merci de rester joignable sur ton portable entre 9h et 18h.',
      "Tu pourrais venir à l'atelier tous les jeudis ?",
      'Le mardi matin, réunion de chantier à 8h : je compte sur toi.',
      'Merci de signaler vos heures d’arrivée et de départ à l’accueil.',
      'Tu devras respecter nos horaires de bureau.',
      "Je vous demande d'être présent à l'agence tous les mardis.",
      'Je compte sur toi au bureau tous les lundis.',
      "Merci d'être présente au bureau chaque mercredi.",
      'On voudrait que tu travailles chez nous trois jours par semaine.',
      '- disponibilités : 8h-18h, du lundi au vendredi',
      "On préfère que tu viennes bosser avec l'équipe au bureau au moins deux fois par semaine.",
      'Tu dois être dispo tous les lundis de 8h à 10h pour le point hebdo.',
    ],
    quiet: [
      'Pour la soirée du vendredi 12, il faudrait être sur place de 18h à minuit pour la régie.',
      "Samedi 3, jour de l'inauguration, tu pourrais être présente de 10h à 16h ?",
      'Pour le gala du 20, on compte sur toi en ligne de 20h à 23h pour la diffusion.',
      'Demain soir, tu peux rester connecté de 21h à 23h pour surveiller la mise en ligne ?',
      'Pour la journée du mardi 9, il faudrait être au studio de 8h à 17h.',
      'Ce soir, on te veut sur place de 19h à 22h pour le vernissage.',
      'Tu viens travailler chez nous jeudi pour la séance photo ?',
      'Je suis connecté dès 8h et je reste disponible jusqu’à 18h si besoin.',
      'Je suis au bureau le lundi et le vendredi, de 10h à 16h, passe quand tu veux.',
      'Nos salariés badgent à l’entrée, toi tu passes par l’accueil comme un visiteur.',
      'Je suis disponible de 9h à 12h jeudi si vous voulez en parler.',
      'La boutique est ouverte de 10h à 19h.',
      'Pourriez-vous passer au bureau jeudi pour signer le contrat ?',
      'Tu peux passer chez nous jeudi pour signer ?',
      'Nos horaires : 9h-18h, la boutique est fermée le lundi.',
      "Serais-tu dispo mercredi 18 de 9h à 12h pour animer l'atelier d'écriture ?",
      'Vous pourriez passer à l’agence vendredi entre 10h et 11h pour signer le contrat ?',
      'Seriez-vous disponible demain matin entre 10h et 11h30 pour une visio de lancement ?',
    ],
  },
});
