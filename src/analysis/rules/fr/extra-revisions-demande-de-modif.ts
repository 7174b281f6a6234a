import { phraseRule } from '../../phrase-rule.ts';
import { clauseBudget } from '../shared/clause-budget.ts';
import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { newestText } from '../shared/newest.ts';
import { isNotDeliverable } from '../shared/not-deliverable.ts';
import { besideWorkingArrangements } from '../shared/working-arrangements.ts';
import { OWN_SIDE_DOER } from '../shared/own-side-doer.ts';
import { wishedLooks } from '../shared/wished-look.ts';
import { endsBefore, phrases, keepHit, PhraseList, phraseEnd, wordsOf, type Word } from '../shared/words.ts';

/*
 * A change verb governed by a request ("pourriez-vous raccourcir…", "il faudrait remonter le
 * titre", "tu peux enlever…"), an imperative or an infinitive opening a line or a bullet
 * ("- reprendre le chapitre 2", "Et reprenez l'introduction"), a wish in the subjunctive or the
 * passive ("que tu reprennes…", "que la photo soit remplacée"), a wished-for quality ("soit plus
 * visible"), or a to-do list ("photo à remplacer, tableau à reprendre"). Folded text: no accents.
 * The verb lists are looked up word by word (see shared/words.ts for why not one big pattern).
 */
const INFINITIVES = new PhraseList(`
  changer, modifier, remplacer, reprendre, refaire, retravailler, revoir, retoucher, raccourcir, rallonger, allonger,
  agrandir, grossir, reduire, rapetisser, eclaircir, assombrir, foncer, enlever, retirer, supprimer, effacer,
  attenuer, deplacer, remonter, descendre, baisser, recadrer, reecrire, reformuler, ajuster, peaufiner, inverser,
  intervertir, adoucir, rechauffer, alleger, aerer, resserrer, bouger, decaler, remanier, repenser, retraduire,
  rectifier, remettre, harmoniser, repasser sur, repasser une couche, repasser une petite couche, repasser un coup,
  repasser dessus, virer, mettre a jour, corriger, centrer, aligner le, aligner la,
  aligner les, aligner l', ralentir, accelerer, grossir, epurer, simplifier, retourner, pivoter, couper, rogner,
  updater, reworker, rework, tweaker, resizer, cropper, switcher, redessiner le, redessiner la, redessiner les,
  redessiner l', reconstruire le, reconstruire la, reconstruire les, reconstruire l', rapprocher, eloigner,
  reenregistrer, re enregistrer, refilmer, retourner la scene, retourner le plan, remixer, rejouer, restructurer,
  reorganiser, recalculer, reformater, redecouper, reagencer, reordonner, retitrer, remettre en forme,
  remettre en page, repeindre, retraiter, refaire tourner, relancer l'analyse, relancer les calculs,
  relancer le calcul, relancer la simulation, relancer le modele, relancer l'export, relancer le rendu, remanier,
  reventiler, regrouper, recaler, resynchroniser, resynchro, resyncer, realigner, reajuster, lisser, blanchir, gommer,
  epaissir, amincir, estomper, flouter, desaturer, saturer, rehausser, intensifier, booster, raviver, reshooter,
  re shooter, retrier, re trier, reclasser, reindexer, repasser les photos, repasser les images, repasser les visuels,
  repasser les rendus, repasser les illustrations, repasser les fichiers, repasser la photo, repasser l'image,
  repasser le visuel, repasser le rendu
`);

const IMPERATIVES = new PhraseList([
  ...phrases(`
    change, modifie, remplace, retravaille, retouche, rallonge, fonce, enleve, retire, supprime, efface, attenue,
    deplace, remonte, recadre, reformule, ajuste, inverse, rechauffe, allege, aere, resserre, bouge, decale,
    harmonise, vire, corrige, epure, simplifie, reenregistre, refilme, remixe, restructure, reorganise, recalcule,
    reformate, redecoupe, reagence, reordonne, retitre, repeins, regroupe, recale, resynchronise, realigne, reajuste,
    lisse, gomme, estompe, floute, desature, rehausse, intensifie, booste, ravive, reshoote, retrie, reclasse
  `).flatMap((v) => [v, `${v}z`]),
  'reprends',
  'reprenez',
  'refais',
  'refaites',
  'revois',
  'revoyez',
  'raccourcis',
  'raccourcissez',
  'agrandis',
  'agrandissez',
  'reduis',
  'reduisez',
  'eclaircis',
  'eclaircissez',
  'assombris',
  'assombrissez',
  'descends',
  'descendez',
  'reecris',
  'reecrivez',
  'adoucis',
  'adoucissez',
  'remets',
  'remettez',
  'repasse sur',
  'repassez sur',
  'mets a jour',
  'mettez a jour',
  'ralentis',
  'ralentissez',
  ...['epaissi', 'blanchi', 'aminci'].flatMap((v) => [`${v}s`, `${v}ssez`]),
]);

/** "Passer le titre en bleu": a change when "en" follows within a few words. */
const PASSER = new PhraseList(`
  passer, passez, passe
`);

/** Subjunctive stems after "que tu / que vous": "que tu reprennes", "que vous changiez". */
const SUBJUNCTIVES = new PhraseList(
  phrases(`
    chang, modifi, remplac, repren, refass, revoi, revoy, retravaill, retouch, raccourc, rallong, agrand, redui,
    eclairc, assombr, enlev, retir, supprim, effac, attenu, deplac, remont, recadr, reecri, reformul, ajust, invers,
    remett, corrig, decal, redessin, coup, recoup, refilm, reenregistr, remix, recolor, rephotographi
  `).map((stem) => `${stem}*`),
);

const REQUESTS = new PhraseList([
  ...phrases(`
    pourriez, pourrions, pourrais, pourrait, pouvez, pouvons, pouvais, pouviez, peux, peut, pourras, pourrez, pourra
  `),
  'possible de',
  "possible d'",
  'envisageable de',
  "envisageable d'",
  'merci de',
  "merci d'",
  ...['voudrais', 'voudrait', 'voudrions', 'voudraient', 'veut', 'veulent', 'veux', 'voulons'],
  ...['aimerais', 'aimerait', 'aimerions', 'aimeraient'],
  'souhait*',
  'faudrait',
  'faudra',
  'faut',
  'besoin de',
  "besoin d'",
  'prefer*',
  ...['bien', 'top', 'super', 'parfait', 'mieux', 'genial', 'ideal', 'chouette', 'possible'].flatMap((a) => [
    `ce serait ${a} de`,
    `ca serait ${a} de`,
  ]),
  'conviendrait',
  'convient',
  'vaudrait mieux',
  'peut etre',
  'essaie de',
  'essayez de',
  'compte sur toi pour',
  'compte sur vous pour',
  'stp',
  'svp',
  "s'il te plait",
  "s'il vous plait",
  'il reste a',
  'aurait lieu de',
  "aurait lieu d'",
  'y a lieu de',
  "y a lieu d'",
  "d'accord pour",
  ...['saurais', 'saurait', 'sauriez', 'saurions', 'sais tu', 'savez vous', 'tu sais', 'vous savez'],
  'pense a',
  'pensez a',
  'oublie pas de',
  'oubliez pas de',
]);

/** What may stand between the start of a line and the verb: "Et", "Pis", "Sinon", a pronoun. */
const FILLERS = new PhraseList(`
  et, pis, puis, aussi, sinon, enfin, ensuite, egalement, par contre, stp, svp, merci de, p, s, ps, le, la, les, l',
  lui, leur, y, en, me, nous, o
`);
const JOINERS = new PhraseList(`
  et, puis, pis
`);

/** A word before an imperative that makes it a noun: "une retouche", "le change". */
const NOUN_MARKERS = new PhraseList(`
  le, la, les, l', un, une, des, du, de, d', ce, cette, ces, ma, ta, sa, mon, ton, son, nos, vos, mes, tes, ses,
  notre, votre, petite, petit, derniere, nouvelle
`);

// Rescheduling a meeting, resuming contact or a collaboration, cutting a fee or one's phone is not rework; "revoir" is also "au revoir".
const NOT_WORK = new PhraseList(`
  rendez vous, rdv, reunion, appel, call, contact, le travail, mot de passe, facture, devis, date de, horaire,
  horaires, planning, creneau, abonnement, offre, proposition commerciale, coordonnees, adresse mail, adresse e mail,
  rib, iban, point, points, visio, seance, conditions, a la baisse, a la hausse, montant, paiement, somme, acompte,
  solde, virement, frais, tarif, tarifs, prix, cout, couts, majoration, supplement, budget, livraison, la poire, court,
  le son, le micro, la parole, les ponts, priorite, priorites, argent, monnaie, de place, chambre, voiture, paiements,
  versements, mensualites, echeances, charges, montants, ventes, nos ventes, chiffre d'affaires, visibilite, trafic,
  abonnes, audience, factures, contrats, dossiers, collaboration, partenariat, echanges, discussion, conversation,
  relation, relations, cours, entrainements, entrainement, ton telephone, votre telephone, ton portable, votre portable,
  tes notifications, vos notifications, le wifi, la connexion, le courant
`);
/** After these, a fee or a date describes the change rather than being its object: « les refaire avec juste le prix ». */
const MANNER = new PhraseList(`
  avec, sans, pour, selon, comme
`);

/** Whether the verb's object, in the five words after `words[i]`, is an appointment, a fee or paperwork. */
function objectIsNotWork(words: readonly Word[], i: number): boolean {
  for (let k = i; k <= i + 5 && words[k]?.clause === words[i]?.clause; k++) {
    if (MANNER.has(words[k])) return false;
    if (NOT_WORK.matchAt(words, k) > 0) return true;
  }
  return false;
}
const AUXILIARIES = new PhraseList(`
  avoir, ai, as, a, avons, avez, ont, avais, avait, avions, aviez, avaient, aurais, aurait, auriez, aurions
`);
const ADVERBS = new PhraseList(`
  bien, deja, aussi, egalement, encore, vite, tout
`);
const AU = new PhraseList(`
  au, a
`);

/** "Photo à remplacer, tableau à reprendre": what stands before "à" when it is not a to-do item. */
const NOT_TODO = new PhraseList(`
  rien, chose, grand chose, quoi, aucun, aucune, pas, commence, commencer, continue, aide, aider, pense, penser,
  hesite, hesitez, hesites, pret, prete, prets, pretes, facile, difficile, invite, sert, arrive, reussi, cherche,
  consiste, apprendre, tenu, tenue, autorise, oblige, obligee, habitue, encourage, propose, suffit, reste, jusqu, n
`);
/** « Le montage est à reprendre », « la voix off serait à réenregistrer » : work left to redo. */
const COPULES = new PhraseList(`
  est, sont, serait, seraient, reste, restent, etait, etaient
`);
/** What is taken over rather than redone: « le dossier est à reprendre par Julie ». */
const HANDOVER = new PhraseList(`
  dossier, dossiers, poste, suivi, gestion, relais, contact, activite, entreprise, societe, affaire, client, clients
`);
const TODO_END = new PhraseList(`
  et, ou, aussi, egalement, svp, stp, merci
`);

