import { describe, expect, it } from 'vitest';
import { emptyThread, normaliseThread, revisionCount, revisionRound, withCount, withRequest } from './revisions.ts';

describe('normaliseThread', () => {
  it.each([
    ['Logo', 'logo'],
    ['Re: Logo', 'logo'],
    ['RE : Logo', 'logo'],
    ['RE\u00a0: Logo', 'logo'],
    ['TR : Re: Fwd: logo', 'logo'],
    ['Fw: LOGO', 'logo'],
    ['Réf. : Logo', 'logo'],
    ['Réf : Logo', 'logo'],
    ['Re[2]: Logo', 'logo'],
    ['RE(3): Logo', 'logo'],
    ['Refonte du site', 'refonte du site'],
    ['Trésorerie : Q3', 'tresorerie : q3'],
    ['  Re:   Maquettes   v2 ', 'maquettes v2'],
  ])('%s → %s', (subject, thread) => {
    expect(normaliseThread(subject)).toBe(thread);
  });
});

describe('revision counts', () => {
  const request = (id: string, at: number) => ({ site: 'gmail' as const, messageId: id, at });
  const thread = [request('a', 10), request('b', 20), request('c', 30)].reduce(
    withRequest,
    emptyThread('client@x.example', 'Logo'),
  );

  it('numbers requests in time order and counts a reopened one once', () => {
    const again = withRequest(thread, request('b', 20));
    expect(['a', 'b', 'c'].map((id) => revisionRound(again, { site: 'gmail', messageId: id }))).toEqual([1, 2, 3]);
    expect(revisionCount(again)).toBe(3);
    expect(revisionCount(again, 25)).toBe(2);
  });

  it('moves the count when the user corrects it, before and after the corrected request', () => {
    const corrected = withCount(thread, 5, 20);
    expect(['a', 'b', 'c'].map((id) => revisionRound(corrected, { site: 'gmail', messageId: id }))).toEqual([4, 5, 6]);
    expect(revisionCount(corrected)).toBe(6);
  });
});
