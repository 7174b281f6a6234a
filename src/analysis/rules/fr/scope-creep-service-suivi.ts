import { phraseRule } from '../../phrase-rule.ts';

/*
 * Un service suivi confié comme s'il allait de soi : faire vivre un compte, une newsletter, des
 * publications à un rythme (« que tu lances notre Instagram avec trois posts par semaine », « une
 * lettre d'info mensuelle »), ou une tâche de plus attribuée au futur avec « également / en plus »
 * (« vous gérerez également la page du fondateur »). Les comptes rendus sur la mission elle-même sont
 * du reporting, pas un service nouveau.
 */
const ASK = String.raw`(?:il s'agirait de|il s'agira de|l'idee serait de|on aimerait|nous aimerions|j'aimerais|on voudrait|nous voudrions|je voudrais|on souhaiterait|nous souhaiterions|je souhaiterais|(?:ce|ca) serait (?:top|super|genial|bien|parfait|ideal|cool|chouette|gentil|le fun|trippant|nice)|l'ideal serait|on compte sur (?:toi|vous) pour|(?:tu|vous) (?:pourrais|pourriez|peux|pouvez|pourras|pourrez)|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|merci de|il faudrait|il faudra)`;
const RUN = String.raw`(?:reprendre|reprennes|repreniez|(?:re)?lances?|(?:re)?lanciez|(?:re)?lancer|animes?|animiez|animer|geres?|geriez|gerer|prennes? en (?:main|charge)|preniez en (?:main|charge)|prendre en (?:main|charge)|t'occupes? d|vous occupiez d|t'occuper d|vous occuper d|alimentes?|alimentiez|alimenter|tiennes|teniez|tenir|rediges?|redigiez|rediger|prepares?|prepariez|preparer|publies?|publiiez|publier|fasses vivre|fassiez vivre|faire vivre|moderes?|moderiez|moderer|ecrives|ecriviez|ecrire|creer|crees|creiez|mettre en place|mettes en place|mettiez en place|envoyer|envoies|envoyiez|repondre|repondes|repondiez)`;
const LIVING = String.raw`(?:instagram|insta|facebook|tiktok|linkedin|youtube|pinterest|twitter|reseaux(?: sociaux)?|newsletters?|lettres? d'info(?:rmation)?|infolettres?|blog|communaute|forum|campagnes?|publicites?|pubs|page|compte|chaine|articles?|publications?|posts?|stories|reels?|videos?|podcasts?|mails? (?:clients?|des clients)|emails? (?:clients?|des clients)|service client|boite mail|mailings?|referencement|seo)`;
const RHYTHM = String.raw`(?:chaque (?:jour|semaine|mois|trimestre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin)|tous les (?:jours|mois|lundis|mardis|mercredis|jeudis|vendredis|trimestres|matins)|toutes les (?:semaines|deux semaines)|par (?:jour|semaine|mois|trimestre)|hebdo(?:madaires?)?|mensuel(?:le)?s?|trimestriel(?:le)?s?|quotidien(?:ne)?s?|au quotidien|regulierement|desormais|dorenavant|a partir du mois prochain|de facon reguliere|en continu)`;
/** Une tâche attribuée au futur : « vous gérerez », « tu t'occuperas ». */
const WILL_RUN = String.raw`(?:(?:tu|vous) (?:gereras|gererez|animeras|animerez|redigeras|redigerez|prendras en (?:main|charge)|prendrez en (?:main|charge)|assureras|assurerez|publieras|publierez|alimenteras|alimenterez|prepareras|preparerez|ecriras|ecrirez|creeras|creerez|lanceras|lancerez|realiseras|realiserez|concevras|concevrez|traduiras|traduirez|monteras|monterez|tourneras|tournerez|photographieras|photographierez|feras|ferez)|tu t'occuperas|vous vous occuperez|tu te chargeras|vous vous chargerez)`;
const ALSO = String.raw`(?:egalement|aussi|en plus|en outre|de plus|par ailleurs|en sus)`;

