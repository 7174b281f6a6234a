/** What both languages' widened-brief rules tell the user: one text, so the two cannot drift apart. */
export const WIDENED_BRIEF_REASON = {
  en: 'Widens the job to new deliverables: outside what was agreed, so quote them separately.',
  fr: 'Élargit la mission à de nouveaux livrables : hors de ce qui était convenu, à chiffrer à part.',
};
