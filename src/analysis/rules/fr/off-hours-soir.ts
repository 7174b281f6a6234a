import { sentOn } from '../../rule.ts';
import { OTHERS_EVENING, READER_RECEIVES } from '../../deadlines/implied-off-hours.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { pinnedToWorkingHour } from '../../deadlines/stated-hour.ts';
import { WISHED_EVENING } from '../../deadlines/wished-time.ts';
import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';
import { THIRD_PARTY_MOMENT } from '../../deadlines/third-party-moment.ts';

/** Demande de travailler le soir ou la nuit, ou d'être joignable tard. */
const phrases = phraseRule({
  id: 'off-hours/soir',
  category: 'off_hours',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Asks you to work in the evening or at night, after your working day.',
    fr: 'Vous demande de travailler le soir ou la nuit, après votre journée de travail.',
  },
  cue: /coucher|dormir|du matin|soir|nuit|diner|minuit|\d ?h|tard|l'heure|heures/,
  patterns: [
    /\b(?:ce soir|cette nuit|le soir|les soirs|en soiree|dans la soiree|dans la nuit|la nuit|tard le soir|en fin de soiree|apres le diner|avant minuit|d'ici minuit)\b/,
    /\b(?:jusqu'a|apres|a partir de|vers|a|avant) (?:19 ?h ?[3-5]\d|2[0-3] ?h(?:\d\d)?)\b/,
    /\b(?:je sais qu'il est tard|malgre l'heure tardive|desole pour l'heure)\b/,
    // Les heures du lecteur lui-même passées : « le soir, après vos heures », « en dehors de tes heures de bureau ».
    /\b(?:apres|en dehors de|hors de) (?:vos|tes) heures(?: de (?:bureau|travail|boulot))?\b/,
    // "quitte à bosser tard", "même si ça veut dire quelques soirées", "une nuit blanche"
    /\b(?:nuits? blanches?|(?:bosser|travailler|rester|finir|veiller|continuer|charbonner) (?:tard|jusqu'a pas d'heure|une partie de la nuit)|heures sup\w*(?: le soir)?)\b/,
    /\b(?:y passer|bosser|travailler|faire|sacrifier|quitte a|meme si|veut dire|implique|signifie)\b[^.?!\n]{0,25}?\b(?:quelques|des|deux|une ou deux|plusieurs|trois) (?:soirees|nuits)\b/,
    // "la permanence de nuit", "à 5h du matin", "avant d'aller te coucher"
    /\b(?:permanence|garde|astreinte|travail|veille|surveillance)\s+de\s+nuit\b/,
    // Une équipe de nuit n'est un travail de nuit que si l'on y travaille ou qu'on la rejoint (« assurer le service de
    // nuit », « animer l'atelier pour l'équipe de nuit ») ; nommée seule, c'est un public (« l'équipe de nuit lit ça »).
    // Starts from the group, then looks back for the verb: only mail naming such a group pays for the look-back.
    /\b(?:equipes?|services?|shifts?|postes?)\s+de\s+nuit\b(?<=(?:\b(?:assurer|faire|prendre|couvrir|tenir|rejoindre|integrer) (?:le |la |les |l'|un |une )|\b(?:travailler|bosser|etre) (?:en |dans |avec )(?:le |la |l')?|\b(?:former|formes?|animer|anime|briefer|rencontrer|filmer|photographier|accueillir|formation|atelier|seance|session|reunion|presentation|briefing|visite)\b[^.?!\n]{0,40}?)(?:equipes?|services?|shifts?|postes?)\s+de\s+nuit)/,
    /\b(?:a|vers|des|pour|avant|d'ici) (?:[2-6]) ?h(?:\d\d)? du matin\b/,
    /\bavant (?:d'aller )?(?:te|vous) coucher\b|\bavant (?:de|d'aller) (?:dormir|te coucher|vous coucher|au lit)\b/,
  ],
  unless: [
    THIRD_PARTY_MOMENT.fr,
    // La soirée de quelqu'un d'autre : « il doit le réviser ce soir » (« elle doit l'avoir ce soir » demande toujours).
    OTHERS_EVENING.fr,
    // Les heures de pointe du client : « nos heures de pointe sont le soir, donc un shooting le matin serait idéal ».
    /\b(?:nos|leurs|notre|leur) (?:heures?|moments?|periodes?|creneaux?) (?:de pointe|de rush|d'affluence|les plus charges?)\b[^.?!\n]{0,25}?\b(?:le soir|en soiree|la nuit)\b|\b(?:on a|nous avons|c'est) (?:le plus de monde|du monde|la foule|le rush|le coup de feu|plein)\b[^.?!\n]{0,15}?\b(?:le soir|en soiree|la nuit)\b/,
    WISHED_EVENING.fr,
    /\b(?:bonsoir|hier soir|l'autre soir|passez une bonne)\b/,
    // Ce que le lecteur recevra ce soir, sans rien faire : « le virement est parti, tu devrais l'avoir d'ici ce soir ».
    READER_RECEIVES.fr,
    // Rendre compte de la fin de journée (availability_control), pas travailler le soir.
    /\bquand (?:tu|vous) (?:finis|finissez|termines|terminez|arretes|arretez|te deconnectes|vous deconnectez)\b/,
    /\b(?:j'ai|on a|nous avons) (?:\w+ )?(?:bosse|travaille|veille|charbonne) (?:tard|jusqu'a|toute la nuit|une partie de la nuit)/,
    /\b(?:je|on|nous) (?:t'|vous )?(?:envoie|enverrai|envoyons|regarde|regarderai|passe|passerai|rappelle|rappellerai)\b/,
    // Ce que l'expéditeur a fait à cette heure-là : « je les ai envoyés à 21h30 ».
    /\b(?:j'ai|je (?:t'|vous |les |l'|lui )?ai|on (?:t'|vous |les |l')?a|nous (?:t'|vous |les |l')?avons) (?:\w+ )?(?:envoye|ecrit|appele|poste|publie|relance|laisse|transmis|fait)e?s?\b/,
  ],
  examples: {
    fires: [
      // L'expéditeur n'y est que pour recevoir ou attendre : c'est toujours le lecteur qui travaille.
      "J'attends les textes ce soir, tu me les envoies ?",
      'Je voudrais l’avoir ce soir pour la relire dans le train.',
      // Le souhait d'une institution, à la troisième personne.
      'Le jury souhaite que vous assistiez aux délibérations, qui se tiennent le mercredi soir à 20h.',
      "Le conseil demande qu'on vous voie à la répétition de vendredi à 21h.",
      'Nous pensions que ça pourrait se faire le soir, une fois votre journée finie.',
      'Les visites de chantier ont lieu le jeudi à 19h30, nous comptons sur votre présence.',
      'Pourriez-vous faire les retouches en dehors de vos heures de bureau ?',
      'La directrice part demain, elle doit avoir le montage ce soir, tu peux l’exporter ?',
      'Tu pourrais jeter un œil à la v2 ce soir ?',
      "J'ai besoin des slides d'ici ce soir.",
      "Il faut que vous soyez joignable jusqu'à 22h.",
      'Vous pouvez nous faire un retour dans la nuit ?',
      'Quitte à bosser tard jeudi, il faut que ce soit en ligne vendredi.',
      'Même si ça veut dire deux ou trois nuits, on le veut dans la version.',
      'Tu pourrais faire une nuit blanche pour boucler ?',
      "J'ai besoin que tu assures la permanence de nuit pour le lancement.",
      'On met en ligne à 5h du matin, sois réveillée et surveille.',
      "Tu peux l'envoyer avant d'aller te coucher ?",
      'Vous pourriez relire le chapitre avant d’aller dormir ?',
      'Tu peux me renvoyer les plans ce soir à 21h ?',
      'Tu pourrais assurer le service de nuit pendant le salon ?',
      'Tu pourrais animer l’atelier sécurité pour l’équipe de nuit ?',
    ],
    quiet: [
      // Le soir de l'expéditeur lui-même, ou de quelqu'un qui le fait soi-même.
      'Pardon pour ce long message, je termine la compta ce soir et je range ma boîte mail au passage.',
      'Envoie-moi la maquette avant 17h, pour que je puisse la relire ce soir au calme.',
      'Mon associé préfère saisir les tarifs lui-même le soir, quand la boutique est fermée.',
      'Je prépare les commandes ce soir ; tu as jusqu’à vendredi pour le devis.',
      'La direction souhaite que vous passiez au bureau jeudi à 14h.',
      'Notre équipe a fait des heures sup cette semaine, si bien que tout est prêt pour la mise en ligne de mardi.',
      "Notre standard répond en dehors des heures de bureau, pas d'inquiétude.",
      // Une heure tardive racontée au passé.
      ...sentOn(
        '2026-03-16T10:00:00+01:00',
        "Pardon pour le silence, j'ai travaillé jusqu'à minuit hier soir sur le budget. Tu peux m'envoyer la maquette jeudi ?",
        "Tu m'as fait parvenir la traduction vendredi à 22h, c'est adorable, mais ne bosse pas si tard pour nous !",
      ),
      // Ce que le lecteur reçoit ce soir.
      "Le virement est parti ce matin, tu devrais l'avoir d'ici ce soir.",
      'Vous recevrez le bon de commande signé ce soir par courriel.',
      'Le colis part à midi, tu vas le recevoir ce soir ou demain.',
      "L'acompte est envoyé : vous devriez le voir arriver dans la soirée.",
      'Tu auras les accès au serveur ce soir, pas besoin de relancer.',
      "L'imprimerie ferme les commandes ce soir, donc tu pourrais m'envoyer le fichier d'ici 14h ?",
      'Son oral est demain, il doit le répéter ce soir avec sa sœur.',
      'Dis-moi le soir quand tu termines, que je sache où on en est.',
      'Surtout, ne te sens pas tenu de me répondre ce soir.',
      'Bonne soirée !',
      'Je t’envoie le brief ce soir.',
      'On en a parlé hier soir, merci pour le devis.',
      "Je t'ai envoyé la liste à 22h, tu l'as reçue ?",
      "J'ai bossé tard hier sur ton devis, désolée pour l'heure d'envoi.",
      "Tu peux photographier des soirées d'entreprise en mai ?",
      "Notre gardien assure la permanence de nuit, tu n'as rien à faire.",
      // Les heures de pointe du client, pas celles du lecteur.
      'Nos heures de pointe sont le soir, tu pourrais donc venir faire les photos un mardi matin ?',
      'On a le plus de monde le soir, merci de prévoir la pose du comptoir un mercredi à 10h.',
      // Une équipe de nuit nommée comme public ou comme raison.
      'Tu pourrais grossir la police ? Le service de nuit lit ça sur téléphone.',
      'Vous pourriez traduire la consigne, la moitié de l’équipe de nuit parle portugais ?',
      'Tu peux faire une affiche plus simple ? Le poste de nuit ne lit jamais la version longue.',
      'Merci de prévoir une version audio, les équipes de nuit écoutent dans le camion.',
      // « Ce soir » épinglé à une heure de la journée de travail : plus tard aujourd'hui, pas le soir.
      'Il me faudrait le devis ce soir avant 17h, la commission se réunit demain.',
      'Tu peux me renvoyer les plans ce soir à 16h30 ?',
      'Envoie-moi la liste avant 18h ce soir, stp.',
      "Vous pourriez déposer les fichiers sur le drive d'ici 15h ce soir ?",
      'Ce soir, avant 17h, il me faut la version corrigée.',
      'On aurait besoin du texte pour 14h ce soir au plus tard.',
      'Tu pourrais relire le contrat ce soir vers 17h, avant la signature ?',
      'Merci de publier le post ce soir 16h pile.',
    ],
  },
});

/** The evening words, unless a clock time inside the working day pins them ("ce soir avant 18h", "tonight by 5pm"). */
const rule: Rule = {
  ...phrases,
  find: (context) => phrases.find(context).filter((hit) => !pinnedToWorkingHour(context, hit)),
};
export default whenAsked(rule);
