import { describe, expect, test } from 'vitest';
import { execAll, foldBody, toBodyRange } from './text.ts';

describe('foldBody', () => {
  test('lower-cases, strips accents and unifies punctuation, one character for one', () => {
    const body = 'Très URGENT — c’est « pour hier »';
    const folded = foldBody(body);
    expect(folded.text).toBe('tres urgent - c\'est " pour hier "');
    expect(folded.toBody.length).toBe(folded.text.length + 1);
  });

  test('maps every folded range back to the phrase as it stands in the body', () => {
    const body = 'Bonjour,\r\nC’est\u00a0très urgent\u200b !';
    const folded = foldBody(body);
    const at = folded.text.indexOf('tres urgent');
    const [start, end] = toBodyRange(folded, at, at + 'tres urgent'.length);
    expect(body.slice(start, end)).toBe('très urgent');
  });

  test('CRLF and lone CR become one line break each', () => {
    expect(foldBody('a\r\nb\rc\nd').text).toBe('a\nb\nc\nd');
  });

  test('zero-width characters and soft hyphens cannot hide a word', () => {
    const body = 'ur\u200bgent week\u00adend';
    const folded = foldBody(body);
    expect(folded.text).toBe('urgent weekend');
    const [start, end] = toBodyRange(folded, 0, 6);
    expect(body.slice(start, end)).toBe('ur\u200bgent');
  });

  test('"œ" reads as "oe" and keeps offsets', () => {
    const body = 'Le cœur du sujet';
    const folded = foldBody(body);
    expect(folded.text).toBe('le coeur du sujet');
    const at = folded.text.indexOf('du');
    expect(body.slice(...toBodyRange(folded, at, at + 2))).toBe('du');
  });

  test('emoji and right-to-left text pass through with offsets intact', () => {
    const body = '🙏 مرحبا ASAP';
    const folded = foldBody(body);
    const at = folded.text.indexOf('asap');
    expect(body.slice(...toBodyRange(folded, at, at + 4))).toBe('ASAP');
  });

  test('stops at the limit', () => {
    expect(foldBody('abcdef', 3).text).toBe('abc');
  });
});

describe('execAll', () => {
  test('yields every match in order, like matchAll', () => {
    const text = 'call me at 9, 10 or 11';
    const pattern = /\d+/g;
    expect([...execAll(pattern, text)].map((m) => [m[0], m.index])).toEqual(
      [...text.matchAll(/\d+/g)].map((m) => [m[0], m.index]),
    );
  });

  test('starts from the beginning whatever lastIndex was left at', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect([...execAll(pattern, 'aaaa')]).toHaveLength(4);
  });

  test('steps over empty matches instead of looping on them', () => {
    expect([...execAll(/x*/g, 'abc')].map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });
});
