import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';

/** Demande de travailler pendant des congés annoncés du freelance. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/conges',
    category: 'off_hours',
    lang: 'fr',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work during your announced time off.',
      fr: 'Vous demande de travailler pendant vos congés annoncés.',
    },
    cue: /conge|vacances|fermeture|ferme|absen|repos|pause|jours? off|rtt|break|voyage|sejour|\boff\b/,
    patterns: [
      /\b(?:pendant|durant|lors de) (?:tes|vos|ton|votre|ta) (?:conges?|vacances|fermeture|absence|repos|pause|jours? de repos|jours? off|rtt|break|voyage|sejour)\b(?! (?:dejeuner|de midi|cafe|clope|du midi))/,
      // Les congés ou la fermeture du lecteur, reconnus ou rappelés : « je sais que vous êtes fermés à partir du 23 »,
      // « tu m'avais dit que tu étais en congés jusqu'au 4 », « ton message d'absence indique que tu es absente ».
      /\b(?:je sais (?:bien )?que |meme si |bien que |alors que |sachant que |(?:tu m'|vous m')(?:as|avez|avais|aviez) (?:dit|ecrit|prevenue?|annonce) que |comme (?:tu me l'as|vous me l'avez) dit,? |(?:ton|votre) (?:message d'absence|repondeur|mail automatique|site) (?:indique|dit|annonce|precise) que )(?:tu es|vous etes|t'es|tu seras|vous serez|tu sois|vous soyez|tu etais|vous etiez|tu serais|vous seriez) (?:en (?:conges?|vacances|repos|rtt|pause)|absente?s?|off|fermee?s?)\b/,
      // La même chose à l'infinitif : « vous nous aviez dit être en vacances à Pâques », « tu m'as écrit être fermée en août ».
      /\b(?:tu m'|vous m'|tu nous |vous nous )(?:as|avez|avais|aviez) (?:dit|ecrit|annonce|indique|prevenue?s?) (?:d')?etre (?:en (?:conges?|vacances|repos|rtt|pause)|absente?s?|fermee?s?|off)\b/,
      /\b(?:pendant|durant) (?:le|ce) conge\b/,
      /\b(?:utiliser|utilises|utilisiez|prendre sur|sacrifier|sacrifies|passer)\s+(?:ton|votre|un de tes|un de vos|ta|ta derniere)\s+(?:jour de repos|jour off|jours off|rtt|jour de conge|journee de repos|journee off|demi-journee (?:off|de repos))\b/,
    ],
    unless: [
      /\b(?:profite|profitez|bonnes vacances|bon repos|bon conge)\b/,
      // Le travail remis au retour : « on reprend tout ça à ton retour ».
      /\b(?:a (?:ton|votre) retour|apres (?:tes|vos) (?:conges|vacances)|des (?:ton|votre) retour|rien ne presse)\b/,
      // Quelqu'un d'autre prend le relais pendant l'absence du lecteur, ou le client le libère : « Léa reprendra les
      // commentaires pendant votre absence », « ne vous souciez de rien ».
      /\b(?:reprendra|reprendront|prendra le relais|prendront le relais|s'occupera|s'occuperont|assurera|assureront|gerera|gereront|couvrira|couvriront|se chargera|se chargeront|remplacera|remplaceront|ne (?:vous|te) (?:souciez|soucie|preoccupez|preoccupe) de rien|ne (?:vous|t')inquiet\w*)\b/,
    ],
    examples: {
      fires: [
        'Tu pourrais relire la brochure pendant tes congés ?',
        "Je sais que vous êtes en vacances la semaine prochaine. S'il y a un souci, il faudrait quand même intervenir.",
        'Merci de garder un œil sur les commentaires pendant votre fermeture.',
        'Ce serait top si tu pouvais utiliser ton jour de repos pour finir.',
        // Les congés ou la fermeture du lecteur rappelés, et un travail demandé dedans.
        "Tu m'avais dit que tu étais en congés jusqu'au 4 ; tu pourrais quand même relire le contrat la semaine prochaine ?",
        "Votre message d'absence indique que vous êtes absente jusqu'en janvier, pourriez-vous malgré tout valider la maquette ?",
        'Je sais que vous êtes fermés à partir du 20, mais vous pourriez livrer les étiquettes pendant la trêve ?',
        "Comme tu me l'as dit, tu seras en pause jusqu'au 3, mais tu peux jeter un œil au devis d'ici là ?",
        'Vous nous aviez dit être en vacances la semaine de l’Ascension. Pourriez-vous quand même valider les devis pendant cette semaine ?',
        'Tu m’as écrit être fermée tout le mois d’août ; tu pourrais nous envoyer une première esquisse pendant ce temps ?',
      ],
      quiet: [
        'Tu nous avais dit être en congés à Pâques : on reprend tout ça à ton retour, rien ne presse.',
        // Un collègue prend le relais, ou le client libère le lecteur.
        'Pendant tes congés, Karim s’occupera des commandes, ne te soucie de rien.',
        'Notre stagiaire reprendra la modération pendant votre absence.',
        'Merci pour le planning ; pendant votre fermeture, l’agence partenaire assurera les publications.',
        'Ne vous inquiétez pas pour les réseaux pendant vos vacances, tout est programmé.',
        'Reste joignable même pendant ta pause déjeuner, c’est important.',
        'Je suis en congés la semaine prochaine, on se reparle ensuite.',
        'Profite bien de tes vacances, on verra ça à ton retour.',
        'Pas besoin de répondre pendant tes congés.',
        'Profite bien de ton jour de repos, on se parle jeudi.',
        'Je sais que tu es en pause jusqu’au 3, on attendra ton retour pour la suite.',
        "Votre message d'absence indique que vous êtes absente, je reviens vers vous en janvier.",
        'Je sais que vous êtes fermés à partir du 20, on attendra la rentrée.',
      ],
    },
  }),
  2,
);
