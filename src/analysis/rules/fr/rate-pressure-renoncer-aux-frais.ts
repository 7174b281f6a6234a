import { phraseRule } from '../../phrase-rule.ts';
import { OWN_OFFER_ACCEPTED, WAIVED_FEE_REASON } from '../shared/rate-reasons.ts';

/** Des frais ou un supplément, ce que le client veut voir disparaître. */
const FRAIS = String.raw`(?:frais|supplements?|majorations?|surcouts?|penalites?|forfait (?:urgence|deplacement|annulation))`;

/**
 * Un souhait ou une demande : « pourriez-vous », « j'espère que tu pourras », « serait-il possible » ; « tu peux »
 * seulement dans une question (« tu peux l'oublier, c'était offert » est un constat).
 */
const DEMANDE = String.raw`(?:pourr\w+|(?:pouv\w+|peux|peut)(?=[^.!?\n]*\?)|possible|esper\w+|compt\w+ sur|souhait\w+|aimeri\w+|prefer\w+|merci de)`;

/**
 * Demande au freelance de renoncer à des frais ou à un supplément : « tu peux nous faire grâce des frais de
 * déplacement ? », ou les frais cités d'abord et la demande ensuite (« ... le supplément urgence ; j'espère que tu
 * pourras y renoncer »). Renoncer à un projet ou à une salle reste muet : il faut des frais.
 */
export default phraseRule({
  id: 'rate-pressure/renoncer-aux-frais',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: WAIVED_FEE_REASON,
  cue: /le reste|le solde|la difference|le restant|le reliquat|renonc|croix|passer outre|annul|enlev|retir|supprim|faire grace|fais grace|passer l'eponge|fermer les yeux|en passer|ne pas (?:nous )?(?:facturer|compter|appliquer)|oublier|laisser tomber|fasse grace/,
  patterns: [
    // « tu peux nous faire grâce des frais de déplacement ? », « pourriez-vous renoncer au supplément ? »
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?\b(?:renonc\w+\s+(?:a|au|aux)|fai\w* grace\s+(?:de|du|des)|fasse\w* grace\s+(?:de|du|des)|passer l'eponge\s+sur|fermer les yeux\s+sur|ne pas (?:nous |me )?(?:facturer|compter|appliquer)|oublier|laisser tomber|faire une croix sur|passer outre|annuler|enlever|retirer|supprimer)\s+(?:le|la|les|l'|ce|cette|ces|ton|ta|tes|votre|vos|de)?\s*(?:\w+\s+)?${FRAIS}\b`,
    ),
    // les frais cités d'abord : « ... le supplément urgence. J'espère que tu pourras y renoncer / t'en passer »
    new RegExp(
      String.raw`\b${FRAIS}\b[^]{0,160}?(?<phrase>\b${DEMANDE}\b[^.?!\n]{0,30}?(?:\by renoncer|\b(?:t'|vous |nous |s')en passer|\b(?:l'|les )oublier|\b(?:le|la|les) laisser tomber|\bpasser l'eponge|\bfermer les yeux|\bfaire une croix (?:dessus|la-dessus)|\bpasser outre|\b(?:l'|les )(?:annuler|enlever|retirer|supprimer))\b)`,
    ),
    // « on paie 60 % et on considère le reste comme réglé » : le restant effacé par le client.
    /\b(?:consider\w*|tenir|tiens|tenez|tenons)\s+(?:que\s+)?(?:le reste|le solde|la difference|le restant|le reliquat)\s+(?:comme\s+|pour\s+)?(?:regle|solde|couvert|paye|acquis|absorbe|offert|efface)e?s?\b/,
  ],
  unless: [/\b(?:pas de souci pour|ok pour|d'accord pour|ajoute-les|ajoutez-les)\b/, OWN_OFFER_ACCEPTED],
  examples: {
    fires: [
      'Une bonne partie était déjà faite : on règle 60 % et on considère le reste comme payé.',
      'Nous tenons le solde pour réglé, vu les retards.',
      'Les frais de déplacement, est-ce que tu pourrais faire une croix dessus ?',
      'Le supplément soir, vous pourriez passer outre pour une fois ?',
      'Pourriez-vous retirer les frais de dossier de la facture ?',
      "Le supplément urgence nous surprend. J'espère que tu pourras t'en passer cette fois.",
      'Est-ce que tu peux nous faire grâce des frais de déplacement ?',
      'Pourriez-vous renoncer au supplément week-end ?',
      "Il y a des frais de dossier sur le devis ; serait-il possible d'y renoncer ?",
      "Tu peux passer l'éponge sur les frais d'annulation ?",
      'On compte sur vous pour ne pas facturer la majoration.',
      "Le supplément du dimanche, on préférerait s'en passer, c'est deux heures.",
    ],
    quiet: [
      'Le reste de l’équipe considère le projet comme réussi.',
      'Le solde sera réglé à la livraison, comme prévu.',
      'Pouvez-vous supprimer le doublon dans le devis ?',
      "Le supplément bagage, tu peux l'oublier, la compagnie l'a offert.",
      'Nous renonçons au projet pour cette année.',
      'On a dû renoncer à la salle, trop chère.',
      'Les frais de port sont offerts dès 50 €.',
      'Le supplément week-end est accepté, ajoute-le à la facture.',
    ],
  },
});
