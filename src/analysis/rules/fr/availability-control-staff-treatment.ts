import { phraseRule } from '../../phrase-rule.ts';

/** Règles du personnel appliquées à l'indépendant : « prestataires compris », « comme tout le personnel ». */
export default phraseRule({
  id: 'availability-control/staff-treatment',
  category: 'availability_control',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Applies staff rules to you: as a freelancer you are not an employee and not bound by their house rules.',
    fr: 'Vous applique les règles du personnel : en indépendant, vous n’êtes pas salarié et pas soumis à son règlement intérieur.',
  },
  cue: /memes? horaires|memes? conges|considere|consideree|traite|traitee|\b(?:autorisation|accord|feu vert|permission|valider|approuver|jours off|poser|rtt|rh\b|ressources humaines|prestataire|freelance|independant|externe|consultant|sous-traitant|intervenant|y compris|personnel|salarie|employe|collaborateur|equipes|internes|le reste|conges|vacances|repos|absence)/,
  patterns: [
    // « tu seras considéré comme un membre de l'équipe : mêmes horaires, mêmes congés »
    /\bmemes? (?:horaires|heures),\s*(?:les )?memes? (?:conges|vacances|regles|pauses|jours off)\b/,
    /\b(?:considere|consideree|traite|traitee)s?\s+comme\s+(?:un|une)\s+(?:membre de (?:l'equipe|notre equipe)|salariee?|employee?|interne)\b[^.?!\n]{0,30}?\bmemes? (?:horaires|conges|regles|vacances)\b/,
    /\b(?:prestataires|freelances?|freelancers|independants|externes|consultants|sous-traitants|intervenants exterieurs|intervenants)\s+(?:compris|inclus|aussi|egalement|y compris)\b/,
    /\by compris\s+(?:les\s+|nos\s+)?(?:prestataires|freelances?|freelancers|independants|externes|consultants|sous-traitants|intervenants)\b/,
    /\b(?:comme|pareil que|pareil|au meme titre que)\s+(?:(?:avec|pour)\s+)?(?:tout le personnel|tous (?:mes|nos|les) (?:salaries|employes|collaborateurs)|(?:mes|nos|les autres) (?:salaries|employes|collaborateurs|equipes|internes)|le reste (?:du personnel|de l'equipe|des salaries)|un salarie|une salariee|si (?:tu etais|vous etiez) (?:salarie|salariee|employe|employee|de la maison))\b/,
    /\b(?:je|on|nous)\s+(?:demande|demandons|attend|attends|attendons|exige|exigeons)\s+(?:a|de)\s+(?:tous\s+)?(?:nos\s+|les\s+)?(?:prestataires|freelances|independants|externes|consultants)\s+(?:de|d'|qu')/,
    /\b(?:dates|jours|periodes?|demandes?|planning)\s+de\s+(?:conges|vacances|repos|absences?)\b[^.?!\n]{0,80}?\b(?:valider|validees?|approuver|approuvees?|autoriser|autorisees?|accord prealable|notre accord|mon accord)\b/,
    // "poser tes congés auprès de notre RH"
    /\bposer\s+(?:tes|vos|des|ses)\s+(?:conges|jours|vacances|rtt)\b/,
    /\b(?:conges|vacances|absences?|rtt)\b[^.?!\n]{0,40}?\b(?:rh|ressources humaines|service du personnel)\b/,
    // "nous demander l'autorisation avant de prendre des congés", "faire valider tes jours off par moi"
    /\b(?:demander|demandes|demandez|obtenir|avoir)\s+(?:\w+\s+)?(?:l'autorisation|l'accord|le feu vert|la permission|une autorisation|notre accord|mon accord|mon feu vert|notre feu vert)\s+(?:\w+\s+){0,2}?(?:avant de|pour)\s+(?:prendre|poser|partir)\s+(?:des|tes|vos|un|une|quelques)?\s*(?:conges|vacances|jours|journees?|rtt|pauses?|absences?)/,
    /\b(?:faire\s+)?(?:valider|approuver|autoriser|accepter)\s+(?:tes|vos)\s+(?:jours (?:off|de conges|de repos)|conges|vacances|absences|rtt|dates de (?:conges|vacances))\s+(?:par|aupres de)\s+(?:moi|nous|ton responsable|votre responsable|l'equipe)\b/,
    // « tu nous préviens pour toute absence », « les prestataires signalent toute absence à l'accueil »
    /\b(?:previen\w*|prevenir|prevenez|signal\w*|inform\w*|justifi\w*|declar\w*)\s+(?:[\w']+\s+){0,3}?(?:pour|de|en cas d')?\s*(?:toute|chaque|la moindre|tes|vos|leurs)\s+absences?\b/,
  ],
  unless: [/\b(?:contrairement|pas comme|sauf (?:les )?(?:prestataires|freelances|externes)|ne s'applique pas)\b/],
  examples: {
    fires: [
      'Tu nous préviens pour toute absence, même une demi-journée.',
      'Les intervenants signalent toute absence à l’accueil la veille.',
      'Les externes préviennent l’accueil de toute absence.',
      'Vous serez traitée comme une salariée : mêmes horaires, mêmes congés.',
      'Toute l’équipe garde la caméra allumée, prestataires compris.',
      'Merci de badger à l’accueil comme tout le personnel.',
      'On fait pareil avec tous nos salariés, ça marche bien.',
      'Nous demandons à nos prestataires de respecter les horaires du siège.',
      'Il faudra poser tes congés auprès de notre RH.',
      "Tu dois nous demander l'autorisation avant de prendre des congés.",
      'Merci de faire valider tes jours off par moi avant.',
    ],
    quiet: [
      'Préviens-moi si tu es absente la semaine du 12, on décalera la séance.',
      'L’absence de réponse du client nous inquiète.',
      'Nos salariés ont les mêmes horaires que la boutique.',
      'Cette règle ne s’applique pas aux prestataires.',
      'Nous travaillons souvent avec des freelances.',
      "Dis-nous tes dates de vacances pour qu'on s'organise.",
    ],
  },
});
