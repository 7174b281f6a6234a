import { phraseRule } from '../../phrase-rule.ts';

/** Exclusivité réclamée : pas d'autres clients, disponible à 100 % pour nous, toujours prioritaires. */
export default phraseRule({
  id: 'availability-control/exclusivity',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Asks you to keep yourself for this client alone: who else you work for is your business, not theirs.',
    fr: 'Vous demande de vous réserver à ce seul client : pour qui d’autre vous travaillez ne regarde que vous.',
  },
  cue: /avec nous en exclusivite|pour nous en exclusivite|personne d'autre|aucune? autre|\b(?:concurren|prioritaire|(?:autres?|nouveaux?|nouvelles?) (?:clients?|projets?|missions?|contrats?|mandats?|boulots?)|exclusi|100 ?%|a plein temps|priorit|entierement|totalement|pleinement|uniquement pour|que pour (?:nous|moi))/,
  patterns: [
    // « tu bosseras avec nous en exclusivité jusqu'à la fin de l'année »
    /\b(?:travaill\w*|boss\w*|collabor\w*|bosser)\s+(?:avec|pour)\s+(?:nous|moi)\s+(?:\w+\s+)?en exclusivite\b/,
    // "on aimerait que tu ne travailles pour personne d'autre"
    /\b(?:tu|vous|de)\s+(?:ne|n')\s*(?:travaill\w*|boss\w*|bosser|prest\w*)\s+(?:pour|avec|chez)\s+(?:personne|aucun(?:e)?)\s+(?:d'autre|autre)\b/,
    // "on préférerait que tu ne prennes pas d'autres clients", "merci de ne pas accepter d'autres missions"
    /(?:\bne\s+|\bn')(?:pas\s+|plus\s+)?(?:prendre|prennes|preniez|prenez|accepter|acceptes|acceptiez|acceptez|signer|signes|signiez|signez|travailler pour|travailles pour|travailliez pour|bosser pour|bosses pour)\s+(?:pas\s+|plus\s+)?(?:d'|de\s+)?(?:autres?|nouveaux|nouvelles)\s+(?:clients?|projets?|missions?|contrats?|mandats?|boulots?)\b/,
    /\b(?:aucun|aucune|pas d')\s*autres?\s+(?:clients?|projets?|missions?|contrats?|mandats?)\s+(?:\w+\s+){0,4}?(?:pendant|d'ici|jusqu'|en attendant|tant que|a cote|en parallele)/,
    /\b(?:travaill\w*|boss\w*|etre|sois|soyez|rester|restes|restiez)\s+(?:\w+\s+)?(?:en exclusivite|exclusivement|uniquement|seulement)\s+(?:pour|avec)\s+(?:nous|moi|notre)\b/,
    // "disponible à 100 % pour nous", "entièrement dédié à notre projet"
    /\b(?:disponible|dispo|dedie|dediee|consacre|consacree|mobilise|mobilisee)s?\s+(?:a 100 ?%|a plein temps|entierement|totalement|pleinement|exclusivement|uniquement|que)\s+(?:pour|a|au)\s+(?:nous|moi|notre|nos|ce projet)\b/,
    /\b(?:entierement|totalement|pleinement|exclusivement|100 ?%)\s+(?:disponible|dispo|dedie|dediee|consacre|consacree)s?\s+(?:pour|a|au)\s+(?:nous|moi|notre|nos|ce projet)\b/,
    // "qu'on soit ta priorité", "nous passer en priorité dès qu'on t'écrit"
    /\b(?:qu'on soit|que nous soyons|etre|rester|considere(?:z|r)?-nous comme|fais(?:-nous)?|faites(?:-nous)?)\s+(?:toujours\s+)?(?:ta|votre)\s+(?:premiere\s+|grande\s+|absolue\s+)?priorite\b/,
    /\b(?:nous|me)\s+(?:passer|passes|passiez|mettre|mettes|mettiez|faire passer)\s+(?:toujours\s+)?(?:en priorite|en premier|avant (?:tes|vos) autres clients)\s+(?:\w+\s+){0,2}?(?:des qu|quand|chaque fois|a chaque)/,
    // "ne travaille pas pour nos concurrents", "être prioritaires sur ton planning"
    /\b(?:ne|n')\s*(?:pas\s+)?(?:travaill\w*|boss\w*|bosser|accept\w*|prendre|prends|prenez)\s+(?:pas\s+|plus\s+|jamais\s+)?(?:\w+\s+)?(?:pour|avec|chez)\s+(?:nos|des|un|une|les|aucun)\s+(?:concurrents?|concurrentes?|marques? concurrentes?|entreprises? concurrentes?|agences? concurrentes?)\b/,
    /\b(?:etre|soyons|sommes|soit|rester|passer)\s+(?:toujours\s+)?prioritaires?\s+(?:sur|dans)\s+(?:ton|votre)\s+(?:planning|agenda|emploi du temps|temps|calendrier)\b/,
    // Une permission à demander avant tout autre client : « que vous me demandiez mon accord avant d'accepter
    // d'autres clients », « avant de t'engager avec un autre client, tu m'en parles », « valider tout nouveau client ».
    /\b(?:accord|autorisation|permission|aval|feu vert|consult\w*|(?:m'|nous\s+)en\s+parl\w*|demand\w*|verifi\w*)\b[^.?!\n]{0,40}?\bavant\s+d(?:e\s+|')\s*(?:t'|vous\s+)?(?:prendre|accepter|signer|travailler|bosser|engager|demarrer|commencer|dire oui)\b[^.?!\n]{0,30}?\b(?:autres?|nouveaux?|nouvelles?)\s+(?:clients?|missions?|projets?|contrats?|mandats?|boulots?|prestations?)\b/,
    /\bavant\s+d(?:e\s+|')\s*(?:t'|vous\s+)?(?:prendre|accepter|signer|travailler|bosser|engager|demarrer|commencer|dire oui)\b[^.?!\n]{0,30}?\b(?:autres?|nouveaux?|nouvelles?)\s+(?:clients?|missions?|projets?|contrats?|mandats?|boulots?|prestations?)\b[^.?!\n]{0,30}?\b(?:(?:tu|vous)\s+(?:m'|nous\s+)(?:en\s+)?(?:parles|parlez|demandes|demandez|consultes|consultez|previens|prevenez)|(?:parle|parlez|demande|demandez|consulte|consultez|previens|prevenez)-(?:m'en|nous-en|moi|nous)|(?:mon|notre) (?:accord|feu vert|aval))\b/,
    /\bvalid\w*\s+(?:tout|toute|chaque|les|tes|vos)\s+(?:\w+\s+)?(?:nouveaux?|nouvelles?|autres?)\s+(?:clients?|missions?|projets?|contrats?|mandats?)\b/,
  ],
  unless: [
    /\b(?:je sais|on sait|nous savons|je comprends)\s+que\s+(?:tu as|vous avez)\s+d'autres\b/,
    /\b(?:droits?|licence|cession|usage|offre|contenu|acces)\s+(?:\w+\s+)?exclusi/,
  ],
  examples: {
    fires: [
      'Vous nous consulterez avant de prendre tout nouveau mandat.',
      'Tu me demandes la permission avant de prendre un autre client.',
      'Avant de t’engager avec un autre client, tu m’en parles d’abord.',
      'Merci de nous consulter avant d’accepter toute autre mission.',
      'On voudrait valider tout nouveau client que tu prendrais pendant le projet.',
      'Tu travailleras pour nous en exclusivité jusqu’à l’été.',
      'Pendant ces six mois, merci de ne bosser pour personne d’autre.',
      "Pendant la mission, on préférerait que tu ne prennes pas d'autres clients.",
      'Merci de ne pas accepter de nouveaux contrats avant la fin du chantier.',
      'Nous avons besoin de vous disponible à 100 % pour nous jusqu’en juin.',
      'Tu travaillerais en exclusivité pour nous pendant six mois.',
      "On aimerait qu'on soit ta priorité dès qu'un besoin arrive.",
      'Aucun autre client en parallèle tant que la boutique n’est pas en ligne, stp.',
      'Ne travaille pas pour nos concurrents pendant la mission, stp.',
      'On voudrait être prioritaires sur ton planning les prochains mois.',
    ],
    quiet: [
      'Je dois demander l’accord de mon chef avant d’accepter le devis.',
      'Tu peux évidemment travailler pour d’autres clients.',
      'Nous travaillons en exclusivité avec un imprimeur local.',
      'Je ne travaille avec personne d’autre sur ce dossier, tout passe par moi.',
      'Je sais que tu as d’autres clients, prends le temps qu’il faut.',
      'Nous souhaitons une cession exclusive des droits sur les photos.',
      'Ce projet est-il une priorité pour toi ce mois-ci ?',
      'Nos autres clients sont aussi ravis de la nouvelle charte.',
      'Nos concurrents ont sorti une appli similaire le mois dernier.',
    ],
  },
});
