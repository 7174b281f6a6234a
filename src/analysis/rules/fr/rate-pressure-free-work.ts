import { phraseRule } from '../../phrase-rule.ts';

/** Travail attendu sans paiement : gratuit, « dans le même prix », « on ne pourra pas te payer », test non rémunéré. */
export default phraseRule({
  id: 'rate-pressure/free-work',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Expects work without pay, or folds new work into a fee already agreed: unpaid work is a discount of 100%.',
    fr: 'Attend du travail sans paiement, ou glisse du travail nouveau dans un prix déjà fixé : c’est une remise de 100 %.',
  },
  cue: /\b(?:normal|logique|moindre|equitable|juste|couter|corrections?|modifs?|ajustements?|changements?|ajouts?)\b|\bcomme (?:un|une) (?:projet|coup|faveur|cadeau|don|geste|contribution|bonne|travail)|\b(?:reste|restons|garde|gardons|maintien|retouches|modifications|plait|plaît|pensait|pensions|imagin|croy|crois|remuner|tests?|essais?|gratuit|sans (?:que|changer|modifier|augmenter|toucher|bouger|alourdir|gonfler|rallonger)|paier|inactivite|gracieu|gratos|a titre gracieux|benevole|a l'oeil|pro bono|beaute du geste|sans (?:contrepartie|remuneration|retribution|frais|cout|surcout|supplement|rallonge|facturation|le |la |les |me |nous |lui |l')|non (?:remunere|paye|facture)|cadeau|offert|pour rien|offr|factur|compte|meme (?:prix|tarif|forfait|budget|enveloppe|montant|devis)|dans (?:le|ton|votre|notre|la|ta|l')\s*(?:meme\s+)?(?:forfait|prix|devis|tarif|budget|enveloppe|montant|mission|contrat|commande)|compris|inclus|dedans|partie d|budget|payer|regler|remunerer|financer|rajouter|donner|sous|argent|thunes|tunes|fonds|enveloppe|financement|moyens|test|essai|exercice|epreuve|echantillon|retenue?s?|choisie?s?|selectionnee?s?|gagnante?s?|acquise|concurrence|pour\s+(?:le tout|l'ensemble|tout|les deux))/,
  patterns: [
    // « ce serait normal que le flyer soit offert », « la moindre des choses, c'est que cette page soit gratuite »
    /\b(?:normal|logique|juste|equitable|la moindre des choses)\b,?\s+(?:c'est\s+)?(?:que|qu')\b[^.?!\n]{0,50}?\b(?:offert|offerte|offerts|offertes|gratuit|gratuite|gratuits|gratuites|gratos|cadeau|non facture\w*|(?:ne (?:soit|soient) )?pas facture\w*|pour la maison|a (?:tes|vos) frais|pour (?:toi|vous))\b/,
    // "vois ça comme un projet passion", "prenez-le comme un coup de cœur"
    /\b(?:vois|voyez|voir|considere|considerez|considerer|prends|prenez|prendre|envisage|envisagez|aborde|abordez)[- ]?(?:le|la|les|ca|cela|ce projet|cette mission)?\s+comme\s+(?:un|une)\s+(?:projet (?:passion|de c(?:oe|œ)ur|plaisir)|coup de c(?:oe|œ)ur|faveur|cadeau|don|geste|contribution|bonne action|travail de passion)\b/,
    /\b(?:gratuitement|gratos|a titre gracieux|gracieusement|benevolement|a l'oeil|pro bono|pour la beaute du geste|sans (?:contrepartie|remuneration|retribution)|non (?:remunere|paye|facture)e?s?)\b/,
    /\b(?:le|la|les|l'|ca|tout|c')\s*(?:faire|fais|ferais|feriez|faites|offrir|offrirais|offririez|offrir)\s+(?:\w+\s+)?(?:gratuit|gratuitement|cadeau|offert|en cadeau|pour rien)\b/,
    /\b(?:(?:tu|vous)\s+(?:nous|me)\s+(?:l'|les\s+|le\s+|la\s+)?(?:offres|offrez|offrirais|offririez|fais cadeau|faites cadeau|ferais cadeau|feriez cadeau)|(?:nous|me)\s+(?:l'|les\s+|le\s+|la\s+)?(?:offrir|faire cadeau))\b/,
    /\bsans\s+(?:frais|cout|surcout|supplement|rallonge|facturation)(?:\s+(?:supplementaires?|additionnels?|en plus))?\b/,
    /\bsans\s+(?:le |la |les |me |nous |lui |l')?\s*(?:facturer|compter|faire payer)\b/,
    /\b(?:ne|n')\s*(?:pas\s+)?(?:le |la |les |me |nous |l')?\s*(?:facture[rsz]?|compte[rsz]?)\s+(?:pas\s+)?(?:en plus|en supplement|a part|separement)\b/,
    // "dans le même prix", "au même tarif", "compris dans votre forfait, je suppose", "ça peut rentrer dans le forfait"
    /\b(?:dans|pour|a|au)\s+(?:le\s+)?(?:meme|meme)\s+(?:prix|tarif|forfait|budget|enveloppe|montant|devis)\b/,
    /\b(?:peut|pourrait|devrait|doit|peuvent|pourraient|devraient|ca va|ca doit)\s+(?:bien\s+|facilement\s+|aussi\s+)?(?:pouvoir\s+)?(?:rentrer|entrer|tenir|etre compris(?:es?)?|etre inclus(?:es?)?|etre incluse?s?|rester)\s+dans\s+(?:le|ton|votre|notre|la|ta|l')\s*(?:meme\s+)?(?:forfait|prix|devis|tarif|budget|enveloppe|montant|mission|contrat|commande)\b/,
    /\b(?:suppose|imagine|pense|presume|espere|compte|considere|consider\w+|pars du principe|part du principe|partons du principe)\b[^.?!\n]{0,40}?\b(?:f(?:ait|ont|asse|assent) partie d[ue]|compris|inclus|incluse?s?|comprise?s?|dedans|dans le (?:prix|forfait|devis|tarif))\b/,
    /\b(?:compris|inclus|incluse?s?|comprise?s?)\s+dans\s+(?:le|ton|votre|notre|la|ta)\s+(?:\w+\s+)?(?:forfait|prix|devis|tarif|budget|enveloppe|montant)\s*,?\s*(?:je (?:suppose|presume|pense|crois|pars du principe)|j'imagine|non|n'est-ce pas|pas vrai|hein|bien sur|evidemment|forcement|normalement)\b/,
    /\b(?:on reste|restons|on garde|gardons|rester|garder|on s'en tient|tenons-nous)\s+(?:la-dessus|la dessus|sur (?:ce|le meme|la meme|ce meme|cette) (?:prix|tarif|montant|budget|base|forfait|enveloppe))\s+pour\s+(?:le tout|l'ensemble|tout|les deux)\b/,
    /\b(?:le|notre|ton|votre|mon)\s+budget\s+(?:reste|restera|demeure|demeurera|ne change pas|ne bouge pas|est inchange|sera inchange)\b(?!\s+(?:le meme\s+)?(?:que|qu'|celui|comme|conforme))/,
    // des changements qui « devraient nous être offerts » ou « ne devraient pas être facturés »
    /\b(?:changements?|modifs?|modifications?|corrections?|retouches?|ajustements?|ajouts?|reprises?|allers-retours|evolutions?|petites? choses?)\b[^.?!\n]{0,30}?\b(?:devrai\w*|doivent|doit|devraient|seraient|serait)\s+(?:\w+\s+){0,2}?(?:pas\s+(?:etre\s+)?(?:factur\w*|compt\w*|pay\w*)|(?:etre\s+)?(?:offert\w*|gratuit\w*|cadeau|pour la maison|inclus\w*|compris\w*)|rien\s+(?:nous\s+|me\s+)?couter)\b/,
    // « tu ne vas pas nous les facturer quand même ? », « on compte sur toi pour ne pas les facturer »
    /\b(?:ne|n')\s*(?:vas|allez|va|vais)\s+pas\s+(?:nous\s+|me\s+)?(?:les\s+|le\s+|la\s+|l')?(?:facturer|compter|faire payer)\b|\bcompt\w*\s+sur\s+(?:toi|vous)\s+pour\s+ne\s+pas\s+(?:nous\s+|me\s+)?(?:les\s+|le\s+|la\s+|l')?(?:facturer|compter|faire payer)\b/,
    // « pour moi ces retouches sont comprises, c'est la moindre des choses » : une évidence dont on attend l'accord
    /\b(?:changements?|modifs?|modifications?|corrections?|retouches?|ajustements?|ajouts?|reprises?|allers-retours)\b[^.?!\n]{0,20}?\b(?:sont|soient|seront|est|soit|sera)\s+(?:bien\s+)?(?:compris|inclus|offert|gratuit)\w*\b[^.?!\n]{0,20}?(?:c'est la moindre des choses|\bnon\s*\?|\bj'espere\b|\bje suppose\b|\bj'imagine\b|\bbien sur\b|\bevidemment\b|\bforcement\b|\bnormalement\b|\bhein\b|\bpas vrai\b|\?)/,
    // "on ne pourra rien te payer de plus", "on ne va pas le payer", "on n'a pas de budget"
    /\b(?:on|nous|je|j')\s*(?:ne|n')\s*(?:pourra|pourrons|pourrai|pourrait|pourrions|peut|peux|pouvons|va|vais|allons|compte|comptons)\s+(?:\w+ment\s+)?(?:pas|rien|jamais|guere)\s+(?:\w+\s+)?(?:(?:te|t'|vous|le|la|les|lui|l')\s*)?(?:payer|regler|remunerer|financer|rajouter|donner)\b/,
    /\b(?:on|nous|je|j')\s*(?:n')?\s*(?:a|avons|ai|dispose|disposons)\s+(?:pas|aucun|aucune|zero|pas vraiment|pas encore|plus)\s+(?:prevu\s+|vraiment\s+)?(?:de\s+|d')?\s*(?:budget|sous|argent|thunes|tunes|fonds|enveloppe|financement|moyens)\b/,
    /\b(?:pas|aucun|zero)\s+(?:de\s+)?budget\s+(?:pour|prevu|dispo|disponible|alloue)\b/,
    // test non payé, concours, travail spéculatif
    /\b(?:test|essai|exercice|epreuve|echantillon)s?\s+(?:\w+\s+)?(?:gratuit|gratuite|non remunere|non paye|non facture|offert|a titre gracieux)\b/,
    /\b(?:seule?s?|uniquement)\s+(?:le|la|les|l')\s*(?:\w+\s+)?(?:projet|proposition|piste|maquette|candidat|logo|concept|creation|dossier)s?\s+(?:\w+\s+)?(?:retenue?s?|choisie?s?|selectionnee?s?|gagnante?s?|gagnant)\s+(?:sera|seront|est|sont)\s+(?:\w+\s+)?(?:remuneree?s?|payee?s?|retribuee?s?|facturee?s?|dedommagee?s?)\b/,
    /\bpropositions?\s+(?:\w+\s+){0,2}?(?:nous\s+)?(?:resteront|restent|restera|reste|seront|sont)\s+(?:\w+\s+)?acquises?\b/,
    /\b(?:mettre|mettons|mis|mettons)\s+(?:\w+\s+){0,2}?en\s+concurrence\b/,
    // "sans que ça change le prix, j'espère", "sans toucher au budget"
    /\bsans\s+que\s+(?:ca|cela|ce|ce soit|on)\s+(?:ne\s+)?(?:change|modifie|augmente|touche|impacte|fasse (?:bouger|grimper|monter)|alourdisse|coute|gonfle)\s+(?:\w+\s+)?(?:a\s+|au\s+)?(?:le|la|ton|votre|notre|au|plus|rien|davantage)?\s*(?:prix|tarif|devis|facture|budget|forfait|montant|total|cher|quoi que ce soit|de plus)?\b/,
    /\bsans\s+(?:changer|modifier|augmenter|toucher (?:a|au)|bouger|alourdir|gonfler|rallonger)\s+(?:le|la|ton|votre|notre|au|a la)?\s*(?:prix|tarif|devis|facture|budget|forfait|montant|total|note)\b/,
    /\b(?:meme|memes)\s+(?:prix|tarif|forfait|budget|montant)\b[^.?!\n]{0,15}?(?:bien sur|bien entendu|evidemment|j'espere|je suppose|j'imagine|naturellement|hein|non\s*\?)/,
    // "on ne paiera que les heures actives", "le temps d'inactivité ne sera pas payé"
    /\b(?:ne|n')\s*(?:paierai|paiera|paierons|payerons|payera|factur\w+|compter\w*|regler\w*|remuner\w*)\s+que\s+(?:les|le)\s+(?:heures|temps|minutes)\s+(?:\w+\s+)?(?:actives?|tracee?s|suivies?|enregistree?s|productives?|ou|avec|au-dessus|validee?s|effectives?)/,
    /\b(?:temps|heures|periodes?)\s+(?:d'inactivite|inactives?|de pause|d'absence)\s+(?:ne\s+)?(?:sera|seront|est|sont|n'est|ne sont|ne sera|ne seront)\s+(?:pas\s+|jamais\s+)?(?:paye|payee|payes|payees|factur\w+|comptee?s?|remuner\w+|decomptee?s?)/,
    // "on pensait que les retouches étaient comprises", "on ne rémunère pas les tests"
    /\b(?:pensai\w*|pensions|imaginai\w*|imaginions|supposai\w*|croyai\w*|croyions|comptai\w*)\b[^.?!\n]{0,40}?\b(?:compris|inclus|incluse?s?|comprise?s?|dedans|dans le (?:prix|forfait|devis|tarif))\b/,
    /\b(?:ne|n')\s*(?:remuner\w*|pa[iy]\w*|factur\w*)\s+(?:pas|jamais|rien)\s+(?:\w+\s+)?(?:les\s+|des\s+)?(?:tests?|essais?|echantillons?|maquettes? de test|propositions? de test)\b/,
    // "on reste sur le montant initial même avec les pages en plus"
    /\b(?:reste|restons|rester|garde|gardons|garder|maintient|maintenons|maintenir)\s+(?:sur\s+|a\s+)?(?:le|la|au)\s+(?:meme\s+)?(?:montant|prix|tarif|budget|forfait|devis|chiffre)\s*(?:initial|de depart|prevu|convenu|d'origine|du devis)?\b[^.?!\n]{0,30}?\b(?:meme avec|malgre|en depit|meme si|avec les? \w+ en plus)/,
    /\b(?:ne|n')\s*(?:remuner\w*|pa[iy]\w*|factur\w*)\s+(?:pas|jamais|rien)\s+(?:\w+\s+)?(?:les\s+|des\s+)?(?:retouches|modifications|corrections|reunions|deplacements|allers-retours|brouillons|premieres versions|pistes|recherches)\b/,
    // travail spéculatif : "si ça nous plaît, on paiera les suivants"
    /\bsi\s+(?:ca|cela)?\s*(?:nous|me|vous)?\s*(?:plait|convient|va)\b[^.?!\n]{0,30}?\b(?:on (?:te |vous )?(?:paiera|payera|remunerera)|nous (?:te |vous )?(?:paierons|payerons)|je (?:te |vous )?(?:paierai|payerai))/,
  ],
  unless: [
    /\b(?:entree|inscription|livraison|frais de port|parking|webinaire|seminaire|n'hesite[zs]? pas|telecharg|essai gratuit de|version d'essai|stationnement)\b/,
    // Le client accepte le prix de l'indépendant : « on valide au prix du devis ».
    /\b(?:on|nous|je) (?:valide|validons|accepte|acceptons|signe|signons|approuve|approuvons|confirme|confirmons)\b/,
  ],
  negatable: false,
  examples: {
    fires: [
      'Avec tout le travail qu’on te donne, il serait logique que la bannière soit offerte.',
      'La moindre des choses, c’est que ces retouches restent gratuites.',
      'Il me paraît juste que cette correction ne soit pas facturée.',
      'Voyez ce projet comme un coup de cœur, notre budget est quasi nul.',
      'Tu pourrais nous le faire gratuitement ? C’est pour une bonne cause.',
      'Pourriez-vous l’ajouter sans frais supplémentaires ?',
      'Ce serait dans le même prix, bien sûr.',
      'Ça devrait pouvoir entrer dans ton forfait, non ?',
      'J’imagine que c’est compris dans ton devis.',
      'On ne pourra pas te payer cette partie, désolé.',
      "On n'a pas de budget pour l'instant.",
      'Nous demandons un petit test non rémunéré à tous les candidats.',
      'Seule la maquette retenue sera rémunérée.',
      'Nous mettons trois studios en concurrence.',
      'Tu pourrais nous faire ça gracieusement ?',
      'On ne peut malheureusement pas vous rémunérer pour ce test.',
      "On n'a pas prévu de budget en plus.",
      'Tu peux ajouter le blog ? Sans que ça touche au budget, bien sûr.',
      "Merci d'ajouter la page contact sans modifier le devis.",
      "Même forfait, j'imagine ?",
      "On ne paiera que les heures actives enregistrées par l'outil.",
      "Le temps d'inactivité ne sera pas payé.",
      'On pensait que les retouches étaient comprises dans le prix de départ.',
      'On ne rémunère pas les tests en général.',
      'On reste sur le montant initial même avec les pages en plus, ok ?',
      "En général on ne paie pas les retouches, j'espère que ça te va.",
      'Tu ferais un essai, et si ça nous plaît on paiera les suivants ?',
      'Ces petites retouches devraient nous être offertes, non ?',
      'À notre avis, ces ajustements ne devraient pas être facturés.',
      'On part du principe que les modifs sont incluses.',
      'Nous considérons que ces retouches font partie du forfait.',
      'Je considère que les ajustements font partie de la mission.',
      'Ces petites modifs ne devraient rien nous coûter, si ?',
      'Les corrections sont comprises, évidemment.',
      'Ces ajouts sont inclus, j’imagine ?',
      'Ces retouches, vous n’allez pas nous les facturer, si ?',
      'Pour ces ajouts, je compte sur toi pour ne pas les compter.',
      'Les corrections du logo devraient être comprises, vu le prix.',
    ],
    quiet: [
      'C’est normal que la livraison soit offerte au-delà de 50 €, comme sur ta boutique.',
      'Ce festival est un projet de cœur pour toute l’équipe.',
      'L’entrée est gratuite pour les adhérents.',
      'La livraison est offerte dès 50 €.',
      'Nous avons bien reçu votre facture et la réglerons vendredi.',
      'N’hésitez pas à nous envoyer la facture.',
      'Le budget est validé, vous pouvez démarrer.',
      'Le budget reste celui du devis signé.',
      "Le même tarif que l'an dernier nous convient.",
      'Sans changer la date de livraison, on peut décaler la réunion ?',
      'On pensait que la livraison était prévue mardi.',
      'Le devis nous va, on valide dans le même budget que prévu.',
      'On reste sur le montant initial, comme prévu au devis.',
      'Les corrections sont offertes pendant un mois, comme le dit ton devis.',
      'Ces modifications devraient nous arriver jeudi.',
      'Les corrections sont comprises dans le deuxième tour prévu au devis, merci.',
    ],
  },
});
