import { phraseRule } from '../../phrase-rule.ts';
import { UNPAID_TRIAL_REASON } from '../shared/rate-reasons.ts';
import { withSentenceCues } from '../shared/sentence-cues.ts';

/**
 * Un essai ou un test annoncé sans paiement : un signal « non rémunéré », « gratuit », « pas payé », « sans
 * facturer » dans la même phrase qu'un mot d'essai (« à titre d'essai, donc non rémunéré », « un test gratuit »).
 */
export default withSentenceCues(
  phraseRule({
    id: 'rate-pressure/essai-non-paye',
    category: 'rate_pressure',
    lang: 'fr',
    confidence: 0.8,
    reason: UNPAID_TRIAL_REASON,
    cue: /ne (?:pa[iy]|remuner|factur|regl)\w* pas|gratuit|pas de (?:facture|paiement|remuneration|facturation)|(?:le|la|les|l'|te|vous) (?:pa[iy]|remuner|factur)\w* pas|non (?:remuner|pay|factur)|pas (?:\w+ )?(?:pay|remuner|factur)|sans (?:remuner|paiement|factur|frais|contrepartie)|offert|a l'oeil|gracieu/,
    patterns: [
      /\b(?:pas de (?:facture|paiement|remuneration|facturation)|(?:ne|n')\s*(?:le |la |les |l'|te |t'|vous )?(?:pa[iy]\w*|remuner\w*|factur\w*)\s+pas|gratuit\w*|non (?:remuner|pay|factur)\w*|(?:ne|n')\s*(?:\w+\s+){0,2}?pas\s+(?:etre\s+)?(?:te\s+|vous\s+|t'|l'|le\s+|la\s+|les\s+)?(?:pay|remuner|factur|regl)\w*|sans (?:remuneration|paiement|facturation|frais|contrepartie|etre paye\w*)|offert\w*|a l'oeil|gracieu\w*|a titre gracieux)\b/,
    ],
    unless: [
      /\b(?:essai remunere|test remunere|essai paye|test paye|(?:essai|test) (?:est|sera) (?:remunere|paye|facture)|a ton tarif|a votre tarif|tarif habituel|version d'essai|essai gratuit de|abonnement|application|logiciel|licence|inscription|livraison|frais de port|n'hesite|impression|imprimeur|utilisateurs?|participants|outil)\b/,
    ],
    negatable: false,
    examples: {
      fires: [
        'La première mission sert d’essai, elle est donc gratuite.',
        'Pour le test, on ne pourra pas te payer, c’est la règle chez nous.',
        'Un petit essai non facturé avant de signer, ça vous irait ?',
        'La semaine d’essai se fait sans rémunération.',
        'On te propose un test offert, et si ça colle on travaille ensemble.',
        'La période d’essai ne sera pas payée, comme pour tout le monde.',
        'Ce premier texte sert de test, on ne le rémunère pas.',
        'Mise à l’essai d’abord, donc pas de facturation ce mois-ci.',
        'Vous feriez une épreuve à titre gracieux pour qu’on juge votre style ?',
        'À ce stade, nous ne rémunérons pas les esquisses des agences consultées.',
        'Cette seconde mouture, on ne la paiera pas : la première était hors sujet.',
      ],
      quiet: [
        'L’essai est rémunéré à ton tarif habituel.',
        'Les esquisses sont comprises dans le forfait, tu peux les facturer avec le reste.',
        'Merci pour la nouvelle version, on règle la facture demain.',
        'On a fait un test d’impression, c’est parfait.',
        'La version d’essai du logiciel est gratuite trente jours.',
        'Le test s’est bien passé, envoie ta facture.',
        'L’essai d’impression est gratuit chez l’imprimeur.',
        'Le test utilisateur sera gratuit pour les participants.',
        'N’hésite pas à tester la maquette, c’est gratuit pour toi de la consulter.',
      ],
    },
  }),
  [
    // Les propositions d'une mise en concurrence sont des essais sous un autre nom, et une version refaite dont on
    // refuse le paiement est un travail gardé sans payer.
    /\b(?:essai|essais|test|tests|tester|epreuve|periode d'essai|pilote|echantillon|a titre d'essai|galop d'essai|premiere (?:mission|commande) pour voir|propositions?|pistes? creatives?|esquisses?|pitch|concours|appel d'offres|mise en concurrence|(?:deuxieme|seconde|nouvelle|autre) (?:version|proposition|mouture))\b/,
  ],
);
