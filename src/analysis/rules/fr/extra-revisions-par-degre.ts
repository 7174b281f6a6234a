import { phraseRule } from '../../phrase-rule.ts';

/*
 * Une retouche mesurée d'un cran sur un travail livré : « les amincir un peu », « que vous le baissiez d'un ton »,
 * « refaire la finition deux tons plus pâle », « et les ombres un poil moins dures ». Personne ne commande un
 * travail neuf « un peu plus clair » : la petite mesure dit qu'on reprend ce qui existe. Ce qu'on ajuste doit être
 * le travail, pas un prix, un délai ou le chauffage (« baisser un peu le tarif », « décaler un peu la réunion »).
 * Les motifs sans verbe commencent à la mesure et vérifient le reste en arrière (lookbehind), pour que la plupart
 * des positions d'un message échouent tout de suite. Texte replié : sans accents.
 */

/** Ce qui ne se retouche pas : l'argent, le temps, les gens, la pièce, le périmètre d'une mission. */
const PAS_LE_TRAVAIL = String.raw`(?:prix|tarifs?|forfaits?|budgets?|factures?|honoraires|couts?|frais|devis|delais?|reunions?|rendez-vous|rdv|horaires?|dates?|livraisons?|chauffage|clim|climatisation|temperature|loyers?|salaires?|ventes?|chiffres?|meteo|temps|planning|calendrier|equipes?|enfants|rythme|cadence|charge|remise|acompte|paiements?|perimetres?|missions?|champ|roles?|responsabilites|cibles?|public|audiences?|clientele|activites?|horizons?)`;

/** Le dernier mot d'une petite mesure, là où commencent les motifs sans verbe : « peu », « poil », « ton ». */
const MESURE = String.raw`\b(?:peu|poil|chouia|brin|tantinet|soupcon|legerement|ton|cran|niveau|nuance|teinte|degre|pouce|%|mm|cm|millimetres?|centimetres?|pixels|px|tons|crans|degres|pouces|nuances|teintes)`;
/** La mesure entière, vérifiée en arrière. */
const DEGRE = String.raw`(?:un (?:tout )?(?:petit )?peu|un (?:petit )?(?:poil|chouia|brin|tantinet|soupcon)|legerement|d'un (?:demi-)?(?:ton|cran|niveau|degre|pouce)|d'une (?:nuance|teinte)|de (?:\d{1,3}|quelques|deux|trois|un ou deux) ?(?:%|mm|cm|millimetres?|centimetres?|pixels|px|tons|crans|degres|pouces|nuances|teintes))`;

/** Verbes tirés d'un adjectif ou d'une direction : amincir, éclaircir, baisser, rapprocher… */
const AJUSTER = String.raw`(?:(?:aminc|epaiss|eclairc|assombr|gross|agrand|retrec|raccourc|elarg|adouc|ralent|arrond|blanch|refroid|durc)(?:ir|is|issez|issiez|isse|isses)|(?:fonc|rallong|baiss|abaiss|mont|remont|rapproch|ecart|espac|resserr|alleg|attenu|accentu|acceler|affin|decal|rechauff|desatur|satur|liss|tourn|pivot|relev|hauss|nuanc|estomp|aer|serr|deplac|pouss|retouch|eclaircir)(?:er|ez|iez|e|es)|(?:descend|redui)(?:re|ez|iez|e|es|s)|reduisiez|reduisez)`;

/** L'objet retouché, entre le verbe et la mesure : « le fond », « les deux logos ». */
const OBJET = String.raw`(?:le|la|les|l'|ce|cette|ces|nos|vos|tes|son|sa|ses) ?(?!${PAS_LE_TRAVAIL}\b)[a-z'-]+(?: (?!${PAS_LE_TRAVAIL}\b)[a-z'-]+){0,3}`;

/** Un verbe conjugué dans un groupe nominal en fait un constat : « les reflets sont un peu moins marqués ». */
const VERBE = String.raw`(?:est|sont|etait|etaient|semble|semblent|parait|paraissent|sera|seront|reste|restent|devient|deviennent|a|ont|avait|avaient)`;

