import { phraseRule } from '../../phrase-rule.ts';
import { INSTALMENTS_REASON } from '../shared/rate-reasons.ts';

/**
 * Demande de fractionner un paiement dû en une fois : « régler en trois fois », « étaler le paiement »,
 * « échelonner la facture ». Un échéancier convenu rappelé (« comme prévu, 30 % à la commande ») reste calme.
 */
export default phraseRule({
  id: 'rate-pressure/paiement-etale',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: INSTALMENTS_REASON,
  cue: /fois|virements|paiements|reglements|sur (?:deux|trois|quatre|six|douze|plusieurs|\d+) (?:mois|trimestres|semaines|ans)|temperament|chaque mois|tous les mois|versement|mensualit|tranche|echeance|etal|echelon|fraction|decoup|split|moitie|par mois|par semaine/,
  patterns: [
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|solder|facture\w*|paiement|reglement|la facture|ta facture|votre facture)\s+(?:\w+\s+){0,5}?en\s+(?:2|3|4|5|6|10|12|deux|trois|quatre|cinq|six|dix|douze|plusieurs|quelques)\s+(?:fois|versements|mensualites|tranches|echeances|paiements|morceaux)\b/,
    /\b(?:etal\w*|echelonn\w*|fractionn\w*|decoup\w*|split\w*)\s+(?:\w+\s+){0,2}?(?:le|la|les|ton|ta|tes|votre|vos|ce|cette|notre)\s+(?:\w+\s+)?(?:paiement|paiements|reglement|reglements|facture|factures|versement|versements|solde|montant|note|somme)\b/,
    /\b(?:paiement|reglement|facture|solde|versement)s?\s+(?:\w+\s+)?(?:etale|echelonne|fractionne)e?s?\b/,
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|solder)\s+(?:\w+\s+){0,2}?(?:par tranches|par mensualites|par echeances|a temperament)\b/,
    /\b(?:pa[iy]\w*|regl\w*|vers\w*)\s+(?:\w+\s+)?(?:un peu|une partie|un bout|quelque chose)\s+(?:chaque|tous les|par)\s+(?:mois|semaine)\b/,
    /\b(?:pref\w+|voudr\w+|aimer\w+|souhaiter\w+|pourr\w+|peut-on|possible d'|possible de)\s+(?:\w+\s+)?(?:etaler|echelonner|fractionner)\b/,
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|solder)\s+(?:\w+\s+){0,3}?sur\s+(?:deux|trois|quatre|six|douze|plusieurs|\d+)\s+(?:mois|trimestres|semaines|ans)\b/,
    /\b(?:pourr\w+|peut-on|peux-tu|possible|pouvez-vous|on peut|aimer\w*|prefer\w*)\s+(?:\w+\s+){0,3}?(?:deux|trois|quatre|plusieurs|\d)\s+(?:virements|versements|paiements|reglements|mensualites)\b/,
    // « on peut étaler ça en quatre fois ? » : la somme reprise par un pronom, le découpage en fois ou en versements
    /\b(?:etal\w*|echelonn\w*|fractionn\w*)\s+(?:ca|cela|le tout|tout ca|le reste)\s+(?:en|sur)\s+(?:\d+|deux|trois|quatre|cinq|six|dix|douze|plusieurs)\s+(?:fois|versements|mensualites|tranches|echeances|paiements)\b/,
    // « 500 € par mois jusqu'à ce que ce soit soldé »
    /\bpar (?:mois|semaine|trimestre)\s+jusqu'a\s+(?:ce que|solde|extinction|la fin du (?:montant|solde)|epuisement)\b/,
    /\b(?:la\s+)?moitie\s+(?:maintenant|ce mois-ci|aujourd'hui|tout de suite)\b[^.?!\n]{0,30}?\b(?:moitie|reste|solde)\s+(?:en|au|a la fin|le mois|dans)\b(?!\s+(?:la\s+)?livraison)/,
  ],
  unless: [
    /\b(?:comme (?:prevu|convenu|indique|dit|d'habitude|sur le devis)|conformement|selon (?:le|ton|votre|notre) (?:devis|contrat)|au devis|au contrat|a la commande|a la signature|a la livraison|acompte)\b/,
  ],
  examples: {
    fires: [
      'Le chantier nous coûte plus que prévu : on peut étaler ça en trois fois ?',
      "Pour le solde, est-ce qu'on pourrait échelonner tout ça en six mensualités ?",
      'Est-ce qu’on peut te régler en trois fois ?',
      'Nous allons régler le reste de tes honoraires en deux fois, en mai et en juin.',
      'On aimerait payer la facture en deux versements.',
      'Vous accepteriez d’étaler le paiement sur l’été ?',
      'Serait-il possible d’échelonner votre facture sur quatre mois ?',
      'On préfère un règlement échelonné, la trésorerie est juste.',
      'La moitié maintenant et le reste en mai, ça te va ?',
      'Peut-on fractionner le solde ?',
      'Serait-il possible de vous régler par mensualités ?',
      'Je peux te verser un peu chaque mois ?',
      'On pourrait régler sur quatre mois ?',
      'Possible de faire trois virements, un par trimestre ?',
      'On aimerait échelonner, disons 250 € par mois.',
      'On te verse 300 € par mois jusqu’à ce que la facture soit réglée ?',
    ],
    quiet: [
      'Le tournage est long : on peut étaler ça sur trois semaines ?',
      'Comme prévu au devis, 30 % à la commande et le solde à la livraison.',
      'On étale les envois sur trois semaines.',
      'On publie un article par mois jusqu’à la fin de l’année.',
      'On pourrait faire deux réunions, une en juin, une en septembre ?',
      'Tu peux découper la vidéo en trois morceaux ?',
      'La facture a été réglée en une fois ce matin.',
    ],
  },
});
