import { recurringSlotRule } from '../../deadlines/recurring-slot.ts';

/** Un créneau hebdomadaire ou quotidien hors des heures de travail : « tous les jeudis à 20h ». */
export default recurringSlotRule('fr', {
  fires: [
    'Tu pourrais te connecter à notre visio tous les mardis à 20h30 ?',
    "Merci d'être en ligne pour le point chaque matin à 7h.",
  ],
  quiet: [
    'Tu pourrais te connecter à notre visio tous les mardis à 14h ?',
    'Notre chorale répète tous les jeudis à 20h, rien à voir avec le projet.',
  ],
});
