/**
 * Property tests of the reply composer: for any email the detector flags, any terms the user may have typed
 * (valid or not), any options and sending time, the three replies compose without throwing and never show a
 * hole: no `{slot}`, no undefined, NaN, null, Infinity or "[object …]", no raw template key.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { CATEGORIES, type Analysis } from '../../src/analysis/types.ts';
import { replyProblems } from '../../src/replies/check-reply.ts';
import { composeReplies } from '../../src/replies/compose.ts';
import { DEFAULT_REPLY_TERMS, type ReplyTerms } from '../../src/replies/terms.ts';
import { TONES } from '../../src/replies/templates/types.ts';
import { analysisSettings, body, from, replyOptions, replyTerms, sentAt, TRIGGERS } from './arbitraries.ts';

/** Problems that mean a hole in the reply; the language check is left to the composer's own tests (a reply
 * to a mixed-language email may fairly read as either). */
const isHole = (problem: string): boolean => problem.startsWith('leftover') || problem.startsWith('raw template key');

/** A body that surely has findings: random text around a few trigger phrases. */
const flaggedBody = fc
  .tuple(body, fc.array(fc.constantFrom(...TRIGGERS), { minLength: 1, maxLength: 6 }), body)
  .map(([before, triggers, after]) => `${before}\n${triggers.join('. ')}.\n${after}`);

// Hundreds of runs per property: the default 5 s test timeout is too tight on a busy machine.
describe('composeReplies on random and adversarial input', { timeout: 30_000 }, () => {
  test('never throws, three replies for a flagged email, never a hole in any', () => {
    fc.assert(
      fc.property(
        fc.oneof(flaggedBody, body),
        sentAt,
        from,
        analysisSettings,
        replyTerms,
        replyOptions,
        (text, sent, sender, settings, terms, options) => {
          const email = { body: text, sentAt: sent, from: sender, subject: 'Re: logo' };
          const analysis = analyze(email, settings);
          const replies = composeReplies(analysis, email, terms, options);
          if (analysis.status !== 'analyzed' || analysis.findings.length === 0) {
            expect(replies).toEqual([]);
            return;
          }
          expect(replies.map((r) => r.tone)).toEqual([...TONES]);
          for (const reply of replies) {
            expect(reply.text.trim()).not.toBe('');
            expect(reply.text.split('\n\n').every((paragraph) => paragraph.trim() !== '')).toBe(true);
            expect(replyProblems(reply.text, reply.lang).filter(isHole)).toEqual([]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  test('any findings an analysis may carry (as stored in the history, say) compose without a hole', () => {
    const outside = fc.option(
      fc.record({
        kind: fc.constantFrom('evening', 'night', 'early_morning', 'weekend', 'holiday', 'no_working_time_left'),
        why: fc.constant({ en: 'why', fr: 'pourquoi' }),
      }),
      { nil: undefined },
    );
    const deadline = fc.record(
      {
        text: body,
        start: fc.nat(),
        end: fc.nat(),
        at: fc.string(),
        workingHoursLeft: fc.oneof(fc.double(), fc.constant(Infinity)),
        timeOfDay: fc.constantFrom('stated', 'part', 'none'),
        purpose: fc.constantFrom('delivery', 'meeting'),
        outside,
      },
      { requiredKeys: ['text', 'start', 'end', 'at', 'workingHoursLeft', 'timeOfDay', 'purpose'] },
    );
    const finding = fc.record(
      {
        category: fc.constantFrom(...CATEGORIES),
        rule: fc.string(),
        reason: fc.constant({ en: 'why', fr: 'pourquoi' }),
        text: fc.oneof(body, fc.constantFrom(...TRIGGERS)),
        start: fc.nat(),
        end: fc.nat(),
        confidence: fc.double({ min: 0, max: 1 }),
        deadline,
      },
      { requiredKeys: ['category', 'rule', 'reason', 'text', 'start', 'end', 'confidence'] },
    );
    const analysis: fc.Arbitrary<Analysis> = fc
      .record({
        lang: fc.constantFrom('en', 'fr'),
        register: fc.constantFrom('tu', 'vous', null),
        newestText: body,
        findings: fc.array(finding, { minLength: 1, maxLength: 8 }),
      })
      .map(({ lang, register, newestText, findings }) => ({
        status: 'analyzed',
        lang,
        register: lang === 'fr' ? register : null,
        newest: { start: 0, end: newestText.length, text: newestText },
        aside: [],
        findings,
        categories: CATEGORIES.filter((c) => findings.some((f) => f.category === c)),
        deadlines: [],
      }));
    fc.assert(
      fc.property(analysis, sentAt, from, replyTerms, replyOptions, (given, sent, sender, terms, options) => {
        const replies = composeReplies(given, { body: given.newest.text, sentAt: sent, from: sender }, terms, options);
        expect(replies).toHaveLength(3);
        for (const reply of replies) expect(replyProblems(reply.text, reply.lang).filter(isHole)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('the user text a reply quotes is kept literally, never read as a slot', () => {
    const email = { body: 'Could you send it ASAP?', sentAt: '2026-03-10T10:15:00+01:00' };
    const replies = composeReplies(analyze(email), email, {
      workingDays: [1, 2, 3, 4, 5],
      workStartMinutes: 540,
      workEndMinutes: 1080,
      signature: 'Sam {rate} <b>Studio</b>',
    });
    for (const reply of replies) expect(reply.text).toContain('Sam {rate} <b>Studio</b>');
  });

  // Found by the property above: an unknown holiday country, or a sending time at the very end of what a Date
  // can hold, made the next-slot arithmetic throw.
  test.each([
    [
      'an unknown holiday country',
      { holidayCountry: 'XX' as ReplyTerms['holidayCountry'] },
      '2026-03-13T19:00:00+01:00',
    ],
    ['the last instant a Date can hold, a weekend worker', { workingDays: [6, 0] }, '+275760-09-13T00:00:00Z'],
  ])('regression: %s', (_, terms, sent) => {
    const email = { body: 'Could you send it ASAP?', sentAt: sent };
    const replies = composeReplies(analyze(email), email, {
      ...DEFAULT_REPLY_TERMS,
      ...terms,
    });
    expect(replies).toHaveLength(3);
    for (const reply of replies) expect(replyProblems(reply.text, reply.lang)).toEqual([]);
  });
});
