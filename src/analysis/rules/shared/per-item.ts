/** What both languages' per-item scope rules tell the user: one text, so the two cannot drift apart. */
export const PER_ITEM_REASON = {
  en: 'Asks for extra deliverables for every item of the job: new work on top of what was agreed, to quote separately.',
  fr: 'Demande des livrables en plus pour chaque élément de la mission : du travail nouveau, à chiffrer à part.',
};
