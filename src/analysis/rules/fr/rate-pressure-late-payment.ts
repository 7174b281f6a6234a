import { phraseRule } from '../../phrase-rule.ts';

/** Délais longs (y compris « septante »/« nonante » en Belgique et en Suisse), tout en chiffres ou en lettres. */
const LONG_TERM = String.raw`(?:60|75|90|120|150|180|soixante|septante|septante-cinq|soixante-quinze|quatre-vingts?|quatre-vingt-dix|nonante|cent vingt)`;

/** Paiement retardé, conditionnel ou étalé : 60 jours fin de mois, « quand notre client nous aura payés », en six fois. */
export default phraseRule({
  id: 'rate-pressure/late-payment',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Pushes your payment later, ties it to someone else paying, or splits it up: you end up financing the client.',
    fr: 'Repousse votre paiement, le fait dépendre d’un tiers ou l’étale : c’est vous qui financez le client.',
  },
  cue: /\b(?:reste|solde|moitie|restant|complement|fin de|trimestre|semestre|attend|patient|(?:60|75|90|120|150|180|soixante|septante|septante-cinq|soixante-quinze|quatre-vingts?|quatre-vingt-dix|nonante|cent vingt|45)\s+jours|pa[iy]|regl|fact|solder|echelonn|etaler|fractionn|decouper|repartir|verse|virement|acompte|solde|debloqu|liberer)/,
  patterns: [
    // "septante pour cent à la livraison et le reste en automne" (pas « le solde à la livraison »)
    /\b(?:\d+ ?(?:%|pour ?cent)|(?:cinquante|soixante|septante|huitante|octante|nonante|quarante|trente) pour ?cent|la moitie|une partie|un tiers)(?![a-z])[^.?!\n]{0,40}?\b(?:le reste|le solde|l'autre moitie|le restant|le complement)\s+(?:au|a la|a l'|en|dans|d'ici|apres|plus tard|l'an)\b(?!\s*(?:la |l')?(?:livraison|reception|signature|validation|remise|fin du projet|fin de la mission))/,
    // "on pourra vous payer seulement en avril", "on ne pourra vous régler qu'en septembre"
    /\b(?:payer|regler|verser|virer|paierons|paiera|payerons|reglerons|reglera|verserons)\b[^.?!\n]{0,20}?\b(?:seulement|qu'|que|pas avant)\s*(?:en|a|au|fin|debut|courant|dans)\s+(?!(?:la |a la )?(?:livraison|reception|signature|validation|commande))/,
    new RegExp(String.raw`\ba\s+${LONG_TERM}\s+jours\b(?!\s+(?:du|des|avant|pres)\b)`),
    new RegExp(
      String.raw`\b(?:paiement|paiements|reglement|reglements|regle|reglons|reglera|reglerons|payer|paye|payons|paierons|paiera|payera|regler|facture|factures|echeance|delai de paiement)\s+(?:\w+\s+){0,3}?${LONG_TERM}\s+jours\b`,
    ),
    // « nos délais de paiement passent de 30 à 90 jours », « réglées après parution, quatre mois après la livraison »
    new RegExp(
      String.raw`\b(?:paiements?|reglements?|delais?|factures?|echeances?|pa[iy]\w*|regl\w*)\b[^.?!\n]{0,40}?\bde\s+(?:30|trente|15|quinze)\s+(?:jours\s+)?a\s+${LONG_TERM}\s+jours\b`,
    ),
    /\b(?:regle\w*|regl(?:ons|era|erons)|pa[iy](?:e|es|ee|ees|ons|era|erons)|paiement|reglement|verse\w*)\b[^.?!\n]{0,30}?\b(?:apres|a|des|lors de|au moment de)\s+(?:la\s+)?(?:parution|publication|diffusion|sortie du \w+)\b(?!\s+(?:de|du)\s+(?:ta|votre|la|ma|notre)\s+facture)/,
    /\b(?:regle\w*|pa[iy]\w*|paiement|reglement|verse\w*)\b[^.?!\n]{0,60}?\b(?:deux|trois|quatre|cinq|six|[2-9]|1[0-2])\s+mois\s+apres\s+(?:la\s+)?(?:livraison|remise|reception|rendu)\b/,
    new RegExp(
      String.raw`\b${LONG_TERM}\s+jours(?:\s+fin de mois\b[^.?!\n]{0,50}?\b(?:paiement|reglement|regl\w*|pa[iy]\w*)|[^.?!\n]{0,50}?\b(?:delais? de (?:paiement|reglement)|conditions de (?:paiement|reglement)))\b`,
    ),
    /\b45\s+jours\s+fin\s+de\s+mois\b[^.?!\n]{0,40}?\b(?:apres|a compter de|a reception)\b/,
    // "te payer en six versements", "régler en trois fois", "paiement échelonné"
    /\b(?:payer|regler|paie|paye|reglement|paiement|regle|regles|reglez|payes|payez|facture|solder)\s+(?:\w+\s+){0,3}?en\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|plusieurs|petites?|quelques)\s+(?:fois|versements|mensualites|tranches|echeances|paiements|mois|parties|morceaux)\b/,
    /\b(?:echelonner|etaler|fractionner|decouper|repartir)\s+(?:\w+\s+){0,2}?(?:le paiement|la facture|le reglement|les paiements|le montant|le solde|ta facture|votre facture|la somme)\b/,
    /\b(?:paiement|reglement)\s+(?:echelonne|etale|fractionne|differe|en plusieurs fois)\b/,
    // "on vous paiera quand notre client nous aura réglés", "dès que la subvention arrive"
    /\b(?:pa[iy](?:e|o|ez)\w*|regl\w*|vers(?:e|er|era|erons|erai)\b|debloquer|debloquerons|liberer|solder|virement|factures?|acompte|solde)\b[^.?!\n]{0,60}?\b(?:quand|lorsque|des que|une fois que|apres que|seulement quand|qu'une fois que|qu'apres que|pas avant que|a la reception d[eu']|a reception d[eu']|au moment ou)\s+(?:\w+\s+){0,4}?(?:(?:aura|auront|sera|seront|a ete|ont ete|aurons ete|serons)\s+(?:\w+\s+)?(?:paye|payes|payee|payees|regle|regles|reglee|verse|verses|versee|rembourse|encaisse|debloque|debloquee|arrive|arrivee|rentre|rentree)|(?:fonds|subvention|subventions|financement|levee|tresorerie|virement|paiement|argent|sous|investisseurs|client|clients)\s+(?:\w+\s+){0,2}?(?:arrive|arrivent|arriveront|arrivera|rentre|rentrent|rentrera|debloque|debloquee|tombe|tombera|seront|sera|aura|auront|paie|paiera|paient|nous paie|nous aura|regle|reglera))/,
    // "décaler le paiement", "on met ta facture en attente"
    /\b(?:decaler|decale|decalons|reporter|reporte|reportons|retarder|retarde|retardons|differer|differe|differons|repousser|repousse|repoussons|geler|gele|gelons|bloquer|bloque|bloquons|suspendre|suspend|suspendons|garder|garde|gardons|retenir|retient|retenons|attendre)\s+(?:un peu\s+|de quelques \w+\s+)?(?:le|ton|votre|la|ta|les|tes|vos|ce|cette|ces)\s+(?:\w+\s+){0,2}?(?:paiement|paiements|reglement|facture|factures|virement|acompte|solde|versement)\b/,
    /\b(?:facture|factures|paiement|reglement)\s+(?:\w+\s+){0,2}?(?:en attente|en suspens|de cote)\s+(?:jusqu'a|jusqu'en|jusqu'au|pour le moment|quelque temps)\b/,
    /\b(?:payer|regler)\s+(?:\w+\s+)?(?:plus tard|un peu plus tard|avec (?:un peu de )?retard|le mois prochain|l'an prochain|l'annee prochaine|en fin d'annee|au trimestre prochain|dans quelques mois)\b/,
    // "on règle en fin de trimestre"
    /\b(?:regl\w*|pa[iy](?:e|o|ez)\w*|paiement|virement|factures?)\b[^.?!\n]{0,30}?\b(?:en fin de|a la fin du|a la fin de l'|au)\s*(?:trimestre|semestre|annee|exercice)\b/,
    // "on ne règle qu'en fin de trimestre", "attendre la mise en ligne complète pour facturer"
    /\b(?:ne\s+|n')?(?:regl\w*|pa[iy]\w*|vers\w*)\s+(?:qu'|que\s+)?(?:en|a la|au|a)\s+(?:fin de (?:trimestre|semestre|l'annee|annee|exercice)|chaque (?:fin de )?trimestre|trimestre|semestre)\b/,
    /\b(?:attendre|attends|attendez|patienter|patiente|patientez)\s+(?:\w+\s+){0,5}?(?:pour|avant de)\s+(?:nous\s+|me\s+)?(?:facturer|envoyer (?:ta|votre|la) facture|encaisser)\b/,
    // "on vire 50 % maintenant et le reste dans trois mois"
    /\b(?:le reste|le solde|la suite|l'autre moitie|le restant|le complement)\s+(?:dans|d'ici|a|en|apres)\s+(?:\d+|deux|trois|quatre|cinq|six|douze)\s+(?:mois|trimestres?)\b/,
    // "le solde au printemps", "la moitié maintenant et le reste à la rentrée"
    /\b(?:que|seulement|uniquement|d'abord|pour l'instant|pour le moment|maintenant)\b[^.?!\n]{0,60}?\b(?:le reste|le solde|la suite|l'autre moitie|le restant|le complement)\s+(?:au|a la|a l'|en|dans|d'ici|apres|plus tard|l'an)\b/,
    // "votre facture sera réglée fin juin plutôt que ce mois-ci"
    /\b(?:factures?|paiements?|reglements?|acompte|solde|honoraires)\b[^.?!\n]{0,40}?\b(?:reglee?s?|payee?s?|versee?s?|viree?s?|traitee?s?)\b[^.?!\n]{0,40}?\b(?:plutot qu(?:e|')|au lieu d(?:e|u|'))\s*(?:ce mois-ci|cette semaine|maintenant|aujourd'hui|a la livraison|a reception|a l'echeance|la date prevue|prevu|(?:le )?\d{1,2}(?:er)?|lundi|mardi|mercredi|jeudi|vendredi|fin du mois|la fin du mois)\b/,
    // "on te paiera dans quelques mois, quand ça ira mieux"
    /\b(?:paiera|paierons|payera|payerons|reglera|reglerons|versera|verserons|paierai|reglerai)\s+(?:\w+\s+){0,2}?(?:dans|d'ici)\s+(?:quelques|plusieurs|deux|trois|quatre|six|\d+)\s+mois\b/,
    /\b(?:pa[iy]\w*|regl\w*|vers\w*)\b[^.?!\n]{0,30}?\bquand\s+(?:ca ira mieux|on aura (?:de la|plus de) (?:tresorerie|treso|sous|cash)|les finances le permettront|on (?:le )?pourra|on sera (?:rentre|renfloue)s? dans nos frais)/,
  ],
  unless: [
    // un échéancier convenu rappelé : « le paiement se fait en deux fois comme prévu au devis »
    /\ben (?:deux|trois|\d) (?:fois|versements|tranches)\b[^.?!\n]{0,30}?\bcomme (?:prevu|convenu)\b|\bcomme (?:prevu|convenu)\b[^.?!\n]{0,30}?\ben (?:deux|trois|\d) (?:fois|versements|tranches)\b/,
    /\b(?:desole du retard|excuses? pour le retard|toutes nos excuses|a ete regle|est parti ce matin|a ete paye)\b/,
  ],
  examples: {
    fires: [
      'On bloque ta facture de mai jusqu’à la rentrée.',
      'La compta garde votre facture jusqu’à la clôture des comptes.',
      'Septante jours fin de mois : c’est désormais notre règle de paiement.',
      'Nos délais de paiement passent de 30 à 90 jours.',
      'Les piges sont réglées après parution, environ quatre mois après la remise.',
      'On peut te virer soixante pour cent à la remise et le solde au printemps.',
      'On ne pourra vous régler qu’en septembre, désolés.',
      'Nous réglons nos fournisseurs à 60 jours fin de mois.',
      'On paiera à nonante jours, comme pour tout le monde.',
      'Le paiement se fera à septante jours.',
      'Serait-il possible de te payer en quatre versements ?',
      'On aimerait échelonner le paiement sur l’année.',
      'On vous réglera quand notre client nous aura payés.',
      'Le solde sera versé dès que la subvention arrive.',
      'Est-ce qu’on peut décaler ta facture au mois prochain ?',
      'Je pourrai vous payer plus tard, en fin d’année.',
      'Je te payerai quand la subvention sera tombée.',
      'On règle en fin de trimestre, pas avant.',
      "Notre service compta ne règle qu'en fin de trimestre.",
      'Tu peux attendre la mise en ligne complète pour facturer ?',
      'On vire 50 % maintenant et le reste dans trois mois.',
      "On ne peut verser que 60 % pour l'instant, le solde à la rentrée.",
      'La deuxième facture sera payée en août plutôt que ce mois-ci, désolée.',
      "On va s'arranger pour le paiement, on te paiera dans quelques mois quand ça ira mieux.",
    ],
    quiet: [
      'La mission durera 90 jours, paiement à réception de chaque facture.',
      'La parution est prévue quatre mois après la livraison.',
      'Paiement : 30 % à la commande, le solde à la livraison.',
      'On vous paiera qu’à la livraison, comme prévu au devis.',
      'Ce matin, le virement de votre facture est parti : elle a été réglée.',
      'Nous réglons à 30 jours à réception de facture.',
      'La mission durera 90 jours environ.',
      'Toutes nos excuses, le virement est parti ce matin.',
      "On règle à réception de facture, comme d'habitude.",
      "Le reste de l'équipe arrive dans deux mois.",
      'Pouvez-vous envoyer la facture par courrier plutôt que par mail ?',
      'On te paie la semaine prochaine, comme prévu au devis.',
    ],
  },
});
