import { phraseRule } from '../../phrase-rule.ts';

/** Paiement en visibilité, en nature, en parts ou à la commission plutôt qu'en argent. */
export default phraseRule({
  id: 'rate-pressure/exposure',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Offers exposure, equity, goods or a commission instead of your fee: none of them pays your bills.',
    fr: 'Propose de la visibilité, des parts, des produits ou une commission à la place de vos honoraires : rien de cela ne paie vos factures.',
  },
  cue: /pas (?:de budget|les moyens)|sans budget|pas (?:vous |te )?(?:payer|remunerer|retribuer)|\b(?:avis|recommandation|temoignage|note|mention|bons?|avoirs?|produits|cartes? cadeau|nature|partage|pourcentage|visibilite|pub|publicite|vitrine|reference|exposition|promo|notoriete|carte de visite|exposure|portfolio|book|cv|insta|en (?:echange|contrepartie|remerciement)|payer|paye|regler|remuner|dedommager|retribuer|fixe|commission|100 ?% variable|au lieu|a la place|plutot que|parts|actions|bspce|equity|ferait|fera|ferai|donnerait|donnera|apporterait|apportera|offrirait|offrira|ramenerait|amenerait)|%|pour ?cent/,
  patterns: [
    // "en échange, on partagera ton travail à nos 20 000 abonnés"
    /\b(?:en (?:echange|contrepartie|retour))\b[^.?!\n]{0,40}?\b(?:partag\w*|publi\w*|relai\w*|mett\w* en avant|present\w*|tagu\w*|mentionn\w*)\b[^.?!\n]{0,40}?\b(?:abonnes|followers|communaute|audience|reseau|lecteurs|fans)\b/,
    // "on ne peut pas vous payer, mais on vous citera au dos du livre"
    /\b(?:(?:ne|n')\s*(?:pouvons|pourrons|peut|pourra|peux|pourrai)\s+pas\s+(?:vous |te )?(?:payer|remunerer|retribuer|offrir de cachet)|pas de budget|sans budget|pas les moyens)\b[^.?!\n]{0,50}?\b(?:vous|te|t')\s*(?:citer\w*|crediter\w*|mentionner\w*|taguer\w*|tagger\w*|remercier\w*|mettre en avant|nommer\w*)/,
    /\b(?:te|vous|t')\s*(?:ferait|fera|ferai|donnerait|donnera|apporterait|apportera|offrirait|offrira|ramenerait|amenerait)\s+(?:(?:une|de la|un|du|des|belle|super|bonne|grosse|enorme|pas mal de|beaucoup de|enormement de|sacree|vraie|chouette|jolie|top|excellente|tres bonne|une sacree)\s+){1,3}(?:visibilite|pub|publicite|vitrine|reference|references|exposition|promo|notoriete|carte de visite|exposure|contacts|clients)\b/,
    /\b(?:belle|super|grosse|bonne|enorme|sacree|chouette|vraie|top|excellente|tres bonne|de la|gros coup de)\s+(?:visibilite|vitrine|pub|publicite|exposition|carte de visite|reference|exposure)\s+pour\s+(?:toi|vous|ton|votre|ta)\b/,
    /\b(?:bon|bien|super|ideal|parfait|top|excellent|sympa|genial|ideal)\s+(?:pour|dans)\s+(?:ton|votre)\s+(?:portfolio|portfolio|book|cv|insta|instagram)\b/,
    /\ben (?:echange|contrepartie|remerciement)\b[^.?!\n]{0,40}?\b(?:visibilite|mention|credit|pub|tag|lien|logo|bouteilles?|caisses?|produits?|repas|nuits?|sejour|bons?|pass|places|invitations?|abonnement|nom)\b/,
    /\ben (?:echange|contrepartie)\s+d[eu']\s*(?:la moitie|une partie|tout|l'integralite|\w+)?\s*(?:de (?:la|ta|votre|vos|tes) )?(?:factures?|paiement|reglement|honoraires|prestation)\b/,
    /\b(?:payer|paye|regler|remunerer|remunere|dedommager|retribuer)\s+(?:\w+\s+){0,3}?en\s+(?:partie\s+en\s+|nature|partie en nature)?\s*(?:nature|vin|produits?|bons?(?: d'achat)?|parts|actions|bspce|equity|stock-options|cryptos?|bouteilles|repas|visibilite|services|echange|heures|marchandises?|jetons|tokens|avoirs?)\b/,
    /\b(?:payer|paye|remunerer|remunere|retribuer)\s+(?:\w+\s+){0,2}?(?:a la commission|au pourcentage|au resultat|aux resultats|a la performance|au succes|au chiffre|a la vente|au lead|au rendez-vous|au contrat signe|au devis signe|sur les ventes)\b/,
    /\b(?:pas de fixe|sans fixe|sans partie fixe|commission uniquement|uniquement a la commission|que a la commission|seulement a la commission|100 ?% variable)\b/,
    /\b(?:au lieu|a la place)\s+(?:de te payer|de vous payer|d'etre paye|d'un paiement|d'une facture|de (?:ta|votre) facture|de (?:tes|vos) honoraires|du paiement|d'argent)\b/,
    /\b\d+(?:[.,]\d+)?\s?(?:%|pour ?cent)\s+(?:du capital|des parts|des actions|de la (?:boite|societe|start-?up|structure)|des benefices|du chiffre|des ventes)\b/,
    /\b(?:plutot que|au lieu)\s+de\s+(?:te|vous|t')\s*(?:regler|payer|verser)\b/,
    /\b(?:des|en)\s+(?:parts|actions|bspce|equity)\s+(?:dans|de)\s+(?:la|notre)\s+(?:boite|societe|start-?up|entreprise|projet)\b/,
    /\b(?:remunere|paye|payee|remuneree)e?s?\s+(?:uniquement\s+|seulement\s+)?(?:si|quand|une fois que|qu'une fois que|qu'en cas de)\s+(?:ca marche|le projet|on|nous|ca se vend|les ventes|ca rapporte|il y a)\b/,
    // "une commission sur les ventes plutôt qu'un fixe"
    /\b(?:plutot qu'un|au lieu d'un|a la place d'un)\s+(?:salaire\s+|tarif\s+|montant\s+)?fixe\b/,
    /\b(?:te|vous|t')\s*(?:\w+\s+){0,2}?(?:une\s+)?commission\s+sur\s+(?:les|vos|tes|nos|chaque)\s+(?:ventes|contrats|resultats|commandes|clients)\b/,
    // "on te paiera en bons d'achat", "un partage des revenus plutôt qu'un forfait"
    /\bpa[iy]\w*\s+(?:\w+\s+)?(?:en|avec des)\s+(?:bons? d'achat|avoirs?|produits|cartes? cadeaux?|codes? promo|nature|credits?|points|parts)\b/,
    /\b(?:partage|pourcentage|part)\s+(?:des|sur les)\s+(?:revenus|recettes|benefices|ventes)\b[^.?!\n]{0,20}?\b(?:plutot qu|au lieu d|a la place d)/,
    // "un super avis sur Malt à la place d'un bonus"
    /\b(?:avis|recommandations?|temoignages?|notes?|mentions?|etoiles)\b[^.?!\n]{0,30}?\b(?:a la place d'|au lieu d'|plutot qu')\s*(?:un |une |le |la )?(?:bonus|paiement|prime|remuneration|facture|argent|cachet|augmentation)\b/,
  ],
  unless: [/\b(?:en plus de (?:tes|vos) honoraires|en plus de (?:ta|votre) facture|en plus du (?:paiement|tarif))\b/],
  examples: {
    fires: [
      'En contrepartie, on relaiera tes visuels auprès de nos 15 000 abonnés.',
      'On ne pourra pas te rémunérer, par contre on te créditera sur la pochette.',
      'On ne peut pas te payer mais ça te ferait une super visibilité.',
      'Ce serait une belle vitrine pour vous, notre page a 20 000 abonnés.',
      'Nous vous proposons de vous régler en bouteilles de notre cuvée.',
      'Je préfère te payer à la commission sur les ventes.',
      'Pas de fixe, mais 10 % de chaque contrat signé.',
      'On te propose des parts dans la boîte au lieu de te payer.',
      'En échange, on mettra ton logo sur tous nos supports.',
      "On peut te proposer une commission sur les ventes plutôt qu'un fixe.",
      "On te paiera en bons d'achat sur nos produits.",
      "On peut te proposer un partage des revenus plutôt qu'un forfait.",
      "On peut te laisser un super avis sur Malt à la place d'un bonus.",
    ],
    quiet: [
      'Tu peux partager le résultat avec tes abonnés une fois en ligne.',
      'Nous vous citerons au dos du livre, comme prévu au contrat.',
      'Nous avons besoin de visibilité sur le planning.',
      'Le salon nous a donné une belle visibilité auprès des distributeurs.',
      'Vous pouvez bien sûr montrer le projet dans votre portfolio.',
      'Nous vous citerons dans les crédits, en plus de vos honoraires.',
      'On paiera en deux virements, comme prévu au devis.',
      "On t'a laissé un avis sur Malt, merci pour ton travail.",
    ],
  },
});
