import type { Localized } from '../../types.ts';

/** Why a widened service is flagged, shared by the English and French rules that find it. */
export const WIDER_SERVICE_REASON: Localized = {
  en: 'Widens the service (more people, more sessions, new tasks in your remit): outside what was agreed, so quote it.',
  fr: 'Élargit la prestation (plus de participants, plus de séances, de nouvelles tâches) : hors de ce qui était convenu, à chiffrer.',
};
