import { phraseRule } from '../../phrase-rule.ts';

/*
 * Le client qui fixe le tarif du prestataire à ses conditions : le mode de facturation changé (« on te fait passer du
 * taux horaire à un forfait par page »), l'économie dite tout haut (« un forfait mensuel, ce qui nous revient moins
 * cher », « ça fait un peu moins par heure pour toi »), la grille du client à la place du devis (« au tarif junior de
 * la maison plutôt qu'à votre TJM »), une règle maison (« les tarifs des prestataires sont désormais plafonnés à 450 €
 * par jour ») ou la facturation du prestataire refusée (« nous ne payons pas à l'heure »). Texte replié.
 */
export default phraseRule({
  id: 'rate-pressure/notre-tarif',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Sets your rate on the client’s terms instead of yours: a pay cut by another name.',
    fr: 'Fixe votre tarif selon les conditions du client et non les vôtres : une baisse sous un autre nom.',
  },
  cue: /plutot qu|au lieu d|et non|passe|moins cher|moins (?:par|de l'|a l')|un peu moins|notre (?:tarif|taux|grille)|plafonn|harmonis|fixes a|alignes|geles|standardis|a l'heure|au temps passe|a la journee|au mot|appliquons|pratiquons|tarif (?:solidaire|associatif)|notre bareme|nos baremes|s'arrete a/,
  patterns: [
    // « on te fait passer du taux horaire à un forfait », « nous vous passons au forfait mensuel »
    /\b(?:te|vous)\s+(?:faire\s+|fait\s+|faisons\s+)?pass(?:er|e|ons|erons|erait)\s+(?:du|de l'|d'un|de votre|de ton)\s*(?:tarif|taux|tjm|mode de facturation)\s*(?:horaire|journalier|a l'heure|a la journee|au temps passe)?\s+(?:a|au|a un|a une)\s+(?:forfait|tarif|prix|remuneration|facturation)\b/,
    // « un forfait de 2 000 € par mois, ce qui nous revient moins cher » (un mot d'argent dans la même phrase)
    /\b(?:revient|reviendra|reviendrait|revenir|est|serait|sera|fait|ferait)\s+(?:un peu\s+|bien\s+|nettement\s+|beaucoup\s+)?moins cher\s+(?:pour nous|de notre cote|a nous)\b(?<=\b(?:forfait|tarif|taux|tjm|honoraires|prix|facture|facturation|remuneration|€|euros?|chf|francs?)\b[^.?!\n]{0,100})/,
    /\b(?:nous|me)\s+(?:revient|reviendra|reviendrait|couterait|coute|coutera)\s+(?:un peu\s+|bien\s+|nettement\s+)?moins cher\b(?<=\b(?:forfait|tarif|taux|tjm|honoraires|prix|facture|facturation|remuneration|€|euros?|chf|francs?)\b[^.?!\n]{0,100})/,
    // « ça fait un peu moins par heure pour toi »
    /\b(?:un peu|legerement|un poil|un chouia|un brin)\s+moins\s+(?:(?:par|de l'|a l')\s*(?:heure|jour|journee|mois|page|mot|seance)\s+)?pour\s+(?:toi|vous)\b/,
    // « au tarif junior de la maison plutôt qu'à votre TJM »
    /\b(?:a|au)\s+(?:notre\s+)?(?:tarif|taux|grille|bareme)\s+(?:\w+\s+)?(?:interne|maison|stagiaire|junior|etudiant|apprenti|salarie|debutant)s?\b[^.?!\n]{0,30}?\b(?:plutot qu'|plutot que|au lieu d[eu']|et non)/,
    // « les tarifs des prestataires sont désormais plafonnés à 450 € »
    /\b(?:tarifs?|taux|tjm|honoraires)\s+(?:de tous les |des |de nos )?(?:prestataires|freelances?|independants|sous-traitants|externes|consultants|pigistes)\s+(?:sont|ont ete|seront|vont etre)\s+(?:desormais\s+|maintenant\s+|dorenavant\s+)?(?:harmonises|plafonnes|fixes|alignes|geles|standardises|bloques)\s+a\b/,
    // la grille du client comme plafond : « notre barème freelances s'arrête à 400 € », « notre grille plafonne à 450 € »
    /\b(?:notre|nos)\s+(?:grilles?|baremes?|plafonds?)\s+(?:\w+\s+){0,3}?(?:plafonn\w*|limit\w*|s'arrete\w*|(?:est|sont)\s+(?:plafonnee?s?|limitee?s?|fixee?s?))\s+(?:a|au)\s+(?:\d|chf|€|\$)/,
    // un tarif « maison » appliqué d'office : « nous appliquons un tarif solidaire de 0,05 € le mot »
    /\b(?:nous|on)\s+(?:appliquons|applique|pratiquons|pratique|proposons|propose)\s+(?:a nos \w+\s+)?(?:un|une|le|notre)\s+(?:tarif|taux|bareme|remuneration)\s+(?:solidaire|associatif|militant|reduit|unique|maison|interne|forfaitaire\s+unique)\b/,
    // « nous ne payons pas à l'heure », « on ne peut pas te payer au temps passé »
    /\b(?:ne|n')\s*(?:te |vous )?(?:payons|paie|paye|paierons|paierai|remunerons|pouvons pas (?:te |vous )?payer|peut pas (?:te |vous )?payer|pourrons pas (?:te |vous )?payer)\s+(?:pas\s+)?(?:a l'heure|au temps passe|a la journee|au mot)\b/,
  ],
  unless: [
    /\b(?:comme (?:tu l'as|vous l'avez) (?:propose|suggere|demande)|a ta demande|a votre demande|hausse|augment\w*|plus eleve\w*)\b/,
    /\b(?:entree|billets?|billetterie|adherents?|visiteurs?|abonnements?|etudiants?|musee|spectateurs?)\b/,
  ],
  examples: {
    fires: [
      'Notre barème pour les freelances s’arrête à 380 € par jour, merci d’en tenir compte.',
      'Pour les associations, nous appliquons un tarif solidaire à tous nos graphistes.',
      'À partir de mai, on te fait passer du taux horaire à un forfait par page.',
      'Un forfait de 1 800 € par mois, ce qui nous revient moins cher que les heures.',
      "Au final c'est un peu moins de l'heure pour toi, en échange de la régularité.",
      'Les nouveaux dossiers seront payés au tarif junior de la maison plutôt qu’à votre TJM.',
      'Les tarifs des prestataires sont désormais plafonnés à 450 € par jour.',
      'Désolé, nous ne payons pas à l’heure pour ce genre de mission.',
      'Le forfait nous coûterait moins cher, vu le nombre d’heures.',
    ],
    quiet: [
      'Nous appliquons un tarif réduit aux étudiants pour l’entrée du musée.',
      'Notre grille de lecture reste la même pour ce dossier.',
      'Comme tu l’as proposé, on te fait passer du taux horaire à un forfait en juin.',
      'Imprimer en interne nous revient moins cher cette année.',
      'Ça fait un peu moins de travail pour toi le vendredi.',
      'Les stagiaires sont payés au tarif fixé par l’école.',
      'Le parking est payant à l’heure devant le bureau.',
      'On te passe le relais pour la suite du projet.',
    ],
  },
});
