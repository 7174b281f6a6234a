import { impliedOffHoursRule } from '../../deadlines/implied-off-hours.ts';
import { sentOn } from '../../rule.ts';
import { unlessGuest } from '../shared/guest-invite.ts';
import { withoutTimecodes } from '../shared/media-timecode.ts';

/** Une échéance ou une heure de rendez-vous qui, vu l'heure d'envoi, ne tient qu'en dehors des heures de travail. */
export default unlessGuest(
  withoutTimecodes(
    impliedOffHoursRule('fr', {
      fires: [
        // Ce que l'expéditeur fera ensuite dit pourquoi il en a besoin, pas un moment à lui.
        ...sentOn(
          '2025-09-18T20:35:00+02:00',
          'Il me les faudrait pour demain 8h30, je les présente à la famille au petit-déjeuner.',
        ),
        // L'heure dite plus loin dans la phrase appartient au jour nommé avant elle.
        ...sentOn(
          '2025-05-20T15:10:00+02:00',
          "On tourne le dimanche 1er juin, avant l'ouverture, donc rendez-vous à 7h sur place.",
        ),
        // Le souhait d'un tiers, relayé : c'est au lecteur de livrer.
        ...sentOn('2025-11-21T18:50:00+01:00', 'Ils aimeraient la recevoir pour lundi 8 h, avant leur comité.'),
        // Des heures typographiées « 19 h », et le seul moment où le travail pourra se faire.
        ...sentOn(
          '2026-03-04T12:20:00+01:00',
          'Les portraits ne pourront se faire que pendant notre gala, le vendredi 13 mars de 19 h à 23 h.',
        ),
        // « Première heure » sans « à la », ou une question de faisabilité comme demande, envoyées le soir.
        ...sentOn(
          '2026-03-16T19:00:00+01:00',
          "Vous pourriez m'envoyer les plans pour mardi première heure ?",
          "Les affiches doivent être chez l'imprimeur demain à 7h au plus tard. C'est jouable ?",
          "Les flyers qu'on avait commandés pour la fin du mois doivent partir demain à 7h au plus tard. C'est faisable ?",
        ),
        // Une raison après la question (« nous bouclons le catalogue »), pas un plan de l'expéditeur à cette heure.
        {
          text: 'Tu pourrais me rendre les pages pour lundi 8h ? Nous imprimons le dossier dans la matinée.',
          sentAt: '2026-03-13T18:30:00+01:00',
        },
        {
          text: 'Pourriez-vous accompagner la chorale à notre gala ? C’est le samedi 9 mai à 19h.',
          sentAt: '2026-03-10T10:00:00+01:00',
        },
        { text: 'Tu pourrais tenir le stand samedi de 8h à midi ?', sentAt: '2026-03-10T10:00:00+01:00' },
        {
          text: 'Je rentre vers 22h ce soir. Appelle-moi à ce moment-là, on bouclera le plan.',
          sentAt: '2025-10-14T16:20:00+02:00',
        },
        {
          text: "On lance la nouvelle version samedi à 7h, avant l'ouverture. Tu seras là pour vérifier les paiements ?",
          sentAt: '2025-06-18T11:00:00+02:00',
        },
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Les comités de lecture se tiennent le samedi matin à 9h ; votre présence est attendue.',
          'La brocante a lieu dimanche. Tu pourrais tenir nos réseaux ce jour-là ?',
          'Le party de bureau est vendredi soir. On aimerait que tu sois là pour les photos.',
        ),
        {
          text: "La visite du chantier aura lieu dimanche à 10h, merci d'y être.",
          sentAt: '2026-03-11T10:00:00+01:00',
        },
        { text: 'Tu peux me renvoyer la maquette pour lundi 8h ?', sentAt: '2026-03-13T19:00:00+01:00' },
        // Le seul créneau où le travail peut se faire tombe un samedi.
        {
          text: 'Le seul créneau où nos informaticiens peuvent vous ouvrir le serveur, c’est samedi pendant la fenêtre de maintenance.',
          sentAt: '2026-03-10T10:00:00+01:00',
        },
        // Un impératif avec un jour de week-end, même suivi de ce que l'expéditeur fera ensuite.
        ...sentOn(
          '2026-03-13T18:30:00+01:00',
          'Envoie-moi le texte samedi, je le lirai dans le train.',
          'Envoyez-nous les plans dimanche, je les imprimerai au bureau.',
        ),
        { text: 'Merci de me faire parvenir le devis demain matin.', sentAt: '2026-03-10T21:00:00+01:00' },
        { text: 'On peut caler le point à 20h30 ?', sentAt: '2026-03-10T11:00:00+01:00' },
        { text: 'Tu peux me renvoyer les plans ce soir à 21h ?', sentAt: '2026-03-10T11:00:00+01:00' },
        { text: "Pourriez-vous regarder ça aujourd'hui ?", sentAt: '2026-03-14T10:00:00+01:00' },
        // L'événement dans une phrase, la demande de l'animer ou d'y être dans la suivante.
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Vous pourriez couvrir la soirée de lancement ? Elle a lieu vendredi à 20h.',
          'L’inauguration est dimanche à 11h. On a besoin de toi sur place pour accrocher l’expo.',
          'Le lancement a lieu dimanche à 21h. Vous pourriez l’animer de votre côté ?',
          'La soirée clients est vendredi de 19h à 23h. Ce serait top si tu pouvais venir faire les photos.',
          'Le live commence jeudi à 22h. Tu peux être connecté pour modérer le chat ?',
          // Rester sur l'appel, ou mener ces séances, dans la phrase qui suit le moment.
          "La bascule des serveurs est prévue dimanche soir à partir de 22h. Tu pourrais rester sur l'appel Teams jusqu'à la fin ?",
          "Nos boulangers n'ont qu'un créneau entre minuit et 3h. Vous pourriez mener ces entretiens ?",
        ),
      ],
      quiet: [
        ...sentOn(
          '2025-05-20T15:10:00+02:00',
          'Tu peux passer jeudi, après la réunion du matin, vers 14h ?',
          "J'ai rendez-vous à 9h chez le notaire samedi, tu peux m'envoyer le devis jeudi ?",
        ),
        ...sentOn('2025-11-21T18:50:00+01:00', "Ils aimeraient l'avoir pour mercredi, avant leur comité."),
        // Les mêmes heures typographiées, dans la journée de travail.
        ...sentOn(
          '2026-03-04T12:20:00+01:00',
          'Tu pourrais passer au magasin le jeudi 12 mars de 9 h à 12 h 30 ?',
          'Vous pourriez livrer les affiches le jeudi 12 mars à 16 h 30 ?',
        ),
        // Le jour où le lecteur commence, fût-il férié : un départ convenu, pas un travail demandé ce jour-là.
        ...sentOn(
          '2025-08-27T16:00:00-04:00',
          'Voici deux consignes avant que tu commences lundi : le code du portail et le nom du chef de chantier.',
        ),
        // Une faisabilité sans heure tardive.
        ...sentOn('2026-03-16T19:00:00+01:00', "Si c'est faisable, envoie-moi le devis la semaine prochaine."),
        // Ce qui arrive au lecteur, sans rien à faire.
        ...sentOn(
          '2026-03-13T14:15:00-04:00',
          "Le paiement a été lancé aujourd'hui, tu devrais le voir d'ici demain. Encore merci pour les slogans!",
        ),
        // Une plage d'un enregistrement dont la fin dépasse 24 heures : une position, pas une heure du soir.
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Tu pourrais reprendre les sous-titres du passage au marché (de 22:40 à 34:05) pour le nouveau montage ?',
        ),
        // Ce qui parvient au lecteur, sans rien à faire de son côté.
        ...sentOn(
          '2026-03-13T17:30:00+01:00',
          "Le virement est parti cet après-midi, tu devrais l'avoir d'ici ce soir.",
          'Le contrat signé est chez le coursier, vous le recevrez samedi matin.',
          'Tu auras les accès au serveur ce soir, pas besoin de relancer.',
          'Les échantillons sont postés : vous allez les recevoir dimanche.',
        ),
        // A guest invited to a party, told outright it is not work.
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'On fête la sortie du livre samedi à 19h ! Tu ne travailles pas, viens juste en invitée.',
          'La soirée des vingt ans de la boutique est vendredi à 20h. On aimerait que tu sois là, comme notre invité.',
          'Le vernissage est dimanche à 18h. Viens, pas pour travailler, juste pour le plaisir.',
          "Notre gala a lieu samedi soir à 20h. On t'attend en invitée, laisse ton appareil à la maison.",
          "Le concert de l'école est samedi à 17h. Vous ne travaillez pas ce jour-là, venez en famille.",
          "On inaugure l'atelier dimanche à 11h ! Rien à faire de ton côté, on aimerait juste que tu sois là.",
        ),
        // A colon clock in a recording is a place in it, not a late hour.
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          "Dans l'épisode 4, il y a un souffle vers 22:40, tu pourrais le nettoyer ?",
          "Sur la vidéo du salon, le logo saute à 21:05 : tu peux refaire l'export ?",
          'Le podcast grésille à 23:30, juste avant le générique, tu peux regarder ?',
          'Dans la piste 3, la voix décroche vers 19:12, tu pourrais reprendre ce passage ?',
          'Le clip a un faux raccord à 20:45, tu peux couper ce plan ?',
          "Sur la capsule 2, coupe le silence à 22:05 s'il te plaît.",
        ),
        // A third party's own evening, the reader's work due in the afternoon.
        {
          text: "L'imprimerie ferme les commandes ce soir, donc tu pourrais m'envoyer le fichier d'ici 14h ?",
          sentAt: '2026-03-10T10:00:00+01:00',
        },
        {
          text: 'Pour info, la fenêtre de maintenance est samedi, le site sera coupé, vous n’avez rien à faire.',
          sentAt: '2026-03-10T10:00:00+01:00',
        },
        { text: 'Je t’envoie le texte samedi, tu le liras lundi.', sentAt: '2026-03-13T18:30:00+01:00' },
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          "Il me faut les fichiers pour 15h aujourd'hui, les poseurs arrivent demain à 6h.",
          'Pourriez-vous ajouter un rendu de nuit de la terrasse ?',
          'Tu peux nous faire une vue du soir du jardin, avec les lampions ?',
          "Les ouvriers arrivent demain à 7h, tu peux m'envoyer le devis cette semaine ?",
        ),
        {
          text: 'Tout est prêt pour le jeudi 14 mai, tu pourras aussi nous laisser tes fichiers sources ?',
          sentAt: '2026-05-12T10:00:00+02:00',
        },
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Son examen est vendredi, elle doit réviser ses fiches ce soir.',
          'Tu pourrais animer l’atelier de mars ? Celui de samedi dernier a beaucoup plu.',
          'Le salon est dimanche. Vous pourriez nous présenter vos tarifs mardi ?',
        ),
        ...sentOn(
          '2026-03-13T19:30:00+01:00',
          'Dorénavant, merci de te joindre au point de 9h30 chaque matin.',
          'À partir de maintenant, mets-moi en copie de chaque devis.',
          'Merci de rester joignable en semaine, de 9h à 17h.',
        ),
        { text: 'Tu peux me renvoyer la maquette pour lundi 8h ?', sentAt: '2026-03-09T10:00:00+01:00' },
        { text: 'On peut faire un point mardi à 14h ?', sentAt: '2026-03-12T16:00:00+01:00' },
        { text: 'Surtout, ne te sens pas tenu de me répondre ce soir.', sentAt: '2026-03-10T17:30:00+01:00' },
        { text: 'Merci de me faire parvenir le devis pour jeudi.', sentAt: '2026-03-10T21:00:00+01:00' },
        { text: 'Vous serez joignable sur Teams de 7h30 à 17h.', sentAt: '2026-03-10T10:00:00+01:00' },
        ...sentOn(
          '2026-03-10T10:30:00+01:00',
          'Préviens-moi le soir quand tu finis, et le matin quand tu commences.',
          'On prend en charge le train et deux nuits d’hôtel, tu peux confirmer ?',
        ),
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Le vernissage est samedi soir. Tu pourrais nous envoyer l’affiche mercredi ?',
          'La soirée est vendredi à 20h. Tu es le bienvenu si tu veux passer.',
          "La bascule des serveurs est prévue dimanche soir. Pas besoin que tu sois là, on l'animera nous-mêmes.",
        ),
        // Une équipe nommée par un moment de la journée, public ou raison : aucun moment demandé.
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Tu peux grossir la police ? Les équipes de nuit lisent ça sur leur téléphone.',
          "Pourriez-vous ajouter une version audio ? L'équipe du matin l'écoute dans le camion.",
          'Tu pourrais simplifier la fiche, les gardes de nuit sautent toujours la troisième étape.',
          'Vous pouvez traduire le guide en arabe ? La moitié du poste de nuit le parle.',
          "Merci d'imprimer l'affiche en A3, le personnel du soir l'épingle au tableau.",
          // « Ce soir » épinglé à une heure de la journée de travail : plus tard aujourd'hui.
          'Il me faudrait le devis ce soir avant 17h, la commission se réunit demain.',
          'Ce soir, avant 17h, il me faut la version corrigée.',
        ),
      ],
    }),
  ),
);
