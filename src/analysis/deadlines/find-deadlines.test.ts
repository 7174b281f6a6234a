import { describe, expect, test } from 'vitest';
import { buildContext } from '../analyze.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings.ts';
import { foldBody } from '../text.ts';
import type { AnalysisSettings, Lang } from '../types.ts';

function deadlines(text: string, lang: Lang, sentAt: string | null, settings: Partial<AnalysisSettings> = {}) {
  const folded = foldBody(text).text;
  const full = { ...DEFAULT_ANALYSIS_SETTINGS, ...settings };
  return buildContext(folded, { start: 0, end: folded.length }, lang, sentAt, full).deadlines.map((d) => ({
    ...d,
    phrase: folded.slice(d.start, d.end),
  }));
}

describe('findDeadlines', () => {
  test('"pour lundi 8h" sent Friday 19:00: Monday 08:00, nothing left but the weekend', () => {
    const [d] = deadlines('Tu peux me renvoyer la maquette pour lundi 8h ?', 'fr', '2026-03-13T19:00:00+01:00');
    expect(d).toMatchObject({ phrase: 'lundi 8h', at: '2026-03-16T08:00:00+01:00', workingHoursLeft: 0 });
    expect(d?.outside?.kind).toBe('early_morning');
    expect(d?.outside?.why.en).toBe(
      'Monday 08:00 is before your working day starts (09:00), and the mail came Friday 19:00: only the weekend or days off are left',
    );
    expect(d?.outside?.why.fr).toContain('vendredi 19h00');
  });

  test('a date and a time chrono reads apart are one moment', () => {
    const [d] = deadlines('Merci de me les renvoyer lundi avant 8h.', 'fr', '2026-03-13T18:05:00+01:00');
    expect(d).toMatchObject({ phrase: 'lundi avant 8h', at: '2026-03-16T08:00:00+01:00' });
  });

  test('"cet après-midi", folded without its accent, and Australian "this arvo" are due by the end of this afternoon', () => {
    const [fr] = deadlines('Tu peux me renvoyer l’affiche cet après-midi ?', 'fr', '2026-03-15T10:00:00+01:00');
    expect(fr).toMatchObject({ phrase: 'cet apres-midi', at: '2026-03-15T18:00:00+01:00' });
    const [en] = deadlines('Can you pop the poster over this arvo?', 'en', '2026-03-15T10:00:00+10:00');
    expect(en).toMatchObject({ phrase: 'this arvo', at: '2026-03-15T18:00:00+10:00' });
  });

  test('being there to watch a release is presence at that moment, like a meeting', () => {
    for (const [text, lang, sentAt] of [
      ['On passe en prod samedi à 5h, tu seras là pour suivre les alertes ?', 'fr', '2026-03-10T11:00:00+01:00'],
      ['We ship on Sunday at 6am, will you be around to monitor it?', 'en', '2026-03-10T11:00:00+00:00'],
      ['Could you be on standby Saturday at 11pm while we switch servers?', 'en', '2026-03-10T11:00:00+00:00'],
      ['Tu pourrais te connecter dimanche à 7h pour suivre la bascule ?', 'fr', '2026-03-10T11:00:00+01:00'],
    ] as const) {
      expect(deadlines(text, lang, sentAt)[0]?.purpose, text).toBe('meeting');
    }
  });

  test('"Monday 25th August, first thing" is 25 August in the morning, not "August, first"', () => {
    const [d] = deadlines(
      'Could we have the files on Monday 25th August, first thing?',
      'en',
      '2025-08-19T10:00:00+01:00',
      {
        holidayCountry: 'GB',
      },
    );
    expect(d?.at.slice(0, 10)).toBe('2025-08-25');
    expect(d?.outside?.kind).toBe('holiday');
  });

  test('a time of day that describes the picture is no moment: "an evening view", "une vue du soir"', () => {
    expect(deadlines('Could you send an evening view of the terrace?', 'en', '2026-03-10T10:00:00+00:00')).toEqual([]);
    expect(deadlines('Tu peux faire un rendu de nuit du hall ?', 'fr', '2026-03-10T10:00:00+01:00')).toEqual([]);
    expect(deadlines('Could you send the render this evening?', 'en', '2026-03-10T10:00:00+00:00')).toHaveLength(1);
  });

  test("a group, a routine or someone's own hours named by a time of day is a presence, not work due", () => {
    const sent = '2026-03-10T10:00:00+00:00';
    const purposes = (text: string, lang: Lang) => deadlines(text, lang, sent).map((d) => d.purpose);
    expect(purposes('Could you run a shorter version for the night shift as well?', 'en')).toEqual(['meeting']);
    expect(purposes('We want you online then, which is your evening in Lyon.', 'en')).toEqual(['meeting']);
    expect(purposes('Tu peux jeter un œil à tes mails matin et soir ?', 'fr')).toEqual(['meeting']);
    expect(purposes("Pourrais-tu refaire l'atelier pour l'équipe du soir ?", 'fr')).toEqual(['meeting']);
    expect(purposes('Could you send it tonight?', 'en')).toEqual(['delivery']);
    expect(purposes('Tu peux l’envoyer ce soir ?', 'fr')).toEqual(['delivery']);
  });

  test('a group only named by a time of day (an audience, a reason) is no moment at all', () => {
    const sent = '2026-03-10T10:00:00+00:00';
    expect(deadlines('Could you caption the clip? Most of the night crew reads Spanish.', 'en', sent)).toEqual([]);
    expect(deadlines('Please add a glossary, since the evening staff are new to the tools.', 'en', sent)).toEqual([]);
    expect(
      deadlines('Tu peux ajouter des sous-titres ? Les équipes de nuit sont surtout lusophones.', 'fr', sent),
    ).toEqual([]);
    expect(deadlines('Could you train the night shift on the new scanner?', 'en', sent)).toHaveLength(1);
  });

  test("the client's own event with the reader told they need not come asks for no presence", () => {
    const sent = '2026-03-10T10:00:00+00:00';
    const en = 'Our team holds its retreat next Saturday. You do not need to be there, we will run it ourselves.';
    expect(deadlines(en, 'en', sent)).toEqual([]);
    const fr = "L'équipe fait sa journée au vert samedi. Pas besoin que tu sois là, on l'animera nous-mêmes.";
    expect(deadlines(fr, 'fr', sent)).toEqual([]);
    expect(deadlines('Our team holds its retreat next Saturday. Could you be there?', 'en', sent)).toHaveLength(1);
    expect(deadlines("L'équipe fait sa journée au vert samedi. Tu pourras être là ?", 'fr', sent)).toHaveLength(1);
  });

  test('"de 8h à midi" is a span to be present, like "de 8h à 12h"', () => {
    const found = deadlines('Tu pourrais tenir le stand samedi de 8h à midi ?', 'fr', '2026-03-10T10:00:00+01:00');
    expect(found.map((d) => d.purpose)).toEqual(['meeting', 'meeting']);
  });

  test('"on a Sunday", "un dimanche": any such day, not a deadline', () => {
    expect(deadlines('Sorry to email you on a Sunday, could you send it?', 'en', '2026-03-15T10:00:00+00:00')).toEqual(
      [],
    );
    expect(
      deadlines('Pardon de te déranger un dimanche, tu peux l’envoyer ?', 'fr', '2026-03-15T10:00:00+01:00'),
    ).toEqual([]);
  });

  // No time zone set: the sender's offset holds all year, as the settings say.
  test('French months without accents still parse', () => {
    for (const [text, at] of [
      ['Il me faut le fichier pour le 15 aout a 14h.', '2026-08-15T14:00:00+02:00'],
      ['Merci de livrer avant le 3 fevrier.', '2027-02-03T18:00:00+02:00'],
      ['Tu peux finir pour le 12 decembre ?', '2026-12-12T18:00:00+02:00'],
    ] as const) {
      expect(deadlines(text, 'fr', '2026-06-01T10:00:00+02:00')[0]?.at, text).toBe(at);
    }
  });

  test('"tonight" sent after hours stays on the sending day', () => {
    const [d] = deadlines('Tu pourrais regarder ça ce soir ?', 'fr', '2026-03-10T21:15:00+01:00');
    expect(d?.at.slice(0, 10)).toBe('2026-03-10');
    expect(d?.outside?.kind).toBe('evening');
  });

  test('"by tomorrow morning" sent at 20:00 leaves no working time', () => {
    const [d] = deadlines('Please send the deck by tomorrow morning.', 'en', '2026-03-10T20:00:00+00:00');
    expect(d).toMatchObject({ at: '2026-03-11T09:00:00+00:00', workingHoursLeft: 0 });
    expect(d?.outside?.kind).toBe('no_working_time_left');
  });

  test('"lundi à la première heure" sent Friday evening: the start of Monday, nothing left', () => {
    const [d] = deadlines('Tu peux me l’envoyer lundi à la première heure ?', 'fr', '2026-03-13T18:45:00+01:00');
    expect(d).toMatchObject({ phrase: 'lundi', at: '2026-03-16T09:00:00+01:00', workingHoursLeft: 0 });
    expect(d?.outside?.kind).toBe('no_working_time_left');
  });

  test('a meeting inside working hours is fine', () => {
    const [d] = deadlines('Can we have a call on Tuesday at 2:30pm?', 'en', '2026-03-12T10:00:00+00:00');
    expect(d).toMatchObject({ purpose: 'meeting', at: '2026-03-17T14:30:00+00:00' });
    expect(d?.outside).toBeUndefined();
  });

  test('sessions set at an hour are meetings, not work due (plural and French forms too)', () => {
    const [en] = deadlines('Could we hold the next two coaching sessions at 8pm?', 'en', '2026-03-12T10:00:00+00:00');
    expect(en).toMatchObject({ purpose: 'meeting' });
    const [fr] = deadlines('On pourrait caler les prochaines séances vers 20h ?', 'fr', '2026-03-12T10:00:00+01:00');
    expect(fr).toMatchObject({ purpose: 'meeting' });
  });

  test('the settings time zone wins over the sender offset', () => {
    const [d] = deadlines('Can you send it by 3pm tomorrow?', 'en', '2026-03-10T14:00:00+00:00', {
      timeZone: 'America/Toronto',
    });
    expect(d?.at).toBe('2026-03-11T15:00:00-04:00');
  });

  test('public holidays of the chosen country', () => {
    const [d] = deadlines('Pourriez-vous livrer le 14 juillet ?', 'fr', '2026-07-06T10:00:00+02:00', {
      holidayCountry: 'FR',
    });
    expect(d?.outside?.kind).toBe('holiday');
    expect(d?.outside?.why.fr).toContain('14 juillet');
  });

  test('without a sending time, a weekday still says weekend', () => {
    const [d] = deadlines('Can you finish it on Saturday?', 'en', null);
    expect(d).toMatchObject({ at: '', workingHoursLeft: Infinity });
    expect(d?.outside?.kind).toBe('weekend');
    expect(deadlines('Can you send it tomorrow?', 'en', null)).toEqual([]);
  });

  test('news and past moments are not deadlines', () => {
    expect(deadlines("I'm away this weekend.", 'en', '2026-03-12T10:00:00+00:00')).toEqual([]);
    expect(deadlines('The invoice was paid this morning, please check.', 'en', '2026-03-12T10:00:00+00:00')).toEqual(
      [],
    );
  });

  test('never throws on odd input', () => {
    for (const text of ['', '\u0000\u0001', '99:99 32/13', 'lundi '.repeat(2000)]) {
      expect(() => deadlines(text, 'fr', 'not a date')).not.toThrow();
    }
  });
  test('a long run of dates in one sentence is read in pieces: each moment once, and only the first ones', () => {
    const found = deadlines(
      `Please send it ${'by Monday 8am, '.repeat(400)}thanks.`,
      'en',
      '2026-03-13T18:42:00+01:00',
    );
    const starts = found.map((d) => d.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(400);
    expect(found.every((d) => d.phrase === 'monday 8am')).toBe(true);
  });

  test('"Thursday the 27th" is that day of the month, not this week\'s Thursday', () => {
    const [d] = deadlines('Could you deliver it Thursday the 27th?', 'en', '2025-11-20T10:00:00-07:00');
    expect(d?.at.slice(0, 10)).toBe('2025-11-27');
  });

  test('a moment named in one sentence and attended in the next is a meeting', () => {
    const [d] = deadlines(
      'The only slot they have is 6:30am tomorrow. Could you join?',
      'en',
      '2026-03-10T15:00:00+00:00',
    );
    expect(d).toMatchObject({ purpose: 'meeting', at: '2026-03-11T06:30:00+00:00' });
  });

  test('a meeting time the next sentence needs work before is a delivery deadline', () => {
    const [d] = deadlines(
      'La réunion a été avancée à demain 9h. Il me faudrait le dossier avant.',
      'fr',
      '2026-03-10T20:00:00+01:00',
    );
    expect(d).toMatchObject({ purpose: 'delivery', workingHoursLeft: 0 });
  });

  test('a span of hours is a slot to be present, not a deadline', () => {
    const [d] = deadlines(
      'Please be ready to take the test this Sunday between 10am and 2pm.',
      'en',
      '2026-03-10T10:00:00+00:00',
    );
    expect(d).toMatchObject({ purpose: 'meeting' });
  });

  test('a routine ("every evening") is no single moment', () => {
    expect(deadlines('Please send me a short summary every evening.', 'en', '2026-03-10T10:00:00+00:00')).toEqual([]);
  });

  test('a timecode in a recording is no clock time', () => {
    const sent = '2025-10-08T11:05:00-04:00';
    expect(deadlines('They want the cymbal crash at 0:14 taken out, can you do it?', 'en', sent)).toEqual([]);
    expect(deadlines('Could you fix the jump at 2:10 in the clip?', 'en', sent)).toEqual([]);
    expect(deadlines('Tu peux couper le blanc à 1:45 dans la vidéo ?', 'fr', sent)).toEqual([]);
    expect(deadlines('Could you call me at 2:10 today?', 'en', sent)).not.toEqual([]);
  });

  test('the end of a period covered ("accounts to the end of August") is no due date', () => {
    const sent = '2025-09-03T10:05:00+01:00';
    expect(deadlines('Could you draw up the accounts up to the end of August?', 'en', sent)).toEqual([]);
    expect(deadlines('Could you send the accounts by the end of September?', 'en', sent)).not.toEqual([]);
  });
});
