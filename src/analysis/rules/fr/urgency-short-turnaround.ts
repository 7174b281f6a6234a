import { phraseRule } from '../../phrase-rule.ts';
import type { Rule, RuleContext } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import { isReportOrProgress, sentenceBefore } from '../en/urgency-short-turnaround.ts';
import { REASSURANCE, SENDER_PROMISES } from './urgency-urgent.ts';
import { OFFERED_SLOT } from '../shared/offered-slot.ts';
import { isRelaxedNextMorning, isRelaxedSameDay, smallJobOnDayOff } from '../../deadlines/day-left.ts';
import { othersMomentAskedApart, senderActsAfter } from '../../deadlines/request-cues.ts';
import { offHoursKind, releasedInMessage, withoutReleases } from '../../deadlines/message-release.ts';

/** The sentence asks the reader for something: "il me faut", "tu peux", "merci de", "ce serait top". */
const REQUEST =
  /\b(?:c'est pour (?:dans|d'ici|avant|ce soir|cet apres-midi|ce midi|midi|demain|aujourd'hui|tout a l'heure|tout de suite)|(?:echeance|deadline|delai|rendu|date limite)\s*:\s*|(?:tu|vous) me (?:reviens|revenez|renvoies|renvoyez|envoies|envoyez|dis|dites|fais|faites)|idealement|dans l'ideal|(?:le mieux|l'ideal|le plus simple),? (?:ce serait|serait|c'est) (?:que|qu'|de|d')|faut|faudrait|faudra|besoin|peux|pourrais|pourriez|pouvez|pourras|pourrez|pourrait|possible|envisageable|jouable|faisable|merci de|stp|svp|s'il (?:te|vous) plait|veux|voudrais|voudrait|voudrions|voulons|veulent|veut|souhaite|souhaiterais|souhaiterions|souhaitons|aimerais|aimerions|attends|attend|doit|doivent|devez|dois|devrait|devriez|imperati\w*|envoie|envoye|envoyer|envoyez|renvoie|renvoye|renvoyer|renvoyez|livrer|rendre|prete?s?|boucler|regarder|regarde|corriger|corrige|compte sur|idealement|ideal|ce serait (?:top|super|genial|formidable|parfait|ideal|bien|royal)|asap)\b/;

