import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { newestText } from '../shared/newest.ts';
import {
  endsBefore,
  phrases,
  findWithin,
  openedBy,
  PhraseList,
  phraseEnd,
  scanSpans,
  startsWithin,
  type Word,
} from '../shared/words.ts';

/*
 * Du travail nouveau greffé sur la mission : une demande « aussi / également / en plus » de
 * quelque chose à produire (« pourriez-vous aussi traduire la carte », « - écrire aussi les
 * posts », « il faudrait que tu t'occupes aussi de… »), un besoin en plus (« en plus de la
 * brochure, il nous faudrait un kakémono », « trois pages de plus ») ou un livrable à ajouter
 * (« ajouter un espace client »). Texte replié : sans accents. Les listes de mots sont consultées
 * mot à mot (voir shared/words.ts).
 */
const WORK = new PhraseList([
  ...['faire', 'realiser', 'rediger', 'ecrire', 'traduire', 'creer', 'concevoir', 'designer', 'dessiner', 'illustrer'],
  ...['mettre en page', 'maquetter', 'monter', 'tourner', 'filmer', 'photographier', 'animer', 'former', 'depanner'],
  ...['gerer', 'prendre en charge', 'tirer', 'decliner', 'developper', 'integrer', 'coder', 'preparer', 'produire'],
  ...['ajouter', 'rajouter', 'mettre en place', 'installer', 'programmer', 'configurer', 'organiser', 'couvrir'],
  // « Pourriez-vous, en plus, assurer la relecture… » : assurer une tâche, c'est la faire.
  ...['assurer'],
  ...['shooter', 'sous titrer', 'enregistrer', 'pondre', 'concocter', 'bricoler', 'imaginer', 'repondre'],
  ...["s'occuper", "t'occuper", 'vous occuper', 'revenir photographier', 'revenir filmer', 'revenir faire'],
  ...['animer', 'moderer', 'assister', 'participer', 'accompagner', 'suivre', 'alimenter', 'publier', 'rediger'],
  ...['constituer', 'etablir', 'elaborer', 'compiler', 'dresser', 'rassembler', 'auditer', 'optimiser', 'inclure'],
  ...['glisser', 'caser', 'vous charger', 'te charger', 'prendre en main', 'setup', 'set up', 'setuper', 'builder'],
  ...['etendre', 'elargir', 'decliner', 'dupliquer', 'magasiner', 'prendre des photos', 'prendre quelques photos'],
  ...['donner un coup de main', 'filer un coup de main', 'donner un coup de pouce', 'composer', 'en sortir'],
  // « Vous pourriez être notre photographe au gala, en plus ? » : un rôle de plus.
  ...[
    'photographe',
    'videaste',
    'traducteur',
    'traductrice',
    'animateur',
    'animatrice',
    'maitre de ceremonie',
    'dj',
  ].flatMap((r) => [`etre notre ${r}`, `etre aussi notre ${r}`]),
  // « Tu nous ferais aussi les affiches ? » : le conditionnel de faire, après « tu nous / vous me ».
  ...['ferais', 'feriez'],
  // « Et si tu nous faisais aussi une page recrutement ? »
  ...['faisais', 'faisiez'],
]);

/** Un déplacement qui ouvre une course : « passer à la boutique et prendre quelques photos ». */
const COURSE = new PhraseList(`
  passer, faire un saut, faire un tour, faire un crochet, aller, venir, te rendre, vous rendre
`);

/** Relire ou donner un avis est aussi du travail (« vous pourriez jeter un œil à notre plan »), sauf l'administratif. */
const REVUE = new PhraseList(`
  jeter un oeil, jeter un coup d'oeil, jeter un petit coup d'oeil, jeter un petit oeil, regarder, relire, passer en revue,
  donner ton avis, donner votre avis, donner un avis, examiner, revoir aussi, plancher sur, te pencher sur,
  vous pencher sur,
  ${['penser', 'reflechir']
    .flatMap((v) => ['au', 'aux', 'a la', 'a notre', 'a nos', 'a un', 'a une', 'a des'].map((a) => `${v} ${a}`))
    .join(', ')}
`);
const ADMINISTRATIF = new PhraseList(`
  facture, factures, devis, agenda, disponibilites, dispos, mail, mails, courriel, message, messages, contrat,
  planning, dates, piece jointe, pieces jointes, lien, commentaires, retours, modifications, modifs, epreuves, epreuve,
  fichiers, fichier, maquette, maquettes, version, bat, paiement, reglement, virement, reunion, rendez-vous, rdv, cles,
  code, acces, parking, badge
`);

