import { phraseRule } from '../../phrase-rule.ts';

/** "C'est un peu cher", "votre facture me paraît excessive", "d'autres sont moins chers", "le budget est serré". */
export default phraseRule({
  id: 'rate-pressure/too-expensive',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Questions your price or pleads a tight budget: a lead-in to asking you to charge less.',
    fr: 'Conteste votre prix ou invoque un budget serré : une entrée en matière pour vous faire baisser.',
  },
  cue: /enveloppe|\bque \d|\b(?:abuse|suivre|suivra|suivrons|suivrai|concurren|confrere|exagere|vol\b|arnaque|hallucinant|demesure|cher|chere|onereu|couteu|sale|dispendieu|eleve|au-dessus|au dessus|en dessus|au-dela|hors|excessi|abusi|disproportionne|lourd|costaud|haut|depasse|explose|moitie prix|moins cher|deux fois moins|moins eleve|pour moins|moyens|fiverr|malt|upwork|neveu|niece|cousin|fils|fille|stagiaire|beau-frere|ami|copain|pote|voisin|budget|finances|tresorerie|treso|caisses?|startup|start-up|asbl|association|pme|tpe|structure|boite|entreprise|organisme|ong|collectif|commerce|argent|thunes|short|donne|tiers|quart|beaucoup pour|trop\s+pour|la moitie|bien moins|(?:cote|niveau)\s+sous)/,
  patterns: [
    // "il faudrait que ça rentre dans cette enveloppe", "le conseil n'a validé que 1 500 €"
    /\b(?:rentre|rentrer|tienne|tenir|tiennent|rentrent)\s+dans\s+(?:cette|cet|l'|le|ce|notre|leur)\s*(?:enveloppe|budget|montant|somme)\b/,
    /\b(?:n'a|n'ont|n'avons|n'ai)\s+(?:\w+\s+)?(?:valide|accorde|debloque|alloue|vote|obtenu|prevu)\s+que\s+\d[\d\s.,]*\s*(?:€|eur|euros|chf|francs|\$|k)/,
    // "c'est un peu cher", "c'est pas mal plus dispendieux que prévu", "trop cher pour nous"
    /\b(?:c'est|c'etait|ca fait|ca reste|ce serait|ca serait|ca me parait|ca nous parait|ca me semble|cest|c est)\s+(?:(?:un petit peu|un tantinet|un poil|un peu|trop|vraiment|assez|plutot|bien|pas mal|beaucoup|super|tres|vachement|quand meme|franchement|un brin|legerement|nettement|carrement|plus|encore)\s+){0,3}(?:cher|chers|chere|onereux|couteux|sale|dispendieux|eleve|au-dessus|hors de prix|hors budget|beaucoup pour|excessif)\b/,
    /\b(?:trop|un peu|vraiment|assez|bien|plutot)\s+(?:cher|chers|chere|cheres|onereux|couteux|dispendieux)\b(?!\s+(?:monsieur|madame|ami|collegue|client|confrere))/,
    // "votre facture de 2'400 francs me paraît excessive", "le devis est un peu élevé"
    /\b(?:(?:votre|ton|vos|tes)\s+(?:prix|tarifs?|couts?)|(?:devis|facture|montant|tjm|honoraires|forfait|soumission|estimation)\b)[^.?!\n]{0,60}?\b(?:me |nous )?(?:parait|paraissent|semble|semblent|est|sont|reste|restent|etait|me semblait|nous semblait)\s+(?:(?:un petit peu|un tantinet|un poil|un peu|trop|assez|plutot|bien|vraiment|franchement|quand meme|carrement|un brin|legerement|nettement|beaucoup|tres|pas mal|plus)\s+){0,3}(?:excessi(?:f|ve)s?|eleve(?:e|s|es)?|cher(?:e|s|es)?|onereu(?:x|se|ses)|hors de prix|au-dessus|abusi(?:f|ve)s?|disproportionne(?:e|s|es)?|salee?s?|dispendieu(?:x|se)|lourde?s?|costauds?|hors budget|haute?s?)\b/,
    /\b(?:je|on|nous)\s+(?:trouve|trouvons)\s+(?:ton|votre|le|la|ce|cette|tes|vos|l')\s*(?:prix|tarifs?|devis|facture|montant|tjm|honoraires|forfait|soumission)\s+(?:\w+\s+){0,2}?(?:cher|chere|eleve|elevee|excessi\w+|haut|haute|sale|salee|costaud|abusi\w+)\b/,
    /\b(?:au-dessus|au dessus|en dessus|au-dela|hors)\s+(?:de\s+)?(?:ce que (?:j'|nous |on )|notre |mon |nos |mes )(?:\w+\s+){0,3}?(?:budget|prevu|avais en tete|avions en tete|imagin|moyens|enveloppe)/,
    /\b(?:plus\s+(?:cher|eleve|dispendieux|onereux)|plus haut)\s+que\s+(?:ce que|prevu|pr[eé]vu|notre budget|mon budget|d'habitude)/,
    /\b(?:depasse|depassent|explose|explosent)\s+(?:largement\s+|un peu\s+)?(?:notre|mon|le|nos)\s+(?:\w+\s+)?(?:budget|enveloppe|moyens|fourchette|plafond)\b/,
    /\bc'est\s+(?:beaucoup\s+|un peu\s+|bien\s+|vraiment\s+)?trop\s+(?:cher\s+)?pour\s+(?:nous|moi|notre|mon|une petite|un petit|nos moyens)\b/,
    /\b(?:propose|proposent|offre|offrent|fait|font|facture|facturent|demande|demandent)\s+(?:\w+\s+){0,4}?(?:pour\s+)?(?:moitie prix|a moitie prix|pour moins cher|deux fois moins cher|pour la moitie)\b/,
    /\b(?:pas dans (?:nos|mes) moyens|(?:on|nous|je) n'(?:a|avons|ai) pas les moyens|pas les moyens de (?:te|vous) payer)\b/,
    // "d'autres graphistes sont moins chers", "j'ai trouvé moins cher ailleurs", "mon neveu l'aurait fait en une après-midi"
    /\b(?:d'autres|certains|les autres|plein d'autres|beaucoup d'autres|un autre|une autre|l'autre)\s+(?:freelances?|graphistes?|developpeu(?:r|se)s?|devs?|tradu(?:cteur|ctrice)s?|photographes?|agences?|redact(?:eur|rice)s?|illustrat(?:eur|rice)s?|prestataires?|consultant(?:e)?s?|independant(?:e)?s?|gens|personnes?|boites?|studios?)\s+(?:\w+\s+){0,4}?(?:moins cher|moins chers|moins chere|moitie prix|moins eleve|pour moins|deux fois moins|bien moins)/,
    /\b(?:trouve|trouver|avoir|connais|connait)\s+(?:quelqu'un\s+|un autre \w+\s+|une autre \w+\s+|d'autres \w+\s+)?(?:\w+\s+){0,3}?(?:moins cher|moitie prix|pour moins|sur fiverr|sur malt|sur upwork)\b/,
    /\b(?:neveu|niece|cousin|cousine|fils|fille|stagiaire|beau-frere|ami|copain|pote|voisin)\s+(?:\w+\s+){0,5}?(?:aurait pu|aurait|pourrait|peut|l'aurait|le ferait|l'aurait fait|le fait)\s+(?:\w+\s+){0,2}?(?:en (?:une|un|deux|trois|quelques)|pour (?:rien|moins|la moitie))/,
    // "le budget est serré", "côté budget on est bouclés", "la tréso est tendue"
    /\bbudgets?\s+(?:est\s+|sont\s+|reste\s+|restent\s+|etait\s+|sera\s+|demeure\s+)?(?:(?:un petit peu|un tantinet|un poil|un peu|tres|assez|super|hyper|vraiment|plutot|particulierement|bien|encore)\s+)?(?:serre|serres|limite|limites|restreint|restreints|contraint|contraints|tendu|tendus|juste|ric-rac|riquiqui|reduit|reduits|mince|maigre|epuise|a sec|explose)\b/,
    /\b(?:petit|maigre|mince|modeste|faible)\s+budget\b/,
    /\b(?:cote|niveau)\s+(?:budget|finances|sous|tresorerie|treso)\b[^.?!\n]{0,30}?\b(?:on est|nous sommes|c'est|ca reste)\s+(?:un peu\s+|assez\s+|tres\s+)?(?:boucles?|justes?|serres?|limites?|short|tendus?|a sec|raides?|ric-rac|coinces?)/,
    /\b(?:on est|nous sommes|je suis|on reste)\s+(?:un peu\s+|assez\s+|tres\s+|vraiment\s+)?(?:short|justes?|serres?|limites?|a sec|raides?|coinces?|ric-rac)\s+(?:niveau|cote|en|sur le|question|pour le)\s+(?:budget|finances|sous|tresorerie|treso|thunes|argent)\b/,
    // "c'est pas donné", "ça reste pas donné"
    /\b(?:c'est|c'etait|ce n'est|ca n'est|ca reste|ce serait)\s+(?:quand meme\s+|vraiment\s+|franchement\s+)?pas\s+(?:vraiment\s+|franchement\s+)?donne\b/,
    // "la moitié de ton prix", "un tiers de votre tarif"
    /\b(?:la moitie|le tiers|un tiers|le quart|deux fois moins)\s+(?:de|du)\s+(?:ton|votre|ce|vos|tes|ce que (?:tu|vous))\s*(?:prix|tarifs?|devis|demandes?|factures?|facture|proposes?|proposez)/,
    /\b(?:finances|tresorerie|treso|caisses?)\s+(?:est|sont|restent|reste)\s+(?:(?:un petit peu|un tantinet|un poil|un peu|tres|assez|plutot|vraiment)\s+)?(?:serree?s?|tendue?s?|difficiles?|vides?|a sec|juste)\b/,
    /\b(?:couper|coupe|reduire|reduit|rabote|raboter|revoir|revu|amputer|ampute)\s+(?:\w+\s+){0,2}?(?:notre|mon|le|nos)\s+budgets?\b/,
    /\b(?:on est|nous sommes|je suis|c'est)\s+(?:une|un)\s+(?:toute\s+)?(?:petite?\s+)?(?:startup|start-up|asbl|association|pme|tpe|structure|boite|entreprise(?: familiale)?|organisme|ong|collectif|commerce)\b[^.?!\n]{0,25}?\b(?:tu sais|vous savez|vous comprenez|tu comprends|tu vois|vous voyez|donc|apres tout)\b/,
    // "au-dessus du marché", "2 000 balles pour un site vitrine, c'est abusé"
    /\bau-?\s?dessus\s+(?:du|des)\s+(?:marche|prix du marche|tarifs du marche|concurrents|autres)\b/,
    /(?:\b(?:prix|tarifs?|devis|facture|montant|tjm|balles|euros|francs)\b|€)[^.?!\n]{0,60}?\b(?:abuse|exagere|du vol|de l'arnaque|une arnaque|hallucinant|demesure)\b/,
    // « le prix est un peu trop haut pour nous », « le tarif nous semble vraiment élevé »
    /(?:^|\b(?:le|les|ce|cet|l')\s*|[-:]\s*)(?:prix|tarifs?|montant|cout|tjm)\s+(?:me |nous )?(?:est|sont|parait|paraissent|semble|semblent|reste)\s+(?:(?:un|peu|trop|assez|bien|plutot|tres|vraiment|quand|meme|petit|poil|legerement)\s+){1,4}(?:haut|eleve|cher|fort|lourd|sale)\w*\b/m,
    // "un autre graphiste nous a proposé 40 % moins cher", "à septante euros de l'heure, on ne peut pas suivre"
    /\b(?:d'autres|un autre|une autre|l'autre|un concurrent|une concurrente|la concurrence|un confrere|une agence)\s+(?:\w+\s+)?(?:nous|m'|me|nous l')?\s*(?:a|ont|avait|avaient|aurait|fait|font|propose\w*|offre\w*|demande\w*|facture\w*)\b[^.?!\n]{0,40}?\b(?:moins cher|moins chers|moins chere|moitie prix|moins eleve|pour moins|deux fois moins|bien moins)/,
    /\b(?:prix|tarifs?|devis|euros?|francs?|balles|de l'heure|par jour|tjm|€)\b[^.?!\n]{0,50}?\b(?:ne\s+(?:peux|peut|pouvons|pourrons|pourra|pourrai)\s+pas\s+suivre|ne\s+(?:suivra|suivrons|suivrai)\s+pas)\b/,
  ],
  unless: [
    /\b(?:on garde|nous gardons|on accepte|nous acceptons|on valide|nous validons)\s+(?:ton|votre|le)\s+(?:devis|tarif|prix)\b/,
    // la coupe subie par le client mais annoncée sans effet sur le prestataire : « le budget culture a été raboté, mais
    // rien ne change pour tes honoraires »
    /\b(?:rien ne change|ne change rien|ne changera rien|sans (?:effet|incidence|consequence))\b[^.?!\n]{0,50}?\b(?:honoraires|tarif|remuneration|facture|factures|paiement|mandat|contrat|devis)\b/,
    /\b(?:prix juste|tarif juste|ca vaut le coup|vaut largement|tout a fait correct|pas de souci pour le (?:prix|tarif|devis)|vrai budget)\b/,
  ],
  examples: {
    fires: [
      'La direction n’a débloqué que 1 200 €, il faut que tout tienne dans cette enveloppe.',
      'Ton devis est un poil élevé pour une petite asso comme la nôtre.',
      "C'est un peu cher pour un simple logo.",
      'Le prix est un peu trop haut pour notre petite équipe.',
      'Le tarif nous semble vraiment élevé pour trois pages.',
      "Honnêtement, c'est pas mal dispendieux pour une petite PME comme nous.",
      'Votre devis de 3 000 € me paraît élevé pour dix pages.',
      "Ton tarif est au-dessus de ce qu'on avait prévu.",
      "D'autres graphistes nous font ça à moitié prix.",
      'Le budget est un peu serré cette année.',
      'Côté budget on est un peu justes en ce moment.',
      'On est une petite association, tu sais.',
      'On est un peu short niveau budget cette année.',
      "C'est pas donné quand même.",
      "Un autre graphiste m'a proposé la moitié de ton prix.",
      'Vous êtes au-dessus du marché.',
      'Une agence nous fait 30 % moins cher pour le même site.',
      "À 90 euros de l'heure, on ne pourra pas suivre.",
      'Ton prix dépasse notre fourchette, tu peux ajuster ?',
    ],
    quiet: [
      'L’État a coupé le budget de la culture, mais rien ne change pour ton contrat ni pour tes honoraires.',
      'Le texte doit tenir dans ce cadre de la page deux.',
      'Cher Monsieur Dupont, merci pour votre envoi.',
      'Le devis nous convient, on signe.',
      'Nous avons prévu un vrai budget pour ce projet.',
      "Le prix de l'immobilier est trop élevé à Genève.",
      'Pourriez-vous nous indiquer vos tarifs ?',
      'Le budget est bouclé et validé par la direction.',

      "C'est cher payé pour nous aussi, mais on garde ton devis tel quel.",
      'À ce rythme, je ne peux pas suivre toutes les réunions.',
      'Une autre agence nous a proposé un planning plus court.',
    ],
  },
});
