import { sentOn } from '../../rule.ts';
import { rushedDeadlineRule } from '../en/urgency-rushed-deadline.ts';
import * as turnaround from './urgency-short-turnaround.ts';
import { REASSURANCE } from './urgency-urgent.ts';
import { withoutTimecodes } from '../shared/media-timecode.ts';

/** A requested deadline that leaves less than a working day (two for a bundle of work). */
export default withoutTimecodes(
  rushedDeadlineRule({
    lang: 'fr',
    asksReader: turnaround.asksReader,
    reportedBefore: turnaround.REPORTED_BEFORE,
    unfinished: turnaround.UNFINISHED,
    relaxed: turnaround.relaxedHandover,
    // Ce que l'expéditeur fait lui-même de « tout ça » (« je présente tout ça au comité ») ne charge pas le lecteur.
    bulk: /(?<!\b(?:je|on|nous|j') ?(?:presente|presentons|montre|montrons|expose|exposons|soumets|soumet|soumettons|defends|defend|defendons|pitche|pitchons) )\b(?:tout|l'ensemble|le tout|toute? (?:la|le|l')|tou(?:te)?s les|(?:les|des) \d+|l'integralite|le reste)\b/,
    calm: [
      REASSURANCE,
      turnaround.OWN_ABSENCE,
      turnaround.STANDING,
      turnaround.OFF_HOURS_SLOT,
      turnaround.NOWADAYS,
      // Une réponse rapide ("dites-moi avant 10h") n'est pas un travail bâclé dans l'urgence.
      /\b(?:me dire|nous dire|dites-moi|dis-moi|(?:me |nous )?confirmer|confirmez|repondre|me tenir au courant|(?:vous |t')inscrire)\b/,
      /\bcomme (?:convenu|prevu|indique|annonce|discute|dans le devis)\b|\b(?:date|echeance|delai) (?:initiale?|prevue?|convenue?)\b|\bnous (?:va|convient)\b|\bme (?:va|convient)\b/,
    ],
    examples: {
      fires: [
        {
          text: 'Il me faut la maquette pour lundi midi, le spot part aux radios.',
          sentAt: '2026-03-12T15:40:00-04:00',
        },
        {
          text: "Je sais qu'on est vendredi soir. Tu pourrais me rédiger les fiches d'ici lundi soir ?",
          sentAt: '2026-03-13T18:50:00+01:00',
        },
        { text: 'Le kakémono doit être prêt pour lundi 8h, sans faute.', sentAt: '2026-03-13T19:00:00+01:00' },
        {
          text: 'Pourriez-vous nous transmettre la version finale pour demain 9h ?',
          sentAt: '2025-11-18T15:00:00+01:00',
        },
        { text: 'Pourriez-vous reprendre toutes les photos pour lundi 8h ?', sentAt: '2025-11-21T18:50:00+01:00' },
        { text: "Il nous faudrait l'ensemble pour demain 14h.", sentAt: '2026-02-09T10:15:00+01:00' },
        { text: 'Tu peux me renvoyer le visuel avant 16h ?', sentAt: '2025-10-21T10:15:00+02:00' },
        {
          text: 'Le comité se réunit à 15h. Tu pourrais m’envoyer la synthèse d’ici là ?',
          sentAt: '2026-03-10T13:30:00+01:00',
        },
        {
          text: "La dégustation commence demain à 10h. J'aurais besoin des étiquettes avant.",
          sentAt: '2026-03-10T16:00:00+01:00',
        },
        { text: 'Tu peux me rendre la traduction samedi midi au plus tard ?', sentAt: '2026-03-13T19:30:00+01:00' },
        // Un lot compté par dizaines, dû dans à peine plus d'une journée de travail.
        ...sentOn(
          '2026-03-10T11:00:00+01:00',
          'On a 120 fiches produits à traduire. Tu pourrais me les rendre demain 13h ?',
          'Pourriez-vous retoucher les 45 visuels pour demain midi ?',
          'Il me faudrait les trente légendes demain à 14h.',
        ),
        // Dû le jour chômé avant l'heure d'ouverture, le moment déclaré impossible à déplacer.
        ...sentOn(
          '2026-03-13T19:30:00+01:00',
          'Tu peux me renvoyer les visuels pour demain 8h ? Le salon ouvre à 9h, je peux pas le décaler.',
          'Pourriez-vous me transmettre le dossier pour demain 7h ? Impossible de repousser la commission.',
          'Il me faut la maquette demain 8h, le lancement ne peut pas être reporté.',
          'Vous pourriez déposer les photos pour demain 7h30 ? On ne peut pas bouger la mise en ligne.',
          'Tu peux finir la plaquette pour lundi 9h ? Il nous la faut absolument pour le salon.',
          'Il nous faut le dossier lundi 8h, sinon on rate la commission.',
        ),
      ],
      quiet: [
        // L'expéditeur présente « tout ça » lundi ; le lecteur n'a qu'une version à renvoyer avant : le week-end (off_hours).
        {
          text: 'Je montre tout ça au bureau lundi à 9h, tu pourrais me renvoyer la nouvelle affiche avant ?',
          sentAt: '2026-03-13T18:40:00+01:00',
        },
        // Une horloge qui repère un moment d'un enregistrement, pas une heure de la journée.
        ...sentOn(
          '2026-03-10T16:30:00+01:00',
          "Deux retouches sur l'épisode 5 : tu peux couper le blanc vers 22:40 et remonter la voix de l'invitée ?",
          'Pourriez-vous recaler les sous-titres qui sautent à 1:02:45 avant l’export ?',
          'Dans la bande-annonce, tu peux allonger le plan du logo à 21:30 ?',
          'La réplique à 47:10 est coupée, tu peux la reprendre ?',
          'Sur la bobine 2, pourrais-tu raccourcir la scène vers 23:05 ?',
          'La boucle de pluie craque vers 2:13, tu pourrais la lisser ?',
          "C'est en dehors de ce que vous faites pour nous aujourd'hui ; pourriez-vous nous chiffrer la traduction à part ?",
        ),
        ...sentOn(
          '2026-03-10T11:00:00+01:00',
          'On a 120 fiches produits à traduire. Tu pourrais me les rendre vendredi 13h ?',
          'Tu pourrais corriger la coquille de la page 12 pour demain midi ?',
        ),
        {
          text: 'Il me faut la maquette pour lundi midi, le spot part aux radios.',
          sentAt: '2026-03-10T10:00:00-04:00',
        },
        { text: 'Pour la bascule, on compte sur ta présence de 9h à midi mardi.', sentAt: '2026-03-09T10:00:00+01:00' },
        {
          text: "La dégustation a lieu le 30 avril. J'aurais besoin des étiquettes avant.",
          sentAt: '2026-03-10T15:00:00+01:00',
        },
        { text: 'Tu peux nous livrer les affiches demain ?', sentAt: '2025-05-28T16:30:00+02:00' },
        { text: "Aujourd'hui, tu peux te consacrer aux textes du panier ?", sentAt: '2026-03-10T09:05:00+01:00' },
        {
          text: "Si vous devez partir avant 16h aujourd'hui, prévenez l'accueil.",
          sentAt: '2026-03-12T11:00:00+01:00',
        },
        { text: 'La date du 10 avril prévue dans le devis nous convient.', sentAt: '2025-03-19T15:00:00+01:00' },
        { text: 'Je vous envoie le bon de commande avant 16h.', sentAt: '2025-10-21T10:15:00+02:00' },
        { text: 'Tu pourrais me donner un planning pour vendredi ?', sentAt: '2026-03-02T10:05:00+01:00' },
        { text: 'Tu peux m’envoyer les photos de la séance d’aujourd’hui ?', sentAt: '2026-03-10T17:30:00+01:00' },
        { text: 'Rien ne presse, pour vendredi comme convenu.', sentAt: '2025-10-21T10:15:00+02:00' },
        { text: 'Merci pour le texte, je voudrais pouvoir le relire jeudi à 9h.', sentAt: '2026-03-11T17:00:00+01:00' },
        { text: "Merci de m'adresser tous les jours avant 18h un compte rendu.", sentAt: '2025-10-20T09:00:00+02:00' },
        { text: 'Tu peux retoucher les plans de 03:20 à 04:45 ?', sentAt: '2026-01-22T12:40:00+01:00' },
        { text: 'Vous pourriez me renvoyer la photo lundi avant 8h ?', sentAt: '2025-09-05T18:05:00+02:00' },
        { text: "Peux-tu être disponible sur ton natel jusqu'à 22h ?", sentAt: '2026-03-10T11:00:00+01:00' },
        { text: 'Chez nous, tout est prêt pour vendredi, il ne manque que toi.', sentAt: '2026-03-11T16:00:00+01:00' },
        {
          text: 'Le tournage est réservé samedi à 8h, une des trois séances comprises dans notre forfait.',
          sentAt: '2026-03-13T15:00:00+01:00',
        },
        // « le soir même » : le soir d'un autre jour, nommé avant.
        {
          text: "Le concert est le 14 juin ; j'ai besoin de toi à la régie le soir même.",
          sentAt: '2026-03-10T10:00:00+01:00',
        },
        // « le mardi » sans date : tous les mardis, une habitude.
        { text: 'Le mardi, merci de rester dans nos locaux toute la journée.', sentAt: '2026-03-09T10:00:00+01:00' },
        { text: 'Le jeudi, tu pourrais passer à l’atelier pour les essayages ?', sentAt: '2026-03-11T10:00:00+01:00' },
        // Un créneau proposé, ou le choix laissé au lecteur : pas d'échéance.
        ...sentOn(
          '2026-03-10T11:00:00+01:00',
          'On fait un point de lancement ? Je vous propose mercredi 9h ou jeudi 14h, sinon envoyez-moi vos dispos.',
          'Tu pourrais passer au bureau mercredi 11h ? Si aucun créneau ne te va, dis-moi tes dispos.',
          'Pourriez-vous venir mesurer la cuisine mercredi 9h ou jeudi ? Selon vos disponibilités.',
          'Vous pourriez passer mercredi 10h ou jeudi 15h pour le repérage ? Dites-moi lequel vous convient.',
          'Tu peux venir voir la boutique mercredi matin ? Sinon jeudi m’arrange aussi, à ta convenance.',
          'Ce serait top de se voir mercredi 9h ou vendredi, au choix, je t’envoie le lien.',
          'Pourriez-vous passer voir le four mercredi matin ou vendredi ? Comme vous préférez.',
        ),
        ...sentOn(
          '2026-03-13T19:30:00+01:00',
          'Tu peux me renvoyer les visuels pour demain 8h ? Sinon je peux décaler le salon.',
          'Pourriez-vous me transmettre le dossier pour demain 7h ? On peut repousser la commission si besoin.',
        ),
      ],
    },
  }),
);