function opened(words: readonly Word[], i: number): boolean {
  if (endsBefore(REQUESTS, words, i, 8)) return true;
  // A second change joined to a long first one: « pourrait mettre la photo que tu as envoyée en bannière et passer… ».
  if (words[i - 1]?.text === 'et' && endsBefore(REQUESTS, words, i, 16)) return true;
  let j = i;
  while (j > 0 && words[j - 1]?.clause === words[i]?.clause && FILLERS.has(words[j - 1])) j--;
  const first = words[j] as Word;
  if (j === 0 || words[j - 1]?.clause !== first.clause) return true;
  return first.afterComma && (JOINERS.has(first) || (j === i && IMPERATIVES.has(first)));
}

function changeAt(words: readonly Word[], i: number): number {
  const infinitive = INFINITIVES.matchAt(words, i);
  if (infinitive > 0) return infinitive;
  const imperative = IMPERATIVES.matchAt(words, i);
  if (imperative > 0) {
    const before = words[i - 1]?.clause === words[i]?.clause ? words[i - 1] : undefined;
    // Folded, « changé » reads « change » : after « avoir », it is a past participle (« merci d'avoir changé la photo »).
    const pastBefore = AUXILIARIES.has(before) || (ADVERBS.has(before) && AUXILIARIES.has(words[i - 2]));
    return NOUN_MARKERS.has(before) || pastBefore ? 0 : imperative;
  }
  if (PASSER.matchAt(words, i) > 0) {
    for (let k = i + 2; k <= i + 6 && words[k]?.clause === words[i]?.clause; k++) {
      if (words[k]?.text === 'en') return PASSED_NOT_CHANGED.matchAt(words, k + 1) > 0 ? 0 : 1;
    }
  }
  return 0;
}

/** « Passer ça en top of the list », « passer le site en ligne » : a priority or a status, not a new look. */
const PASSED_NOT_CHANGED = new PhraseList(`
  top, priorite, urgence, urgent, prod, production, ligne, revue, commande, validation, facturation, tete de liste,
  tete de pile, tete des priorites, haut de la pile, haut de la liste, premier dans la liste
`);

/** Whether "que tu / que vous" (and a pronoun) stands right before `words[i]`. */
function afterQueTu(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  if (FILLERS.has(words[j]) && words[j]?.text !== 'et') j--;
  const subject = words[j]?.text;
  const que = words[j - 1]?.text;
  // « qu'on réécrive la page » : the client's team and the freelancer together, a wish all the same.
  if (subject === 'on') return que === "qu'";
  return (subject === 'tu' || subject === 'vous') && (que === 'que' || que === "qu'");
}

/**
 * A request put as a question in the present: « tu me remontes la vidéo ? », « vous nous refaites les visuels ? ». The
 * verb follows « tu » or « vous » (and a « me » or « nous ») and its clause ends on a question mark.
 */
function askedInPresent(context: RuleContext, words: readonly Word[], i: number): number {
  const word = words[i] as Word;
  let j = i - 1;
  if (CLITICS.has(words[j]) && words[j]?.clause === word.clause) j--;
  const subject = words[j];
  if (subject?.clause !== word.clause || (subject.text !== 'tu' && subject.text !== 'vous')) return 0;
  const length =
    IMPERATIVES.matchAt(words, i) ||
    (word.text.endsWith('s') && IMPERATIVES.has({ ...word, text: word.text.slice(0, -1) }) ? 1 : 0);
  if (length === 0) return 0;
  let last = i;
  while (words[last + 1]?.clause === word.clause) last++;
  const after = context.text.slice((words[last] as Word).end, (words[last] as Word).end + 3);
  return after.trimStart().startsWith('?') ? length : 0;
}
const CLITICS = new PhraseList(`
  me, m', nous, lui, leur
`);

function findChangeVerbs(context: RuleContext): RuleHit[] {
  const words = wordsOf(context);
  const hits: RuleHit[] = [];
  const mayTry = clauseBudget();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    let verbLength = changeAt(words, i);
    let anchored = verbLength > 0 && opened(words, i);
    if (!anchored) {
      const asked = askedInPresent(context, words, i);
      if (asked > 0) [verbLength, anchored] = [asked, true];
    }
    if (!anchored && SUBJUNCTIVES.matchAt(words, i) > 0 && afterQueTu(words, i)) [verbLength, anchored] = [1, true];
    if (!anchored && verbLength > 0 && AU.has(words[i - 1]) && words[i - 1]?.clause === word.clause) {
      // A to-do item: "photo de l'équipe à remplacer, tableau à reprendre".
      const next = words[i + verbLength];
      const itemEnds = !next || next.clause !== word.clause || next.afterComma || TODO_END.has(next);
      const inClause = i >= 2 && words[i - 2]?.clause === word.clause;
      // « Les chiffres sont à refaire par région » : after « est / sont », the item may go on.
      const handedOver = HANDOVER.has(words[i - 3]) || HANDOVER.has(words[i - 4]);
      anchored = inClause && ((COPULES.has(words[i - 2]) && !handedOver) || (itemEnds && !NOT_TODO.has(words[i - 2])));
    }
    if (!anchored) continue;
    if (objectIsNotWork(words, i + verbLength) || isNotDeliverable('fr', words, i + verbLength)) continue;
    const end = phraseEnd(words, i + verbLength - 1, 5);
    const hit = { start: word.start, end: (words[end - 1] as Word).end };
    if (!mayTry(word)) continue;
    if (keepHit(context, hit, UNLESS)) hits.push(hit);
    i = end - 1;
  }
  return hits;
}

const PARTICIPLE = String.raw`(?:ramene|coupe|rogne|ecourte|change|modifie|remplace|repris|refait|retravaille|revu|retouche|raccourci|rallonge|agrandi|reduit|eclairci|assombri|fonce|enleve|retire|supprime|efface|attenue|deplace|remonte|recadre|reecrit|reformule|ajuste|inverse|adouci|rechauffe|allege|aere|resserre|decale|mis a jour|lisse|gomme|blanchi|epaissi|aminci|estompe|floute|eclairci|redessine|renomme|reorganise|restructure|simplifie|recolore|refilme|reenregistre|remixe|renumerote|reordonne)e?s?`;

const QUALITY = String.raw`(?:visible|lisible|grand|gros|petit|chaleureux|chaleureuse|sobre|moderne|clair|fonce|lumineux|lumineuse|chaud|froid|court|long|dynamique|formel|familier|technique|serieux|serieuse|leger|legere|aere|epure|colore|discret|discrete|punchy|fun|professionnel|simple|doux|douce|vif|vive|contraste|centre|haut|bas|serre|naturel|joli|jolie|beau|belle|sympa|percutant|impactant|vendeur|vendeuse|gai|gaie|pro|corporate|chaleureuse|charge|chargee|fouillis|rond|arrondi|epais|epaisse|fin|fine|flashy|pop|clean|smooth|longue|grosse|basse|fraiche|neutre|sombre|vive|blanc|blanche|lisse|nette?|sature|mince)e?s?`;

