import { phraseRule } from '../../phrase-rule.ts';

const CALENDAR = String.raw`(?:agenda|calendrier|planning|emploi du temps)(?:\s+(?:google|outlook|partage|pro))?`;
const SLOTS = String.raw`(?:agenda|calendrier|planning|emploi du temps|matinees|matins|apres-midi|apres-midis|journees|soirees|lundis|mardis|mercredis|jeudis|vendredis|creneaux|plages)`;

/** Mainmise sur l'agenda : accès en écriture, réunions calées sans demander, demi-journées bloquées pour le client. */
export default phraseRule({
  id: 'availability-control/calendar-control',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Wants to run your calendar: a client books time with you, they do not manage your diary.',
    fr: 'Veut gérer votre agenda : un client vous demande un créneau, il ne dispose pas de votre emploi du temps.',
  },
  cue: /\b(?:agenda|calendrier|planning|emploi du temps|bloqu|reserv|garde|cale|caler|pose|poser|booke)/,
  patterns: [
    // "bloquer vos créneaux selon notre planning", "caler tes semaines sur notre calendrier"
    /\b(?:bloquer|bloquez|bloque|bloques|organiser|organisez|organise|caler|calez|cale|cales|aligner|alignez|adapter|adaptez|adapte|adaptes)\s+(?:vos|tes|votre|ton)\s+(?:journees|jours|creneaux|semaines|agenda|planning|emploi du temps|horaires|disponibilites)\s+(?:\w+\s+){0,2}?(?:selon|en fonction de|sur|d'apres|autour de)\s+(?:notre|nos|mon|mes|le)\s+(?:\w+\s+)?(?:planning|agenda|calendrier|emploi du temps|besoins|horaires)\b/,
    // "tu peux me partager ton agenda Google en écriture ?", "un accès en modification à votre calendrier"
    new RegExp(
      String.raw`\bpartag\w*\s+(?:ton|votre|ta)\s+${CALENDAR}\s+(?:\w+\s+){0,3}?(?:en ecriture|en edition|en modification|avec (?:les )?droits|droits d'(?:edition|ecriture)|acces (?:complet|total|en ecriture))`,
    ),
    new RegExp(
      String.raw`\b(?:acces|droits?)\s+(?:complet\s+|total\s+)?(?:en ecriture|en edition|en modification|d'edition|d'ecriture|de modification|complets?|totaux?)\s+(?:a|sur)\s+(?:ton|votre|ta)\s+${CALENDAR}\b`,
    ),
    // "je te cale des réunions quand j'en ai besoin, sans te demander"
    /\b(?:je|on|nous)\s+(?:te|t'|vous)\s*(?:cale|calerai|calera|calerons|bloque|bloquerai|bloquera|bloquerons|pose|poserai|posera|mets|mettrai|mettra|place|placerai|planifie|planifierai|reserve|reserverai|booke|bookerai|ajoute|ajouterai)\s+(?:\w+\s+){0,2}?(?:reunions|rdv|rendez-vous|creneaux|calls|points|visios|appels|seances)\b[^.?!\n]{0,40}?(?:quand|des que|chaque fois que|selon|au gre|sans (?:te|vous) (?:demander|consulter|prevenir))/,
    // "merci de bloquer tous vos après-midis pour nous", "garde-nous tes matinées libres"
    new RegExp(
      String.raw`\b(?:bloquer|bloques|bloquez|bloque|reserver|reserves|reservez|reserve|garder|gardes|gardez|garde|liberer|liberes|liberez|libere)(?:-nous|-moi)?\s+(?:\w+\s+){0,2}?(?:tous|toutes|chacun de|chacune de)?\s*(?:tes|vos|ton|votre|les)\s+${SLOTS}\b[^.?!\n]{0,40}?\b(?:pour\s+(?:nous|moi|notre|le projet|l'equipe)|libres?\s+pour)`,
    ),
    // « réserve-nous tous tes mercredis » : le « pour nous » est dans le verbe.
    new RegExp(
      String.raw`\b(?:bloque|bloquez|reserve|reservez|garde|gardez|libere|liberez)-(?:nous|moi)\s+(?:tous|toutes)?\s*(?:tes|vos|ton|votre)\s+${SLOTS}\b`,
    ),
    // « tenir à jour votre agenda partagé, afin que je voie à tout moment sur quoi vous travaillez » : une fenêtre sur la
    // journée de l'indépendant.
    new RegExp(
      String.raw`\b${CALENDAR}\b[^.?!\n]{0,60}?\b(?:pour que|afin que|comme ca)\s+(?:je|on|nous)\s+(?:puisse\s+|puissions\s+)?(?:voi\w*|sache|sachions|suive|suivions)\s+(?:a tout moment\s+|en permanence\s+|en temps reel\s+|en direct\s+|toujours\s+)?(?:sur quoi|ce que|ou)\s+(?:tu|vous)\s+(?:travaill\w*|bosse\w*|fai\w*|en (?:es|etes))`,
    ),
    // « partage-moi ton agenda pour que je réserve tes créneaux directement »
    new RegExp(
      String.raw`\b(?:partag\w*|ouvr\w*|envoie|envoyez)(?:-moi|-nous)?\s+(?:\w+\s+)?(?:ton|votre|ta)\s+${CALENDAR}\b[^.?!\n]{0,40}?\b(?:pour que|afin que|comme ca)\s+(?:je|on|nous)\s+(?:te |vous |t')?(?:reserv|cal|bloqu|pos|book|planifi|prenn)\w*\s+(?:(?:tes|vos|ton|votre)\s+(?:creneaux|journees|heures|temps|matinees|apres-midis?|disponibilites)|[^.?!\n]{0,25}?\b(?:directement|moi-meme|nous-memes|quand (?:je|on|nous) (?:veux|veut|voulons)))`,
    ),
    new RegExp(
      String.raw`\bacces\s+(?:a|sur)\s+(?:ton|votre|ta)\s+${CALENDAR}\b[^.?!\n]{0,40}?\b(?:pour que|afin que|comme ca|comme ça)\s+(?:je|on|nous)\s+(?:te|vous|t')\s*(?:reserve|cale|bloque|pose|mette|place|planifie|booke|ajoute)`,
    ),
    // « partagez votre calendrier avec nous, on y bloquera vos créneaux » : le client écrira lui-même dans l'agenda.
    new RegExp(
      String.raw`\b(?:partag\w*|ouvr\w*|acces\s+(?:a|sur))(?:-moi|-nous)?\s+(?:ton|votre|ta)\s+${CALENDAR}\b[^.?!\n]{0,40}?(?:\bje\s+|\bj'|\bon\s+|\bnous\s+)(?:te\s+|vous\s+|t')?y\s+(?:reserv|cal|bloqu|pos|book|planifi|mett|plac|ajout|inscri)\w*`,
    ),
    // « donne-moi accès à ton agenda, je placerai nos rendez-vous quand ça m'arrange »
    new RegExp(
      String.raw`\b(?:acces\s+(?:a|sur)|ajoute[sz]?-moi\s+(?:a|sur|dans)|partage[sz]?-moi)\s*(?:ton|votre|ta)\s+${CALENDAR}\b[^.?!\n]{0,70}?(?:quand (?:je veux|je le veux|j'en ai besoin|ca me chante|ca m'arrange|bon me semble|je le souhaite)|a ma (?:guise|convenance)|comme (?:je veux|bon me semble)|sans (?:te|vous) (?:demander|consulter|prevenir)|sans passer par (?:toi|vous))`,
    ),
    // « mettre des réunions dans votre calendrier directement »
    new RegExp(
      String.raw`\b(?:mettre|caler|placer|poser|ajouter|bloquer|reserver|mets|cale|place|pose|ajoute|bloque|reserve)\s+(?:des|mes|nos|les)\s+(?:\w+\s+)?(?:reunions|rdv|rendez-vous|creneaux|calls|points|visios|seances|appels)\s+(?:\w+\s+){0,2}?(?:dans|sur)\s+(?:ton|votre|ta)\s+${CALENDAR}\s+(?:\w+\s+){0,2}?(?:directement|quand|a ma guise|sans|comme)`,
    ),
  ],
  unless: [
    /\bje (?:te|vous) (?:garde|laisse|libere)\b/,
    /\b(?:je (?:t'|vous )?ai partage|je (?:te|vous) partage|voici mon|mon agenda|mes creneaux|mes disponibilites)\b/,
  ],
  examples: {
    fires: [
      'Gardez votre calendrier partagé à jour, pour que je sache à tout moment sur quoi vous travaillez.',
      'Ton agenda Google doit être partagé avec moi, comme ça je vois ce que tu fais.',
      'Ouvre-moi ton agenda Outlook, j’y placerai nos visios au fil des besoins.',
      'Réserve-nous tous tes mercredis jusqu’à la fin du projet.',
      'Merci de caler tes semaines sur notre calendrier de production.',
      'Vous pourriez partager votre calendrier Outlook avec nous en modification ?',
      'Il me faudrait un accès en écriture à ton agenda.',
      'Je te bloque des créneaux directement, sans te demander.',
      'On vous calera des points selon les besoins du service.',
      'Merci de bloquer toutes vos matinées pour notre équipe en mars.',
      'Garde-nous tes lundis libres pour le projet jusqu’à l’été.',
      'Garde ton agenda libre pour nous le lundi et le jeudi.',
      'Tu peux me donner accès à ton agenda pour que je te réserve des créneaux ?',
      'Ouvre-nous ton calendrier Google, afin que nous bloquions tes matinées selon les besoins.',
      'Réserve les vendredis pour nous seuls jusqu’à la fin du chantier.',
      'Donne-moi accès à ton agenda, je caserai nos séances quand ça m’arrange.',
      'Je veux pouvoir caler des visios dans ton calendrier directement, sans te déranger.',
      'Ajoutez-moi à votre agenda, comme ça je vous pose des rendez-vous à ma guise.',
    ],
    quiet: [
      "Je t'ai partagé notre planning pour que tu saches sur quoi on travaille.",
      'Envoie-moi ton planning de la semaine pour que je voie où caler la réunion.',
      'Partage ton planning avec l’équipe, on y verra plus clair pour la suite.',
      'Je te garde tous les mercredis de libre pour tes rendez-vous perso, pas de souci.',
      'Nous organiserons nos journées selon vos disponibilités.',
      'Je t’ai partagé mon agenda, choisis le créneau qui te va.',
      'Tu peux me partager ton planning de la semaine prochaine pour caler un call ?',
      'On pourrait bloquer une demi-journée pour l’atelier de lancement ?',
      'Voici mes disponibilités pour la réunion de lancement.',
      'Tu as accès à mon agenda, pose un rendez-vous quand tu veux.',
      "Garde ton agenda libre le 12, c'est la fête de lancement !",
      'Partage-moi ton planning pour que je trouve un créneau pour la réunion de rentrée.',
    ],
  },
});
