import { phraseRule } from '../../phrase-rule.ts';
import { OWN_OFFER_ACCEPTED } from '../shared/rate-reasons.ts';

/** A sum as French-speaking clients write it: "1 400 €", "2'400 francs", "450 euros", "900 balles", "20 %". */
const AMOUNT = String.raw`(?:\d(?:[\d.,']|\s(?=\d{3}\b))*\s?(?:€|euros?|eur\b|\$|dollars?|francs?|chf|balles|k€|k\b)|\d+ ?(?:%|pour ?cent)|(?:septante|nonante|soixante|quatre-vingts?|cent|deux cents?|mille)\s+(?:€|euros?|francs?|balles))`;

/** Asks for a discount, a "geste", a lower rate, or counters with a smaller figure. */
export default phraseRule({
  id: 'rate-pressure/discount',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Asks you to lower your price after it was quoted: a discount is a concession, not a given.',
    fr: 'Demande de baisser votre prix déjà annoncé : une remise est une concession, pas un dû.',
  },
  cue: /tarif actuel|meme tarif|hausse|augmentation|revalorisation|de moins|moins cher|a la baisse|ancien|precedent|l'an (?:dernier|passe)|le nouveau\b|nouveaux? (?:tarif|prix|tjm|taux)|nouvelle grille|\b(?:doux|fourchette|ancien|charge|max|marge|souplesse|flexibilite|plus bas|plus faible|plafonn|limite|au lieu|dedui|retenir|retien|retranch|soustrai|defalqu|on dit|disons|geste|pensions|pensais|pensait|songions|songeais|visions|visais|tablions|tablais|comptions|comptais|imaginions|imaginais|si\s+(?:vous|tu)\s+(?:descend|baiss|pass|fait|fais|accept)|aligner|moyen de|baiss|descend|ristourne|rabais|remise|reduction|escompte|effort|prix|tarif|fleur|revoir|revois|revoyez|reverr|diminu|redui|rogner|raboter|negoci|renegoci|ajuster|retravailler|ecorner|diminution|accept|consentir|frais|supplement|majoration|surcout|forfait urgence|penalite|poire en deux)|\d(?:[\d.,']|\s(?=\d{3}\b))*\s?(?:€|euro|eur\b|\$|dollar|franc|chf|balles|k€|k\b|%|pour ?cent)|(?:septante|nonante|soixante|quatre-vingts?|cent|deux cents?|mille)\s+(?:€|euro|franc|balles)/,
  patterns: [
    // moins d'heures payées pour le même travail : « 20 heures au lieu de 30, mêmes livrables »
    /\b\d+\s+(?:heures|h|jours)\s+(?:par\s+\w+\s+)?(?:au lieu de|plutot que|et non)\s+\d+\b[^.?!\n]{0,30}?\b(?:memes?|identiques?)\s+(?:livrables|perimetre|volume|contenus?|prestations?)\b/,
    // La hausse repoussée à une bonne nouvelle du client : « on garde l'ancien tarif pour l'instant », « ta hausse
    // attendra qu'on ait de nouveaux clients », « l'augmentation, on l'appliquera quand les affaires reprendront ».
    /\b(?:tarif|prix|taux|tjm)\b(?<=\b(?:on|nous)\s+(?:\w+\s+)?(?:gard\w*|rest\w*|continu\w*|maint\w*)\s+(?:sur\s+|a\s+|au\s+)?(?:l'|le\s+|ton\s+|votre\s+)?(?:(?:ancien|actuel|meme|precedent)\s*)?(?:tarif|prix|taux|tjm))(?:\s+(?:actuel|de l'an (?:dernier|passe)|d'avant|precedent|habituel))?[^.?!\n]{0,50}?\b(?:pour l'instant|pour le moment|jusqu'a ce qu|en attendant|(?:on|nous)\s+(?:l'|les\s+)?(?:augmenter\w*|revaloriser\w*|relever\w*|reverr\w*|appliquer\w*))|\b(?:ta|votre|la|l')\s*(?:hausse|augmentation|revalorisation)\b[^.?!\n]{0,30}?\b(?:attendr\w*|attend\w*|patienter|report\w*|(?:on|nous)\s+l'appliquer\w*\s+(?:quand|lorsque|une fois|des que|apres))/,
    // « ton tarif minoré de 20 % pour la suite, ça irait ? », « on te propose un tarif à la ligne réduit de 15 % » :
    // la baisse chiffrée proposée au prestataire.
    /\b(?:(?:ton|votre|tes|vos)|\b(?:on|nous|je|j'|tu)\s*(?:\w+\s+){0,3}?(?:propos\w*|offr\w*|pay\w*|pai\w*|regl\w*|factur\w*|travaill\w*|passer|passe|pense\w*|envisag\w*|accept\w*|compt\w*|fai\w*)\s+(?:\w+\s+){0,3}?(?:a\s+|sur\s+|avec\s+)?(?:un|une|le|la|des|les))\s+(?:tarifs?|prix|taux|tjm|forfaits?|honoraires)\s+(?:\w+\s+){0,3}?(?:minores?|reduits?|diminues?|baisses?|rabotes?|revus? a la baisse)\s+de\s+\d+\s?%/,
    /\bgestes? commercia(?:l|ux)\b/,
    /\bsi\s+(?:vous|tu)\s+(?:descendez|descends|baissez|baisses|passez|passes|faites|fais|acceptez|acceptes)\s+(?:a|sous|en dessous de|au-dessous de|pour)\s+(?:\d|septante|nonante|soixante|quatre-vingts?|cent|mille|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)/,
    /\b(?:vous|t'|te)\s*aligner\b[^.?!\n]{0,40}?(?:prix|tarif|offre|devis|moins cher|concurren)/,
    /(?:moitie prix|moins cher|leur prix|leur tarif|concurren\w*)\b[^.?!\n]{0,60}?\b(?:vous|t'|te)\s*aligner\b/,
    /\baligner\s+sur\s+(?:leur|son|ce|le|les|cette|un)\s+(?:prix|tarif|offre|devis|concurrent)/,
    /\bmoyen de (?:baisser|descendre|reduire|diminuer|faire un effort|negocier|revoir (?:le|ton|votre) prix)\b/,
    /\b(?:baisser|descendre|baisse|baissez|descends|descendez)\s+un\s+(?:peu|petit peu|chouia|brin|poil|tantinet)\s*(?:\?|$|le prix|ton prix|votre prix|tes prix|vos prix|sur (?:le|ton|votre|vos|tes) (?:prix|tarifs?|devis|montant))/m,
    // « on aimerait que tu baisses un peu », « il faudrait que vous descendiez un peu » (sans autre objet que le prix)
    /\bque\s+(?:tu|vous)\s+(?:baisses|baissiez|descendes|descendiez)\s+un\s+(?:peu|petit peu|chouia|poil)\b(?!\s+(?:le|la|les|l'|ton|ta|tes|votre|vos|son|sa|plus tot|avant)\b)/,
    /\b(?:une|un)\s+(?:petite?\s+|legere?\s+)?(?:ristourne|rabais|remise|reduction|geste)\s+(?:serait|serai(?:t|ent) (?:la )?bienvenue?|nous arrangerait|m'arrangerait|sur (?:ta|votre|la|le) (?:facture|devis|prix|tarif))/,
    /\b(?:faire|fais|faites|fasses|fassiez|ferais|feriez|ferait|consentir|accorder|accordes|accordez|accorderiez|accorderais|proposer|appliquer|avoir|obtenir|envisager|pense[rz]?)\s+(?:(?:nous|me|m'|moi|un|une|petit|petite|quelque|dernier|leger|legere|gros|beau|joli|vrai|bon|geste|sur)\s+){0,3}(?:geste|remise|reduction|ristourne|rabais|escompte|effort(?! de)|prix(?! de| du| des| pour)|fleur|prix d'ami|tarif (?:prefer|special|ami|reduit|degressif|de faveur|copain))/,
    // « mettons 15 % de moins », « tu nous fais 10 % de moins ? », « genre -20 % sur la facture »
    /\b(?:mettons|disons|on dit|on va dire|faire|fais|faites|ferais|feriez|accorder|accorderiez)\s+(?:nous\s+|me\s+)?(?:\d+\s?%|\d[\d\s.,']*\s?(?:€|euros?|chf|francs?|balles|\$))\s+de\s+moins\b|\b(?:genre|disons|mettons|style|du style|soit|type)\s+-\s?\d+\s?%/,
    // « le ramener à 70 € de l'heure », « ramener votre TJM à 450 € »
    /\b(?:ramener|ramenez|ramenes|ramenerais|rameneriez|redescendre|rabaisser)\s+(?:(?:le|la|votre|ton|ta|vos|tes|les|ce|cette)\s+(?:tarif|taux|prix|tjm|montant|facture|devis|forfait|note|honoraires)\s+)?(?:a|aux?)\s+(?:(?:chf|€|\$|eur)\s?\d|\d[\d.,'\s]*(?:\.-|-)?\s?(?:€|euros?|chf|\$|francs?|balles|k€|de l'heure|l'heure|par (?:heure|jour|mot|page)|la journee|le mot|la page|ht\b))/,
    // « une révision à la baisse du montant facturé », « un ajustement à la baisse de vos honoraires »
    /\b(?:revision|ajustement|correction|reevaluation|reajustement)\s+a\s+la\s+baisse\s+(?:de|du|des|sur)\s+(?:la\s+|le\s+|votre\s+|ta\s+|ton\s+|vos\s+|tes\s+|l')?(?:montant|facture|tarif|prix|devis|honoraires|note|forfait|taux|remuneration|tjm|cout)/,
    // « un tarif de fin d'année », « un petit prix de rentrée »
    /\b(?:un|une|ton|votre|petit|petite)\s+(?:petit\s+)?(?:tarif|prix)\s+(?:de|d')\s*(?:fin d'annee|noel|rentree|lancement|bienvenue|fidelite|faveur|groupe|copain|copine|ami|amie|lancement)\b/,
    /\b(?:un petit geste|prix d'ami|prix copain|prix amical|prix de gros|prix degressif|tarifs? preferentiels?|tarifs? de faveur|tarif copain|tarif ami|tarifs? degressifs?)\b/,
    // "revoir la facture à la baisse", "baisser un peu votre tarif"
    /\b(?:revoir|revois|revoyez|reverriez|reverrais|baisser|baisses|baissez|diminuer|reduire|rogner|raboter|descendre|negocier|renegocier|ajuster|retravailler|ecorner)\s+(?:un peu\s+|legerement\s+|encore\s+)?(?:votre|ton|le|la|vos|tes|ce|cette|les|l')\s*(?:prix|tarif|tarifs|devis|facture|montant|tjm|taux(?: horaire| journalier)?|honoraires|forfait|note|addition|total)\b/,
    /\b(?:prix|tarif|tarifs|devis|facture|montant|tjm|taux|honoraires|forfait)\b[^.?!\n]{0,30}?\ba la baisse\b/,
    // "serait-il possible de le revoir à la baisse ?", "si vous faites 30 % de moins", "rester sur l'ancien tarif"
    /\b(?:le|la|les|l')\s*(?:revoir|revois|revoyez|reviser|ajuster|retravailler|recalculer)\s+(?:un peu\s+|legerement\s+)?a la baisse\b/,
    /\b(?:faites|fais|faire|feriez|ferais|pour|a|facturer|facturez|factures|accordez|accorder)\s+(?:(?:environ|genre|disons|juste|seulement)\s+)?(?:\d+ ?(?:%|pour ?cent)|un (?:tiers|quart|cinquieme|dixieme)|la moitie|(?:\d[\d\s.,]*|cent|cinquante|soixante|septante|huitante|octante|nonante|quatre-vingts?|mille|deux cents|trois cents)\s?(?:€|eur|euros|chf|francs|balles|\$|k))\s+(?:de moins|moins cher)\b/,
    /\b(?:rester|restons|garder|gardons|conserver|conservons|maintenir|maintenons|continuer|revenir|repasser)\s+(?:sur|a|avec|au|aux)?\s*(?:l'|le |les |ton |votre |notre )?(?:ancien|ancienne|anciens|precedent|precedente|tarifs? de l'an (?:dernier|passe)|prix de l'an (?:dernier|passe)|tarif 20\d\d|grille de l'an (?:dernier|passe))\b(?!\s+(?!(?:tarifs?|prix|taux|tjm|grille|montant|forfait|devis)\b)[a-z])(?:\s+(?:tarif|tarifs|prix|taux|tjm|grille))?/,
    /\b(?:plutot que|au lieu de|au lieu du)\s+(?:le |la |les |ton |votre )?(?:nouveaux? tarifs?|nouvelle grille|nouveaux? prix|nouveau tjm|nouveau taux|nouveau)\b(?=[^.?!\n]{0,5}(?:[.?!\n]|$))/,
    /\b(?:baisse|reduction|diminution|remise)\s+de\s+\d+\s?(?:%|pour ?cent)\s+(?:sur|de)\s+(?:votre|ton|vos|tes|leur|le|la|les)\b/,
    /\b(?:accepter|accepte[rz]?|consentir)\s+(?:une|la)\s+(?:baisse|diminution|reduction)\b/,
    // « un escompte de 3 % sera retenu sur toutes vos factures », « une réduction de 40 % de ta note pour ce mandat »,
    // « une remise de 10 % sur ce chantier » : la baisse chiffrée posée sur l'argent ou la mission du prestataire (la
    // remise qu'un fournisseur a faite au client reste muette).
    /\b(?:baisse|reduction|diminution|remise|escompte|rabais|ristourne)(?<!\b(?:nous|m'|leur|lui)\s*(?:a|ont|avait|avaient)\s+(?:accorde|consenti|offert|fait)\s+(?:une|un)\s+\w+)\s+de\s+\d+(?:[.,]\d+)?\s?(?:%|pour ?cent\b)[^.?!\n]{0,30}?\b(?:sur|de)\s+(?:votre|ton|ta|vos|tes|ce|cette|ces|toutes?\s+(?:les|vos|tes)|l'ensemble\s+(?:de\s+(?:vos|tes|la|l')|des)|la|le|les|l')\s*(?:\w+\s+)?(?:factures?|devis|prix|tarifs?|honoraires|projet|mission|mandat|prestations?|montant|total|note|forfait|chantier|contrat|commande)\b/,
    // counter-offers: "je vous propose 1 800 francs", "1 400 € nous conviendrait mieux", "450 € au lieu de 520 €"
    new RegExp(
      String.raw`\b(?:je|nous|on)\s+(?:vous|te|t')\s*(?:propose|proposons|offre|offrons|donne|donnons)\s+(?:plutot\s+|donc\s+|seulement\s+|juste\s+)?${AMOUNT}`,
    ),
    new RegExp(
      String.raw`${AMOUNT}\s+(?:ht\s+|ttc\s+)?(?:nous|me|m')\s*(?:conviendrai(?:en)?t|irai(?:en)?t|semblerai(?:en)?t|paraitrai(?:en)?t|arrangerai(?:en)?t)`,
    ),
    new RegExp(
      String.raw`\b(?:tjm|tarif|taux|honoraires|forfait|payer|paierons|paiera|regler|reglerons|propose|proposons|offre|offrons|budget|devis|facture)\b[^.?!\n]{0,30}?${AMOUNT}\s+(?:ht\s+|ttc\s+|par jour\s+|\/jour\s+|de l'heure\s+)?(?:au lieu de|au lieu des|plutot que|et non)\s+(?:\w+\s+){0,2}?${AMOUNT}`,
    ),
    new RegExp(
      String.raw`\b(?:on part|partons|on reste|restons|on se met|on s'arrete)\s+sur\s+(?:un tjm de |un forfait de |un tarif de |un prix de |une base de )?${AMOUNT}`,
    ),
    new RegExp(
      String.raw`\b(?:je ne|je n'|on ne|on n'|nous ne)\s*(?:paierai|paiera|payerai|payera|paierons|regl(?:erai|era|erons)|peux|peut|pouvons)\s+(?:payer\s+|regler\s+|mettre\s+)?(?:pas plus de|que)\s+${AMOUNT}`,
    ),
    // "enlever les frais de configuration", "renoncer au supplément express"
    /\b(?:enlever|enleve[rz]?|retirer|retire[rz]?|supprimer|oublier|oublie[rz]?|laisser tomber|renoncer a|renoncer au|renoncer aux|faire sauter|annuler|zapper|passer l'eponge sur)\s+(?:\w+\s+)?(?:les|le|la|ces|ce|cette|tes|vos|ton|votre|l')?\s*(?:frais|supplements?|majorations?|surcouts?|forfait urgence|penalites?)\b/,
    new RegExp(
      String.raw`\b(?:tu peux|tu pourrais|vous pouvez|vous pourriez|possible de|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|tu me|vous nous|tu nous|vous me)\s+(?:me |nous )?(?:le |la |les |l')?(?:faire|fais|faites|ferais|feriez)\s+(?:\w+\s+){0,3}?pour\s+(?:seulement\s+|juste\s+|genre\s+|environ\s+)?${AMOUNT}`,
    ),
    /\b(?:petit|leger|beau|joli|dernier)\s+geste\b|\b(?:geste|effort)\s+(?:sur|pour)\s+(?:la|ta|votre|le|ton|l')\s*(?:facture|devis|prix|tarif|note|montant|total|solde|addition|ensemble)\b/,
    // "on avait plutôt en tête 800 €", "plutôt autour de 900 francs"
    new RegExp(
      String.raw`\b(?:en tete|plutot|davantage|plus proche de|plus pres de)\s+(?:en tete\s+|autour de\s+|dans les\s+|vers\s+|quelque chose comme\s+)?${AMOUNT}`,
    ),
    /\bcoup(?:e|er|ez|ons|ions) la poire en deux\b/,
    // "baisser de 15 %", "il faudrait s'aligner"
    new RegExp(
      String.raw`\b(?:baisser|baissez|baisses|descendre|descendez|descends|reduire|reduisez|diminuer|diminuez)\s+(?:\w+\s+){0,2}?(?:de|a)\s+${AMOUNT}`,
    ),
    /\b(?:faudrait|faut|il faut|pourriez|pourrais|devriez|devrais)\s+(?:vous\s+|te\s+)?(?:s'|vous\s+|t')aligner\b/,
    // "je ne peux pas mettre plus de 500 € là-dedans"
    new RegExp(
      String.raw`\b(?:je|on|nous)\s+(?:ne\s+|n')(?:peux|peut|pouvons|pourrai|pourra|veux|veut|voulons)\s+pas\s+(?:mettre|payer|depenser|investir|donner|allouer|regler|aller)\s+(?:plus|au-dela)\s+(?:de|que)\s+${AMOUNT}`,
    ),
    // "pouvez-vous vous aligner ?", "nous pensions plutôt à cinquante"
    /\b(?:pouvez-vous|peux-tu|pourriez-vous|pourrais-tu|vous pouvez|tu peux|vous pourriez|tu pourrais|possible de|moyen de)\s+(?:vous|t'|te)\s*aligner\b/,
    /\b(?:pensions|pensais|pensait|songions|songeais|visions|visais|tablions|tablais|comptions|comptais|imaginions|imaginais)\s+(?:plutot|davantage|plus)\s+(?:a|a un|a une|sur|autour de|dans les)\s+(?:\d[\d\s.,']*|vingt|trente|quarante|cinquante|soixante|septante|huitante|quatre-vingts?|nonante|cent|deux cents?|mille)\s*(?:€|euros?|francs?|balles|chf|\$|k€?|de l'heure|par jour|par heure|ht)?\s*(?=[.?!,;)]|$)/m,
    // "une marge de manœuvre sur ton TJM ?", "un tarif plus bas", "budget plafonné à 2 000 €"
    /\b(?:marge de manoeuvre|marge|souplesse|flexibilite)\s+(?:sur|au niveau de|cote)\s+(?:ton|votre|le|tes|vos|ce|la)\s+(?:tjm|tarif|tarifs|prix|devis|taux|honoraires|forfait|facture)\b/,
    /\b(?<!\b(?:sont|est|etre|soit|seront|sera|etaient|etait)\s)(?:accept\w*|consent\w*|envisag\w*|pourr\w*|propos\w*|faire|fais|faites)\s+(?:\w+\s+){0,2}?(?:un|une|le|ton|votre|des)\s+(?:tarifs?|prix|taux|tjm|forfaits?)\s+(?:plus bas|plus faibles?|reduits?|minores?|inferieurs?|moins eleves?|revus? a la baisse)\b/,
    /\bbudget\s+(?:est\s+|reste\s+|sera\s+)?(?:\w+\s+)?(?:plafonne|limite|bloque|fixe|cape)\s+a\s+\d/,
    // "pour 300 au lieu de 450", "on dit 500 € pour le tout ?", "déduire les pénalités de ta facture"
    /\bpour\s+\d[\d\s.,']*\s*(?:€|euros?|francs?|balles|chf|k)?\s+(?:au lieu de|plutot que|et non)\s+\d/,
    new RegExp(
      String.raw`\b(?:on dit|disons|on part sur|on s'arrange (?:pour|sur))\s+${AMOUNT}\s+(?:pour (?:le tout|l'ensemble|tout|les deux)|tout compris|au total|en tout)\b`,
    ),
    /\b(?:dedui\w*|retenir|retien\w*|retiendr\w*|retranch\w*|soustrai\w*|defalqu\w*|decompt\w*)\b(?!\s+(?:l'|les?\s+|la\s+|notre\s+|nos\s+)?(?:acomptes?|arrhes|avances?|versements?|montants? deja))[^.?!\n]{0,40}?\b(?:de|sur)\s+(?:ta|votre|la)\s+(?:facture|remuneration|paiement|note|reglement)\b/,
    // "un prix plus doux", "budget : 800 € max tout compris", "facturer à l'ancien tarif", "prendre à ta charge"
    /\b(?:prix|tarif|devis|taux|tjm)\s+(?:plus doux|plus sympa|plus leger|plus raisonnable|plus serre|plus bas)\b/,
    new RegExp(
      String.raw`${AMOUNT}\s*(?:max|maximum|grand max|au maximum)\s*,?\s*(?:tout compris|tout inclus|pour le tout|pour tout|ttc)`,
    ),
    /\bfactur\w*\s+(?:\w+\s+)?(?:a|au|sur|selon)\s+(?:l'ancien|l'ancienne|ton ancien|votre ancien|les anciens|l'ancienne grille)\s*(?:tarif|tarifs|prix|grille|taux)?\b/,
    /\b(?:prendre|prends|prenez|prendrais|prendriez)\s+(?:\w+\s+){0,5}?a\s+(?:ta|votre)\s+charge\b/,
  ],
  unless: [
    OWN_OFFER_ACCEPTED,
    // promotions and advice columns: "code promo", "5 astuces pour négocier vos tarifs"
    /\baligner\s+sur\s+(?:\w+\s+){0,2}?(?:charte|mise en page|maquette|style|grille|identite|typo\w*|police|couleurs?|format|logo|ton|planning|calendrier)\b/,
    /\b(?:code promo|bon de reduction|soldes?|en magasin|votre commande|cliquez|astuces?|conseils? pour|newsletter|webinaire|comment (?:negocier|baisser|fixer|augmenter))\b/,
  ],
  examples: {
    fires: [
      'On passerait à 15 jours au lieu de 20 par trimestre, mêmes livrables.',
      'Pour le lot complet, mettons 10 % de moins ?',
      'Vous pourriez nous faire un prix de lancement, style -20 % ?',
      'Serait-il possible de ramener votre TJM à 420 € ?',
      'La direction attend un ajustement à la baisse de vos honoraires.',
      'Un effort sur la note finale serait apprécié par le bureau.',
      'Un escompte de 3 % sera retenu sur toutes vos factures à partir de juin.',
      'Vu le retard, on part sur une réduction de 40 % de ta note pour ce mandat.',
      'La direction souhaite une remise de 10 % sur ce chantier, par fidélité.',
      'Vu les délais, on attend un geste sur le montant final.',
      'On te propose un tarif à la page réduit de 20 %.',
      'Pour ce dossier, on paierait un prix au mot diminué de 10 %, vu le volume.',
      'On pensait te faire travailler sur un taux horaire baissé de 15 % cette année.',
      'Est-ce que tu accepterais un forfait réduit de 25 % pour la saison 2 ?',
      'On vous propose de passer à un TJM raboté de 10 %, budget oblige.',
      'On compte régler la traduction sur un tarif ligne minoré de 12 %.',
      'On a envisagé un prix unitaire revu à la baisse de 20 % pour les prochaines fiches.',
      'Nous facturerions la suite avec des honoraires réduits de 30 %, hmm, ça te va ?',
      'On garde l’ancien tarif pour l’instant, on l’augmentera quand on aura signé un gros client.',
      'Ta hausse de tarif attendra qu’on ait de nouveaux clients.',
      'On continue au tarif de l’an dernier pour le moment.',
      'Ton tarif minoré de 20 % pour les prochaines commandes, ça irait ?',
      'Tu pourrais pas baisser un brin ?',
      'Est-ce que vous pouvez descendre un peu sur le tarif ?',
      'On aimerait que tu baisses un peu.',
      'Il faudrait que vous descendiez un peu.',
      "On préférerait rester sur l'ancien tarif pour ce projet.",
      'Tu pourrais faire les bannières pour un quart de moins ?',
      'Pour septante francs de moins, on vous confirme la commande.',
      'Est-ce que vous pourriez le revoir un peu à la baisse ?',
      'Pourriez-vous faire un petit geste commercial ?',
      "Vous pourriez nous faire un prix d'ami pour cette fois ?",
      "Est-ce possible d'avoir une remise de 15 % ?",
      'Serait-il possible de revoir la facture à la baisse ?',
      'Tu peux baisser un peu ton TJM pour la phase 2 ?',
      'Je vous propose 900 € pour le tout.',
      "1'500 francs nous conviendrait mieux.",
      'On part sur 400 € par jour au lieu de 480 €.',
      'Coupons la poire en deux ?',
      'Si tu pouvais enlever les frais de mise en ligne, ce serait sympa.',
      'P.S. petit geste sur la facture ce serait top.',
      'On avait plutôt en tête 800 € que 1 200 €.',
      'Pourriez-vous baisser de 15 % ?',
      'Je ne peux pas mettre plus de 500 € là-dedans.',
      'Pourriez-vous vous aligner sur eux ?',
      "Nous songions plutôt à quarante de l'heure.",
      'On pensait plutôt à 600 €.',
      'Une marge de manœuvre sur ton TJM, c’est envisageable ?',
      'Vous accepteriez un tarif plus bas pour une collaboration longue ?',
      'Notre budget est plafonné à 2 000 €, tu peux faire avec ?',
      'Tu peux le faire pour 300 au lieu de 450 ?',
      'On dit 500 € pour le tout ?',
      'On va déduire les pénalités de retard de votre facture.',
      "C'est possible de faire un prix plus doux ? On est une petite structure.",
      '- budget : 800 € max tout compris',
      "Tu peux facturer à l'ancien tarif une dernière fois ?",
      "Tu pourrais prendre à ta charge les photos de la banque d'images ?",
    ],
    quiet: [
      'Pourriez-vous ramener le texte à 300 mots ?',
      'Nos ventes ont fait 12 % de moins que l’an dernier.',
      'La révision à la baisse des prévisions de croissance inquiète le conseil.',
      'Merci encore pour la remise que vous nous aviez proposée de vous-même.',
      'Notre imprimeur nous a accordé une remise de 10 % sur toutes les commandes.',
      'Une remise de 15 % sur la boutique pour les abonnés, code promo à saisir.',
      'La baisse de 20 % du trafic sur le site nous inquiète.',
      'On aimerait bien revenir à l’ancienne police du titre, la nouvelle passe mal.',
      'On préfère rester sur l’ancienne maquette pour la page d’accueil.',
      'Nos billets sont proposés à un tarif réduit de 20 % pour les étudiants.',
      'Les adhérents profitent d’un prix réduit de 10 % sur la boutique.',
      'Le taux de TVA réduit de 5,5 % s’applique aux livres.',
      'Tu peux facturer le tarif plein, le prix réduit de 20 % était pour l’an dernier seulement.',
      'Le forfait parking est réduit de 50 % le dimanche.',
      'On a payé le billet au tarif réduit de 30 % grâce à la carte jeune.',
      'Il reste le tarif à valider pour l’instant.',
      'Ta hausse de tarif est validée à partir de janvier.',
      'On garde le même planning pour l’instant.',
      'Le tarif réduit de 10 % s’applique aux étudiants du musée.',
      'Il faudrait que tu baisses un peu le son de la vidéo.',
      'On aimerait que vous descendiez un peu plus tôt pour installer.',
      'Aucun souci pour passer au nouveau tarif en avril.',
      "L'imprimeur facture 20 % de moins cette année, tant mieux.",
      'Votre devis nous convient, vous pouvez démarrer.',
      'Merci de nous faire parvenir le devis.',
      'Profitez de 20 % de remise avec le code promo PRINTEMPS.',
      'Le prix du papier a beaucoup augmenté cette année.',
      'Je vous propose jeudi à 10h pour le point de lancement.',
      'Sur l’affiche, le prix passe à 20 € au lieu de 25 €.',
      'Newsletter : 5 astuces pour négocier vos tarifs.',
      'On pensait plutôt à jeudi pour la réunion.',
      'Une autre agence a fait le site, peux-tu t’aligner sur leur charte ?',
      'Tu peux t’aligner sur la typo de l’autre agence ?',
      'Je pensais plutôt à 3 pages, pas 5, pour le site ?',
      "On dit 500 € pour l'acompte, comme sur le devis ?",
      "Merci de déduire l'acompte déjà versé de la facture finale.",
      "On prend à notre charge les frais d'impression.",
      "Merci d'avoir proposé de renoncer aux frais, on accepte volontiers.",
      'Comme vous l’avez proposé, on enlève le supplément ; merci beaucoup !',
    ],
  },
});
