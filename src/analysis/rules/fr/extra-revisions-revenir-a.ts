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
    // Une version décrite par ce qu'elle avait : « revenir à la version avec les onglets ».
    /\b(?:revenir|retourner|repartir|on revient|on repart|revenons|repartons) (?:a|sur|vers) (?:la |l')?(?:version|maquette|mise en page|proposition|piste|mouture) (?:avec|sans|ou|qui avait|qui etait|d'il y a)\b/,
    // Ce que les tout premiers essais avaient, préféré ou repris : « je préférais les couleurs du tout premier jet ».
    /\b(?:prefer\w*|comme|reprend\w*|revenir|garde\w*|remett\w*|retrouver|retrouve\w*)\b[^.!?\n]{0,50}?\b(?<phrase>(?:du|des|de la|de l'|dans le|dans les|dans la|sur le|sur les) (?:tout )?(?:premier (?:jet|croquis|rendu|essai|brouillon|montage|visuel|dessin)|premiers (?:croquis|jets|essais|rendus|visuels|dessins)|premieres? (?:esquisses?|maquettes?|propositions?|pistes?|versions?)))\b/,
  ],
  unless: [
    // Un retour envisagé puis écarté : « on avait pensé revenir à la V1, mais on garde la V2 ».
    /\b(?:on avait|nous avions|j'avais|on a) (?:envisage|pense|songe|hesite|failli)\b[^.!?\n]{0,60}\bmais\b/,
    /\b(?:contrat|devis|facture|statuts|conditions)\b/,
    /\b(?:revenir|reviens|reviendrai) vers (?:toi|vous)\b/,
  ],
  examples: {
    fires: [
      'Le client veut finalement revenir à la V2.',
      'Reprenez le titre de la première version, il était mieux.',
      'On préfère la couleur comme dans la maquette précédente.',
      "On peut revenir à l'accroche d'origine ?",
      "Est-ce qu'on pourrait repartir sur l'ancien jingle de fin ?",
      "Finalement, on voudrait revenir à l'ancienne couverture, la nouvelle passe moins bien.",
      'Est-ce que le sous-titre peut revenir comme dans la version 2 ?',
      'Le menu est trop chargé, on peut revenir à la maquette sans le bandeau ?',
      'Je préférais la typo du tout premier croquis, on pourrait la reprendre ?',
      'Tu peux remettre le vert des premières esquisses ?',
    ],
    quiet: [
      'Je reviens vers vous dès que possible.',
      'On avait songé à revenir à la version avec le bandeau, mais on garde celle que tu as livrée.',
      'Ton premier croquis était déjà très réussi, on valide la version finale.',
      'Voici la version 3 du contrat, signée.',
      "On revient à l'ancien tarif dès janvier, comme prévu au devis.",
      "Nous revenons à l'ancienne adresse du bureau en mars.",
    ],
  },
});
