import type { LanguageTemplates, RegisterTemplates } from './types.ts';

/**
 * Réponses en français, écrites comme un·e freelance les écrirait, en tu et
 * en vous. Posture : respecter le client, se respecter soi-même. Aucun
 * adjectif accordé à la première personne (« ravi », « désolé », « prêt ») :
 * le genre de l'utilisateur n'est pas connu. Espaces simples avant « ! ? : ; » :
 * la composition les rend insécables. La dernière variante d'une phrase ne
 * doit utiliser que des champs toujours remplis (voir `Variants`).
 */
const tu: RegisterTemplates = {
  greeting: {
    warm: ['Bonjour {firstName} !', 'Bonjour !'],
    neutral: ['Bonjour {firstName},', 'Bonjour,'],
    firm: ['Bonjour {firstName},', 'Bonjour,'],
  },
  opening: {
    warm: [['Merci pour ton message !']],
    neutral: [['Merci pour ton message.']],
    firm: [['Merci pour ton message.']],
  },
  sections: {
    scope: {
      warm: [
        ["Ça me ferait plaisir de m'occuper aussi de ces nouveaux éléments !"],
        [
          "Comme ils ne faisaient pas partie de ce qu'on avait prévu au départ, je te prépare un petit devis complémentaire ; dès que tu me le valides, je les cale dans mon planning.",
        ],
      ],
      neutral: [
        ['Les éléments supplémentaires dont tu parles ne font pas partie du périmètre prévu au départ.'],
        ["Je t'envoie un devis complémentaire, et je m'y mets dès qu'il est validé."],
      ],
      firm: [
        ['Ces demandes sortent du périmètre de notre devis : je ne peux donc pas les intégrer au projet en cours.'],
        ["Je t'envoie un devis séparé, et je les planifierai dès qu'il sera signé."],
      ],
    },
    revisionsBeyond: {
      warm: [
        ["Je m'occupe volontiers de ces modifications."],
        ['Petite précision : ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je te facturerai donc ce tour à mon tarif habituel de {rate} ; dis-moi et je m’y mets.',
          "Je te facturerai donc ce tour à mon tarif habituel ; je t'envoie une estimation avant de commencer.",
        ],
      ],
      neutral: [
        ['Ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je peux bien sûr m’en charger en supplément, à mon tarif de {rate} ; confirme-moi et je le planifie.',
          "Je peux bien sûr m'en charger en supplément ; je t'envoie une estimation pour validation.",
        ],
      ],
      firm: [
        ['Ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je peux le faire en travail supplémentaire, facturé {rate}, après ta confirmation écrite.',
          'Je peux le faire en travail supplémentaire, sur devis, après ta confirmation écrite.',
        ],
      ],
    },
    revisionsWithin: {
      warm: [
        ["Je m'occupe volontiers de ces modifications : ce sera {withinRounds}."],
        [
          '{ifLastRound}Les modifications suivantes seront facturées à mon tarif habituel de {rate}.',
          '{ifLastRound}Les modifications suivantes seront facturées en supplément.',
          '',
        ],
      ],
      neutral: [
        ['Je peux faire ces modifications : ce sera {withinRounds}.'],
        [
          '{ifLastRound}Au-delà, les modifications seront facturées {rate}.',
          '{ifLastRound}Au-delà, les modifications seront facturées en supplément.',
          '',
        ],
      ],
      firm: [
        ['Je peux faire ces modifications : ce sera {withinRounds}.'],
        [
          '{ifLastRound}Après ce tour, toute nouvelle modification sera facturée {rate}.',
          '{ifLastRound}Après ce tour, toute nouvelle modification sera facturée en supplément.',
          '',
        ],
      ],
    },
    revisionsUncounted: {
      warm: [
        ["Je m'occupe volontiers de ces modifications."],
        [
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées à mon tarif habituel de {rate}.',
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées à mon tarif habituel.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées à mon tarif habituel de {rate} ; je te préviendrai avant d’en arriver là.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées en supplément ; je te préviendrai avant d’en arriver là.',
        ],
      ],
      neutral: [
        ['Je peux faire ces modifications.'],
        [
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées {rate}.',
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées en supplément.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées {rate}.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées en supplément.',
        ],
      ],
      firm: [
        [
          '{quoteRounds} ; au-delà, les modifications sont du travail supplémentaire, facturé {rate}.',
          '{quoteRounds} ; au-delà, les modifications sont du travail supplémentaire, facturé à part.',
          'Les modifications au-delà de celles prévues au devis sont du travail supplémentaire, facturé {rate}.',
          'Les modifications au-delà de celles prévues au devis sont du travail supplémentaire, facturé à part.',
        ],
        ["Si c'est le cas ici, je te confirme le coût avant de commencer."],
      ],
    },
    urgent: {
      warm: [
        ['Je comprends que ce soit pressé.'],
        ['Je peux te le livrer {nextSlot}.', 'Je peux le caler sur mon prochain créneau disponible.'],
        [
          "S'il te le faut vraiment avant, je peux essayer de me libérer exceptionnellement, avec une majoration urgence de {rushPercent}.",
          "S'il te le faut vraiment avant, je peux essayer de me libérer exceptionnellement, au tarif urgence.",
        ],
      ],
      neutral: [
        [
          'Le plus tôt que je puisse te le livrer, c’est {nextSlot}.',
          'Je peux te le livrer sur mon prochain créneau disponible, dans mes délais habituels.',
        ],
        [
          "S'il te le faut avant, ce serait une commande en urgence, majorée de {rushPercent}.",
          "S'il te le faut avant, ce serait une commande en urgence, au tarif urgence.",
        ],
      ],
      firm: [
        ['Mon premier créneau disponible est {nextSlot}.', 'Je peux te le livrer dans mes délais habituels.'],
        [
          'Un délai plus court reste possible à titre exceptionnel, avec une majoration de {rushPercent}, et seulement après ton accord.',
          'Un délai plus court reste possible à titre exceptionnel, au tarif urgence, et seulement après ton accord.',
        ],
      ],
    },
    offHours: {
      warm: [
        [
          'Je travaille {workingTime}, donc je ne pourrai pas m’y mettre {offHoursWhen} ; en revanche, je peux te le livrer {nextSlot}.',
          'Je travaille {workingTime}, donc je ne pourrai pas m’y mettre {offHoursWhen} ; en revanche, je le cale sur mon prochain créneau.',
        ],
        [
          'Si ça ne peut vraiment pas attendre, je peux faire une exception, avec une majoration de {rushPercent} pour le travail hors horaires.',
          'Si ça ne peut vraiment pas attendre, je peux faire une exception, au tarif hors horaires.',
        ],
      ],
      neutral: [
        ['Mes horaires de travail sont {workingTime}, et je ne travaille pas {offHoursWhen}.'],
        ['Je peux te le livrer {nextSlot}.', 'Je le cale sur mon prochain créneau de travail.'],
        [
          'Travailler en dehors de ces horaires reste possible à titre exceptionnel, avec une majoration de {rushPercent}.',
          'Travailler en dehors de ces horaires reste possible à titre exceptionnel, au tarif hors horaires.',
        ],
      ],
      firm: [
        ['Mes horaires sont {workingTime} ; je ne travaille pas {offHoursWhen}.'],
        ['Je peux te le livrer {nextSlot}.', 'Je peux te le livrer sur mon prochain créneau de travail.'],
        [
          'Toute exception serait majorée de {rushPercent} et devrait être convenue à l’avance.',
          'Toute exception serait facturée au tarif hors horaires et devrait être convenue à l’avance.',
        ],
      ],
    },
    urgentOffHours: {
      warm: [
        ['Je comprends que ce soit pressé.'],
        [
          'Je travaille {workingTime}, donc je ne pourrai pas m’y mettre {offHoursWhen} ; en revanche, je peux te le livrer {nextSlot}.',
          'Je travaille {workingTime}, donc je ne pourrai pas m’y mettre {offHoursWhen} ; en revanche, je le cale sur mon prochain créneau.',
        ],
        [
          'Si ça ne peut vraiment pas attendre, je peux faire une exception, avec une majoration urgence de {rushPercent}.',
          'Si ça ne peut vraiment pas attendre, je peux faire une exception, au tarif urgence.',
        ],
      ],
      neutral: [
        ['Mes horaires de travail sont {workingTime}, et je ne travaille pas {offHoursWhen}.'],
        [
          'Le plus tôt que je puisse te le livrer, c’est {nextSlot}.',
          'Je le cale sur mon prochain créneau de travail.',
        ],
        [
          'Une urgence en dehors de ces horaires reste possible à titre exceptionnel, avec une majoration de {rushPercent}.',
          'Une urgence en dehors de ces horaires reste possible à titre exceptionnel, au tarif urgence.',
        ],
      ],
      firm: [
        ['Mes horaires sont {workingTime} ; je ne travaille pas {offHoursWhen}.'],
        ['Mon premier créneau disponible est {nextSlot}.', 'Je peux te le livrer sur mon prochain créneau de travail.'],
        [
          'Toute exception serait majorée de {rushPercent} et devrait être convenue à l’avance.',
          'Toute exception serait facturée au tarif urgence et devrait être convenue à l’avance.',
        ],
      ],
    },
    availability: {
      warm: [
        [
          "Pour qu'on travaille bien ensemble, voici comment je m'organise : je travaille {workingTime}, et je lis mes messages sur ces horaires.",
        ],
        [
          "{ifOffHours}Je ne travaille pas {offHoursWhen}, donc je ne serai pas joignable à ces moments-là ; si quelque chose ne peut vraiment pas attendre, on peut convenir d'une exception ensemble.",
          '',
        ],
        [
          "Si ça t'aide d'avoir des nouvelles régulières, je peux t'envoyer un petit point chaque semaine, et on cale un appel dès que tu en as besoin.",
        ],
      ],
      neutral: [
        ['Je suis joignable par e-mail {workingTime}, et je réponds sous un jour ouvré.'],
        ['{ifOffHours}Je ne travaille pas {offHoursWhen}, et je ne suis pas joignable à ces moments-là.', ''],
        ["Je peux t'envoyer un point d'avancement chaque semaine, et on peut prévoir un appel quand c'est utile."],
      ],
      firm: [
        [
          "En freelance, j'organise mon temps moi-même : je ne fais pas de point quotidien et je ne suis pas d'astreinte.",
        ],
        ['{ifOffHours}Je ne travaille pas {offHoursWhen}.', ''],
        [
          "Je suis joignable par e-mail {workingTime}. Je t'envoie volontiers un point chaque semaine, et on cale un appel quand c'est nécessaire.",
        ],
      ],
    },
    price: {
      warm: [
        ['Je comprends que le budget soit serré.'],
        [
          "Mon tarif correspond au travail prévu, donc je préfère garder le prix convenu ; en revanche, on peut tout à fait ajuster le périmètre pour qu'il colle à ton budget.",
        ],
      ],
      neutral: [
        ['Le prix du devis correspond au travail prévu, et je le maintiens.'],
        ['Si ton budget est limité, je peux te proposer une version allégée du projet.'],
      ],
      firm: [
        ['Je ne baisse pas mes tarifs à périmètre égal : le prix convenu reste celui du devis.'],
        ['Si le budget est fixe, on peut en revanche réduire le périmètre ensemble.'],
      ],
    },
    payment: {
      warm: [
        [
          'Pour le règlement, je préfère en rester à ce qui était prévu : mes factures sont payables {paymentTerms}.',
          'Pour le règlement, je préfère en rester aux conditions du devis.',
        ],
        ["Je t'envoie la facture comme convenu, et je reste dispo si tu as la moindre question."],
      ],
      neutral: [
        [
          'Comme indiqué sur le devis, mes factures sont payables {paymentTerms}.',
          'Les conditions de paiement sont celles indiquées sur le devis.',
        ],
      ],
      firm: [
        [
          "Mes factures sont payables {paymentTerms}, comme indiqué sur le devis, et je m'en tiens à ces conditions.",
          "Les conditions de paiement sont celles du devis, et je m'en tiens à ces conditions.",
        ],
      ],
    },
    unpaidWork: {
      warm: [
        ["Merci d'avoir pensé à moi, ça me touche !"],
        [
          "C'est mon métier, donc je ne travaille pas en échange de visibilité ; en revanche, je peux te faire un devis adapté à ton projet.",
        ],
        ['Pour te donner une idée, mon tarif journalier est de {dayRate}.', ''],
      ],
      neutral: [
        ["Je ne travaille pas gratuitement ni en échange de visibilité : c'est mon métier."],
        [
          "Je peux t'envoyer un devis ; mon tarif journalier est de {dayRate}.",
          "Je peux t'envoyer un devis adapté à ton projet.",
        ],
      ],
      firm: [
        ['Je ne travaille pas sans rémunération, visibilité comprise.'],
        [
          'Si le projet se fait, ce sera sur devis, à mon tarif journalier de {dayRate}.',
          'Si le projet se fait, ce sera sur devis, rémunéré.',
        ],
      ],
    },
  },
  closing: {
    warm: [["Dis-moi ce qui t'arrange le mieux !"]],
    neutral: [['Dis-moi comment tu souhaites procéder.']],
    firm: [["Dis-moi ce que tu choisis, et je m'organise en conséquence."]],
  },
  signOff: {
    warm: ['Belle journée,\n{signature}', 'Belle journée !'],
    neutral: ['Bonne journée,\n{signature}', 'Bonne journée !'],
    firm: ['À bientôt,\n{signature}', 'À bientôt.'],
  },
};

