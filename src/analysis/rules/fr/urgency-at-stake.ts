import { sentOn } from '../../rule.ts';
import { atStakeRule } from '../shared/at-stake.ts';

/** Une échéance proche avec la perte dite si elle glisse (« sinon on perd notre créneau », « tout repose là-dessus »). */
export default atStakeRule('fr', {
  fires: sentOn(
    '2026-03-10T10:00:00+01:00',
    "Il nous faudrait les maquettes pour jeudi midi, sinon on perd notre créneau chez l'imprimeur.",
    "Tu peux m'envoyer le bilan d'ici demain ? Sans ça, on rate la commission de mars.",
    'La banque veut le prévisionnel mercredi matin, tu pourrais le boucler ? On ne peut pas se permettre de perdre ce prêt.',
    'Merci de me renvoyer le contrat signé demain, faute de quoi nous perdons la salle.',
    'Il me faut les traductions pour jeudi, sinon je suis mal avec le client.',
    "Pourriez-vous livrer le plan d'ici mercredi ? Tout repose là-dessus.",
  ),
  quiet: sentOn(
    '2026-03-10T10:00:00+01:00',
    'Merci d’envoyer le dossier avant le 30 avril, sinon on perd la réduction.',
    'Tu peux passer jeudi ? Sinon ce n’est pas grave, on se voit vendredi.',
    "L'an dernier, on a perdu notre place parce que l'imprimeur était en retard.",
    'Tu viens jeudi ? Sinon on va te manquer !',
    'On ne peut pas se permettre de perdre ce client : prends ton temps et envoie la version quand elle est prête.',
  ),
});
