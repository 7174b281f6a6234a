import { phraseRule } from '../../phrase-rule.ts';
import { PAY_LATER_REASON } from '../shared/pay-later.ts';

/** Payer, sous toutes ses formes : le verbe auquel le moment plus tardif s'accroche. */
const PAY = String.raw`(?:pa[yi](?:er|e|es|ez|ons|ent|iez|ions|era|erai|eras|erez|erons|eront|erait|eraient|erions|eriez|ement)|regl(?:er|e|es|ez|ons|ent|era|erai|erez|erons|eront|erait|erions|ement)|vers(?:er|e|era|erai|erez|erons|eront|erait|erions|ement)|solder)`;

/** Un moment après celui qui était convenu : après un événement, un mois, « plus tard ». */
const LATER = String.raw`(?:apres|une fois|quand|lorsque?|des que|a la fin d[eu]|fin|le mois prochain|l'an prochain|plus tard|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|debut d'annee|fin d'annee))`;

/** L'acompte ou l'avance demandés avant de commencer. */
const ADVANCE = String.raw`(?:acompte|avance|arrhes|premier versement|premiere tranche)`;

/** Le travail fait : le moment contre lequel l'acompte est échangé. */
const DONE = String.raw`(?:livraison|fin d[eu]s? (?:travaux|chantier|projet|mission)|pose|installation|remise|reception|montage)`;

