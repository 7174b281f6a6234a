import { phraseRule } from '../../phrase-rule.ts';

/*
 * Rester branché sur le client comme état permanent : connecté à sa messagerie (« reste connecté sur notre Slack »,
 * « garde WhatsApp ouvert »), le téléphone allumé posé en condition (« …, natel allumé »), de piquet, ou tenu de
 * décrocher dès qu'il appelle. reachability lit « joignable » et la plupart des verbes ; ici l'impératif au milieu
 * d'une phrase, l'apposition et le vocabulaire suisse. Les habitudes du client et les offres restent muettes.
 */
const MESSAGERIE = String.raw`(?:slack|discord|teams|whatsapp|signal|telegram|messenger|skype|groupe|canal|serveur|chat|tchat|messagerie|workspace)`;
const TELEPHONE = String.raw`(?:natel|portable|telephone|tel|gsm|cellulaire|cell|mobile|smartphone)`;

export default phraseRule({
  id: 'availability-control/messagerie-ouverte',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Keeps you logged into their chat or on call as a standing rule: a freelancer decides when they are reachable.',
    fr: 'Vous garde connecté à leur messagerie ou de piquet en permanence : un indépendant décide quand il est joignable.',
  },
  cue: /connecte|branche|ouvert|allume|activ|ecran|piquet|decroch|repond/,
  patterns: [
    // « reste connectée sur le Discord du studio », « restez bien branchés au groupe WhatsApp »
    new RegExp(
      String.raw`\b(?:reste|restes|restez|rester|restiez|demeure|demeurez|demeurer)\s+(?:bien\s+|toujours\s+|aussi\s+)?(?:connecte|connectee|connectes|connectees|branche|branchee|branches|branchees|en ligne|logue|loguee)\s+(?:sur|a|au|dans)\s+(?:le\s+|la\s+|l'|notre\s+|nos\s+|ton\s+|votre\s+)?(?:[\w-]+\s+)?${MESSAGERIE}\b`,
    ),
    // « garde Slack ouvert sur ton téléphone », « laissez le groupe WhatsApp ouvert »
    new RegExp(
      String.raw`\b(?:garde|gardes|gardez|garder|laisse|laisses|laissez|laisser)\s+(?:ton\s+|votre\s+|le\s+|la\s+|l')?(?:appli\s+|application\s+)?${MESSAGERIE}(?:\s+\w+)?\s+(?:ouvert|ouverte|allume|allumee|actif|active)\b`,
    ),
    // « tu gardes les notifs activées », « laisse TeamViewer ouvert sur ton poste », « partage ton écran en continu »
    /\b(?:garde|gardes|gardez|garder|laisse|laisses|laissez|laisser)\s+(?:tes\s+|vos\s+|les\s+)?(?:notifs|notifications|alertes)\s+(?:\w+\s+)?(?:activees|actives|allumees|ouvertes)\b|\b(?:garde|gardes|gardez|garder|laisse|laisses|laissez|laisser)\s+(?:\w+\s+)?(?:teamviewer|anydesk|le partage d'ecran|ton ecran partage|votre ecran partage)\s+(?:\w+\s+)?(?:ouvert|allume|actif|lance)\b|\bpartag\w*\s+(?:ton|votre)\s+ecran\s+(?:en continu|en permanence|toute la journee|tout le temps|pendant tout)/,
    // « …, natel allumé », « avec le portable allumé » : le téléphone posé en condition, en apposition.
    new RegExp(
      String.raw`(?:,|\bavec)\s+(?:(?:le|ton|votre)\s+)?${TELEPHONE}\s+(?:toujours\s+|bien\s+)?(?:allume|branche|ouvert|a portee de main)\b`,
    ),
    // « d'être de piquet », « reste de piquet ce week-end »
    /\b(?:etre|sois|soyez|rester|reste|restes|restez|que (?:tu|vous) (?:sois|soyez|restiez|restes))\s+(?:\w+\s+)?de\s+piquet\b/,
    // « j'ai besoin que tu répondes quand j'appelle », « il faut que vous décrochiez dès que je vous appelle »
    /\b(?:besoin|faut|veux|voudrais|exige|demande|souhaite)\s+que\s+(?:tu|vous)\s+(?:me\s+)?(?:repondes|repondiez|decroches|decrochiez|rappelles|rappeliez)\s+(?:\w+\s+)?(?:quand|des que|chaque fois que|a chaque fois que|lorsque|au moment ou)\s+(?:je|j'|on)\s*(?:t'|te\s+|vous\s+)?(?:appelle|sonne|ecris|texte|telephone|relance)\b/,
  ],
  unless: [
    /\b(?:tu peux|vous pouvez|si (?:tu veux|vous voulez|ca t'arrange|ca vous arrange)|facultati\w+|pas (?:besoin|oblige\w*|la peine)|inutile)\b/,
    /\b(?:je|nous|on)\s+(?:\w+\s+)?(?:reste|restons|garde|gardons|laisse|laissons|serai|serons)\b/,
  ],
  examples: {
    fires: [
      'Pendant les soldes, reste connecté sur notre Slack, les vendeurs posent beaucoup de questions.',
      "Merci de rester bien branchée au groupe WhatsApp de l'équipe jusqu'au salon.",
      'Pour la semaine de lancement, restez connectés dans le canal #support.',
      'Garde Teams ouvert sur ton téléphone pendant la migration, stp.',
      'Pendant la campagne, vous gardez les notifications bien activées.',
      'Laisse AnyDesk ouvert sur ton ordi quand tu bosses sur notre dossier.',
      'Merci de partager votre écran en continu pendant les séances.',
      "Laissez l'appli Signal ouverte pendant tout l'événement.",
      'Vous serez de garde du 3 au 5, portable allumé en continu.',
      'On vous demande de rester de piquet tout le week-end de la foire.',
      "J'ai besoin que vous décrochiez dès que je vous appelle, c'est non négociable.",
      'Il faut que tu répondes quand on te sonne, même entre deux rendez-vous.',
    ],
    quiet: [
      'Je reste connecté sur Slack toute la journée si tu as besoin.',
      'Tu peux rester connecté au groupe WhatsApp si tu veux suivre, sans obligation.',
      'Pas besoin de garder Teams ouvert pendant tes vacances.',
      'Avec mon portable allumé, je suis joignable pour le livreur.',
      'La pharmacie de piquet ce dimanche est celle de la gare.',
      'Nous laissons le canal ouvert aux fournisseurs.',
      'Tu réponds toujours quand je t’appelle, merci pour ça.',
      'Le bureau reste ouvert jusqu’à 18h.',
      'Tu peux partager ton écran pendant la démo si tu veux.',
      'Je laisse mes notifications activées le soir, ne t’inquiète pas.',
    ],
  },
});
