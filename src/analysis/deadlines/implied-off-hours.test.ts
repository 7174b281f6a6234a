import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';

/** Off-hours findings of a one-line email, with the holiday country guessed from language and offset. */
function offHours(body: string, sentAt: string): string[] {
  return analyze({ body, sentAt }, DEFAULT_ANALYSIS_SETTINGS)
    .findings.filter((f) => f.category === 'off_hours')
    .map((f) => f.text);
}

describe('work due on a public holiday', () => {
  test('handed over on the holiday itself: flagged however much time is left', () => {
    expect(offHours('Pourriez-vous nous remettre les affiches jeudi 14 mai ?', '2026-05-07T10:00:00+02:00')).toEqual([
      'jeudi 14 mai',
    ]);
    expect(offHours('Could you deliver the banners on Monday 25 May?', '2026-05-18T10:00:00+01:00')).toEqual([
      'on Monday 25 May',
    ]);
  });

  test('a bare day of the month, read in the month it next comes: flagged on the holiday', () => {
    expect(
      offHours('The merge has to happen that week. Would the 26th suit you?', '2025-12-09T14:00:00+00:00'),
    ).toEqual(['26th']);
    expect(offHours('Would the 16th work for you for the call?', '2025-12-09T14:00:00+00:00')).toEqual([]);
  });

  test('due before the holiday, with working days left: quiet', () => {
    expect(
      offHours("Pourriez-vous nous remettre les affiches d'ici le jeudi 14 mai ?", '2026-05-07T10:00:00+02:00'),
    ).toEqual([]);
    expect(offHours('Could you deliver the banners before Monday 25 May?', '2026-05-18T10:00:00+01:00')).toEqual([]);
  });

  test('a standing weekly slot is not read as the next holiday', () => {
    expect(offHours('Merci de livrer le rapport tous les jeudis à 10h.', '2026-05-07T10:00:00+02:00')).toEqual([]);
  });
});