const vous: RegisterTemplates = {
  greeting: {
    warm: ['Bonjour {firstName},', 'Bonjour,'],
    neutral: ['Bonjour {firstName},', 'Bonjour,'],
    firm: ['Bonjour {firstName},', 'Bonjour,'],
  },
  opening: {
    warm: [['Merci beaucoup pour votre message !']],
    neutral: [['Merci pour votre message.']],
    firm: [['Je vous remercie pour votre message.']],
  },
  sections: {
    scope: {
      warm: [
        ["Je m'occuperai avec plaisir de ces nouveaux éléments aussi !"],
        [
          "Comme ils ne faisaient pas partie de ce que nous avions prévu au départ, je vous prépare un devis complémentaire ; dès que vous l'aurez validé, je les intégrerai à mon planning.",
        ],
      ],
      neutral: [
        ['Les éléments supplémentaires que vous évoquez ne font pas partie du périmètre prévu au départ.'],
        ["Je vous envoie un devis complémentaire, et je m'y mettrai dès sa validation."],
      ],
      firm: [
        ['Ces demandes sortent du périmètre de notre devis : je ne peux donc pas les intégrer au projet en cours.'],
        ['Je vous adresse un devis séparé, et je les planifierai dès sa signature.'],
      ],
    },
    revisionsBeyond: {
      warm: [
        ["Je m'occupe volontiers de ces modifications."],
        ['Petite précision : ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je vous facturerai donc ce tour à mon tarif habituel de {rate} ; dites-moi et je m’y mets.',
          'Je vous facturerai donc ce tour à mon tarif habituel ; je vous envoie une estimation avant de commencer.',
        ],
      ],
      neutral: [
        ['Ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je peux bien sûr m’en charger en supplément, à mon tarif de {rate} ; confirmez-moi et je le planifie.',
          "Je peux bien sûr m'en charger en supplément ; je vous envoie une estimation pour validation.",
        ],
      ],
      firm: [
        ['Ce serait le {roundOrdinal} tour de modifications, alors que {quoteRoundsPast}.'],
        [
          'Je peux le faire en travail supplémentaire, facturé {rate}, après votre confirmation écrite.',
          'Je peux le faire en travail supplémentaire, sur devis, après votre confirmation écrite.',
        ],
      ],
    },
    revisionsWithin: {
      warm: [
        ["Je m'occupe volontiers de ces modifications : ce sera {withinRounds}."],
        [
          '{ifLastRound}Les modifications suivantes seront facturées à mon tarif habituel de {rate}.',
          '{ifLastRound}Les modifications suivantes seront facturées en supplément.',
          '',
        ],
      ],
      neutral: [
        ['Je peux faire ces modifications : ce sera {withinRounds}.'],
        [
          '{ifLastRound}Au-delà, les modifications seront facturées {rate}.',
          '{ifLastRound}Au-delà, les modifications seront facturées en supplément.',
          '',
        ],
      ],
      firm: [
        ['Je peux faire ces modifications : ce sera {withinRounds}.'],
        [
          '{ifLastRound}Après ce tour, toute nouvelle modification sera facturée {rate}.',
          '{ifLastRound}Après ce tour, toute nouvelle modification sera facturée en supplément.',
          '',
        ],
      ],
    },
    revisionsUncounted: {
      warm: [
        ["Je m'occupe volontiers de ces modifications."],
        [
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées à mon tarif habituel de {rate}.',
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées à mon tarif habituel.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées à mon tarif habituel de {rate} ; je vous préviendrai avant d’en arriver là.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées en supplément ; je vous préviendrai avant d’en arriver là.',
        ],
      ],
      neutral: [
        ['Je peux faire ces modifications.'],
        [
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées {rate}.',
          'Pour rappel, {quoteRounds} ; les suivantes sont facturées en supplément.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées {rate}.',
          'Pour rappel, au-delà des tours prévus au devis, les retouches sont facturées en supplément.',
        ],
      ],
      firm: [
        [
          '{quoteRounds} ; au-delà, les modifications sont du travail supplémentaire, facturé {rate}.',
          '{quoteRounds} ; au-delà, les modifications sont du travail supplémentaire, facturé à part.',
          'Les modifications au-delà de celles prévues au devis sont du travail supplémentaire, facturé {rate}.',
          'Les modifications au-delà de celles prévues au devis sont du travail supplémentaire, facturé à part.',
        ],
        ["Si c'est le cas ici, je vous confirme le coût avant de commencer."],
      ],
    },
    urgent: {
      warm: [
        ["Je comprends tout à fait l'urgence."],
        ['Je peux vous le livrer {nextSlot}.', 'Je peux le caler sur mon prochain créneau disponible.'],
        [
          "S'il vous le faut vraiment avant, je peux essayer de me libérer exceptionnellement, avec une majoration urgence de {rushPercent}.",
          "S'il vous le faut vraiment avant, je peux essayer de me libérer exceptionnellement, au tarif urgence.",
        ],
      ],
      neutral: [
        [
          'Le plus tôt que je puisse vous le livrer, c’est {nextSlot}.',
          'Je peux vous le livrer sur mon prochain créneau disponible, dans mes délais habituels.',
        ],
        [
          "S'il vous le faut avant, ce serait une commande en urgence, majorée de {rushPercent}.",
          "S'il vous le faut avant, ce serait une commande en urgence, au tarif urgence.",
        ],
      ],
      firm: [
        ['Mon premier créneau disponible est {nextSlot}.', 'Je peux vous le livrer dans mes délais habituels.'],
        [
          'Un délai plus court reste possible à titre exceptionnel, avec une majoration de {rushPercent}, et seulement après votre accord.',
          'Un délai plus court reste possible à titre exceptionnel, au tarif urgence, et seulement après votre accord.',
        ],
      ],
    },
    offHours: {
      warm: [
        [
          'Je travaille {workingTime}, je ne pourrai donc pas m’y mettre {offHoursWhen} ; en revanche, je peux vous le livrer {nextSlot}.',
          'Je travaille {workingTime}, je ne pourrai donc pas m’y mettre {offHoursWhen} ; en revanche, je le cale sur mon prochain créneau.',
        ],
        [
          'Si cela ne peut vraiment pas attendre, je peux faire une exception, avec une majoration de {rushPercent} pour le travail hors horaires.',
          'Si cela ne peut vraiment pas attendre, je peux faire une exception, au tarif hors horaires.',
        ],
      ],
      neutral: [
        ['Mes horaires de travail sont {workingTime}, et je ne travaille pas {offHoursWhen}.'],
        ['Je peux vous le livrer {nextSlot}.', 'Je le cale sur mon prochain créneau de travail.'],
        [
          'Travailler en dehors de ces horaires reste possible à titre exceptionnel, avec une majoration de {rushPercent}.',
          'Travailler en dehors de ces horaires reste possible à titre exceptionnel, au tarif hors horaires.',
        ],
      ],
      firm: [
        ['Mes horaires sont {workingTime} ; je ne travaille pas {offHoursWhen}.'],
        ['Je peux vous le livrer {nextSlot}.', 'Je peux vous le livrer sur mon prochain créneau de travail.'],
        [
          'Toute exception serait majorée de {rushPercent} et devrait être convenue à l’avance.',
          'Toute exception serait facturée au tarif hors horaires et devrait être convenue à l’avance.',
        ],
      ],
    },
    urgentOffHours: {
      warm: [
        ["Je comprends tout à fait l'urgence."],
        [
          'Je travaille {workingTime}, je ne pourrai donc pas m’y mettre {offHoursWhen} ; en revanche, je peux vous le livrer {nextSlot}.',
          'Je travaille {workingTime}, je ne pourrai donc pas m’y mettre {offHoursWhen} ; en revanche, je le cale sur mon prochain créneau.',
        ],
        [
          'Si cela ne peut vraiment pas attendre, je peux faire une exception, avec une majoration urgence de {rushPercent}.',
          'Si cela ne peut vraiment pas attendre, je peux faire une exception, au tarif urgence.',
        ],
      ],
      neutral: [
        ['Mes horaires de travail sont {workingTime}, et je ne travaille pas {offHoursWhen}.'],
        [
          'Le plus tôt que je puisse vous le livrer, c’est {nextSlot}.',
          'Je le cale sur mon prochain créneau de travail.',
        ],
        [
          'Une urgence en dehors de ces horaires reste possible à titre exceptionnel, avec une majoration de {rushPercent}.',
          'Une urgence en dehors de ces horaires reste possible à titre exceptionnel, au tarif urgence.',
        ],
      ],
      firm: [
        ['Mes horaires sont {workingTime} ; je ne travaille pas {offHoursWhen}.'],
        [
          'Mon premier créneau disponible est {nextSlot}.',
          'Je peux vous le livrer sur mon prochain créneau de travail.',
        ],
        [
          'Toute exception serait majorée de {rushPercent} et devrait être convenue à l’avance.',
          'Toute exception serait facturée au tarif urgence et devrait être convenue à l’avance.',
        ],
      ],
    },
    availability: {
      warm: [
        [
          'Pour que nous travaillions dans de bonnes conditions, voici comment je m’organise : je travaille {workingTime}, et je lis mes messages sur ces horaires.',
        ],
        [
          "{ifOffHours}Je ne travaille pas {offHoursWhen}, je ne serai donc pas joignable à ces moments-là ; si quelque chose ne peut vraiment pas attendre, nous pouvons convenir d'une exception ensemble.",
          '',
        ],
        [
          'Si des nouvelles régulières vous sont utiles, je peux vous envoyer un point chaque semaine, et nous pouvons prévoir un appel dès que vous en avez besoin.',
        ],
      ],
      neutral: [
        ['Je suis joignable par e-mail {workingTime}, et je réponds sous un jour ouvré.'],
        ['{ifOffHours}Je ne travaille pas {offHoursWhen}, et je ne suis pas joignable à ces moments-là.', ''],
        [
          "Je peux vous envoyer un point d'avancement chaque semaine, et nous pouvons prévoir un appel quand c'est utile.",
        ],
      ],
      firm: [
        [
          "En freelance, j'organise mon temps moi-même : je ne fais pas de point quotidien et je ne suis pas d'astreinte.",
        ],
        ['{ifOffHours}Je ne travaille pas {offHoursWhen}.', ''],
        [
          "Je suis joignable par e-mail {workingTime}. Je vous envoie volontiers un point chaque semaine, et nous pouvons prévoir un appel quand c'est nécessaire.",
        ],
      ],
    },
    price: {
      warm: [
        ['Je comprends tout à fait les contraintes de budget.'],
        [
          'Mon tarif correspond au travail prévu, je préfère donc garder le prix convenu ; en revanche, nous pouvons tout à fait ajuster le périmètre pour l’adapter à votre budget.',
        ],
      ],
      neutral: [
        ['Le prix du devis correspond au travail prévu, et je le maintiens.'],
        ['Si votre budget est limité, je peux vous proposer une version allégée du projet.'],
      ],
      firm: [
        ['Je ne baisse pas mes tarifs à périmètre égal : le prix convenu reste celui du devis.'],
        ['Si le budget est fixe, nous pouvons en revanche réduire le périmètre ensemble.'],
      ],
    },
    payment: {
      warm: [
        [
          'Pour le règlement, je préfère en rester à ce qui était prévu : mes factures sont payables {paymentTerms}.',
          'Pour le règlement, je préfère en rester aux conditions du devis.',
        ],
        ['Je vous envoie la facture comme convenu, et je reste disponible pour toute question.'],
      ],
      neutral: [
        [
          'Comme indiqué sur le devis, mes factures sont payables {paymentTerms}.',
          'Les conditions de paiement sont celles indiquées sur le devis.',
        ],
      ],
      firm: [
        [
          "Mes factures sont payables {paymentTerms}, comme indiqué sur le devis, et je m'en tiens à ces conditions.",
          "Les conditions de paiement sont celles du devis, et je m'en tiens à ces conditions.",
        ],
      ],
    },
    unpaidWork: {
      warm: [
        ["Merci d'avoir pensé à moi, cela me touche !"],
        [
          "C'est mon métier, je ne travaille donc pas en échange de visibilité ; en revanche, je peux vous faire un devis adapté à votre projet.",
        ],
        ['Pour vous donner une idée, mon tarif journalier est de {dayRate}.', ''],
      ],
      neutral: [
        ["Je ne travaille pas gratuitement ni en échange de visibilité : c'est mon métier."],
        [
          'Je peux vous envoyer un devis ; mon tarif journalier est de {dayRate}.',
          'Je peux vous envoyer un devis adapté à votre projet.',
        ],
      ],
      firm: [
        ['Je ne travaille pas sans rémunération, visibilité comprise.'],
        [
          'Si le projet se fait, ce sera sur devis, à mon tarif journalier de {dayRate}.',
          'Si le projet se fait, ce sera sur devis, rémunéré.',
        ],
      ],
    },
  },
  closing: {
    warm: [['Dites-moi ce qui vous arrange le mieux !']],
    neutral: [['Dites-moi comment vous souhaitez procéder.']],
    firm: [["Merci de me confirmer l'option retenue, et je m'organiserai en conséquence."]],
  },
  signOff: {
    warm: ['Belle journée,\n{signature}', 'Belle journée à vous !'],
    neutral: ['Bien cordialement,\n{signature}', 'Bien cordialement'],
    firm: ['Cordialement,\n{signature}', 'Cordialement'],
  },
};

