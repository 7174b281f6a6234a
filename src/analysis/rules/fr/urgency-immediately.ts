import { phraseRule } from '../../phrase-rule.ts';
import { PAST_FAVOUR, PAST_RUSH, REASSURANCE, RESOLVED_RUSH, SENDER_PROMISES } from './urgency-urgent.ts';

/** "Au plus vite", "dès que possible", "asap", "tout de suite", "pour hier", "au plus sacrant": at once. */
export default phraseRule({
  id: 'urgency/immediately',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.9,
  reason: {
    en: 'Wants it at once or as soon as possible: an open-ended rush with no agreed turnaround.',
    fr: 'Veut un rendu immédiat ou « au plus vite » : une urgence sans délai convenu.',
  },
  cue: /reception|au plus|des que|asap|a\.s\.a\.p|le plus (?:vite|rapidement|tot)|vite|delai|sans (?:tarder|plus attendre)|illico|dare-dare|sur[- ]le[- ]champ|affaires cessantes|immediatement|de suite|rapidement|pour hier|maintenant,? (?:et |mais )?(?:pas|non) |maintenant/,
  patterns: [
    /\b(?:au plus vite|au plus tot|des que (?:possible|tu (?:peux|pourras)|vous (?:pouvez|pourrez))|asap|a\.s\.a\.p\b\.?|le plus (?:vite|rapidement|tot) possible|aussi vite que possible|dans les (?:plus brefs|meilleurs) delais|sans (?:tarder|plus attendre|delai)|au plus sacrant|au plus pressant|illico(?: presto)?|dare-dare|sur-le-champ|sur le champ|toutes affaires cessantes)\b/,
    /\b(?:immediatement|tout de suite|de suite)\b(?! (?:apres|avant))/,
    // « il me faut les chiffres maintenant, pas dans deux heures », « maintenant, pas ce soir ».
    /\b(?:faut|faudrait|besoin|veux|voudrais|voulons|veut|attends|attend|envoie|envoyez|renvoie|renvoyez|merci de|peux|pouvez|pourrais|pourriez)\b[^.!?\n]{0,60}?\b(?<phrase>maintenant),? (?:et |mais )?(?:pas|non) (?:dans (?:une|deux|trois|quatre|\d+|quelques|une demi-)|ce soir|cet apres-midi|tout a l'heure|plus tard|demain|a midi)/,
    // « maintenant » closing a question to the reader: « tu peux regarder maintenant ? », « pourriez-vous appeler maintenant svp ».
    /\b(?:pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|tu peux|tu pourrais|vous pouvez|vous pourriez)\b[^.!?\n]{0,40}?(?<!\b(?:jusqu'a|des|a partir de|pour|depuis) )\b(?<phrase>maintenant)(?=\s*(?:stp|svp|s'il (?:te|vous) pla[iî]t)?\s*\?)/,
    // "rapidement" and "vite" only inside a request: "merci de me renvoyer le fichier rapidement".
    /\b(?:merci de|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|tu peux|tu pourrais|vous pouvez|vous pourriez|il (?:me|nous) (?:le |la |les |l')?(?:faut|faudrait))\b[^.!?\n]{0,60}?\b(?<phrase>(?:tres |assez |super |hyper )?(?:rapidement|vite))\b/,
    /\b(?:c'est|c'etait|il (?:me|nous|leur|lui) (?:le |la |les |l')?(?:faut|faudrait|fallait)|(?:on|je|nous|ils|elle|il) (?:le |la |les |l')?(?:veut|veux|voulait|voulons|veulent)|(?:c'est |c'etait )?a rendre) (?:[^.!?\n]{0,40} )?pour hier\b/,
    /\b(?:besoin|faut|fallait|faudrait|voulait|voulions|veut|veux|rendre|livrer|attendait|attendions)\b[^.!?\n]{0,40}?\bpour hier\b/,
    /\b(?:traiter|traite|traitez|faire|fais|faites|envoyer|envoie|envoyez|repondre|reponds|repondez|corriger|corrige|corrigez|regarder|regarde|regardez)\b[^.!?\n]{0,30}?\b(?<phrase>(?:des|a) (?:la )?reception)\b/,
  ],
  unless: [
    REASSURANCE,
    SENDER_PROMISES,
    RESOLVED_RUSH,
    PAST_RUSH,
    PAST_FAVOUR,
    /\b(?:prevenir|prevenez|avertir|avertissez|informer|informez|detruire|detruisez|supprimer|supprimez)\b[^.!?\n]{0,60}\bimmediatement\b|\bimmediatement (?:l'expediteur|son auteur|l'emetteur|disponible)\b|\bpar erreur\b|\bdestinataire (?:vise|prevu)\b/,
    /\bau plus tot (?:le|la|lundi|mardi|mercredi|jeudi|vendredi|en|a partir|dans|debut|fin|\d)/,
    // « Au plus tôt » après une date ou un moment : au plus tôt, pas dès que possible (« vers la fin mars, au plus tôt »).
    /\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|trimestre|annee|rentree|\d{1,2}(?:er)?|\d{1,2} ?h\d{0,2})\b,? au plus tot\b/,
    // La tâche dite facile (« ça ira vite », « ce sera vite fait ») ou une règle de joignabilité (« rester joignable
    // pour répondre sans délai ») : ni l'une ni l'autre ne presse un travail.
    /\b(?:ca|cela|ce|c') ?(?:ira|va|irait|devrait aller|sera|serait|est) (?:assez |tres |plutot |super )?vite(?: fait)?\b|\b(?:joignable|disponible|dispo|connectee?)\b[^.!?\n]{0,80}?\bsans delai\b/,
    // The sender's own move, often a conditional offer: "si vous baissez, on signe tout de suite".
    /\b(?:on|nous|je|j')(?: (?:vous|te|t'|le|la|les|l'|en|y))? (?!(?:a|ai|avons) besoin|veu|voul|souhait|aimer|attend|compt)[a-z]+(?:ons|e|es|s|rai|rons|ra)? (?:\w+ )?(?:tout de suite|immediatement|de suite|sur-le-champ)\b/,
  ],
  examples: {
    fires: [
      'La boutique en ligne affiche une erreur, tu peux y jeter un œil maintenant stp ?',
      'Pourriez-vous rappeler le client maintenant ?',
      'Merci de me le renvoyer au plus vite.',
      'Il me le faut asap.',
      'Rappelle-moi immédiatement, la boutique en ligne est en panne.',
      "Désolée mais c'est pour hier.",
      'Envoie-moi ça au plus sacrant.',
      'Pourriez-vous corriger la coquille dans les plus brefs délais ?',
      'Tu peux regarder tout de suite ?',
      'Merci de me renvoyer le fichier rapidement, l’imprimeur attend.',
      'On en avait besoin pour hier, franchement.',
      'Merci de traiter dès réception.',
      'Il me faut le devis corrigé maintenant, pas cet après-midi.',
    ],
    quiet: [
      "Le lien a expiré : j'aurais dû télécharger les fichiers dès réception, c'est ma faute.",
      'Oubliez ce que je vous ai dit hier sur le rendu immédiat, le salon est repoussé.',
      'Ton paiement partira début avril, au plus tôt, vu les délais du client.',
      'On pourra regarder tes maquettes jeudi au plus tôt, pas avant.',
      'Vous pouvez reprendre la même palette pour les flyers, ça ira vite.',
      'Pour les cartes de visite, garde la même mise en page, ce sera vite fait.',
      'Reste joignable pendant le chantier pour répondre aux ouvriers sans délai.',
      'Tu peux me dire ce que tu en penses maintenant que le site est en ligne ?',
      'Tu pourrais reprendre la main à partir de maintenant ?',
      'La direction voulait tout au plus vite l’an dernier ; cette fois le planning est souple.',
      'Rien ne presse, au plus tôt la semaine prochaine.',
      'Je reviens vers vous au plus vite.',
      'Si ce courriel vous est parvenu par erreur, avertissez immédiatement son auteur.',
      'Nous vous répondrons dès que possible.',
      'On livre au plus tôt le 12 mars.',
      'Si le devis passe sous les 2 000 €, on signe tout de suite.',
      'Le devoir pour hier était facile, merci pour ton aide.',
      'Je te préviens dès que possible quand le client a validé.',
      "Merci de régler la facture à réception, comme d'habitude.",
      'Je pars maintenant, pas dans une heure, on se voit demain.',
    ],
  },
});