/** Après « que tu / que vous » : « que tu t'occupes aussi de… », « que vous fassiez aussi… ». */
const SUBJUNCTIVE_WORK = new PhraseList(`
  t'occup*, vous occup*, fass*, ger*, prenn*, preni*, redig*, ecriv*, tradui*, cre*, realis*, prepar*, gere*, anim*,
  ajout*, rajout*, dessin*, concoi*, develop*, integr*, install*, organis*, tourn*, film*, photograph*, form*, relis*,
  publi*, suiv*, monte, montes, montiez, mene, menes, meniez
`);

const LANGUES = phrases(`
  anglaise, allemande, espagnole, italienne, neerlandaise, flamande, portugaise, arabe, chinoise, japonaise, russe,
  polonaise, en anglais, en allemand, en espagnol, en italien, en neerlandais, en portugais, en arabe, en chinois
`);

const plural = (nouns: string[]): string[] => nouns.flatMap((n) => [n, n.endsWith('eau') ? `${n}x` : `${n}s`]);

const LIVRABLES = new PhraseList([
  ...plural(
    phrases(`
    page, section, rubrique, logo, banniere, flyer, affiche, brochure, depliant, plaquette, video, clip, reel, post,
    publication, newsletter, communique, presentation, infographie, signature, modele, site, appli, application,
    fonctionnalite, blog, formulaire, boutique, e shop, eshop, pub, publicite, campagne, etiquette, menu, carte,
    traduction, sous titre, guide, manuel, formation, atelier, photo, portrait, fiche, description, article, rapport,
    resume, illustration, icone, animation, maquette, kakemono, roll up, texte, legende, script, format, lettrage,
    visuel, slide, diaporama, catalogue, podcast, teaser, compte instagram, compte facebook, compte linkedin,
    espace client, espace membre, espace adherent, espace pro, espace presse, espace recrutement, espace partenaires,
    espace revendeurs, espace telechargement, espace prive, zone privee, espace connecte, module, outil, systeme, tableau de bord,
    moteur de recherche, onglet, agenda, calendrier, charte graphique, kit, story, stories, version, stand, goodies,
    carte de visite, template, one pager, landing page, landing, mini site, site evenementiel, questionnaire, sondage,
    enquete, etude, declinaison, adaptation, plan, plan d'acces, module de reservation, page recrutement, app, mode
  `),
  ),
  'faq',
  'stories',
  'reseaux sociaux',
  'paiement en ligne',
  'suivi',
  'tableau',
  'tableaux',
  'chat',
  ...LANGUES.map((l) => `version ${l}`),
]);

const LANGUE_VERSIONS = new PhraseList(LANGUES.map((l) => `version ${l}`));

const REQUESTS = new PhraseList([
  ...['pourrais', 'pourriez', 'pourrait', 'pourrions', 'pourras', 'pourrez', 'pouvais', 'pouviez', 'peux', 'pouvez'],
  ...['peut', 'aimerais', 'aimerait', 'aimerions', 'aimeraient', 'voudrais', 'voudrait', 'voudrions', 'voudraient'],
  'souhait*',
  'faudrait',
  'faut',
  ...['derangerait', 'embeterait', 'ennuierait', 'generait'].flatMap((v) => [`${v} de`, `${v} d'`]),
  ...['partant', 'partante', 'partants', 'chaud', 'chaude', 'dispo', 'disponible', 'ok'].map((a) => `${a} pour`),
  // Les formules de politesse qui portent la demande : « auriez-vous la gentillesse d'y ajouter… ».
  ...['auriez vous', 'aurais tu', 'auriez-vous', 'aurais-tu'].flatMap((a) =>
    ['la gentillesse', "l'amabilite", 'la bonte'].flatMap((g) => [`${a} ${g} de`, `${a} ${g} d'`]),
  ),
  'possible de',
  "possible d'",
  // « Auriez-vous la possibilité de traduire également… »
  'la possibilite de',
  "la possibilite d'",
  'en mesure de',
  "en mesure d'",
  'envisageable de',
  "envisageable d'",
  'merci de',
  // « Vous sauriez… » : en Belgique, savoir se dit pour pouvoir.
  ...['saurais', 'saurait', 'sauriez', 'saurions', 'sais tu', 'savez vous'],
  "merci d'",
  'est ce que tu',
  'est ce que vous',
  'stp',
  'svp',
  ...['top', 'bien', 'genial', 'super', 'parfait', 'cool', 'chouette', 'sympa', 'pratique', 'utile', 'ideal'].flatMap(
    (a) => [`ce serait ${a} de`, `ce serait ${a} si`, `ce serait ${a} d'`, `il serait ${a} de`, `il serait ${a} d'`],
  ),
  'tu me fais',
  'tu me',
  'tu nous',
  'vous me',
  'vous nous',
  'tu nous fais',
  'vous me faites',
  'vous nous faites',
  // « Ça te dirait de faire aussi la signalétique ? »
  ...['ca te dirait de', "ca te dirait d'", 'ca vous dirait de', "ca vous dirait d'"],
  ...['top', 'bien', 'genial', 'super', 'cool', 'le fun', 'nice'].flatMap((a) => [
    `ca serait ${a} de`,
    `ca serait ${a} si`,
  ]),
  'compte sur toi pour',
  'compte sur vous pour',
]);

