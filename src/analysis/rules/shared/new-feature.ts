/** What both languages' new-feature rules tell the user: one text, so the two cannot drift apart. */
export const NEW_FEATURE_REASON = {
  en: 'Wishes for a new feature in the delivered tool (an export, a tab, a module): new work outside the agreed build.',
  fr: 'Souhaite une nouvelle fonction dans l’outil livré (un export, un onglet, un module) : du travail hors du développement convenu.',
};
