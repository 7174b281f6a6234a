import { phraseRule } from '../../phrase-rule.ts';
import { PAY_ON_SALES_REASON } from '../shared/rate-reasons.ts';

/**
 * Le paiement ou son solde suspendu aux ventes ou aux bénéfices du client : « le reste une fois le stock écoulé »,
 * « la deuxième moitié quand la boutique sera rentable ». Un mot de paiement, un « quand / une fois / attendre
 * que » et un jalon commercial dans la même phrase ; le jalon seul (« on a vendu 500 exemplaires ») reste muet.
 */
export default phraseRule({
  id: 'rate-pressure/solde-sur-ventes',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: PAY_ON_SALES_REASON,
  cue: /\b(?:entrees|recettes|vend\w*|premiers clients|clients payants|ventes?|rentab\w*|benefices?|ecoul\w*|abonnes|exemplaires|telechargements|chiffre d'affaires|a l'equilibre)\b/,
  patterns: [
    /\b(?:pa[iy]\w*|regl\w*|vers\w*|vir\w*|solde|reste|restant|(?:deuxieme|seconde|autre|derniere) (?:moitie|partie|tranche|facture)|dernier (?:versement|paiement))\b[^.?!\n]{0,40}?\b(?:quand|lorsque|une fois|des que|apres|attend\w* qu(?:e|')|jusqu'a ce qu(?:e|'))[^.?!\n]{0,40}?\b(?:vendu\w*|vend(?:e|ent|ra|ront)\b|(?:fait|fera|aura fait|fasse) (?:ses|des|de bonnes) (?:entrees|recettes)|premiers? clients|clients payants|(?:les )?ventes (?:decoll\w*|repart\w*|augment\w*|atteign\w*|seront|demarr\w*|commenc\w*|arriv\w*|auront \w+)|rentab\w*|(?:fait|fera|ferons|fassent?) (?:du |des )?benefices?|ecoul\w*|a l'equilibre|\d[\d ]*\s+(?:abonnes|exemplaires|telechargements|ventes|precommandes))\b/,
  ],
  unless: [/\b(?:droits d'auteur|royalties|commission sur (?:chaque|les))\b/],
  examples: {
    fires: [
      'Ça te dérange si on te paie le solde quand le film aura fait ses entrées ?',
      'Pour le solde, on attendrait que la collection se vende, si ça te va.',
      "Le reste, on te le verse quand l'appli aura ses premiers clients payants.",
      'Le solde quand le livre sera rentabilisé, ça te va ?',
      'On vous réglera le reste une fois les 500 exemplaires vendus.',
      "Le solde pourrait-il attendre que l'appli soit rentable ?",
      'On paiera la deuxième moitié quand les ventes décolleront.',
      "Est-ce que le reste peut attendre qu'on ait écoulé le stock ?",
      'On te paie le solde dès que la boutique fait du bénéfice.',
      'Le reste serait versé quand on aura atteint 2 000 abonnés.',
      'Tu accepterais d’être payé le solde quand les ventes auront commencé ?',
    ],
    quiet: [
      'Le solde sera réglé à la livraison comme prévu.',
      'Quand le livre sera rentabilisé, on pensera à une suite.',
      'On a vendu 500 exemplaires en une semaine !',
      'Tes droits d’auteur sont versés une fois les exemplaires vendus, comme au contrat.',
    ],
  },
});
