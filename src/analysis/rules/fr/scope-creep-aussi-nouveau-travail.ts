import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';

/*
 * Du travail nouveau greffé sur la mission : une demande « aussi / également / en plus » de
 * quelque chose à produire (« pourriez-vous aussi traduire la carte », « - écrire aussi les
 * posts »), un besoin en plus (« nous aurions aussi besoin d'un petit logo ») ou un livrable à
 * ajouter (« ajouter une version espagnole »). Texte replié : sans accents.
 */
const WORK = String.raw`(?:(?:nous |me |lui |leur |en )?(?:faire|realiser|rediger|ecrire|traduire|creer|concevoir|designer|dessiner|illustrer|mettre en page|maquetter|monter|tourner|filmer|photographier|animer|former|depanner|gerer|prendre en charge|tirer|decliner|developper|integrer|coder|preparer|produire|ajouter|rajouter|mettre en place|installer|programmer|configurer|organiser|couvrir|shooter|relire|sous-titrer|enregistrer|pondre|concocter|bricoler|imaginer|s'occuper|t'occuper|vous occuper|revenir (?:photographier|filmer|faire)))`;

const LANGUE = String.raw`(?:anglaise|allemande|espagnole|italienne|neerlandaise|flamande|portugaise|arabe|chinoise|japonaise|russe|polonaise|en (?:anglais|allemand|espagnol|italien|neerlandais|portugais|arabe|chinois))`;

const LIVRABLE = String.raw`(?:pages?|sections?|rubriques?|versions? (?:${LANGUE}|sous-titree|courte|mobile|imprimable)|logos?|bannieres?|flyers?|affiches?|brochures?|depliants?|plaquettes?|videos?|clips?|reels?|posts?|publications?|stories|newsletters?|communiques?|presentations?|infographies?|signatures?|modeles?|sites?|applis?|applications?|fonctionnalites?|blogs?|faq|formulaires?|boutique|e-?shop|pubs?|publicites?|campagnes?|etiquettes?|menus?|cartes?|traductions?|sous-titres?|guides?|manuels?|formations?|ateliers?|photos?|portraits?|fiches?|descriptions?|articles?|rapports?|resumes?|illustrations?|icones?|animations?|maquettes?|kakemonos?|roll-?ups?|goodies|textes?|legendes?|scripts?|formats?|lettrages?|visuels?|slides?|diaporamas?|catalogues?|podcasts?|teasers?|reseaux sociaux|comptes? (?:instagram|facebook|linkedin))`;

const REQUEST = String.raw`(?:(?:pourr(?:ais|iez|ait|ions|as|ez)|pouv(?:ais|iez)|peux|pouvez|peut)(?:[- ](?:tu|vous|on))?|aimer(?:ais|ait|ions|aient)|voudr(?:ais|ait|ions|aient)|souhait(?:e|ons|erais|erait|erions)|faudrait|faut|merci de|est-ce que (?:tu|vous)|ce serait (?:top|bien|genial|super|parfait) (?:de|si)|stp|svp|tu (?:me |nous )?fais|vous (?:me |nous )?faites)`;

const AUSSI = String.raw`(?:aussi|egalement|en plus|de plus|en meme temps|au passage|par la meme occasion)`;

const OBJECT = String.raw`(?:[ '][^ .?!\n,;:]+){0,5}`;

const PAYE = String.raw`\b(?:devis (?:complementaire|separe|a part|supplementaire)|(?:envoyer|faire|etablir|transmettre|proposer|preparer) (?:un|votre|ton) devis|chiffrer|chiffrage|on te paiera|nous vous paierons|nous paierons|en supplement|factur(?:er|ez|e) (?:en plus|a part|separement)|(?:sur|a) (?:la|ta|votre) (?:prochaine )?facture|a (?:ton|votre) tarif (?:habituel|horaire))\b`;

const aussiNouveauTravail = phraseRule({
  id: 'scope-creep/aussi-nouveau-travail',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks for extra deliverables on top of the job: outside what was agreed, so quote them separately.',
    fr: 'Demande des livrables en plus de la mission : hors de ce qui était convenu, à chiffrer à part.',
  },
  patterns: [
    new RegExp(
      String.raw`\b(?:en plus|en sus|au-dela|a cote) (?:du|de la|de l'|des|de|d')\s?[^.?!\n]{1,40}?,\s*${REQUEST}\b[^.?!\n]{0,20}?(?<![a-z])(?<phrase>${WORK}\b${OBJECT})`,
    ),
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?\b${AUSSI}\b[^.?!\n]{0,20}?(?<![a-z])(?<phrase>${WORK}\b${OBJECT})`,
    ),
    new RegExp(String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?(?<![a-z])(?<phrase>${WORK}\b[^.?!\n]{0,50}?\b${AUSSI})\b`),
    new RegExp(
      String.raw`(?:^|[.!?;:]\s+|\n)[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+)?(?:et |puis |pis )?(?<phrase>${WORK} ${AUSSI}\b${OBJECT})`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:${AUSSI} besoin d[e']|besoin ${AUSSI} d[e'])\s?(?:un |une |des |de |d')?(?:petite? |nouvelle? |autre )?${LIVRABLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:ajouter|ajoutez|ajoute|rajouter|rajoutez|rajoute|creer|creez|cree) (?:(?:un|une|des|deux|trois|quatre|quelques|\d+|nouvelles?|nouveaux?|petite?s?|autres?) )+(?:[a-z-]+ ){0,2}?${LIVRABLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?:aimer\w*|voudr\w*|souhait\w*|faudrait|besoin d'|(?:en )?(?:faire|tirer|decliner|sortir|adapter))\s?(?:maintenant |aussi |egalement |en plus )?(?<phrase>(?:une|la|des|les) versions? ${LANGUE})\b`,
    ),
  ],
  unless: [
    new RegExp(PAYE),
    /\b(?:l'an prochain|l'annee prochaine|plus tard|phase 2|deuxieme phase)\b/,
    /\b(?:merci|bravo)\b[^.?!\n]{0,20}\b(?:aussi|egalement)\b/,
  ],
  examples: {
    fires: [
      'Tu pourrais aussi nous rédiger la newsletter de mars ?',
      'Pourriez-vous également traduire la carte des vins ?',
      '- écrire aussi les légendes des photos',
      "Nous aurions aussi besoin d'une petite bannière pour le salon.",
      'Il faudrait ajouter une version anglaise du site.',
      'Vous pourriez nous faire des cartes de visite en plus ?',
    ],
    quiet: [
      "Pourrais-tu aussi m'envoyer la facture ?",
      'Merci aussi pour ta réactivité !',
      'Nous aimerions une version anglaise : pouvez-vous nous envoyer un devis ?',
    ],
  },
});

// Un travail nouveau que le client propose de payer comme tel est une commande, pas un débordement.
const PAYE_DANS_LE_MESSAGE = new RegExp(PAYE);

const newest = (context: Parameters<Rule['find']>[0]): string =>
  context.text.slice(context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0);

export default {
  ...aussiNouveauTravail,
  find: (context) => (PAYE_DANS_LE_MESSAGE.test(newest(context)) ? [] : aussiNouveauTravail.find(context)),
} satisfies Rule;
