import { phraseRule } from '../../phrase-rule.ts';
import { withTimeInView } from '../shared/time-in-view.ts';
import { REASSURANCE } from './urgency-urgent.ts';

/**
 * Des mots qui disent « beaucoup demander » d'un prix ou d'un service autant que du temps : « je sais que c'est
 * limite » après une remise n'est pas une urgence. Dits de « c'est », ils demandent un mot de temps à côté.
 */
const TIME_IN_VIEW = {
  anyAsk: /\b(?:juste|limite|ambitieux|chaud)\b/,
  timingSubject: /\b(?:delais?|timing|planning|calendrier|retroplanning|deadline|echeances?)\b/,
  timeWord:
    /\b(?:aujourd'hui|ce soir|ce matin|cet apres-midi|demain|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|week-?end|semaine|jours?|heures?|matin|midi|soir|delais?|deadline|date|echeance|timing|planning|calendrier|rendu|livraison|a temps|lancement|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{1,2} ?h(?:\d\d)?|(?:le|du|au) \d{1,2}(?:er)?)\b/,
};

/** The client owns up to the rush: "je sais que c'est serré", "délai très court", "désolé pour le rush". */
const phrases = phraseRule({
  id: 'urgency/short-notice',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Admits the timing is short: an apology does not make the turnaround any longer.',
    fr: 'Reconnaît que le délai est court : s’en excuser ne l’allonge pas pour autant.',
  },
  cue: /prend|pris|sais|sait|savons|conscien|doute|rends compte|realise|delai|timing|deadline|planning|calendrier|desole|pardon|excuse|navre|derniere minute|temps|marge|recul/,
  patterns: [
    /\b(?:je sais|j'ai conscience|je suis conscient(?:e)?|je me doute|je me rends compte|je realise|bien conscient(?:e)?s?),? (?:bien |parfaitement )?(?:que |qu')?(?:c'est|c'etait|ca fait|le delai est|les delais sont|cela fait) (?:un peu |tres |super |hyper |assez |vraiment |plutot |extremement )*(?:court|serre|juste|tendu|rapide|limite|ambitieux|short|chaud|de derniere minute|a la derniere minute)\b(?! comme\b)/,
    // Dans l'autre sens : « c'est serré, je le sais bien », « le timing est ambitieux, j'en suis consciente ».
    /\b(?:c'est|ca fait|(?:le |les )?(?:delais?|timing|planning|calendrier|retroplanning|deadline) (?:est|sont)) (?:un peu |tres |super |hyper |assez |vraiment |plutot |extremement )*(?:court|serre|juste|tendu|ambitieux|short|chaud|limite)s?,? (?:je (?:le )?sais|j'en (?:ai|suis) (?:bien |tout a fait |parfaitement )?conscient\w*|je m'en doute|je m'en rends compte|on le sait|nous le savons)\b/,
    // Peu de temps laissé au lecteur : « on vous laisse peu de temps », « je t'en demande beaucoup en si peu de temps ».
    // « ça ne te laisse pas beaucoup de temps », « cela vous laisse guère de marge » : the subject and its « ne »
    // belong to the phrase, so the negation that says "little" does not cancel it.
    /\b(?:(?:ca|cela|ce qui|on|je|nous) (?:ne |n')?)?(?:vous|te|t') ?(?:laiss|donn|accord)\w* (?:(?:tres |bien |assez |vraiment |si |trop )?peu|pas (?:beaucoup|enormement|des masses|bcp|tant|assez|vraiment beaucoup|grand-chose)|guere|presque pas|quasi(?:ment)? pas) de (?:temps|marge|delai|recul)\b|\bdemande\w* (?:\w+ ){0,3}en (?:si |tres |aussi )?peu de temps\b/,
    /\b(?:delais?|timing|deadline|planning|calendrier|retroplanning) (?:est |sont |hyper |super |tres |un peu |assez |vraiment |extremement )*(?:court|serre|tendu|ultra-court|tres court)s?\b/,
    // Un délai dit rude : « c'est violent comme délai », « le timing est brutal », « un calendrier costaud ».
    /\b(?:c'est|ca fait|c'etait) (?:un peu |tres |super |hyper |assez |vraiment |plutot |carrement )*(?:violent|brutal|rude|costaud|raide|hardcore|chaud|dur|fou|dingue|sportif|serre|court|juste|tendu|short) comme (?:delai|timing|deadline|planning|calendrier|echeance|retroplanning)\b|\b(?:delais?|timing|deadline|planning|calendrier|echeances?) (?:est |sont )?(?:un peu |tres |super |hyper |assez |vraiment |plutot |carrement )*(?:violent|brutal|rude|costaud|raide|hardcore|dingue|fou|sportif|infernal|intenable)(?:e|s|es)?\b/,
    // S'y prendre tard : « désolée de m'y prendre si tard », « je m'y prends un peu tard, je sais ».
    /\b(?:m'y|nous y|s'y|on s'y) (?:prendre|prends|prend|prenons|suis pris|sommes pris|suis prise|sommes prises|etre pris\w*) (?:un peu |bien |tres |vraiment |si |trop |aussi )*tard\b/,
    /\b(?:desole|desolee|pardon|excuse(?:z)?-moi|navre|navree)s? (?:pour|de|du) (?:le |la |ce |cette )?(?:rush|precipitation|urgence|delai (?:si |tres )?(?:court|serre)|derniere minute|court delai)\b/,
    /\bc'est (?:un peu |super |hyper |tres )?(?:chaud|tendu|serre|juste|short) (?:niveau|cote|en|pour le|question) (?:timing|delais?|planning|temps)\b/,
    /\b(?:c'est|c'etait) (?:un peu |tres |encore )?(?:a la )?derniere minute\b|\b(?:dans|sous|a) (?:un )?(?:tres |si )?(?:court|bref) delai\b/,
  ],
  unless: [
    REASSURANCE,
    /\bmerci (?:pour|de) (?:ta|votre) (?:reactivite|rapidite)\b/,
    // Tight but holding: "le planning est serré mais tenable" reports a plan, it presses no one.
    /\b(?:mais|et) (?:reste |restent |bien |tout a fait )?(?:tenable|gerable|confortable|realiste)s?\b/,
    // The squeeze owned up to and eased: « donc on décale la sortie », « du coup je te donne plus de temps ».
    /\b(?:donc|alors|du coup|c'est pourquoi|c'est pour ca)\b[^.!?\n]{0,30}\b(?:decal|repouss|report|prolong|plus de temps|davantage de temps)/,
  ],
  examples: {
    fires: [
      'Je suis vraiment désolé de m’y prendre si tard, mais il nous faudrait le plan demain.',
      'On s’y prend un peu tard, je sais : tu pourrais nous envoyer les textes jeudi ?',
      "Je sais que c'est violent comme délai, mais le salon ouvre lundi.",
      // Les mêmes mots, le temps en vue.
      'Tu peux me livrer les cartes pour jeudi ? Je sais que c’est un peu juste.',
      'Je sais que c’est ambitieux, mais il nous faut la vidéo pour le 12.',
      'Il me faut le texte ce soir, je sais que c’est limite.',
      'Le timing est brutal, on en est conscients.',
      "C'est un peu sportif comme planning, j'en ai conscience.",
      'Désolé, le calendrier est carrément infernal cette fois.',
      'Je sais, c’est court, mais il faut absolument le rapport jeudi.',
      'C’est serré, on le sait bien, mais la date ne bougera pas.',
      "Je sais que c'est serré, merci infiniment.",
      'Je sais bien que le délai est très court.',
      'Désolée pour le rush, le client a tout avancé.',
      'Le délai est très court, tu penses que c’est jouable ?',
      "Je sais que c'est de dernière minute.",
      'Je sais que c’est chaud niveau timing, mais il nous faut la vidéo jeudi.',
      'C’est hyper serré, je le sais, mais la campagne démarre lundi.',
      'Le planning est ambitieux, j’en suis bien consciente, mais on ne peut pas décaler.',
      'On vous laisse très peu de temps, désolé, mais le salon ouvre vendredi.',
      'Je sais que ça te laisse pas beaucoup de temps, mais le salon ouvre lundi.',
      "Ça ne vous laisse guère de temps, j'en suis conscient.",
      'Je me rends compte que cela vous laisse très peu de marge.',
      'Désolé, ça ne te laisse presque pas de temps pour la relecture.',
    ],
    quiet: [
      'Tu t’y es pris tard l’an dernier, mais cette fois on a tout le temps.',
      'Le film est violent, je te préviens pour la bande-son.',
      "La pente du terrain est raide, c'est pour ça que le plan a deux niveaux.",
      "L'hiver a été rude pour la boutique, d'où le petit budget.",
      'Désolée du délai, on était débordés.',
      'Le budget est un peu juste cette année.',
      'Merci pour votre rapidité sur le dépliant.',
      "Rien ne presse, je sais que c'est un peu court.",
      'Le planning est serré mais tenable, le lancement reste en juin.',
      'Je sais que c’est serré, donc si ça déborde sur la semaine prochaine, ce n’est pas grave.',
      'Je sais que c’est court comme accroche, dix mots maximum.',
      'Le nouveau planning vous laisse beaucoup de temps pour les maquettes.',
      'Ça te laisse plus de temps pour le reste.',
      'Ça ne te laisse pas beaucoup de temps, donc on décale la sortie à mai.',
      'La réunion de lundi me laisse peu de temps pour le reste.',
      // « Beaucoup demander » d'un prix ou d'un service, sans mot de temps à côté.
      'Tu pourrais faire le logo pour la moitié du tarif ? Je sais que c’est un peu juste, mais on est une petite asso.',
      'Vous pourriez nous prêter votre micro ? Je sais que c’est limite, on en prendra soin.',
      'On peut monter à 800 € pour tout le pack. Je sais que c’est ambitieux, mais la visibilité sera énorme.',
      'Tu pourrais retirer un tiers du devis ? Je sais, c’est limite.',
      'Je me doute que c’est un peu juste, mais c’est tout notre budget.',
      'Vous pourriez encadrer notre stagiaire aussi ? Je suis consciente que c’est un peu limite.',
      'Tu pourrais ajouter les icônes gratuitement ? Je sais que c’est chaud.',
      'Je sais que c’est juste, mais notre trésorerie ne suit pas.',
    ],
  },
});

/** The rush owned up to; a word that can mean any big ask only where the time is in view. */
export default withTimeInView(phrases, TIME_IN_VIEW);
