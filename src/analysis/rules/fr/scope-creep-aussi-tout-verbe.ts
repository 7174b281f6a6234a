import { phraseRule } from '../../phrase-rule.ts';

/*
 * Un travail de plus demandé « aussi / également », quel que soit le verbe : « ça t'embêterait de détourer aussi les
 * photos de l'hiver dernier », « pourriez-vous aussi remplir nos déclarations », « serais-tu capable de nous monter
 * aussi le dossier de subvention », « seriez-vous d'accord pour animer également une conférence », « il faudrait aussi
 * prévoir l'arrosage ». Les métiers ont trop de verbes pour une liste : la demande adressée (tu, vous, il faudrait),
 * le « aussi » collé au verbe et un objet qui est un ouvrage suffisent. Restent à l'écart : envoyer, confirmer, payer
 * et l'administratif (« pourriez-vous aussi m'envoyer la facture »), la présence (venir, passer, être là), et les
 * retouches d'un travail livré (« corriger aussi le titre »), que les règles de retouches lisent. Texte replié.
 */

/** La demande adressée au lecteur, juste avant : « pourriez-vous », « ça t'embêterait de », « il faudrait ». */
const DEMANDE = String.raw`(?:si (?:tu|vous) (?:pouvais|pouviez)|pourr(?:ais|iez)(?:-(?:tu|vous))?|(?:tu|vous) pourr(?:ais|iez)|peux-tu|pouvez-vous|tu peux|vous pouvez|est-ce que (?:tu|vous) (?:pourr(?:ais|iez)|peux|pouvez)|serai[st](?:-tu)? (?:capable|partante?|pret(?:e)?|d'accord|ok|chaud(?:e)?|dispo(?:nible)?) (?:de|d'|pour)|seriez(?:-vous)? (?:capables?|partante?s?|prete?s?|d'accord|ok|disponibles?) (?:de|d'|pour)|(?:ca|cela) (?:t'|te |vous )(?:embeterait|derangerait|ennuierait|tenterait|dirait|irait) (?:de|d')|(?:il )?faudrait|(?:on|nous|j') ?(?:aurait|aurions|aurais) besoin (?:de|d')|merci de|auriez-vous|aurais-tu|(?:serait-il|serait-ce|ce serait|ca serait|est-il|c'est) (?:possible|envisageable|pensable|faisable|jouable) (?:de|d')|(?:si )?(?:vous )?accepteriez(?:-vous)? (?:de|d')|(?:si )?(?:tu )?accepterais(?:-tu)? (?:de|d'))`;

/** Verbes hors travail neuf : envoyer, confirmer, payer, venir, et les retouches d'un livrable. */
const PAS_UN_OUVRAGE = String.raw`(?:envoyer|renvoyer|transmettre|transferer|confirmer|valider|signer|payer|regler|facturer|joindre|indiquer|preciser|dire|prevenir|noter|appeler|rappeler|contacter|repondre|venir|passer|etre|rester|garder|conserver|mettre en copie|ajouter en copie|copier|partager|telecharger|imprimer|verifier|regarder|lire|consulter|changer|modifier|corriger|retoucher|refaire|revoir|ajuster|remplacer|supprimer|enlever|retirer|raccourcir|rallonger|recadrer|reprendre|retravailler|remanier|repenser|redessiner|rafraichir|adoucir|eclaircir|assombrir|alleger|simplifier|harmoniser|deplacer|decaler|reporter|annuler|garder|tenir|penser|prendre note|patienter|attendre|bloquer|reserver|liberer|participer|assister|rejoindre)`;

/** Les objets administratifs et les trajets ou pauses : « aussi m’envoyer la facture », « aussi prendre le train ». */
const ADMINISTRATIF = String.raw`(?:train|bus|avion|vol|taxi|metro|voiture|cafe|dejeuner|diner|pause|conge|conges|vacances|facture|factures|devis|contrat|lien|liens|fichiers?|mail|mails|courriel|rib|iban|coordonnees|dispos?|disponibilites|planning|agenda|date|dates|heure|horaires?|code|codes|acces|adresse|numero|mot de passe|badge|cles|reunion|rendez-vous|rdv|appel|visio)`;

