/**
 * Property tests of the reply composer: for any email the detector flags, any terms the user may have typed
 * (valid or not), any options and sending time, the three replies compose without throwing and never show a
 * hole: no `{slot}`, no undefined, NaN, null, Infinity or "[object …]", no raw template key.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
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

describe('composeReplies on random and adversarial input', () => {
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
