import { phraseRule } from '../../phrase-rule.ts';
import { AT_COST_REASON } from '../shared/at-cost.ts';

/** Demandé au lecteur, cherché en arrière depuis la formule : « tu pourrais », « vous accepteriez », « ça te dirait ». */
const DEMANDE = String.raw`(?<=\b(?:tu|vous|te|t'|toi|ton|ta|votre|pourr\w*|accept\w*|serai[st]|d'accord|possible|envisag\w*|esper\w*)\b[^.?!\n]{0,80})`;

/**
 * Un travail demandé au prix coûtant ou bénévolement : « vous pourriez nous faire les bancs au prix coûtant ? », « à prix
 * coûtant, sans marge », « juste le prix des fournitures », « animer l'atelier à titre bénévole ». Un
 * magasin qui vend au prix coûtant, les bénévoles du client et des fournitures facturées en plus restent muets.
 */
export default phraseRule({
  id: 'rate-pressure/prix-coutant',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: AT_COST_REASON,
  cue: /coutant|prix d'achat|prix de revient|marge|benefice|main d'oeuvre|benevole|volontaire|(?:juste|seulement|uniquement) (?:le prix|le cout|les (?:materiaux|fournitures|pieces))/,
  patterns: [
    new RegExp(String.raw`\b(?:au|a)\s+prix\s+(?:coutant|d'achat|de revient)\b${DEMANDE}`),
    /\b(?:sans|hors)\s+(?:(?:ta|votre|la|aucune)\s+)?(?:marge|benefice|main d'oeuvre)\b/,
    new RegExp(
      String.raw`\b(?:juste|seulement|uniquement)\s+(?:le prix des|le cout des|les|nous facturer les|facturer les)\s*(?:materiaux|fournitures|pieces|matieres premieres|frais)\b(?!\s+(?:en plus|en sus|a part))${DEMANDE}`,
    ),
    new RegExp(String.raw`\b(?:a titre|en tant que|comme)\s+(?:benevole|volontaire)s?\b${DEMANDE}`),
  ],
  unless: [/\b(?:en plus (?:de|du) (?:ton|votre|vos|tes) (?:tarif|forfait|honoraires|cachet)|en sus)\b/],
  examples: {
    fires: [
      'Tu pourrais nous faire les deux bancs au prix coûtant ?',
      'Vous pourriez nous le faire à prix coûtant, sans marge ?',
      'On espérait que vous factureriez juste le prix des fournitures.',
      'Tu pourrais animer l’atelier à titre bénévole, vu que c’est pour l’école ?',
      'Vous accepteriez d’intervenir en tant que bénévole pour le festival ?',
      'Ce serait possible de le faire sans ta marge, vu qu’on t’a envoyé trois clients ?',
    ],
    quiet: [
      'Notre boutique revend les chutes de tissu au prix coûtant.',
      'Nos bénévoles accueilleront le public à l’entrée.',
      'Les fournitures seront facturées en plus de votre forfait, comme prévu.',
      'Je suis bénévole dans une association de quartier depuis dix ans.',
      'La marge de manœuvre est faible sur le planning.',
    ],
  },
});
