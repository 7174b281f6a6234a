import { phraseRule } from '../../phrase-rule.ts';

/*
 * Prêter main-forte aux tâches du client, à côté de la mission : « tu pourrais filer un coup de main à l'équipe pour
 * emballer les colis », « ça vous dérangerait de donner un coup de main au stand samedi », « on aurait besoin que vous
 * prêtiez main-forte aux bénévoles ». La demande adressée au lecteur et le « coup de main » suffisent. Restent à
 * l'écart : l'aide offerte au prestataire (« je te donne un coup de main pour l'envoi ») et les remerciements pour
 * une aide passée. Texte replié.
 */

/** La demande adressée au lecteur, juste avant : « tu pourrais », « ça vous dérangerait de », « merci de ». */
const DEMANDE = String.raw`(?:pourr(?:ais|iez)(?:-(?:tu|vous))?|(?:tu|vous) pourr(?:ais|iez)|peux-tu|pouvez-vous|tu peux|vous pouvez|(?:ca|cela) (?:t'|te |vous )(?:embeterait|derangerait|ennuierait|dirait) (?:de|d')|(?:il )?faudrait|serait-il possible de|ce serait possible de|merci de|(?:on|nous|j') ?(?:aurait|aurions|aurais) besoin (?:que (?:tu|vous)|de vous|de toi))`;

export default phraseRule({
  id: 'scope-creep/coup-de-main',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Asks you to pitch in with work that is not yours, beside the agreed job: scope creep.',
    fr: 'Vous demande de prêter main-forte à un travail qui n’est pas le vôtre, en plus de la mission : du travail hors périmètre.',
  },
  cue: /coup de main|coup de pouce|main-forte|main forte/,
  patterns: [
    new RegExp(
      String.raw`\b(?:coup de (?:main|pouce)|main-forte|main forte)\b(?<=\b${DEMANDE} (?:aussi |egalement |nous |leur |lui |nous )?(?:donner|filer|preter|donnes|donniez|files|filiez|pretes|pretiez|donner aussi|filer aussi) (?:(?:aussi|egalement|un|petit|bon) )*(?:coup de (?:main|pouce)|main-forte|main forte))`,
    ),
  ],
  unless: [/\b(?:facture|devis|identifiants?|mot de passe|tes fichiers|vos fichiers)\b/],
  examples: {
    fires: [
      "Tu pourrais filer un coup de main à l'équipe pour emballer les colis ?",
      'Ça vous dérangerait de donner un coup de main au stand samedi ?',
      'On aurait besoin que vous prêtiez main-forte aux bénévoles pendant le salon.',
      'Pourriez-vous nous prêter main-forte lors du déménagement du bureau ?',
      'Merci de donner un coup de main à Léa pour la mise en rayon.',
      "Tu peux aussi filer un coup de main en cuisine pendant l'inauguration ?",
      'Serait-il possible de donner un coup de main aux installateurs jeudi ?',
    ],
    quiet: [
      "Je te donne un coup de main pour l'envoi si la plateforme bloque.",
      "Merci d'avoir donné un coup de main la semaine dernière !",
      'Notre stagiaire peut vous donner un coup de main pour les photos.',
      'Pourriez-vous nous donner un coup de main pour remplir la facture ?',
      "Un coup de main de ta part nous a bien aidés l'an dernier.",
      'Ce coup de pouce de la région tombe à pic.',
    ],
  },
});
