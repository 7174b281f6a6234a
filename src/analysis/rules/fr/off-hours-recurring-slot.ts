import { recurringSlotRule } from '../../deadlines/recurring-slot.ts';

/** Un créneau hebdomadaire ou quotidien hors des heures de travail : « tous les jeudis à 20h ». */
export default recurringSlotRule('fr', {
  fires: [
    'Tu pourrais te connecter à notre visio tous les mardis à 20h30 ?',
    "Merci d'être en ligne pour le point chaque matin à 7h.",
    'On compte sur toi au stand tous les samedis à 10h pendant le marché.',
    // « Désormais le dimanche » répète le créneau ; l'heure peut venir avant la répétition.
    'Nos mises à jour se feront désormais le samedi matin, de 7h à 9h ; tu pourras les superviser ?',
    'Dorénavant les dimanches, entre 18h et 22h, il faudra que tu modères le live.',
    'Tu pourras animer le point de 21h chaque soir pendant le salon ?',
    "- rejoins la revue de 22h chaque soir jusqu'à la démo",
  ],
  quiet: [
    'Tu pourrais te connecter à notre visio tous les mardis à 14h ?',
    'Notre chorale répète tous les jeudis à 20h, rien à voir avec le projet.',
    "La newsletter part toute seule chaque samedi à 7h, personne n'a besoin d'être là.",
    'Notre marché a lieu tous les samedis à 8h ; on te garde un panier de légumes.',
    'Désormais le samedi, de 9h à 12h, la boutique ouvre plus tôt ; rien ne change pour toi.',
    'Tu pourras nous envoyer le point de 10h chaque matin ?',
  ],
});
