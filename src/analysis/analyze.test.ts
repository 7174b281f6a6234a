import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.ts';
import { MODEL_DOUBTS, modelReading } from './model/second-opinion.ts';
import { splitSentences } from './sentences.ts';
import { foldBody } from './text.ts';
import { parseSentAt } from './sent-at.ts';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings.ts';
import type { Analysis, EmailInput } from './types.ts';

/** Every finding points at its own phrase inside the body. */
function expectConsistent(email: EmailInput, analysis: Analysis): void {
  for (const f of analysis.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(email.body.length);
    expect(email.body.slice(f.start, f.end)).toBe(f.text);
  }
  expect(email.body.slice(analysis.newest.start, analysis.newest.end)).toBe(analysis.newest.text);
}

const mail = (body: string, sentAt: string | null = '2026-03-10T10:00:00+01:00'): EmailInput => ({
  subject: 'Logo',
  body,
  sentAt,
  from: 'Client <client@example.com>',
});

describe('analyze on bad input', () => {
  test('an empty or blank body is not analysed, with a reason', () => {
    for (const body of ['', '   \n\t ', '\u200b\u200b']) {
      const result = analyze(mail(body));
      expect(result.status).toBe('skipped');
      expect(result.skippedReason?.en).toMatch(/empty|quoted|readable/);
      expect(result.findings).toEqual([]);
    }
  });

  test('a body that is not a string does not throw', () => {
    const result = analyze({ body: undefined as unknown as string });
    expect(result.status).toBe('skipped');
  });

  test('1 MB of text stays linear and keeps offsets in the body', () => {
    const body = 'Could you send the files ASAP? '.repeat(35_000);
    const email = mail(body);
    const result = analyze(email);
    expect(result.status).toBe('analyzed');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.newest.end).toBeLessThanOrEqual(body.length);
    expectConsistent(email, result);
  });

  test('one trigger repeated through a sentence with no end gives a few findings, not thousands', () => {
    const body = 'urgent '.repeat(3000);
    const result = analyze(mail(body));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.length).toBeLessThanOrEqual(8 * 2);
    expectConsistent(mail(body), result);
  });

  test('binary garbage is not analysed', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    const result = analyze(mail(new TextDecoder().decode(bytes)));
    expect(result.status).toBe('skipped');
    expect(result.skippedReason?.fr).toMatch(/français/);
  });

  test('HTML tags are read as text, never interpreted', () => {
    const email = mail('<img src=x onerror=alert(1)><script>alert(1)</script> Please send it ASAP <b>now</b>');
    const result = analyze(email);
    expect(result.categories).toContain('urgency');
    expectConsistent(email, result);
  });

  test('CRLF, lone CR, non-breaking and zero-width spaces keep offsets exact', () => {
    const email = mail('Hi,\r\n\r\nWe need it\u00a0as soon\u200b as possible.\rThanks');
    const result = analyze(email);
    expect(result.findings.map((f) => f.text)).toEqual(['as soon\u200b as possible']);
    expectConsistent(email, result);
  });

  test('emoji and right-to-left text', () => {
    const email = mail('Hi! 🙏 Greetings from the שלום / مرحبا team, could you send the final logo ASAP 🚀');
    const result = analyze(email);
    expect(result.findings.map((f) => f.text)).toEqual(['ASAP']);
    expectConsistent(email, result);
  });

  test('mixed languages: the newest message decides', () => {
    const result = analyze(
      mail('Bonjour, merci pour le fichier. Est-ce que tu peux faire les retouches au plus vite ?'),
    );
    expect(result.lang).toBe('fr');
    expect(result.categories).toEqual(['urgency']);
  });

  test('a missing or invalid sentAt still gives a result', () => {
    for (const sentAt of [null, '', 'yesterday', '2026-13-45T99:99:00+01:00', 'x'.repeat(10_000)]) {
      const result = analyze(mail('Please send it ASAP.', sentAt));
      expect(result.status).toBe('analyzed');
      expect(result.categories).toEqual(['urgency']);
    }
  });

  test('categories switched off raise nothing', () => {
    const settings = {
      ...DEFAULT_ANALYSIS_SETTINGS,
      enabledCategories: { ...DEFAULT_ANALYSIS_SETTINGS.enabledCategories, urgency: false },
    };
    expect(analyze(mail('Please send it ASAP.'), settings).findings).toEqual([]);
  });
});

