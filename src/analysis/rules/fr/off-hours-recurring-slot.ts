import { recurringSlotRule } from '../../deadlines/recurring-slot.ts';

/** Un créneau hebdomadaire ou quotidien hors des heures de travail : « tous les jeudis à 20h ». */
export default recurringSlotRule('fr', {
  fires: [
    'Tu pourrais te connecter à notre visio tous les mardis à 20h30 ?',
    "Merci d'être en ligne pour le point chaque matin à 7h.",
    'On compte sur toi au stand tous les samedis à 10h pendant le marché.',
  ],
  quiet: [
    'Tu pourrais te connecter à notre visio tous les mardis à 14h ?',
    'Notre chorale répète tous les jeudis à 20h, rien à voir avec le projet.',
    "La newsletter part toute seule chaque samedi à 7h, personne n'a besoin d'être là.",
    'Notre marché a lieu tous les samedis à 8h ; on te garde un panier de légumes.',
  ],
});
