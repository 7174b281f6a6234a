import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../settings.ts';

/** The categories found in a one-message email sent on a weekday morning. */
function categories(body: string): string[] {
  const email = { subject: 'Extras', body, sentAt: '2026-03-10T10:00:00+01:00', from: 'Client <c@example.com>' };
  return analyze(email, DEFAULT_ANALYSIS_SETTINGS).findings.map((f) => f.category);
}

describe('an extra already ordered and paid for', () => {
  it.each([
    'Could you also shoot a few portraits of the team? I put them on the revised PO this morning.',
    'The change order has been signed, so please add the members area we talked about.',
    'As we agreed on Monday, could you also record a French voice-over?',
    "Pourriez-vous aussi filmer l'atelier de samedi ? Je l'ai ajouté au bon de commande.",
    "L'avenant a été signé : tu peux ajouter l'espace membres dont on a parlé.",
    'Comme convenu lundi, tu pourrais aussi enregistrer la voix off en anglais ?',
  ])('stays quiet: %s', (body) => {
    expect(categories(body)).not.toContain('scope_creep');
    expect(categories(body)).not.toContain('extra_revisions');
  });

  it.each([
    'Could you also shoot a few portraits of the team?',
    "Pourriez-vous aussi filmer l'atelier de samedi ?",
    'We approved the design last week. Could you also record a French voice-over?',
    'Nous avons validé le devis en mars. Tu pourrais aussi enregistrer la voix off en anglais ?',
  ])('still flags an unpaid extra: %s', (body) => {
    expect(categories(body)).toContain('scope_creep');
  });
});
