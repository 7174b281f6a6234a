import { phraseRule } from '../../phrase-rule.ts';

/*
 * « Pendant que tu y es », « tant qu'à faire », « tant qu'on y est », « vu que tu passes jeudi,
 * pourrais-tu en profiter pour… » : du travail nouveau présenté comme un à-côté. « Tant qu'à faire »
 * sert aussi sans demande (« tant qu'à faire, j'ajoute la stagiaire en copie ») : il faut alors une
 * demande derrière, ou qu'il ferme un élément de liste (« et les scripts tant qu'à faire »).
 */
/** Un ordre direct après « tant qu'à faire » (« ajoute au dossier… »), pas « j'ajoute », « je mets » ni « on ajoute ». */
const IMPERATIVE = String.raw`(?<![a-z]')(?<!\b(?:on|je|nous) )(?:r?ajoute|r?ajoutez|mets|mettez|prevois|prevoyez|integre|integrez|glisse|glissez|joins|joignez|prepare|preparez|inclus|incluez)`;
const REQUEST = String.raw`(?:pourr(?:ais|iez|ait|as|ez)|peux|pouvez|peut|tu (?:me |nous )?fais|vous (?:me |nous )?faites|(?:tu|vous) (?:me |nous )?fer(?:ais|iez)|fais|faites|aussi|egalement|en plus|en profiter|${IMPERATIVE})`;

export default phraseRule({
  id: 'scope-creep/pendant-que-tu-y-es',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Slips in extra work "while you\'re at it": it is new work, outside what was agreed.',
    fr: 'Glisse du travail en plus « pendant que vous y êtes » : c’est du travail nouveau, hors de ce qui était convenu.',
  },
  patterns: [
    /\b(?:pendant que|tant que|puisque|vu que|comme) (?:tu y es|t'y es|vous y etes|on y est|t'es la|tu es la|vous etes la|(?:tu es|t'es|vous etes|tu seras|vous serez) (?:dedans|dessus|dans les fichiers|dans le fichier|sur le fichier|sur le projet))\b/,
    new RegExp(
      String.raw`\b(?<phrase>tant qu'(?:a faire|a y etre|on y est|a etre la|on y pense|j'y pense)|pendant qu'(?:on|j') y pense)\b(?:(?=[^.?!\n]{0,60}\b${REQUEST}\b)|(?=\s*(?:[.!?\n]|$)))`,
    ),
    /\b(?:pourrais|pourriez|pourrait|peux|pouvez|tu pourrais|vous pourriez)(?:[- ](?:tu|vous|on))? (?:en )?profiter (?:de (?:l'occasion|ta venue|votre venue|ton passage|votre passage) )?pour\b/,
    /\b(?:(?:vu que|puisque|etant donne que) (?:tu|vous) (?:passes|passez|passeras|passerez|es|etes|seras|serez|viens|venez|viendras|viendrez|as|avez|connais|connaissez|travailles|travaillez)|comme (?:tu|vous) (?:as|avez) deja)\b[^.?!\n]{0,80}\b(?:pourrais|pourriez|peux|pouvez|pourrait|(?:tu|vous) (?:me |nous )?fer(?:ais|iez)|ce serait (?:top|bien|genial|super) (?:de|si))(?:[- ](?:tu|vous|on))?\b/,
  ],
  unless: [
    /\b(?:devis|facture|factures|on te paiera|nous vous paierons|en supplement|a part)\b/,
    // Une invitation ou un souhait n'est pas du travail : « pendant que vous y êtes à Paris, venez déjeuner ».
    /\b(?:(?:venir|viens|venez|passer|passe|passez|vient|on va|allons|aller)(?: nous)? (?:dejeuner|diner|boire|prendre (?:un|le) (?:cafe|verre|pot|the)|nous (?:voir|dire bonjour|faire un coucou)|voir (?:l'equipe|les locaux|le bureau)|faire un coucou|dire bonjour)|(?:un|le) (?:cafe|verre|pot|apero|aperitif|resto)\b|profite(?:z|s)? (?:bien|en|du|de la|de ton|de votre|des)|repose(?:z)?-(?:toi|vous)|en profiter pour (?:vous|te|t') ?(?:reposer|detendre|souffler|amuser|balader|promener|ressourcer|changer les idees|aerer)|amuse(?:z)?-(?:toi|vous)|bon sejour|bon voyage)/,
  ],
  examples: {
    fires: [
      "Tant qu'à faire, ajoute dans la pochette un schéma d'éclairage.",
      "Tant qu'à faire, rajoutez dans le classeur une fiche d'entretien.",
      "Tant qu'à faire, prévois aussi une version pour l'affichage en gare.",
      "Tant qu'à faire, mets-nous une page contact dans le site.",
      'Pendant que tu y es, tu nous ferais la bannière Facebook ?',
      "Tant qu'à faire, vous pourriez nous faire les cartes de visite ?",
      "- et les affiches tant qu'à faire",
      'Vu que tu passes mardi, tu pourrais en profiter pour installer la imprimante ?',
      'Puisque vous êtes au bureau jeudi, pourriez-vous aussi former Julie ?',
      'Tant que tu es dessus, tu nous ferais une version pour la vitrine ?',
      "Tant qu'on y pense, vous pourriez aussi nous trouver un nom pour la gamme ?",
      'Vu que vous avez déjà les photos, vous nous feriez un calendrier ?',
    ],
    quiet: [
      "Tant qu'à faire, j'ajoute la stagiaire en copie.",
      "Tant qu'à faire, on ajoute la date au planning de notre côté.",
      "Tant qu'à faire, je mets notre graphiste dans la boucle.",
      "Tant qu'à faire, nous joignons le bon de commande au mail.",
      'Vous pourriez en profiter pour vous reposer, le projet est en pause.',
      "Tant qu'à faire, j'ajoute notre stagiaire en copie du mail.",
      "Pendant que tu y es, envoie-moi la facture s'il te plaît, on la règlera vendredi.",
      'Pendant que vous y êtes à Lille, passez nous dire bonjour au bureau !',
      "Tant que t'es là, profite bien de la ville, tu l'as mérité.",
      'Puisque vous êtes à Nantes lundi, on pourrait aller boire un verre le soir ?',
    ],
  },
});
