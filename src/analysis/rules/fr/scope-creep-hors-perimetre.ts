import { phraseRule } from '../../phrase-rule.ts';

/**
 * Le client sait que c'est hors mission (« ce n'était pas prévu, je sais », « non compris dans le
 * devis initial ») ou le suppose gratuit (« compris dans votre forfait, je suppose », « j'imagine
 * que c'est inclus »).
 */
const PAS_PREVU = String.raw`(?:n'etait|n'est|n'etaient|ne sont|ne faisait|ne fait|n'a) (?:pas|jamais) (?:ete )?(?:prevue?s?|comprise?s?|inclus(?:e|es)?|partie)`;

export default phraseRule({
  id: 'scope-creep/hors-perimetre',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Asks for work the client knows or assumes is outside the agreed scope: it needs a separate quote.',
    fr: 'Demande un travail que le client sait ou suppose hors du périmètre convenu : il faut un devis à part.',
  },
  patterns: [
    // « Pas prévu » seul dit aussi un imprévu du client (« ce déplacement n'était pas prévu ») : il faut l'aveu
    // (« je sais que… ») ou une demande derrière (« …, mais tu pourrais le faire ? »).
    new RegExp(
      String.raw`\b(?:je sais|on sait|nous savons|je me doute|je reconnais|j'avoue|certes)\b[^.?!\n]{0,60}\b(?<phrase>${PAS_PREVU})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>${PAS_PREVU})\b(?=[^.?!\n]{0,80}\b(?:mais|pourr(?:ais|iez|ait)|peux|pouvez|ferais|feriez|serait|faudrait)\b)`,
    ),
    /\b(?:non|pas) (?:comprise?s?|inclus(?:e|es)?|prevue?s?) (?:dans|au|a) (?:le |la |l'|votre |ton |ta |notre )?(?:devis|contrat|forfait|mission|cahier des charges|brief|perimetre|prix|depart|budget|entente|proposition|convention)/,
    /\b(?:n'etai(?:en)?t|n'est|ne sont|ne figurai(?:en)?t|ne figure(?:nt)?|c'est|c'etait|c'etaient|ce sont|est|sont|figure|figurait) (?:pas|jamais) (?:prevue?s? )?(?:dans|au|sur) (?:le |la |l'|les |votre |vos |ton |tes |ta |notre |nos )?(?:devis|contrat|forfait|cahier des charges|brief|perimetre|commande|offre|soumission|mission|specs?|specifications?|cdc|maquettes?|entente|proposition|estimation|convention|accord)\b/,
    // « J'imagine que les traductions sont comprises dans le forfait ». Un pronom (« j'imagine que ça reste
    // compris ») peut désigner des retouches présumées gratuites : c'est alors de la pression sur le prix.
    /\b(?:je suppose|j'imagine|je presume|j'ose esperer|j'espere|je pars du principe|nous partons du principe|on part du principe) (?:que |qu')(?!(?:ca|cela|c'|tout|ces|elles?|ils?|les (?:retouches|modifs?|modifications|corrections|changements))\b)[^.?!\n]{0,50}\b(?:(?:est|sont|soit|soient|sera|seront|etait|etaient|reste|restent) (?:bien |aussi |egalement |toujours )?(?:inclus|incluse?s?|compris|comprises?|couverte?s?)|(?:rentre|rentrent|reste|restent) dans (?:le|la|votre|ton|ta|notre) (?:forfait|devis|prix|budget|tarif|mission|enveloppe))\b/,
    // « Les icônes sont forcément comprises dans ce qu'on a payé, non ? »
    /\b(?:est|sont|sera|seront|etait|etaient) (?:forcement|surement|evidemment|bien sur|normalement|logiquement) (?:compris|comprises?|inclus|incluses?|couverte?s?)\b/,
    // Le client a promis le travail à sa place : « j'ai dit à la direction que tu animerais l'atelier ».
    /\b(?:j'ai|on a|nous avons) (?:dit|promis|annonce|assure)(?: (?:a|au|aux) [a-z' ]{2,25}?)? (?:que |qu')(?:tu|vous) (?:pourrais|pourriez|allais|alliez|ferais|feriez|t'occuperais|vous occuperiez|animerais|animeriez|prendrais|prendriez|gererais|gereriez|t'en chargerais|vous en chargeriez|serais|seriez)\b/,
    /\b(?:hors|en dehors (?:du|de la|de votre|de ta)) (?:devis|contrat|forfait|mission|perimetre|cahier des charges)\b/,
    /\b(?:comprise?s?|inclus(?:e|es)?|rentrer) dans (?:le|la|votre|ton|ta|notre) (?:forfait|devis|prix|contrat|mission|tarif|budget)\b[^.?!\n]{0,20}\b(?:je suppose|j'imagine|je pense|j'espere|n'est-ce pas|non \?)/,
    /\b(?:je suppose|j'imagine|je pense|j'ose esperer|j'espere) (?:que )?(?:c'est|ca (?:peut )?(?:rentre|rentrer|sera)|ce sera|cela (?:peut )?(?:rentre|rentrer|sera)|c'etait|tout est) (?:bien )?(?:inclus|compris|dans (?:le|la|votre|ton|ta) (?:forfait|devis|prix|contrat|mission|tarif))/,
  ],
  negatable: false,
  unless: [
    /\b(?:devis (?:complementaire|separe|a part|supplementaire|distinct)|(?:offre|proposition|estimation) (?:separee|a part|distincte)|chiffr\w* (?:a part|separement)|on te paiera|nous vous paierons|en supplement|a part|comme (?:prevu|convenu))\b/,
    // Un devis demandé pour le nouveau travail en fait une commande à part : « pourriez-vous nous faire un devis ? ».
    /\b(?:un|une) (?:nouveau |nouvel |petit |autre )?(?:devis|chiffrage|estimation|offre|proposition (?:tarifaire|chiffree|commerciale))\b|\b(?:chiffrer|chiffrez|chiffre-moi|chiffrez-nous|combien (?:ca|cela|ce) (?:nous )?(?:couterait|coute|coutera))\b/,
    // Un devis signé pour l'extra en fait une commande ; un imprévu de son côté n'est pas une demande.
    /\b(?:signe|valide|accepte) (?:votre|ton|le) devis\b/,
    /\b(?:de (?:notre|mon) cote|chez nous|desolee?s?|pardon|excusez|retard|panne|demenagement|deplacement|absence|conge|greve|maladie)\b/,
    // Un merci pour ce qui a été fait, promis sans suite : « on sait que ce n'était pas prévu, ça ne se reproduira pas ».
    /\b(?:ne se reproduira (?:pas|plus)|merci d'(?:avoir|etre))\b/,
    // Le client qui donne raison au prestataire reconnaît le hors-forfait, il ne le réclame pas : « vous avez raison,
    // ce n'était pas dans l'offre ».
    /\b(?:vous avez (?:bien )?raison|tu as (?:bien )?raison|je vous l'accorde|je te l'accorde|bien vu|c'est (?:juste|exact))\b/,
    // Un délai avancé, pas un travail en plus : « je sais que ce n'était pas prévu, merci de tenir ce délai ».
    /\b(?:(?:tenir|respecter|tiendras|tiendrez|tenez) (?:ce|le|les|ces|cette|la) (?:delais?|deadline|echeance|date|timing)|ce (?:delai|timing|changement de date)|cette (?:deadline|echeance|date))\b/,
    // Les taxes et les frais ne sont pas du travail.
    /\b(?:tva|taxes?|frais de (?:port|livraison|deplacement)|livraison)\b/,
  ],
  examples: {
    fires: [
      "Je sais que la vidéo n'était pas prévue au contrat, mais elle est courte.",
      'Les sous-titres (non compris dans le devis initial) sont courts.',
      'Ce serait compris dans votre forfait, je suppose.',
      "J'imagine que c'est inclus dans le prix ?",
      "Je sais que l'appli ne figurait pas dans l'offre, mais ce serait pratique.",
      'Je suppose que les photos retouchées sont comprises ?',
      "J'ai promis au président que vous feriez aussi les badges.",
      'Le favicon est forcément inclus avec le site ?',
      "Le podcast n'était pas prévu, mais tu pourrais nous le monter d'ici lundi ?",
      "Tu peux mettre un mode hors ligne ? Je sais, c'est pas dans le cahier des charges.",
      "Ça serait bien d'avoir le paiement par QR code, même si c'est pas dans les specs.",
      "Je sais que c'était pas dans l'entente, mais tu pourrais coordonner les corps de métier ?",
      "Ça n'était pas dans la proposition, je sais : vous pourriez ajouter un plan d'éclairage ?",
    ],
    quiet: [
      'Tu as raison, la traduction ne figurait pas au devis : ajoute-la à ta prochaine facture.',
      "Ce n'est bien sûr pas inclus dans le contrat : merci de nous faire un devis pour les trente fiches.",
      "Je sais que ce n'est pas prévu dans la mission, tu peux me faire un chiffrage ?",
      "Ce n'était pas dans le contrat : envoyez-nous une offre pour ce volet.",
      "Je sais, ce n'était pas prévu au forfait, combien ça coûterait ?",
      'Hors mission, je sais : vous pourriez nous proposer une estimation ?',
      "Je me doute que ce n'est pas compris : vous pourriez chiffrer le tome 2 ?",
      "Je sais que la relecture n'était pas prévue, ça ne se reproduira plus.",
      "L'affiche n'était pas prévue, merci de m'établir un devis complémentaire.",
      'La livraison est prévue dans le devis pour fin avril.',
      "La traduction n'était pas dans le devis, merci de nous envoyer un devis complémentaire.",
      "Ce sont de toutes petites retouches, j'imagine que ça reste compris ?",
      "J'ai dit à l'équipe que tu serais là jeudi comme prévu.",
      'La TVA est forcément comprise dans le prix ?',
      "Le départ de notre graphiste n'était pas prévu, d'où le flottement.",
      "Ce voyage à Genève n'était pas prévu, je rentre jeudi.",
      "Je sais que ce n'était pas prévu, fais ton possible pour tenir cette échéance.",
      "L'atelier du samedi n'était pas prévu, mais nous avons signé votre devis : vous pouvez y aller.",
    ],
  },
});
