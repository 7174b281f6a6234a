import { phraseRule } from '../../phrase-rule.ts';
import { NO_ADVANCE_REASON } from '../shared/rate-reasons.ts';

/**
 * Pas d'argent maintenant, autre chose à la place : « nous ne versons pas d'acompte », « on ne paie rien à la
 * commande », « un défraiement plutôt que votre tarif », « on prend en charge tes frais, mais pas de cachet ».
 */
export default phraseRule({
  id: 'rate-pressure/sans-acompte',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: NO_ADVANCE_REASON,
  // Each pattern's own rare words: the rule wakes only when one of its constructions can be there.
  cue: /(?:a la place|au lieu|plutot) (?:de |d'|du |qu'|que )?(?:ton|ta|votre|vos|tes|un|une|le|la) (?:\w+ )?(?:cachet|tarif|honoraires|remuneration|facture|tjm)|(?:pas|jamais|aucune?|sans) (?:d')?(?:acompte|avance)|rien (?:a la|d'avance|au depart|avant|en amont|au demarrage|pour l'instant)|defraiement|dedommagement|indemnite|bon d'achat|petit cadeau|en guise de|(?:mais|par contre) (?:pas de|aucun|sans|pas d') ?(?:cachet|remuneration|honoraires|facture|tarif|paiement)|(?:frais|remboursement)[^.?!\n]{0,60}?(?:au lieu|plutot|a la place)/,
  // Le refus est le propos : « nous ne versons pas d'acompte » n'est pas annulé par sa négation.
  negatable: false,
  patterns: [
    // « nous ne versons pas d'acompte », « pas d'avance de notre côté », « aucun acompte chez nous »
    /\b(?:pas d'|jamais d'|aucune?\s+|sans\s+)(?:acomptes?|avances?)\b(?!\s+(?:sur|dans|de)\s+(?:le|la|les|ce|ton|votre)\s+(?:dossier|projet|planning|calendrier|sujet))(?![^.?!\n]{0,30}\b(?:a prevoir de ta part|a nous verser|a (?:me|nous) (?:verser|payer)|(?:n'est|ne sera|n'y a) (?:\w+\s+)?(?:demande|requis|necessaire|exige)))/,
    // « on ne paie rien à la commande », « nous ne réglons rien d'avance »
    /\bne\s+(?:\w+\s+)?(?:paie|paye|payons|payent|verse|versons|regle|reglons|debourse|debloque)\w*\s+rien\s+(?:a la commande|d'avance|au depart|avant|a la signature|en amont|au demarrage|pour l'instant)\b/,
    // « un défraiement plutôt que votre tarif », « une indemnité de 80 € au lieu de ton tarif habituel »
    /\b(?:defraiement|dedommagement|indemnite|frais|remboursement|bon d'achat|petit cadeau)\b[^.?!\n]{0,40}?\b(?:plutot qu(?:e\s+|')|au lieu d(?:e\s+|')|a la place d(?:e\s+|'|u\s+)|en guise d(?:e\s+|'))\s*(?:un |une |le |la |l'|ton |ta |votre |vos |tes |de )?(?:\w+\s+)?(?:tarif|cachet|facture|remuneration|honoraires|paiement|demi-journee|journee|tjm|prix)\b/,
    // « à la place de ton cachet, on t'offre le transport et deux places »
    /\b(?:plutot qu(?:e\s+|')|au lieu d(?:e\s+|')|a la place d(?:e\s+|'|u\s+))\s*(?:ton|ta|votre|vos|tes|un|une|le|la)\s+(?:\w+\s+)?(?:cachet|tarif|honoraires|remuneration|facture|tjm)\b[^.?!\n]{0,60}?\b(?:offr\w*|propos\w*|donn\w*|rembours\w*|pren\w* en charge|pa[iy]\w*)\s+(?:\w+\s+|l'|d'|t'|vous\s+){0,3}?(?:transport|train|billets?|places?|invitations?|repas|diner|dejeuner|frais|bons? d'achat|cadeau|defraiement|visibilite)\b/,
    // « on vous rembourse le train et le repas, en guise de rémunération », « tes frais, mais pas de cachet »
    /\b(?:rembours\w*|pren\w* en charge|couvr\w*|pa(?:ie|ye|yons|ierons|iera|yerons|yera))\s+(?:\w+\s+|l'|d'){0,3}?(?:frais|train|billet|repas|diner|dejeuner|deplacements?|trajet|essence|hotel|kilometres|kilometrage|taxi|avion)\b[^.?!\n]{0,40}?\b(?:en guise de (?:remuneration|cachet|paiement|salaire)|(?:mais|par contre)\s+(?:pas de|aucun|sans|pas d')\s*(?:cachet|remuneration|honoraires|facture|tarif|paiement))/,
  ],
  unless: [/\b(?:en plus (?:de|du)|en sus|s'ajoutent|s'ajoute|hors frais)\b/],
  examples: {
    fires: [
      'À la place de ton cachet, on t’offre le train et deux invitations.',
      'On couvre l’essence et le dîner, mais pas d’honoraires pour ce mandat.',
      'Chez nous, pas d’acompte : tout est réglé à la livraison.',
      'Nous ne versons aucun acompte aux prestataires.',
      'On ne paie rien à la commande, tu auras un pourcentage des ventes.',
      'Un défraiement plutôt que votre tarif, cela vous conviendrait ?',
      'On peut proposer un dédommagement de 40 € à la place de la demi-journée.',
      'On prend en charge tes frais de route, mais pas de cachet.',
      'Nous vous remboursons le billet et le repas, en guise de rémunération.',
    ],
    quiet: [
      'Aucun acompte n’est demandé pour la location de la salle.',
      'Pas d’avance sur le planning, on reste sur les dates prévues.',
      'Nous versons l’acompte de 30 % dès la signature.',
      'Les frais de déplacement s’ajoutent à ton tarif, envoie les justificatifs.',
      'Le défraiement kilométrique est en plus de la facture.',
      'Pas d’avance sur le dossier depuis lundi, désolé.',
      'Merci de nous prévenir à l’avance.',
    ],
  },
});
