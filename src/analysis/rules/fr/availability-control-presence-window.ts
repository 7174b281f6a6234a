import { phraseRule } from '../../phrase-rule.ts';

/*
 * Une fenêtre de présence permanente : être dans les locaux, à l'accueil, sur le stand, de
 * permanence ou d'astreinte, sur un rythme ou aux horaires du client (« vous seriez présente dans nos
 * locaux du lundi au jeudi, aux horaires du bureau », « une permanence sur le stand tous les jours de
 * 10h à 16h »). set-hours lit les tournures courantes ; celle-ci lit le futur ou le conditionnel
 * (« tu serais », « vous assurerez »), l'attente (« nous vous attendons », « on aura besoin de toi ») et
 * la permanence. Une visite ponctuelle n'a pas de rythme et reste calme.
 */
const LIEU = String.raw`(?:locaux|local|bureaux?|agence|atelier|cabinet|depot|boutique|magasin|siege|usine|studio|entrepot|chantier|open space|accueil|stand|comptoir|caisse|guichet|reception|standard|salon|showroom|laboratoire|labo|cuisine|succursale|antenne)`;
const RYTHME = String.raw`(?:(?:le|les)\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)(?:\s+(?:matin|apres-midi))?|(?:chaque|tous les)\s+(?:jours?|matins?|apres-midis?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|semaines?)|(?:du|de)\s+(?:lundi|mardi|mercredi|jeudi)\s+au\s+(?:mardi|mercredi|jeudi|vendredi|samedi)|(?:\d|deux|trois|quatre|cinq)\s+jours\s+par\s+semaine|a plein temps|quotidiennement|aux\s+(?:heures|horaires)\s+(?:de bureau|du bureau|d'ouverture|de l'equipe|de la boutique|du magasin))`;
/** Un rythme hebdomadaire sans jour isolé : « le mardi » seul peut n'être qu'une fois. */
const CHAQUE_SEMAINE = String.raw`(?:(?:chaque|tous les)\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|semaines?|matins?|jours?)|toutes les semaines|une fois par semaine|les (?:lundis|mardis|mercredis|jeudis|vendredis))`;
/** Venir ou être là en personne, demandé au prestataire. */
const VENIR = String.raw`(?:(?:que|qu')\s*(?:tu|vous)\s+(?:viennes|veniez|passes|passiez|sois la|soyez la)|(?:tu|vous)\s+(?:viendras|viendrez|viendrais|viendriez|passeras|passerez|seras la|serez la|serais la|seriez la|(?:devras|devrez|devrais|devriez|dois|devez)\s+(?:venir|passer|etre la))|(?:merci de|il faudra|il faudrait|il faut|faudrait|faudra)\s+(?:venir|passer|etre la)|(?:je|on|nous)\s+compt\w*\s+sur\s+(?:toi|vous))`;
/** Sur place : le lieu du client ou la présence en personne. */
const EN_PERSONNE = String.raw`(?:${LIEU}|en personne|en presentiel|en vrai|chez nous|sur place)`;
const TOI = String.raw`(?:(?:que|qu')\s*(?:tu|vous)\s+(?:sois|soyez|restes|restiez)|(?:tu|vous)\s+(?:serais|seriez|seras|serez|devras etre|devrez etre|devrais etre|devriez etre|dois etre|devez etre|resteras|resterez)|(?:je|on|nous)\s+(?:te|vous)\s+(?:veux|voudrais|voudrions|voulons|attends|attend|attendons|attendrons|attendra)|(?:on|nous)\s+(?:t'|vous\s+)attend(?:ons|ra|rons)?|(?:on|nous)\s+(?:aura|aurons|aurait|aurions|a|avons)\s+besoin\s+de\s+(?:toi|vous)|on compte sur (?:toi|vous)|nous comptons sur vous)`;

