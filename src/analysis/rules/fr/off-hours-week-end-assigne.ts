import { phraseRule } from '../../phrase-rule.ts';

/** Un jour du week-end nommé comme moment, pas comme borne d'une échéance (« avant samedi », « les photos de dimanche »). */
const JOUR_DE_WEEK_END =
  /(?:le |ce |les |chaque |tous les |un )?(?<!\b(?:avant|d'ici|pour|jusqu'a|jusqu'au|apres|depuis|de|du|au) (?:le |ce )?)\b(?:samedis?|dimanches?|week-?ends?)\b/
    .source;

/** Ce qui fait du créneau celui du lecteur : « tu », « vous », sa présence, ses réponses, sa permanence. */
const DU_LECTEUR =
  /\b(?:tu|vous|te|t'|ton|ta|tes|votre|vos|presence|repon\w+|connecte\w*|joignable|dispo\w*|permanence|astreinte|j'attends|j'exige)\b/
    .source;

/**
 * Le travail placé sur un jour du week-end par une tournure qui porte la demande : une demande suivie de l'activité
 * et du jour (« serait-il possible de faire les séances le samedi matin »), un futur qui assigne (« vous animerez
 * l'atelier le dimanche »), un jour du week-end ajouté à une plage (« samedi compris », « aussi le week-end »), un
 * créneau déplacé d'un jour de semaine au week-end, ou le week-end comme seul créneau possible.
 */
export default phraseRule({
  id: 'off-hours/week-end-assigne',
  category: 'off_hours',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Places your work on a weekend day, outside your working days.',
    fr: 'Place votre travail sur un jour du week-end, hors de vos jours de travail.',
  },
  cue: /samedi|dimanche|week-?end/,
  patterns: [
    new RegExp(
      `\\b(?:possible de|possibilite de|pourriez-vous|pourrais-tu|tu pourrais|vous pourriez|peux-tu|pouvez-vous|merci de|il faudrait|faudrait-il|(?:tu serais|vous seriez) d'accord pour|accepteriez-vous de|accepterais-tu de|je (?:te|vous) demande de|ce serait (?:top|bien|parfait|ideal) de)\\s+(?:[a-z']+\\s+){0,2}?[a-z]+(?:er|ir|re)\\b[^.?!\\n]{0,50}?${JOUR_DE_WEEK_END}`,
    ),
    new RegExp(
      `\\b(?:tu|vous) (?:assureras|assurerez|animeras|animerez|couvriras|couvrirez|travailleras|travaillerez|feras|ferez|donneras|donnerez|tiendras|tiendrez|prendras|prendrez|modereras|modererez|viendras|viendrez|seras de (?:garde|permanence|service)|serez de (?:garde|permanence|service))\\b[^.?!\\n]{0,40}?${JOUR_DE_WEEK_END}`,
    ),
    new RegExp(
      `(?:\\b(?:samedis?|dimanches?|week-?ends?)(?: \\d{1,2})? (?:compris|inclus|aussi|egalement)\\b|\\b(?:aussi|egalement|meme) (?:le |les |pendant le |ce )?(?:week-?ends?|samedis?|dimanches?)\\b(?=\\s*(?:$|[.,;:!?)\\n-]|aussi\\b|compris\\b|inclus\\b)))(?<=${DU_LECTEUR}[^.!?\\n]*)`,
    ),
    // Un créneau du lecteur déplacé au week-end : « les ateliers sont déplacés du mercredi au samedi ; ta présence… »
    new RegExp(
      `\\b(?:deplace|decale|reporte|bascule|passe|recule|change)\\w*\\s+(?:[a-z']+\\s+){0,3}?du (?:lundi|mardi|mercredi|jeudi|vendredi)(?: (?:matin|apres-midi|soir))? au (?:samedi|dimanche)\\b(?:(?<=${DU_LECTEUR}[^.!?\\n]*)|(?=[^.!?\\n]*${DU_LECTEUR}))`,
    ),
    /\b(?:le |la )?seul(?:e|s|es)? (?:creneau|moment|jour|date|possibilite|option|fenetre|disponibilite)s?(?: (?:possible|dispo|disponible|libre|qui reste|(?:de |d')[a-z]+|(?:ou|qu'|que )[^.?!\n,]{1,40}?)){0,2}\s*,?\s*(?:c'est|ce sera|ce serait|est|sera|serait|reste)\s+(?:le |un |ce )?(?:samedi|dimanche|week-?end)s?\b/,
  ],
  unless: [
    // Les horaires du client lui-même : « nous sommes ouverts tous les jours, dimanche compris ».
    /\b(?:nous sommes|on est|nous travaillons|on travaille|notre (?:boutique|magasin|equipe|service|standard|atelier|restaurant)|nos (?:equipes|techniciens|services|vendeurs))\b[^.?!\n]{0,50}?\b(?:ouverte?s?|fermee?s?|travaill\w+|joignables?|disponibles?|repond\w*)\b/,
    /\b(?:fete|apero|barbecue|bbq|anniversaire|mariage|pot|diner|brunch|pique-nique|match|portes ouvertes|vernissage)\b/,
    /\b(?:bon|bonne|excellent|beau|agreable|joli) (?:fin de )?(?:week-?end|dimanche|samedi)\b/,
    /\b(?:pas besoin|nul besoin|inutile|pas la peine|plus besoin)\b/,
    // Le seul jour où le client ferme ou s'occupe de tout lui-même : « le seul jour de fermeture, c'est dimanche ».
    /\bseule?s? (?:jour|moment|creneau|date)s?\b[^.?!\n]{0,40}?\b(?:fermee?s?|fermeture)\b|\b(?:nous-memes|moi-meme|on s'en (?:occupe|charge)|nous nous en (?:occupons|chargeons))\b/,
  ],
  examples: {
    fires: [
      // Le seul créneau, dit avec ce qui le rend seul (« où la salle est libre », « de tournage »), tombe le week-end.
      'Le seul moment où la cabine est libre, c’est samedi matin, de 9 h à midi. Ça vous irait ?',
      'Le seul créneau de répétition qu’on a trouvé, c’est dimanche de 14 h à 18 h.',
      'La seule date où le modèle peut poser, c’est le samedi 12.',
      'Le seul jour de tournage possible, ce sera dimanche.',
      'Serait-il possible de faire les séances de coaching le samedi matin, vers 10h ?',
      'Pourriez-vous animer les ateliers photo les dimanches après-midi ?',
      'Tu pourrais venir poser les étagères ce samedi, quand la boutique est fermée ?',
      'Vous animerez aussi la visite guidée le dimanche à 15h.',
      'Tu assureras la permanence du stand samedi et dimanche.',
      'Il faut que tu restes connecté de 8h à 20h tous les jours, samedi compris.',
      "J'attends une réponse de ta part dans l'heure, même le week-end.",
      'À la rentrée, vos cours sont déplacés du jeudi au samedi matin ; votre présence reste indispensable.',
      'Pour la séance photo, le seul créneau possible, c’est le dimanche.',
    ],
    quiet: [
      'Le seul jour où la boutique est fermée, c’est dimanche : passe quand tu veux en semaine.',
      'Le seul moment où on reçoit les livraisons, c’est le samedi, on s’en occupe nous-mêmes.',
      'Pourriez-vous m’envoyer le devis avant samedi ?',
      'Il faudrait relire les notes de samedi quand tu as un moment.',
      'Nous sommes ouverts tous les jours, dimanche compris, si vous voulez passer.',
      'Tu pourrais venir à notre fête samedi ? Juste pour trinquer !',
      'Bon week-end, et encore merci pour les photos.',
      'Pas besoin de répondre le week-end, lundi ça ira.',
      'Le seul jour de fermeture, c’est le dimanche, donc livre quand tu veux en semaine.',
      'Le match est déplacé du vendredi au samedi, je serai donc absent ce jour-là.',
      'Tu pourrais me dire si les photos du dimanche te conviennent ?',
    ],
  },
});
