import { phraseRule } from '../../phrase-rule.ts';
import { WIDER_SERVICE_REASON } from '../shared/wider-service.ts';

/*
 * Une prestation élargie plutôt qu'un livrable de plus : des participants ajoutés aux séances
 * (« mes deux associés pourraient-ils participer à nos séances ? », « faire venir ma collègue aux
 * ateliers »), des séances en plus de celles prévues (« une deuxième séance par semaine ») ou une
 * tâche nouvelle mise dans la mission (« on ajoute la gestion d'Instagram à ta mission », « élargir
 * votre mission à la newsletter »). Texte replié : sans accents.
 */
const PERSONNES = String.raw`(?:associee?s?|cofondat(?:eur|rice)s?|co-fondat(?:eur|rice)s?|collegues?|collaborat(?:eur|rice)s?|stagiaires?|salariee?s?|employee?s?|equipes?|direct(?:eur|rice)s?|responsables?|personnes?|participante?s?|adjointe?s?|assistante?s?|mari|femme|conjointe?|fils|fille|amie?s?|managers?|commerciaux|commerciale?s?)`;
const SEANCES = String.raw`(?:seances?|sessions?|ateliers?|coachings?|cours|formations?|reunions?|points?|visios?|appels?|accompagnements?|masterclass|webinaires?|webinars?)`;
/** Ce à quoi on ajoute une tâche ; pas « au contrat » ni « au cahier des charges », qui prennent aussi des clauses et des notes. */
const MISSION_AJOUT = String.raw`(?:mission|forfait|abonnement|prestation|perimetre|attributions|taches|liste de taches)`;
/** Un travail qui s'étend à d'autres lieux ou entités : l'audit, l'étude, la formation. */
const ETUDE = String.raw`(?:audit|etude|diagnostic|analyse|bilan|inventaire|formation|accompagnement|coaching|revue|enquete|cartographie|traduction|shooting|reportage|refonte|migration|inspection|controle)`;
const LIEUX = String.raw`(?:succursales?|agences?|sites?|filiales?|boutiques?|magasins?|bureaux|antennes?|entites?|etablissements?|restaurants?|usines?|entrepots?|marques?|pays|regions?|departements?|langues?|cliniques?|ecoles?|hotels?|franchises?|points de vente|implantations?|delegations?)`;

