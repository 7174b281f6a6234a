import { phraseRule } from '../../phrase-rule.ts';
import { SAME_PRICE_REASON } from '../shared/same-price.ts';

/** Le prix nommé comme sujet : « pour le prix », « côté tarif », « niveau budget ». */
const COTE_PRIX = String.raw`(?:(?:pour|cote|niveau|question|au niveau du|concernant|pour ce qui est du)\s+(?:le\s+|du\s+|la\s+)?(?:prix|tarif|budget|facture|facturation|sous|argent|montant))`;
/** Le prix gardé : « on reste sur le montant convenu », « on garde le même montant », « on ne change rien ». */
const GARDE = String.raw`(?:on\s+(?:reste|restera|garde|gardera|part|s'en tient|en reste)\s+(?:sur|a|au|le|la|les)?\s*(?:ce qu'on (?:avait|a) (?:dit|convenu|prevu|signe|fixe)|ce qui etait (?:prevu|convenu)|le meme|la meme|les memes|ce qui est prevu|l'enveloppe|(?:le |l')?(?:montant|forfait|enveloppe) (?:prevue?|convenue?|initiale?))|on ne change rien|rien ne change|ca ne change rien|c'est (?:le meme|pareil|inchange))`;
/** Le travail ajouté que le prix gardé doit couvrir, dans la même phrase. */
const EN_PLUS = String.raw`(?:en plus|de plus|supplementaires?|ajout\w*|aussi|egalement|juste (?:un|une)|qu'(?:un|une)|petit|petite|trois fois rien|pas grand-chose)`;

/**
 * Le prix déclaré inchangé alors que du travail s'ajoute, dit en passant : « question tarif, on reste sur ce qu'on avait
 * convenu, il n'y a qu'une page de plus », « côté tarif, on garde le même montant, ce n'est qu'un petit module ».
 * Le client qui accepte le devis du travail prévu (sans travail nouveau nommé) reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/meme-prix',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: SAME_PRICE_REASON,
  negatable: false,
  // le prix en sujet, et un mot qui le garde
  cue: /^(?=[^]*\b(?:pour|cote|niveau|question|au niveau du|concernant|pour ce qui est du) (?:le |du |la )?(?:prix|tarif|budget|facture|facturation|sous|argent|montant))[^]*\b(?:reste|restera|garde|gardera|part|tient|en reste|ne change|change rien|pareil|inchange|le meme|la meme|les memes)\b/,
  patterns: [new RegExp(String.raw`\b${COTE_PRIX}\s*,?\s+${GARDE}(?=[^.?!\n]{0,80}?\b${EN_PLUS}\b)`)],
  examples: {
    fires: [
      'Question tarif, on reste sur ce qu’on avait convenu, il n’y a qu’une page de plus.',
      'Côté tarif, on garde le même montant, ce n’est qu’un petit module de plus.',
      'Niveau prix, on ne change rien hein, c’est trois fois rien.',
      'Question budget, on s’en tient au forfait prévu, la version anglaise c’est pas grand-chose.',
      'Pour la facture, c’est pareil, on ajoute juste une bannière.',
    ],
    quiet: [
      'Côté prix, on reste sur ce qu’on avait convenu, merci pour ton devis détaillé.',
      'Côté tarif, rien ne change pour nous, on paie à réception.',
      'Niveau budget, on garde l’enveloppe prévue pour les trois pages.',
    ],
  },
});
