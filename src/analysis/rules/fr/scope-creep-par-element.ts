import { phraseRule } from '../../phrase-rule.ts';
import { PER_ITEM_REASON } from '../shared/per-item.ts';

/**
 * Des livrables en plus, multipliés par élément de la mission : « aussi un carrousel pour chaque article »,
 * « les scripts de 2 reels par semaine en plus », « on aimerait une version courte de chaque épisode ».
 * Chaque élément du travail convenu fait naître du travail nouveau.
 */
const ELEMENT = String.raw`(?:article|post|billet|episode|video|produit|page|newsletter|numero|chapitre|recette|evenement|interview|entretien|podcast|photo|fiche|semaine|mois)`;
const PAR_ELEMENT = String.raw`(?:(?:pour|de|a|par|sur) (?:chaque|chacun des|chacune des|tous les|toutes les) ${ELEMENT}s?|\d+ [a-z]+(?: [a-z]+)? par ${ELEMENT})`;
const EN_PLUS = String.raw`(?:aussi|egalement|en plus|de plus|en prime|en bonus|supplementaires?|on aimerait|nous aimerions|on voudrait|nous voudrions|il (?:nous )?faudrait|il (?:nous )?faudra|pourrais-tu|pourriez-vous|tu pourrais|vous pourriez|on a besoin|nous avons besoin|ajouter)`;

export default phraseRule({
  id: 'scope-creep/par-element',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: PER_ITEM_REASON,
  patterns: [
    new RegExp(String.raw`\b${EN_PLUS}\b[^.?!]{0,120}?\b(?<phrase>${PAR_ELEMENT})\b`),
    new RegExp(String.raw`\b(?<phrase>${PAR_ELEMENT})\b(?=[^.?!]{0,60}\b${EN_PLUS}\b)`),
  ],
  unless: [
    /\b(?:comme convenu|comme prevu|comme dans le devis|compris|inclus|devis|chiffr\w*|on te paiera|nous paierons|combien|tarif|prix|budget|facture|forfait|par heure|de l'heure)\b/,
    // Envoyer, partager ou valider n'est pas un travail nouveau : « tu peux envoyer les stats de chaque post ? ».
    /\b(?:envoy\w*|envoi\w*|partag\w*|transmet\w*|montr\w*|valid\w*|verifi\w*|statistiques|stats|chiffres|vues|clics)\b/,
  ],
  examples: {
    fires: [
      'En plus, un carrousel Instagram pour chaque article et les scripts de 3 stories par semaine.',
      'On aimerait aussi une version courte de chaque épisode.',
      'Tu pourrais rédiger une fiche pour chacun des produits en bonus ?',
      'Pour chaque épisode, il nous faudrait un extrait de 30 secondes.',
    ],
    quiet: [
      'Comme convenu, tu rédiges un article par semaine.',
      'Tu peux aussi envoyer les stats de chaque post ?',
      'On publie deux newsletters par mois, rien ne presse.',
    ],
  },
});
