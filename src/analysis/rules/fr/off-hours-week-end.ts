import { sentOn } from '../../rule.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { THIRD_PARTY_MOMENT } from '../../deadlines/third-party-moment.ts';
import { WISHED_WEEKEND } from '../../deadlines/wished-time.ts';

/** Demande de travailler ou d'être présent le week-end. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/week-end',
    category: 'off_hours',
    lang: 'fr',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work at the weekend, outside your working days.',
      fr: 'Vous demande de travailler le week-end, hors de vos jours de travail.',
    },
    cue: /seule? (?:option|solution|possibilite)|week-?end|\bwe\b|samedi|dimanche|\bsam\b|7 ?j|7 jours|24 ?h/,
    patterns: [
      // Demandes feutrées : « si jamais tu avais une petite heure ce week-end », « au cas où vous auriez un moment samedi »
      /\b(?:un (?:petit )?moment|une (?:petite )?heure|(?:deux|trois|quelques) heures|un peu de temps|un (?:petit )?creneau|une (?:petite )?demi-heure|une (?:petite )?matinee|un apres-midi|une heure ou deux) (?:de libre |de dispo )?(?:ce |le |pendant le |durant le |ce prochain )?(?:week-?end|samedi|dimanche)\b/,
      // « week-end » comme moment, pas comme nom : « l'édition du week-end », « Weekend Studio ».
      /(?<!\bavant )\b(?:ce|le|du|au|pendant le|durant le|tout le|sur le|un|ton|votre|les|chaque|tous les) (?:week-?ends?|we)\b(?=\s*(?:$|[.,;:!?)\n-]|(?:et|ou|si|aussi|compris|inclus|prochain|sur deux|pour|afin|car|mais|meme|svp|stp|s'il|histoire|de preference|idealement|prolonge|de paques|de la pentecote|de l'ascension)\b))/,
      /\b(?:week-?ends? (?:compris|inclus)|(?:y compris|meme) (?:le |les )?(?:week-?ends?|samedis?|dimanches?)|(?:samedis?|sam)(?: \d{1,2}(?:er)?)? (?:et|ou|&|\/) (?:dimanches?|dim)(?: \d{1,2})?(?: compris| inclus)?|7 ?j ?(?:\/|sur) ?7|7 jours sur 7|24 ?h ?(?:\/|sur) ?24)\b/,
      /\b(?:travailler|bosser|etre (?:la|dispo|disponible|present|presente|joignable|en ligne)|venir|livrer|finir|terminer|boucler|regarder|t'y mettre|vous y mettre)\b[^.?!\n]{0,25}\b(?:(?:ce|le|un|des) )?(?:samedi|dimanche)s?\b/,
      // "tu pourrais le caser dimanche ?", "faire les corrections samedi matin", "le week-end est la seule option"
      /\b(?:caser|faire (?:les?|la|l'|ca|ces|cette|ce|tes|vos)|corriger|reprendre|avancer|relire|envoyer|checker|traiter|gerer|t'en occuper|vous en occuper|bosser dessus|attaquer|modifier|mettre a jour|publier|poster|lancer|jeter un (?:oeil|coup d'oeil)|y jeter un (?:oeil|coup d'oeil)|verifier|tester|valider|installer|monter|retoucher)\b[^.?!\n]{0,25}\b(?:(?:ce|le|un|des) )?(?:samedi|dimanche)s?\b/,
      /\b(?:le )?week-?end (?:est|serait|reste|sera) (?:la|notre) seule? (?:option|solution|possibilite|fenetre|chance|creneau)\b/,
      // Le moment souhaité pour le lecteur : « le moment idéal serait dimanche soir », « l'idéal, ce serait samedi matin ».
      /\b(?:le moment (?:ideal|parfait|reve)|le creneau ideal|l'ideal|le mieux|le plus pratique)(?: pour (?:nous|moi))?,? (?:ce )?(?:serait|sera|c'est|ce serait)\b[^.?!\n]{0,12}?\b(?:(?:ce|le) )?(?:samedi|dimanche|week-?end)\b(?! (?:dernier|passe))/,
      // A plain request with the work set on the weekend day itself, whatever the verb: « vous pourriez le
      // photographier dimanche matin », « tu pourrais passer samedi ? ». Not a day named as a deadline (« avant
      // samedi », « pour dimanche »), a past day or the day of something (« les photos de samedi »), nor a clause
      // with its own subject or a weekday choice in between.
      /\b(?:(?:tu|vous) (?:pourrais|pourriez|pourras|pourrez|peux|pouvez|saurais|sauriez)|si (?:tu|vous) (?:pouvais|pouviez)|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|(?:tu serais|vous seriez) (?:dispo|disponibles?|d'accord|partante?s?) pour)\b(?:(?!\b(?:que|qu'|si|quand|lorsque|ou|on|je|j'|il|ils|elle|elles|lundi|mardi|mercredi|jeudi|vendredi)\b)[^.?!\n]){1,40}?(?<!\b(?:de|du|d'|avant|d'ici|pour|jusqu'a|jusqu'au|depuis|apres|des) (?:ce |le )?)\b(?:samedi|dimanche)s?\b(?! (?:dernier|passe|prochain soir))/,
      /\bbesoin de (?:toi|vous)\s+(?:ce |le |un |des )?(?:samedi|dimanche|week-?end)s?\b/,
      // The work set on the weekend in a subjunctive wish: "que vous les boucliez samedi", "que tu fasses ça dimanche".
      /\b(?:samedi|dimanche)(?<=\bque (?:tu|vous) (?:les? |la |l'|y |nous |me )?[a-z]+(?:iez|ies|es|e|s)\b[^.?!\n]{0,25}(?:samedi|dimanche))\b/,
      // The only slot is on the weekend, so the reader must be there: "libre que samedi, il faudrait donc que tu sois là".
      /\b(?:samedi|dimanche|week-?end)s?\b[^.?!\n]{0,60}?\b(?:donc|alors|du coup|ce qui veut dire)\b[^.?!\n]{0,30}?\bque (?:tu sois|vous soyez|tu viennes|vous veniez) (?:la|present|presente|sur place|au studio|dispo|disponible)?\b/,
      // Un samedi ou un dimanche daté ou à l'heure, la demande dedans ou à côté : « pourriez-vous venir ? Ce serait le
      // dimanche 9 mars, de 10h à midi », « la seule date possible : samedi soir, vers 21 h ».
      // Pas une réunion passée (« on s'est vus samedi 2 mars »), une échéance en semaine après (« avant jeudi ») ni une
      // invitation en invité plus loin.
      /(?<!\b(?:vus|eu lieu|etait|etions|avait|avions|dernier)\b[^.?!\n]{0,30})\b(?:samedi|dimanche)s?(?![^.?!\n]*\b(?:avant|d'ici|pour|au plus tard) (?:lundi|mardi|mercredi|jeudi|vendredi)\b)(?![\s\S]{0,600}?\b(?:guests?|invit\w*)\b) (?:\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|(?:(?:matin|soir|apres-midi),? )?(?:de|des|vers|a partir de|a|entre) \d{1,2} ?h)/,
    ],
    unless: [
      THIRD_PARTY_MOMENT.fr,
      // Les horaires d'un établissement : « une clinique ouverte 24h/24 ».
      /\bouverte?s?\b[^.?!\n]{0,20}?\b(?:24 ?h ?(?:\/|sur) ?24|7 ?j ?(?:\/|sur) ?7|7 jours sur 7)/,
      // Les horaires du client lui-même : « nous sommes une entreprise de dépannage 24h/24 et 7j/7 ».
      /\b(?:nous sommes|on est|notre (?:entreprise|societe|service|equipe|standard|boutique|magasin)|nos (?:equipes|techniciens|services))\b[^.?!\n]{0,50}?\b(?:24 ?h ?(?:\/|sur) ?24|7 ?j ?(?:\/|sur) ?7|7 jours sur 7)/,
      // Ce que fait le client lui-même à toute heure : « on intervient 7j/7, nuit et week-end compris », « nous
      // dépannons 24h/24 », ou son service décrit : « (service de garde 24h/24, douze salariés) ».
      /\b(?:on|nous) (?:intervient|intervenons|travaille|travaillons|tourne|tournons|assure|assurons|repond|repondons|depanne|depannons|livre|livrons|opere|operons|accueille|accueillons|soigne|soignons)\b[^.?!\n]{0,30}?(?:\b24 ?h ?(?:\/|sur) ?24|\b7 ?j ?(?:\/|sur) ?7|\b7 jours sur 7|week-?ends? (?:compris|inclus))|\b(?:service|permanence) (?:de garde|d'urgences?|de depannage|d'astreinte)\s*(?:assuree?\s*)?(?:24 ?h ?(?:\/|sur) ?24|7 ?j ?(?:\/|sur) ?7)(?=\s*[,;)])/,
      WISHED_WEEKEND.fr,
      /\b(?:je suis|nous sommes|on est|je serai|nous serons|on sera|je pars|on part|nous partons|les bureaux sont|le bureau est) (?:absente?s?|en deplacement|en conges?|en vacances|fermee?s?|pas la|indisponibles?|partie?s?|a|au|off)\b/,
      // Le week-end pris de l'expéditeur lui-même : « je suis de garde tout le week-end, on se voit lundi ».
      /\b(?:je suis|nous sommes|on est|je serai|nous serons|on sera|je bosse|je travaille|nous travaillons|on bosse) (?:moi-meme |moi aussi |encore |deja )?(?:de garde|d'astreinte|de permanence|de service|prise?s?|occupee?s?|debordee?s?|malades?|coincee?s?|en (?:tournage|formation|mission|seminaire|salon|famille|reportage|concert|tournee))\b/,
      /\bedition du (?:week-?end|samedi|dimanche)\b/,
      // La date d'un événement, dite sans rien demander au lecteur : « le festival aura lieu le dimanche 14 juin ».
      /\b(?:aura lieu|a lieu|se tiendra|se tient|se deroulera|se deroule|est prevue?|tombe)\b(?![^.?!\n]*(?:\b(?:tu|vous|te|toi|ta|ton|votre)\b|\bt'))/,
      /\b(?:samedi|dimanche|week-?end) (?:dernier|passe)\b/,
      // Ce que le jour a produit : « les photos de samedi », « le compte rendu du dimanche ».
      /\b(?:photos?|images?|videos?|rushs?|rushes|compte[- ]rendu|notes?|chiffres|ventes|resultats|commandes|captations?) (?:de|du) (?:ce |le )?(?:samedi|dimanche)\b/,
      // L'événement du client ou une échéance avant lui : « avant le salon de samedi », « la fête samedi ».
      /\b(?:avant|d'ici|pour) (?:le|la|notre|nos|mon|ma) \w+(?: \w+)? (?:de|du|ce) (?:samedi|dimanche)\b/,
      /\b(?:fete|apero|barbecue|bbq|anniversaire|mariage|pot|diner|dejeuner|brunch|pique-nique|match|concert|portes ouvertes)\b/,
      // Le client libère le week-end que l'indépendant s'était donné : « tu comptais finir samedi : pas besoin ! »
      /\b(?:pas besoin|nul besoin|inutile|pas la peine|ne (?:te|vous) sen(?:s|tez) pas oblige)\w*\b[^.?!\n]{0,30}?\b(?:week-?ends?|we|samedis?|dimanches?)\b/,
      /\b(?:tu comptais|vous comptiez|tu prevoyais|vous prevoyiez|tu avais prevu|vous aviez prevu)\b(?![^.?!\n]*\b(?:mais|cependant|pourtant)\b)/,
      // Le salon ou l'événement du client, où l'on invite sans faire travailler.
      /\b(?:notre|nos) (?:stand|boutique|equipe|salon|evenement|portes ouvertes)s? (?:sera|seront|est|sont)\b/,
      // Le week-end passé de l'expéditeur : « on a laissé mûrir les pistes pendant le week-end », « j'ai réfléchi ce week-end ».
      // Celui d'un tiers aussi : « notre directrice artistique a rejeté un œil ce week-end ».
      /\b(?:j'ai|j'avais|on a|on avait|nous avons|nous avions|(?:il|elle|ils|elles|(?:notre|nos|mon|ma|mes|le|la|les|son|sa|leur|leurs) [a-z'-]+(?: [a-z'-]+)?) (?:a|avait|ont|avaient))(?: (?:bien|beaucoup|longuement|enfin|un peu|tranquillement))? (?!(?:un|une|des|du|le|la|les|pas|plus|besoin|tout|rien)\b)\w+(?:e|i|u|is|it|ert|eint)s?\b[^.?!\n,;]{0,50}?\b(?:pendant le|durant le|ce|le|du|tout le|au cours du) (?:week-?end|we|samedi|dimanche)\b/,
    ],
    examples: {
      fires: [
        // Un samedi daté ou demandé au lecteur reste demandé, même avec des livraisons dans la phrase.
        'Tu pourrais venir filmer les paniers livrés samedi 14 mars à 9h ?',
        'Ce serait génial si tu pouvais passer le dimanche matin, vers 10h, pour les portraits.',
        'Le moment idéal serait dimanche après-midi, quand le magasin est fermé.',
        "L'idéal, ce serait samedi matin pour le montage de l'expo.",
        // Un rendez-vous fixé au passé composé reste demandé.
        ...sentOn('2026-03-16T10:00:00+01:00', 'On a calé la réunion samedi à 9h, tu pourras venir ?'),
        // Un samedi ou un dimanche daté ou à l'heure, la demande à côté.
        'Pourriez-vous animer la visite ? Ce serait le dimanche 9 mars, de 10h à midi.',
        'Le seul créneau du comité, c’est samedi matin, dès 8h. Tu pourrais venir présenter ?',
        'Tu pourrais couvrir le tournoi samedi 12 avril ?',
        "Le studio n'est libre que samedi après-midi, il faudrait donc que tu sois là.",
        'Le plus simple, ce serait que vous les boucliez samedi, quand le site est calme.',
        'On a un lancement lundi, tu peux bosser ce week-end ?',
        'Tu pourrais jeter un coup d’œil aux épreuves dimanche matin ?',
        'Au cas où tu aurais une heure de libre samedi, tu pourrais reprendre le menu ?',
        'Si jamais vous aviez un petit moment ce week-end pour jeter un œil aux légendes, ce serait top.',
        'Tu pourrais avancer dessus ce week-end ?',
        'Il faudra rester joignable, week-end compris.',
        'Il faut que tu restes joignable un week-end sur deux.',
        'Pouvez-vous être disponible samedi et dimanche ?',
        'Merci de livrer ce samedi si possible.',
        'Pendant la foire (samedi 4 et dimanche 5), il faudra que tu restes joignable pour les mises à jour.',
        'Tu comptais finir vendredi, mais tu pourrais travailler dessus samedi ?',
        'Tu pourrais le caser dimanche ?',
        'Tu pourrais faire les corrections samedi matin ?',
        'Il nous faut tout lundi matin, le week-end est la seule option.',
        'On a besoin de toi dimanche pour la migration.',
        'Tu pourrais venir le week-end prolongé pour aider au déménagement ?',
        // Une demande simple, le travail posé sur le jour de week-end lui-même.
        'Vous pourriez shooter la terrasse dimanche matin, quand le soleil est bas ?',
        'Tu pourrais passer au magasin samedi ?',
        'Pourriez-vous photographier la maison témoin dimanche ?',
        'Tu pourrais animer la dégustation samedi après-midi ?',
        'Vous pourriez tourner les plans du chantier samedi 9h ?',
        'Tu serais dispo pour filmer la remise des prix dimanche ?',
        'Peux-tu repeindre la vitrine samedi matin, avant l’ouverture ?',
        'Vous pouvez accrocher les cadres dimanche ?',
      ],
      quiet: [
        // Les horaires d'un produit ou d'un service du client, et ce que quelqu'un fait soi-même le week-end.
        "Notre traiteur propose des plateaux livrés le dimanche entre 11h et 14h ; il nous faudrait un flyer d'ici mardi.",
        'C’est pour notre brunch servi le samedi de 10h à 15h, tu pourrais proposer deux pistes de logo ?',
        'Mon fils voudrait publier les photos lui-même le dimanche matin, est-ce que le site le permet ?',
        'Je fais la mise en rayon moi-même samedi, donc aucun souci pour le planning.',
        'Pourriez-vous tout caler avant le week-end ?',
        "Si tu pouvais venir samedi dernier, c'était bien, mais ce n'est plus d'actualité.",
        "Le moment idéal serait mardi, après le week-end de l'inauguration.",
        // Un week-end raconté, pas demandé : déjà passé, ou la date de l'événement du client.
        ...sentOn(
          '2026-03-16T10:00:00+01:00',
          "Notre directrice l'a relu ce week-end et voudrait deux ou trois retouches. Pourriez-vous reprendre le titre ?",
          "J'ai vu que vous m'aviez répondu samedi soir, vers 22h : ce n'était pas du tout nécessaire ! Vous pouvez facturer la séance.",
          "La braderie aura lieu le dimanche 19 avril sur la place, on attend une centaine de stands. Tu pourrais m'envoyer le devis cette semaine ?",
        ),
        'On ouvre la cave dimanche 7 juin dès 17h : pourrais-tu passer ? Tu viens en invitée, rien à faire.',
        'Le salon ouvre samedi 12 avril, pourrais-tu envoyer les affiches avant jeudi ?',
        // Les horaires du client lui-même, dits par ce qu'il fait ou par son service.
        'On dépanne 7j/7, week-end compris, mais notre site ne ressort jamais : combien pour le refaire ?',
        'Nous intervenons 24h/24 chez nos clients ; pourriez-vous nous proposer un nouveau logo ?',
        'On livre 7 jours sur 7 dans tout le canton, et on cherche quelqu’un pour nos réseaux sociaux.',
        'Je gère une pharmacie (permanence de garde 24h/24, six salariés) et je voudrais un site plus clair.',
        'Notre cabinet assure un service d’urgences 7j/7 ; quels seraient vos tarifs pour une refonte ?',
        'Nous accueillons les animaux 24h/24 et voudrions un audit de notre réseau.',
        "L'entreprise de menuiserie pose la terrasse ce week-end, vous pourrez la voir lundi.",
        'Je gère une pharmacie de garde ouverte 24h/24 ; pourriez-vous nous proposer un devis pour le site ?',
        'Je voulais juste que tu saches que samedi dernier la vitrine a fait un carton.',
        'Le salon est samedi, donc on aimerait que tu envoies les visuels mardi.',
        'Portes ouvertes ce week-end : on serait ravis de te voir, rien à préparer !',
        'Le passage où elle parle des gardes du week-end est très fort, tu peux le garder tel quel ?',
        'On a laissé reposer les maquettes pendant le week-end et la deuxième nous plaît davantage.',
        "J'ai bien réfléchi aux slogans ce week-end.",
        'Nous sommes un service de livraison 7j/7 et nous aimerions refaire notre site.',
        'Notre standard répond 24h/24 ; nous aimerions une nouvelle charte graphique.',
        'Notre directrice artistique a rejeté un œil sur la couverture ce week-end et se demande si le titre pourrait grossir.',
        'Mon associé a relu tout le texte pendant le week-end, il a deux remarques.',
        'Les membres du jury ont regardé les visuels samedi ; tu peux passer mardi ?',
        'Le salon a lieu samedi et dimanche. Tu pourrais m’envoyer les flyers d’ici jeudi ?',
        'Toute l’équipe est en congé ce week-end, rien à faire de ton côté.',
        'Prends un moment ce week-end pour te reposer, tu l’as mérité.',
        'Bon week-end !',
        'Je suis absente ce week-end, on se reparle lundi.',
        'Je suis de garde tout le week-end, je te rappelle lundi pour les plans.',
        "Je suis d'astreinte samedi et dimanche, on se voit mardi pour l'état des lieux.",
        'Nous sommes en tournage tout le week-end, la réunion glisse à lundi.',
        'On est coincés en salon tout le week-end, on regarde ta maquette lundi.',
        'Je bosse en tournée ce week-end, réponds-moi quand tu veux.',
        'Je suis de permanence ce week-end, donc la signature attendra lundi.',
        "Je suis en formation samedi, donc on cale l'appel vendredi.",
        'Pas besoin de travailler le week-end, lundi suffit.',
        "L'édition du week-end part samedi, merci pour ton aide.",
        'Nous tenons un stand au salon ce week-end, venez nous voir si le cœur vous en dit.',
        'Tu prévoyais de boucler dimanche ? Inutile de bosser ce week-end, mercredi ira très bien.',
        "On fait la fête samedi pour les dix ans de l'agence, tu viens ?",
        'Tu peux envoyer la bannière avant le salon de samedi ?',
        // Le jour de week-end comme échéance, jour passé, objet du jour, autre sujet ou choix de jours.
        'Tu pourrais préparer l’affiche pour samedi ?',
        'Vous pourriez me dire si samedi vous convient pour la remise des clés ?',
        'Tu pourrais le faire jeudi ou samedi, comme tu veux ?',
        'Tu peux me confirmer qu’on livre samedi ?',
        'Vous pourriez retoucher les photos de samedi ?',
        'Tu pourrais m’envoyer le compte rendu du dimanche ?',
        'Tu pourrais reprendre la page que tu as faite samedi dernier ?',
        'Vous pourriez ajouter les horaires où le magasin ouvre le dimanche ?',
      ],
    },
  }),
  1,
);
