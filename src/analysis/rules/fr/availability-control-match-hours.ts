import { phraseRule } from '../../phrase-rule.ts';

/*
 * La journée de l'indépendant calée sur l'horloge du client : horaires alignés sur ceux de l'équipe ou
 * d'un autre bureau (« cale tes horaires sur les nôtres », « décaler tes journées pour être synchro avec
 * Montréal »), ou une présence tenue jusqu'au départ des chefs (« ne pars pas avant les associés »).
 * set-hours lit une plage horaire ; celle-ci lit l'alignement, sans heure citée. Le client qui s'adapte
 * à l'indépendant reste muet.
 */
const TA_JOURNEE = String.raw`(?:tes|vos|ta|votre|ton)\s+(?:horaires|heures(?: de travail)?|journees?|planning|emploi du temps|rythme|agenda de travail|semaines?|conges|vacances|pauses?(?: dejeuner| de midi)?|jours off)`;
const LES_LEURS = String.raw`(?:les notres|(?:la|les) fermetures?|nos (?:conges|vacances|pauses)|les leurs|ceux (?:de|du|des)|celles (?:de|du|des)|celui (?:de|du|des)|celle (?:de|du|des)|nos\s+(?:horaires|heures|journees)|notre\s+(?:fuseau|equipe|bureau|rythme|planning)|l'equipe|le bureau|le siege|l'usine|l'entrepot|(?:le|notre) fuseau|(?:l'heure|les horaires|l'horaire) (?:de|du|des)|(?:etre\s+)?(?:synchro|en phase|cale|calee|aligne|alignee)\s+(?:avec|sur))`;
const CHEFS = String.raw`(?:associes?|chefs?|patrons?|boss|direction|directeurs?|directrices?|managers?|responsables?|dirigeants?|le reste de l'equipe|les autres|tout le monde)`;

export default phraseRule({
  id: 'availability-control/match-hours',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  negatable: false,
  reason: {
    en: 'Puts your working day on the client’s clock: when you work is yours to set, not theirs to align.',
    fr: 'Cale votre journée sur l’horloge du client : c’est à vous de fixer quand vous travaillez, pas à lui.',
  },
  cue: /\b(?:conges|vacances|pauses?|jours off|a l'heure|horaires|heures|journees?|planning|emploi du temps|rythme|semaines?|fuseau|pars|partez|partir|quitte|quittez|quitter|reste|restes|restez|rester)\b/,
  patterns: [
    // « cale tes horaires sur les nôtres », « adapter vos horaires à ceux de l'équipe »
    new RegExp(
      String.raw`\b(?:cal|adapt|align|decal|ajust|calqu|harmonis|synchronis|organis|regl)\w*\s+${TA_JOURNEE}\s+(?:[\w']+\s+){0,4}?(?:sur|a|avec|pour|selon|en fonction de|au rythme de)\s+${LES_LEURS}`,
    ),
    // « que tu t'alignes sur nos horaires », « vous vous calerez sur le rythme de l'atelier »
    /\b(?:t'|te\s+|vous\s+)(?:cal|adapt|align|synchronis|regl)\w*\s+(?:sur|a|aux)\s+(?:nos|les|mes|notre|leurs?|ceux|celles|le|la)\s+(?:\w+\s+)?(?:horaires|heures|rythme|fuseau|planning|journees?|emploi du temps)\b/,
    // « aux mêmes horaires que l'équipe »
    /\b(?:aux|les|des|a des)\s+memes\s+(?:horaires|heures|pauses|conges)\s+que\s+(?:l'equipe|nous|le reste|tout le monde|les salaries|nos salaries|le personnel|les autres|les permanents)\b/,
    // « tu travailleras à l'heure de Montréal », « vivre à l'heure du siège »
    /\b(?:travailler|travailles|travaillerez|travailleras|travaillez|bosser|bosses|vivre|vis|vivez)\s+(?:\w+\s+)?(?:a l'heure|au fuseau|sur le fuseau|aux horaires|selon les horaires)\s+(?:de|du|des|de notre|de nos)\b/,
    // « ne pars pas avant les associés », « reste jusqu'à ce que le patron soit parti »
    new RegExp(
      String.raw`\bne\s+(?:pars|partez|partes|partiez|quitte|quittez|quittes|deconnecte|deconnectez|te deconnecte|vous deconnectez)\s+(?:pas|jamais)\s+(?:le bureau\s+|les locaux\s+)?avant\s+(?:les|le|la|ton|ta|tes|nos|notre|mon|mes|votre|vos)\s+${CHEFS}\b`,
    ),
    new RegExp(
      String.raw`\b(?:reste|restez|rester|restes|restiez)\s+(?:\w+\s+)?(?:jusqu'a ce que|tant que)\s+(?:les|le|la|ton|ta|tes|nos|notre|mon|mes|votre|vos)\s+${CHEFS}\s+(?:\w+\s+)?(?:soit|soient|sont|est|partent|parte|ait|aient)\b`,
    ),
  ],
  unless: [
    /\b(?:on|nous|je)\s+(?:va|vais|peut|peux|pouvons|allons|peut aussi)?\s*(?:caler|adapter|aligner|decaler|ajuster)\s+(?:nos|notre|mes|mon)\b/,
  ],
  examples: {
    fires: [
      'Cale tes horaires sur les nôtres pendant le salon.',
      "Merci d'adapter tes horaires à ceux de l'équipe.",
      'Tu pourrais décaler tes journées pour être synchro avec notre bureau de Montréal ?',
      'Il faudrait aligner vos heures de travail sur celles du service.',
      'Tu travailleras à l’heure de notre siège de Genève.',
      'Ne pars pas avant les associés, ça fait mauvais effet.',
      'Reste jusqu’à ce que le patron soit parti.',
      'Vous caleriez vos congés sur la fermeture de l’agence en août ?',
      'Tu feras tes journées aux mêmes horaires que l’équipe, 9h-18h.',
      'Il faudrait que tu t’alignes sur nos horaires à nous.',
      'Vous adapterez votre emploi du temps à celui de l’atelier.',
    ],
    quiet: [
      'On va caler nos horaires sur les tiens.',
      'Adapte les couleurs à notre charte.',
      'Nos salariés ont les mêmes horaires que la boutique.',
      'On s’adaptera à tes horaires, pas de souci.',
      'Ne pars pas avant d’avoir fermé la porte à clé.',
      'Nos horaires sont alignés sur ceux du siège.',
    ],
  },
});
