import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import type { Category } from '../types.ts';

function categories(body: string, sentAt: string): Category[] {
  return analyze({ body, sentAt }, DEFAULT_ANALYSIS_SETTINGS).categories;
}

describe('a release elsewhere in the newest message', () => {
  test('deferring everything cancels the sender’s own evening timing', () => {
    const body =
      'Hi Lee,\nAttached are the menus from the tasting.\nI will sort the wine list tonight while I remember it.\nThere is really no need to open any of this before next week.\nPat';
    expect(categories(body, '2026-03-10T22:20:00+01:00')).toEqual([]);
  });

  test('a release about the evening leaves a weekend ask standing', () => {
    const body = 'Hi Lee,\nCould you finish the flyer over the weekend?\nNo need to answer me tonight though.\nPat';
    expect(categories(body, '2026-03-12T16:00:00+01:00')).toContain('off_hours');
  });

  test('a waiver of any work cancels a weekend event', () => {
    const body =
      'Bonjour Inès,\nNous refaisons le réseau samedi et dimanche, merci de ne pas vous connecter.\nRien à faire de votre côté, on gère.\nPaul';
    expect(categories(body, '2026-03-12T11:00:00+01:00')).toEqual([]);
  });

  test('a release about something else leaves the evening ask standing', () => {
    const body =
      'Hi Lee,\nCan you patch the booking form tonight? We open at 8am.\nDon’t worry about the invoice, we’ll handle it.\nPat';
    expect(categories(body, '2026-03-12T16:00:00+01:00')).toContain('off_hours');
  });

  test('telling the reader not to come is no ask in the neighbouring sentence', () => {
    const body =
      'Salut,\nLa foire se tient samedi et dimanche.\nOn tient le stand à trois, tu n’as pas besoin de venir.\nNoé';
    expect(categories(body, '2026-03-12T11:00:00+01:00')).toEqual([]);
  });

  test('the sender announcing their own weekend mails, with no answer expected, asks nothing', () => {
    const en =
      "Hi Noor,\nHeads-up: I'll be working all weekend on the year-end accounts, so you may get a stream of emails from me on Saturday and Sunday. Please ignore them until Monday.\nTom";
    expect(categories(en, '2026-03-13T16:00:00+00:00')).toEqual([]);
    const fr =
      'Bonjour Noor,\nJe bosse tout le week-end sur la clôture des comptes, ne vous étonnez pas de recevoir des mails de ma part samedi.\nTom';
    expect(categories(fr, '2026-03-13T16:00:00+01:00')).toEqual([]);
  });
});
