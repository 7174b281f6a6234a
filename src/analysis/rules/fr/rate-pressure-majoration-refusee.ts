import { phraseRule } from '../../phrase-rule.ts';

/**
 * Refuse la majoration du freelance pour l'urgence, la nuit ou le week-end : « on ne peut pas payer de
 * majoration », « le supplément urgence, on ne le prendra pas en charge ». Le refus est le propos : la négation
 * ne l'annule pas.
 */
export default phraseRule({
  id: 'rate-pressure/majoration-refusee',
  category: 'rate_pressure',
  lang: 'fr',
  confidence: 0.8,
  reason: {
    en: 'Refuses the extra charge for rush or off-hours work: the work is wanted at your normal rate.',
    fr: 'Refuse le supplément pour un travail urgent ou hors horaires : le travail est voulu au tarif normal.',
  },
  cue: /majoration|supplement|surcout|forfait urgence|tarif (?:de nuit|du soir|week-end|du week-end|urgence|d'urgence|majore|ferie)|frais d'urgence/,
  negatable: false,
  patterns: [
    /\b(?:pas|plus|jamais|pas question de|hors de question de|impossible de)\s+(?:\w+\s+){0,2}?(?:payer|regler|accepter|appliquer|retenir|compter|prendre en charge|financer|assumer|valider|budgeter|suivre sur|aller jusqu'a)\s+(?:de |d'|la |le |les |une |un |ta |votre |vos |tes |ce |cette |cet |aucune? )?(?:\w+\s+)?(?:majorations?|supplements?|surcouts?|forfait urgence|tarifs? (?:de nuit|du soir|(?:du )?week-end|urgence|d'urgence|majores?|ferie)|frais d'urgence)\b/,
    /\b(?:majorations?|supplements?|surcouts?|forfait urgence|tarifs? (?:de nuit|du soir|(?:du )?week-end|urgence|d'urgence|majores?))\b[^.!?\n]{0,40}?\b(?:ne|n')\s*(?:le |la |les |l')?(?:paiera|paierons|payera|payerons|reglera|reglerons|accepte|accepterons|acceptera|prendrons|prendra|pouvons|pourrons|peut|pourra|sera|est|passera|passe)\b[^.!?\n]{0,30}?\b(?:pas|plus|jamais)\b/,
    // « je suppose qu'il n'y aura pas de supplément », « j'imagine que ça se fera sans surcoût » : le supplément écarté
    // d'avance (la simple mention « pas de supplément » du tarif de quelqu'un d'autre reste muette).
    /\b(?:suppose|imagine|presume|pars du principe|part du principe|partons du principe|compte bien|pense|espere|j'ose croire)\b[^.?!\n]{0,40}?\b(?:n'y (?:aura|a|aurait) (?:pas|aucun\w*)(?: de| d')?|pas de|aucun\w*|sans)\s*(?:supplements?|surcouts?|frais (?:supplementaires|en plus|additionnels)|couts? (?:supplementaires?|additionnels?|en plus)|rallonges?|facturation (?:supplementaire|en plus|a part))\b/,
  ],
  unless: [
    /\b(?:pas de souci|pas de probleme|aucun probleme|ok pour|d'accord pour|comme prevu|comme convenu|au devis)\b/,
  ],
  examples: {
    fires: [
      "Pour la version courte, je pars du principe qu'il n'y a aucun surcoût, c'est le même montage.",
      "J'imagine que ça se fera sans surcoût, vu que tu as déjà les fichiers.",
      'Cette fois, on ne pourra pas appliquer ta majoration de nuit.',
      'Pour le tournage de dimanche, impossible de prendre en charge un tarif majoré.',
      'Le forfait urgence, nous ne le réglerons pas, désolés.',
      'On ne va pas pouvoir payer de supplément pour les soirées.',
      'La direction ne veut pas valider la majoration de nuit.',
      'Ta majoration du samedi ne passera pas chez nous.',
    ],
    quiet: [
      "Le transporteur nous a dit qu'il n'y aura pas de supplément pour la livraison.",
      "Je suppose que les frais d'envoi sont indiqués sur la facture.",
      'Pas de souci pour la majoration du dimanche, envoie la facture.',
      'Le supplément week-end figure au devis, comme convenu.',
      'Le transporteur nous a facturé un surcoût carburant le mois dernier.',
      "Tu n'as pas à t'inquiéter, la majoration de nuit est prévue au budget.",
    ],
  },
});
