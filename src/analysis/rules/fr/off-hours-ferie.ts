import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { PAST_FAVOUR } from './urgency-urgent.ts';

/** Demande de travailler un jour férié, un pont ou pendant les fêtes. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/ferie',
    category: 'off_hours',
    lang: 'fr',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work on a public holiday or over the holidays.',
      fr: 'Vous demande de travailler un jour férié ou pendant les fêtes.',
    },
    cue: /lendemain|saint-etienne|ferie|pont|noel|paques|toussaint|ascension|pentecote|nouvel an|jour de l'an|saint-jean|action de grace|fete|reveillon|juillet|aout|mai|novembre|juin|decembre|janvier|conge|jeune/,
    patterns: [
      /\b(?:(?:le|ce|un|pendant le|durant le) (?:jour )?ferie|(?:meme si|bien que|alors que|sachant que) (?:c'est|c'est un|ce soit|ce sera) (?:un )?(?:jour )?ferie|(?:le|ce|pendant le) pont|(?:(?<!jusqu')a|pour|pendant|durant|le jour de|entre) (?:noel|paques|la toussaint|l'ascension|la pentecote|le nouvel an|le jour de l'an|la saint-jean|l'action de grace|la fete nationale|la fete du travail|les fetes(?: de fin d'annee)?|le reveillon|le jeune federal|le lundi du jeune)|(?:le |ce |pour le )(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:14 juillet|15 aout|1er mai|8 mai|11 novembre|1er novembre|21 juillet|1er aout|24 juin|24 decembre|25 decembre|31 decembre|1er janvier|lundi de (?:paques|pentecote))|entre noel et (?:le )?(?:nouvel an|jour de l'an)|(?:(?:longue )?fin de semaine|(?:long |grand )?week-end) (?:de|du) (?:l'action de grace|paques|la fete|l'ascension|la pentecote|la toussaint|noel|jeune)|(?:pendant|durant) (?:le|ce) conge (?:ferie|de l'action de grace|de paques))\b/,
      // "je sais que le 24 c'est la Fête nationale, mais…", "même si ça tombe le jour de l'An"
      /\b(?:je sais que|je sais bien que|meme si|bien que|alors que|sachant que|malgre que)\b[^.?!\n]{0,25}?\b(?:c'est|ce soit|ce sera|tombe|est)\s+(?:un |le |la |l')?(?:jour ferie|ferie|pont|fete nationale|lundi du jeune|jeune federal|fete du travail|saint-jean(?:-baptiste)?|noel|paques|1er mai|14 juillet|toussaint|ascension|pentecote|jour de l'an|action de grace|fete de la reine|journee nationale des patriotes|fete de la federation|fete nationale suisse)\b/,
      /\b(?:le lendemain de noel|la saint-etienne|le 26 decembre)\b/,
      // The weekday of a movable feast: « le jeudi de l'Ascension », « le lundi de Pâques », « le lundi de Pentecôte ».
      /\b(?:le|ce|pour le|pendant le) (?:jeudi de l'ascension|lundi de (?:paques|pentecote|la pentecote)|vendredi saint|lundi du jeune(?: federal)?)\b/,
      // Le jour demandé, puis ce qu'il est : « que vous interveniez le lundi 21 : c'est la fête nationale ».
      /(?:[:;(]|,|\s[-–])\s*(?:c'est|ce sera|ce serait|qui est|soit|car c'est|puisque c'est)\s+(?:un |le |la |l')?(?:jour ferie|ferie|fete nationale|fete du travail|fete du roi|fete de la communaute|saint-jean(?:-baptiste)?|lundi de (?:paques|pentecote)|ascension|pentecote|toussaint|armistice|jour de l'an|action de grace|fete de la reine|journee nationale des patriotes|fete nationale suisse)\b/,
      // The holiday named, the work set "ce jour-là": "fermés jeudi pour l'Ascension, l'idéal serait de tourner ce jour-là".
      /\b(?:ferie|fete nationale|fete du travail|14 juillet|15 aout|1er mai|8 mai|11 novembre|1er novembre|24 juin|saint-jean|noel|paques|toussaint|ascension|pentecote|jour de l'an|action de grace|lundi du jeune|jeune federal)\b[^.?!\n]{0,80}?\bce jour-la\b/,
    ],
    unless: [
      // Un férié passé, rappelé : « à Noël dernier vous aviez dû tout livrer », « merci d'avoir bossé pendant le pont ».
      PAST_FAVOUR,
      /\b(?:noel|paques|nouvel an|reveillon|toussaint|ascension|pentecote|fetes|pont) (?:dernier|derniere|passe|passee|passes|passees)\b|\bl'an (?:dernier|passe)\b/,
      // Des vœux : « Joyeux Noël », « bonne longue fin de semaine de l'Action de grâce, profites-en ».
      /\b(?:joyeux|joyeuses|bonnes? fetes|bonne annee|meilleurs voeux|bonnes? (?:longue |grande )?fin de semaine|bon (?:long |grand )?(?:week-end|pont|conge)|profite[sz]?-en|profitez-en)\b/,
      // Ce que le client vend ou lance pour la saison : « vendre des bons cadeaux pour les fêtes », « notre vitrine de Noël ».
      /\b(?:vendre|vend|offrir|propose[rz]?|lancer|campagne|promo\w*|bons? (?:cadeaux?|d'achat)|cartes? (?:cadeaux?|de voeux)|coffrets?|vitrines?|decorations?|menus?|collections?|operations?)\b[^.?!\n]{0,50}?\bpour (?:noel|paques|les fetes(?: de fin d'annee)?)\b/,
      // Une libération : « repose-toi pendant les fêtes, rien n'est attendu avant janvier ».
      /\b(?:repose|reposer|reposez|souffle|soufflez|deconnecte|deconnectez|rien (?:n'est|a) (?:attendu|rendre|livrer|faire))\b/,
      // The client's own closure, unless the work is set for that very day ("fermés lundi … ce jour-là").
      /\b(?:nous sommes|on est|je suis|nos bureaux sont|le bureau est|je serai|nous serons) (?:fermee?s?|en conges?|en vacances|absente?s?|off)\b(?![^.?!\n]*\bce jour-la\b)/,
    ],
    examples: {
      fires: [
        // Le jour de semaine d'une fête mobile.
        'Vous pourriez faire la mise en ligne le lundi de Pentecôte ?',
        "Tu pourrais tenir le stand pendant le jeudi de l'Ascension ?",
        "Pourrais-tu finaliser la maquette pendant le pont de l'Ascension ?",
        'On aurait besoin de toi le vendredi 15, même si c’est férié.',
        'Tu pourrais avancer entre Noël et le Nouvel An ?',
        'Serait-il possible de livrer pour le 14 juillet au matin ?',
        'Tu pourrais gérer la mise en ligne le vendredi 1er mai ?',
        "Je sais bien que lundi c'est la Pentecôte, mais tu pourrais passer ?",
        "Même si ça tombe le jour de l'An, on aurait besoin du texte.",
        'Tu pourrais le finir le 24 décembre ?',
        "Tu pourrais passer le lendemain de Noël pour accrocher l'expo ?",
        "Comme on est fermés jeudi pour l'Ascension, l'idéal serait que tu fasses les photos ce jour-là.",
        'Nos bureaux sont fermés lundi, c’est férié : vous pourriez installer le stand ce jour-là ?',
        // Le jour demandé, puis ce qu'il est.
        'On aimerait que tu tournes le lundi 11 novembre (c’est l’Armistice), le parc sera vide.',
        'Vous pourriez livrer le jeudi 29 mai ? Je précise : c’est l’Ascension.',
        'Il faudrait que vous animiez l’atelier le 1er août, soit la fête nationale suisse.',
        // Le Jeûne fédéral (Suisse) et les longs week-ends fériés.
        'Je sais bien que lundi est le Jeûne fédéral, pourriez-vous quand même relire le dossier ?',
        'Les bureaux seront vides pour le Jeûne fédéral, l’idéal serait que tu poses les vitrines ce jour-là.',
        'Tu pourrais avancer les maquettes pendant le grand week-end de l’Ascension ?',
        'Vous pourriez préparer les plans durant le lundi du Jeûne ?',
        // « ce serait l'idéal que », « pourrions-nous » demandent comme « l'idéal serait que », « pourriez-vous ».
        'Vu que l’atelier ferme pour le Jeûne fédéral, ce serait l’idéal de venir monter les étagères ce jour-là.',
        'Pourrions-nous caler la répétition le 1er mai, même si c’est férié ?',
      ],
      quiet: [
        'Nous serons fermés le lundi de Pentecôte, envoie-nous la facture avant.',
        'On reprend le lundi de Pâques dernier comme référence pour les ventes.',
        "J'aimerais que du 2 mars jusqu'à Pâques, vous restiez joignable pendant nos heures d'ouverture.",
        'Pendant les fêtes passées, tu avais bouclé le site en trois jours, chapeau.',
        'Joyeux Noël et à l’an prochain !',
        'Nos bureaux sont fermés entre Noël et le Nouvel An, merci de nous envoyer la facture avant.',
        'On reprend après Pâques, rien ne presse.',
        'Tu peux livrer le site avant Noël ?',
        "Nos bureaux sont fermés lundi pour l'Ascension, on vous rappelle mardi.",
        "Pourrais-tu finir d'ici Pâques ?",
        "Repose-toi pendant les fêtes, rien n'est attendu avant janvier.",
        'On ferme le 21 juillet, c’est la fête nationale : rien à faire ce jour-là.',
        'Le vendredi 1er août, c’est la fête nationale suisse : nous serons fermés, tu peux livrer le lundi.',
        "Toute l'équipe te souhaite une bonne longue fin de semaine, l'Action de grâce arrive à point !",
        'Bonne fin de semaine de Pâques à toute ton équipe, profitez-en bien.',
        'Nous serons fermés pour le lundi du Jeûne, vous pourrez livrer le mardi.',
        'Bon week-end du Jeûne à toute l’équipe, profitez-en !',
        'Bonne fin de semaine de la Fête nationale, on se reparle mardi.',
        'Bon long week-end de Pâques, et encore merci pour les maquettes.',
        'On aimerait proposer des coffrets en ligne pour les fêtes : pourriez-vous nous faire un devis ?',
        'Nous voulons lancer une carte cadeau pour Noël, vous pourriez chiffrer la page de vente ?',
        'Notre campagne de dons démarre en novembre pour les fêtes ; tu peux préparer les visuels d’ici là ?',
      ],
    },
  }),
  2,
);
