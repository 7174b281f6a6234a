import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../settings.ts';
import type { Category } from '../../types.ts';

/** Whether a one-message email sent on a weekday morning is flagged in `category`. */
const flags = (category: Category, body: string): boolean =>
  analyze(
    { subject: 'Notes', body, sentAt: '2026-03-10T10:00:00+01:00', from: 'c@example.com' },
    DEFAULT_ANALYSIS_SETTINGS,
  ).findings.some((f) => f.category === category);

/*
 * The two registry filters: a revision verb on a price, a duty or a standing task is no revision (not-rework.ts),
 * and an "also" asking a change, work of the client's own team or work inside the allowance is no new work
 * (not-new-work.ts). Each quiet case fires without its filter; each flagged case is its look-alike. All are under 25
 * words, where the learned second opinion stays out (model/second-opinion.ts): these test the rules.
 */
const CASES: Record<'extra_revisions' | 'scope_creep', { quiet: string[]; flagged: string[] }> = {
  extra_revisions: {
    quiet: [
      "I'd assume the statement can go under the existing fee, as it is the same permit.",
      "Est-ce qu'on pourrait revoir ton forfait trimestriel à 400 € ?",
      'Avec la baisse des ventes, il faudrait revoir vos honoraires de 20 %.',
      "Pour l'an prochain, on voudrait changer de formule : une part des recettes au lieu d'un fixe.",
      'Tu pourrais reprendre aussi la gestion de notre page Instagram ?',
      'Pourriez-vous reprendre le suivi des fournisseurs à partir de mars ?',
      'Il faudrait que vous repreniez aussi le reporting trimestriel pour le conseil.',
      'Pourriez-vous corriger au fur et à mesure les fiches produits que la stagiaire rédige ?',
      'Tu pourrais mettre à jour le plat du jour sur le site chaque matin ?',
    ],
    flagged: [
      'Tu pourrais reprendre le titre de la page d’accueil, il est trop long ?',
      'Pourriez-vous changer la couleur du bandeau sur le flyer livré ?',
      'Could you change the header colour on the flyer you sent?',
    ],
  },
  scope_creep: {
    quiet: [
      'Could you also make the wedding portrait on page 3 black and white?',
      'While you are in the artwork, they would also like the QR code moved 3mm up so it clears the crease.',
      'Our marketing team wants to build the landing pages on Thursday, so the photos need to be final.',
      'Pourriez-vous aussi faire en sorte que la couverture passe en noir et blanc ?',
      'Could you run the live chat and the forum stage (it counts as one of the monthly events in your contract)?',
    ],
    flagged: [
      'Could you also make a matching banner for the shop window?',
      'Could you also design the menu boards for the café?',
      'Could you run the live chat and the forum stage (I assume it counts as one of the monthly events in your contract)?',
    ],
  },
};

describe('revision and new-work filters', () => {
  const rows = Object.entries(CASES).flatMap(([category, { quiet, flagged }]) => [
    ...quiet.map((body) => [category as Category, body, false] as const),
    ...flagged.map((body) => [category as Category, body, true] as const),
  ]);
  it.each(rows)('%s on %s: %s', (category, body, flagged) => {
    expect(flags(category, body)).toBe(flagged);
  });
});
