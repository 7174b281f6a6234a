import { phraseRule } from '../../phrase-rule.ts';

/** « Revenir à la V1 », « l'intro de la première version », « comme dans la maquette d'avant ». */
export default phraseRule({
  id: 'extra-revisions/revenir-a',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Wants to return to an earlier version: another revision round on delivered work.',
    fr: 'Veut revenir à une version précédente : un tour de retouches de plus sur un travail livré.',
  },
  patterns: [
    /\b(?:revenir|retourner|repartir|on revient|on repart|retour|revenons|repartons) (?:a|au|aux|sur|vers) [^.?!\n]{0,30}?\b(?:v ?\d|version \d|(?:premiere|1re|1ere|ancienne|precedente|deuxieme|seconde|toute premiere) (?:version|maquette|proposition|mouture|piste|epreuve)|version (?:precedente|d'avant|initiale|originale|d'origine)|maquette (?:precedente|d'avant|initiale)|d'avant|d'origine|initial(?:e|es)?|(?:l'|les )ancien(?:ne)?s? (?:generique|logo|titre|intro|jingle|musique|police|typo|couleurs?|mise en page|maquette|version|design|habillage|slogan|accroche|texte|visuels?|montage|fond|format|cadrage|mix|theme|photo|image|couverture|teaser|bandeau|banniere))\b/,
    /\b(?<phrase>(?:de|dans|comme dans|comme sur|qu'en|que dans|celle de|celui de) (?:la |le |l')?(?:v ?\d|version \d|(?:premiere|1re|1ere|ancienne|precedente|deuxieme|seconde) (?:version|maquette|proposition|mouture|piste|epreuve)|version (?:precedente|d'avant|initiale|originale)|maquette (?:precedente|d'avant|initiale)))\b/,
  ],
  unless: [/\b(?:contrat|devis|facture|statuts|conditions)\b/, /\b(?:revenir|reviens|reviendrai) vers (?:toi|vous)\b/],
  examples: {
    fires: [
      'Le client veut finalement revenir à la V2.',
      'Reprenez le titre de la première version, il était mieux.',
      'On préfère la couleur comme dans la maquette précédente.',
      "On peut revenir à l'accroche d'origine ?",
      "Est-ce qu'on pourrait repartir sur l'ancien jingle de fin ?",
      "Finalement, on voudrait revenir à l'ancienne couverture, la nouvelle passe moins bien.",
      'Est-ce que le sous-titre peut revenir comme dans la version 2 ?',
    ],
    quiet: [
      'Je reviens vers vous dès que possible.',
      'Voici la version 3 du contrat, signée.',
      "On revient à l'ancien tarif dès janvier, comme prévu au devis.",
      "Nous revenons à l'ancienne adresse du bureau en mars.",
    ],
  },
});