export default phraseRule({
  id: 'extra-revisions/par-degre',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Asks to nudge delivered work by a small degree (a touch lighter, a bit lower): another revision round.',
    fr: "Demande de retoucher un travail livré d'un cran (un peu plus clair, un peu plus bas) : un tour de retouches de plus.",
  },
  cue: /\b(?:peu|poil|chouia|brin|tantinet|soupcon|legerement|tons?|crans?|niveau|nuances?|teintes?|degres?|pouces?|pages?|minutes?|secondes?|mots|signes|caracteres|lignes|slides?|diapos?|feuillets?)\b|\d ?(?:%|mm|cm|px)/,
  patterns: [
    // « Les amincir un peu », « que vous le baissiez d'un ton », « baisser le fond d'un ton », « éclaircir un peu le
    // ciel », « rapprochez les deux logos de 5 mm » ; un passé composé (« on l'a baissé d'un ton ») raconte.
    new RegExp(
      String.raw`\b(?<!\b(?:a|ai|as|avons|avez|ont|avait|avaient|avions|aviez|etait|est|sont) )${AJUSTER} (?:${OBJET} )?${DEGRE}\b(?! (?:plus|moins) (?:tot|tard|vite|loin|souvent|longtemps)\b| (?:(?:le|la|les|l'|ce|cette|ces|ton|ta|tes|votre|vos|notre|nos|son|sa|ses) ?)?${PAS_LE_TRAVAIL}\b)`,
    ),
    // « La voix du refrain pourrait être un peu plus en retrait », « le logo devrait ressortir un poil plus ».
    new RegExp(
      String.raw`${MESURE} (?:plus|moins)\b(?! (?:tot|tard|vite|loin|souvent|cher|chere|chers|cheres)\b)(?<=\b(?:le|la|les|l'|ce|cette|ces|son|sa|ses|leur|leurs) ?(?!${PAS_LE_TRAVAIL}\b)[a-z'-]+(?: (?!${PAS_LE_TRAVAIL}\b)[a-z'-]+){0,4} (?:pourrai(?:t|ent)|pourrait-(?:il|elle)|peut|peuvent|devrai(?:t|ent)|doit|doivent) (?:etre|paraitre|sonner|ressortir|aller|passer|venir|tomber) ${DEGRE} (?:plus|moins))`,
    ),
    // Une longueur ramenée à une cible : « ramener la synthèse à une page », « réduire le clip à 30 secondes ».
    new RegExp(
      String.raw`\b(?:a|en) (?:une|un|deux|trois|quatre|cinq|\d{1,4}) (?:pages?|minutes?|secondes?|mots|signes|caracteres|lignes|slides?|diapos?|feuillets?)\b(?<=\b(?<!\b(?:a|ai|avons|ont|avait|avaient) )(?:ramener|ramenez|ramene|reduire|reduisez|reduise|condenser|condensez|condense|raccourcir|raccourcissez|raccourcisse|couper|coupez|coupe|resserrer|resserrez|faire tenir|fassiez tenir) (?:(?:le|la|les|l'|ce|cette|ces|notre|votre|ton|ta|tes|vos|nos) ?(?!${PAS_LE_TRAVAIL}\b)[a-z'-]+(?: (?!${PAS_LE_TRAVAIL}\b)[a-z'-]+){0,3} )?(?:a|en) (?:une|un|deux|trois|quatre|cinq|\d{1,4}) (?:pages?|minutes?|secondes?|mots|signes|caracteres|lignes|slides?|diapos?|feuillets?))`,
    ),
    // « Refaire la finition une couple de tons plus pâle », « deux teintes plus claires », « d'un cran plus grand ».
    /\b(?:tons?|teintes?|nuances?|crans?) (?:plus|moins) (?!(?:cher|chers|chere|cheres|tard|tot|bas prix)\b)[a-z]{3,}(?<=\b(?:un|une|deux|trois|quelques|une couple de|un ou deux|une ou deux|d'un|d'une|de deux) (?:tons?|teintes?|nuances?|crans?) (?:plus|moins) [a-z]{3,})/,
    // « … et les reflets un peu moins marqués », « - le titre un poil plus gros ».
    new RegExp(
      String.raw`${MESURE} (?:plus|moins) (?!(?:tot|tard|vite|loin|souvent|cher|chere|chers|cheres|de|d'|que|qu')\b)[a-z]{3,}(?<=(?:^|\n|[:;,] |\bet )[-*•]? ?(?:(?:le|la|les) |l')(?!${VERBE}\b|${PAS_LE_TRAVAIL}\b)[a-z'-]+(?: (?!${VERBE}\b|${PAS_LE_TRAVAIL}\b)[a-z'-]+){0,3} ${DEGRE} (?:plus|moins) [a-z]{3,})`,
    ),
  ],
  unless: [
    // Le client s'en charge, ou parle de son propre ouvrage.
    /\b(?:nous-memes|moi-meme|nous memes|(?:elle|lui)[- ]meme|(?:elles|eux)[- ]memes|en interne|de notre cote)\b/,
    // L'argent et l'agenda ne sont pas le travail livré : « baisser un peu la facture », « décaler un peu l'appel ».
    /\b(?:tarifs?|prix|forfait|honoraires|factures?|devis|budget|reunion|rendez-vous|rdv|appel|visio)\b/,
  ],
  examples: {
    fires: [
      'Tu peux élargir un peu la marge de gauche ?',
      'Tu serais capable de les affiner un peu ?',
      "Notre directrice voudrait que tu le baisses d'un demi-ton pour les altos.",
      "Tu pourrais l'éclaircir légèrement ?",
      "Il faudrait la remonter d'un cran dans le mix.",
      "Pourriez-vous baisser le fond d'un ton sur les trois bannières ?",
      'Peux-tu éclaircir un peu le ciel sur la photo du port ?',
      'Rapprochez les deux logos de 5 mm, svp.',
      'Peux-tu repeindre le cadre une couple de nuances plus foncé ?',
      'On voudrait le vernis deux teintes plus claires.',
      'Elle veut un fond gris à la place du blanc, et les ombres un peu moins dures.',
      '- le titre un poil plus gros\n- la signature un peu plus discrète',
      'Merci de raccourcir un peu la musique du générique.',
      'La guitare du couplet pourrait être un peu plus en avant ?',
      'Le slogan devrait ressortir un poil plus sur le fond sombre.',
      'Après le comité, il faudrait ramener le résumé à une page.',
      'Tu peux réduire le clip de présentation à 30 secondes ?',
    ],
    quiet: [
      'La direction voudrait élargir un peu votre mission aux réseaux sociaux.',
      'On aimerait élargir un peu le public visé cette année.',
      'Ma collègue préfère éclaircir un peu les photos elle-même.',
      'Pourriez-vous baisser un peu votre tarif pour cette année ?',
      'On pourrait décaler un peu la réunion de jeudi ?',
      'Tu pourrais baisser un peu le chauffage en partant ?',
      'Nous les avons amincis un peu nous-mêmes.',
      "On l'a baissé d'un ton pour le concert, c'était parfait.",
      'Les ventes sont un peu moins bonnes ce mois-ci.',
      'Tu peux passer un peu plus tard ?',
      'Le prix est deux crans plus haut que chez la concurrence.',
      'Les reflets sont un peu moins marqués sur la version imprimée, et ça nous va très bien.',
      'Le loyer, un peu plus cher que prévu, reste raisonnable.',
      'Peux-tu monter un peu plus tôt samedi ?',
      'La livraison pourrait être un peu plus tôt ?',
      'Le devis pourrait être un peu moins élevé ?',
      'On a réduit le rapport à dix pages nous-mêmes.',
      'Il faudrait ramener le délai à deux semaines.',
    ],
  },
});
