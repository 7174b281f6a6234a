import { phraseRule } from '../../phrase-rule.ts';

/**
 * Paiement suspendu à l'argent d'un autre ou en partie retenu : « on vous réglera quand notre client nous aura
 * payés », « une fois la subvention versée », une retenue de 10 % sur chaque facture.
 */
export default phraseRule({
  id: 'rate-pressure/paye-quand-paye',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Ties your payment to someone else paying, or holds part of it back: you would be financing the client.',
    fr: 'Fait dépendre votre paiement de l’argent d’un autre, ou en retient une partie : vous financeriez le client.',
  },
  cue: /regl|pay|pai|honor|touch|vers|vir|sold|retenu|reten|reliquat|restant/,
  patterns: [
    // L'argent attendu d'abord, le paiement « à ce moment-là » : « on attend la subvention, on te paiera à ce moment-là ».
    /\b(?:on|nous|j')\s*(?:attend|attendons|attends)\s+(?:encore\s+|toujours\s+)?(?:la subvention|le financement|les fonds|le versement|l'argent|la levee|le virement|le paiement|le reglement|les sponsors|nos sponsors|le sponsor|le mecene|l'aide|le pret)\b[^.?!\n]{0,80}?\b(?:on (?:te|vous) (?:paiera|payera|reglera|versera|virera)|nous (?:te|vous) (?:paierons|payerons|reglerons|verserons|virerons)|je (?:te|vous) (?:paierai|payerai|reglerai|verserai|virerai))\s+(?:a ce moment(?:-la| la)?|alors|a ce moment|a sa reception|a son arrivee|des (?:sa reception|son arrivee|qu'elle|qu'il|qu'ils))/,
    // « on ne pourra régler le solde qu'une fois la subvention versée »
    /\b(?:regler|reglerons|reglera|reglerai|payer|paierons|paiera|paierai|verser|verserons|versera|virer|virerons|solder)\s+(?:le solde|le reste|votre facture|ta facture|vos factures|tes factures|le paiement|la facture|vous|te)?\s*(?:\w+\s+){0,3}?(?:qu'une fois|une fois que|une fois|quand|lorsque|des que|des|qu'apres|apres que|apres|qu'a|a reception|a la reception|au versement|a l'obtention|a l'arrivee)\s+(?:[\w']+\s+){0,4}?(?:(?:la|de la) subvention|(?:le|du) financement|(?:notre|nos|leur|leurs|son|ses) (?:propres? )?(?:clients?|donneurs? d'ordre|financeurs?)|(?:les|des) fonds|l'argent|la levee|(?:leur|le|du|son) (?:paiement|reglement|virement) (?:de|du|par)|la banque|l'aide|le pret|(?:[\w']+\s+){0,3}?(?:sera|seront|soit|soient)\s+(?:monetise\w*|rentable\w*|beneficiaire\w*|financee?s?))\b/,
    // le règlement annoncé à l'arrivée de l'argent public : « le paiement interviendra au versement de la subvention »
    /\b(?:paiements?|reglements?|factures?|honoraires|note|solde|pa[iy]\w*|regl\w*|vers\w*)\b[^.?!\n]{0,60}?\b(?:au|a la|a l'|apres (?:le|la|l')|lors du|lors de la|des (?:le|la|l'))\s*(?:versement|deblocage|arrivee|obtention|encaissement|reception)\s+(?:de|du|des)\s+(?:la\s+|l'|notre\s+|leur\s+)?(?:subvention|financement|fonds|aide|pret|dotation)\b/,
    // Le règlement calé sur l'argent d'un tiers : « caler votre paiement sur le versement de la subvention ».
    /\b(?:cal\w*|align\w*|index\w*|condition\w*|subordonn\w*|accroch\w*)\s+(?:votre|ton|le|la|vos|tes|nos)\s+(?:reglements?|paiements?|factures?|versements?|honoraires|solde)\s+(?:sur|a)\s+(?:le|la|l')\s*(?:versement|arrivee|reception|obtention|encaissement|deblocage)\s+(?:de|du|des)\s+(?:la\s+|l')?(?:subvention|financement|fonds|aide|pret|credits?)\b/,
    // une règle énoncée, pas demandée : « les prestataires sont payés une fois que le client final nous a réglés »,
    // « le paiement interviendra après réception du règlement de notre client », « quand on aura été payés »
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|remuner\w*|touch\w*|honor\w*|paiements?|reglements?|factures?|honoraires|ton argent|votre argent|ton du|votre du|recevr\w+)\b[^.?!\n]{0,60}?\b(?:quand|lorsque|une fois|des que|apres|qu'apres|a reception|a l'encaissement|au moment ou|suite au|suivra|suivront|suit)\s+(?:[\w']+\s+){0,4}?(?:(?:notre|nos|le|la|l'|leur|du|de notre|les)\s*(?:propres?\s+)?(?:clients?|donneurs? d'ordre|marques?|financeurs?|annonceurs?|distributeurs?|editeurs?|partenaires?|agences?|maitres? d'ouvrage|maitres? d'oeuvre|commanditaires?|mandants?|promoteurs?)(?:\s+finale?s?)?\b[^.?!\n]{0,30}?(?:pa[iy]\w*|regl\w*|vers\w*|paiement|reglement)|(?:paiement|reglement|virement|argent|fonds)\s+(?:de|du|des)\s+(?:(?:notre|nos|leur|le|la)\s+)?(?:propres?\s+)?(?:clients?|donneurs? d'ordre|marques?)|(?:on|nous)\s+(?:aura|aurons|sera|serons)\s+(?:[\w-]+\s+)?(?:ete\s+)?(?:payes|paye|regles|regle|rembourses|encaisse)\b|avoir ete (?:payes|regles) par\b|encaissement\s+(?:chez|aupres d[eu]|du paiement d[eu]|de la facture d[eu])\s+(?:\w+\s+)?clients?\b|(?:nous-memes|nous memes)\s+(?:encaisse|ete payes|ete regles)|(?:(?:du|le)\s+)?(?:versement|deblocage|arrivee|obtention|encaissement)\s+(?:de|du|des)\s+(?:la\s+|l')?(?:subvention|financement|fonds|aide|pret|dotation)\b|(?:aurons|aura|avons|ayons)\s+recu\s+(?:celui|le sien|le paiement|le reglement|les fonds|l'argent|le virement)\s+(?:de|du|des)\s+(?:(?:notre|nos|leur|le|la)\s+)?(?:clients?|donneurs? d'ordre|marques?))/,
    // un payeur nommé : « on vous paie quand Martin SA aura honoré notre facture », « après encaissement du paiement client »
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|touch\w*|factures?|part)\b[^.?!\n]{0,50}?\b(?:quand|lorsque|une fois|des que|apres)\b[^.?!\n]{0,40}?\b(?:aura|auront|a|ont|ait|aient)\s+(?:paye|regle|honore|verse|solde)\s+(?:notre|nos)\s+(?:factures?|notes?)\b|\bapres\s+(?:l')?encaissement\s+(?:du|de la|des)\s+(?:paiements?|reglements?|factures?)\s+(?:du\s+|de notre\s+|des\s+)?clients?\b/,
    /\b(?:au rythme|en fonction|au fil|selon le rythme)\s+d(?:es|u)\s+(?:paiements?|reglements?|encaissements?|versements?)\s+(?:de|du|des)\s+(?:nos|notre|leurs?|la|le)?\s*(?:clients?|donneurs? d'ordre|marques?|annonceurs?)\b/,
    // Le solde suspendu à un jalon du projet du client, pas à la livraison du prestataire : « pour le solde, on
    // attendra la fin des travaux », « le reste une fois l'immeuble livré », « les 50 % restants à l'ouverture ».
    /\b(?:solde|reste|reliquat|restant|(?:\d+\s?%|moitie|tranche)s?\s+restante?s?|(?:deuxieme|seconde|derniere) (?:moitie|tranche|partie|facture)|dernier (?:versement|paiement))\b[^.?!\n]{0,60}?\b(?:attend\w*|quand|lorsque|une fois|des|apres|jusqu'a|a|au moment de)\s+(?:que\s+|qu')?(?:l'|la|le|les|notre|nos)\s*(?:(?:livraison|fin|reception|achevement|ouverture|inauguration|remise des cles|mise en service|cloture)\s+(?:du|de l'|de la|des|de notre|de nos)\s*(?:batiment|immeuble|chantier|travaux|maison|magasin|boutique|restaurant|local|locaux|appartement|residence|hotel|programme|renovation)|(?:batiment|immeuble|chantier|travaux|maison|magasin|boutique|restaurant|appartement|renovation)\s+(?:\w+\s+)?(?:livree?s?|terminee?s?|finie?s?|achevee?s?|ouverte?s?|inauguree?s?|receptionnee?s?|(?:sera|seront|soit|soient) (?:livree?s?|terminee?s?|finie?s?|achevee?s?|ouverte?s?|receptionnee?s?))|inauguration)\b/,
    // « une retenue de 10 % sera appliquée sur chaque facture »
    /\bretenue\s+(?:de\s+)?\d+\s?%/,
    /\b(?:retenir|retiendrons|conserver|garder)\s+\d+\s?%\s+(?:de|sur)\s+(?:chaque|vos|tes|la|les)\s+(?:factures?|paiements?|honoraires)\b/,
  ],
  // a payment already made and told: « on t'a réglé la facture quand le client nous a payés »
  unless: [/\b(?:on|nous)\s+(?:t'|vous\s+|te\s+)(?:a|avons)\s+(?:bien\s+)?(?:regle|paye|verse|vire)\b/],
  examples: {
    fires: [
      'Côté paiement, nous attendons encore le versement du mécène : nous vous réglerons à ce moment-là.',
      'Le paiement de votre note interviendra au versement de la subvention régionale.',
      'On vous paiera dès que notre maître d’ouvrage aura versé sa part, comme pour tous nos sous-traitants.',
      'Pour le montage, on te paiera quand le podcast sera rentable, sans doute cet hiver.',
      'Le dernier versement, on le fera après l’ouverture du restaurant, si ça te va.',
      'Tu recevras ton dû après que notre client final nous aura versé le montant.',
      'Nous réglerons votre facture une fois que notre client nous aura payés.',
      'Pour le solde, on aimerait attendre la réception du chantier.',
      'Le reliquat, on vous le verse une fois les travaux terminés.',
      'Les 30 % restants seront payés à l’ouverture du restaurant.',
      'On te paie la dernière tranche quand la maison sera livrée.',
      'On ne pourra verser le solde qu’après le financement de la banque.',
      "L'association vous réglera à réception de l'aide régionale, d'ici l'été.",
      'Notre trésorier souhaite aligner ton paiement sur le déblocage des fonds européens.',
      'Une retenue de 5 % s’applique sur chaque facture jusqu’à la réception.',
      'Nous allons retenir 10 % sur vos factures jusqu’à la fin du chantier.',
      'On ne pourra te payer qu’à l’encaissement du virement de notre propre client.',
      'Votre note, nous la réglerons dès réception du règlement de notre donneur d’ordre.',
      'Désormais, nos prestataires sont payés une fois que la marque nous a réglé, soit 60 à 90 jours.',
      'Ton paiement arrivera quand on aura nous-mêmes été payés.',
      'Le versement se fera après le paiement de notre client final.',
      'Les notes des pigistes sont honorées à réception du règlement du client.',
      'Nos indépendants sont réglés au rythme des paiements de nos clients.',
      'Les pigistes sont payés après encaissement chez le client.',
      'Tu seras réglé quand nous aurons nous-mêmes encaissé.',
      'Votre règlement partira une fois que nous aurons reçu celui de notre client.',
      'Désormais, on règle nos graphistes après avoir été payés par le distributeur.',
      'Tu toucheras ta part dès que l’annonceur aura payé.',
      'Le règlement de tes factures suivra l’encaissement du paiement de notre client.',
      'Vous toucherez votre part dès que Martin SA aura honoré notre facture.',
      'On règle nos prestataires après encaissement du paiement client.',
    ],
    quiet: [
      'On attend la subvention pour lancer la phase 2 ; ta facture de mars, on te la règle cette semaine.',
      'On te paiera quand la facture sera validée par la compta, comme chaque mois.',
      'Le solde à la livraison des fichiers, comme prévu au devis.',
      'Nous vous réglerons à réception de votre facture, comme chaque mois.',
      'La subvention est arrivée, on peut caler votre paiement sur le calendrier du devis.',
      'La livraison du bâtiment est prévue en juin, on t’enverra les photos.',
      "On t'a réglé la facture quand le client nous a payés, tout est en ordre.",
      'Nous réglons toutes les factures à 30 jours.',
      'Le solde sera versé à la livraison, comme prévu au devis.',
      'Notre client nous a payés, merci pour ta patience.',
      'Nous réglerons la facture dès réception, comme pour nos autres prestataires.',
      'On te paiera après la livraison, notre client a déjà validé le budget.',
      'Notre client nous paie à 60 jours, mais toi on te règle à réception comme d’habitude.',
    ],
  },
});
