import type { Rule } from '../../rule.ts';
import { countPattern, raisedCounts } from '../shared/counts.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { phrases } from '../shared/words.ts';

/*
 * Plus d'éléments que convenu, demandés comme un échange de nombres : « six articles au lieu de
 * quatre », « huit pages plutôt que cinq », « passer de 3 à 5 vidéos ». Un nombre plus petit, une
 * heure (« à 10h au lieu de 9h »), un prix, une date ou une taille ne font pas plus de travail :
 * les nombres sont comparés et leur unité vérifiée.
 */
const N = countPattern('fr');
const PAS_UNE_HEURE = String.raw`(?! ?(?:h|heures?|:|%|e|eme|er)\b)`;

const PATTERNS = [
  new RegExp(
    String.raw`\b(?:monter|passer|augmenter|aller|porter|pousser)(?: (?:ca|cela|le nombre|le total))? (?:a|jusqu'a) (?<more>${N})\b${PAS_UNE_HEURE}(?<unit>(?: [a-z'-]+){1,2})`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?<more>${N})\b(?<unit>(?: [a-z'-]+){1,4}?),? (?:au lieu (?:de|des|d')|plutot que|et non|et pas) (?:les |la |le |nos |vos |tes )?(?:\w+ )?(?<fewer>${N})\b${PAS_UNE_HEURE}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:passer|passe|passons|passez|augmenter|augmente|augmentez|monter|porter|elargir|aller)(?: (?:ca|cela|le [a-z]+|la [a-z]+|les [a-z]+))? de (?<fewer>${N})\b(?: [a-z'-]+){0,2}? a (?<more>${N})\b${PAS_UNE_HEURE}(?<unit>(?: [a-z'-]+){1,2})`,
    'g',
  ),
];

const NOT_WORK = new Set(
  phrases(`
    jour, jours, semaine, semaines, mois, an, ans, annee, annees, heure, heures, minute, minutes, seconde, secondes, h,
    euro, euros, eur, chf, francs, dollars, pourcent, personnes, invites, participants, places, billets, pt, px,
    points, pixels, mm, cm, fois, ouvres, ouvrables, exemplaires, tirages, reunions, appels, visios, rendez-vous, kg, km
  `),
);
const NOT_BEFORE = new Set(
  phrases(`
    a, vers, avant, apres, le, du, page, diapo, slide, version, v, chapitre, etape, salle, ligne, tableau, numero, no,
    taille, corps, police, article, point, option, figure, clause, facture, paiement, paye, payer, coute, coutait,
    depense, serons, sommes, seront, etions
  `),
);

const UNLESS = [/\b(?:devis|facture|on te paiera|nous vous paierons|nous paierons|en supplement|a part|chiffr\w*)\b/];

const REASON = {
  en: 'Asks for more of a deliverable than agreed (a bigger count of pages, posts or items): the extra is outside the scope.',
  fr: 'Demande plus d’éléments que convenu (davantage de pages, de posts ou de pièces) : le surplus sort du périmètre.',
};

const LANGUE = String.raw`(?:anglais|francais|allemand|espagnol|italien|neerlandais|flamand|portugais|arabe|chinois|japonais|polonais|russe|romanche|luxembourgeois)`;

/** Plus de langues que convenu : « le rapport doit finalement être livré en français et en néerlandais ». */
const plusDeLangues = phraseRule({
  id: 'scope-creep/plus-d-elements',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: REASON,
  cue: /\b(?:finalement|desormais|maintenant|aussi|egalement|en plus|au final)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?:finalement|desormais|maintenant|aussi|egalement|en plus|au final)\b[^.?!\n]{0,50}\b(?<phrase>en ${LANGUE}(?:, (?:en )?${LANGUE})* et (?:en )?${LANGUE})\b`,
    ),
  ],
  unless: UNLESS,
  examples: { fires: [], quiet: [] },
});

const findRaised = raisedCounts({
  lang: 'fr',
  patterns: PATTERNS,
  notWork: NOT_WORK,
  notBefore: NOT_BEFORE,
  unless: UNLESS,
});

export default {
  id: 'scope-creep/plus-d-elements',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: REASON,
  find: (context) => [...findRaised(context), ...plusDeLangues.find(context)],
  examples: {
    fires: [
      'On pourrait partir sur dix visuels plutôt que six ce mois-ci ?',
      'Tu nous ferais 8 portraits au lieu de 5 pour le trombinoscope ?',
      'Nous aimerions passer de trois à cinq vidéos pour la campagne.',
      'Il nous faut douze fiches produits et non huit.',
      'Le guide doit désormais exister en allemand et en italien.',
      'On pourrait monter à 12 illustrations ?',
    ],
    quiet: [
      'On peut faire deux allers-retours au lieu de trois pour gagner du temps ?',
      'On se voit à 10h au lieu de 9h demain ?',
      'Livraison en 10 jours plutôt que 7, ça vous va ?',
      'Pourriez-vous nous faire un devis pour 8 pages au lieu de 5 ?',
      'Mettez le titre en corps 14 au lieu de 12.',
      'Notre équipe travaille en français et en anglais.',
      'On passe à 2 réunions par mois à partir de mars.',
      'On peut augmenter le tirage à 500 exemplaires ?',
      'Nous serons 12 au lieu de 8 au séminaire.',
      "Le délai passe de 10 à 15 jours, c'est plus confortable pour toi.",
    ],
  },
} satisfies Rule;