export const FR_TEMPLATES: LanguageTemplates = {
  lang: 'fr',
  locale: 'fr-FR',
  registers: { tu, vous },
  phrases: {
    rate: { day: '{amount} la journée', hour: '{amount} de l’heure' },
    quoteRoundsPast: {
      zero: "le devis n'en prévoyait aucun",
      one: 'le devis en prévoyait un',
      other: 'le devis en prévoyait {count}',
    },
    quoteRounds: {
      zero: 'mon devis ne prévoit pas de tour de modifications',
      one: 'mon devis prévoit un tour de modifications',
      other: 'mon devis prévoit {count} tours de modifications',
    },
    withinRounds: {
      one: 'le tour de modifications prévu au devis',
      other: 'le {ordinal} des {count} tours de modifications prévus au devis',
    },
    paymentTerms: { onReceipt: 'à réception', days: 'à {days} jours' },
    offHoursWhen: {
      evening: 'le soir',
      night: 'la nuit',
      early_morning: 'avant le début de ma journée',
      weekend: 'le week-end',
      holiday: 'les jours fériés',
      leave: 'pendant mes congés',
      other: 'en dehors de ces horaires',
    },
    slot: { sameDay: "aujourd'hui à {time}", thisWeek: '{weekday} à {time}', later: 'le {weekday} {date} à {time}' },
    workingTime: {
      time: '{days}, de {start} à {end}',
      range: 'du {first} au {last}',
      listItem: 'le {day}',
      everyDay: 'tous les jours',
    },
  },
};
