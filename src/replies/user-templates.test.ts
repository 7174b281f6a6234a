import { describe, expect, test } from 'vitest';
import {
  parseUserTemplates,
  registerSlip,
  templateProblems,
  textProblems,
  userParagraph,
  USER_TEMPLATE_LIMITS,
  type UserTemplate,
} from './user-templates.ts';

const template = (over: Partial<UserTemplate> = {}): UserTemplate => ({
  id: 't1',
  category: 'urgency',
  lang: 'en',
  register: null,
  tone: 'warm',
  text: 'I can have it ready {nextSlot}.',
  ...over,
});

describe('validation', () => {
  test('accepts known placeholders, plain text and line breaks', () => {
    expect(textProblems('I can have it ready {nextSlot}, at {rate}.\n\nThanks!')).toEqual([]);
    expect(textProblems('No placeholder at all.')).toEqual([]);
  });

  test('an empty or blank text', () => {
    for (const text of ['', '   ', '\n\t']) expect(textProblems(text)).toEqual([{ key: 'templateErrorEmpty' }]);
  });

  test('a text over the limit says the limit and its length', () => {
    const text = 'a'.repeat(USER_TEMPLATE_LIMITS.text + 1);
    expect(textProblems(text)).toEqual([
      { key: 'templateErrorTooLong', args: [String(USER_TEMPLATE_LIMITS.text), String(text.length)] },
    ]);
    expect(textProblems('a'.repeat(USER_TEMPLATE_LIMITS.text))).toEqual([]);
  });

  test('names the first unknown placeholder, as typed', () => {
    expect(textProblems('At {price} by {nextSlot}')).toEqual([{ key: 'templateErrorUnknownSlot', args: ['price'] }]);
    expect(textProblems('See {Rate}')).toEqual([{ key: 'templateErrorUnknownSlot', args: ['Rate'] }]);
    expect(textProblems('See { rate }')).toEqual([{ key: 'templateErrorUnknownSlot', args: [' rate '] }]);
    expect(textProblems('Empty {}')).toEqual([{ key: 'templateErrorUnknownSlot', args: [''] }]);
  });

  test('a brace that opens or closes nothing', () => {
    for (const text of ['At {rate', 'At rate}', 'At {{rate}}', '{rate} and }'])
      expect(textProblems(text), text).toEqual([{ key: 'templateErrorBrace' }]);
  });

  test('one template per category, language, register and tone', () => {
    const saved = [template()];
    expect(templateProblems(template({ id: 't2' }), saved)).toEqual([{ key: 'templateErrorDuplicate' }]);
    // Editing the saved one is not a clash with itself.
    expect(templateProblems(template({ text: 'Edited.' }), saved)).toEqual([]);
    for (const other of [{ tone: 'firm' }, { category: 'off_hours' }, { lang: 'fr', register: 'vous' }] as const) {
      expect(templateProblems(template({ id: 't2', ...other }), saved)).toEqual([]);
    }
    const tu = template({ lang: 'fr', register: 'tu' });
    expect(templateProblems(template({ id: 't2', lang: 'fr', register: 'vous' }), [tu])).toEqual([]);
  });
});

describe('parseUserTemplates', () => {
  test('keeps valid templates and drops damaged, clashing or repeated ones', () => {
    const good = template();
    const stored = [
      good,
      { ...good, id: 'clash' },
      { ...good, id: 'en-with-register', tone: 'firm', register: 'tu' },
      { ...good, id: 'fr-without-register', lang: 'fr', register: null },
      { ...good, id: 'bad-category', category: 'politeness' },
      { ...good, id: 'bad-text', tone: 'neutral', text: 'at {price}' },
      { ...good, id: '', tone: 'neutral' },
      'text',
      null,
      { ...good, tone: 'firm' },
    ];
    expect(parseUserTemplates(stored)).toEqual([good]);
    expect(parseUserTemplates('nope')).toEqual([]);
    expect(parseUserTemplates(undefined)).toEqual([]);
  });

  test('copies only the known fields', () => {
    expect(parseUserTemplates([{ ...template(), extra: '<b>' }])).toEqual([template()]);
  });
});

test('userParagraph fills placeholders, tidies lines, and gives up on a placeholder with no value', () => {
  const slots = { nextSlot: 'on Tuesday at 10:00', rate: '€60 an hour' };
  expect(userParagraph(template({ text: '{nextSlot} works for me.  \n\n\n\nAt {rate}.' }), slots)).toBe(
    'On Tuesday at 10:00 works for me.\n\nAt €60 an hour.',
  );
  expect(userParagraph(template({ text: 'At {dayRate}.' }), slots)).toBeNull();
  expect(userParagraph(template({ text: 'At {price}.' }), slots)).toBeNull();
});

test('registerSlip warns when a French template says the other register', () => {
  const fr = (register: 'tu' | 'vous', text: string): UserTemplate => template({ lang: 'fr', register, text });
  expect(registerSlip(fr('vous', 'Je peux te le livrer {nextSlot}.'))).toBe('tu');
  expect(registerSlip(fr('vous', 'Je peux vous le livrer {nextSlot}.'))).toBeNull();
  expect(registerSlip(fr('tu', 'Je peux vous le livrer {nextSlot}.'))).toBe('vous');
  expect(registerSlip(fr('tu', 'Je te le livre, à vous deux.'))).toBeNull();
  expect(registerSlip(fr('tu', 'Livraison {nextSlot}.'))).toBeNull();
  expect(registerSlip(template({ text: 'I can deliver it to you.' }))).toBeNull();
});
