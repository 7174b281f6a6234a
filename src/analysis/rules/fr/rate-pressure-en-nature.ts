import { phraseRule } from '../../phrase-rule.ts';
import { IN_KIND_REASON } from '../shared/rate-reasons.ts';

/** La visibilité donnée au freelance : son logo ou son nom sur le support du client, une mention, un crédit. */
const VISIBILITE = String.raw`(?:(?:ton|votre|ta)\s+(?:logo|nom|marque|signature)\s+(?:\w+\s+){0,2}?(?:sur|dans|au|en|a)\b|(?:une\s+)?(?:mention|credit)s?\s+(?:sur|dans|au)\b|(?:te|vous)\s+(?:citer|mentionner|crediter|remercier)\s+(?:sur|dans|au|comme)\b|(?:te|vous)\s+(?:mets|met|mettre|mettrons|mettrait|mettra)\s+en avant|(?:te|vous)\s+(?:afficher|presenter)\s+comme\s+(?:\w+\s+)?(?:partenaire|sponsor|mecene))`;

/** Les avantages donnés à la place de l'argent : places, pass, invitations, un stand offert. */
const AVANTAGES = String.raw`(?:(?:des|deux|trois|quelques|\d)\s+(?:\w+\s+)?(?:places|pass|entrees|invitations|consos|repas|nuits)|(?:une|un)\s+(?:place|pass|entree|invitation|acces|stand|repas)\s+(?:vip|backstage|gratuite?|offerte?|pour|a la|au|en)|(?:l'|une )?entree (?:gratuite|offerte|libre)|(?:ta|votre|une)\s+place\s+(?:au|a la|pour le|pour la|en|vip)|places? vip|pass vip|acces (?:backstage|vip|aux coulisses)|stand (?:offert|gratuit))`;

/**
 * Un paiement en nature : visibilité et avantages proposés ensemble, dans la même phrase, à la place d'un cachet
 * (« ton nom sur l'affiche et des places VIP »). L'un sans l'autre est souvent anodin (un logo à envoyer, des places
 * à retirer) ; les deux ensemble font l'offre. Des avantages en plus du cachet restent muets.
 */
export default phraseRule({
  id: 'rate-pressure/en-nature',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: IN_KIND_REASON,
  cue: /\b(?:places|place vip|(?:ta|votre) place|pass|entrees?|invitations?|backstage|coulisses|consos|repas|stand)\b/,
  patterns: [
    new RegExp(
      String.raw`\b${VISIBILITE}[^.?!\n]{0,80}?\b${AVANTAGES}\b|\b${AVANTAGES}\b[^.?!\n]{0,80}?\b${VISIBILITE}`,
    ),
  ],
  unless: [
    /\b(?:en plus de (?:ton|votre) (?:cachet|tarif|facture|devis)|en plus du cachet|en sus)\b/,
    // pas d'offre dans la phrase (une affiche pour le public, ce que reçoit chaque bénévole) : pas un paiement
    /^(?![^]*(?:\ben (?:echange|retour|contrepartie)|\bremercier|\ba la place|\bau lieu|\bpas de (?:budget|cachet|remuneration|sous|moyens)|\bpas les moyens|\b(?:te|vous|t')\s*(?:propos|offr|donn|mett|remerci)\w*|\b(?:tu|vous)\s+(?:aurais|auriez|auras|aurez)\b|\b(?:on|nous)\s+(?:te|vous|t')))/,
  ],
  examples: {
    fires: [
      'En retour, on te met en avant sur nos réseaux et tu as ta place au brunch VIP.',
      "On peut t'offrir une visibilité : ton logo sur nos t-shirts et l'entrée gratuite au gala.",
      "On te propose ton nom sur l'affiche et des places VIP.",
      'En échange, ton logo sur le flyer et deux entrées.',
      'On vous offre votre logo sur notre site et une invitation à la soirée.',
      'Pas de budget, mais ton nom au générique et deux pass pour le festival.',
      'Pour te remercier, on mettra ton logo sur les affiches et tu auras un accès backstage.',
    ],
    quiet: [
      'Les bénévoles ont droit à des repas et une mention sur le site, comme chaque année.',
      "Ton nom sera sur l'affiche et tu as deux places pour tes proches ; ta facture est réglée à la livraison comme convenu.",
      'Les places VIP sont à retirer à l’accueil.',
      "Ton nom sur l'affiche est mal orthographié.",
      'Deux places pour le concert en plus de ton cachet, pour te remercier.',
    ],
  },
});
