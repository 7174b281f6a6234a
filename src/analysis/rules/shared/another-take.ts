/** What both languages' another-take rules tell the user: one text, so the two cannot drift apart. */
export const ANOTHER_TAKE_REASON = {
  en: 'Asks for another take on delivered work: one more revision round, check how many your quote includes.',
  fr: 'Demande un nouvel essai sur un travail livré : un tour de retouches de plus, vérifiez combien le devis en prévoit.',
};
