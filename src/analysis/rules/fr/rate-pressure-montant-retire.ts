import { phraseRule } from '../../phrase-rule.ts';
import { CUT_FEE_REASON, OWN_OFFER_ACCEPTED } from '../shared/rate-reasons.ts';

/** Ce que facture le freelance : l'objet d'argent sur lequel tombe la coupe. */
const ARGENT = String.raw`(?:honoraires|tarifs?(?: journaliers?| horaires?| jour)?|tjm|taux(?: horaire| journalier)?|devis|factures?|facturation|note|total|prix|forfaits?|supplements?|majorations?|frais|cachets?|remunerations?|montant|addition)`;

/** Un supplément que le freelance ajoute pour l'urgence ou l'horaire, celui qu'un client dit superflu. */
const SUPPLEMENT = String.raw`(?:supplements?|majorations?|surcouts?|forfaits? (?:urgence|express|week-end|deplacement|d'urgence)|frais (?:d'urgence|de deplacement|de dossier|supplementaires|d'annulation|de mise en route|de gestion|annexes)|tarifs? (?:d'urgence|urgence|majores?|de nuit|du soir|(?:du )?week-end|express))`;

/** Une somme ou une part : « 50 € », « 2 000 francs », « 10 % ». */
const SOMME = String.raw`(?:\d(?:[\d.,']|\s(?=\d{3}\b))*\s?(?:€|euros?|eur\b|\$|dollars?|francs?|chf|balles|k€|%|pour ?cent))`;

/**
 * Une demande ou un besoin dit avant la coupe, pour un argent qui n'est pas nommé comme celui du freelance (« la
 * facture ») : sans elle, une mairie qui renonce à ses propres frais se lirait pareil.
 */
const DEMANDE = String.raw`(?<=\b(?:pourr\w+|pouv\w+|peux|peut|possible|envisageable|esper\w+|souhait\w+|aimer\w+|accept\w+|merci de|compt\w+ sur|serait|voudri\w+|demand\w+|besoin|faudr\w+|faut|devr\w+)\b[^.?!\n]{0,60})`;

/**
 * Retire de l'argent de ce que facture le freelance, dans une phrase : renoncer à ses honoraires, faire une croix
 * ou passer l'éponge sur la facture, retirer une somme de son tarif (« retirer 50 € de ton tarif journalier »), un
 * supplément déclaré sans raison d'être, le total arrondi vers le bas (« on arrondit à 800 € »). Une mairie qui
 * renonce à ses frais, une promotion, des chiffres arrondis dans un tableau ou un arrondi au-dessus restent muets.
 */