/**
 * Le paiement repoussé après le moment convenu ou suspendu à autre chose que le travail : un moment plus tardif mis
 * à la place (« on pourrait vous payer après les vacances plutôt que ce mois-ci »), l'acompte échangé contre un
 * paiement à la livraison (« au lieu de l'acompte, tout régler à la pose »), le solde gardé le temps d'essayer le
 * travail (« une fois qu'on aura testé les meubles deux mois »), ou la paie qui attend l'argent d'un tiers (« quand
 * le versement du sponsor sera arrivé »). Payer plus tôt, par carte plutôt que par virement, ou quand la facture du
 * prestataire arrive reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/payer-plus-tard',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: PAY_LATER_REASON,
  // chaque motif veut un mot de paiement et un échange, un essai du travail ou l'argent d'un tiers qui arrive
  cue: /^(?=[^]*\b(?:pa[yi]e|payer|payi|payons|payez|regl[eo]|verse|solder))[^]*\b(?:plutot qu|au lieu d|a la place d|periode d'|jours|semaines|mois\b|arriv|tombe|rentre|versee?\b|payee?\b|debloquee?|encaissee?)/,
  patterns: [
    // « on pourrait vous payer après les vacances plutôt que ce mois-ci », « régler le solde en novembre au lieu de... »
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,40}?\b${LATER}\b[^.?!\n]{0,50}?\b(?:plutot que|au lieu d[eu'])(?!\s*(?:attendre|plus tard|dans))`,
    ),
    // « au lieu de l'acompte, on pourrait tout vous régler à la livraison », et l'inverse
    new RegExp(
      String.raw`\b(?:au lieu d[eu']|plutot que|a la place d[eu'])\s*(?:verser\s+|payer\s+)?(?:l'|d'|de l'|le\s+|la\s+|un\s+|une\s+|votre\s+|ton\s+)?(?:\d+\s?%\s+d')?${ADVANCE}\b[^.?!\n]{0,60}?\b${PAY}\b[^.?!\n]{0,40}?\b(?:a la|a l'|apres la|apres l'|des la|des l'|une fois la|une fois l')\s*${DONE}`,
    ),
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,40}?\b(?:a la|a l'|apres la|apres l'|des la|des l'|une fois la|une fois l')\s*${DONE}\b[^.?!\n]{0,40}?\b(?:au lieu d[eu']|plutot que|a la place d[eu'])\s*(?:verser\s+|payer\s+)?(?:l'|d'|de l'|le\s+|la\s+|un\s+|une\s+|votre\s+|ton\s+)?(?:\d+\s?%\s+d')?${ADVANCE}`,
    ),
    // « on vous versera le solde une fois qu'on aura testé les meubles pendant deux mois », « après une période d'essai »
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\b(?:une fois qu'|quand|lorsqu'|apres qu'|apres avoir)\s*(?:on\s+|nous\s+|ils\s+|elles?\s+)?(?:aura|aurons|auront|ait|ayons|a|avons)?\s*(?:eu|teste|utilise|essaye|essaie|vu|pu (?:tester|essayer|utiliser|voir))\b[^.?!\n]{0,40}?\b(?:\d+|quelques|deux|trois|quatre|six|trente|soixante|quatre-vingt-dix|nonante)\s+(?:jours|semaines|mois)\b`,
    ),
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\bapres\s+(?:une|la|notre)\s+periode\s+d'(?:essai|evaluation|observation|test)\b`,
    ),
    // « le règlement suivra en mars, dès que la subvention régionale tombera », « quand le versement du sponsor sera arrivé »
    new RegExp(
      String.raw`\b${PAY}\b[^.?!\n]{0,60}?\b(?:une fois que|quand|lorsque|des que|apres que|jusqu'a ce que)\s+(?:la\s+|le\s+|l'|notre\s+|nos\s+|leur\s+|leurs\s+)?(?:subvention|versement|paiement|financement|argent|fonds|sponsor|mecene|avance|cheque|virement|tranche|jalon|levee de fonds|assurance|droits d'auteur|redevances)s?\b[^.?!\n]{0,40}?\b(?:arrive|arrivera|arriveront|sera arrivee?|seront arrivee?s|tombe|tombera|rentre|rentrera|sera (?:versee?|debloquee?|payee?|encaissee?)|est (?:versee?|debloquee?|payee?|encaissee?)|nous (?:sera|aura ete) (?:versee?|payee?))\b`,
    ),
  ],
  unless: [
    // Payer plus tôt n'est pas une pression : « on peut vous payer maintenant plutôt qu'attendre la fin du mois ».
    /\b(?:plus tot|tout de suite|immediatement|des maintenant|(?:plutot qu'|au lieu d')attendre)\b/,
    // Un paiement déjà fait, annoncé : « nous avons réglé le solde après la livraison ».
    /\b(?:(?:nous avons|on a|j'ai) (?:paye|regle|verse|vire)|(?:a|ont) ete (?:payee?s?|reglee?s?|versee?s?)|(?:est|sont) deja (?:payee?s?|reglee?s?))\b/,
  ],
  examples: {
    fires: [
      'On pourrait vous payer après les vacances plutôt que ce mois-ci ?',
      'Est-ce possible de régler le solde en novembre au lieu d’avant le mariage ?',
      'Ça t’irait qu’on te verse le reste une fois le déménagement fait, plutôt que maintenant ?',
      'Au lieu de l’acompte de 30 %, on pourrait tout vous régler à la livraison ?',
      'Plutôt que l’acompte, est-ce qu’on peut payer le tout après la pose ?',
      'On préférerait payer l’ensemble à la remise des clés au lieu d’un acompte.',
      'On vous versera le solde une fois qu’on aura testé les meubles pendant deux mois.',
      'Le paiement suivra après une période d’essai, c’est notre règle avec les nouveaux fournisseurs.',
      'Le paiement se fera quand le versement de notre sponsor sera arrivé, sans doute fin septembre.',
      'Le règlement suivra en mars, dès que la subvention régionale tombera.',
    ],
    quiet: [
      'On peut payer par carte plutôt que par virement ?',
      'On peut vous régler tout de suite plutôt qu’attendre la fin du mois.',
      'Nous avons réglé le solde après la livraison, comme prévu au devis.',
      'On vous paiera dès que votre facture nous arrive.',
      'Au lieu de l’acompte, pouvez-vous d’abord nous envoyer le contrat signé ?',
      'Quand la subvention arrivera, on embauchera deux personnes.',
      'Après la période d’essai, le logiciel coûte 20 € par mois.',
      'Le solde est payable à la livraison, comme convenu.',
    ],
  },
});
