import { phraseRule } from '../../phrase-rule.ts';

/** Ce qu'un prestataire fabrique et qu'un client peut souhaiter en plus (texte replié : sans accents). */
const CHOSE = String.raw`(?:export|import|filtre|widget|module|plugin|tableau de bord|dashboard|simulateur|calculateur|chatbot|fonctionnalite|fonction|mode|onglet|bouton|galerie|carte|graphique|infographie|page|rubrique|section|blog|faq|appli|application|app|newsletter|video|clip|reel|teaser|bande-annonce|animation|gif|podcast|photo|portrait|illustration|icone|logo|banniere|flyer|affiche|depliant|brochure|plaquette|livret|catalogue|autocollant|sticker|carte postale|goodies?|kakemono|presentation|modele|template|traduction|sous-titres?|guide|webinaire|atelier|formation|quiz|sondage|questionnaire)(?:s|x)?`;
const ELOGE = String.raw`(?:top|au top|le top|formidable|genial|geniale|parfait|parfaite|ideal|ideale|super|chouette|extra|magnifique|precieux|precieuse|canon|trop bien|genialissime|un reve|un (?:vrai |gros |sacre |enorme |reel )?(?:plus|bonus|must))`;

/*
 * Un travail nouveau glissé sous forme de souhait : « un export Excel serait vraiment top », « quelques
 * plans aériens de la ferme seraient formidables », « une petite FAQ animée, ce serait génial ». La
 * marque : une chose indéfinie qu'un prestataire fabrique (un, une, des, quelques, deux…) louée
 * d'avance au conditionnel. Une chose définie (« le nouveau logo serait parfait sur la camionnette »)
 * existe déjà ; un appel, une réponse ou une copie ne sont pas des livrables.
 */
export default phraseRule({
  id: 'scope-creep/livrable-souhaite',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.65,
  reason: {
    en: 'Floats a new deliverable as a wish ("would be great"): it is still new work outside what was agreed.',
    fr: 'Glisse un livrable nouveau sous forme de souhait (« ce serait génial ») : c’est du travail en dehors de ce qui était convenu.',
  },
  cue: /\b(?:serai(?:t|ent)|ce serait)\b/,
  patterns: [
    new RegExp(
      String.raw`(?:^|[.!?\n:;,(+&]|\b(?:et|plus|aussi|peut-etre|idealement|puis)\b)\s*(?<phrase>(?:un|une|des|quelques|deux|trois|quatre|cinq|six|\d+|une serie de|un jeu de)\s+(?:petite?s?\s+|nouvel(?:le)?s?\s+|vraie?s?\s+)?${CHOSE}\b[^.?!\n]{0,80}?\b(?:ce )?serai(?:t|ent) (?:aussi |vraiment |trop |super |absolument |tout simplement |franchement |carrement )?${ELOGE})`,
    ),
  ],
  unless: [
    /\b(?:appels?|reunions?|rendez-vous|devis|factures?|copies? de|retours?|reponses?|nouvelles|paye\w*|comme convenu|comme prevu|deja prevu|dans le contrat)\b/,
    /\b(?:on|nous|je) (?:vous |t')?(?:enverr\w+|fourni\w+|ferons|ferai|ferai)\b/,
  ],
  examples: {
    fires: [
      'Maintenant que la boutique tourne, un export des paniers abandonnés serait vraiment top.',
      'Puisque tu viens avec le drone, quelques photos aériennes de la ferme seraient formidables.',
      'Et une petite FAQ animée pour les nouveaux adhérents, ce serait génial.',
      'Des autocollants pour les fans du podcast seraient un vrai plus pour le salon.',
      'Le tableau est clair ; un onglet de prévisions sur six mois serait parfait pour le comité.',
    ],
    quiet: [
      'Le nouveau logo serait parfait sur la camionnette.',
      'Un appel lundi matin serait idéal.',
      'Une copie de la brochure finale serait précieuse pour nos archives.',
      'Un devis pour deux vidéos en plus serait top, on décidera ensuite.',
      'Le mode sombre serait super à tester avant le lancement.',
    ],
  },
});
