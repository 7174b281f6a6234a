import { phraseRule } from '../../phrase-rule.ts';
import { WIDENED_BRIEF_REASON } from '../shared/widened-brief.ts';

/**
 * Le client annonce que la mission a grandi, comme si c'était acquis (« on a élargi le brief aux étiquettes
 * des deux nouvelles bières », « le périmètre comprend désormais le second magasin », « ce serait chouette que
 * le livret existe aussi en version numérique ») : de nouveaux livrables sans nouveau devis.
 */
const MISSION = String.raw`(?:le brief|le perimetre|la mission|le projet|le mandat|la commande|le cahier des charges|le cadre)`;
const FORMAT = String.raw`(?:version|format|edition) (?:numerique|papier|imprimee|imprimable|pdf|audio|video|en ligne|web|mobile|poche|braille|anglaise|allemande|espagnole|italienne|neerlandaise|sous-titree)|(?:e-?book|epub|pdf|livre audio|podcast|video|ligne)`;

export default phraseRule({
  id: 'scope-creep/brief-elargi',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: WIDENED_BRIEF_REASON,
  patterns: [
    new RegExp(
      String.raw`\b(?:elargi|etendu|agrandi|elargit|etend|elargissons|etendons|elargir|etendre) ${MISSION} (?:pour (?:y )?(?:inclure|integrer|couvrir|ajouter))`,
    ),
    // « À » seul suit aussi un projet du client (« étendu le projet à deux écoles ») : seulement la mission.
    new RegExp(
      String.raw`\b(?:elargi|etendu|agrandi|elargit|etend|elargissons|etendons|elargir|etendre) (?:le brief|le perimetre|la mission|le mandat|le cahier des charges) (?:a |aux |au )`,
    ),
    new RegExp(
      String.raw`\b${MISSION} (?:comprend|inclut|couvre|integre) (?:desormais|maintenant|dorenavant|aussi|egalement|en plus)\b`,
    ),
    // Un autre format voulu en plus : « si la brochure pouvait aussi exister en version numérique ».
    new RegExp(
      String.raw`\b(?:si|que|qu')\b[^.?!\n]{0,40}\b(?:exist(?:e|ent|er|ait|aient)|disponibles?|decline(?:e|s|es)?|sortir|sorte|sortent|paraitre) (?:aussi|egalement|en plus) (?:en|sous forme d'|sous forme de|au format) (?:une? )?(?:${FORMAT})\b`,
    ),
    new RegExp(
      String.raw`\b(?:aussi|egalement|en plus) (?:exister|existe|existent|etre disponibles?|sortir|paraitre) (?:en|sous forme d'|sous forme de|au format) (?:une? )?(?:${FORMAT})\b`,
    ),
  ],
  unless: [
    /\b(?:devis|chiffr\w*|soumission|on te paiera|nous paierons|en supplement|combien)\b/,
    // L'équipe ou les locaux du client, pas la mission.
    /\b(?:equipe|effectifs?|recrutement|bureaux?|locaux)\b/,
  ],
  examples: {
    fires: [
      'On a élargi le brief pour inclure les étiquettes de nos deux nouvelles bières.',
      'Nous avons étendu la mission à la signalétique du deuxième magasin.',
      'Le périmètre comprend désormais les cartes de vœux de fin d’année.',
      'Ce serait chouette si la brochure pouvait aussi exister en version imprimable.',
      'Ce serait bien que le guide existe aussi en format audio.',
    ],
    quiet: [
      "On a élargi l'équipe pour inclure deux graphistes.",
      'Nous avons élargi le brief aux affiches : peux-tu nous envoyer un devis ?',
      'Le guide existe déjà en version papier, comme prévu.',
      'Le catalogue existe aussi en version papier à la boutique.',
      'On a étendu le projet à deux écoles partenaires, une belle nouvelle.',
      'Le cahier des charges comprend le logo et les cartes de visite.',
    ],
  },
});
