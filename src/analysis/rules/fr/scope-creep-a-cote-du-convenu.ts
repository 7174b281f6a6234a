import { besideAgreedRule } from '../shared/agreed-list.ts';

/**
 * « Pour octobre : - les 4 articles prévus au contrat - un carrousel pour chaque article » : dans une
 * liste où certains éléments sont marqués comme convenus, les nouveaux non marqués sont des extras
 * (voir shared/agreed-list.ts).
 */
const WORDS = {
  agreed:
    /(?:\bcomme (?:prevu|convenu|d'habitude|d'hab|chaque mois)|\bprevue?s? (?:au|dans le|par le) (?:contrat|devis)|\bcf\.? (?:le )?(?:contrat|devis)|\b(?:selon|d'apres|conformement au) (?:le )?(?:contrat|devis)|\b(?:du|au) (?:contrat|devis)\b|\binclus\b|\bconvenue?s?\b|\bdeja (?:prevue?s?|valide(?:e|s|es)?))/,
  added:
    /^(?:et |puis |aussi |plus )?(?:un|une|des|quelques|deux|trois|quatre|cinq|six|sept|huit|dix|douze|\d+|autre|nouveau|nouvelle|en plus|on ajoute|nous ajoutons|j'ajoute|ajouter|ajout)\b/,
  notWork:
    /\b(?:delai|deadline|date|dates|livraison|livre|facture|factures|paiement|acompte|budget|devis|call|visio|reunion|point|rdv|rendez-vous|allers?-retours?|tours? de|modifs?|modifications|retours?|validation|relecture|questions?|merci|je (?:te|vous) (?:partage|envoie|transmets)|on (?:te|vous) (?:partage|envoie)|arrive|arrivent|le \d+(?:er)?)\b/,
};

export default besideAgreedRule('scope-creep/a-cote-du-convenu', 'fr', WORDS, {
  fires: [
    'Pour mars :\n- les deux épisodes du podcast (comme prévu)\n- un teaser d’une minute par épisode',
    'Le programme :\n- 5 ateliers (cf. devis)\n+ une conférence pour les adhérents',
    'Pour le trimestre :\n- la newsletter prévue au contrat\n- on ajoute la gestion de notre compte Pinterest',
  ],
  quiet: [
    'Pour mars :\n- les deux épisodes (comme prévu)\n- le bilan de fin de saison\n- livraison le 20',
    'Récap :\n- un logo\n- une carte de visite\n- un papier à en-tête',
    'Pour mars :\n- les deux épisodes (comme convenu)\n- deux tours de modifs\n- un point lundi',
    'Le plan :\n- des nouvelles photos arrivent le 3 (je te partage le dossier)\n- budget comme convenu',
  ],
});
