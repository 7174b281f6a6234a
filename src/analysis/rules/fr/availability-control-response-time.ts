import { phraseRule } from '../../phrase-rule.ts';

const WITHIN_MINUTES = String.raw`(?:dans l'heure|dans la demi-heure|dans la minute|dans les (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|sous (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|en moins d'une heure|en moins de (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|immediatement|tout de suite|dans le quart d'heure|(?:en moins d'un|sous un|dans un) quart d'heure|(?:max|maximum|au plus|pas plus de) (?:\d+|cinq|dix|quinze|vingt|trente) ?(?:minutes|min)|en (?:\d+|cinq|dix|quinze|vingt|trente) ?(?:minutes|min) (?:max|maximum|au plus|grand max))`;
const HABIT = String.raw`(?:(?:pendant|durant) les heures (?:de bureau|ouvrables|ouvrees|de travail)|c'est la regle|la regle (?:ici|chez nous|de la maison)|en regle generale|a partir de maintenant|a partir d'aujourd'hui|desormais|dorenavant|a l'avenir|toujours|systematiquement|a chaque fois|chaque fois|(?:a )?chaque (?:message|mail|e-mail|appel|sms|texto|demande|question|ping|notification)|(?:quand|lorsqu'|lorsque|des qu'|des que|chaque fois qu'|chaque fois que)\s*(?:on|je|nous|\w+\s+\w+|\w+)\s+(?:t'|te |vous )?(?:ecrit|ecris|ecrivons|appelle|appelons|envoie|envoyons|sollicite|contacte|relance|ping|tag|mentionn|notifi|bip)\w*|(?:durant|pendant|en) (?:la )?journee|aux heures de bureau|en semaine|tous (?:mes|les|nos) messages|a tous (?:mes|les|nos) messages|a tout message|(?:a|aux) (?:mes|nos) (?:messages|mails|appels|sms|textos|courriels|demandes|pings))`;
/** Un délai en heures ou en demi-journée, qui ne fait une règle qu'avec une habitude ou une relève de la boîte. */
const WITHIN_HOURS = String.raw`(?:dans la demi-journee|sous (?:\d|deux|trois|quatre) ?h(?:eures?)?\b|dans les (?:\d|deux|trois|quatre) ?h(?:eures?)?\b)`;
/** Relever sa boîte à un rythme imposé : « matin et soir », « trois fois par jour ». */
const CHECK_RHYTHM = String.raw`(?:matin(?:,)? (?:midi )?et soir|(?:\d|deux|trois|quatre|plusieurs) fois par jour|toutes les (?:\d+ |deux |trois )?heures|chaque heure)`;

