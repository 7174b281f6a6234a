import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../settings.ts';

/** Whether a one-message email sent on a weekday morning is flagged as a revision round. */
const flagsRevision = (body: string): boolean =>
  analyze(
    { subject: 'Suite', body, sentAt: '2026-03-10T10:00:00+01:00', from: 'c@example.com' },
    DEFAULT_ANALYSIS_SETTINGS,
  ).findings.some((f) => f.category === 'extra_revisions');

describe('a revision verb on a price, a duty or a standing task', () => {
  it.each([
    "Est-ce qu'on pourrait revoir ton forfait trimestriel à 400 € ?",
    'Avec la baisse des ventes, il faudrait revoir vos honoraires de 20 %.',
    "Pour l'an prochain, on voudrait changer de formule : une part des recettes au lieu d'un fixe.",
    'Tu pourrais reprendre aussi la gestion de notre page Instagram ?',
    'Pourriez-vous reprendre le suivi des fournisseurs à partir de mars ?',
    'Il faudrait que vous repreniez aussi le reporting trimestriel pour le conseil.',
    'Pourriez-vous corriger au fur et à mesure les fiches produits que la stagiaire rédige ?',
    'Tu pourrais mettre à jour le plat du jour sur le site chaque matin ?',
  ])('is no revision: %s', (body) => {
    expect(flagsRevision(body)).toBe(false);
  });

  it.each([
    'Tu pourrais reprendre le titre de la page d’accueil, il est trop long ?',
    'Pourriez-vous changer la couleur du bandeau sur le flyer livré ?',
    'Could you change the header colour on the flyer you sent?',
  ])('is still a revision: %s', (body) => {
    expect(flagsRevision(body)).toBe(true);
  });
});
