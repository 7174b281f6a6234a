import { phraseRule } from '../../phrase-rule.ts';
import { LOWER_BUT_STEADY_REASON } from '../shared/rate-reasons.ts';

/**
 * Une baisse présentée comme un avantage : le nouvel accord placé sous ce que l'indépendant facture aujourd'hui
 * (« un peu moins que ce qu'on vous verse, mais c'est régulier »), quelle que soit la consolation.
 */
export default phraseRule({
  id: 'rate-pressure/moins-mais-regulier',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: LOWER_BUT_STEADY_REASON,
  cue: /moins|dessous|inferieur|plus bas/,
  patterns: [
    /\b(?:moins(?:\s+(?:cher|chere|eleve|elevee)s?)?|en dessous|en-dessous|au-dessous|inferieure?s?|plus bas)\s+(?:que|qu'|de|du|a)\s*(?:ce (?:que|qu')\s*(?:on|nous)\s+(?:vous|te|t')\s*(?:\w+\s+)?(?:vers\w*|pa[iy]\w*|regl\w*|donn\w*|factur\w*)|ce (?:que|qu')\s*(?:vous|tu)\s+(?:\w+\s+)?(?:factur\w*|gagn\w*|touch\w*|per\w*|demand\w*)|(?:ta|votre|ton|vos|tes)\s+(?:facturation|tarif|tarifs|tjm|remuneration|honoraires|factures?|revenus?|taux|chiffre)|ce que tu factures)\b/,
  ],
  unless: [/\b(?:delai|delais|pages|mots|charge de travail|deplacements?|effort)\b/],
  examples: {
    fires: [
      'Le forfait serait un peu moins que ce qu’on te verse aujourd’hui, mais tous les mois.',
      'C’est légèrement en dessous de ta facturation actuelle, en échange de la régularité.',
      'Ce montant est inférieur à votre tarif habituel, mais le volume est garanti.',
      'Ça fait un peu moins que ce que tu factures maintenant, par contre c’est stable.',
      'Le fixe mensuel reste un poil plus bas que vos honoraires, mais vous aurez de la visibilité.',
      'Un abonnement moins cher que tes factures du moment, mais garanti toute l’année.',
    ],
    quiet: [
      'Ton nouveau tarif est un peu plus élevé, ça nous va.',
      'Il y aura moins de pages que ce que tu fais d’habitude.',
      'Le délai est moins serré que ce que tu as connu au printemps.',
      'Ta facture est en dessous du seuil, pas besoin de bon de commande.',
    ],
  },
});
