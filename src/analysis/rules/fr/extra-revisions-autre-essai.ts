import { phraseRule } from '../../phrase-rule.ts';
import { ANOTHER_TAKE_REASON } from '../shared/another-take.ts';

/**
 * Un nouvel essai sur un travail livré, demandé comme un test plutôt qu'une modif : « peut-être essayer le
 * logo un peu plus petit », « on voudrait revoir la cuisine une fois de plus, avec le carrelage blanc au lieu
 * du marbre », « la version B mais avec la typo de la A ». Chaque essai est un tour de retouches de plus.
 */
const COMPARATIF = String.raw`(?:plus|moins) (?:petit|grand|gros|fonce|clair|gras|fin|large|etroit|court|long|haut|bas|lumineux|sombre|serre|aere|simple|chaud|froid|vif|doux|sobre|discret|centre|epais|arrondi|contraste)(?:e|s|es|x)?`;
const ETIQUETTE = String.raw`(?:(?:la |le )?(?:maquette|version|piste|option|proposition|variante|v) ?(?:[a-h]|\d{1,2})|la [a-h](?= mais\b)|la [a-h](?=\s*(?:[.?!,;]|$)))`;

export default phraseRule({
  id: 'extra-revisions/autre-essai',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.75,
  reason: ANOTHER_TAKE_REASON,
  patterns: [
    new RegExp(
      String.raw`\b(?:essayer|essayons|essaie|essaies|essaye|essayez|tester|testons|teste|testez)\s+(?:le|la|les|l'|ce|cette|ces|notre|nos|ton|ta|tes|votre|vos|avec)\b[^.,;?!\n]{0,30}?\b(?:un (?:peu|poil|chouia|brin|tantinet) |legerement |beaucoup |bien |encore )?${COMPARATIF}\b`,
    ),
    /\b(?:revoir|voir|regarder)\b[^.?!\n]{0,40}\b(?:une fois de plus|encore une fois|une derniere fois|a nouveau|de nouveau)\b[^.?!\n]{0,12}\bavec\b[^.?!\n]{0,60}\b(?:au lieu d[eu']|a la place d[eu'])/,
    new RegExp(String.raw`\b${ETIQUETTE} mais avec (?:la |le |les |l')?[a-z]+(?: [a-z]+)? (?:de|du) ${ETIQUETTE}`),
    // Deux essais déjà montrés fusionnés en un : « fusionner la 1 et la 3 », « combiner les deux pistes ».
    /\b(?:fusionner|fusionne|fusionnez|combiner|combine|combinez|melanger|melange|melangez|marier|croiser|mixer) (?:(?:la |le )?(?:maquette |version |piste |option |proposition |variante |v ?)?(?:\d{1,2}|[a-h]|premiere|deuxieme|seconde|troisieme) (?:et|avec) (?:la |le )?(?:\d{1,2}|[a-h]|deuxieme|seconde|troisieme|quatrieme|derniere)\b|les deux (?:maquettes|versions|pistes|options|propositions|variantes|logos|croquis|esquisses)\b)/,
  ],
  unless: [/\b(?:devis|contrat|facture|budget|reunion|rendez-vous|date|salle|restaurant|hotel)\b/],
  examples: {
    fires: [
      'Peut-être essayer le pictogramme un peu plus petit ?',
      'On pourrait tester la bannière légèrement plus foncée ?',
      "J'aimerais voir l'entrée une fois de plus, avec les dalles grises au lieu du bois.",
      'On garde la version B mais avec la typo de la version A ?',
      'Le comité voudrait fusionner la piste 2 et la 4 pour le nouveau logo.',
      'Tu pourrais combiner les deux maquettes que tu nous as montrées ?',
    ],
    quiet: [
      'Essayez le nouveau restaurant du port, il est plus grand.',
      'On reverra le budget en mars.',
      'Nous allons fusionner les deux équipes en mai.',
      'Le logo est un peu plus petit que prévu, et on adore.',
    ],
  },
});
