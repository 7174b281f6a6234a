import { phraseRule } from '../../phrase-rule.ts';
import { INSIDE_FEE_REASON } from '../shared/rate-reasons.ts';

/**
 * Un travail nouveau supposé compris dans le prix déjà fixé : « ça rentre dans le forfait de départ, non ? », « on
 * aimerait garder le montant du devis, c'est le même visuel ». Le devis simplement cité reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/dans-le-forfait',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: INSIDE_FEE_REASON,
  // Each pattern's own construction, so the rule wakes only when one can be there (prices are named in most mail).
  cue: /au-dela|depasser|plus loin que|(?:forfait|devis|prix|tarif|montant|budget|enveloppe) (?:qu'on|que nous|dont on|sur lequel on) (?:s'etait|s'est|avait|nous etions|nous sommes)|meme (?:forfait|enveloppe|devis)|(?:forfait|devis|prix|tarif|montant|budget|enveloppe) (?:deja |qu'on a |que nous avons |que vous avez |que tu as )?(?:fixe|valide|negocie|convenu|prevue?|initiale?|accepte)|meme (?:budget|prix|tarif|montant)|(?:forfait|devis|prix|tarif|montant) (?:de depart|de base|initial|prevu|convenu|d'origine|du depart|actuel|signe|valide|accepte)|(?:enveloppe|budget) (?:de depart|de base|initial|convenu|d'origine|du depart|prevu)|(?:du|le|notre|votre|ton) forfait|(?:garder|conserver|rester|reste|maintenir|tenir) (?:a |au |sur )?(?:le |la |l')?(?:meme )?(?:montant|prix|tarif|total|forfait|budget)|dans le cadre d|entr(?:er|e|ent|era|erait|eraient) dans|compris\w* dans|inclu\w* dans|couvert\w* par/,
  patterns: [
    // le prix signé posé comme limite au travail ajouté : « on ne pourra pas aller au-delà du devis signé »
    /\b(?:ne|n')\s*(?:pourra|pourrons|pouvons|peut|pourrait|pourrions|pourrai|peux)\s+pas\s+(?:aller\s+au-dela|monter\s+au-dela|depasser|aller plus loin que)\s+(?:du|de notre|de votre|de ton|le|notre|votre|ton)\s+(?:devis|forfait|montant|prix)\s+(?:signe|initial|valide|convenu|prevu|accepte|de depart)\b/,
    // « ça rentre dans le forfait de départ, non ? », « tu peux l'intégrer dans le prix convenu ? »
    /\b(?:rentr\w*|entr(?:e|ent|era|erait|eraient)|rest\w*|tien\w*|integr\w*|(?:fai\w*|font|fera\w*) partie|englob\w*|(?:tout\s+)?(?:faire|caler|boucler|realiser|absorber))\s+(?:\w+\s+)?(?:dans|du|de)\s+(?:le|la|l'|notre|votre|ton|ta|du|de la)\s*(?:(?:forfait|devis|prix|tarif|montant)\s+(?:de depart|de base|initiale?|prevue?|convenue?|d'origine|du depart|actuel|signe|valide|accepte)|(?:enveloppe|budget)\s+(?:de depart|de base|initiale?|convenue?|d'origine|du depart|prevue? au depart))\b/,
    /\b(?:rentr\w*|integr\w*|(?:fai\w*|font|fera\w*) partie)\s+(?:\w+\s+)?(?:dans (?:le|notre|votre|ton)|du|de (?:notre|votre|ton))\s+forfait\b(?!\s+(?:annuel|mensuel)\s+(?:de|du)\s+(?:la|l')\s*(?:salle|location|hebergement))/,
    // « tu peux l'inclure dans le tarif qu'on a fixé ? », « on les compte dans le montant déjà validé »
    /\b(?:rentr\w*|integr\w*|inclu\w*|compt\w*|pass\w*|absorb\w*|englob\w*|gliss\w*|couv\w*)\s+(?:\w+\s+){0,3}?(?:dans|a|au|par)\s+(?:le|la|l'|notre|votre|ton|ta)?\s*(?:forfait|devis|prix|tarif|montant|budget|enveloppe)\s+(?:deja\s+|qu'on a\s+|que nous avons\s+|que vous avez\s+|que tu as\s+|(?:qu'on|que nous|dont on|sur lequel on)\s+(?:s'etait|s'est|avait|nous etions|nous sommes|s'etaient)\s+)?(?:fixe|valide|negocie|convenu|prevue?|initiale?|signe|accepte|de depart|de base|entendus?|mis d'accord|dit|decide)\b/,
    // « on aimerait garder le montant du devis, c'est le même visuel », « que ça reste au même tarif »
    /\b(?:garder|conserver|rester|reste|maintenir|s'en tenir)\s+(?:a|au|sur)?\s*(?:le|la|l')?\s*(?:meme\s+)?(?:montant|prix|tarif|total|forfait|budget)\s*(?:du devis|initial|de depart|prevu|convenu)?\b[^\n]{0,60}?\b(?:meme (?:visuel|maquette|travail|fichier|film|texte|design|base|contenu|modele)|quasi(?:ment)? (?:le|la) meme|pareil|en plus)\b/,
    /\b(?:meme (?:visuel|maquette|travail|fichier|film|texte|design|base|contenu|modele)|quasi(?:ment)? (?:le|la) meme)\b[^\n]{0,60}?\b(?:garder|conserver|rester|reste|maintenir|s'en tenir)\s+(?:a|au|sur)?\s*(?:le|la|l')?\s*(?:meme\s+)?(?:montant|prix|tarif|total|forfait|budget)\b/,
    // « ça devra être pris sur le forfait déjà signé », « ça sortira du même budget » : le travail nouveau payé
    // avec l'argent déjà prévu.
    /\b(?:(?:pris\w*|prendre|prend|impute\w*|preleve\w*)\s+(?:sur|dans)|(?:sort\w*|dedui\w*)\s+(?:du|de))\s+(?:le|la|l'|notre|votre|ton|ta|du|de la)?\s*(?:meme\s+(?:forfait|budget|enveloppe|devis|montant)|(?:forfait|budget|enveloppe|devis|montant)\s+(?:deja\s+)?(?:signe|valide|initial|convenu|prevu|de depart|accepte|actuel))\b/,
    // « - déclinaisons : même budget que prévu, c'est juste du redimensionnement »
    /\bmeme\s+(?:budget|prix|tarif|montant|forfait)\b[^\n;]{0,40}?\b(?:c'est|ce sont|ce n'est que|il s'agit|ca reste)\s+(?:juste|seulement|simplement|que|quasiment|presque|en gros|du simple)\b/,
    // « nous espérions que cela puisse entrer dans le forfait initial », « on comptait que ce soit couvert par le
    // forfait », « vous pourriez le faire dans le cadre du devis ? » : le souhait d'abord, l'argent déjà prévu en fin
    // de proposition (regardé en arrière une fois le forfait trouvé).
    /\b(?:rentr\w*|entr(?:er|e|ent|era|erait|eraient)|compris\w*|inclu\w*|couvert\w*|dans le cadre)\s+(?:(?:dans|par)\s+(?:le|la|l'|notre|votre|ton|ta)\s*|du\s+|de\s+(?:la\s+|l'|notre\s+|votre\s+|ton\s+|ta\s+))(?:forfait|devis|budget|enveloppe|prix|tarif|montant)\b(?:\s+(?:mensuel|annuel|trimestriel|global))?(?:\s+(?:initiale?|de depart|de base|d'origine|prevue?|convenue?|signe|valide|accepte|actuel))?(?=\s*(?:[.?!,;)]|$|puisque\b|vu que\b|car\b|comme\b|non\b|hein\b|d'autant\b))(?<=\b(?:esper\w+|pens\w+|imagin\w+|suppos\w+|compt\w+|souhait\w+|aimeri\w+|voudri\w+|pourr\w+|puiss\w+|ideal\w*|consider\w+|partons du principe|part du principe|sembl\w+|m'a l'air|et ce|le tout|bien entendu|evidemment|naturellement)\b[^.?!\n]{0,80})/m,
  ],
  unless: [
    /\b(?:hotel|chambre|sejour|petit-dejeuner|abonnement|forfait (?:mobile|telephonique|internet|ski))\b/,
    /\b(?:hors forfait|un devis (?:a part|separe|complementaire)|faire un devis|nous faire un devis|envoyer un devis|pas prevues? au forfait)\b/,
    // Une inclusion que le contrat signé accorde déjà, rappelée par le client : « comme prévu au contrat, les
    // sous-titres font partie du forfait » (c'est le contrat qui parle, pas une nouvelle exigence).
    /\b(?:comme (?:prevu|convenu|indique|stipule|precise|ecrit|mentionne|defini)\s+(?:au|dans (?:le|la|notre|votre|ton|ta))|conformement (?:au|a la|a notre|a votre|a ton|a ta)|selon (?:le|la|notre|votre|ton|ta)|d'apres (?:le|la|notre|votre|ton|ta)|aux termes (?:du|de la|de notre|de votre))\s+(?:contrat|bon de commande|lettre de mission|devis signe|cahier des charges|convention|accord-cadre|contrat-cadre)\b/,
  ],
  examples: {
    fires: [
      'Pour les deux visuels en plus, on ne pourra pas dépasser le devis initial.',
      'L’idée serait de tout caler dans l’enveloppe de départ, sans rallonge.',
      "Ça reste proche de ce qu'on vous a confié et me semble couvert par votre forfait.",
      'Merci de prendre aussi les comptes de la filiale, le tout dans le cadre du forfait annuel actuel.',
      'Vous pouvez l’intégrer au montant sur lequel on s’était mis d’accord ?',
      'Tu peux le compter dans le forfait dont on avait convenu ?',
      'Nous espérions que la refonte du menu puisse entrer dans le forfait initial, vu que tout se tient.',
      'On espérait que la formation soit comprise dans le forfait initial.',
      'On comptait sur le fait que ce soit couvert par le forfait.',
      'Vous pourriez le faire dans le cadre du forfait initial ?',
      'J’imagine que les sous-titres peuvent rentrer dans ton devis, non ?',
      'Idéalement, la version anglaise serait incluse dans le budget de départ.',
      '- formats carrés : même budget que prévu, c’est juste du recadrage',
      'On considère que la version tablette entre dans le budget initial.',
      'Les bannières en plus, ça rentre dans le forfait de départ, non ?',
      'Je suppose que la version allemande reste dans l’enveloppe prévue au départ.',
      'Vu que c’est le même visuel, on aimerait garder le montant du devis.',
      'Tu peux l’intégrer dans le prix convenu ? C’est quasiment la même maquette.',
      'Pour nous, les formats carrés font partie du forfait.',
      'On compte sur toi pour que ça reste au même tarif, c’est la même base.',
      'Ces écrans supplémentaires devraient rentrer dans le budget de base.',
      "Tu pourrais les inclure dans le tarif qu'on a fixé ?",
      'Les trois pictos en plus, tu peux les glisser dans le prix convenu ?',
      'Pour nous, ces visuels sont couverts par le devis déjà accepté.',
      'On aimerait que ce soit intégré au prix déjà négocié.',
      "Est-ce que vous pourriez l'absorber dans le devis initial ?",
      'Ça devra être pris sur le forfait déjà signé, on n’a pas plus.',
      'Ça sortira du même budget, on ne peut pas rajouter.',
      'Les heures en plus seront déduites du devis accepté.',
      'La séance photo, on l’imputera sur le montant convenu au départ.',
    ],
    quiet: [
      'Le chantier ne pourra pas dépasser le budget voté par le conseil.',
      'Le forfait mensuel actuel couvre la tenue des comptes et les déclarations.',
      'Il me semble que la facture du forfait de mars est partie.',
      "Pour entrer dans le budget initial, nous avons réduit le nombre d'invités.",
      'J’espère que le petit-déjeuner est compris dans le forfait.',
      'Je pense que le devis est clair, tu peux lancer.',
      'On espère rester dans l’enveloppe prévue pour la soirée de lancement.',
      'Le forfait mensuel de la salle inclut le ménage.',
      'Le devis initial est en pièce jointe, pour mémoire.',
      'Les déclinaisons ne sont pas prévues au forfait : peux-tu nous faire un devis ?',
      'Le montant du devis nous convient, tu peux lancer.',
      'Ton devis rentre dans notre budget, on signe.',
      'Pouvez-vous indiquer le prix convenu sur la facture ?',
      'Les chiffres sont pris du devis signé, pour la compta.',
      'Le nouveau devis sort du même logiciel que l’ancien.',
      'Comme prévu au contrat, la version anglaise fait partie du forfait, pas de facture en plus.',
      'Conformément au bon de commande, les deux affiches entrent dans le budget initial.',
      'Selon notre lettre de mission, le rapport trimestriel est compris dans le forfait signé.',
      'Comme indiqué dans le cahier des charges, les pictos font partie du forfait de base.',
      "D'après ton contrat, les retouches rentrent dans le forfait convenu, tu factures comme d'habitude.",
      'Aux termes du contrat, la deuxième série est intégrée au prix déjà négocié.',
      'Comme convenu dans la convention, la traduction rentre dans le forfait de départ.',
      'Conformément à notre contrat-cadre, ce lot fait partie du forfait signé en mars.',
    ],
  },
});