describe('analyze on quoted text', () => {
  test("a quoted line between the client's own lines raises nothing", () => {
    const email = mail('Sure, see below.\n\n> I can send it ASAP if you like\n\nThat works for us, thanks!');
    const result = analyze(email);
    expect(result.findings).toEqual([]);
  });

  test('an email that is only a quote is not analysed', () => {
    const result = analyze(mail('On Mon, 9 Mar 2026 at 10:00, Sam <sam@example.com> wrote:\n> Please send it ASAP'));
    expect(result.status).toBe('skipped');
  });
});

describe('analyze on mailings', () => {
  test('a newsletter with trigger words and an unsubscribe line is not analysed, with a reason', () => {
    for (const body of [
      'Hi all,\n\nOur "Urgent Fixes" workshop is back this Saturday night, a few seats left!\n\nThe team\n\nYou are receiving this email because you signed up on our site. Unsubscribe',
      'Bonjour à toutes et à tous,\n\nCe week-end, portes ouvertes à l’atelier : samedi soir, démonstration en urgence de reliure.\n\nPour vous désinscrire de cette lettre, cliquez ici.',
      'Hello,\n\nNew this month: weekend rates on all rooms, book ASAP!\n\nYou’re getting this because you subscribed.',
    ]) {
      const result = analyze(mail(body));
      expect(result.status).toBe('skipped');
      expect(result.skippedReason?.en).toMatch(/mailing/);
      expect(result.findings).toEqual([]);
    }
  });

  test('a request above a forwarded newsletter is still read', () => {
    const body =
      'Could you turn this into a post for us ASAP?\n\n---------- Forwarded message ---------\nFrom: News <news@example.com>\nDate: Mon, 9 Mar 2026\nSubject: Spring news\nTo: client@example.com\n\nOur spring collection is out.\nUnsubscribe';
    const result = analyze(mail(body));
    expect(result.status).toBe('analyzed');
    expect(result.categories).toEqual(['urgency']);
  });

  test('a client who mentions unsubscribing in a request is still read', () => {
    const result = analyze(mail('Please unsubscribe me from the old list and send the new logo ASAP.'));
    expect(result.status).toBe('analyzed');
    expect(result.categories).toEqual(['urgency']);
  });
});

describe('analyze and the second opinion', () => {
  test('the model does not overrule an off-hours deadline the clock leaves no working time before', () => {
    // Thursday 20:35 for Friday 9:00: only the evening and the night are left, whatever the words say.
    const body =
      'Bonjour Hugo, les mariés ont bien reçu la galerie et ils l’adorent. Juste une petite modif sur les portraits ' +
      'au bord du lac : tu pourrais les réchauffer un peu ? Il me les faudrait pour demain 9h, je les montre à la ' +
      'famille au petit-déjeuner.';
    const folded = foldBody(body).text;
    const reading = modelReading(folded, splitSentences(folded, 0, folded.length));
    expect(reading?.off_hours).toBeLessThan(MODEL_DOUBTS.off_hours as number);
    const analysis = analyze(mail(body, '2025-09-18T20:35:00+02:00'));
    expect(analysis.findings.find((f) => f.category === 'off_hours')?.rule).toBe('fr/off-hours/implied-deadline');
  });
});

describe('parseSentAt', () => {
  test('keeps the sender offset', () => {
    expect(parseSentAt('2026-03-13T18:42:00+01:00').offsetMinutes).toBe(60);
    expect(parseSentAt('2026-03-13T18:42:00-04:30').offsetMinutes).toBe(-270);
    expect(parseSentAt('2026-03-13T18:42:00Z').offsetMinutes).toBe(0);
    expect(parseSentAt('2026-03-13T18:42:00Z').date?.toISOString()).toBe('2026-03-13T18:42:00.000Z');
  });

  test('returns nulls for anything else', () => {
    expect(parseSentAt('not a date')).toEqual({ date: null, offsetMinutes: null });
    expect(parseSentAt(undefined)).toEqual({ date: null, offsetMinutes: null });
  });
});
