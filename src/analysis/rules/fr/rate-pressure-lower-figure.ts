import { lowerFigureRule, SUM } from '../shared/lower-figure.ts';

/** Ce que touche le prestataire : l'argent qu'un nouveau montant remplace. */
/** Ce qui coûte à d'autres qu'au prestataire : le billet, le loyer, l'essence. */
const AUTRE = String.raw`(?:billets?|entrees?|places?|abonnements?|actions?|carburant|essence|change|loyers?|chambres?|nuitees?|menus?|repas)`;
const PAIE = String.raw`(?<!\b${AUTRE}\s+(?:d[eu]\s+)?)(?!prix\s+(?:du|des|de la|de l'|d')\s*${AUTRE})(?:tarifs?(?:\s+(?:horaires?|journaliers?|a la \w+|par \w+|de (?:la |l')?\w+))?|taux(?:\s+horaires?)?|honoraires|cachets?|remunerations?|forfaits?|tjm|prix|budget|commission|salaire|paie|montant)`;

/**
 * Une somme plus basse opposée à celle qui était convenue ou habituelle, en annonce ou en offre : « ton taux horaire
 * passe de 55 € à 47 € », « votre tarif à la journée passera de 900 à 780 francs », « vos honoraires sont ramenés de
 * 2 000 à 1 600 € », « 1 500 € pour le tout plutôt que 1 900 € ? ». Une hausse, une fourchette, des quantités et la
 * baisse d'un prix qui n'est pas celui du prestataire (« le billet passe de 30 à 20 € ») restent muettes.
 */
export default lowerFigureRule({
  lang: 'fr',
  cue: /\b(?:de|d')\s*(?:[$£€]|chf)?\s?\d[\d ',.]*\s?(?:[$£€]|chf|euros?|francs?|dollars?|balles)?\s+(?:a|en)\s+(?:[$£€]|\d)|\b(?:au lieu d[eu']s?|plutot que|a la place d[eu']s?|contre|et non(?: pas)?)\s*(?:[a-z']+\s+){0,2}?(?:[$£€]|\d)/,
  patterns: [
    // « ton taux horaire passe de 55 € à 47 € », « vos honoraires sont ramenés de 2 000 à 1 600 € »
    new RegExp(String.raw`\b${PAIE}\b[^.?!\n]{0,40}?\b(?:de|d')\s*(?<high>${SUM})\s+(?:a|en)\s+(?<low>${SUM})`),
    // « tu passes de 900 € à 700 € par mois », « on vous ramène de 60 à 50 € de l'heure » : le prestataire lui-même
    // pour sujet, la somme baisse.
    new RegExp(
      String.raw`\b(?:tu passes|vous passez|on te (?:fait )?passe[rz]?|on vous (?:fait )?passe[rz]?|(?:on|nous) (?:te|vous) (?:ramen\w*|redescend\w*)|te (?:faire )?passer|vous (?:faire )?passer)\s+(?:donc\s+|ainsi\s+)?(?:de|d')\s*(?<high>${SUM})\s+(?:a|en)\s+(?<low>${SUM})`,
    ),
    // « on te propose de passer de 2 000 € à 1 700 € », « accepteriez-vous de passer l'avance de 4 000 à 3 000 € ? » :
    // la baisse offerte au prestataire, la somme nommée ou non entre « passer » et les chiffres.
    new RegExp(
      String.raw`\b(?:(?:te|t'|vous)\s*(?:propos|sugger|demand)\w*|accept\w*(?:-tu|-vous)?|d'accord pour|pourr\w*-(?:tu|vous))\s+(?:de\s+|d')?passer\s+(?:(?:le|la|les|l'|ton|ta|tes|votre|vos)\s*[\w'-]+\s+)?(?:de|d')\s*(?<high>${SUM})\s+(?:a|en)\s+(?<low>${SUM})`,
    ),
    // « 1 500 € pour le tout plutôt que 1 900 € ? », « on vous propose 80 € au lieu des 120 € prévus »
    new RegExp(
      String.raw`(?<low>${SUM})[\s(,]+(?:[^.?!\n]{0,40}?[\s(,])?(?:au lieu d[eu']s?|plutot que|a la place d[eu']s?|contre|et non (?:pas\s+)?)\s*(?:les\s+|des\s+|le\s+|vos\s+|tes\s+)?(?:[a-z]\w*\s+)?(?<high>${SUM})(?<=\b(?:tu|vous|te|t'|toi|ton|ta|tes|votre|vos|propos\w*|accept\w*|pourr\w*|serait|ferait|d'accord|jouable|ok|possible|partir sur|tout|ensemble|devis|tarif|honoraires|cachet)\b[^]*)`,
    ),
  ],
  money:
    /\b(?:prix|tarif|devis|budget|honoraires|cachet|forfait|facture|montant|remuneration|cout|pour le tout|pour l'ensemble|pour les deux)/,
  unless: [/\b(?:augment\w*|hausse|revaloris\w*|plus eleve\w*|monte|passe a la hausse)\b/],
  examples: {
    fires: [
      'Ton taux horaire passe de 55 € à 47 € à la rentrée.',
      'Votre tarif à la journée passera de 900 à 780 francs dès janvier.',
      'Vos honoraires sont ramenés de 2 000 à 1 600 € par mois.',
      'Ton cachet descend de 400 à 350 balles pour la tournée d’été.',
      'On pourrait partir sur 1 500 € pour le tout plutôt que 1 900 € ?',
      'Est-ce que 700 € pour l’ensemble, au lieu des 950 € du devis, ce serait jouable ?',
      'On vous propose 2.000 CHF et non 2.600 CHF comme prévu.',
      'Votre TJM sera de 450 € (au lieu de 520 €) pour la phase deux.',
      "Dès avril, tu passes de 60 € à 52 € de l'heure, vu le calme du printemps.",
      'Avec la nouvelle grille, on vous ramène de 1 200 à 950 € par mois.',
      'Vu les restrictions, on te propose de passer de 3 200 € à 2 700 € pour le tout.',
      "Accepteriez-vous de passer l'avance de 4 000 à 3 000 euros ?",
      'Pourrais-tu passer ton forfait de 1 800 à 1 500 € cette fois-ci ?',
      'Nous vous suggérons de passer de 650 CHF à 550 CHF par séance dès la rentrée.',
    ],
    quiet: [
      'Votre tarif passe de 400 à 450 € au 1er janvier, comme convenu.',
      'Tu passes de 3 à 5 jours par semaine à partir de mai.',
      'Vous passez de 500 € à 650 € par mois, bravo pour le nouveau contrat !',
      'Nos tarifs vont de 40 à 60 € selon la pièce.',
      'Le prix du billet passe de 30 à 20 € pour les étudiants.',
      'On aura besoin de 200 exemplaires au lieu de 300.',
      'Le forfait couvre de 3 à 5 séances par mois.',
      'La salle coûte 900 € au lieu de 1 200 € cette année, bonne nouvelle pour nous.',
      'Avec les pages en plus, on te propose de passer de 1 500 € à 1 900 €.',
      'Je vous propose de passer de 3 à 5 séances par mois, au même tarif.',
      'On te propose de passer la réunion de 10 h à 9 h, ça te va ?',
    ],
  },
});
