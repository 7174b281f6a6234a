import { sameAsTeamRule } from '../en/availability-control-same-as-team.ts';

/** « Notre équipe travaille de 9h à 18h. On attend la même chose de ta part. » */
export default sameAsTeamRule({
  lang: 'fr',
  norm: /\b(?:notre equipe|nos (?:salaries|employes|equipes|collaborateurs|devs|graphistes|redacteurs)|toute l'equipe|tout le monde|les autres|tous les autres|chez nous|ici)\b[^.!?\n]{0,60}?(?:\bde \d{1,2} ?h|\bdes \d{1,2} ?h|\ba \d{1,2} ?h|\bchaque (?:jour|matin|soir)|\btous les (?:jours|matins|soirs)|\bdans l'heure|\ble (?:lundi|mardi|mercredi|jeudi|vendredi)\b|\bau bureau\b|\ben ligne\b|\bsur (?:slack|teams)\b|\bfeuilles? de temps\b|\bleurs heures\b)/,
  sameAsk:
    /\b(?:(?:on attend|nous attendons|j'attends|on a besoin|nous avons besoin|on aimerait|on voudrait)\s+(?:\w+\s+){0,2}?(?:la meme chose|pareil|de meme)|en faire autant|faire pareil|faire de meme|fais pareil|faites pareil|fais de meme|faites de meme|que tu le sois|que vous le soyez|tu devrais y etre|vous devriez y etre)\b/,
  examples: {
    fires: [
      'Au studio, toute l’équipe bosse de 8h30 à 17h30. On attend la même chose de toi.',
      'Nos graphistes notent leurs heures chaque soir. Merci d’en faire autant.',
      'Les autres sont sur Slack dès 8h. Ce serait bien que tu le sois aussi.',
    ],
    quiet: [
      'Toute l’équipe est au bureau le jeudi. Passe nous voir quand tu veux !',
      'Notre équipe a adoré la maquette. On attend la même qualité pour la suite.',
    ],
  },
});
