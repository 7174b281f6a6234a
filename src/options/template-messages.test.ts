import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { USER_SLOTS, type TemplateProblem } from '../replies/user-templates.ts';

/** The `_locales` of both languages, read as the browser reads them. */
const messages = Object.fromEntries(
  ['en', 'fr'].map((lang) => [
    lang,
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, unknown> }
    >,
  ]),
);

const PROBLEMS: Record<TemplateProblem['key'], number> = {
  templateErrorEmpty: 0,
  templateErrorTooLong: 2,
  templateErrorUnknownSlot: 1,
  templateErrorBrace: 0,
  templateErrorDuplicate: 0,
};

it('every message the template editor shows exists in English and French, with the same placeholders', () => {
  const keys = [
    ...Object.keys(PROBLEMS),
    ...USER_SLOTS.map((slot) => `slot_${slot}`),
    'lang_en',
    'lang_fr',
    'errorReplyTemplates',
    ...Object.keys(messages.en ?? {}).filter((key) => key.startsWith('templates')),
  ];
  for (const key of keys) {
    const [en, fr] = [messages.en?.[key], messages.fr?.[key]];
    expect(en?.message, key).toBeTruthy();
    expect(fr?.message, key).toBeTruthy();
    expect(Object.keys(fr?.placeholders ?? {}), key).toEqual(Object.keys(en?.placeholders ?? {}));
    for (const name of Object.keys(en?.placeholders ?? {})) {
      expect(en?.message, key).toContain(`$${name}$`);
      expect(fr?.message, key).toContain(`$${name}$`);
    }
  }
  for (const [key, count] of Object.entries(PROBLEMS)) {
    expect(Object.keys(messages.en?.[key]?.placeholders ?? {}), key).toHaveLength(count);
  }
});
