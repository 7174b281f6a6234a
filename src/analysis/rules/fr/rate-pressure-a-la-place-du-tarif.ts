import { phraseRule } from '../../phrase-rule.ts';
import { INSTEAD_OF_FEE_REASON } from '../shared/instead-of-fee.ts';

/**
 * Autre chose mis à la place de la rémunération habituelle du prestataire : une part des recettes, une mention, une
 * somme symbolique (« 20 % des recettes plutôt qu'un forfait », « une mention et un lien à la place de ton cachet
 * habituel », « 80 € au lieu du tarif prévu au devis »). Un autre moyen de paiement (« par virement au lieu du
 * chèque », « en trois fois »), une hausse et un devis demandé restent muets.
 */
export default phraseRule({
  id: 'rate-pressure/a-la-place-du-tarif',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: INSTEAD_OF_FEE_REASON,
  cue: /\b(?:au lieu d|plutot qu|a la place d|en lieu et place d)/,
  patterns: [
    /\b(?:au lieu d[eu']|au lieu des|plutot qu'|plutot que|a la place d[eu']|a la place des|en lieu et place d[eu'])\s*(?:(?:un|une|le|la|l'|ton|ta|tes|votre|vos|notre|nos|mon|ma)\s*)?(?:(?:habituel|normal|plein|fixe|vrai|veritable)\w*\s+)?(?:tarifs?|cachets?|forfaits?|honoraires|paiement|remunerations?|salaires?|prix|facturation|facture|tjm)\b(?!\s+(?:papier|pdf|electronique|par (?:mail|courrier|la poste)|a (?:ton|votre) nom))(?!\s*,?\s*(?:c'est|ce qui|ce sont|ce que|qui))(?!\s+(?:par|en (?:deux|trois|quatre|\d)|a (?:la|l')\s*(?:heure|journee|page)))/,
  ],
  unless: [
    /\b(?:par (?:virement|cheque|carte|paypal|twint)|en (?:especes|liquide)|en (?:deux|trois|quatre|plusieurs|\d) (?:fois|versements)|hausse|augment\w*|majore\w*|prime|bonus|plus eleve\w*)\b/,
    /\b(?:faire|envoyer|etablir|demander|chiffrer)\s+(?:un|le|ton|votre)\s+(?:devis|chiffrage)\b/,
  ],
  examples: {
    fires: [
      'On te propose 20 % des recettes de billetterie plutôt qu’un forfait.',
      'On te ferait une mention dans l’émission et un lien à la place de ton cachet habituel.',
      'Pour ces reprises, on peut vous proposer 80 € au lieu du tarif prévu au devis.',
      'Une part sur les ventes au lieu de vos honoraires, ça vous irait ?',
      'On pensait vous offrir un week-end au gîte en lieu et place de la facturation.',
      'Des bons d’achat dans la boutique plutôt que le paiement, ce serait possible ?',
      'On te donnerait de la visibilité sur nos réseaux au lieu d’un vrai cachet.',
      'Plutôt qu’une facture, on vous offrirait un week-end dans notre gîte.',
    ],
    quiet: [
      'On paiera par virement au lieu du chèque habituel.',
      'Plutôt qu’une facture papier, envoie-nous un PDF.',
      'Vous préférez un paiement en trois fois plutôt qu’un paiement par chèque ?',
      'On te propose une hausse au lieu du tarif actuel, tu le mérites.',
      'Pouvez-vous faire un devis au forfait plutôt qu’un tarif à l’heure ?',
      'Plutôt que le prix, c’est le délai qui nous inquiète.',
      'Au lieu du tarif qui nous bloquait, on a changé de fournisseur.',
    ],
  },
});
