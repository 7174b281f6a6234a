import { phraseRule } from '../../phrase-rule.ts';

const JOUR = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?`;
/** Un rendez-vous qui n'existe que parce qu'il revient : la permanence, la réunion d'équipe, le point du lundi. */
const RENDEZ_VOUS = String.raw`(?:permanences?|reunions?|points?|briefings?|comites?|conseils?|staffs?|stand-?ups?|dailys?|rituels?|visites? de chantier|tours? de table)`;
/** Y être, demandé au lecteur : « que tu viennes », « vous assisterez », « merci de participer ». */
const ETRE_A = String.raw`(?:viennes|veniez|venir|viendras|viendrez|participes|participiez|participer|participeras|participerez|assistes|assistiez|assister|assisteras|assisterez|sois (?:present|presente|la)|soyez (?:present|presente|presents|la)|etre (?:present|presente|presents|la)|tiennes|teniez|tenir|assures|assuriez|assurer)`;
/** La plage de présence entière : « toute ta plage », « tout le créneau », « toute la prestation ». */
const TOUTE_LA_PLAGE = String.raw`(?:toute|tout)\s+(?:sa|ta|votre|la|le|son|ton)\s+(?:plage|creneau|journee|prestation|mission|permanence|service|seance|shift|vacation|tournage|evenement|duree)`;

/** Le lecteur, ou les prestataires en général, avant l'adjectif (cherché en arrière depuis lui). */
const LECTEUR = String.raw`(?<=\b(?:tu|vous|te|t'|merci d'|merci de|(?:chaque|tout|les|nos) (?:profs?|professeurs?|intervenants?|formateurs?|prestataires?|freelances?|moderateurs?|animateurs?|consultants?|independants?))\b[^.?!\n]{0,60})`;

/** Présent, sur place, en ligne : dit du lecteur ou des prestataires (cherché en arrière depuis la plage). */
const ETRE_LA = String.raw`\b(?:present|presente|presents|sur place|la|dispo|disponible|disponibles|en ligne|connecte|connectee|connectes|joignable)${LECTEUR}`;

/**
 * Un créneau fixe imposé au prestataire : une réunion ou une permanence récurrente nommée par son jour ou son rythme
 * (« que vous participiez aux permanences du lundi et du mercredi », « assister à notre comité hebdomadaire »), une
 * présence exigée sur toute la plage même à vide (« présent pendant toute ta plage, même quand il n'y a personne »),
 * rester en ligne toute la prestation, ou une feuille d'entrée et de sortie à remplir. Une invitation ponctuelle
 * ou facultative et la réunion de l'équipe elle-même restent muettes.
 */
export default phraseRule({
  id: 'availability-control/creneau-fixe',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Books you into fixed slots (standing meetings, on-site hours, a sign-in book): a client can invite you, but your time is yours to schedule.',
    fr: 'Vous impose des créneaux fixes (réunions récurrentes, heures sur place, registre à signer) : un client peut vous inviter, mais votre temps vous appartient.',
  },
  cue: /pointe|badge|sur place|permanence|reunion|point|briefing|comite|conseil|staff|stand-?up|daily|rituel|visite|tour de table|pendant (?:toute|tout)|registre|cahier|feuille|fiche/,
  patterns: [
    // « que vous participiez aux permanences du lundi et du mercredi », « assister à notre comité hebdomadaire »
    new RegExp(
      String.raw`\b${ETRE_A}\s+(?:a la|a l'|au|aux|a nos|a notre|a tous les|a toutes les)\s*(?:[\w'-]+\s+){0,2}?${RENDEZ_VOUS}\b(?:(?:\s+[\w'-]+){0,3}?\s+(?:du|des|chaque|tous les|toutes les)\s+(?:${JOUR}|matins?|semaines?|jours?|quinzaines?)\b(?!\s+(?:\d|prochain|dernier))|\s+(?:[\w'-]+\s+){0,2}?(?:hebdomadaires?|quotidien(?:ne)?s?|mensuel(?:le)?s?|hebdo)\b)`,
    ),
    // « que vous veniez à la cave chaque vendredi à 8h pour faire le point »
    new RegExp(
      String.raw`\b(?:chaque|tous les)\s+${JOUR}\s+(?:(?:matin|apres-midi|soir)\s+)?(?:a|vers|des)\s+\d{1,2}\s?h(?:\d\d)?\b(?<=\b(?:viennes|veniez|venir|passes|passiez|passer|sois|soyez|etre)\s+(?:a|au|aux|a l'|dans|sur)\s*(?:[\w'-]+\s+){1,3}?(?:chaque|tous les)\s+[^.?!\n]{0,30})[^.?!\n]{0,30}?\b(?:point|reunion|bilan|rendre compte|voir ou (?:tu en es|vous en etes)|faire le tour)`,
    ),
    // « présent pendant toute ta plage, même quand il n'y a personne », « rester en ligne pendant toute la prestation »
    new RegExp(
      String.raw`\b(?:pendant|durant)\s+${TOUTE_LA_PLAGE}\b(?<=${ETRE_LA}\s+[^.?!\n]{0,30}?(?:pendant|durant)\s+[^.?!\n]{0,40})`,
    ),
    // sans « pendant », la plage entière n'est une exigence qu'avec le temps mort : « sur place toute ta journée, même si… »
    new RegExp(
      String.raw`\b${TOUTE_LA_PLAGE}\b(?<=${ETRE_LA}\s+[^.?!\n]{0,30}?(?:toute|tout)\s+[^.?!\n]{0,40})[^.?!\n]{0,40}?\bmeme\s+(?:entre|quand|si|lorsqu|s'il|sans)\b`,
    ),
    // « vous badgerez à la borne à votre arrivée et à votre départ »
    /\b(?:pointer|pointes|pointez|pointerez|pointeras|badger|badges|badgez|badgerez|badgeras)\b[^.?!\n]{0,40}?\b(?:a (?:l'|ton |votre )arrivee|en arrivant|a (?:ton |votre )depart|au depart|en partant)\b/,
    // « signer la feuille en arrivant et en partant », « remplir la fiche d'entrée et de sortie »
    /\b(?:signer|signes|signiez|signez|remplir|remplis|remplissiez|completer|emarger)\s+(?:le|la|un|une|notre|nos)\s+(?:registre|cahier|feuille|fiche|liste)s?\b[^.?!\n]{0,30}?\b(?:a l'arrivee|en arrivant|au depart|en partant|d'arrivee|de depart|entree et (?:de )?sortie)/,
  ],
  unless: [
    /\b(?:facultati(?:f|ve)|si (?:tu veux|vous voulez|tu peux|vous pouvez|ca te dit|ca vous dit|tu as le temps|vous avez le temps)|libre a (?:toi|vous)|pas (?:obligatoire|oblige|obligee|necessaire|besoin)|comme tu veux|comme vous voulez)\b/,
  ],
  examples: {
    fires: [
      'Il faudrait que vous participiez aux permanences du lundi et du mercredi, pour rencontrer les bénévoles.',
      'Je voudrais que vous assistiez à notre réunion de production du jeudi, à 14h.',
      'J’aimerais que tu participes aux points du mercredi matin avec le chef de projet.',
      'Vous participerez à notre comité de suivi hebdomadaire.',
      'Je souhaiterais que vous veniez à la cave chaque vendredi à 8h pour faire le point.',
      'Tu dois rester présent pendant toute ta plage horaire, même quand il n’y a pas de client.',
      'Merci d’être disponible sur le chat pendant toute la prestation.',
      'Les intervenants restent connectés au canal pendant toute la durée du salon.',
      'Merci de signer le cahier de présence en arrivant et en partant.',
      'Vous badgerez à la borne de l’accueil à votre arrivée et à votre départ.',
      'Il faut que tu sois sur place toute ta journée, même si la salle est vide.',
      'Chaque formateur doit remplir la feuille d’entrée et de sortie.',
    ],
    quiet: [
      'Si tu veux, tu peux venir à la réunion du lundi, ce n’est pas obligatoire.',
      'Nous avons une réunion d’équipe chaque lundi, je te ferai suivre le compte rendu.',
      'Pourrais-tu venir au point de jeudi pour présenter la maquette ?',
      'Tu pourras assister à la réunion du lundi 12 mai pour présenter le projet ?',
      'Le registre des visiteurs est à l’accueil.',
      'La salle est disponible pendant toute la journée du salon.',
      'Le traiteur sera présent pendant toute la soirée.',
      'Pour la kermesse, on aimerait que vous soyez là toute la journée à la caisse.',
      'Tu viendras chaque mardi à 18h donner le cours de yoga.',
    ],
  },
});
