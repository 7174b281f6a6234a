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
  cue: /moins|dessous|inferieur|plus bas|y gagne|economie/,
  patterns: [
    // « par rapport à ce que tu factures, c'est un peu moins », « un tarif un peu plus bas que l'actuel »
    /\bpar rapport a ce (?:que|qu')\s*(?:tu|vous|on (?:te|vous))\s+(?:factur\w*|gagn\w*|touch\w*|per\w*|vers\w*|pa[iy]\w*)\b[^.?!\n]{0,30}?\b(?:moins|plus bas|inferieur|en dessous)\b/,
    /\b(?:tarif|prix|taux|forfait|remuneration|tjm)\s+(?:\w+\s+){0,2}?(?:plus bas|moins eleve|inferieur|moins cher)\s+(?:que|qu'a|a)\s*(?:l'actuel|celui d'aujourd'hui|maintenant|aujourd'hui|ton tarif|votre tarif|l'existant|ton tjm|votre tjm)\b/,
    /\b(?:moins(?:\s+(?:cher|chere|eleve|elevee)s?)?|en dessous|en-dessous|au-dessous|inferieure?s?|plus bas)(?:\s+pour (?:nous|vous|toi))?\s+(?:que|qu'|de|du|a)\s*(?:ce (?:que|qu')\s*(?:on|nous)\s+(?:vous|te|t')\s*(?:\w+\s+)?(?:vers\w*|pa[iy]\w*|regl\w*|donn\w*|factur\w*)|ce (?:que|qu')\s*(?:vous|tu)\s+(?:\w+\s+)?(?:factur\w*|gagn\w*|touch\w*|per\w*|demand\w*)|(?:ta|votre|ton|vos|tes)\s+(?:facturation|tarif|tarifs|tjm|remuneration|honoraires|factures?|revenus?|taux|chiffre)|ce que tu factures)\b/,
    // « un peu moins qu'aujourd'hui, mais c'est stable chaque mois » : la baisse comparée au présent, vendue comme sûre
    /\b(?:moins|plus bas|inferieure?)\s+(?:qu'|que\s+)(?:aujourd'hui|maintenant|actuellement|a present|avant|l'actuel|ce mois-ci)\b[^.?!\n]{0,40}?\b(?:mais|en echange|en contrepartie|par contre)\b[^.?!\n]{0,50}?\b(?:visibilite|regularite|regulier|garanti\w*|securite|stab\w*|fixe|tous les mois|chaque mois|assure\w*)\b/,
    // « ça nous revient un peu moins cher qu'avant, mais tu as de la visibilité » : l'économie du client, vendue comme sûre
    /\b(?:revient (?:\w+\s+){0,2}?moins cher|nous coute (?:\w+\s+){0,2}?moins|on y gagne|(?:on|nous) (?:\w+\s+)?(?:depenser\w*|paier\w*|payer\w*|depens\w*) (?:\w+\s+){0,2}?moins|(?:une )?economie pour nous)\b[^.?!\n]{0,60}?\b(?:mais|en echange|en contrepartie|et toi|et vous|par contre)\b[^.?!\n]{0,50}?\b(?:visibilite|regularite|regulier|garanti\w*|securite|stabilite|fermes?|engagement|duree|volume|previsib\w*|fixe|revenu (?:fixe|regulier|stable|garanti)|tous les mois|chaque mois)\b/,
  ],
  unless: [/\b(?:delai|delais|pages|mots|charge de travail|deplacements?|effort)\b/],
  examples: {
    fires: [
      'Ce serait un peu moins qu’aujourd’hui, mais au moins c’est stable chaque mois.',
      'C’est un peu plus bas pour nous que ce qu’on te verse aujourd’hui, mais les heures sont garanties.',
      'Avec l’abonnement, on dépense un peu moins qu’avant, mais tu as un revenu fixe.',
      'Ça nous revient un peu moins cher qu’avant, mais tu as de la visibilité.',
      'Le forfait serait un peu moins que ce qu’on te verse aujourd’hui, mais tous les mois.',
      'C’est légèrement en dessous de ta facturation actuelle, en échange de la régularité.',
      'Ce montant est inférieur à votre tarif habituel, mais le volume est garanti.',
      'Ça fait un peu moins que ce que tu factures maintenant, par contre c’est stable.',
      'Le fixe mensuel reste un poil plus bas que vos honoraires, mais vous aurez de la visibilité.',
      'Un abonnement moins cher que tes factures du moment, mais garanti toute l’année.',
      'Par rapport à ce que vous facturez, c’est légèrement moins, mais c’est régulier.',
      'Un forfait un peu plus bas que l’actuel, avec un volume assuré.',
    ],
    quiet: [
      'Il y a moins de monde qu’avant, mais les ventes restent stables.',
      'Le nouvel imprimeur nous revient moins cher qu’avant.',
      'Ton nouveau tarif est un peu plus élevé, ça nous va.',
      'Il y aura moins de pages que ce que tu fais d’habitude.',
      'Le délai est moins serré que ce que tu as connu au printemps.',
      'Ta facture est en dessous du seuil, pas besoin de bon de commande.',
    ],
  },
});