const UNLESS = [
  // Un défaut de ce qui a été livré relève de la garantie, pas d'un tour de retouches.
  /\b(?:bug|beugue|plante|ne (?:marche|fonctionne|s'affiche|s'ouvre|se ferme|se referme|charge|part|envoie)|n'(?:envoie|affiche|arrive)|erreur \d|message d'erreur|en panne)\b/,
  // Le client ou l'un des siens le fera lui-même : « ma fille voudrait les mettre à jour elle-même ».
  /\b(?:nous-memes|moi-meme|nous meme|moi meme|(?:elle|lui)[- ]meme|(?:elles|eux)[- ]memes|en interne)\b/,
  // Remettre un cadeau ou un titre, c'est le donner : « nous pourrions vous remettre une passe annuelle ».
  /\bremettre (?:une?|des|vos|tes|votre|ton|ta|son|sa|ses) (?:\w+ )?(?:passes?|cheques?|bons?|cartes?|cadeaux?|invitations?|billets?|diplomes?|attestations?|certificats?|badges?|cles|abonnements?|laissez-passer|entrees|trophees?|medailles?)\b/,
  // La mention de confidentialité en pied de mail : « si vous l'avez reçu par erreur, merci de le supprimer ».
  /\b(?:(?:recu|parvenu|arrive|transmis)e?s? (?:\w+ ){0,2}?par erreur|n'(?:en )?(?:etes|es|est) pas (?:le |la |l')?destinataire|strictement confidentiel\w*)\b/,
  // Quelqu'un du côté du client qui s'en sert lui-même : « notre webmaster veut reprendre la police sur le site ».
  OWN_SIDE_DOER.fr,
  // Ranger des fichiers n'est pas retoucher : « déplacer les fichiers dans le dossier partagé ».
  /\b(?:deplac|transfer|bascul|mett|mets|copi|rang|class)\w*\b[^.?!\n]{0,40}\b(?:dans|sur|vers) (?:le |la |les |l'|notre |votre |ton |ta |un |une )?(?:nouvel(?:le)? |nouveau )?(?:dossier|drive|google drive|dropbox|serveur|cloud|espace (?:partage|commun|client)|sharepoint|onedrive|ftp|archive|boite|repertoire|teams|slack|wetransfer)\b/,
  /\bsi (?:jamais |besoin|vous avez besoin|tu as besoin|on a besoin|il y a des)\b/,
  // La priorité n'est pas une retouche : « faire passer la newsletter en haut de ta pile ».
  /\b(?:en haut|en tete|au sommet|au-dessus|au dessus|en premier) de (?:ta|la|votre|ma|notre|vos|tes) (?:pile|liste|file|to-?do|priorites)\b/,
  // Un devis est un papier, pas un travail livré : « revoir le devis », « ton devis révisé ».
  /\b(?:revoir|reviser|revise|revisez|modifier|modifie|modifiez|ajuster|ajuste|ajustez|mettre a jour) (?:le |ton |votre |ce |notre )?(?:devis|offre|soumission|estimation|facture)\b|\b(?:devis|offre|soumission|estimation) (?:revise|modifie|ajuste|mis a jour)e?\b/,
  /\b(?:rendez-vous|reunion|visio|call)\b[^.?!\n]{0,20}\b(?:decal|deplac|change)/,
  /\b(?:remise|rabais|geste commercial|ristourne|a la baisse|a la hausse)\b/,
  // Une correction due au titre de la garantie n'est pas un tour de retouches.
  /\b(?:garantie|sous garantie|service apres-vente|sav)\b/,
  // Une coquille à corriger « à l'occasion, rien ne presse » : une correction d'erreur, pas un tour de retouches.
  /\b(?:corrig|rectifi)\w*\b[^.?!\n]{0,40}\b(?:a l'occasion|quand (?:tu auras|vous aurez|tu as|vous avez|t'as|t'auras|tu trouveras|vous trouverez) (?:un moment|un instant|le temps|deux minutes|cinq minutes)|a (?:tes|vos) heures perdues|sans (?:urgence|presse)|rien ne presse|pas (?:urgent|presse))\b/,
  // « jeudi passé » est une date ; « vous en rapprocher » (d'un prix, d'une offre) ne déplace rien.
  // Une date avant un deux-points ne couvre pas la demande d'après : « le support livré la semaine passée : pourriez-vous… ».
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois|week-end|semaine|annee) passee?\b(?![^.?!\n]*[:;] )/,
  /\b(?:vous|nous|te|me|s') en rapprocher\b/,
  // Recaler ou décaler à une date, c'est replanifier : « recaler le tournage à mardi », « qu'on décale le tournage à jeudi ».
  /\b(?:recal|decal|deplac|report|avanc)\w*\b[^.?!\n]{0,40}\b(?:a|au|pour|jusqu'a) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine|plus tard|\d)/,
  // Un compte, un logiciel ou un profil à mettre à jour n'est pas un travail livré.
  // « Une peluche sous licence » est un produit, pas un compte.
  /\b(?:profil|portail|logiciel|navigateur|antivirus|certificat|(?<!\bsous )licence|assurance|mot de passe)\b/,
  // Rendre un papier ou un texte pour une date, c'est le remettre, pas le retoucher : « merci de nous retourner le
  // contrat signé avant le 12 », « je dois lui remettre les textes le 3 ». Sans « en / à / sur » entre les deux, qui
  // disent une place ou un aspect (« remettre le titre en bleu avant le 12 »).
  /\b(?:retourner|retournez|retourne|remettre|remettez|remets|renvoyer|renvoyez|renvoie|rendre|rendez)\b(?: (?!(?:en|a|au|aux|sur|dans|comme)\b)[^ .?!\n]+){0,8}? (?:(?:avant|d'ici|pour) (?:le \d|la fin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|\d)|au plus tard\b|le \d{1,2}\b|signee?s?\b)/,
];

/*
 * A first enquiry ("nous aimerions refaire nos affiches, pourriez-vous nous envoyer vos tarifs ?")
 * describes new work to quote, not changes to something delivered. Rates named in passing (« vu vos tarifs, c'est
 * compris ») are no enquiry.
 */
const ENQUIRY =
  /\b(?:(?:envoyer|envoyez|envoie|transmettre|transmettez|communiquer|communiquez|connaitre|donner|donnez|indiquer|indiquez|partager|recevoir|avoir|savoir|quels sont|demander) (?:-?(?:moi|nous) )?(?:vos|tes|ton|votre) (?:tarifs?|prix|honoraires|disponibilites)|(?:demander|envoyer|envoyez|faire|faites|etablir|recevoir|obtenir|avoir|aimerais|aimerions|voudrais|voudrions|souhaite\w*) (?:-?(?:moi|nous) )?(?:un|une|votre|ton) (?:devis|soumission|estimation|offre)(?! (?:initial|signe|accepte|valide))|combien (?:ca|cela) (?:couterait|coute|reviendrait)|combien (?:vous )?(?:prenez|facturez|factureriez)|combien (?:tu )?(?:prends|factures|facturerais)|m'a (?:parle|donne|recommande)|(?:recommandee?s?|conseillee?s?) par)\b/;

// Which of the cheap words below must appear before any of the patterns can match.
const CUE =
  /\b(?:disparaitre|soi(?:en)?t|soient|serai(?:en)?t|etre|rendre|rendez|rends|avoir|voir|veut|voudr\w*|aimer\w*|prefer\w*|passe|passent|apparaissent?|mettre|mettez|mets|faire|apporter|integrer|effectuer|reporter|faites|apportez|integrez)\b/;

const wishes = phraseRule({
  id: 'extra-revisions/demande-de-modif',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks for changes on delivered work: check how many revision rounds your quote includes.',
    fr: 'Demande des modifications sur un travail livré : vérifiez combien de tours de retouches votre devis prévoit.',
  },
  cue: CUE,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:soi(?:en)?t|soient|seraient|serait|etre) (?:un peu |legerement |entierement |toutes? |tous )?${PARTICIPLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:soi(?:en)?t|soient|serai(?:en)?t|rendre|rendez|rends|(?:devrai(?:en)?t|doi(?:ven)?t|pourrai(?:en)?t) etre) (?:un peu |beaucoup |bien |legerement |nettement )?(?:plus|moins|mieux) ${QUALITY})\b(?! (?:de\b|d'|si\b|que\b|qu'))`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:rendre|rendez|rends|avoir|voir|mettre|mettez|mets|faire|veut|voudrait|voudrais|voudrions|aimerait|aimerais|aimerions|prefere|preferons|preferer\w*) (?:le |la |les |l'|ce |cette |ces |ton |ta |tes |votre |vos |notre |nos )(?:[a-z'-]+ ){1,3}(?:un peu |beaucoup |bien |legerement |nettement )?(?:plus|moins) ${QUALITY})\b`,
    ),
    // Ce qui doit disparaître d'une partie du livré : « la mascotte doit disparaître des écrans 4 à 9 ».
    /\b(?<phrase>(?:doi(?:ven)?t|devrai(?:en)?t|devra|devront)\s+(?:plutot\s+|maintenant\s+|desormais\s+|aussi\s+)?disparaitre (?:de la |du |des |de l'|sur la |sur le |sur les )(?:\w+ )?(?:ecrans?|pages?|planches?|videos?|visuels?|maquettes?|generique|affiches?|slides?|diapos?|scenes?|images?|photos?|site|accueil|montage|couverture|bandeau|menu|plans?|rendus?|versions?|intro|film|clip|pdf|brochure|flyer|catalogue|logo|carte))\b/,
    // « Un petit logo à mettre en bas de chaque page », dans une liste d'éléments à créer, place du neuf ; « le logo
    // est à mettre en bas » déplace l'existant.
    /\b(?<phrase>(?:passe|passent|soit|soient|apparaisse|apparaissent|(?<!(?<!\b(?:est|sont|serai(?:en)?t|etai(?:en)?t) )\ba )mettre|mettez|mets) (?:plutot )?en (?:premier|dernier|haut|bas|tete|gras|avant|couleur|noir et blanc|majuscules?|minuscules?|italique|valeur))\b/,
    // Les corrections que le client vient de lister : « pourriez-vous apporter ces modifications » (« les retouches »
    // seules peuvent être celles prévues au devis).
    /\b(?<phrase>(?:faire|apporter|integrer|effectuer|reporter|faites|apportez|integrez|effectuez) (?:ces|nos|mes|ses|leurs|quelques|toutes ces|ces quelques|ces dernieres|ces petites) (?:petites |dernieres |quelques )?(?:modifs?|modifications|corrections|changements|retouches|ajustements|retours))\b/,
  ],
  unless: [...UNLESS, /\b(?:avoir|ayez|avez|as|avons|ont) (?:fait|apporte|integre|effectue)\b/],
  examples: {
    fires: [
      'Pourriez-vous remettre le fond bleu de la première version ?',
      'Tu pourrais corriger toi-même la légende de la photo 3 ?',
      "J'aimerais que tu redessines la deuxième case en gros plan.",
      'Le comité souhaite que le schéma 2 soit redessiné en perspective.',
      'Le personnage du facteur doit disparaître des planches 3 et 4.',
      'Sur la maquette, le bandeau promo devrait disparaître de la page d’accueil.',
      'Le logo de l’ancien partenaire doit disparaître du générique.',
      'Notre juriste voudrait que la clause 4 soit reformulée et renumérotée.',
      'Il faudrait que les chapitres soient réorganisés par thème plutôt que par date.',
      "Il faudrait qu'on coupe la fin de l'interview, là où il hésite.",
      'Je voudrais que vous réenregistriez la voix off avec le nouveau slogan.',
      'On souhaite que tu remixes le morceau avec moins de basses.',
      'Le client aimerait que vous refilmiez la scène de la cuisine avec plus de lumière.',
      'Tu pourrais repasser les photos livrées sur un fond blanc ?',
      'Pourriez-vous repasser les visuels sur un fond noir ?',
      "Vous pourriez repasser l'image de couverture en noir et blanc ?",
      'Nous avons relu le guide envoyé jeudi passé : vous pourriez retravailler les quiz de la partie 2 ?',
      "Il voudrait qu'on réécrive la page « Histoire » à la première personne.",
      "Ce serait bien qu'on enlève la photo d'équipe de la page d'accueil.",
      "J'aimerais qu'on reprenne le chapitre 2 en le raccourcissant.",
      "Il faudrait qu'on retire tout le passage sur les vendanges.",
      'Pourriez-vous corriger le titre et changer la couleur du bandeau, quand vous aurez un moment ?',
      "Pourriez-vous tourner le comptoir de 45 degrés pour qu'il fasse face à l'entrée ?",
      "Il voudrait les tables plus espacées et le stand tourné vers l'allée.",
      'Tu peux faire pivoter le bar pour qu’il fasse face à la fenêtre ?',
      'Pourriez-vous raccourcir le texte de la page Services ?',
      "Tu peux changer la photo de l'équipe sur la page d'accueil ?",
      'Pourriez-vous réenregistrer les répliques 2 à 4 avec plus de chaleur ?',
      'Tu peux remixer le refrain avec moins de basses ?',
      'Il faudrait remonter le logo et enlever la deuxième photo.',
      "- reprendre l'accroche\n- changer la couleur du bandeau",
      "J'aimerais que l'adresse soit plus visible.",
      'Tu peux passer le titre en bleu marine stp?',
      "Pis si tu peux, recadre la photo de l'équipe.",
      'Nous souhaitons que les photos soient retouchées avec un rendu plus chaud.',
      'Retours du comité : sous-titre à raccourcir, pictos à aligner et carte à recentrer.',
      'Serait-il possible d’apporter ces petites corrections avant l’impression ?',
      'On pourrait repasser un coup sur le texte de la page Équipe ?',
      'Pourrais-tu rendre les chiffres du tableau plus lisibles ?',
      'Tu peux couper les dix dernières secondes du clip ?',
      'On aimerait la photo de couverture un peu plus claire.',
      'Les sous-titres devraient être plus gros sur mobile.',
      'Le bouton un chouia plus à droite, et ce sera parfait.',
      'Plus sobre, moins chargé.',
      'Vous pourriez essayer un bleu moins froid ?',
      'Le titre devrait plutôt dire « Nos vins » au lieu de « La cave ».',
      'Ma directrice trouve que le fond est un peu trop froid.',
      'La signature du fondateur devrait aller au-dessus de la photo.',
      'Il faudrait tout reprendre à zéro pour la couverture.',
      'On voudrait voir la carte sans le cadre doré.',
      'Tu pourrais updater la brochure avec les nouvelles photos de la boutique ?',
      'La directrice voudrait un petit coup de frais sur la bannière.',
      'Tu pourrais agrandir le logo et recadrer la photo de groupe que je t’ai envoyée hier et passer le titre en gras ?',
      'Est-ce que le générique pourrait être écourté de moitié ?',
      "La photo de l'équipe ne passe pas, tu peux en prendre une autre ?",
      'Cette police est trop sage, vous pourriez en tester une plus épaisse ?',
      'Les chiffres sont à refaire par région.',
      "Le montage est à reprendre avec l'interview en premier.",
      'Il y aurait lieu de retravailler la conclusion.',
      'La voix off serait à réenregistrer avec le nouveau slogan.',
      'Une refonte du chapitre 2 serait la bienvenue.',
      'Et si on mettait la partie 4 en premier ?',
      'Idéalement, la vidéo commencerait sur le produit.',
      'Et le titre en bleu marine, ça donnerait quoi ?',
      'La partie 4 devrait venir en premier dans le deck.',
      'Le résumé doit passer en tête du rapport.',
      'Je me demande si le logo ne pourrait pas être un peu plus grand.',
      "Ça serait chouette de retravailler l'intro.",
      "Tu me remontes la vidéo avec l'interview au début ?",
      'Vous me refaites les visuels avec le nouveau logo ?',
      'Pourriez-vous renvoyer le rapport, mais ventilé par région cette fois ?',
      'La vapeur, un peu moins svp.',
      'On voudrait la table plus longue et les chaises plus foncées.',
      "Est-ce possible d'avoir le canapé en vert ?",
      'Le sofa, vous pouvez le faire en vert ?',
      'Le canapé, tu peux le passer en vert ?',
      'Je verrais plutôt le canapé en vert.',
      'Le canapé plutôt vert que gris.',
      'Les murs en blanc cassé au lieu du gris.',
      'Pourriez-vous faire passer le canapé du gris au vert olive sur les trois rendus ?',
      'Est-ce que le manteau du héros peut passer du rouge au bleu marine sur toutes les planches ?',
      'Salut, tu pourrais faire passer le fond du blanc au beige sur les 12 illustrations ?',
      'Notre directrice aimerait que les fauteuils passent du cuir au velours.',
      'La cape du chevalier doit passer du violet au bleu nuit sur les 18 dessins, pour coller au jouet sous licence.',
      'La robe de la fée doit passer du rose au mauve sur toutes les planches.',
      'Pourriez-vous retrier le glossaire par ordre alphabétique ?',
      'Tu peux reclasser les fiches du lexique par thème plutôt que par lettre ?',
      'Il faudrait que le bandeau passe du jaune au orange, comme sur le site.',
      'Sur le rapport livré, le logo est à mettre en bas de chaque page au lieu d’en haut.',
      'Pourriez-vous nous restructurer la présentation en trois parties ?',
      'Peux-tu recalculer les marges avec le nouveau taux de change ?',
      'Pourriez-vous décaler le garage de deux mètres ? Je pense que ça reste compris dans vos honoraires.',
      'Pourrais-tu restructurer le rapport pour mettre les recommandations en premier ?',
      'Vous pourriez reprendre les graphiques par région et non par produit ?',
      'Il faudrait réorganiser le guide par service plutôt que par thème.',
      'Tu peux refaire tourner le modèle sans les valeurs aberrantes ?',
      "Merci de réenregistrer le message d'accueil avec les nouveaux horaires.",
      'Pourriez-vous les reprendre avec seulement le tarif et le visuel ?',
      'Les chaises en noyer au lieu du chêne, svp.',
      "Le titre en majuscules plutôt qu'en minuscules.",
      'La salle de bain : carrelage gris au lieu de blanc.',
      'Le bandeau 30 % plus petit et le bouton un peu plus gros.',
      'Le brouillard, tu peux le rendre moins ?',
      'La musique à la fin, vous pouvez la mettre moins forte ?',
      'Est-ce que tu pourrais retravailler les exercices avec nos propres chiffres ?',
      "Prends la deuxième et essaie-la en vert foncé avec un peu plus d'espace entre les lettres.",
      'Tu pourrais tester le logo B en bordeaux, avec un interlettrage plus large ?',
      'Quelques demandes : les dents plus blanches pour Paul, les cheveux lissés, le fond plus clair.',
      'Sur les portraits : gommer les cernes de Marie, éclaircir le fond et atténuer les reflets des lunettes.',
      'Notre numéro a changé : tu peux le mettre à jour partout dans les fiches que tu nous as livrées ?',
      "Il faudrait remplacer l'ancien logo sur toutes les bannières livrées le mois dernier.",
      'Pouvez-vous mettre le nouveau slogan sur toutes les affiches livrées ?',
      'Peux-tu recaler les sous-titres sur le nouveau montage ?',
      'Il faudrait resynchroniser la voix off avec la version courte.',
      'Il faudrait épaissir les traits et foncer le fond.',
      "Tu peux flouter l'arrière-plan sur les portraits ?",
      'Je préfère la piste 2 : tu peux la décliner en bleu canard avec des lettres plus espacées ?',
      'On garde la version carrée, mais en gris anthracite et avec une typo plus grasse.',
      'Petit détail : le bouton devrait dire Prendre rendez-vous et pas Contact.',
      'Ma femme trouve le rose un peu too much.',
      'Le dégradé est un peu de trop sur la couverture.',
      "Le logo est écrasé sur mobile, tu peux lui donner un peu d'air ?",
      'Les photos de la page équipe pourraient-elles toutes avoir la même taille ?',
      "Le graphique jure avec notre charte, merci d'utiliser nos couleurs.",
      "Le client n'est pas fan de la typo, tu peux proposer autre chose ?",
      'Ça donnerait quoi en format paysage ?',
      'Ça donnerait quoi avec le logo en haut à gauche ?',
      'Le ton est un peu raide, ça pourrait sonner plus comme nous ?',
      'La conclusion pourrait sonner un peu plus optimiste ?',
      "Les couleurs ne rendent pas bien à l'impression, tu peux les intensifier ?",
      'Le boss dit que le titre ne va pas, il en faut un autre.',
      'Le slogan ne colle pas, il en faudrait un autre.',
      'Tu sais changer la couleur du titre ?',
      'Vous savez modifier le texte du bandeau ?',
      'Pourriez-vous raccourcir la vidéo de 20 secondes ? Vu vos tarifs, j’imagine que c’est compris.',
      'Tu peux refaire la bannière en plus foncé ? Avec tes tarifs, ça devrait être inclus.',
      'Le directeur n’a qu’une remarque : « logo plus gros, moins de texte ».',
      "Merci de me renvoyer le logo avec le symbole à gauche plutôt qu'au-dessus.",
      'Le titre en haut plutôt qu’en bas, svp.',
      "Il faudrait que les résultats soient présentés par tranche d'âge et non par ville.",
      'Tu peux reshooter les packshots sur fond blanc ?',
      'Je serais plus tranquille si le renard était un peu plus petit.',
      'Ce serait mieux si le bleu était plus doux.',
      "Je me sentirais plus à l'aise si le titre était légèrement plus gros.",
      'Ça rendrait mieux si les lettres étaient un peu plus rondes.',
      'Si le logo était 10 % plus petit, je serais ravie.',
      'Ce serait top si la bordure était un poil plus fine.',
      'Mon associé veut un fond plus sombre sur toutes les affiches.',
      'La propriétaire voudrait un salon plus lumineux sur les photos.',
      'Ma cliente souhaite une typo plus ronde pour les étiquettes.',
      "Le jury veut des couleurs plus vives sur l'ensemble des visuels.",
      'Je préférerais un fond un peu plus clair.',
      'On aimerait une typo plus ronde.',
      'Ce serait mieux avec un titre plus gros.',
      'Le propriétaire veut le ciel plus bleu.',
      "Je serais plus rassurée si le logo avait un peu plus d'air.",
      "Tu peux changer le logo ? Et merci d'être connecté sur Slack de 9h à 17h.",
      'Elle demande des tons plus chauds pour toute la série.',
    ],
    quiet: [
      'Mon associé voudrait corriger lui-même les fiches produits chaque mois.',
      'Nous pourrions vous remettre une carte cadeau pour vous remercier.',
      'On aimerait vous remettre un badge exposant au stand.',
      'Elles veulent retoucher elles-mêmes les photos avant chaque publication.',
      "Il faut qu'on coupe le budget de moitié cette année.",
      "Mail strictement confidentiel : merci de le supprimer si ce n'était pas pour vous.",
      "Si vous n'êtes pas le destinataire de ce courriel, merci de l'effacer sans le lire.",
      'Document strictement confidentiel, à détruire ou supprimer après lecture.',
      "Nous souhaitons que notre réseau de points de vente soit élargi l'an prochain.",
      'Les frais de port doivent disparaître de la facture, comme convenu.',
      'Le voyant doit passer au vert quand la sauvegarde est finie.',
      'Toutes ces tensions doivent disparaître entre nos équipes.',
      'Je préfère que tu coupes ton téléphone pendant le tournage.',
      "Il faudrait qu'on coupe court à cette discussion.",
      "On serait ravis de reprendre notre collaboration à l'automne.",
      'Pourriez-vous reprendre la discussion avec le comptable lundi ?',
      "J'aimerais reprendre nos échanges sur le projet après l'été.",
      'Il faudrait reprendre les cours de yoga en septembre.',
      'Tu peux reprendre contact avec la mairie ?',
      'Nous souhaitons reprendre le partenariat dès janvier.',
      'Merci de nous retourner le bon de commande signé avant le 12 mai.',
      'Pourriez-vous nous retourner la convention paraphée avant vendredi ?',
      'Il faudrait remettre le dossier complet le 8 au plus tard.',
      'Je dois lui remettre les maquettes le 15 dans la matinée.',
      "Merci de me renvoyer le questionnaire rempli d'ici le 20.",
      'Tu peux me retourner ta fiche de présence signée ?',
      'Pourriez-vous remettre vos textes pour le 3 juin ?',
      'Merci de retourner les échantillons avant la fin du mois.',
      'Tu pourrais repasser le dossier à Julie ?',
      'Pourriez-vous repasser au bureau jeudi ?',
      'Tu peux repasser les chemises pour le tournage ?',
      'Le module livré jeudi passé est parfait, rien à changer.',
      "Une petite faute dans le titre du guide : vous pourrez la corriger à l'occasion, rien ne presse.",
      'Il reste une coquille page 2, tu pourras la corriger quand tu auras un moment.',
      'Pourriez-vous tourner la vidéo de présentation vendredi ?',
      "J'aimerais qu'on décale le tournage à mardi.",
      "Petite faute dans le PDF livré : tu pourras corriger quand t'as deux minutes, c'est pas pressé.",
      'Nous avons espacé les tables nous-mêmes pour la fête.',
      "Le bureau est tourné vers le parc, c'est très agréable.",
      'Petite erreur de date dans le PDF, pourriez-vous la rectifier sans urgence ?',
      'Le feu est passé du rouge au vert et on a traversé.',
      'Tu peux vérifier que le voyant passe du rouge au vert après la mise à jour ?',
      'Depuis mars, notre logo est passé du noir au doré.',
      'Tu peux reclasser les factures par mois dans le dossier partagé ?',
      'Vous pourriez passer notre dossier en top de votre pile ?',
      'Vous pouvez passer le dossier en priorité cette semaine ?',
      'Tu pourras passer la nouvelle page en ligne lundi ?',
      'Pour le nouveau dépliant il nous faudrait : une carte du site, trois photos et notre slogan à mettre en bas de chaque page.',
      'Éléments à prévoir pour la brochure : le logo des partenaires à mettre en bas de chaque page, une page contacts.',
      'Tu peux faire passer la newsletter en haut de ta pile ?',
      'Pourriez-vous revoir le devis pour y ajouter la TVA ?',
      'Merci encore pour la soirée de mardi passée à tout mettre en ligne.',
      'Le concurrent est moins cher ; si vous pouvez vous en rapprocher, on signe.',
      "Merci d'avoir bien changé la photo de l'équipe, c'est parfait.",
      'Pouvons-nous décaler la réunion à jeudi ?',
      'On va passer tous nos fournisseurs en paiement à quarante-cinq jours, peux-tu modifier ton contrat ?',
      'Tu peux déplacer la répétition générale au matin ?',
      "On a réenregistré la maquette nous-mêmes à l'automne.",
      "Merci de changer l'interlocuteur indiqué sur le bon de commande.",
      "Pourriez-vous décaler l'atelier de lundi à 14h ?",
      'Tu peux déplacer les exports vidéo dans le nouveau dossier du client ?',
      'Le formulaire ne fonctionne plus, pourrais-tu changer ça ?',
      'Au revoir et merci !',
      'Pouvons-nous les recadrer nous-mêmes pour Instagram ?',
      'On valide tout, pas besoin de modifier quoi que ce soit.',
      'Nous aimerions refaire nos affiches. Pourriez-vous nous envoyer vos tarifs ?',
      'Pourriez-vous revoir la facture à la baisse ?',
      'Rien à changer, tout est parfait.',
      'Merci d’avoir apporté les corrections si vite.',
      'Ce serait plus simple de se parler au téléphone.',
      'Comme indiqué un peu plus haut, la livraison est jeudi.',
      'Le parking est un peu plus à gauche après la barrière.',
      'Notre bureau se trouve un peu plus à droite du hall.',
      'On peut couper la poire en deux sur le prix ?',
      'Pourriez-vous en proposer une autre date ?',
      'Je vais en prendre une autre boîte pour le bureau.',
      'La photo paraissait trop sombre sur mon ancien écran.',
      'Le devis est trop cher pour nous cette année.',
      'Le texte est trop long pour que je le lise ce soir.',
      'Il faut repartir de zéro pour notre stratégie, hélas.',
      'Nous aimerions voir le site avec vous en réunion.',
      'La pause devrait passer avant le déjeuner.',
      'La facture devrait dire « Atelier Sud » au lieu de « Sud ».',
      'Ton profil doit être mis à jour sur le portail.',
      'Le dossier est à reprendre par Julie pendant mon congé.',
      "Une refonte de notre site serait la bienvenue l'an prochain.",
      'Les documents sont à envoyer avant lundi.',
      'La sécurité devrait passer en premier.',
      'Le paiement doit arriver avant la livraison.',
      'Et si on changeait la date de la réunion ?',
      "Le rapport commence par un résumé, c'est parfait.",
      'Je me demande si le budget ne pourrait pas être plus grand.',
      'Et si tu passais au bureau demain ?',
      "Tu me changes de l'argent pour le parcmètre ?",
      'Vous me faites la facture pour lundi ?',
      'Tu modifies ton contrat de ton côté ?',
      'Le budget, un peu moins svp.',
      'Pouvez-vous renvoyer le rapport ? Je ne le trouve plus.',
      "Est-ce possible d'avoir la facture en PDF ?",
      'Tu peux refaire un point avec moi demain ?',
      "La salle sera décorée en blanc plutôt qu'en rouge.",
      'Le dress code : noir, pas blanc.',
      'Tu peux le mettre en copie du mail ?',
      "Nous avons restructuré l'équipe le mois dernier.",
      'Je verrais plutôt jeudi pour la réunion.',
      'Tu peux passer en fin de journée pour récupérer les clés ?',
      'Le virement plutôt que le chèque, si possible.',
      'Pouvez-vous réémettre la facture avec notre nouveau numéro de TVA ?',
      "Merci de recalculer le montant de l'acompte.",
      'Nous avons réorganisé le bureau, la réunion a lieu au 3e étage.',
      'Je préfère le thé plutôt que le café.',
      'Tu peux le mettre plus tard dans le planning ?',
      "Nos ventes sont 30 % plus élevées que l'an dernier.",
      'Nous avons choisi le blanc au lieu du chêne pour notre cuisine.',
      "Merci de corriger ce lien cassé, c'est couvert par la garantie.",
      'Pourriez-vous corriger la coquille du pied de page dans le cadre de la garantie ?',
      'Tu dois changer tes priorités cette semaine, le dossier Martin passe avant.',
      'Il faudrait switcher tes priorités sur le dossier Dupont.',
      'Pouvez-vous intégrer ces chiffres dans les deux dernières diapositives ?',
      "Le prix en euros plutôt qu'en dollars, svp.",
      'Pour le premier rendu, on veut le canapé en vert au lieu du gris.',
      "Il faudrait lisser les paiements sur l'année.",
      'Peux-tu recaler la réunion à jeudi ?',
      'On doit recaler le tournage à mardi.',
      'Tu peux mettre à jour tes coordonnées dans les formulaires que tu nous as envoyés ?',
      'Merci de corriger le montant sur toutes les factures que vous nous avez envoyées.',
      'On va tester la salle en bois la semaine prochaine.',
      'Nous allons essayer le site en noir et blanc de notre côté.',
      'Bilan : les ventes plus fortes, les marges plus basses.',
      'On garde la réunion de lundi, mais en visio.',
      'On part sur le même hôtel, mais en demi-pension.',
      'Le déjeuner était un peu too much, on a tous dormi.',
      'Pourriez-vous proposer autre chose comme date ?',
      'On peut proposer autre chose pour le déjeuner de vendredi ?',
      'Tous les intervenants devraient avoir le même créneau.',
      'Le contrat devrait dire 30 jours, pas 60.',
      'La musique de la soirée était trop forte.',
      'Ça donnerait quoi en termes de budget ?',
      'À quoi ça ressemblerait en termes de planning ?',
      "Il faudrait mettre davantage en avant nos valeurs dans l'entreprise.",
      'Tu peux booster nos ventes sur Instagram ce mois-ci ?',
      'La date ne va pas, il en faut une autre.',
      'Le traiteur ne convient pas, il en faut un autre.',
      "Vous savez, changer de prestataire n'est pas simple.",
      'Bonjour, nous aimerions refaire notre brochure au printemps. Quels sont vos tarifs ?',
      'Nous voulons moderniser notre logo. Pourriez-vous nous faire un devis ?',
      "On aimerait changer nos étiquettes l'an prochain. Combien ça coûterait ?",
      "Bilan de l'année : ventes plus fortes, marges plus basses.",
      'Petit rappel : parking plus loin, entrée par la cour.',
      "Le parking est à gauche plutôt qu'à droite en arrivant.",
      'Les ventes sont classées par région et non par produit dans notre outil.',
      "Nous avons refait tourner l'analyse de notre côté, tout est cohérent.",
      'Je serais plus tranquille si le délai était un peu plus long.',
      'Ce serait mieux si la réunion était plus courte.',
      "On serait plus à l'aise si le budget était plus gros.",
      'Ce serait plus simple si le bureau était plus près de la gare.',
      "Je serais plus sereine si l'équipe était plus grande.",
      'Ce serait plus agréable si la météo était plus clémente samedi.',
      'Mon associé veut un bureau plus grand.',
      'Le patron veut un budget plus serré cette année.',
      'La propriétaire voudrait un loyer plus élevé.',
      "Notre webmaster veut reprendre la même police sur le site, tu peux me dire laquelle c'est ?",
      "Notre développeur va recadrer les photos pour l'appli, pas besoin d'y toucher.",
      "Le gars qui s'occupe de notre site veut reprendre les couleurs, tu as les codes ?",
      "L'imprimeur doit redimensionner le visuel pour la bâche, tu peux envoyer le fichier vectoriel ?",
      "J'aimerais un suivi plus régulier.",
      'Je voudrais une photo plus récente de toi pour la page équipe.',
      'On aimerait un rendu plus rapide des fichiers la prochaine fois.',
      'Ce serait mieux avec une salle plus grande pour l’atelier.',
      'Je serais plus tranquille si le projet avait plus de marge.',
      'Ce serait plus simple si le bureau avait plus de place.',
      'Je serais plus sereine si les routes étaient plus sûres.',
      'Ce serait plus simple si les consignes étaient plus claires.',
      "J'aimerais changer deux-trois choses dans notre façon de travailler : tu seras connecté de 9h à 17h.",
      'On aimerait changer quelques trucs. Désormais tu seras joignable sur Teams de 9h à 18h.',
    ],
  },
});

/** Un aspect nommé par sa couleur, sa matière ou son style : « en vert », « chêne », « en gras ». */
const ASPECT = String.raw`(?:(?:bleu|vert|gris|rose) )?(?:bleue?s?|rouges?|verte?s?|jaunes?|oranges?|violet(?:te)?s?|roses?|noire?s?|blanc(?:he)?s?|grise?s?|marine|or|dore(?:e)?s?|argente?e?s?|argent|beiges?|cremes?|marron|brune?s?|turquoises?|bordeaux|kaki|lilas|mauves?|ocres?|sable|anthracite|corail|taupe|chene|noyer|pin|marbre|beton|brique|bois|verre|acier|laiton|cuivre|chrome|velours|lin|cuir|carrelage|pierre|gras|italiques?|majuscules?|minuscules?|mate?s?|brillante?s?|satinee?s?|portrait|paysage|horizontale?s?|verticale?s?|ronde?s?|arrondie?s?|carree?s?|foncee?s?|claire?s?|pastels?|couleurs?|noir et blanc|sepia|fluo|metallisee?s?)(?: (?:casse|fonce|clair|pale|vif|vive|mat|satine)e?s?)?`;

/** Un élément nommé et sa retouche, dans une liste : « les dents plus blanches pour Paul », « les cheveux lissés ». */
const RETOUCHE = String.raw`(?:le|la|les|l') ?(?!(?:prix|budget|tarifs?|devis|facture|ventes?|marges?|chiffres?|journees?|delais?|couts?|frais|heures|reunions?|equipes?)\b)[a-z'-]+(?: [a-z'-]+)? (?:(?:un peu |un poil |legerement |bien |nettement )?(?:plus|moins) ${QUALITY}|${PARTICIPLE})(?: (?:pour|sur|de|du|chez|a) [a-z'-]+)?`;

const POSITION_OU_TON = String.raw`(?:a gauche|a droite|vers la gauche|vers la droite|vers le haut|vers le bas|plus haut|plus bas)`;

/** Des retouches brèves : « le logo un poil plus à gauche », « plus chaleureux, moins corporate ». */
const touches = phraseRule({
  ...wishes,
  cue: /\b(?:poil|chouia|brin|rien|tantinet|cran|peu|legerement|moins|plus|non|bienvenue?s?|renvoy\w*|renverr\w*|repartager|tester|essayer|tenter|proposer|en|lieu|plutot|trop|sous|dessus|dessous|cote|derriere|devant|zero|depart|debut|voir|rework|reprise|retouche|lifting|frais|polish|dire|afficher|indiquer|much|donner|donne|donnez|meme|jure|jurent|charte|correspond\w*|colle\w*|chose|quoi|sonner|paraitre|ressembler|avant|valeur)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:un (?:poil|chouia|brin|rien|tantinet|cran|peu)|legerement) (?:plus )?${POSITION_OU_TON})\b`,
    ),
    // Une proportion sur un élément nommé : « la lampe 20 % plus grande », « le titre un tiers plus petit ».
    new RegExp(
      String.raw`\b(?:le|la|les|l'|ce|cette|ces|ton|ta|tes|votre|vos) ?(?:(?!(?:est|sont|etait|etaient|sera|seront|serait|semble|parait|reste)\b)[a-z'-]+ ){1,2}(?<phrase>(?:\d{1,3} ?%|un tiers|un quart|deux fois|moitie) (?:plus|moins) ${QUALITY})\b`,
    ),
    // Le réglage d'un élément déjà nommé : « la fumée, tu peux la mettre moins ? », « le son, le rendre plus doux ».
    /\b(?:la|le|les|l') (?<phrase>(?:mettre|mets|mettez|rendre|rends|rendez) (?:un peu |un poil |beaucoup |encore )?(?:moins|plus))(?=\s*(?:[.?!,;\n]|$|stp|svp|s'il|fort|forte|forts|fortes|present|presente|marque|marquee|visible|visibles))/,
    // Un élément nommé, puis seulement la dose : « la vapeur, un peu moins svp », « le logo, un poil plus ».
    /(?:^|[\n:;.!?])[ \t]*(?:[-*•·][ \t]*)?(?:le|la|les|l'|ce|cette|ces) ?(?!(?:prix|budget|tarifs?|devis|facture|remise|tva|heures|reunions?|frais|cout|couts)\b)[a-z'-]+(?: [a-z'-]+)?, (?<phrase>(?:un (?:peu|poil|chouia|brin) |beaucoup |nettement |encore )?(?:moins|plus))(?:[ \t]+(?:svp|stp|s'il (?:te|vous) plait))?(?=[ \t]*(?:[.!?\n]|$))/,
    // « Tu pourrais en essayer une plus ronde ? », « d'en prendre une autre » : une autre option à la place.
    new RegExp(
      String.raw`\b(?<phrase>en (?:essayer|tester|tenter|proposer|trouver|prendre|mettre|choisir|faire) (?:une|un) (?:autre(?=\s*(?:[.?!,;\n]|$|stp|svp|s'il|pour|avec|plus|moins|qui|a la place))|(?:un peu |legerement )?(?:plus|moins) ${QUALITY}))`,
    ),
    // « Le client veut un rework complet du header », « il faudrait un petit coup de frais sur la bannière ».
    /\b(?:veu[tx]|veulent|voudrai\w*|aimerai\w*|souhait\w*|faut|faudrait|besoin d') (?<phrase>(?:un|une) (?:petit |petite |gros |grosse |vrai |vraie |dernier |derniere )?(?:rework|reprise|retouche|lifting|coup de frais|coup de polish|polish)(?: complete?| total| leger| rapide)? (?:de|du|des|sur) (?:la |le |les |l')?)/,
    // Un travail livré renvoyé autrement : « renvoyer le rapport, mais ventilé par région cette fois ».
    /\b(?:renvoyer|renvoie|renvoies|renvoyez|renverrais|renverriez|repartager)\b[^.?!\n]{0,40}?(?:mais |cette fois |plutot |,\s?)+(?<phrase>(?:ventile|trie|classe|regroupe|decoupe|reorganise|restructure|range|filtre|raccourci|reformule)e?s? (?:par|en|autour|sans|avec)\b)/,
    // « Une refonte du chapitre 2 serait la bienvenue » (pas « de notre site » : ce serait un nouveau travail).
    /\b(?<phrase>(?:un|une) (?:petite |legere |vraie |nouvelle )?(?:refonte|reprise|retouche|reecriture|remontage|reenregistrement|restructuration|reorganisation) (?:du|de la|des|de l'|de ce|de cette|de ces)(?! (?:notre|nos)\b)[^.?!\n]{0,40}?) (?:serai(?:en)?t|sera) (?:le |la |les )?bienvenue?s?\b/,
    // Placer un élément par rapport à un autre : « le texte devrait passer sous la photo ».
    /\b(?:devrai(?:en)?t|doi(?:ven)?t|pourrai(?:en)?t|peu(?:ven)?t|faudrait qu'il) (?<phrase>(?:passer|aller|etre|venir|se trouver|apparaitre|etre place|etre placee?s?|etre mise?s?) (?:sous|au-dessus d[eu']|au dessus d[eu']|en dessous d[eu']|a cote d[eu']|derriere|devant|sur|a gauche d[eu']|a droite d[eu']) ?(?:la|le|les|l'|notre|votre|ta|ton)\b)/,
    // Tout reprendre sur un travail livré : « il faut repartir de zéro pour le visuel ».
    /\b(?:faut|faudrait|faudra|devons|doit|devrait|pourrais|pourriez|peux|pouvez|on) (?<phrase>(?:repartir|recommencer|reprendre|tout reprendre|tout refaire) (?:de zero|a zero|de la case depart|depuis le debut|a la case depart) (?:pour|sur) (?:le|la|les|l'|ce|cette|ces|notre|votre))(?! ?(?:strategie|plan|budget|approche|demarche|organisation|projet)\b)/,
    // « Ils aimeraient voir le menu avec les prix dans une colonne à part. »
    /\b(?:aimerai(?:en)?t|aimerions|voudrai(?:en)?t|voudrions|souhaiterai(?:en)?t|souhaiterions|prefererai(?:en)?t) (?:bien )?(?<phrase>voir (?:le|la|les|l'|ce|cette|ces) ?[a-z'-]+(?: [a-z'-]+){0,2} (?:avec|sans))\b(?! (?:vous|toi|l'equipe|votre equipe|ton equipe|la tva|les chiffres|nous))/,
    // Un défaut de ce qui a été livré, dit au présent : « la photo est trop sombre », « le texte reste trop petit ».
    new RegExp(
      String.raw`\b(?:le|la|les|l'|ce|cette|ces|ton|ta|tes|votre|vos) ?(?:[a-z'-]+ ){0,2}?(?<phrase>(?:photos?|images?|textes?|police|typo|logo|titres?|couleurs?|fond|videos?|intro|musique|voix off|bandeau|boutons?|mise en page|pages?|slides?|icones?|accroche|legendes?|sous-titres?|en-tete|pied de page|marges?|sections?|paragraphes?|couverture|maquettes?|montage|animations?|visuels?) (?:est|sont|parait|paraissent|semble|semblent|fait|font|reste|restent)(?: encore)? (?:un peu |un poil |beaucoup |bien |vraiment |legerement )?trop (?:sombre|clair|petit|grand|gros|charge|long|court|fonce|pale|froid|chaud|serre|lent|rapide|fade|terne|flou|vif|criard|plat|sage|formel|discret|present|lourd|fin|epais)e?s?)\b(?! pour\b)`,
    ),
    // Un autre libellé : « le bouton pourrait dire « Réserver » au lieu de « Commander » ».
    /\b(?:pourrai(?:en)?t|peu(?:ven)?t|devrai(?:en)?t|doi(?:ven)?t) (?<phrase>(?:plutot )?(?:dire|afficher|indiquer|mentionner)\b[^.?!\n]{1,40}?\b(?:au lieu de|plutot que))/,
    // Un autre libellé opposé à l'ancien : « le bouton devrait dire « Prendre rendez-vous » et pas « Contact » ».
    /\b(?:pourrai(?:en)?t|peu(?:ven)?t|devrai(?:en)?t|doi(?:ven)?t) (?<phrase>(?:plutot )?(?:dire|afficher|indiquer)\b[^.?!\n]{1,40}?(?:,? et (?:pas|non)\b|,? pas\b|,? plutot\b))/,
    // Un aspect de trop : « ma femme trouve le rose un peu too much », « la musique est trop présente ».
    new RegExp(
      String.raw`\b(?:le|la|les|l') ?(?:[a-z'-]+ )?(?:${ASPECT}|typo|police|logo|couleurs?|musique|photo|image|filtre|effet|animation|degrade|ombre) (?:est |sont |fait |font |reste )?(?<phrase>(?:un peu |un poil |beaucoup |vraiment |carrement )?(?:too much|de trop|trop (?:present|fort|criard|flashy|voyant|envahissant|marque)e?s?))\b`,
    ),
    // Un élément qui étouffe : « tu peux lui donner un peu d'air ? ».
    /\b(?<phrase>(?:donner|donne|donnez) (?:lui |leur |au [a-z]+ |a la [a-z]+ |aux [a-z]+ )?(?:un peu |un peu plus |plus )(?:d'air|de place|d'espace|de respiration))/,
    // Le travail imaginé autrement : « ça donnerait quoi en format paysage ? », « à quoi ça ressemblerait avec… ».
    new RegExp(
      String.raw`\b(?:(?:ca|cela) (?:donnerait|donne|rendrait|ressemblerait a) quoi|a quoi (?:ca|cela|il|elle) ressemblerai[ts]?) (?<phrase>(?:en|avec|sans) (?!(?:termes|terme|cout|prix|budget|delai|delais|planning|temps)\b)[a-z'-]+)`,
    ),
    // Comment le travail doit sonner : « ça pourrait sonner plus comme nous ? ».
    /\b(?:ca|cela|il|elle|(?:le|la|les|l') ?[a-z'-]+) (?:pourrai(?:en)?t|devrai(?:en)?t) (?<phrase>(?:sonner|paraitre|ressembler|faire) (?:un peu |davantage )?(?:plus|moins) (?:comme|[a-z]{3,}))/,
    // Plus de poids dans le travail : « vous pourriez mettre davantage en avant la remise sur la bannière ? ».
    /\b(?:pourrai[st]|pourriez|peux|pouvez|merci de)\b[^.?!\n]{0,15}?\b(?<phrase>(?:mettre|mets|mettez) (?:davantage|plus|un peu plus|mieux) en (?:avant|valeur) (?:le|la|les|l'|notre|nos|ce|cette|ces))/,
    // Une même taille pour tout : « les photos pourraient-elles toutes avoir la même taille ? ».
    /\b(?:pourrai(?:en)?t|peu(?:ven)?t|devrai(?:en)?t|doi(?:ven)?t|faudrait)\b[^.?!\n]{0,20}?\b(?<phrase>(?:toute?s? )?(?:avoir|etre|faire) (?:toute?s? )?(?:la meme|le meme|de la meme|du meme) (?:taille|hauteur|largeur|couleur|police|style|format|cadrage|longueur))\b/,
    // La charte pas respectée, puis la correction : « le graphique jure avec notre charte, merci d'utiliser nos couleurs ».
    /\b(?:jure(?:nt)? avec|ne (?:correspond|colle)(?:nt)? pas (?:a|avec)|hors charte|pas dans (?:la|notre) charte)\b[^.?!\n]{0,60}?(?:\bmerci d'|\b(?:merci de|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|tu peux|vous pouvez|il faudrait|faudrait|svp|stp) )(?<phrase>(?:utiliser|utilise|utilisez|reprendre|reprends|reprenez|respecter|respecte|respectez|suivre|passer sur) (?:nos|notre|la|les|leurs?) [a-z'-]+)/,
    // Proposer autre chose après un avis réservé : « tu peux proposer autre chose ? ».
    /\b(?:peux|pouvez|pourrais|pourriez|merci de)\b[^.?!\n]{0,20}?\b(?<phrase>(?:proposer|trouver|essayer|tenter|tester) (?:autre chose|quelque chose d'autre))\b(?! (?:comme|pour (?:le|la|les) (?:date|dejeuner|diner|reunion|rdv|rendez-vous|creneau)))/,
    // Essayer une teinte ou un ton différent : « tu pourrais tester un vert plus doux ? ».
    new RegExp(
      String.raw`\b(?<phrase>(?:tester|essayer|tenter|proposer|teste|essaie|essaye|testez|essayez) (?:un|une) [a-z]+ (?:un peu |un poil |legerement )?(?:plus|moins) ${QUALITY})\b`,
    ),
    new RegExp(
      String.raw`(?:^|[.!?:\n-])[ \t]*(?<phrase>(?:un peu |un poil |beaucoup )?(?:plus|moins) ${QUALITY}(?:,| et|, et) (?:un peu |un poil )?(?:plus|moins) ${QUALITY})\b`,
    ),
    // Une consigne brève après deux-points : « une remarque : « logo plus gros, moins de texte » ».
    new RegExp(
      String.raw`:[ \t]*[«"“]?[ \t]*(?<phrase>(?!(?:prix|budget|tarifs?|devis|facture|ventes?|marges?|chiffres?|delais?|couts?|frais|temps|meteo)\b)[a-z'-]+(?: [a-z'-]+)? (?:un peu |un poil |legerement |bien )?(?:plus|moins) ${QUALITY})(?=[ \t]*(?:[,;.»"”\n]|$| et\b))`,
    ),
    // Un autre classement des chiffres livrés : « que les résultats soient présentés par tranche d'âge et non par ville ».
    /\b(?:soi(?:en)?t|devrai(?:en)?t etre|pourrai(?:en)?t etre|faudrait|merci de|peux|pouvez|pourrais|pourriez|voudrai[st]|aimerai[st]|prefere\w*)\b[^.?!\n]{0,30}?\b(?<phrase>(?:presente|ventile|trie|classe|regroupe|organise|decoupe|range|affiche|present|ventil|tri|class|regroup|organis|decoup|rang|affich)(?:e|es|ee|ees|er|ez)? par [a-z' -]{1,30}? (?:et non|plutot que|au lieu de|pas) par)\b/,
    // Une place pour une autre : « le symbole à gauche plutôt qu'au-dessus ».
    /\b(?<phrase>(?:a gauche|a droite|en haut|en bas|au-dessus|au dessus|en dessous|au centre|au milieu|dans le coin) (?:plutot qu'|plutot que |au lieu d'|au lieu de |et non )(?:a gauche|a droite|en haut|en bas|au-dessus|au dessus|en dessous|au centre|au milieu|dans le coin|dessus|dessous))/,
    // Une liste de retouches : « les dents plus blanches pour Paul, les cheveux lissés, le fond plus clair ».
    new RegExp(String.raw`(?:^|[:;\n-]|, )[ \t]*(?<phrase>${RETOUCHE}[ \t]*(?:,|;| et|, et) ?${RETOUCHE})\b`),
  ],
  unless: [
    ...UNLESS,
    // Un libellé de facture ou de formulaire n'est pas une retouche.
    /\b(?:facture|devis|contrat|bon de commande|mail|courriel|reponse|formulaire|adresse|virement|profil|portail|compte)\b/,
    // « Comme indiqué un peu plus haut », un chemin à suivre : pas une retouche. Au passé, un constat.
    /\b(?:indique|mentionne|ecrit|cite|explique|dit|voir (?:plus haut|plus bas|ci-dessus|ci-dessous)|vu|precise|ci-dessus|parking|rue|route|tourne[rz]?|entree|sortie|sortant|batiment|porte|etage|salle|ascenseur|couloir|escalier)\b/,
    // Une description plutôt qu'un souhait : « le logo est un peu plus à gauche que sur la V1 ».
    /\b(?:est|sont|se trouve(?:nt)?|se situe(?:nt)?|etait|etaient) (?:un (?:peu|poil|chouia|brin|rien)|legerement) (?:plus )?(?:a gauche|a droite|vers|plus haut|plus bas|en haut|en bas)\b/,
  ],
});

/**
 * Un aspect pour un autre, même dans une liste brève : « le canapé en vert au lieu du gris », « chêne, pas noyer » ;
 * ou un aspect souhaité pour un élément nommé : « le canapé, tu peux le passer en vert ? », « je verrais plutôt le
 * canapé en vert ».
 */
const swaps = phraseRule({
  ...wishes,
  cue: /\b(?:lieu|plutot|non|pas|passer|passe|passent|passez|mettre|mets|mettez|avoir|voir|faire|fais|faites|verrai\w*|verrions|imagine\w*|vois|voyons|test\w*|essa\w*|decline\w*|garde\w*|mais)\b/,
  patterns: [
    new RegExp(String.raw`\b(?:le|la|les|l') ?(?<phrase>(?:passer|passe|passez|mettre|mets|mettez) en ${ASPECT})\b`),
    // « Est-ce possible d'avoir le canapé en vert ? », « le sofa, vous pouvez le faire en vert ? »
    new RegExp(
      String.raw`\b(?<phrase>(?:avoir|voir|faire|fais|faites|mettre|mets|mettez|tester|teste|testez|essayer|essaie|essaye|essayez|decliner|decline|declinez)(?:-(?:le|la|les))? (?:le |la |les |l')?(?:[a-z'-]+ ){0,2}?en ${ASPECT})\b`,
    ),
    new RegExp(
      String.raw`\b(?:verrai[st]?|verrions|verriez|imagine|imaginerai[st]?|imaginions|vois|voyons) (?:plutot |bien |davantage )?(?<phrase>(?:le|la|les|l'|ce|cette|ces|ton|ta|tes|votre|vos) ?[a-z'-]+(?: [a-z'-]+)? en ${ASPECT})\b`,
    ),
    // Une couleur changée sur un travail livré : « que la robe passe du bleu au vert sapin sur les 30 planches ».
    new RegExp(
      String.raw`\b(?<phrase>pass(?:er|ent|ez|e)\b(?<=\b(?:pourr\w+|peux|peut|pouvez|peuvent|doit|doivent|devrai(?:en)?t|voudr\w+|veut|veulent|aimer\w+|souhait\w+|faudrait|faut|merci de|possible)\b[^.?!\n]{0,60}?pass(?:er|ent|ez|e))(?: [a-z'-]+){0,4}? (?:du|de la|de l'|des) ?${ASPECT} (?:au|a la|a l'|aux|en) ?${ASPECT})\b`,
    ),
    new RegExp(String.raw`\b(?<phrase>plutot (?:en )?${ASPECT} (?:que|qu') ?(?:en )?${ASPECT})\b`),
    // L'option gardée, mais dans un autre aspect : « on garde la version carrée, mais en gris anthracite ».
    new RegExp(
      String.raw`\b(?:garde|gardez|gardons|garder|prends|prenez|prenons|part sur|partez sur|partons sur)\b[^.?!\n]{0,40}?,? mais (?<phrase>en ${ASPECT})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:en |de |d')?${ASPECT} (?:au lieu (?:du|des|de la|de l'|de|d'(?:un|une)?)|plutot qu'(?:en |un |une )?|plutot que (?:le |la |les |du |de |en )?|et non (?:pas )?(?:en |le |la |les )?|pas en) ?${ASPECT})\b`,
    ),
  ],
  unless: [
    ...UNLESS,
    /\b(?:facture|devis|contrat|bon de commande|formulaire|adresse|virement|profil|portail|compte)\b/,
    // La consigne d'un premier rendu n'est pas une retouche : « pour le premier rendu, le canapé en vert ».
    /\bpour (?:le|la) (?:premier|premiere|1er|1re) (?:rendu|jet|version|maquette|epreuve|montage|essai)\b/,
    // Un voyant ou un feu qui change de couleur n'est pas une retouche.
    /\b(?:voyant|feu|feux|statut|indicateur|signal|jauge|bouton d'etat|meteo)\b/,
    // Un aspect constaté ou porté à un événement : « la salle sera décorée en blanc », « dress code : noir, pas blanc ».
    /\b(?:est(?![ -]ce\b| (?:il |elle )?(?:possible|envisageable|faisable)\b)|sont|etait|etaient|sera|seront|decore\w*|tenue|dress code|theme|mariage|fleurs|nappes?|ballons)\b/,
    // Des vêtements portés, sauf ceux d'un personnage dessiné : « la robe de Zoé passe du bleu au vert sur les planches ».
    /^(?![\s\S]*\b(?:planches?|illustrations?|dessins?|rendus?|visuels?|images?|maquettes?|personnages?)\b)[\s\S]*\b(?:uniformes?|chemises?|robes?)\b/,
    // Le choix du client lui-même, fait ou à faire : « nous avons choisi le blanc au lieu du chêne ».
    /\b(?:avons|avez|ai|as|a|ont|allons|vais|va) (?:choisi|opte|pris|peint|commande|achete|retenu|prefere|teste|essaye|choisir|opter|prendre|peindre|commander|acheter|tester|essayer)\b|\b(?:nous|on|je) (?:prenons|prend|prends|choisissons|choisit|choisis|peignons|peint|optons|opte|testons|teste|essayons|essaie|essaye)\b/,
  ],
  examples: { fires: [], quiet: [] },
});

const PARTIE = String.raw`(?:partie|section|chapitre|slide|diapo|page|resume|intro|introduction|conclusion|temoignages?|photo|image|logo|titre|paragraphe|tableau|graphique|tarifs?|scene|plan|generique|interview|resultats|recommandations|carte|menu|video|bio|chiffres cles|bouton|citation)`;
const PIECE = String.raw`(?:video|rapport|deck|presentation|page|site|intro|brochure|film|clip|newsletter|article|post|diaporama|montage|teaser|bande-annonce|episode|podcast|catalogue|flyer|livret)`;
const PROPOSE = String.raw`(?:mett|pass|deplac|change|chang|remont|invers|repren|refais|enlev|retir|essay|test|agrandiss|raccourciss|commenc|coup|supprim)(?:ait|iez|ions)`;
/** Sur un ordre du jour, un paiement ou une priorité, un ordre n'est pas une retouche. */
const PAS_UNE_PIECE =
  /\b(?:ordre du jour|reunion|dejeuner|pause|paiement|livraison|facture|rendez-vous|seance|atelier|securite|famille|sante|priorites?|budget|cafe|verre)\b/;

/**
 * L'ordre ou l'ouverture d'un travail livré, souvent suggéré : « la partie 4 devrait venir en premier », « et si on
 * mettait la partie 4 en premier ? », « idéalement, la vidéo commencerait sur le produit », « et le titre en bleu,
 * ça donnerait quoi ? ».
 */
const ordre = phraseRule({
  ...wishes,
  cue: /\b(?:premier|dernier|tete|haut|bas|debut|fin|avant|apres|dessus|dessous|si|par|sur|avec|quoi)\b/,
  patterns: [
    new RegExp(
      String.raw`\b${PARTIE}(?: \d{1,2})? (?<phrase>(?:devrai(?:en)?t|doi(?:ven)?t|pourrai(?:en)?t)(?: plutot| peut-etre| idealement)? (?:venir|passer|etre|arriver|apparaitre|figurer|aller|se trouver) (?:en premier|en dernier|en tete|en haut|en bas|au debut|a la fin|avant|apres|au-dessus|en dessous|plus haut|plus bas))`,
    ),
    new RegExp(
      String.raw`\bet si (?:on|tu|vous|nous) (?<phrase>${PROPOSE} (?:le|la|les|l'|un|une|des|ce|cette|ces|notre|votre|ton|ta|tes)\b)`,
    ),
    new RegExp(
      String.raw`\b${PIECE} (?<phrase>(?:(?:devrai(?:en)?t|doi(?:ven)?t|pourrai(?:en)?t) (?:plutot )?(?:commencer|demarrer|s'ouvrir|ouvrir|finir|se terminer|terminer|se conclure)|commencerai(?:en)?t|demarrerai(?:en)?t|s'ouvrirai(?:en)?t|finirai(?:en)?t|se terminerai(?:en)?t|commencait|commencaient) (?:par|sur|avec))\b`,
    ),
    /(?:^|[.!?:\n]|\bet )[ \t]*(?<phrase>(?:le|la|les|l')\b ?[^.?!\n,]{2,50}), (?:ca|cela) (?:donnerait|rendrait) quoi\b/,
  ],
  unless: [...UNLESS, PAS_UNE_PIECE],
  examples: { fires: [], quiet: [] },
});

/**
 * Une correction à reporter dans ce qui a déjà été livré : « tu peux le mettre à jour partout dans les fiches que tu
 * nous as livrées ? », « remplacer l'ancien logo sur toutes les bannières livrées le mois dernier ».
 */
const reportee = phraseRule({
  ...wishes,
  cue: /\b(?:livree?s?|envoyee?s?|faite?s?|realisee?s?|redigee?s?|produite?s?|concue?s?|creee?s?|fournie?s?|preparee?s?|montee?s?)\b/,
  patterns: [
    /\b(?<phrase>(?:mettre a jour|mets a jour|mettez a jour|remplacer|remplace|remplacez|corriger|corrige|corrigez|changer|change|changez|modifier|modifie|modifiez|actualiser|actualise|actualisez|rectifier|rectifie|rectifiez|reporter|reporte|reportez|mettre|mets|mettez|ajouter|ajoute|ajoutez|integrer|integrez)\b[^.?!\n]{0,50}?\b(?:partout|sur tou(?:te)?s les|dans tou(?:te)?s les|sur (?:le|la|les|l'|ces|tes|vos)|dans (?:le|la|les|l'|ces|tes|vos))\b[^.?!\n]{0,40}?(?:\b(?<!\b(?:le|un|du|ce|mon|ton|son|notre|votre|leur) )livree?s?|\bque (?:tu|vous) (?:nous |m')?(?:as|avez) (?:livre|envoye|fait|realise|redige|produit|concu|cree|fourni|prepare|monte)e?s?)\b)/,
  ],
  unless: [
    ...UNLESS,
    /\b(?:factures?|devis|contrats?|bons? de commande|formulaires?|profil|portail|comptes?|coordonnees|montants?|rib|iban|tva|siret)\b/,
  ],
  examples: { fires: [], quiet: [] },
});

/**
 * Un agencement livré tourné ou espacé autrement : « tourner le comptoir de 45 degrés », « le stand tourné vers
 * l'allée », « les tables plus espacées ». « Tourner » seul filme aussi : il ne compte qu'avec un angle ou une face.
 */
const disposition = phraseRule({
  ...wishes,
  cue: /\b(?:degres|face|vers|espacee?s?|ecartee?s?|eloignee?s?|rapprochee?s?)\b/,
  patterns: [
    /\b(?<phrase>(?:tourner|tourne|tournez|pivoter|faire pivoter|orienter|oriente|orientez|reorienter)\b[^.?!\n]{0,30}?(?:de \d{1,3} ?(?:degres|°)|(?:pour qu'(?:il|elle|ils|elles)|qu'(?:il|elle|ils|elles)) (?:fasse|fassent) face|face a))/,
    /\b(?:voudr\w*|aimer\w*|souhait\w*|prefer\w*|faudrait|faut|veut|veulent|pourri\w*|pouv\w*|peux|merci de)\b[^.?!\n]{0,40}?\b(?<phrase>(?:le|la|les|l')\b ?[a-z'-]+(?: [a-z'-]+)? (?:(?:un peu |un poil |bien )?plus (?:espacee?s?|ecartee?s?|eloignee?s?|rapprochee?s?)|tournee?s? (?:vers|face a|de \d{1,3} ?(?:degres|°))))/,
  ],
  unless: [...UNLESS, PAS_UNE_PIECE],
  examples: { fires: [], quiet: [] },
});

/**
 * Des tournures négatives qui sont ici des demandes : « je me demande si le logo ne pourrait pas être un peu plus
 * grand », « le titre ne va pas, il en faut un autre ».
 */
const suggestion = phraseRule({
  ...wishes,
  cue: /\b(?:pas etre|autre)\b/,
  negatable: false,
  patterns: [
    // Un élément qui ne va pas, puis un autre demandé : « le titre ne va pas, il en faut un autre ».
    /\b(?:ne va pas|ne vont pas|ne convient pas|ne conviennent pas|ne colle pas|ne collent pas|ne passe pas|ne passent pas)\b[^.?!\n]{0,40}?\b(?<phrase>en (?:faut|faudrait|veut|voudrait|voudrais|voudrions|aimerait|aimerais|aimerions) (?:un|une) autre)\b/,
    new RegExp(
      String.raw`\bsi (?:le|la|les|l'|ce|cette|ces) ?[a-z'-]+(?: [a-z'-]+)? ne (?:pourrai(?:en)?t|devrai(?:en)?t) pas (?<phrase>etre (?:un peu |un poil |legerement |beaucoup )?(?:plus|moins) ${QUALITY})`,
    ),
  ],
  unless: [
    ...UNLESS,
    PAS_UNE_PIECE,
    /\b(?:date|creneau|horaire|jour|heure|salle|lieu|hotel|restaurant|prestataire|fournisseur|traiteur)\b/,
  ],
  examples: { fires: [], quiet: [] },
});

// Vague changes then spelled out as a working arrangement are no revision (shared/working-arrangements.ts).
export default besideWorkingArrangements({
  ...wishes,
  find: (context) =>
    ENQUIRY.test(newestText(context))
      ? []
      : [
          ...findChangeVerbs(context),
          ...wishes.find(context),
          ...touches.find(context),
          ...swaps.find(context),
          ...ordre.find(context),
          ...suggestion.find(context),
          ...reportee.find(context),
          ...disposition.find(context),
          // Un nouveau rendu dit en hypothèse ou relayé pour une série livrée (voir shared/wished-look.ts).
          ...wishedLooks(context, UNLESS),
        ],
} satisfies Rule);