export default phraseRule({
  id: 'scope-creep/prestation-elargie',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: WIDER_SERVICE_REASON,
  patterns: [
    // « mes deux associés pourraient participer à nos séances », « ma collègue pourrait-elle se joindre aux ateliers ».
    new RegExp(
      String.raw`\b(?:mes|nos|notre|mon|ma|deux|trois|quatre|\d+)(?: [a-z-]+){0,2} ${PERSONNES}(?: [a-z-]+){0,2} (?:pourrai(?:en)?t|pourront|peuvent|puissent|pourraient-ils|pourraient-elles|pourrait-il|pourrait-elle|viendront|viendraient|vont)(?: aussi| egalement| desormais| dorenavant)? (?:participer|assister|se joindre|nous rejoindre|rejoindre|venir|suivre|prendre part)\b[^.?!\n]{0,30}\b${SEANCES}\b`,
    ),
    // « faire venir / inviter / ajouter ma collègue aux prochaines séances ».
    new RegExp(
      String.raw`\b(?:faire venir|inviter|ajouter|rajouter|integrer|inclure|amener|emmener|accueillir)(?: aussi| egalement)? (?:mes|nos|notre|mon|ma|deux|trois|quatre|une|un|d'autres|\d+)(?: [a-z-]+){0,2} ${PERSONNES}(?: [a-z-]+){0,2} (?:a|aux|dans|en|pour) (?:la|le|les|l'|nos|notre|ces|toutes? (?:les|nos)|chaque|prochaine?s?|futures?)?(?: ?[a-z-]+){0,2} ${SEANCES}\b`,
    ),
    // Des séances en plus : « une deuxième séance par semaine », « un point de plus chaque mois ».
    new RegExp(
      String.raw`\b(?:une? (?:deuxieme|seconde?|troisieme|autre|nouvelle?|nouvel)|deux|trois|plus de) ${SEANCES}(?: (?:de plus|en plus|supplementaires?))? (?:par|chaque|toutes les) (?:semaine|mois|quinzaine)\b`,
    ),
    // Une tâche mise dans la mission : « on ajoute la gestion d'Instagram à ta mission ».
    new RegExp(
      String.raw`\b(?:ajout|rajout|integr|inclu)(?:er|ons|ez|e|es|ait|erait|erions|eriez)\b[^.?!\n]{1,50}\b(?:a|au|dans|sur) (?:ta|ton|votre|la|le|notre) (?:actuelle? |mensuel(?:le)? )?${MISSION_AJOUT}\b`,
    ),
    // Du nouveau glissé dans l'ensemble convenu : « on intègre une petite vidéo explicative au projet ? ».
    new RegExp(
      String.raw`\b(?:integr|inclu|ajout|rajout|gliss|cas)(?:er|ons|ez|e|es|ait|erait|erions|eriez)\b (?:aussi |egalement )?(?:une?|des|quelques|deux|trois|un autre|une autre) [a-z' -]{2,40}?\b(?:au|dans le|dans la|a la) (?:projet|package|pack|prix|lot|commande)\b`,
    ),
    new RegExp(
      String.raw`\b(?:elargir|etendre|agrandir|enrichir|elargit|etend|elargissons|etendons) (?:ta|ton|votre|la|le|notre) ${MISSION_AJOUT} (?:a (?!la fin\b|fin\b|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|\d)|aux|au (?!\d|mois\b|moins\b|dela\b|printemps\b|debut\b)|pour (?:y )?inclure|pour couvrir)`,
    ),
    // Plus de participants que prévu : « ouvrir la formation à toute l'équipe, pas seulement aux managers ».
    new RegExp(
      String.raw`\b(?:ouvrir|ouvrions|ouvriez|etendre|elargir|proposer|faire)\b (?:la |le |les |l'|ta |ton |tes |votre |vos )${SEANCES} (?:a|aux|pour) (?:toute l'|toute la|tous les|tous nos|toutes nos|l'ensemble (?:de|des)|nos \d+|tout le)\b[^.?!\n]{0,25}?\b(?:${PERSONNES}|personnel|monde|equipe)\b(?=[^.?!\n]{0,40}\b(?:pas (?:seulement|uniquement|que)|au lieu d|plutot qu|aussi|egalement|en plus)\b)`,
    ),
    // Le même travail étendu à d'autres lieux : « élargir l'audit à nos agences de Lyon et Nantes ».
    new RegExp(
      String.raw`\b(?:elargir|etendre|elargit|etend|elargissons|etendons|elargissiez|etendiez|deployer|dupliquer|reproduire)\b (?:l'|le |la |les |votre |ton |ta |vos |tes |cet |cette )${ETUDE}s? (?:a|aux|au|sur|pour|dans) (?:nos|notre|les|l'ensemble de nos|tous nos|toutes nos|chacune? de nos|d'autres|nos autres)\b[^.?!\n]{0,30}?\b${LIEUX}\b`,
    ),
    new RegExp(
      String.raw`\b${ETUDE}s?\b[^.?!\n]{0,30}\b(?:etre|soit|soient) (?:aussi |egalement )?(?:etendue?s?|elargie?s?|deploye(?:e|s|es)?) (?:a|aux|au|sur) (?:nos|notre|les|l'ensemble de nos|tous nos|toutes nos|d'autres|nos autres)\b[^.?!\n]{0,30}?\b${LIEUX}\b`,
    ),
    // Les mêmes pièces en plus dans l'envoi : « vous pouvez les joindre au lot ? ».
    /\b(?:pouvez|pourriez|peux|pourrais|possible de)(?:[- ](?:vous|tu))?\s+(?:les |la |le |l'|en |aussi |egalement )*(?:joindre|ajouter|inclure|integrer|rajouter|glisser)\s+(?:aussi |egalement )?(?:au|a la|dans le|dans la)\s+(?:lot|commande|livraison|pack|envoi|forfait)\b/,
    // Des pièces en plus glissées dans un livrable : « tu peux glisser les deux fiches techniques dans la brochure ? ».
    /\b(?:pouvez|pourriez|peux|pourrais|possible de)(?:[- ](?:vous|tu))?\s+(?:juste |simplement |aussi |egalement )?(?:les |la |le |l'|en )*(?:glisser|caser|integrer|inclure|rajouter|ajouter)\s+(?:(?:les|la|le|l'|nos|ces|deux|trois|quatre|quelques|\d+)\s*(?:[a-z'-]+\s+){0,3}?)?(?:avec|dans|a|au|aux)\s+(?:le |la |les |l'|notre |nos |votre )?(?:[a-z-]+\s+)?(?:manuel|guide|catalogue|brochure|livret|rapport|plaquette|depliant|site|appli|newsletter|magazine|kit|livre|mode d'emploi|notice)\b/,
    // La même prestation pour une personne de plus : « vous pourriez aussi aider Inès pour son exposé ».
    /\b(?:(?:vous|tu)\s+(?:pourriez|pourrais|pouvez|peux)|(?:pourriez|pourrais|pouvez|peux)-(?:vous|tu))\s+(?:aussi|egalement|en plus)\s+(?:aider|accompagner|coacher|suivre|faire travailler|prendre en charge)\s+(?!(?:nous|moi|me)\b|m')[a-z]+/,
  ],
  unless: [
    /\b(?:devis|chiffr\w*|on te paiera|nous vous paierons|en supplement|a part|facture[rz]?|a ton tarif|a votre tarif|comme (?:prevu|convenu))\b/,
    // Les papiers et les listes de diffusion ne sont pas la prestation : « ajouter ma collègue en copie ».
    /\b(?:en copie|liste de diffusion|signer le contrat|signature du contrat)\b/,
    /\b(?:retirer|enlever|supprimer|ne plus)\b/,
  ],
  examples: {
    fires: [
      'Mes deux cofondatrices pourraient-elles aussi participer aux séances de coaching ?',
      'Je voudrais faire venir mon adjoint aux prochains ateliers.',
      'On pourrait caler une deuxième séance par semaine ?',
      'On rajoute la modération du groupe Facebook à ton forfait ?',
      'On pourrait glisser deux petites animations dans le projet ?',
      'Nous aimerions élargir votre mission aux relations presse.',
      'Est-ce que notre équipe commerciale pourrait assister aux cours à partir de mai ?',
      'Il reste trois affiches du salon, tu peux les ajouter au lot ?',
      'Tu pourrais aussi faire travailler Jules, son cousin, sur les maths ?',
      "Serait-il possible d'étendre le diagnostic à nos trois boutiques de Genève ?",
      'On voudrait que la formation soit aussi déployée sur nos autres sites.',
      'Vous pourriez caser nos trois recettes maison dans le livret ?',
      "On aimerait ouvrir l'atelier à toute l'équipe, pas seulement aux responsables.",
    ],
    quiet: [
      'Mon associé viendra au rendez-vous de mardi pour signer le contrat.',
      "Merci d'ajouter ma collègue en copie des factures.",
      'Les séances se passent très bien, toute l’équipe vous remercie.',
      'Comme prévu dans le forfait, nos deux stagiaires assisteront aux ateliers.',
      'On peut retirer la newsletter de ta mission à partir de juin.',
      "J'ai ajouté les nouvelles photos au cahier des charges, elles sont dans le dossier.",
      'Pouvez-vous ajouter la clause de confidentialité au contrat ?',
      'Tu peux glisser une copie de la charte dans le colis pour l’imprimeur ?',
      'Nous souhaitons prolonger ta mission à fin juin.',
      'On aimerait étendre ta mission au mois de juillet.',
      "Comme prévu au devis, l'audit couvre nos deux agences.",
      'Tu peux glisser la facture dans le colis avec la brochure imprimée ?',
      "Comme convenu, on ouvre l'atelier à toute l'équipe, pas seulement aux responsables.",
      "L'an dernier, on avait étendu l'audit à nos filiales nous-mêmes.",
      'Pourriez-vous aussi nous aider à choisir le papier ?',
      "J'ajoute au lot les trois logos, ils sont dans le dossier.",
    ],
  },
});
