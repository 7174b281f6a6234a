import { expect, test } from 'vitest';
import { replyProblems } from './check-reply.ts';

test('a clean reply has no problems', () => {
  expect(
    replyProblems('Bonjour Léa,\n\nMerci pour ton message. Je peux te le livrer mardi à 10h.', 'fr', 'tu'),
  ).toEqual([]);
  expect(replyProblems('Hi Jess,\n\nThanks for your message. I can have it to you on Tuesday.', 'en')).toEqual([]);
});

test.each([
  ['Hi, I can have it to you {nextSlot}, thanks for your message.', 'en', undefined, 'leftover "{nextSlot}"'],
  ['Hi, my rate is undefined, thanks for your message.', 'en', undefined, 'leftover "undefined"'],
  ['Hi, my rate is NaN € a day, thanks for your message.', 'en', undefined, 'leftover "NaN"'],
  ['Hi, my rate is [object Object], thanks for your message.', 'en', undefined, 'leftover "[object"'],
  ['Hi, see revisionsBeyond for the terms you asked me.', 'en', undefined, 'raw template key "revisionsBeyond"'],
  ['Bonjour, je peux vous le livrer mardi, merci pour votre message.', 'en', undefined, 'reads as fr, not en'],
  ['Bonjour, je peux vous le livrer mardi, merci pour votre message.', 'fr', 'tu', 'does not say tu'],
  ['Bonjour, je peux te le livrer mardi, merci pour ton message.', 'fr', 'vous', 'does not say vous'],
] as const)('%s → %s', (text, lang, register, problem) => {
  expect(replyProblems(text, lang, register)).toContain(problem);
});