/** La messagerie du client, où être présent à ses horaires est aussi une fenêtre de présence. */
const APPLI = String.raw`(?:teams|slack|discord|whatsapp|zoom|messagerie|canal|chat|serveur)`;
/** Travailler chez le client, demandé au prestataire ou à ceux qu'il représente (« que les illustrateurs travaillent »). */
const TRAVAILLER = String.raw`(?:(?:que|qu')\s*(?:[\w']+\s+){0,3}?(?:travailles|travailliez|travaillent|bosses|bossiez|bossent)|(?:tu|vous)\s+(?:travailleras|travaillerez|travaillerais|travailleriez))`;

export default phraseRule({
  id: 'availability-control/presence-window',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Sets where you must be and when, on a standing basis: that is how an employer treats staff, not how a client hires a freelancer.',
    fr: 'Fixe où vous devez être et quand, de façon permanente : c’est ainsi qu’un employeur traite un salarié, pas un client un indépendant.',
  },
  cue: /\b(?:embarqu|connect|travaill|boss|permanence|astreinte|tiendr|tenir|tiens|tenez|assur|sois|soyez|restes|restiez|serais|seriez|seras|serez|devras|devrez|devrais|devriez|dois|devez|resteras|resterez|attend|besoin de (?:toi|vous)|compte sur|comptons sur|vien|veni|passe|passi|en personne|presentiel)/,
  patterns: [
    // « tu serais présent dans nos bureaux du mardi au vendredi », « on aura besoin de toi à l'accueil chaque matin »
    new RegExp(
      String.raw`\b${TOI}\s+(?:[\w']+\s+){0,2}?(?:(?:present|presente|presents|presentes|sur place|d'astreinte|de permanence|a disposition|disponibles?|physiquement)\s+)?(?:a|au|aux|dans|sur|a l')\s*(?:l'|la\s+|le\s+|les\s+|nos\s+|notre\s+)?${LIEU}\b[^.?!\n]{0,40}?${RYTHME}`,
    ),
    // « vous assurerez une permanence sur le stand tous les jours de 10h à 16h », « tenir l'accueil le lundi »
    new RegExp(
      String.raw`\b(?:assurer|assures|assurez|assureras|assurerez|assurerais|assureriez|tenir|tiens|tenez|tiendras|tiendrez|tiendrais|tiendriez|faire|feras|ferez)\s+(?:une\s+|la\s+|les\s+|des\s+|l')?(?:permanences?|astreintes?|accueil|caisse|comptoir|stand)\b[^.?!\n]{0,50}?${RYTHME}`,
    ),
    new RegExp(
      String.raw`\b(?:de permanence|d'astreinte)\s+(?:a|au|aux|dans|sur)\s*(?:l'|la\s+|le\s+|nos\s+|notre\s+)?${LIEU}\b[^.?!\n]{0,40}?${RYTHME}`,
    ),
    // « que vous veniez chaque mardi matin à l'agence faire le point en personne », « tu seras là tous les jeudis à l'atelier »
    new RegExp(
      String.raw`\b(?:${VENIR}|${TOI})\b(?=[^.?!\n]{0,50}?\b${CHAQUE_SEMAINE}\b)(?=[^.?!\n]{0,80}?\b${EN_PERSONNE}\b)|\b${CHAQUE_SEMAINE}\b[^.?!\n]{0,40}?\b${VENIR}\b(?=[^.?!\n]{0,60}?\b${EN_PERSONNE}\b)`,
    ),
    // « chaque semaine, un point en personne chez nous », « un point hebdo en présentiel à l'agence »
    new RegExp(
      String.raw`\b(?:${CHAQUE_SEMAINE}\b[^.?!\n]{0,30}?\b(?:point|reunion|rendez-vous|rdv|debrief|suivi)|(?:point|reunion|rendez-vous|rdv|debrief|suivi)\s+(?:hebdo\w*|de la semaine))\s+(?:\w+\s+)?(?:en personne|en presentiel|physique|sur place|dans nos locaux|chez nous|au bureau|a l'agence|a l'atelier)\b`,
    ),
    // « que tu embarques sur notre Teams du lundi au vendredi », « que vous soyez sur notre Slack tous les matins »
    new RegExp(
      String.raw`\b(?:${TOI}|(?:que|qu')\s*(?:tu|vous)\s+(?:embarques|embarquiez|te connectes|vous connectiez))\s+(?:[\w']+\s+){0,2}?(?:sur|dans)\s+(?:notre|nos|le|la|les|l')\s*(?:[\w#-]+\s+){0,2}?${APPLI}\b[^.?!\n]{0,40}?${RYTHME}`,
    ),
    // « que les illustrateurs travaillent depuis nos locaux le lundi et le jeudi », « vous travaillerez dans nos bureaux du lundi au mercredi »
    new RegExp(
      String.raw`\b${TRAVAILLER}\s+(?:\w+\s+)?(?:depuis|dans|sur|a|au|aux|chez)\s*(?:l'|la\s+|le\s+|les\s+|nos\s+|notre\s+)?${LIEU}\b[^.?!\n]{0,40}?${RYTHME}`,
    ),
  ],
  unless: [
    // Une période réservée n'est pas une règle : « du lundi au mercredi la semaine prochaine pour la prise de vue ».
    /(?<!\b(?:a partir de|des|dès) )\b(?:la semaine prochaine|cette semaine|la semaine du)\b|\b(?:comme (?:prevu|convenu)|prevue?s?|reservee?s?)\b/,
    /\b(?:je serai|je serais|je suis|nous serons|nous sommes|notre equipe|ouverts?|ouvertes?|ferme|fermee|si (?:tu veux|vous voulez|tu le souhaites|vous le souhaitez)|quand (?:tu veux|vous voulez)|libre a (?:toi|vous)|bienvenue?s?)\b/,
  ],
  examples: {
    fires: [
      'Nous aimerions que vous soyez sur notre Slack du lundi au jeudi, aux horaires du bureau.',
      'Il faudrait que tu te connectes sur notre Discord tous les matins pour le point.',
      'On voudrait que les graphistes bossent depuis notre atelier les mardis.',
      'Vous travaillerez dans nos bureaux du lundi au mercredi, de 9 h à 17 h.',
      'Je compte sur toi chaque mardi à l’atelier pour le point d’avancement.',
      'Une fois par semaine, il faudra venir à nos bureaux faire le point, pas en visio.',
      'J’aimerais que vous passiez chaque lundi matin au bureau pour faire le point en personne.',
      'Tu seras là tous les jeudis à l’atelier, qu’on regarde l’avancement ensemble.',
      'Chaque semaine, un rendez-vous en présentiel chez nous, le mercredi à 9h.',
      "Tu serais présent dans nos bureaux du mardi au vendredi, aux heures d'ouverture.",
      'Vous assurerez une permanence sur le stand chaque jour de 11h à 17h.',
      "On aura besoin de toi à l'accueil tous les matins de 9h à 12h.",
      'Nous vous attendons dans nos locaux du lundi au mercredi, aux horaires du bureau.',
      "Tu seras d'astreinte au dépôt tous les mardis.",
      'Vous tiendrez la caisse de la boutique tous les dimanches.',
      "J'aimerais que vous soyez au comptoir chaque après-midi de 14h à 18h.",
    ],
    quiet: [
      'Je suis sur notre Slack du lundi au jeudi si besoin.',
      'Nos équipes travaillent dans nos locaux du lundi au vendredi.',
      'Que vous travailliez depuis chez vous ou ailleurs, peu importe.',
      'Pourrais-tu te connecter sur notre Teams mardi pour la démo ?',
      'Je viendrai chaque vendredi à ton atelier, si ça te va.',
      'On peut faire le point mardi à l’agence si ça t’arrange ?',
      'Je passerai à ton atelier mardi pour voir les maquettes.',
      'Nos locaux sont ouverts du lundi au jeudi aux heures de bureau.',
      'Je serai présente dans vos locaux du lundi au jeudi.',
      'Tu peux venir travailler chez nous quand tu veux, du lundi au vendredi.',
      'Notre équipe tient le stand tous les jours de 10h à 16h.',
      "Tu seras à l'atelier du lundi au mercredi la semaine prochaine pour le tournage prévu.",
      'Vous seriez disponible jeudi à 10h pour passer à l’agence ?',
    ],
  },
});