export default phraseRule({
  id: 'scope-creep/service-suivi',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Hands you a running service (a channel, a newsletter, regular posts) or one more task as if it came with the job: it is new work to quote separately.',
    fr: 'Vous confie un service suivi (un réseau, une newsletter, des publications régulières) ou une tâche de plus comme si elle faisait partie de la mission : c’est un travail nouveau, à chiffrer à part.',
  },
  cue: /\b(?:routine|chaque|tous les|toutes les|par (?:jour|semaine|mois|trimestre)|hebdo|mensuel|trimestriel|quotidien|regulierement|desormais|dorenavant|a partir du mois prochain|en continu|egalement|aussi|en plus|en outre|de plus|par ailleurs|en sus|proposer|trouver|recommander|denicher|selectionner|recruter|suggerer)/,
  patterns: [
    // « Tu peux ajouter ça à ta routine ? », « vous pourriez l'intégrer à vos tâches du mois ? » : le travail nouveau
    // greffé sur la tournée habituelle.
    /\b(?:routine|taches (?:du mois|de la semaine|habituelles|mensuelles|hebdomadaires)|tournee|missions? (?:habituelles?|mensuelles?|du mois))\b(?<=\b(?:ajout\w*|rajout\w*|integr\w*|mettre|mets|mettez|glisser|glisse[zr]?)\s+(?:ca|cela|ceci|ca aussi|les|le|la|l')?\s*(?:a|dans)\s+(?:ta|votre|tes|vos)\s+(?:routine|taches (?:du mois|de la semaine|habituelles|mensuelles|hebdomadaires)|tournee|missions? (?:habituelles?|mensuelles?|du mois)))/,
    // « Tu pourrais commencer à monter deux extraits par épisode, désormais ? »
    /\bcommencer\s+a\s+(?<=\b(?:pourr(?:ais|iez)|peux|pouvez)(?:-(?:tu|vous))?\s+(?:aussi\s+)?commencer\s+a\s+)(?!(?:envoyer|transmettre|facturer|mettre en copie|nommer|dater|noter|utiliser|appeler|repondre)\b)[a-z]{3,}(?:er|ir|re)\b[^.?!\n]{0,60}?\b(?:desormais|dorenavant|a partir de maintenant|chaque|tous les|toutes les)\b/,
    // « on aimerait que tu lances notre compte Instagram avec trois publications par semaine »
    new RegExp(
      String.raw`\b${ASK}\s+(?:que\s+|qu'|de\s+|d')?(?:(?:tu|vous|nous|on)\s+)?(?:\w+\s+){0,2}?${RUN}[^.?!\n]{0,50}?\b${LIVING}\b[^.?!\n]{0,60}?\b${RHYTHM}\b`,
    ),
    // « - et nous préparer une lettre d'info mensuelle pour nos adhérents » : une ligne de liste qui commande.
    new RegExp(
      String.raw`(?:^|[*•-]\s*)(?:et\s+|puis\s+|aussi\s+)?(?:nous\s+|me\s+)?(?:lancer|animer|gerer|prendre en (?:main|charge)|alimenter|rediger|preparer|publier|faire vivre|ecrire|creer|mettre en place|envoyer)\s+(?:un|une|des|notre|nos|le|la|les)\s+(?:\w+\s+)?${LIVING}\s+(?:\w+\s+)?${RHYTHM}`,
      'm',
    ),
    // « vous gérerez également la page de notre fondateur », « vous rédigerez en plus un article chaque mois »
    new RegExp(
      String.raw`\b${WILL_RUN}\s+(?:\w+\s+){0,2}?${ALSO}\b(?!\s+(?:attention|signe|le point|un point|un retour|parvenir))`,
    ),
    new RegExp(
      String.raw`\ben plus (?:du|de la|des|de l'|de nos|de notre|de ton|de votre)\b[^.?!\n]{0,50}?\b${WILL_RUN}\b`,
    ),
    // « Tu vas aussi nous développer le module ? » : le futur proche, « aussi » avant le verbe.
    /\b(?:tu vas|vous allez)\s+(?:aussi|egalement|en plus)\s+(?:nous\s+|me\s+)?(?:gerer|animer|rediger|prendre en (?:main|charge)|assurer|publier|alimenter|preparer|ecrire|creer|lancer|realiser|concevoir|traduire|monter|tourner|photographier|faire|developper|coder|integrer)\b/,
    // « on a aussi besoin d'un petit tableau de bord, en plus de l'appli » : un livrable de plus, dit comme un besoin.
    /\b(?:on a|nous avons|j'ai|on aurait|nous aurions|j'aurais|il nous faut|il nous faudrait|il me faut|il me faudrait)\s+(?:(?:aussi|egalement|en plus)\s+)?(?:besoin\s+)?(?:(?:aussi|egalement|en plus)\s+)?(?:d'|de\s+)?(?:un|une)\s+[^.?!\n]{0,60}?\ben plus (?:du|de la|de l'|des|de notre|de nos|de ton|de votre)\b/,
    /\ben plus (?:du|de la|de l'|des|de notre|de nos|de ton|de votre)\b[^.?!\n]{0,40}?,\s*(?:on a|nous avons|j'ai|on aurait|nous aurions|j'aurais|il nous faut|il nous faudrait|il me faut|il me faudrait)\s+(?:(?:aussi|egalement)\s+)?(?:besoin\s+)?(?:(?:aussi|egalement)\s+)?(?:d'|de\s+)?(?:un|une)\b/,
    // « vous pourriez également nous proposer quelques candidats ? » : chercher des gens ou des lieux est un autre métier.
    /\b(?:pourr(?:ais|iez|ez|as)|peux|pouvez)(?:-(?:tu|vous))?\s+(?:egalement|aussi|en plus)\s+nous\s+(?:proposer|trouver|recommander|denicher|selectionner|recruter|chercher|suggerer|presenter|conseiller)\s+(?:\w+\s+){0,3}?(?:candidats?|candidates?|profils?|prestataires?|fournisseurs?|imprimeurs?|photographes?|traducteurs?|traductrices?|developpeurs?|stagiaires?|lieux|lieu|salles?|traiteurs?|partenaires?|freelances?|agences?|artisans?|intervenants?)\b/,
  ],
  unless: [
    /\b(?:devis|offre (?:separee|a part|distincte)|chiffr\w*|combien|tarif|budget|facture|a part|en supplement|hors (?:mission|devis|contrat|forfait|perimetre))\b/,
    /\b(?:comme d'habitude|comme convenu|comme prevu|comme d'hab|comme avant|nous-memes|en interne|notre stagiaire|notre equipe s'en|on s'en occupe|nous nous en occupons)\b/,
    /\b(?:merci d'avoir|merci pour)\b/,
    /\b(?:compte rendu|comptes rendus|point d'avancement|rapport|bilan|recap|avancement|suivi du projet)\b/,
  ],
  examples: {
    fires: [
      "Il s'agirait de reprendre la page Facebook de l'association et une infolettre mensuelle.",
      'Tu peux ajouter ça à ta routine ? Ce sont deux extraits par émission.',
      'Pourriez-vous commencer à animer un atelier photo chaque mois ?',
      'Il nous faudrait aussi un petit module de réservation, en plus de la vitrine.',
      'En plus des fiches produit, on aurait besoin d’une page FAQ.',
      'On aimerait que tu relances notre compte TikTok avec deux vidéos par semaine.',
      'Vous pourriez prendre en main notre page LinkedIn et y publier chaque mardi ?',
      '- et nous rédiger une infolettre trimestrielle pour nos donateurs',
      'Ce serait top que tu animes notre Insta, genre 3 stories par semaine.',
      'Ça serait le fun que tu gères notre page Facebook, genre un post par semaine.',
      'Tu t’occuperas également de la page de notre directrice, en plus de celle de la marque.',
      'Vous rédigerez en plus un article de blog chaque mois.',
      'Tu vas aussi nous développer le module de réservation, c’est bien ça ?',
      'En plus du catalogue, vous gérerez notre chaîne YouTube.',
      'Pourriez-vous aussi nous trouver deux ou trois imprimeurs fiables ?',
    ],
    quiet: [
      'Tu peux ajouter ça à ta facture du mois ?',
      'Pourriez-vous commencer à envoyer les factures chaque fin de mois ?',
      'En plus du site, nous avons un compte Instagram que nous gérons nous-mêmes.',
      'Nous publions trois fois par semaine sur Instagram, c’est notre stagiaire qui s’en occupe.',
      "Je sais que la newsletter n'entre pas dans la mission : pourriez-vous nous faire une offre séparée ?",
      'Merci d’avoir lancé notre compte Instagram !',
      'Vous recevrez également la facture par courrier.',
      'Comme convenu, vous rédigerez deux articles par mois.',
      'Tu pourrais nous envoyer un compte rendu chaque vendredi ?',
      'Vous ferez aussi attention aux couleurs de la charte.',
    ],
  },
});
