import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';

/*
 * A change verb governed by a request ("pourriez-vous raccourcir…", "il faudrait remonter le
 * titre", "tu peux enlever…"), an imperative or an infinitive opening a line or a bullet
 * ("- reprendre le chapitre 2", "Et reprenez l'introduction"), a wish in the subjunctive or the
 * passive ("que tu reprennes…", "que la photo soit remplacée"), or a wished-for quality ("soit plus
 * visible", "serait plus jolie avec…"). Folded text: no accents.
 */
const INFINITIVE = String.raw`(?:changer|modifier|remplacer|reprendre|refaire|retravailler|revoir|retoucher|raccourcir|rallonger|allonger|agrandir|grossir|reduire|rapetisser|eclaircir|assombrir|foncer|enlever|retirer|supprimer|effacer|attenuer|deplacer|remonter|descendre|baisser|recadrer|reecrire|reformuler|ajuster|peaufiner|inverser|intervertir|adoucir|rechauffer|alleger|aerer|resserrer|bouger|decaler|remanier|repenser|retraduire|rectifier|remettre|harmoniser|repasser sur|virer|mettre a jour|passer (?:le|la|les|l')[^.?!\n,]{1,25}? en)`;

const IMPERATIVE = String.raw`(?:changez?|modifiez?|remplacez?|reprends|reprenez|refais|refaites|retravaillez?|revois|revoyez|retouchez?|raccourcis|raccourcissez|rallongez?|agrandis|agrandissez|reduis|reduisez|eclaircis|eclaircissez|assombris|assombrissez|foncez?|enlevez?|retirez?|supprimez?|effacez?|attenuez?|deplacez?|remontez?|descends|descendez|recadrez?|reecris|reecrivez|reformulez?|ajustez?|inversez?|adoucis|adoucissez|rechauffez?|allegez?|aerez?|resserrez?|bougez?|decalez?|remets|remettez|harmonisez?|repasse sur|repassez sur|virez?|mets a jour|mettez a jour)`;

const PARTICIPLE = String.raw`(?:change|modifie|remplace|repris|refait|retravaille|revu|retouche|raccourci|rallonge|agrandi|reduit|eclairci|assombri|fonce|enleve|retire|supprime|efface|attenue|deplace|remonte|recadre|reecrit|reformule|ajuste|inverse|adouci|rechauffe|allege|aere|resserre|decale|mis a jour)e?s?`;

// Rescheduling a meeting, resuming contact or cutting a fee is not rework; "revoir" is also "au revoir".
const NOT_WORK = String.raw`(?![^.?!\n,]{0,25}\b(?:rendez-vous|rdv|reunion|appel|call|contact|le travail|mot de passe|facture|devis|date de|horaire|planning|creneau|abonnement|offre|proposition commerciale|coordonnees|adresse|rib|iban|(?:notre|le|ce|nos) (?:point|points|visio|rendez-vous|seance)\b|conditions|a la baisse|a la hausse|montant|paiement|somme|acompte|solde|virement|frais|tarifs?|prix|couts?|majoration|supplement))`;

const OBJECT = String.raw`(?:[ '][^ .?!\n,;:]+){0,5}`;

const REQUEST = String.raw`(?:(?:pourri(?:ez|ons|ais|ait)|pouvez|pouvons|pouv(?:ais|iez)|peux|peut|pourr(?:as|ez|a))(?:[- ](?:vous|tu|on|t-on|nous))?|possible d(?:e|')|envisageable d(?:e|')|merci de|voudr(?:ais|ait|ions|aient)|veu(?:t|lent|x)|voulons|aimer(?:ais|ait|ions|aient)|souhait(?:e|es|ons|ent|erais|erait|erions|eraient)|faudr(?:ait|a)|faut|besoin de|prefer(?:e|es|ons|ent|erais|erait|erions|eraient)|ce serait (?:bien|top|super|parfait|mieux|genial|ideal|chouette) de|(?:il )?(?:conviendrait|convient|vaudrait mieux)(?: de)?|peut-etre|essa(?:ie|yez) de|compte sur (?:toi|vous) pour|stp|svp|s'il (?:te|vous) plait|il reste a)`;

const QUALITY = String.raw`(?:visible|lisible|grand|gros|petit|chaleureux|chaleureuse|sobre|moderne|clair|fonce|lumineux|lumineuse|chaud|froid|court|long|dynamique|formel|familier|technique|serieux|serieuse|leger|legere|aere|epure|colore|discret|discrete|punchy|fun|professionnel|simple|doux|douce|vif|vive|contraste|centre|haut|bas|serre|naturel|joli|jolie|beau|belle|sympa|percutant|impactant|vendeur|vendeuse|gai|gaie|pro)s?`;

/*
 * A first enquiry ("nous aimerions refaire nos affiches, pourriez-vous nous envoyer vos tarifs ?")
 * describes new work to quote, not changes to something delivered.
 */