export default phraseRule({
  id: 'rate-pressure/montant-retire',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: CUT_FEE_REASON,
  cue: /renonc|croix sur|l'eponge|l'impasse|trait sur|cadeau d|grace d|retir|enlev|\bote[rsz]? |oterai|soustrai|rogn|retranch|defalqu|sabr|amput|en moins|de moins|lieu d'etre|raison d'etre|de sens|de justification|se justifi|pas justifi|injustifi|superflu|de trop|inutile|pas necessaire|pas utile|pas indispensable|pas fonde|exager|excessi|arrondi|reduite? d|diminuee? d|baissee? d|rabotee? d|minoree? d|descende|ramen|vraiment (?:necessaire|justifi|indispensable|utile)|plafonn|s'arranger|ne pas (?:nous |me )?(?:payer|regler|compter|facturer|inclure)|factur\w* (?:que |la moitie|a moitie|\d|un tiers|le quart)|moitie prix|(?:preniez|prennes|prendre|prends|prenez) (?:en charge|a (?:ta|votre) charge)|assum\w* (?:les|le|la|ces|ce) (?:frais|cout|depense)|absorber/,
  patterns: [
    // « accepteriez-vous de renoncer à vos honoraires ? », « tu pourrais faire une croix sur la facture ? »
    new RegExp(
      String.raw`\b(?:renonc\w*|renonciation|(?:fai\w*|fer\w*|fass\w*)\s+une\s+croix|pass\w*\s+l'eponge|(?:fai\w*|fer\w*|fass\w*)\s+l'impasse|tir\w*\s+un\s+trait|(?:fai\w*|fer\w*|fass\w*)\s+(?:nous\s+|me\s+)?(?:cadeau|grace))\s+(?:a|au|aux|sur|de|du|des)\s*(?:(?:ton|ta|tes|votre|vos)\s+(?:\w+\s+)?${ARGENT}|${DEMANDE}(?:le|la|les|l'|ce|cette|ces)?\s*(?:\w+\s+)?${ARGENT})\b`,
    ),
    // « retirer 50 € de ton tarif journalier », « rogner 15 % sur les tarifs », « 10 % en moins sur ta facture »
    new RegExp(
      String.raw`\b(?:retir\w*|enlev\w*|ot(?:er|ez|e|es|ons|iez|erait|erais|eriez)|soustrai\w*|rogn\w*|retranch\w*|defalqu\w*|sabr\w*|amput\w*)\s+(?:\w+\s+)?(?:${SOMME}|ca|cela|ce montant|cette somme|la difference)\s+(?:de|du|des|sur|a)\s+(?:(?:le|la|les|l'|ton|ta|tes|votre|vos|ce|cette|ces)\s*)?(?:\w+\s+)?${ARGENT}\b|${SOMME}\s+(?:de moins|en moins)\s+(?:sur|de)\s+(?:le|la|les|l'|ton|ta|tes|votre|vos)\s*(?:\w+\s+)?${ARGENT}\b`,
    ),
    // « que la facture soit réduite de 200 € », « que votre tarif descende à 45 € », « ramener le total à 700 € » :
    // l'argent du freelance, ou un argent nommé dans une demande, avec la baisse chiffrée après lui
    new RegExp(
      String.raw`\b(?:reduite?s?|diminuee?s?|baissee?s?|rabotee?s?|minoree?s?|descende\w*|redescende\w*|ramene\w*)\s+(?:\w+\s+){0,2}?(?:de|a)\s+${SOMME}(?<=\b(?:(?:ton|ta|tes|votre|vos)\s+(?:\w+\s+)?${ARGENT}|(?:pourr\w+|pouv\w+|possible|aimer\w+|souhait\w+|voudri\w+|faudr\w+|faut|devr\w+|esper\w+)\b[^.?!\n]{0,50}?\b(?:le|la|les|l')\s*${ARGENT})\b[^.?!\n]{0,30}?\b\w+\s+(?:\w+\s+){0,2}?(?:de|a)\s+${SOMME})|\bramen\w*\s+(?:le|la|ta|votre|ton|l'|tes|vos|les)\s*${ARGENT}\s+a\s+${SOMME}`,
    ),
    // « nous souhaitons continuer, mais à un tarif réduit de 10 % » : la suite proposée à un prix minoré (un tarif
    // affiché « réduit de 20 % pour les étudiants » n'a pas de « nous » qui le propose)
    /\b(?:a|avec|pour|sur)\s+(?:un|une)\s+(?:tarifs?|prix|taux|tjm|forfaits?|honoraires|remuneration)\s+(?:\w+\s+){0,2}?(?:minores?|reduits?|diminues?|baisses?|rabotes?|revus? a la baisse)\s+de\s+\d+\s?%(?<=\b(?:nous|on|je|j')\s*(?:souhait\w*|voul\w*|voudri\w*|aimer\w*|pens\w*|propos\w*|continu\w*|poursuiv\w*|prolong\w*|renouvel\w*|envisag\w*|compt\w*)\b[^.?!\n]{0,160})/,
    // « le supplément est-il vraiment nécessaire ? », « plafonne les TJM à 450 € », « on pourrait s'arranger sur le
    // prix ? », « on préférerait ne pas payer le trajet », « facturer la moitié », « 15 % de moins, ça irait ? »,
    // « que vous preniez en charge les frais d'impression »
    new RegExp(
      String.raw`\b${SUPPLEMENT}\s+(?:est|sont|serait|seraient)(?:-(?:il|elle|ils|elles))?\s+(?:vraiment|absolument|reellement)\s+(?:necessaire|justifi|indispensable|utile)\w*|\bplafonn\w*\s+(?:\w+\s+){0,3}?(?:tjm|tarifs?|taux|honoraires|remunerations?)\s+(?:\w+\s+){0,3}?a\s+\d|\bs'arranger\s+(?:sur|pour)\s+(?:le|ton|votre|la|ta)\s+(?:prix|tarif|facture|devis|montant|total)\b|\b(?:prefer\w+|aimer\w+|souhait\w+|voudri\w+|pourr\w+|pouv\w+|peux|merci de)\s+(?:\w+\s+)?ne\s+pas\s+(?:nous\s+|me\s+)?(?:payer|regler|compter|facturer|inclure)\b|\bfactur\w*\s+(?:que\s+)?(?:la moitie|a moitie prix|\d+\s?%|un tiers|le quart)\b${DEMANDE}|\ba\s+moitie\s+prix\b${DEMANDE}|${SOMME}\s+de\s+moins\b[^.?!\n]{0,20}?\b(?:irait|iraient|conviendrai\w*|ok|possible|jouable|envisageable|d'accord)\b|\b(?:preniez|prennes|prendre|prends|prenez|assumer|assumiez|absorber)\s+(?:en charge\s+|a (?:ta|votre) charge\s+)?(?:les|le|la|ces|ce)\s+(?:frais|couts?|depenses)\b(?<=\b(?:vous|tu|te|t')\b[^.?!\n]{0,40})`,
    ),
    // « le supplément urgence n'a pas lieu d'être », « la majoration ne se justifie pas », « … nous paraît superflu »
    new RegExp(
      String.raw`\b${SUPPLEMENT}\b[^.?!\n]{0,40}?\b(?:n'(?:a|ont|aurait|auraient)\s+pas\s+(?:vraiment\s+|trop\s+)?(?:lieu d'etre|de raison d'etre|de sens|de justification)|ne\s+se\s+justifi\w+\s+(?:pas|guere)|ne\s+(?:me\s+|nous\s+)?(?:semble|semblent|parait|paraissent)\s+pas\s+(?:vraiment\s+|tres\s+)?(?:justifi\w+|necessaire\w*|utile\w*|indispensable\w*|fonde\w*)|(?:est|sont|semble|semblent|parait|paraissent|serait|seraient)\s+(?:pas\s+(?:vraiment\s+)?(?:necessaire\w*|justifi\w*)|(?!pas\b|plus\b)(?:\w+\s+)?(?:superflu\w*|injustifi\w*|excessi\w*|de trop|inutile\w*|exager\w*)))`,
    ),
    // « on arrondit à 800 € ? », « arrondis le total à 600 € », « on peut arrondir à la baisse ? »
    new RegExp(
      String.raw`\barrondi(?:t|s|r|ssons|ssez|rait|rions|rais|riez|sse|ssiez|ra|rez|rons)\s+(?:(?:la|ta|votre|le|ton|l')\s*(?:facture|note|total|montant|prix|devis|addition|somme|tarif)\s+)?(?:(?:a|au)\s+(?:${SOMME}|\d{3,}(?:[\s.']\d{3})*(?![\d\s.,']*(?:%|h\b|heures|pages|mots|km|personnes|exemplaires|pieces|unites))|la (?:centaine|dizaine) inferieure|l'euro inferieur)|(?:\w+\s+){0,2}?(?:a la baisse|vers le bas|par le bas))`,
    ),
  ],
  unless: [/\b(?:superieur\w*|vers le haut|a la hausse|code promo|votre commande|ta commande)\b/, OWN_OFFER_ACCEPTED],
  examples: {
    fires: [
      'Accepteriez-vous de renoncer à vos honoraires pour cette fois ?',
      "Tu pourrais faire une croix sur la facture, vu que c'est pour l'école ?",
      'Ce serait formidable si vous pouviez renoncer à votre cachet pour le gala.',
      "On espère que tu feras une croix sur tes honoraires, c'est pour l'association.",
      'Une renonciation à tes honoraires nous aiderait beaucoup.',
      'Il faudrait retirer 50 € de ton tarif journalier à partir du mois prochain.',
      'Pourriez-vous enlever 10 % sur la facture ?',
      'La direction nous demande de rogner 15 % sur les tarifs des prestataires, les vôtres compris.',
      'On aura besoin que tu retires 100 € de ton TJM désormais.',
      'On va devoir soustraire 10 % de vos honoraires à partir de janvier.',
      'Vous pouvez ôter 80 € de la facture ?',
      'Le supplément urgence n’a pas lieu d’être pour un si petit lot.',
      'La majoration ne se justifie pas pour si peu.',
      'Les frais de déplacement n’ont pas vraiment de raison d’être, c’est à dix minutes.',
      'Le supplément week-end nous paraît superflu pour deux heures de travail.',
      'On arrondit la facture à 1 000 € ?',
      'Arrondissons à 500 € tout rond.',
      'On peut arrondir à 2 000 € tout rond ?',
      'Arrondis le total à 600 €, ce sera plus simple.',
      "On arrondit à 900 et on n'en parle plus ?",
      'Est-ce que le supplément est vraiment nécessaire pour une si petite modif ?',
      'Notre politique achats plafonne les TJM des indépendants à 450 €.',
      "Il faudrait que vous preniez en charge les frais d'impression.",
      'On pourrait s’arranger sur le prix ?',
      'On préférerait ne pas payer la journée de trajet.',
      'Tu pourrais ne pas compter le temps de trajet sur la facture ?',
      "Vous pourriez facturer la moitié pour la reprise, vu que c'était la météo ?",
      '15 % de moins, ça vous irait ?',
      'Tu peux nous faire le reshoot à moitié prix ?',
      'Nous voulons renouveler le contrat, mais avec un forfait mensuel réduit de 20 %.',
      'On aimerait continuer l’an prochain à un tarif horaire diminué de 10 %, vu la conjoncture.',
      'On aimerait que la facture soit réduite de 200 €.',
      'Il faudrait que votre tarif descende à 45 € de l’heure.',
      'Serait-il possible de ramener le total à 700 € ?',
    ],
    quiet: [
      'Nous renonçons au projet pour cette année.',
      'La mairie renonce aux frais de dossier pour les associations.',
      "J'ai fait une croix sur mes vacances cette année.",
      "Je passe l'éponge sur le retard, aucun souci.",
      "Merci d'avoir accepté de renoncer à vos honoraires, c'est très généreux.",
      'Retire 20 % sur ta commande avec le code PRINTEMPS.',
      'Le fournisseur a retiré 5 % sur notre commande de papier.',
      "Pouvez-vous retirer le logo de la page d'accueil ?",
      'On a eu 10 % de moins sur la location de la salle.',
      "Arrondis les chiffres à l'unité dans le tableau.",
      'On arrondit à 1 000 € pour couvrir tes frais, à l’euro supérieur.',
      'Le total arrondi est de 845 €.',
      'Le supplément week-end est justifié, aucun souci.',
      "Le supplément n'est pas de trop, tu le mérites.",
      'Comme tu l’as proposé, on arrondit la facture à 900 €, merci pour le geste.',
      'Nos billets sont proposés à un tarif réduit de 20 % pour les étudiants.',
      'On arrondit à 1000 exemplaires pour le tirage.',
      'Le musée propose aux groupes un tarif réduit de 15 % le mardi.',
      "On prend en charge les frais d'impression, pas d'inquiétude.",
      'Les billets sont à moitié prix le mardi.',
      'On a payé 15 % de moins sur le papier cette année.',
      'Le supplément est bien prévu au devis, aucun souci.',
      'Le supplément est bien justifié, on le paie volontiers.',
      'Le prix de l’hôtel a baissé de 20 % pour le congrès.',
    ],
  },
});