const AUSSI = new PhraseList(`
  aussi, egalement, en plus, de plus, en meme temps, au passage, en passant, par la meme occasion, au fait, autre chose, en bonus,
  en prime, en cadeau, gratuitement,
  derniere chose, une derniere chose, petite parenthese, dans la foulee
`);
/** « En plus de la brochure, … » : ce qui suit s'ajoute. */
const EN_PLUS_DE = new PhraseList(`
  en plus de, en plus du, en plus des, en plus d', en sus de, en sus du, au dela de, au dela du, a cote de, a cote du,
  outre
`);
const WANTS = new PhraseList(`
  faudrait, faut, faudra, besoin, avoir, veut, veulent, prendrait, voudra, voudrions, voudrait, voudrais, voudraient, aimerions,
  aimerait, aimerais, aimeraient,
  souhaiteraient, souhaiterions,
  souhaiterait, souhaiterais, souhaitons, prevoir, ajouter, rajouter, creer, ajoutez, rajoutez, ajoute, rajoute,
  creez, cree, integrer, integrez, integre, inserer, inserez, insere, glisser, glissez, glisse, caser, casez
`);
const ADD = new PhraseList(`
  ajouter, ajoutez, ajoute, rajouter, rajoutez, rajoute, creer, creez, cree, integrer, integrez, integre, inserer,
  inserez, insere, glisser, glissez, glisse, caser, casez
`);
const DETERMINERS = new PhraseList(`
  un, une, des, de, d', la, le, les, l', deux, trois, quatre, cinq, six, dix, quelques, nouvelle, nouvelles, nouveau,
  nouveaux, petite, petites, petit, petits, autre, autres, aussi, egalement, en plus, maintenant, nous, me
`);
/** Ce qui dit « de plus que prévu » après le livrable : « trois pages de plus », « deux visuels supplémentaires ». */
const MORE_AFTER = new PhraseList(`
  de plus, en plus, supplementaire, supplementaires, additionnelle, additionnelles, additionnel, additionnels, en sus
`);
/** Montrer, envoyer, transmettre : le livrable existe déjà. */
const SHOWN = new PhraseList(`
  montr*, envoi*, envoy*, transmet*, transmis, partag*, present*, renvoi*, renvoy*, fass* suivre, faire suivre, voir,
  recevoir, valider, verifier, relire, imprimer, signer, tester, essayer, ecouter, entendre, comparer
`);
const COUNTS = new PhraseList(`
  deux, trois, quatre, cinq, six, dix, quelques, plusieurs, autres
`);
const LINE_OPENERS = new PhraseList(`
  aussi, egalement, en plus, et aussi, et egalement, et en plus, plus
`);
const NOT_DESCRIBING = new PhraseList(`
  faudrait, faut, besoin, voudrions, aimerions, nous, vous, tu, il, on, est, sont, pour, avec, sur, dans, et, ou, a,
  de, d'
`);
/**
 * Le conditionnel de la demande, sans « aussi » : « tu nous rédigerais une FAQ ? », « vous nous feriez une petite
 * vidéo ? ». Dit au tutoiement ou au vouvoiement, avec « nous » ou « me », c'est une commande de plus glissée en passant.
 */