export default phraseRule({
  id: 'scope-creep/aussi-tout-verbe',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks for an extra piece of work on top of the agreed job: scope creep.',
    fr: 'Demande un travail en plus de la mission convenue : du travail hors périmètre.',
  },
  cue: /\b(?:aussi|egalement|autre chose)\b/,
  // Le motif part du « aussi », rare, et vérifie la demande derrière lui (regard en arrière).
  patterns: [
    // « Pourriez-vous aussi remplir nos déclarations », « il faudrait aussi prévoir l'éclairage ».
    new RegExp(
      String.raw`\b(?:aussi|egalement) (?:nous |me |m'|leur |lui |vous |te |t')?(?!${PAS_UN_OUVRAGE}\b)[a-z]{3,}(?:er|ir|re)\b (?:et (?!${PAS_UN_OUVRAGE}\b)[a-z]{3,}(?:er|ir|re) )?(?:(?:le|la|les|un|une|des|du|nos|vos|notre|votre|tes|ton|ta|ces|mes|\d{1,3}) |l'|d')(?:\d{1,3} )?(?!${ADMINISTRATIF}\b)[a-z]{3,}(?<=\b${DEMANDE} (?:nous |me |m'|leur |lui )?(?:aussi|egalement) [^.?!\n]{4,60})`,
    ),
    // « Ça t'embêterait de détourer aussi les photos », « serais-tu capable de nous monter aussi la demande ».
    new RegExp(
      String.raw`\b(?:aussi|egalement) (?:(?:le|la|les|un|une|des|du|nos|vos|notre|votre|tes|ton|ta|ces|mes|\d{1,3}) |l')(?:\d{1,3} )?(?!${ADMINISTRATIF}\b)[a-z]{3,}(?<=\b${DEMANDE} (?:nous |me |m'|leur |lui |l'|les |le |la )?(?!${PAS_UN_OUVRAGE}\b)[a-z]{3,}(?:er|ir|re) (?:aussi|egalement) [^.?!\n]{2,60})`,
    ),
    // « Nous aurions besoin que vous repreniez aussi le reporting », « j'aimerais que tu gères également la page ».
    new RegExp(
      String.raw`\b(?:aussi|egalement) (?:(?:le|la|les|un|une|des|du|nos|vos|notre|votre|ces|mon|ma|mes|\d{1,3}) |l')(?:\d{1,3} )?(?!${ADMINISTRATIF}\b)[a-z]{3,}(?<=\b(?:besoin|voudrais|voudrions|voudrait|voulons|aimerais|aimerions|aimerait|souhaite|souhaiterais|souhaiterions|souhaiterait|souhaitons|souhaitent|faudrait|faut|possible|envisageable|pensable|jouable|fun|ideal|top|genial|pratique|chouette) (?:que|qu') ?(?:tu|vous) (?:nous |me |leur )?(?!(?:envoy|transmett|confirm|pass|veni|vienn|soy|sois|soi)[a-z]*\b)[a-z]{3,}(?:iez|ies|es|e|ions) (?:aussi|egalement) [^.?!\n]{2,60})`,
    ),
    // « Aussi, ça te tenterait de nous faire deux bancs assortis ? » : le « aussi » ouvre la phrase.
    new RegExp(
      String.raw`(?:^|[.!?\n]\s*)(?<phrase>(?:aussi|egalement|et aussi|autre chose) ?[,:]? ${DEMANDE} (?:nous |me |m'|leur |lui )?(?!${PAS_UN_OUVRAGE}\b)[a-z]{3,}(?:er|ir|re) (?:(?:le|la|les|un|une|des|du|nos|vos|notre|votre|ces|deux|trois|quatre|\d{1,3}) |l')(?:\d{1,3} )?(?!${ADMINISTRATIF}\b)[a-z]{3,})`,
    ),
    // « Vous prendrez aussi en charge la hotline », « tu t'occuperas également de la page » : une tâche assignée au futur
    // ou proposée au conditionnel (« vous géreriez aussi le forum », « tu prendrais aussi en charge l'infolettre »).
    new RegExp(
      String.raw`\b(?:tu|vous) (?:t'|te |vous )?(?:(?:ger|assur|anim|redig|pilot|coordonn|supervis|occup|trait|cre|realis|prepar|moder|aliment|publi|organis|install|developp|encadr|form|fourn|tradui|redige)(?:er|ir)(?:as|ez|ais|iez)|(?:prendr|suivr|produir|concevr|tiendr|mettr|ecrir|tradui?r)(?:as|ez)|prendr(?:ais|iez)(?= (?:aussi|egalement) en charge)) (?:aussi|egalement) (?:en charge )?(?:(?:de la|de l'|du|des|de|le|la|les|un|une|nos|vos|notre|votre|ces|\d{1,3}) |l'|d')?(?!${ADMINISTRATIF}\b|point\b|connaissance\b)[a-z]{3,}`,
    ),
  ],
  unless: [
    // Un devis ou un paiement à part demandé pour ce travail en fait une commande.
    /\b(?:(?:un|une) (?:nouveau |nouvel |petit |autre )?(?:devis|chiffrage|estimation)|chiffr(?:er|ez|age|e-moi|ez-nous|ez-moi)|combien|en supplement|a part|facture\w* separee?s?|on te paiera|nous vous paierons)\b/,
    /\b(?:nous-memes|moi-meme|nous memes|en interne)\b/,
    // Une tâche déjà prévue, rappelée : « comme prévu au devis, vous prendrez aussi en charge la mise en page ».
    /\b(?:comme (?:convenu|prevu|indique|entendu)|(?:prevu|inclus|compris) (?:au|dans (?:le|votre|ton)) (?:devis|contrat|forfait))\b/,
  ],
  examples: {
    fires: [
      'Je sais que ce n’était pas prévu, mais si tu pouvais aussi prendre les messages du forum, ça nous aiderait.',
      "Ça t'embêterait de détourer aussi les 25 photos du catalogue d'automne ?",
      'Pourriez-vous aussi remplir le formulaire de subvention régionale ?',
      'Serais-tu capable de nous monter aussi le dossier pour la fondation ?',
      'Seriez-vous d’accord pour animer également une conférence à Lyon ?',
      "On s'est dit qu'il faudrait aussi prévoir l'arrosage de la terrasse.",
      'Nous aurions besoin que vous repreniez aussi la veille concurrentielle pour le comité.',
      "J'aimerais que tu gères également la page Pinterest de la boutique.",
      'Tu pourrais aussi dessiner les plans du garage ?',
      'Aussi, ça te dirait de nous fabriquer deux tabourets pour le bar ?',
      'Autre chose : pourriez-vous rédiger les fiches des nouveaux produits ?',
      'Vous pourriez aussi numériser les archives du club ?',
      'Serait-il possible de rédiger aussi les légendes des quarante photos ?',
      'Dans la nouvelle formule, vous prendriez aussi en charge la lettre trimestrielle aux adhérents.',
      'Tu animerais également les ateliers du samedi, en plus du site.',
      'Nous souhaiterions que vous coachiez aussi ma directrice commerciale avant le salon.',
      "J'aimerais que tu formes aussi mes deux stagiaires à l'outil.",
      'Ce serait envisageable que tu prennes aussi les relevés du sous-sol ?',
      'Nous nous demandions si vous accepteriez de concevoir aussi le stand du salon.',
      'Tu pourrais aussi nettoyer et trier les anciens fichiers clients ?',
      'Nous souhaiterions que vous traduisiez aussi le catalogue en allemand.',
      'Ce serait top que tu filmes aussi la soirée des bénévoles.',
      'Vous prendrez également en charge la hotline pour nos revendeurs.',
      "Tu t'occuperas aussi de la newsletter mensuelle.",
    ],
    quiet: [
      'Si tu pouvais aussi prendre le train de 8 h, on gagnerait du temps.',
      'Il faudrait aussi retravailler les ombres de la façade, trop dures sur la V2.',
      'Pourriez-vous aussi m’envoyer la facture de mars ?',
      'Tu pourrais aussi confirmer la date de livraison ?',
      "Pourrais-tu aussi corriger le titre de l'affiche ?",
      'Pourriez-vous aussi venir à la réunion de lundi ?',
      'Vous prendriez aussi le train de 8 h, comme nous ?',
      'J’aimerais que vous regardiez aussi mes disponibilités pour la réunion.',
      'Comme prévu au devis, vous prendriez aussi en charge la mise en page.',
      'Tu peux aussi regarder le planning de la semaine ?',
      'Pourriez-vous aussi détourer les photos du catalogue, avec un devis à part ?',
      'Nous avons aussi rempli les formulaires nous-mêmes.',
      'Le photographe a aussi détouré les photos du catalogue.',
      'Aussi, pourriez-vous nous envoyer la facture du mois ?',
      'Aussi, tu peux corriger la date sur le carton ?',
      'Serait-il possible de confirmer aussi la date du tournage ?',
      'Vous recevrez aussi la facture détaillée par courrier.',
      'Comme prévu au devis, vous prendrez aussi en charge la mise en page.',
      'Nous souhaiterions que vous nous envoyiez aussi le devis signé.',
      "Ce serait top que tu viennes aussi à l'apéro de lancement.",
      'Nous prendrons aussi en charge les frais de déplacement.',
      'Vous suivrez aussi la réunion de lancement à distance ?',
    ],
  },
});
