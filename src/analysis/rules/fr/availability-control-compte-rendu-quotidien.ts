import { phraseRule } from '../../phrase-rule.ts';

/** Un compte rendu, sous ses noms courants. */
const COMPTE_RENDU = String.raw`(?:recapitulatifs?|recaps?|comptes?[- ]rendus?|rapports?|resumes?|bilans?|releves?|points? ecrits?|etats? des lieux|listes? de ce que)`;
/** Un rythme quotidien, avec ou sans heure limite : « chaque soir, avant 19h », « tous les matins ». */
const CHAQUE_JOUR = String.raw`(?:chaque|tous les|toutes les)\s+(?:jours?|soirs?|matins?|midis?|fins? de journee|journees?)(?:\s*,?\s*(?:avant|a|pour|d'ici)\s+\d{1,2}\s?h(?:\s?\d\d)?\s*,?)?|quotidiennement|en fin de journee|a la fin de (?:chaque|ta|votre) journee`;
/** Le client qui demande à recevoir (pas celui qui envoie le sien : « je t'enverrai chaque soir un récap »). */
const RECEVOIR = String.raw`(?:recevoir|avoir|voir arriver|(?:envoie|envoyez|transmets|transmettez|fais|faites|adresse|adressez)-(?:moi|nous)|(?:m'|nous |me |lui )(?:envoies|envoyiez|envoyer|envoyez|transmettes|transmettiez|transmettre|transmettez|fasses|fassiez|faire|faites|rendes|rendiez|rendre|adresser|adresses|adressiez|fais parvenir|faire parvenir|ferez parvenir|feras parvenir))`;

/**
 * Un compte rendu quotidien demandé au prestataire (« je veux recevoir tous les soirs, avant 18h, un compte rendu
 * des appels », « tu m'envoies tous les soirs un bilan »), ou un signe de vie à l'arrivée puis à intervalles (« une
 * photo dès ton arrivée, puis toutes les trois heures »). Le client qui envoie lui-même un récap, ou un compte rendu
 * unique, reste muet.
 */
export default phraseRule({
  id: 'availability-control/compte-rendu-quotidien',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Asks for a daily account or check-ins at set intervals: you owe the client results, not a log of your day.',
    fr: 'Demande un compte rendu quotidien ou des nouvelles à heures fixes : vous devez un résultat au client, pas le récit de votre journée.',
  },
  cue: /recap|compte[- ]rendu|rapport|resume|bilan|releve|points? ecrits?|etats? des lieux|liste de ce que|toutes les (?:\w+ )?heures|chaque heure/,
  patterns: [
    // « un compte-rendu écrit de vos heures, chaque jour avant 18h », « un rapport d'activité de la veille chaque matin »
    /\b(?:compte[- ]rendu|rapport|recap\w*|bilan|releve|decompte)\s+(?:\w+\s+)?(?:d'activite(?:\s+de la (?:veille|journee))?|de\s+(?:vos|tes)\s+heures|de la (?:veille|journee))\s*,?\s+(?:[\w']+\s+){0,5}?(?:chaque|tous les)\s+(?:jours?|matins?|soirs?)\b/,
    // « recevoir tous les soirs, avant 18h, un compte rendu », « tu m'envoies tous les soirs un bilan »
    new RegExp(
      String.raw`\b${RECEVOIR}\s+(?:${CHAQUE_JOUR})\s*(?:un|une|le|la|ton|ta|votre|vos|tes|des|les)\s+(?:petit\s+|petite\s+|court\s+|bref\s+)?${COMPTE_RENDU}`,
    ),
    // « recevoir un récapitulatif de la journée tous les soirs »
    new RegExp(
      String.raw`\b${RECEVOIR}\s+(?:un|une|le|la|ton|ta|votre|vos|tes|des|les)\s+(?:petit\s+|petite\s+|court\s+|bref\s+)?${COMPTE_RENDU}\b[^.?!\n]{0,50}?\b(?:${CHAQUE_JOUR})`,
    ),
    // « un SMS en arrivant sur place, et ensuite toutes les trois heures », « une photo dès ton arrivée, puis chaque heure »
    /\b(?:messages?|sms|textos?|photos?|appels?|coups? de fil|signes?|mots?|nouvelles|point)\s+(?:\w+\s+){0,2}?(?:en arrivant|a ton arrivee|a votre arrivee|des ton arrivee|des votre arrivee|des que (?:tu arrives|vous arrivez))\b[^.?!\n]{0,40}?\b(?:puis|et|ensuite)\s+(?:toutes les\s+(?:\w+\s+)?heures|chaque heure|toutes les \d+\s?(?:min|minutes|h))\b/,
  ],
  unless: [
    // Le client qui envoie le sien : « je t'enverrai chaque soir un récap des commentaires ».
    /\b(?:je|on|nous)\s+(?:te|vous|t')\s*(?:enverrai|enverrons|envoie|envoyons|enverra|transmettrai|transmettrons|ferai|ferons)\b/,
  ],
  examples: {
    fires: [
      'On attend un relevé de vos heures, envoyé tous les soirs avant 19h.',
      'Un bilan de la journée devra nous parvenir chaque soir.',
      'Je souhaite recevoir tous les soirs, avant 18h, un compte rendu des appels traités.',
      'Tu m’envoies chaque jour un petit récap de ce qui a été publié ?',
      'Envoie-moi chaque midi un court résumé de la matinée.',
      'Merci de nous transmettre chaque fin de journée un bilan des ventes du stand.',
      'J’aimerais avoir un rapport de vos interventions tous les soirs.',
      'Vous nous ferez parvenir quotidiennement un relevé des heures passées.',
      'Tu m’envoies une photo dès ton arrivée puis toutes les quatre heures.',
      'Un SMS en arrivant sur le chantier, et ensuite toutes les trois heures, merci.',
      'Je voudrais recevoir un résumé des échanges chaque soir avant 19h.',
    ],
    quiet: [
      'Le rapport d’activité annuel sera présenté à l’assemblée en juin.',
      'Je t’enverrai chaque soir un récap des commentaires des lecteurs.',
      'Merci de m’envoyer un compte rendu de la réunion de lundi.',
      'Le rapport annuel sort chaque année en mars.',
      'Tu peux m’envoyer une photo en arrivant pour que je sache que tout va bien ?',
      'Nous recevons chaque jour des dizaines de candidatures.',
    ],
  },
});
