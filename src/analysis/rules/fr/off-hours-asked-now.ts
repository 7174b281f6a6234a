import { sentOn } from '../../rule.ts';
import { askedNowRule } from '../shared/asked-now.ts';

/** Envoyé un jour de repos ou tard le soir, et demande le travail tout de suite. */
export default askedNowRule('fr', {
  fires: [
    // Samedi 14 mars 2026, dimanche 15 mars, et un mardi à 22h30.
    ...sentOn(
      '2026-03-14T11:00:00+01:00',
      'Le formulaire de réservation ne marche plus. Tu peux regarder maintenant ?',
      'Pourriez-vous corriger la bannière tout de suite ? Les clients voient les anciens prix.',
      'Merci de m’envoyer les fichiers du logo tout de suite.',
    ),
    ...sentOn(
      '2026-03-15T16:00:00+01:00',
      'Un avis négatif circule, tu pourrais rédiger une réponse dans l’heure ?',
      'stp mets le menu en ligne de suite, on ouvre à 19h',
    ),
    {
      text: 'Le client est avec moi, tu peux envoyer la présentation maintenant ?',
      sentAt: '2026-03-10T22:30:00+01:00',
    },
  ],
  quiet: [
    ...sentOn(
      '2026-03-14T11:00:00+01:00',
      'Le formulaire ne marche plus, rien ne presse, lundi ça ira.',
      'Je t’envoie le brief tout de suite lundi matin.',
      'Maintenant que le lancement est passé, tu peux nous facturer la semaine prochaine.',
      'Tu pourras regarder ça à ton retour lundi ?',
      'Tu connais le produit depuis maintenant, tu pourrais écrire le post la semaine prochaine ?',
    ),
    { text: 'Tu peux regarder maintenant ?', sentAt: '2026-03-10T11:00:00+01:00' },
    { text: 'On a corrigé tout de suite, merci pour l’alerte.', sentAt: '2026-03-10T22:30:00+01:00' },
  ],
});
