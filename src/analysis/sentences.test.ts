import { describe, expect, test } from 'vitest';
import { sentenceAt, splitSentences } from './sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('splits on end punctuation and line breaks', () => {
    expect(texts('hi anna,\nthanks. can you send it? great!')).toEqual([
      'hi anna,',
      'thanks.',
      'can you send it?',
      'great!',
    ]);
  });

  test('keeps abbreviations and initials inside the sentence', () => {
    expect(texts('see e.g. the logo. ok')).toEqual(['see e.g. the logo.', 'ok']);
  });

  test('keeps punctuation inside a quotation that closes further on', () => {
    expect(texts('mon mail " urgent !!! " de ce matin etait pour le garage. merci')).toEqual([
      'mon mail " urgent !!! " de ce matin etait pour le garage.',
      'merci',
    ]);
    expect(texts('the "done!" flag is green. ok')).toEqual(['the "done!" flag is green.', 'ok']);
    // A quote never closed on the line does not swallow the next sentence.
    expect(texts('he wrote "help! then nothing. ok')).toEqual(['he wrote "help!', 'then nothing.', 'ok']);
  });

  test('joins hard-wrapped lines but not bullets', () => {
    const wrapped = 'could you please have a look at the new homepage layout and then\nsend it back to me tomorrow';
    expect(texts(wrapped)).toHaveLength(1);
    expect(texts('changes:\n- the logo\n- the footer')).toEqual(['changes:', '- the logo', '- the footer']);
  });

  test('finds the sentence holding an offset', () => {
    const text = 'one. two. three.';
    const sentences = splitSentences(text);
    const found = sentenceAt(sentences, text.indexOf('two'));
    expect(found && text.slice(found.start, found.end)).toBe('two.');
    expect(sentenceAt(sentences, 1000)).toBeUndefined();
  });
});
