import { phraseRule } from '../../phrase-rule.ts';

const DEMANDE = String.raw`(?:pourr(?:ais|iez|ait|ions|as|ez)|peux|pouvez|peut|on peut|possible (?:de|d')|envisageable|faudrait|merci (?:de|d')|souhait\w*|voudr\w*|aimer\w*|stp|svp|on (?:pourrait|peut))`;
const ACTUEL = String.raw`(?:meme|actuel|actuelle|en cours|prevue?|initial|initiale|convenue?|de base)`;
const CADRE = String.raw`(?:sprint|livraison|lot|version|release|mission|projet|forfait|budget|enveloppe|prix|tarif|prestation|phase|commande|contrat|jalon|montant)`;
const PRIX = String.raw`(?:forfait|prix|tarif|budget|enveloppe|montant|tjm|taux journalier|abonnement)`;

/*
 * Un travail nouveau glissé dans ce qui est déjà convenu et payé : « tu peux l'intégrer au sprint
 * en cours », « les inclure dans la même livraison », « le forfait couvrirait aussi les
 * bannières », « dans le cadre du même forfait ». Les tournures de prix le rendent gratuit.
 */
export default phraseRule({
  id: 'scope-creep/meme-forfait',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks to fold new work into the agreed job or price: it is outside what was agreed, so quote it separately.',
    fr: 'Demande de glisser un travail nouveau dans la mission ou le prix convenus : hors de ce qui était prévu, à chiffrer à part.',
  },
  cue: /\b(?:meme|actuel|actuelle|en cours|prevue?|initial|initiale|convenue?|de base|couvri\w*|inclur\w*|compren\w*|avant|d'ici|pareil|chose|traitement|autres|tous|toutes|restants?|suivants?|nouveaux|nouvelles|pareil|ajouts|complements|extras|nouveautes)\b/,
  patterns: [
    // Du travail glissé avant une échéance : « on peut glisser les notifications push avant le lancement ? ».
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?\b(?<phrase>(?:glisser|caser|rajouter|ajouter|integrer|inclure) (?:aussi |egalement )?(?!(?:un |une |des |les |le |la |l')?(?:petit |court )?(?:appel|reunion|point|visio|call|cafe|rdv|rendez-vous|echange)\b)(?:un |une |des |les |le |la |l')?[a-z'-]+(?: [a-z'-]+){0,2} (?:avant|d'ici) (?:le lancement|la mise en ligne|la livraison|l'impression|l'ouverture|la sortie|le salon))\b`,
    ),
    // Le même travail étendu à d'autres lieux : « pourriez-vous étendre l'audit à nos deux autres sites ? ».
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?\b(?<phrase>(?:etendre|elargir|decliner|dupliquer|appliquer|reproduire|deployer|faire (?:la meme chose|pareil))(?: (?:l'|le |la |les |ce |cette |votre |ton |ta |ca |cela)(?:[a-z'-]+ ?){0,2}?)? ?(?:a|aux|sur|pour) (?:nos |les |tous nos |toutes nos |l'ensemble de nos |chacun de nos )?(?:(?:deux|trois|quatre|cinq|\d+) )?(?:autres|tous|toutes|restants?|suivants?|nouveaux|nouvelles)? ?(?:sites|magasins|boutiques|agences|filiales|entrepots|bureaux|marques|produits|pays|langues|services|equipes|pages|restaurants|hotels|ecoles|succursales|antennes|usines|comptes|fiches))\b`,
    ),
    new RegExp(
      String.raw`\b${DEMANDE}\b[^.?!\n]{0,40}?(?<phrase>\b(?:l'|les |la |le |y )?(?:integrer|inclure|glisser|caser|ajouter|rajouter|rentrer|faire rentrer|faire entrer|incorporer|inserer)(?: (?:ca|cela|ceci|aussi|egalement|tout ca|le tout|(?:les|le|la|ces|ce|cette|vos|nos|tes|mes) [a-z'-]+(?: [a-z'-]+){0,2}))? (?:dans|a|au|en) (?:le |la |l'|ce |cette |notre |votre |ton |ta )?(?:${ACTUEL} ${CADRE}|${CADRE} ${ACTUEL}))\b`,
    ),
    new RegExp(
      String.raw`(?:\b(?:dans le cadre|pour le|au|avec le|dans le|sur le|a) (?:du |de la )?|(?:^|[.!?\n,])[ \t]*)(?<phrase>meme (?:${PRIX}|devis))\b(?! que\b| qu')`,
    ),
    // Le même travail pour autre chose : « on voudrait la même chose pour la collection d'automne ».
    /\b(?:voudr\w*|aimer\w*|souhait\w*|faudrait|faire|refaire) (?<phrase>(?:la meme chose|le meme traitement|la meme approche|pareil) pour (?:la|le|les|l'|notre|nos)\b)/,
    new RegExp(
      String.raw`\b(?<phrase>(?:le|la|ce|cette|votre|ton|ta|notre) ${PRIX} (?:(?:couvrirait|comprendrait|inclurait|engloberait|pourrait (?:aussi |egalement )?(?:couvrir|comprendre|inclure)) (?:aussi|egalement)?|(?:couvre|comprend|inclut) (?:aussi|egalement)))\b`,
    ),
    // Les ajouts attendus dans l'enveloppe : « nous comptions sur le fait que ces ajouts soient couverts par le forfait ».
    /\b(?<phrase>(?:ces|les|nos|tous ces|toutes ces) (?:ajouts|extras|complements|elements (?:supplementaires|en plus)|livrables (?:supplementaires|en plus)|nouveautes) (?:soient|seraient|sont|soit|puissent etre|pourraient etre|restent|rentrent) (?:couverts|compris|inclus|pris en charge|integres|dans) (?:par |dans )?(?:le|la|l'|notre|votre|ton|ta) ?(?:forfait|budget|prix|devis|contrat|enveloppe|tarif|mission))/,
  ],
  unless: [
    /\b(?:devis (?:complementaire|separe|a part|supplementaire)|nouveau devis|on te paiera|nous vous paierons|nous paierons|en supplement|a part|factur\w*|chiffr\w*)\b/,
    /\b(?:tva|taxes?|frais de (?:port|deplacement|livraison|transport)|deplacements?|que l'an dernier|que l'annee derniere|que la derniere fois)\b/,
    /\b(?:prochain|prochaine|suivant|suivante) (?:sprint|livraison|lot|version|phase|jalon)\b/,
    // Ce que le contrat signé prévoit déjà, rappelé : « comme prévu au contrat, le forfait comprend aussi les déclinaisons ».
    /\bcomme (?:prevu|convenu|indique|stipule|precise|ecrit|mentionne) (?:au|dans (?:le|notre|votre|ton)|sur (?:le|notre|votre|ton)) (?:contrat|devis|bon de commande|cahier des charges)\b/,
  ],
  examples: {
    fires: [
      'Vu nos moyens, nous espérons que ces ajouts restent dans le forfait de départ.',
      'La direction compte sur le fait que les compléments soient compris dans le devis signé.',
      'Tu pourrais les intégrer au sprint en cours ? On aimerait un module de parrainage.',
      "Serait-il possible d'inclure les deux kakémonos dans la même livraison ?",
      'Pourriez-vous nous faire aussi le rapport en néerlandais, dans le cadre du même forfait ?',
      'Votre tarif couvrirait aussi les bannières du salon, non ?',
      'Tu pourrais décliner la charte à nos trois autres boutiques ?',
      "On aimerait le même traitement pour la carte d'hiver, même budget si possible.",
      'On pourrait caser un module de réservation avant la mise en ligne ?',
    ],
    quiet: [
      'Merci, les ajouts de la V2 sont parfaits.',
      'Comme indiqué au devis, le forfait comprend aussi les trois formats pour les réseaux.',
      "Vous pouvez l'ajouter au prochain sprint une fois le devis signé.",
      'Le prix reste le même que l’an dernier, parfait.',
      'Pourriez-vous inclure les frais de déplacement dans la même facture ?',
      'Merci de livrer les fichiers au même format que la dernière fois.',
      'Nous allons déployer le nouveau logo sur tous nos magasins en mai.',
      "Pourriez-vous m'envoyer les fichiers avant l'impression ?",
      'On peut caser un petit appel avant le lancement ?',
    ],
  },
});
