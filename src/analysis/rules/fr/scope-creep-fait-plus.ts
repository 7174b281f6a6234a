import { phraseRule } from '../../phrase-rule.ts';

/** Un livrable à qui l'on peut demander de contenir ou de faire plus (texte replié : sans accents). */
const OUVRAGE = String.raw`(?:livret|brochure|catalogue|guide|manuel|rapport|etude|presentation|programme|magazine|newsletter|infolettre|depliant|flyer|affiche|menu|livre|ebook|album|video|film|site|appli|application|outil|plateforme|portail|tableau de bord|dashboard|modele|tableur|fichier|systeme|boutique|plugin|extension|chatbot|formulaire|base|formation|kit|dossier)`;
const PLUS = String.raw`(?:contenir|comporter|inclure|integrer|presenter|proposer|offrir|generer|produire|exporter|gerer|permettre|couvrir|envoyer|suivre|afficher)`;
const NOUVEAU = String.raw`(?:un|une|des|quelques|\d+|deux|trois|quatre|cinq|six|dix|douze|plusieurs|chaque|son propre|sa propre|de nouveaux|de nouvelles)`;

/*
 * Le livrable prié de contenir ou de faire plus que prévu : « le livret devrait aussi comporter une
 * page par partenaire », « l'outil pourrait-il également générer un export mensuel », « le site devra
 * aussi gérer des cartes cadeaux ». La marque : le livrable sujet, un modal avec « aussi / également »,
 * un verbe de contenu ou de fonction et une chose indéfinie ; « le rapport devrait aussi inclure les
 * chiffres envoyés » désigne ce qui existe.
 */
export default phraseRule({
  id: 'scope-creep/fait-plus',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.65,
  reason: {
    en: 'Asks the deliverable to hold or do more than was agreed (new content, a new function): new work to quote.',
    fr: 'Demande au livrable de contenir ou de faire plus que convenu (contenu ou fonction nouveaux) : travail nouveau, à chiffrer.',
  },
  cue: /\b(?:aussi|egalement|en plus)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:le|la|l'|notre|votre|ce|cette|ton|ta)\s*${OUVRAGE}(?: [\w'-]+){0,2}? (?:devrait|devra|doit|pourrait|pourra|peut|devrait-il|devrait-elle|pourrait-il|pourrait-elle|pourra-t-il|pourra-t-elle) (?:aussi|egalement|en plus) ${PLUS} ${NOUVEAU})\b`,
    ),
  ],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|factur\w*|comme (?:prevu|convenu)|au contrat|dans le forfait|deja)\b/,
    /\b(?:nous (?:redigeons|redigerons|fournirons|enverrons|preparons)|on (?:redige|fournira|enverra|prepare))\b/,
  ],
  examples: {
    fires: [
      'Le conseil trouve que le livret devrait aussi comporter une page par partenaire.',
      "L'outil pourrait-il également générer un export mensuel pour la direction ?",
      'Le site devra aussi gérer des cartes cadeaux et un programme de fidélité.',
    ],
    quiet: [
      'Le rapport devrait aussi inclure les chiffres envoyés la semaine dernière.',
      'Comme prévu, la brochure doit aussi contenir un plan du site.',
      'Le livret pourra aussi comporter un édito, que nous rédigerons nous-mêmes.',
    ],
  },
});
