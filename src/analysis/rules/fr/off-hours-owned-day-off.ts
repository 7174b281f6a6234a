import { sentOn } from '../../rule.ts';
import { ownedDayOffRule } from '../shared/owned-day-off.ts';

/** L'expéditeur reconnaît que c'est le week-end, un férié ou les congés du lecteur, et demande du travail quand même. */
export default ownedDayOffRule({
  lang: 'fr',
  cue: /samedi|dimanche|week-?end|ferie|pont|repos|\boff\b|soir|conge|vacances|ferm/,
  patterns: [
    // « je sais qu'on est samedi », « je me doute que c'est ton dimanche », « je vois que tu es en congés du 3 au 20 »
    /\b(?:je sais|je vois|je me doute|je suis conscient(?:e)?|j'ai (?:bien )?conscience|j'ai vu|je comprends|certes|oui)(?: bien| aussi| tres bien)?(?: que| qu')?\s*(?:on est|nous sommes|c'est|ce sera|ca tombe|tu es|vous etes|t'es|tu seras|vous serez)\s*(?:un |le |la |en |ton |votre |un long )?(?:[a-z]+ )?(?:samedi|dimanche|week-?end|ferie|jour ferie|pont|jour de repos|jour off|soir|conges?|vacances|repos|fermee?s?)\b/,
    // « je sais aussi que vous fermez en août », « je sais que ton atelier sera fermé »
    /\b(?:je sais|je vois|je me doute|j'ai vu|je comprends)(?: bien| aussi| tres bien)?(?: que| qu')\s*(?:vous fermez|tu fermes|(?:ton|votre) (?:atelier|studio|bureau|agence|cabinet|boutique|entreprise) (?:est|sera) fermee?)\b/,
    // « désolé de te déranger un dimanche », « pardon de vous écrire en plein week-end »
    /\b(?:desolee?s?|pardon|excuse(?:z)?-moi|je m'excuse) (?:de|d') (?:[a-z']+ ){0,3}?(?:un|ce|en plein|le|pendant (?:ton|votre)) (?:samedi|dimanche|week-?end|jour ferie|ferie|soir|jour de repos|conges?)\b/,
  ],
  unless: [
    /\b(?:profite|profitez|bonnes vacances|bon repos|bon week-?end|bon dimanche)\b/,
    // Une invitation laissée libre : « tu es la bienvenue, aucune obligation, je sais que c'est ton samedi ».
    /\b(?:aucune obligation|sans obligation|rien d'obligatoire|(?:tu es|vous etes) (?:le |la |les )?bienvenue?s?|si le coeur (?:t'|vous )en dit|seulement si (?:tu en as|vous en avez) envie)\b/,
  ],
  examples: {
    fires: sentOn(
      '2026-03-11T10:00:00+01:00',
      "Je sais qu'on est dimanche, désolée. La boutique en ligne n'affiche plus les prix. Tu peux y jeter un œil ?",
      'Je vois que tu seras en congés à partir du 10 juillet. Je te demande quand même de garder ton téléphone allumé.',
      'Je sais que vous fermez tout le mois d’août, mais pourriez-vous nous faire une première esquisse pendant ce temps ?',
      'Désolé de te déranger un samedi : le formulaire de contact est cassé, tu pourrais regarder ?',
      "Je me doute que c'est ton jour de repos, mais il nous faudrait la version corrigée pour ce midi.",
      'Je sais bien que c’est férié lundi. Serais-tu d’accord pour animer la réunion ce matin-là ?',
      'Pardon de vous écrire en plein week-end, pourriez-vous renvoyer le fichier à l’imprimeur ?',
    ),
    quiet: sentOn(
      '2026-03-11T10:00:00+01:00',
      // Le congé reconnu, et tout remis à après le retour.
      "Je vois que tu es en vacances jusqu'au 30. La brochure peut tout à fait attendre ton retour, je t'envoie le brief pour que tu l'aies.",
      "Je sais qu'on est samedi, rien ne presse, lundi ça ira très bien.",
      // Une invitation laissée libre, pas du travail.
      "Passe voir la fresque inaugurée dimanche si le cœur t'en dit, je sais que c'est ton dimanche.",
      "Je sais qu'on sera samedi, mais tu es la bienvenue au vernissage, aucune obligation.",
      'Je vois que tu es en congés la semaine prochaine : on reprend tout ça à ton retour.',
      'Je sais que vous fermez en août, pourriez-vous nous envoyer le devis avant votre départ ?',
      'Désolée de t’écrire un dimanche, je voulais juste te dire merci pour les photos.',
      'Je sais que tu es en vacances, profite bien, on se parle en septembre.',
      'Je sais que c’était un samedi, merci encore pour ta présence au salon.',
    ),
  },
});