const ENQUIRY =
  /\b(?:(?:vos|tes|ton|votre) (?:tarifs?|prix|honoraires|disponibilites)|(?:un|une|votre|ton) (?:devis|soumission|estimation|offre)(?! (?:initial|signe|accepte|valide))|m'a (?:parle|donne|recommande)|(?:recommandee?s?|conseillee?s?) par)\b/;

const changeRequest = phraseRule({
  id: 'extra-revisions/demande-de-modif',
  category: 'extra_revisions',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Asks for changes on delivered work: check how many revision rounds your quote includes.',
    fr: 'Demande des modifications sur un travail livré : vérifiez combien de tours de retouches votre devis prévoit.',
  },
  patterns: [
    // One pattern for both openings (a request, or an imperative or infinitive starting a
    // sentence, line or bullet): V8 compiles each copy of the verb lists separately.
    new RegExp(
      String.raw`(?:\b${REQUEST}\b[^.?!\n]{0,50}?(?<![a-z])|(?:^|[.!?;:]\s+|(?<=[.!?;:\n][ \t]*)\n|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t])|,\s*(?:et|puis|pis)\s+)[ \t]*(?:[-*•·>][ \t]+|\d{1,2}[.)][ \t]+)?(?:(?:et|pis|puis|aussi|sinon|enfin|ensuite|egalement|par contre|stp|svp|merci de|p\.?s\.?)[ ,:]+)*)(?<phrase>(?:(?:le|la|les|l'|lui|leur|y|en|me|nous) ?)?(?:${INFINITIVE}|${IMPERATIVE})\b${NOT_WORK}${OBJECT})`,
    ),
    new RegExp(
      String.raw`,\s*(?<phrase>${IMPERATIVE}(?:-(?:le|la|les|moi|nous|lui))? (?:le|la|les|l'|un|une|des|ce|cette|ces|ton|ta|tes|votre|vos|son|sa|ses)\b${OBJECT})`,
    ),
    /\b(?:que|qu') ?(?:tu|vous) (?:le |la |les |l'|lui |leur |y |en )?(?<phrase>(?:chang|modifi|remplac|repren|refass|revoi|revoy|retravaill|retouch|raccourc|rallong|agrand|redui|eclairc|assombr|enlev|retir|supprim|effac|attenu|deplac|remont|recadr|reecri|reformul|ajust|invers|remett)[a-z]*)\b/,
    new RegExp(
      String.raw`\b(?<phrase>(?:soi(?:en)?t|soient|seraient|serait|etre) (?:un peu |legerement |entierement |toutes? |tous )?${PARTICIPLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:soi(?:en)?t|soient|serai(?:en)?t|rendre|rendez|rends) (?:un peu |beaucoup |bien |legerement |nettement )?(?:plus|moins|mieux) ${QUALITY})\b`,
    ),
    /\b(?<phrase>(?:passe|passent|soit|soient|apparaisse|apparaissent|mettre|mettez|mets) (?:plutot )?en (?:premier|dernier|haut|bas|tete|gras|avant|couleur|noir et blanc|majuscules?|minuscules?|italique|valeur))\b/,
  ],
  unless: [
    // Un défaut de ce qui a été livré relève de la garantie, pas d'un tour de retouches.
    /\b(?:bug|beugue|plante|ne (?:marche|fonctionne|s'affiche|s'ouvre|se ferme|se referme|charge|part|envoie)|n'(?:envoie|affiche|arrive)|erreur \d|message d'erreur|en panne)\b/,
    /\b(?:nous-memes|moi-meme|nous meme|moi meme|en interne)\b/,
    /\bsi (?:jamais |besoin|vous avez besoin|tu as besoin|on a besoin|il y a des)\b/,
    /\b(?:rendez-vous|reunion|visio|call)\b[^.?!\n]{0,20}\b(?:decal|deplac|change)/,
    /\b(?:remise|rabais|geste commercial|ristourne|a la baisse|a la hausse)\b/,
  ],
  examples: {
    fires: [
      'Pourriez-vous raccourcir le texte de la page Services ?',
      'Il faudrait remonter le logo et enlever la deuxième photo.',
      "- reprendre l'accroche\n- changer la couleur du bandeau",
      "J'aimerais que l'adresse soit plus visible.",
      'Tu peux passer le titre en bleu marine stp?',
      "Pis si tu peux, recadre la photo de l'équipe.",
      'Nous souhaitons que les photos soient retouchées avec un rendu plus chaud.',
    ],
    quiet: [
      'Pouvons-nous décaler la réunion à jeudi ?',
      'Le formulaire ne fonctionne plus, pourrais-tu changer ça ?',
      'Au revoir et merci !',
      'Pouvons-nous les recadrer nous-mêmes pour Instagram ?',
      'On valide tout, pas besoin de modifier quoi que ce soit.',
      'Nous aimerions refaire nos affiches. Pourriez-vous nous envoyer vos tarifs ?',
      'Pourriez-vous revoir la facture à la baisse ?',
    ],
  },
});

const newest = (context: Parameters<Rule['find']>[0]): string =>
  context.text.slice(context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0);

export default {
  ...changeRequest,
  find: (context) => (ENQUIRY.test(newest(context)) ? [] : changeRequest.find(context)),
} satisfies Rule;
