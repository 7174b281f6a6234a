import { phraseRule } from '../../phrase-rule.ts';

/*
 * Une vue, une variante ou une déclinaison de plus de ce qui est déjà fait est une image nouvelle :
 * « tu pourrais ajouter une vue de nuit ? », « il nous faudrait une autre perspective du salon », « une
 * variante verticale de la bannière », « une version hiver du visuel serait top ». « Une autre version »
 * seule peut refaire le travail (une révision) : elle n'est prise qu'avec « ajouter » ou un souhait en plus.
 * Texte replié : sans accents.
 */
const VUE = String.raw`(?:vues?|perspectives?|angles?|rendus?|coloris|variantes?|declinaisons?)`;
/** Des pièces d'une série déjà faite, dont davantage est une commande nouvelle : personnages, skins, icônes. */
const PIECES = String.raw`(?:variantes|declinaisons|personnages|skins|icones|stickers|autocollants|badges|mascottes|avatars|motifs|illustrations|tenues|ennemis|creatures|modeles)`;

export default phraseRule({
  id: 'scope-creep/autre-vue',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Asks for another view or variant of the work on top of the job: a new deliverable to quote.',
    fr: 'Demande une vue ou une variante de plus du travail, en plus de la mission : un livrable nouveau, à chiffrer.',
  },
  cue: /\b(?:vues?|versions?|variantes?|declinaisons?|perspectives?|angles?|rendus?|coloris|personnages|skins|icones|stickers|autocollants|badges|mascottes|avatars|motifs|illustrations|tenues|ennemis|creatures|modeles)\b/,
  patterns: [
    // « Ils demandent aussi une version carrée pour Insta » : une autre version, demandée en plus.
    /\b(?:demand\w*|veu(?:len)?t|voudr\w*|aimer\w*|faudrait|faut|souhait\w*) (?:aussi|egalement|en plus) (?<phrase>(?:une?|des|deux|trois) (?:versions?|variantes?|declinaisons?))\b/,
    // « Ce serait top d'avoir deux personnages de plus », « on aimerait trois autres variantes du sticker ».
    new RegExp(
      String.raw`\b(?:pourr\w*|peux|pouvez|faudrait|faut|voudr\w*|aimer\w*|besoin|serait|svp|stp|merci de|fai\w*|fer\w*)\b[^.?!\n]{0,40}?\b(?<phrase>(?:deux|trois|quatre|cinq|six|\d{1,2}|quelques) (?:(?:autres|nouvea(?:u|ux)|nouvelles) (?:[a-z'-]+ ){0,2}?${PIECES}|(?:[a-z'-]+ ){0,2}?${PIECES} (?:de plus|supplementaires|en plus)))\b`,
    ),
    // « Tu pourrais ajouter une vue de nuit de la terrasse ? »
    new RegExp(
      String.raw`\b(?:ajout|rajout)\w*\s+(?:aussi\s+|egalement\s+)?(?:une?|deux|trois|quelques)\s+(?:[\w'-]+\s+){0,2}?(?:${VUE}|versions?)\b(?!\s+(?:numero|du fichier))`,
    ),
    // « Il nous faudrait une autre vue du salon », « deux perspectives supplémentaires »
    new RegExp(
      String.raw`\b(?:une? autres?|une? deuxieme|une? seconde?|une? troisieme|d'autres)\s+(?:[\w'-]+\s+)?(?:vues?|perspectives?|angles? de vue|rendus?|variantes?|coloris)\b(?<=\b(?:pourr\w*|peux|pouvez|faudrait|faut|voudr\w*|aimer\w*|besoin|serait|svp|stp|merci de|ajout\w*|rajout\w*|fai\w*|fer\w*|prevo\w*)\b[^.?!\n]{0,90})`,
    ),
    new RegExp(String.raw`\b${VUE}\s+(?:[\w'-]+\s+){0,2}?supplementaires?\b`),
    // « Vous pourriez nous faire une variante verticale de la bannière ? »
    new RegExp(
      String.raw`\b(?:faire|fass\w*|fer(?:ais|iez)|prevoir|avoir|voudri\w*|voudrai\w*|aimeri\w*|aimerai\w*|faudrait|besoin d')\s*(?:aussi\s+|egalement\s+)?(?:une?|des)\s+(?:variantes?|declinaisons?|vues?|perspectives?)\b`,
    ),
    // « Une version hiver du visuel serait top », « une déclinaison en noir et blanc du logo en plus »
    new RegExp(
      String.raw`\b(?:une?|des)\s+(?:versions?|variantes?|declinaisons?|vues?|perspectives?)\s[^.?!\n]{0,40}?\b(?:serai(?:en)?t (?:top|bien|genial|parfait|ideal|super|chouette|un (?:vrai |gros )?plus)|en plus(?!\s+(?:sobre|simple|clair|fonce|grand|petit|gros|court|long|lisible|visible|leger))|egalement)\b`,
    ),
  ],
  unless: [
    /\b(?:a la place|au lieu|comme (?:prevu|convenu)|devis|combien|on te paiera|nous vous paierons)\b/,
    // Un point de vue n'est pas une image : « d'un autre angle, le budget tient ».
    /\b(?:point de vue|(?:d'|dans |sous |selon )une? autre (?:angle|perspective)|autre angle d'approche)\b/,
  ],
  examples: {
    fires: [
      'Ce serait top d’avoir deux personnages de plus, un pirate et un robot.',
      'On aimerait trois autres variantes du sticker, une pour l’hiver.',
      'Le client veut aussi une version verticale pour TikTok et une version 10 secondes.',
      'Il nous faudrait quatre icônes supplémentaires dans le même style.',
      'Tu pourrais ajouter une vue de nuit de la terrasse ?',
      'Vous pourriez nous faire une variante verticale de la bannière ?',
      'Une version hiver du visuel serait top.',
      'Pourriez-vous ajouter un angle de vue depuis le jardin ?',
      'On voudrait une déclinaison en noir et blanc du logo en plus.',
      'Tu peux rajouter une perspective côté rue ?',
      'Il nous faudrait une autre vue du salon, depuis la cuisine.',
      'Deux rendus supplémentaires de la façade, ce serait possible ?',
    ],
    quiet: [
      'Il y a deux autres personnages dans le jeu que vous connaissez déjà.',
      'On aimerait deux jours de plus pour relire les illustrations.',
      'Nous avons reçu trois autres modèles de contrat, je vous les transmets.',
      'La vue de nuit est superbe.',
      'Tu peux éclaircir un peu la version de nuit ?',
      'Merci d’ajouter le numéro de version dans le nom du fichier.',
      'Je préfère la deuxième vue, elle est plus lumineuse.',
      'Sous un autre angle, le budget tient.',
      'Une autre perspective : on pourrait lancer en mai.',
      'Une autre version du logo à la place de celle-ci, plus sobre ?',
    ],
  },
});