/** Délai de réponse permanent imposé : « une réponse dans l'heure », « répondre sous 15 minutes » désormais. */
export default phraseRule({
  id: 'availability-control/response-time',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Sets a standing reply time in minutes: that is an employee’s on-duty rule, not a client’s to impose.',
    fr: 'Impose un délai de réponse permanent en minutes : c’est une règle de salarié, pas à un client de l’imposer.',
  },
  cue: /toutes les|chaque (?:heure|demi)|demi-journee|fois par jour|matin(?:,)? (?:midi )?et soir|(?:sous|dans les) (?:\d|deux|trois|quatre) ?h|quart d'heure|\bmin(?:utes)?\b|\bdelai de reponse|\b(?:dans l'heure|dans la demi-heure|dans la minute|dans les (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|sous (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|en moins d'une heure|en moins de (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|immediatement|tout de suite|dans le quart d'heure)/,
  patterns: [
    // la boîte relevée à un rythme imposé : « consulter votre messagerie au minimum toutes les deux heures »
    /\b(?:consult\w*|verifi\w*|relev\w*|regard\w*|check\w*|surveill\w*)\s+(?:vos|votre|ta|tes|la|les)\s+(?:messagerie|mails?|e-mails?|courriels?|boite(?:\s+(?:mail|de reception))?|messages|slack|teams)\s+(?:[\w-]+\s+){0,3}?(?:toutes les|chaque)\s+(?:\d+\s+|deux\s+|trois\s+|demi-?\s*)?(?:heures?|h\b|minutes|min\b)/,
    // Relever sa boîte à un rythme imposé : « regarder tes mails matin et soir », « relevez vos messages trois fois par jour ».
    new RegExp(
      String.raw`\b(?:regard\w*|consult\w*|relev\w*|check\w*|verifi\w*|jeter un (?:oeil|coup d'oeil) a)\s+(?:\w+\s+)?(?:tes|vos|ta|votre|les)\s+(?:mails|e-mails|courriels|messages|boite(?: mail| de reception)?|slack|teams|whatsapp|notifications)\b[^.?!\n]{0,30}?\b${CHECK_RHYTHM}`,
    ),
    // Un délai en heures posé en règle : « une réponse dans la demi-journée, toujours », « dans les deux heures, en semaine ».
    new RegExp(
      String.raw`\b(?:repond\w*|reponse|reponses|retour|retours)\b[^.?!\n]{0,40}?${WITHIN_HOURS}(?=[^.?!\n]{0,40}?\b(?:${HABIT}|en semaine|les jours ouvres|du lundi au vendredi)\b)`,
    ),
    // « merci d'accuser réception de chaque mail dans la demi-heure »
    new RegExp(String.raw`\baccus\w*\s+reception\b[^.?!\n]{0,50}?${WITHIN_MINUTES}`),
    new RegExp(
      String.raw`\b${HABIT}\b[^.?!\n]{0,60}?\b(?<phrase>(?:repond\w*|reponse|reponses|retour|retours|reactif|reactive)\b[^.?!\n]{0,40}?${WITHIN_MINUTES})`,
    ),
    new RegExp(
      String.raw`\b(?:repond\w*|reponse|reponses|retour|retours)\b[^.?!\n]{0,40}?${WITHIN_MINUTES}[^.?!\n]{0,40}?\b${HABIT}`,
    ),
    new RegExp(
      String.raw`\brepond\w*\s+(?:a|aux)\s+(?:(?:mes|nos|tous les|les)\s+)?(?:messages|mails|e-mails|appels|sms|textos|courriels|pings|demandes|dm|dms|mp|messages prives|notifications)\s+(?:\w+\s+){0,2}?${WITHIN_MINUTES}`,
    ),
    // « les demandes du service client doivent avoir une réponse sous 20 minutes », « un délai de réponse de 10 minutes »
    new RegExp(
      String.raw`\b(?:messages|demandes|mails|e-mails|appels|sms|textos|tickets|questions|commentaires)\b[^.?!\n]{0,40}?\b(?:doivent|devront|doit|devra)\s+(?:toujours\s+)?(?:avoir|recevoir|obtenir|etre traite\w*|etre repondu\w*|etre pris\w* en charge)\b[^.?!\n]{0,20}?${WITHIN_MINUTES}`,
    ),
    // « aucun message ne reste plus d'un quart d'heure sans réponse »
    // La règle se dit par sa négation : la prise commence sur elle (aucune négation ne la précède alors).
    /\b(?:aucune?\s+(?:\w+\s+){1,3}?)?(?:ne\s+|n')?(?:reste|restent|rester|laiss\w*)\s+(?:\w+\s+){0,2}?(?:plus d'un quart d'heure|plus de (?:\d+|cinq|dix|quinze|vingt|trente) ?min\w*|plus d'une heure|plus d'une demi-heure)\s+sans\s+(?:reponse|retour)\b/,
    /\bdelai\s+de\s+reponse\s+(?:\w+\s+){0,3}?(?:de|:|=|sous|inferieur a|de moins de)\s+(?:\d+|cinq|dix|quinze|vingt|trente)\s*(?:min|minutes)\b/,
    // Une ligne de liste : « - réponse aux messages sous 15 min »
    new RegExp(
      String.raw`\breponses?\s+(?:a|aux)\s+(?:(?:tous\s+)?(?:les|mes|nos)\s+)?(?:messages|mails|e-mails|appels|sms|textos|courriels|pings|demandes|questions)\s+(?:[\w']+\s+){0,3}?${WITHIN_MINUTES}`,
    ),
  ],
  unless: [/\b(?:je (?:te |vous )?repond|je reviens vers|nous revenons vers|je (?:te |vous )?reponds)\w*/],
  examples: {
    fires: [
      'Merci de vérifier vos mails au moins toutes les trois heures.',
      'Dès que le support te mentionne sur Slack, tu réponds dans les 10 minutes.',
      "Quand un testeur vous tague, merci d'y répondre dans la demi-heure.",
      'Quand le site te notifie une commande, il faut une réponse en moins de 5 minutes.',
      'Consulte ta boîte deux fois par jour minimum et réponds sous 4 heures.',
      'On attend une réponse dans la demi-journée, toujours.',
      'Merci de relever vos mails au moins trois fois par jour.',
      'Vous répondrez à nos messages dans les deux heures, en semaine.',
      '- réponse aux demandes de l’équipe sous 10 min',
      'Merci d’accuser réception de tous nos messages dans le quart d’heure.',
      'Dorénavant, merci de répondre à mes textos dans la demi-heure.',
      'Merci de répondre à mes messages sous 15 minutes pendant la journée.',
      "Dorénavant je veux une réponse dans l'heure, c'est la moindre des choses.",
      'Ici on répond aux MP dans la demi-heure, c’est la règle.',
      'Nous attendons des retours sous 20 minutes durant les heures ouvrables.',
      "J'ai besoin que tu répondes à mes messages dans le quart d'heure.",
      "Merci de répondre sous dix minutes à chaque demande de l'équipe.",
      'Quand un client te relance sur le chat, réponse dans le quart d’heure.',
      'Les tickets du dépôt doivent être traités en moins d’un quart d’heure.',
      'Les questions des vendeurs doivent recevoir une réponse sous 15 minutes.',
      'On travaille avec un délai de réponse de dix minutes sur WhatsApp.',
      'Je veux une réponse en 10 min max, toujours.',
      'Ici, une question ne reste jamais plus de dix minutes sans réponse, pour toi aussi.',
    ],
    quiet: [
      'Je consulte mes mails toutes les heures environ, donc écris-moi quand tu veux.',
      'Quand tu me mentionnes dans le doc, je réponds dans les 10 minutes en général.',
      'Je regarde mes mails matin et soir, pas de souci.',
      'Une réponse dans les deux heures serait top pour ce devis.',
      'Il faut répondre au client dans l’heure, il attend le devis.',
      'Je vous réponds dans l’heure.',
      "Tu peux me répondre dans l'heure ? L'imprimeur attend.",
      'Notre service client répond sous 20 minutes.',
      'Je te réponds dans le quart d’heure.',
      'Chaque question du quiz se répond en moins d’une minute.',
      'Quand le client t’écrit, transfère-moi le message.',
    ],
  },
});