/** Words that make a time phrase a delivery rather than a meeting slot. */
const DELIVERY =
  /\b(?:envoie|envoyer|envoyez|renvoyer|livrer|livraison|fichiers?|version|texte|traduction|visuels?|maquettes?|slides|diapos?|deck|supports?|presentation|documents?|docs?|brochure|rapport|devis|logo|photos?|prete?s?|fini|finir|termine|terminer|rendre|d'ici la)\b/;

/** The sender is away or reports: "je suis en réunion cet après-midi", "on a lancé l'impression". */
const SENDER_BUSY =
  /\b(?:je suis|on est|nous sommes|j'ai|on a|nous avons)\b(?! (?:\w+ )?besoin)(?![^,;:]*[,;:])|\b(?:j'aimerais|je voudrais|je souhaite|on aimerait|nous aimerions|pour) (?:bien )?pouvoir (?:la |le |les |l')?(?:relire|lire|regarder|presenter|envoyer|transmettre|valider|montrer|imprimer)\b/;

const MEETING =
  /\b(?:appel|appeler|call|reunion|rdv|rendez-vous|point|visio|meeting|dejeuner|diner|cafe|se voir|on se voit|rencontrer|rencontre|comite|seminaire)\b/;

const LOOKBACK = 60;

/**
 * Le côté de l'expéditeur est prêt (« tout est prêt pour jeudi, on vous attend », « la salle sera prête ») :
 * un état et un accueil, pas une demande.
 */
const READY_STATE =
  /\b(?:tout|on|nous|c'|ce|la \w+|le \w+|les \w+)\s*(?:est|sera|sommes|serons|sont|seront)(?: (?:deja|bien|enfin|fin))? prete?s?\b|\b(?:on|nous|je) (?:vous|t'|te) (?:attend|attendons|attends)\b(?! (?:le|la|les|l'|ton|ta|tes|votre|vos|un|une|des|pour)\b)/g;

/**
 * Un travail calé sur un créneau de nuit ou de week-end (« lancer la bascule entre 1h et 3h quand le trafic est
 * bas », « la séance est calée samedi à 9h, prévue dans la formule ») demande des heures hors horaires
 * (off_hours), pas un livrable bâclé en trop peu de temps : un mot de nuit ou de week-end, un créneau, pas d'échéance ni d'envoi.
 */
export const OFF_HOURS_SLOT =
  /^(?!.*\b(?:avant|d'ici|au plus tard|dernier delai|envoie|envoyer|envoyez|renvoie|renvoyer|renvoyez|livrer|livre|transmettre|transmets|dans ma boite|prete?s?|pour (?:\d|samedi|dimanche|demain|ce soir|cette nuit|le week-?end)))(?=.*\b(?:ce soir|cette nuit|la nuit|de nuit|minuit|samedi|dimanche|week-?end|(?:[0-5]|2[0-3]) ?h(?:\d\d)?)\b).*\b(?:entre \d{1,2} ?h(?:\d\d)? et \d|de \d{1,2} ?h(?:\d\d)? a \d|a \d{1,2} ?h|vers \d{1,2} ?h|quand (?:personne|le site|la boutique|le magasin|le trafic|tout le monde)|trafic|heures creuses|creneau|fenetre de maintenance|calee?s?|reservee?s?|programmee?s?|(?:incluse?s?|comprise?s?|prevue?s?) dans (?:la|le|notre|votre|ton) (?:formule|forfait|pack|contrat|devis|offre))/;

/**
 * Whether the phrase at `start` is a request to the reader (not the sender's own promise or a meeting slot).
 * Shared with the deadline rule, which reads the same kind of sentence.
 */
export function asksReader(context: RuleContext, start: number): boolean {
  const sentence = sentenceAt(context.sentences, start);
  if (!sentence) return false;
  const raw = context.text.slice(sentence.start, sentence.end);
  const text = raw.trimEnd().endsWith('?') ? raw : raw.replace(READY_STATE, ' ');
  if (!REQUEST.test(withoutReleases(context.lang, text)) || senderActsAfter(context.lang, context.text, start))
    return false;
  if (othersMomentAskedApart(context.lang, context.text, sentence, start)) return false;
  if (releasedInMessage(context, offHoursKind(context.lang, context.text.slice(start, start + 16)), start))
    return false;
  const before = context.text.slice(Math.max(sentence.start, start - LOOKBACK), start);
  if (SENDER_PROMISES.test(before) || SENDER_BUSY.test(before)) return false;
  return !(MEETING.test(before.slice(-30)) && !DELIVERY.test(text));
}

/**
 * Standing rules ("une réponse dans l'heure désormais", "laisse Slack allumé le soir", "pouvoir te joindre dans la
 * journée", "les pigistes doivent répondre dans l'heure", "répondre aux avis dans les
 * 10 minutes dès qu'ils arrivent", "quelle que soit l'heure") belong to availability, not to one rushed job.
 * « Toujours pas » (still not) is a wait, not a habit: « je n'ai toujours pas les photos, il me les faut vite ».
 */
export const STANDING =
  /\b(?:des qu'(?:ils|elles) (?:arrivent|tombent|sont postes|sont postees|apparaissent)|au fil de l'eau|quelle que soit l'heure|a (?:toute heure|n'importe quelle heure)|jour et nuit|24 ?h ?(?:\/|sur) ?24|(?:repondre|reponds|repondez|reagir|reagis|reagissez|traiter|traite|traitez|accuser reception|prendre en charge)\b[^.?!\n]{0,50}?\bdans les (?:\d+|cinq|dix|quinze|vingt|trente) (?:minutes|min)|a chaque (?:message|mail|e-mail|courriel|demande|ping|sollicitation|question|notification|appel)|c'est la regle|(?:a|aux) (?:(?:mes|nos|tous les) )?(?:messages|mails|e-mails|courriels|dm|dms|mp|sms|textos|pings)|desormais|a partir de (?:maintenant|demain|lundi)|a partir d'aujourd'hui|dorenavant|a l'avenir|chaque (?:fois|jour|matin|soir|semaine)|tous les (?:jours|matins|soirs)|toutes les (?:\d+|deux) |toujours(?! pas| rien| aucune?| personne| sans| en attente)|durant la journee|pendant la journee|en general|du lundi au (?:vendredi|samedi|dimanche)|en semaine|(?:joignables?|connecte\w*|disponibles?|dispos?|en ligne)\b[^.?!\n]{0,40}?\bde \d{1,2} ?h(?:\d\d)? a \d{1,2} ?h|(?:laisse|laissez|garde|gardez) (?:\w+ ){0,3}?(?:allume|ouvert|connecte|en ligne|actif)|(?:te|vous|les|la|le|nous) joindre\b[^.?!\n]{0,30}?\bdans (?:la journee|l'heure|la matinee|les \d+)|\b(?:doivent|devront|devez|devrez|doit|devra) (?:\w+ ){0,8}?(?:repondre|reagir|rappeler))\b/;

/** « Ce que tu fais pour nous aujourd'hui » : de nos jours, pas une échéance. */
export const NOWADAYS =
  /\b(?:ce que|ce qu'|comme)\b[^.?!\n]{0,40}?\b(?:fais|faites|fait|faisons|font|geres|gerez|gere|proposes|proposez|couvres|couvrez)\b[^.?!\n]{0,20}?\baujourd'hui\b/;

/** L'absence du lecteur, en condition : « si vous devez partir avant 16h, prévenez l'accueil ». */
export const OWN_ABSENCE =
  /\bsi (?:tu|vous) (?:dois|devez|veux|voulez|as besoin de|avez besoin de|comptes|comptez|pensez|penses) (?:partir|t'absenter|vous absenter|quitter|t'en aller|vous en aller|finir plus tot|decrocher)\b/;

const WEEKDAY_BEFORE = '(?<!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|le \\d{1,2}) )';

const phrases = phraseRule({
  id: 'urgency/short-turnaround',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Wants it back within hours (today, tonight, first thing tomorrow): far shorter than a normal turnaround.',
    fr: 'Veut un retour en quelques heures (aujourd’hui, ce soir, demain à la première heure) : bien moins qu’un délai normal.',
  },
  cue: /endeans|aujourd'hui|soir|apres-midi|aprem|midi|tantot|journee|matin|heure|\d ?h|minute|\bmin\b|demain/,
  patterns: [
    // "avant 14h aujourd'hui", "d'ici ce soir", "pour tantôt" (Belgique), "pour à soir" (Québec), "encore aujourd'hui" (Suisse).
    /\b(?<phrase>(?:(?:d'ici|avant|pour|encore|au plus tard|dans le courant de|dans la journee d')\s?)?(?:(?:\d{1,2} ?h(?:\d{2})?|midi) )?(?:(?<!\b(?:\w{3,}|[ld]) d')aujourd'hui(?: meme)?|ce soir|cet apres-midi|cet aprem|ce midi|a soir|tantot))(?![a-z]|-la(?![a-z]))/,
    /\b(?<phrase>(?:dans la (?:journee|matinee|soiree)|(?:d'ici|pour) (?:la )?fin de (?:la )?journee|(?:pour|d'ici|avant) ce matin|(?:en|avant la|avant) fin de (?:la )?journee|avant la fin de (?:la )?journee|dans l'heure|dans la demi-heure|(?:(?:dans|d'ici|sous|en moins de) (?:les |la |moins d'une? )?|en moins d')(?:prochaines? |deux |trois |quatre |une (?:petite |bonne )?|\d{1,2} )(?:heures?|h\b|minutes|min\b|demi-heure)(?! de (?:route|train|trajet|vol|marche|voiture|reunion|visio|call|film|video))|(?:pour |d'ici |dans )?tout a l'heure))/,
    // "avant 11h", "avant midi", "d'ici 14h30": no day named, so today.
    new RegExp(
      `\\b${WEEKDAY_BEFORE}(?<phrase>(?:avant|d'ici|pour) (?:\\d{1,2} ?h(?:\\d{2})?|midi)(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \\d))(?:(?: au plus tard)?))`,
    ),
    // Une réunion du jour à l'heure dite : « pour la démo de 16h », « avant le point de 14h30 ».
    /\b(?<phrase>(?:pour|avant) (?:la|le|l') ?(?:demo|reunion|presentation|call|point|rdv|rendez-vous|comite|conseil|visio|soutenance|pitch) (?:de|d') ?(?:\d{1,2} ?h(?:\d{2})?|midi))\b(?!(?: (?:de |du )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain|la semaine|demain|le \d|\d)))/,
    // "demain matin", "demain à la première heure", "pour demain 8h", "d'ici demain".
    /\b(?<phrase>(?:(?:pour|avant|d'ici|des) )?demain (?:matin|a la premiere heure|premiere heure|a l'aube|(?:a |avant |pour |des |vers )?(?:[5-9]|1[01]) ?h(?:\d{2})?|(?:a |avant )?midi))/,
    // "à la première heure" on its own means tomorrow's first hour, or today's if it is still early.
    /(?<!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine prochaine) )\b(?<phrase>(?:a|des|pour) (?:la )?premiere heure)\b(?! (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine))/,
    /\b(?<phrase>(?:pour|avant|d'ici) demain)\b(?! (?:soir|apres-midi|dans la journee))/,
    // Tout un lot pour le surlendemain : "l'ensemble pour après-demain".
    /\b(?<phrase>(?:pour|avant|d'ici) apres-demain)\b/,
    // "Idéalement en deux heures", "sous trois heures"
    /\b(?:idealement|dans l'ideal|au mieux|si possible|il (?:me|nous) (?:le |la |les )?faudrait)\b[^.!?\n]{0,20}?\b(?<phrase>(?:en|dans les|sous) (?:une|deux|trois|quatre|\d) heures?)\b(?! de (?:reunion|route|train|trajet|vol|atelier|formation|visio|call))/,
    // belge : "endéans les 24 heures", "endéans l'heure"
    /\b(?<phrase>endeans (?:l'heure|la (?:demi-heure|journee|matinee)|les (?:24|48) ?h(?:eures)?|les (?:\d+|deux|trois|quatre|cinq) (?:heures|minutes)))\b/,
  ],
  unless: [
    // « À tantôt ! » (Belgique) salue en fin de message : « à plus tard », pas une échéance.
    /(?:^|[,;:-]\s*|\b(?:et|donc|alors) )a tantot\s*[!.]*$/,
    STANDING,
    REASSURANCE,
    OWN_ABSENCE,
    OFF_HOURS_SLOT,
    OFFERED_SLOT.fr,
    NOWADAYS,
    // Un compte rendu de la journée est du reporting (availability_control), pas une livraison pressée.
    /\b(?:recapitulatif|recap|compte[- ]rendu|bilan)\b[^.?!\n]{0,30}?\bce que (?:tu as|vous avez)\b/,
  ],
  examples: {
    fires: [
      {
        text: 'Le mieux, ce serait que les trois visuels soient publiés avant 16h aujourd’hui.',
        sentAt: '2026-03-10T11:00:00+01:00',
      },
      'Tu peux passer le bouton en vert ? C’est pour dans une heure, pardon !',
      'Envoye-moi la liste dans l’heure, c’est pour la direction.',
      // Une attente (« toujours pas »), pas une règle ; une excuse dans la phrase suivante, pas un plan de l'expéditeur.
      "Je n'ai toujours pas le plan de table et la mariée s'impatiente : il me le faut dans l'heure.",
      'Le devis n’est toujours pas parti, tu peux me l’envoyer dans la demi-heure ?',
      {
        text: 'Pourriez-vous boucler la fiche et la mettre en ligne d’ici 14h ? Je suis désolée de vous prévenir si tard.',
        sentAt: '2026-03-10T10:00:00+01:00',
      },
      {
        text: 'Tu peux caler les sous-titres pour 11h ? Je te revaudrai ça.',
        sentAt: '2026-03-10T09:00:00+01:00',
      },
      "Elle veut les deux slogans avant 15h aujourd'hui.",
      "Il me faudrait les visuels d'ici ce soir, l'imprimeur passe demain.",
      "J'EN AI BESOIN AVANT 10H.",
      'Tu peux me renvoyer les fichiers corrigés avant midi ?',
      'Tu peux me préparer la présentation pour ce soir stp ?',
      "Il me faudrait l'article d'ici 16h au plus tard.",
      "Il nous faudrait tout le lot pour après-demain, c'est jouable ?",
      'Merci de me livrer ça pour tantôt.',
      'Tu pourrais me renvoyer le logo dans l’heure ?',
      'Il me faut le devis dans la matinée, la réunion est à midi.',
      'Il me faut la maquette pour à soir.',
      'Il me faudrait ça pour la fin de journée.',
      'Vous pourriez me transmettre le devis signé à la première heure ?',
      "J'ai besoin d'une réponse dans l'heure.",
      "On est très juste niveau timing, tu peux l'avoir pour midi ?",
      "Désolé de m'y prendre si tard, mais il nous faut les slides pour une réunion demain 9h.",
      '- échéance : ce soir dernier délai !!',
      'Tu peux faire ça en combien de temps ? Idéalement en deux heures.',
      'Tu peux me renvoyer ça endéans les 24 heures ?',
      'Il me faut la correction sous une heure, la cliente attend au téléphone.',
      'Le site doit être en ligne pour la réunion de 15h, le directeur veut le montrer.',
      'Tu aurais moyen de me renvoyer le tableau d’ici une petite heure ? La direction se réunit à midi.',
      'Vous pourriez me transmettre le devis en moins d’une heure ?',
      "Merci de nous répondre endéans l'heure, c'est pour le client.",
      'Tu me reviens là-dessus à soir?',
    ],
    quiet: [
      'Merci pour tout, à tantôt !',
      'Bonne journée et à tantôt.',
      'Tu pourrais préparer les slides pour la réunion de 15h jeudi ?',
      "J'apporterai les tirages pour le point de 10h, à tout à l'heure.",
      "Ça sort de ce que tu fais chez nous aujourd'hui, donc tu peux chiffrer ça à part ?",
      "Comme ce que vous gérez aujourd'hui pour la boutique, pourriez-vous nous proposer un forfait ?",
      // Une règle de joignabilité ou de réponse, pas une livraison pressée.
      'Pendant tes vacances, le client aimerait pouvoir te joindre dans la journée en cas de pépin.',
      "La direction veut pouvoir vous joindre dans l'heure si le salon pose problème.",
      "Nos correcteurs doivent répondre aux auteurs dans l'heure, c'est dans la charte.",
      'Les modérateurs devront réagir aux signalements dans la journée.',
      "Vous devez rappeler les clients dans l'heure, selon le nouveau contrat.",
      "Il faut qu'on puisse te joindre dans la matinée si l'imprimeur appelle.",
      'Chaque traducteur doit toujours répondre aux chefs de projet dans la journée.',
      'Les astreintes devront rappeler le standard dans les 30 minutes.',
      "Les graphistes sont joignables de 9h à 18h et répondent dans l'heure aux chefs de projet.",
      'Pourriez-vous nous livrer les plans mardi dans la matinée ?',
      'Tu peux m’envoyer la maquette jeudi, idéalement dans la matinée ?',
      'On aimerait recevoir le dossier le 14 mars dans la journée.',
      'Merci de répondre dans l’heure à chaque demande du chat.',
      'En fin de journée, un petit bilan de ce que tu as avancé, merci.',
      'Je te transmets le contrat dans la journée.',
      "Désormais j'attends une réponse dans l'heure.",
      'Tu réponds aux avis clients dans les 10 minutes dès qu’ils tombent.',
      'Tu peux m’envoyer les photos de la séance d’aujourd’hui ?',
      'Les demandes du chat, il faut les traiter dans l’heure, quelle que soit l’heure.',
      'Je te renvoie le devis signé dans l’heure.',
      'L’atelier est à moins d’une heure de route, tu peux passer quand tu veux.',
      'Le site est sous une heure de train depuis Lyon, tu pourrais venir jeudi ?',
      'Vous pourriez me les transmettre mardi avant 7h ?',
      'Le paiement a été envoyé ce matin.',
      'On peut faire un point demain matin ?',
      "Pas besoin de le finir aujourd'hui.",
      'Rien ne presse, tu peux me le renvoyer demain.',
      'Tu peux me renvoyer les légendes cet après-midi, ou demain matin ça me va aussi.',
      "Envoie les photos aujourd'hui ou lundi, comme ça t'arrange.",
      "Merci de m'adresser tous les jours avant 18h un compte rendu.",
      'Tu aurais une heure pour avancer sur la charte cet après-midi ? Pas besoin que ce soit fini.',
      'Si jamais tu as un moment ce soir, tu peux relire le texte ?',
      "J'ai une réunion jusqu'à midi, je te rappelle après.",
      'Personne ne commande la nuit, tu pourrais migrer la boutique ce soir à 23h ?',
      'Pendant le salon, garde WhatsApp ouvert ce soir, au cas où.',
      // « ce soir-là » : le soir d'un autre jour, pas ce soir.
      'Pour le gala du 12 juin, pourrais-tu être présente ce soir-là pour accueillir les invités ?',
      'Le vernissage est le 3 mai ; tu pourrais passer ce soir-là faire quelques photos ?',
      // Un délai de réponse dans une plage de présence hebdomadaire : une règle permanente.
      'Tu seras joignable sur Slack de 9h à 17h, et tu réponds aux questions de l’équipe dans l’heure.',
      'Vous serez disponible en semaine, et on attend une réponse dans la demi-heure.',
      'Chez nous la salle sera prête demain matin, à tout à l’heure.',
      'Nous réglons les factures endéans les 30 jours, comme convenu.',
      "Merci pour le texte. Ce soir vers 22h je relirai moi-même la maquette et je t'envoie mes notes.",
      {
        text: 'Envoie-moi les photos retouchées en fin de journée, je regarde ça demain.',
        sentAt: '2026-03-10T09:10:00+01:00',
      },
      { text: "Tu peux me l'envoyer lundi à la première heure ?", sentAt: '2026-03-10T10:00:00+01:00' },
      { text: "Tu pourrais publier les nouvelles pages produits aujourd'hui ?", sentAt: '2026-03-10T08:50:00+01:00' },
      { text: 'Tu peux me passer les sous-titres demain dans la matinée ?', sentAt: '2026-03-10T11:15:00+01:00' },
      {
        text: 'Tu peux changer la bannière de la page d’accueil aujourd’hui ? La nouvelle image est sur le serveur.',
        sentAt: '2026-05-01T10:00:00+02:00',
      },
      {
        text: 'Vous pourriez caler les visuels sur le site pour les visiteurs de cet après-midi ?',
        sentAt: '2026-03-10T08:40:00+01:00',
      },
    ],
  },
});

/** « Elle m'a dit aujourd'hui » : le jour date ce qui a été dit, pas le travail. */
export const REPORTED_BEFORE =
  /\b(?:dit|annonce|appris|decide|confirme|prevenu|ecrit|envoye|recu|su|appele|signale)e?s?(?: (?:ca|cela))?(?: (?:que|seulement|juste))? $/;

/** Du temps pour avancer, pas un rendu : « un petit moment ce soir pour avancer », « pas besoin que ce soit fini ». */
/** « depuis ce matin », « à partir d'aujourd'hui » : un début, pas une échéance. */
const START_BEFORE = /\b(?:depuis|a partir d'|des|jusqu'a|jusqu'|partir d') ?$/;
/** Le surlendemain n'est serré que pour tout un lot : « l'ensemble pour après-demain ». */
const BULK = /\b(?:tout|l'ensemble|le tout|toutes? les|tous les)\b/;

export const UNFINISHED =
  /\b(?:pas besoin (?:que (?:ce|ca) soit (?:fini|termine|parfait|boucle)|de (?:le |la |les )?(?:finir|terminer|boucler))|(?:pas|sans) (?:forcement|obligatoirement) (?:fini|termine)|(?:un (?:petit )?moment|du temps|une heure) pour avancer|(?:juste|seulement) (?:commencer|demarrer|degrossir|poser les bases))\b/;

/**
 * « vendredi 1er août dans la matinée », « jeudi, idéalement dans la matinée » : une partie de la journée d'un jour
 * nommé plus loin, pas un retour dans les heures qui viennent.
 */
const DAY_PART = /^dans la (?:journee|matinee|soiree)$/;
const NAMED_DAY_BEFORE =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d{1,2}(?:er)?|\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b[^.?!\n]{0,30}$/;

/** Whether the hit is a part of a later named day: see NAMED_DAY_BEFORE. */
function partOfNamedDay(context: RuleContext, hit: { start: number; end: number }): boolean {
  return (
    DAY_PART.test(context.text.slice(hit.start, hit.end)) && NAMED_DAY_BEFORE.test(sentenceBefore(context, hit.start))
  );
}

/** Soft same-day words that leave the hour to the reader, and the words that put pressure back on. */
const SOFT_SAME_DAY =
  /^(?:en fin de (?:la )?journee|dans la journee|dans le courant de (?:la journee|aujourd'hui)|(?:pour )?aujourd'hui|(?:pour )?cet (?:apres-midi|aprem))$/;
/** Toute la matinée du lendemain laissée au lecteur : « tu peux l'envoyer demain dans la matinée ? » (pas « demain matin à 8h »). */
const SOFT_NEXT_MORNING = /\bdemain (?:dans la matinee|en matinee|dans le courant de la matinee|en cours de matinee)$/;
const PRESSURE =
  /\b(?:urgent\w*|vite|non negociable|besoin|il (?:me |nous )?(?:le |la |les |l')?(?:faut|faudrait|faudra)|imperati\w*|absolument|au plus tard|dernier delai|sans faute|critique|crucial|deadline|important|prioritaire|priorite|laisse tomber|laissez tomber)\b|!/;

/**
 * An ordinary hand-over later the same day or the next morning, asked with time still ahead and no pressure word.
 * Shared with the deadline rule, which reads the same phrases as resolved deadlines.
 */
export function relaxedHandover(context: RuleContext, hit: { start: number; end: number }): boolean {
  return (
    isRelaxedSameDay(context, hit, SOFT_SAME_DAY, PRESSURE) ||
    isRelaxedNextMorning(context, hit, SOFT_NEXT_MORNING, PRESSURE)
  );
}

/** Phrases of a very short turnaround, kept only where the reader is asked to deliver something finished. */
const rule: Rule = {
  ...phrases,
  find: (context) =>
    phrases.find(context).filter((hit) => {
      if (!asksReader(context, hit.start)) return false;
      if (START_BEFORE.test(context.text.slice(Math.max(0, hit.start - 12), hit.start))) return false;
      if (context.text.startsWith('apres-demain', hit.end - 12) && !BULK.test(sentenceBefore(context, hit.start)))
        return false;
      if (relaxedHandover(context, hit)) return false;
      if (partOfNamedDay(context, hit)) return false;
      if (smallJobOnDayOff(context, hit, (sentence) => !PRESSURE.test(sentence) && !BULK.test(sentence))) return false;
      return !isReportOrProgress(context, hit, REPORTED_BEFORE, UNFINISHED);
    }),
};
export default rule;