const CONDITIONNELS = new PhraseList(
  ['fer', 'rediger', 'ecrir', 'preparer', 'creer', 'concevr', 'dessiner', 'monter', 'tourner', 'realiser', 'traduir']
    .concat(['pondr', 'concocter', 'photographier', 'filmer', 'developper', 'coder', 'organiser', 'illustrer'])
    .concat(['ajouter', 'rajouter', 'integrer', 'inserer', 'glisser', 'caser', 'mettr'])
    .flatMap((stem) => [`${stem}ais`, `${stem}iez`]),
);
/** Poser dans le travail ce qui existe déjà n'ajoute rien : « insérer les photos que je vous ai envoyées ». */
const POSER = new PhraseList(`
  integrer, integrez, integre, inserer, inserez, insere, glisser, glissez, glisse, caser, casez
`);
const DEFINIS = new PhraseList(`
  le, la, les, l', nos, vos, tes, mes, ces, ses
`);
const TU_NOUS = new PhraseList(`
  tu nous, tu me, tu m', vous nous, vous me, vous m'
`);

const QUE = new PhraseList(`
  que, qu'
`);

const PAYE = String.raw`\b(?:devis (?:complementaire|separe|a part|supplementaire)|(?:offre|soumission|estimation|proposition) (?:separee|a part|complementaire|supplementaire|de prix)|(?:envoyer|faire|etablir|transmettre|proposer|preparer) (?:un|une|votre|ton) (?:devis|offre|soumission|estimation)|chiffrer|chiffrage|on te paiera(?! en (?:visibilite|nature|exposition|pub|publicite|produits|bouteilles|bons d'achat|echange))|nous vous paierons(?! en (?:visibilite|nature|exposition|pub|publicite|produits|bouteilles|bons d'achat|echange))|nous paierons(?! en (?:visibilite|nature|exposition|pub|publicite|produits|bouteilles|bons d'achat|echange))|en supplement|factur(?:er|ez|e) (?:en plus|a part|separement)|(?:sur|a) (?:la|ta|votre) (?:prochaine )?facture|a (?:ton|votre) tarif (?:habituel|horaire)|combien (?:ca|cela) (?:couterait|coute))\b`;

