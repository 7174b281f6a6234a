import { phraseRule } from '../../phrase-rule.ts';

/** « Petit bonus », « un petit service », « un petit coup de main », « une petite chose en plus ». */
export default phraseRule({
  id: 'scope-creep/petit-bonus',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Presents new work as a small extra or favour: small or not, it is outside what was agreed.',
    fr: 'Présente un travail nouveau comme un petit extra ou un service : petit ou non, il sort de ce qui était convenu.',
  },
  patterns: [
    // « Tu pourrais me monter un petit clip bonus avec les rushes ? » : le livrable en plus nommé « bonus ».
    /\b(?:un|une|des|deux|trois)\s+(?:petite?s?\s+)?[a-z]{3,}\s+bonus\b(?<=\b(?:pourr\w+|peux|pouvez|faudrait|aimer\w+|voudr\w+|possible de|envisageable de|merci de)\s+(?:me\s+|nous\s+|m'|leur\s+)?[a-z]{3,}(?:er|ir|re)\s+(?:aussi\s+|egalement\s+)?(?:un|une|des|deux|trois)\s+(?:petite?s?\s+)?[a-z]{3,}\s+bonus)/,
    // « Petit plus : … » : le deux-points n'a pas de frontière de mot derrière lui, d'où le \b à l'intérieur.
    /\b(?:petit|petite|mini|leger) (?:(?:bonus|extra|supplement|service|faveur|coup de main|coup de pouce|truc en plus|chose en plus|plus si)\b|plus ?:(?=\s*(?:un|une|des|quelques|\d+)\b))/,
    /\b(?:(?:un|une) )?(?:petit|petite) (?:chose|truc|demande|affaire) (?:en plus|de plus|supplementaire|a rajouter|a ajouter)\b/,
  ],
  unless: [
    /\b(?:devis|on te paiera|nous vous paierons|en supplement|factur\w*|a part)\b/,
    /\b(?:merci|remercie|rendre (?:le|la) (?:service|pareille))\b/,
    // La faveur qui retouche le travail livré est une retouche, que les règles de retouches lisent : « petite faveur :
    // tu pourrais reprendre le calage des titres ? ».
    /\b(?:reprendre|corriger|modifier|changer|retoucher|ajuster|revoir|decaler|recaler|raccourcir|rallonger|recadrer|eclaircir|foncer)\s+(?:un peu\s+)?(?:le|la|les|l'|ce|cette|ces)\b/,
  ],
  examples: {
    fires: [
      'Tu pourrais me monter un petit clip bonus avec les rushes du salon ?',
      'Vous pourriez nous rédiger deux articles bonus pour le blog ?',
      'Petit bonus si possible : une version carrée pour Instagram ?',
      'Un petit coup de main pour monter le stand, ce serait possible ?',
      "J'aurais un petit service à te demander : une affiche pour la kermesse.",
      'Petite chose à ajouter : le plan d’accès pour les invités.',
      'Petit plus : une carte des exposants pour le hall, si tu as un moment.',
    ],
    quiet: [
      'On a ajouté un épisode bonus à la saison, tu l’as vu ?',
      'Tu pourrais vérifier le code bonus de la boutique ?',
      'Merci encore pour ton petit coup de main la semaine dernière !',
      'Petit bonus facturé à part, comme convenu.',
      'Petit plus : on a obtenu la subvention, le projet est financé !',
      'Petite faveur : tu pourrais corriger la légende de la photo 4 ?',
      'Un petit service : est-ce que tu peux décaler les sous-titres de la scène 2 ?',
    ],
  },
});