const UNLESS = [
  new RegExp(PAYE),
  /\b(?:l'an prochain|l'annee prochaine|plus tard|phase 2|deuxieme phase)\b/,
  // « En plus sobre », « en plus grand » : une version autrement faite, pas un ajout.
  /\ben plus (?:sobre|simple|clair|fonce|grand|petit|gros|court|long|leger|lisible|visible|chaleureux|chaleureuse|moderne|colore|discret|lumineux|doux|douce|dynamique|serieux|formel|epure|joli|jolie|beau|belle|fin|fine|large|pro|classique|minimaliste|gai|vif|vive|calme)e?s?\b/,
  /\b(?:merci|bravo)\b(?! de\b| d')[^.?!\n]{0,20}\b(?:aussi|egalement)\b/,
  // Les papiers ne sont pas un livrable : « établir aussi la facture en euros ».
  // Sauf la fonction qui les traite, qui est bien un livrable : « rajouter l'export PDF des factures ».
  /\b(?<!\b(?:export|import|module|gestion|generation|historique|envoi automatique)(?: (?:pdf|excel|csv|automatique))? (?:des |de |du |de la |d'))(?:factures?|bon de commande|note de frais|rib|iban)\b/,
  // Le travail livré transmis à nouveau : « une copie du rapport final », « les fichiers du logo ».
  /\b(?:copies? (?:du|de|des|d')|(?:les|des|vos|tes) fichiers|fichiers sources?|pour (?:nos|mes) archives)\b/,
  // « Vous nous feriez plaisir » : une tournure, pas un travail.
  /\bfer(?:ais|iez) (?:aussi |egalement |tellement |vraiment )?(?:plaisir|honneur|une fleur)\b/,
  // Ce qui est déjà fait : « merci d'avoir ajouté la page », « j'ai rajouté un onglet ».
  /\bmerci (?:\w+ )?d'avoir\b|\b(?:ai|as|a|avons|avez|ont|avoir|avait|avions|aviez|avaient) (?:bien |deja |aussi )?(?:ajoute|rajoute|cree)e?s?\b/,
  // Un compte rendu de la journée du prestataire relève du suivi (disponibilité), pas d'un livrable.
  /\b(?:rapports?|comptes? rendus?|recaps?|recapitulatifs?|bilans?|resumes?|releves?)\b[^.?!\n]{0,80}\b(?:ce que (?:tu as|vous avez) (?:fait|realise|avance)|(?:tes|vos) (?:heures|taches|horaires)|temps passe|combien de temps|heures (?:passees|travaillees))\b/,
  // « En même temps que l'annonce » date la tâche, il n'en ajoute pas une (sauf un « aussi » dans la phrase).
  /^(?![^]*\b(?:aussi|egalement|en plus|de plus)\b)[^]*\ben meme temps (?:que|qu')/,
  // Un défi annoncé à une communauté, en temps limité : « hackathon ce week-end : créez une appli en 48 h ».
  /\b(?:hackathons?|jams?|sprints?|challenges?|concours|defis?|marathons?)\b[^.?!\n]{0,80}\ben (?:\d+|un|une|deux) ?(?:heures?|h|jours?|week-end|weekend)\b/,
];

const isDigit = (w: Word | undefined): boolean => w !== undefined && /^\d+$/.test(w.text);
const opensClause = (words: readonly Word[], i: number): boolean =>
  i === 0 || words[i - 1]?.clause !== words[i]?.clause || (isDigit(words[i - 1]) && opensClause(words, i - 1));

/** Combien de mots prend un verbe de relecture en `words[i]` quand ce qu'il relit n'est pas administratif (0 : aucun). */
function revueAt(words: readonly Word[], i: number): number {
  const length = REVUE.matchAt(words, i);
  return length > 0 && !startsWithin(ADMINISTRATIF, words, i + length, 4) ? length : 0;
}

/** Un verbe de travail demandé « aussi » : le verbe et son complément. */
function alsoWork(words: readonly Word[], i: number, verbLength: number): [number, number] | null {
  const clause = words[i]?.clause;
  const end = phraseEnd(words, i + verbLength - 1, 5);
  // « - écrire aussi les légendes » : un infinitif qui ouvre la ligne, suivi de « aussi ».
  if (opensClause(words, i) && AUSSI.matchAt(words, i + verbLength) > 0) return [i, end];
  const subjunctive = verbLength === 0;
  if (
    !subjunctive &&
    !endsBefore(REQUESTS, words, i, 6) &&
    !(endsBefore(REQUESTS, words, i, 10) && endsBefore(COURSE, words, i, 6))
  )
    return null;
  for (let j = i - 1; j >= 0 && j >= i - 16 && words[j]?.clause === clause; j--) {
    if (AUSSI.matchAt(words, j) > 0 || EN_PLUS_DE.matchAt(words, j) > 0) return [i, end];
  }
  if (openedBy(AUSSI, words, i)) return [i, end];
  const after = findWithin(AUSSI, words, i + Math.max(verbLength, 1), 10);
  return after < 0 ? null : [i, Math.max(end, after + AUSSI.matchAt(words, after))];
}

/** Un livrable ajouté : « il nous faudrait un kakémono », « trois pages de plus », « ajouter un espace client ». */
function addedLivrable(words: readonly Word[], k: number): [number, number] | null {
  const clause = words[k]?.clause;
  const length = LIVRABLES.matchAt(words, k);
  let start = k;
  let described = 0;
  while (start > 0 && words[start - 1]?.clause === clause) {
    const before = words[start - 1];
    if (DETERMINERS.has(before) || isDigit(before)) start--;
    else if (described < 1 && !NOT_DESCRIBING.has(before) && !WANTS.has(before) && !LINE_OPENERS.has(before)) {
      start--;
      described++;
    } else break;
  }
  if (start === k) return null;
  let end = k + length;
  // Une traduction d'un travail livré est un travail nouveau : « on aimerait une version anglaise ». « La version
  // allemande » attendue d'une traductrice est le travail convenu lui-même.
  const translation = LANGUE_VERSIONS.matchAt(words, k) > 0 && !DEFINIS.has(words[start]);
  if (opensClause(words, start - 1) && LINE_OPENERS.matchAt(words, start - 1) > 0) return [start - 1, end];
  if (start >= 2 && opensClause(words, start - 2) && LINE_OPENERS.matchAt(words, start - 2) === 2)
    return [start - 2, end];
  const placed = POSER.has(words[start - 1]) && DEFINIS.has(words[start]);
  if (ADD.has(words[start - 1]) && words[start - 1]?.clause === clause && !placed) return [start - 1, end];
  // « Tu nous rédigerais une FAQ ? » : le verbe au conditionnel a pu être pris pour un mot qui décrit le livrable.
  let asked = -1;
  for (let j = Math.max(0, start - 1); j < k; j++) if (CONDITIONNELS.has(words[j])) asked = j;
  if (asked >= 2 && TU_NOUS.matchAt(words, asked - 2) === 2 && words[asked - 2]?.clause === clause)
    return [asked - 2, end];
  let want = -1;
  for (let j = start - 1; j >= 0 && j >= start - 5 && words[j]?.clause === clause; j--) {
    if (WANTS.matchAt(words, j) > 0) want = j;
  }
  if (want < 0) return null;
  // Montrer ou envoyer le livrable n'en ajoute pas : « que tu nous montres aussi la maquette finale ».
  if (words.slice(want, k).some((w) => SHOWN.has(w))) return null;
  const more = MORE_AFTER.matchAt(words, end);
  if (more > 0 && words[end]?.clause === clause) end += more;
  let alsoBetween = false;
  // « En bonus, ce serait cool d'avoir un template » : l'ajout peut ouvrir la phrase.
  for (let j = Math.max(0, want - 12); j < k; j++) {
    if (words[j]?.clause === clause && AUSSI.matchAt(words, j) > 0) alsoBetween = true;
  }
  alsoBetween ||= openedBy(AUSSI, words, want);
  let addedTo = false;
  for (let j = want - 1; j >= 0 && j >= want - 14 && words[j]?.clause === clause; j--) {
    if (EN_PLUS_DE.matchAt(words, j) > 0) addedTo = true;
  }
  const counted = words.slice(start, k).some((w) => COUNTS.has(w) || isDigit(w));
  return translation ||
    alsoBetween ||
    addedTo ||
    more > 0 ||
    (counted && words.slice(start, k).some((w) => w.text.startsWith('autre')))
    ? [want, end]
    : null;
}

/**
 * L'impératif suivi de « aussi » : « ajoute aussi le partage par SMS », « prévoyez également un export ». Un sujet
 * devant (« j'ajoute aussi que… ») en fait un constat, et « fais aussi attention » une mise en garde.
 */
const IMPERATIFS = new PhraseList(`
  ajoute, ajoutez, rajoute, rajoutez, integre, integrez, cree, creez, prevois, prevoyez, developpe, developpez, code,
  codez, redige, redigez, ecris, ecrivez, traduis, traduisez, dessine, dessinez, prepare, preparez, fais, faites,
  monte, montez, implemente, implementez, programme, programmez, mets en place, mettez en place, gere, gerez
`);
const SUJETS = new PhraseList(`
  je, j', il, elle, on, tu, nous, vous, qui, ils, elles, ce, ca
`);
const PAS_UN_TRAVAIL = new PhraseList(`
  attention, gaffe, signe, suivre, savoir, moi, nous, le point, un point, un retour, confiance, tes questions,
  vos questions, un tour, un saut, un creneau, une pause, le necessaire, ton possible, votre possible, de ton mieux,
  de votre mieux, vite, en sorte, une tenue, ta valise, tes valises, un billet
`);
function imperatifAussi(words: readonly Word[], i: number): [number, number] | null {
  const length = IMPERATIFS.matchAt(words, i);
  if (length === 0 || SUJETS.has(words[i - 1])) return null;
  const aussi = AUSSI.matchAt(words, i + length);
  if (aussi === 0 || PAS_UN_TRAVAIL.matchAt(words, i + length + aussi) > 0) return null;
  return [i, phraseEnd(words, i + length + aussi - 1, 5)];
}

/** « que tu… », « que vous… », « que tu nous… » right before `words[i]`. */
function afterQueTu(words: readonly Word[], i: number): boolean {
  const pronoun = /^(?:nous|me|m')$/.test(words[i - 1]?.text ?? '') ? 1 : 0;
  return QUE.has(words[i - 2 - pronoun]) && /^(?:tu|vous)$/.test(words[i - 1 - pronoun]?.text ?? '');
}

function findNewWork(context: RuleContext): RuleHit[] {
  return scanSpans(context, UNLESS, (words, i) => {
    let span = imperatifAussi(words, i);
    if (span) return span;
    const verbLength = WORK.matchAt(words, i) || revueAt(words, i);
    if (verbLength > 0) span = alsoWork(words, i, verbLength);
    else if (SUBJUNCTIVE_WORK.matchAt(words, i) > 0 && afterQueTu(words, i)) span = alsoWork(words, i, 0);
    return span ?? (LIVRABLES.matchAt(words, i) > 0 ? addedLivrable(words, i) : null);
  });
}

// Un travail nouveau que le client propose de payer comme tel est une commande, pas un débordement.
const PAYE_DANS_LE_MESSAGE = new RegExp(PAYE);

export default {
  id: 'scope-creep/aussi-nouveau-travail',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks for extra deliverables on top of the job: outside what was agreed, so quote them separately.',
    fr: 'Demande des livrables en plus de la mission : hors de ce qui était convenu, à chiffrer à part.',
  },
  find: (context) => (PAYE_DANS_LE_MESSAGE.test(newestText(context)) ? [] : findNewWork(context)),
  examples: {
    fires: [
      "Est-ce que vous pourriez ajouter en plus l'export Excel des factures fournisseurs ?",
      'Tu pourrais nous composer un court thème pour le générique, en plus des bruitages ?',
      'Les associés veulent aussi une app de réservation pour le cabinet.',
      'Dans la foulée, il serait utile de rédiger une fiche de synthèse pour les élus.',
      'Ça nous prendrait aussi une affiche pour la vente de garage de juin.',
      'Auriez-vous la possibilité de relire également le rapport annuel de la fondation ?',
      'Pourriez-vous, en plus, assurer la mise en page du catalogue des exposants ?',
      'Tu pourrais aussi nous composer un jingle pour le podcast ?',
      "Auriez-vous la gentillesse d'y ajouter aussi la terrasse ?",
      "Aurais-tu l'amabilité de nous préparer aussi une fiche par produit ?",
      'Ça te dérangerait de m’en sortir aussi une version carrée pour Insta ?',
      'Tu pourrais nous en sortir une déclinaison verticale aussi ?',
      'Si vous pouviez aussi penser au mobilier de la terrasse, ce serait top.',
      'Si tu pouvais aussi réfléchir à la salle de bain du haut, ça nous aiderait.',
      'Vous pourriez aussi plancher sur la signalétique du hall ?',
      'Vous nous glisseriez une page presse sur le site ?',
      'Tu nous rédigerais une petite FAQ pour la boutique ?',
      'Vous nous prépareriez une vidéo de présentation pour LinkedIn ?',
      'Il faudrait intégrer un module de réservation au site.',
      "Ce serait bien d'ajouter un plan d'accès en bas de la page contact.",
      'Et si tu nous faisais aussi une page recrutement ?',
      'Tu me ferais les cartes de visite de toute la team dans la foulée ?',
      'Tu pourrais être notre vidéaste au mariage de ma cousine, en plus ?',
      'Ça vous dirait de faire aussi les panneaux pour le jardin ?',
      'On te paiera en visibilité sur la page du festival. Tu nous ferais aussi les badges des bénévoles ?',
      'Vous nous feriez aussi les kakémonos pour la foire ?',
      'Dernière chose : nos revendeurs voudraient une fiche par produit.',
      'Ce serait génial que tu nous montes aussi une bande-annonce de 30 secondes.',
      'On aurait besoin que vous meniez aussi deux entretiens avec nos partenaires.',
      "Ce serait top d'ajouter un petit sondage auprès des clients.",
      'Tu pourrais aussi nous écrire la lettre d’info du printemps ?',
      'Pourriez-vous également traduire la carte des vins ?',
      '- écrire aussi les légendes des photos',
      "Nous aurions aussi besoin d'une petite bannière pour le salon.",
      'Il faudrait ajouter une version anglaise du site.',
      'Vous pourriez nous faire des cartes de visite en plus ?',
      'En plus des affiches, il nous faudrait deux bâches pour les grilles et un flyer.',
      'Il faudrait que vous vous occupiez aussi de la page Facebook du club.',
      'On aimerait quatre visuels supplémentaires pour la campagne de juin.',
      '4. Ajouter un espace adhérent avec les comptes rendus',
      'Au passage, tu pourrais relire notre dossier de subvention ?',
      "On aurait besoin en plus d'une affiche pour la braderie.",
      'Au fait, tu pourrais nous préparer un petit quiz pour le stand ?',
      'Pourriez-vous aussi vous charger des relations presse ?',
      'Tu pourrais nous concocter une petite FAQ en bonus ?',
      'Tu serais partant pour animer aussi la soirée des partenaires ?',
      "Ça vous ennuierait d'écrire aussi les fiches des vins ?",
      "En prime, ce serait chouette d'avoir une landing page pour le concours.",
      'Tu pourrais aussi nous setup le pixel Meta ?',
      'Seriez-vous en mesure de gérer aussi notre page LinkedIn ?',
      'Vous pourriez décliner ça pour le marché belge aussi ?',
      'Merci de rédiger également le mot du président.',
      'Pis en passant, tu pourrais nous faire le carton d’invitation ?',
      'Il faudrait que la boutique ait aussi une rubrique recettes.',
      "Serait-il possible d'avoir aussi une bannière pour le site ?",
      "Serait-il possible d'inclure aussi un lexique des termes métier ?",
      'Par la même occasion, vous pourriez nous dresser une liste des fournisseurs ?',
      "Il nous faudra aussi une page d'atterrissage pour la promo.",
      'Le client veut en plus une version sous-titrée en espagnol des interviews.',
      'Pourrais-tu aussi passer à la boutique et prendre quelques photos des produits ?',
      "Tu peux aussi donner un coup de main à l'équipe commerciale pour leurs présentations.",
      'Au fait, rajoute aussi la connexion par empreinte, ça prend deux minutes.',
      'Prévoyez également un export Excel des commandes.',
    ],
    quiet: [
      'Ils voudraient aussi essayer une version plus lente du refrain.',
      'On aimerait aussi écouter une version sans la voix off.',
      'Vous pourriez aussi sortir les poubelles en partant ? Merci !',
      'Auriez-vous la gentillesse de nous renvoyer aussi la facture ?',
      "Aurais-tu la gentillesse de me confirmer aussi l'heure du rendez-vous ?",
      'Tu pourrais composer le numéro du standard pour moi ?',
      "Si vous pouviez aussi penser à m'envoyer la facture, merci.",
      'Si vous pouviez aussi réfléchir à vos disponibilités pour la réunion.',
      'Il faudrait que tu publies les photos demain matin à 9 h, avec le communiqué.',
      'Voici le rapport validé : il nous faudrait la version italienne pour jeudi.',
      'Pourriez-vous aussi penser au paiement du solde avant vendredi ?',
      'Est-ce que vous pourriez insérer les photos que je vous ai envoyées en page 3 ?',
      'Tu nous ferais un petit retour sur la maquette ?',
      'Vous nous enverriez la vidéo de présentation ?',
      'Je t’envoie les textes dans la foulée.',
      "Vous pourriez nous faire une autre déclinaison de l'étiquette en plus clair ?",
      "Pourrais-tu aussi m'envoyer la facture ?",
      'Merci aussi pour ta réactivité !',
      'Nous aimerions une version anglaise : pouvez-vous nous envoyer un devis ?',
      'Nous voudrions une brochure pour la rentrée : pourriez-vous nous faire une offre séparée ?',
      'Il faudrait que tu valides aussi la date de livraison.',
      'Au passage, pourriez-vous regarder vos disponibilités pour mars ?',
      'Tu peux aussi jeter un oeil aux épreuves que je t’ai envoyées ?',
      'Tu peux aussi relire mes commentaires sur la maquette ?',
      "Merci d'avoir ajouté la page contact, elle est parfaite.",
      'Pourriez-vous aussi établir la facture au nom de la fondation ?',
      'Vous nous feriez aussi plaisir en venant au vernissage.',
      'Autre chose : nous aimerions une copie du rapport final pour nos archives.',
      'Dernière chose : on voudrait les fichiers du logo en PNG.',
      'Il faudrait que tu nous montres aussi la maquette finale avant jeudi.',
      "On aimerait aussi voir la brochure finale avant l'impression.",
      'Tu nous ferais la facture aussi vite que possible ?',
      'Tu peux aussi passer au bureau si tu veux en discuter.',
      'Pourrais-tu aussi me dire quel jour tu préfères pour tourner la vidéo prévue ?',
      'On a aussi besoin de ta facture avant vendredi.',
      "J'ajoute aussi que la réunion est décalée à jeudi.",
      'Fais aussi attention aux accents dans les titres.',
      'Désormais, envoie-moi aussi un petit bilan en fin de journée : ce que tu as avancé, et le temps passé.',
    ],
  },
} satisfies Rule;
