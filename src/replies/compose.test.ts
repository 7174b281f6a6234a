import { describe, expect, test } from 'vitest';
import type { Register } from '../analysis/register.ts';
import { CATEGORIES, type Analysis, type Category, type EmailInput, type Lang } from '../analysis/types.ts';
import { replyProblems } from './check-reply.ts';
import { composeReplies, type Reply, type ReplyOptions } from './compose.ts';
import { DEFAULT_REPLY_TERMS, type ReplyTerms } from './terms.ts';
import type { UserTemplate } from './user-templates.ts';

/** The client's words in each language and register; findings point at made-up phrases. */
const NEWEST: Record<Lang | Register, string> = {
  en: 'Hi, could you send it over? Thanks for your help with this.',
  fr: '',
  tu: 'Salut, tu peux me renvoyer ça ? Merci pour ton aide.',
  vous: 'Bonjour, pourriez-vous me renvoyer cela ? Merci pour votre aide.',
};

const PHRASES: Record<Category, string> = {
  urgency: 'asap',
  extra_revisions: 'another round of changes',
  off_hours: 'this weekend',
  scope_creep: 'while you are at it',
  rate_pressure: 'a better price',
  availability_control: 'be online all day',
};

function analysisOf(
  lang: Lang,
  categories: readonly Category[],
  register: Register = 'vous',
  phrase = PHRASES,
): Analysis {
  const text = lang === 'en' ? NEWEST.en : NEWEST[register];
  return {
    status: 'analyzed',
    lang,
    register: lang === 'fr' ? register : null,
    newest: { start: 0, end: text.length, text },
    aside: [],
    findings: categories.map((category) => ({
      category,
      rule: `${lang}/${category}/test`,
      reason: { en: 'why', fr: 'pourquoi' },
      text: phrase[category],
      start: 0,
      end: 1,
      confidence: 1,
    })),
    categories: [...categories],
    deadlines: [],
  };
}

// Tuesday 10 March 2026, 10:15 in Paris.
const EMAIL: EmailInput = {
  from: 'Jess Kaminski <jess@example.com>',
  subject: 'poster',
  body: '',
  sentAt: '2026-03-10T10:15:00+01:00',
};

const FULL_TERMS: ReplyTerms = {
  ...DEFAULT_REPLY_TERMS,
  name: 'Alex Martin',
  timeZone: 'Europe/Paris',
  revisionRoundsIncluded: 2,
  dayRate: 450,
  hourlyRate: 60,
  rushSurchargePercent: 50,
  currency: 'EUR',
  paymentTermsDays: 30,
};

function compose(
  lang: Lang,
  categories: readonly Category[],
  register: Register = 'vous',
  terms: ReplyTerms = FULL_TERMS,
  options: ReplyOptions = {},
  email: EmailInput = EMAIL,
): Reply[] {
  return composeReplies(analysisOf(lang, categories, register), email, terms, options);
}

function expectWellFormed(replies: Reply[], lang: Lang, register: Register): void {
  expect(replies.map((r) => r.tone)).toEqual(['warm', 'neutral', 'firm']);
  for (const reply of replies) {
    expect(reply.lang).toBe(lang);
    expect(replyProblems(reply.text, lang, register), reply.text).toEqual([]);
    // Reads as written: no gaps, no stray punctuation, no empty lines piling up.
    expect(reply.text, reply.text).not.toMatch(/ {2}| [,.]|[,;:] *[,.;:]|\n{3}|[ \t]\n|^\s|\s$/);
  }
}

const CASES: [Lang, Register][] = [
  ['en', 'vous'],
  ['fr', 'tu'],
  ['fr', 'vous'],
];

/** A phrase each category's paragraph carries, to find it and check the order. */
const MARKERS: Record<Lang, Record<Category, RegExp>> = {
  en: {
    scope_creep: /separate quote|short quote/,
    extra_revisions: /round/,
    urgency: /today at 15:00/,
    off_hours: /at the weekend/,
    availability_control: /reachable|organise/,
    rate_pressure: /price/,
  },
  fr: {
    scope_creep: /devis (?:complémentaire|séparé)/,
    extra_revisions: /tour/,
    urgency: /aujourd'hui à 15h/,
    off_hours: /le week-end/,
    availability_control: /joignable|je m'organise/,
    rate_pressure: /prix/,
  },
};

describe.each(CASES)('%s (%s)', (lang, register) => {
  test.each(CATEGORIES.map((c) => [c]))('%s alone', (category) => {
    const replies = compose(lang, [category], register, FULL_TERMS, { revisionRound: 3 });
    expectWellFormed(replies, lang, register);
    for (const reply of replies) expect(reply.text).toMatch(MARKERS[lang][category]);
  });

  test('all categories at once: one reply each, in a natural order', () => {
    const replies = compose(lang, [...CATEGORIES].reverse(), register, FULL_TERMS, { revisionRound: 3 });
    expectWellFormed(replies, lang, register);
    const order: Category[] = ['scope_creep', 'extra_revisions', 'off_hours', 'availability_control', 'rate_pressure'];
    for (const reply of replies) {
      const positions = order.map((c) => reply.text.search(MARKERS[lang][c]));
      expect(
        positions.every((p) => p >= 0),
        reply.text,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // One greeting and one sign-off, not templates glued end to end.
      expect(reply.text.match(/^(?:Hi|Hello|Bonjour)\b/gm)).toHaveLength(1);
    }
  });

  test('every pair of categories', () => {
    for (const a of CATEGORIES) {
      for (const b of CATEGORIES) if (a < b) expectWellFormed(compose(lang, [a, b], register), lang, register);
    }
  });

  test('no terms at all: every term is phrased around', () => {
    const replies = compose(lang, CATEGORIES, register, DEFAULT_REPLY_TERMS, {}, { body: '' });
    expectWellFormed(replies, lang, register);
    for (const reply of replies) expect(reply.text).not.toMatch(/\d+ ?%|€|\$/);
  });
});

describe('what the replies say', () => {
  test('greets the client by first name and signs with the user’s name', () => {
    const [warm] = compose('en', ['urgency']);
    expect(warm?.text).toMatch(/^Hi Jess,/);
    expect(warm?.text).toMatch(/Best,\nAlex Martin$/);
  });

  test('a signature wins over the name; no name, no signature line', () => {
    const signed = compose('fr', ['urgency'], 'tu', { ...FULL_TERMS, signature: 'Alex\nalex.design' });
    expect(signed[0]?.text).toMatch(/Belle journée,\nAlex\nalex\.design$/);
    const unsigned = compose('fr', ['urgency'], 'tu', { ...FULL_TERMS, name: ' ' });
    expect(unsigned[0]?.text).toMatch(/Belle journée\s!$/);
  });

  test('a formal French client ("Bonjour Madame …") is not greeted by first name', () => {
    const analysis = analysisOf('fr', ['urgency']);
    analysis.newest.text = 'Bonjour Madame Martin, pourriez-vous avancer la livraison ?';
    const [warm] = composeReplies(analysis, EMAIL, FULL_TERMS);
    expect(warm?.text).toMatch(/^Bonjour,\n/);
  });

  test('the next working slot comes from the sending time, in the user’s zone', () => {
    // Friday 21:15 in Paris: nothing before Monday; half a day of work lands at 13:00.
    const friday = { ...EMAIL, sentAt: '2026-03-13T21:15:00+01:00' };
    expect(compose('fr', ['off_hours'], 'vous', FULL_TERMS, {}, friday)[0]?.text).toContain(
      'je peux vous le livrer lundi à 13h',
    );
    expect(compose('en', ['urgency'], 'vous', FULL_TERMS, {}, friday)[0]?.text).toContain(
      'I can have it to you on Monday at 13:00',
    );
    // The same instant seen from Montréal is Friday 16:15: Monday 12:00 there.
    const montreal = { ...FULL_TERMS, timeZone: 'America/Toronto' };
    expect(compose('en', ['urgency'], 'vous', montreal, {}, friday)[0]?.text).toContain('on Monday at 12:00');
  });

  test('off-hours reachability demands are answered with working hours, not a delivery slot', () => {
    const [warm] = compose('en', ['off_hours', 'availability_control']);
    expect(warm?.text).toContain("I don't work at the weekend, so I won't be reachable then");
    expect(warm?.text).not.toMatch(/have it to you|deliver/);
    const [fr] = compose('fr', ['off_hours', 'availability_control'], 'tu');
    expect(fr?.text).toContain('Je ne travaille pas le week-end, donc je ne serai pas joignable');
  });

  test('the slot counts from when the reply is written when that is later', () => {
    const now = new Date('2026-03-16T09:30:00+01:00');
    expect(compose('en', ['urgency'], 'vous', FULL_TERMS, { now })[0]?.text).toContain('today at 14:00');
  });

  test('revision rounds: "this would be the third round; the quote included two"', () => {
    const [warm] = compose('en', ['extra_revisions'], 'vous', FULL_TERMS, { revisionRound: 3 });
    expect(warm?.text).toContain('this would be the third round of revisions, and the quote included two');
    expect(warm?.text).toContain('my usual rate of €60 an hour');
    const [fr] = compose('fr', ['extra_revisions'], 'tu', FULL_TERMS, { revisionRound: 3 });
    expect(fr?.text).toContain('ce serait le troisième tour de modifications, alors que le devis en prévoyait deux');
  });

  test('a round still included is accepted, and the last one says what comes after', () => {
    const second = compose('en', ['extra_revisions'], 'vous', FULL_TERMS, { revisionRound: 2 });
    expect(second[1]?.text).toContain('the second of the two rounds of revisions included in the quote');
    expect(second[1]?.text).toContain('Further changes after this round would be billed at €60 an hour.');
    const first = compose('fr', ['extra_revisions'], 'vous', FULL_TERMS, { revisionRound: 1 });
    expect(first[1]?.text).toContain('le premier des deux tours de modifications prévus au devis');
    expect(first[1]?.text).not.toContain('Au-delà');
  });

  test('rush surcharge, day rate and payment terms are quoted in the language’s format', () => {
    const fr = compose('fr', ['urgency', 'rate_pressure'], 'vous', FULL_TERMS, {}, EMAIL);
    expect(fr[0]?.text).toMatch(/majoration urgence de 50\s%/u);
    const unpaid = composeReplies(
      analysisOf('fr', ['rate_pressure'], 'tu', { ...PHRASES, rate_pressure: 'ça te ferait de la visibilité' }),
      EMAIL,
      FULL_TERMS,
    );
    expect(unpaid[1]?.text).toMatch(/mon tarif journalier est de 450\s€/u);
    const late = composeReplies(
      analysisOf('en', ['rate_pressure'], 'vous', { ...PHRASES, rate_pressure: 'we pay at 90 days' }),
      EMAIL,
      FULL_TERMS,
    );
    expect(late[1]?.text).toContain('my invoices are payable within 30 days');
  });

  test('the reply language can be forced; a forced French reply to English says vous', () => {
    const replies = compose('en', ['urgency', 'scope_creep'], 'vous', FULL_TERMS, { language: 'fr' });
    expectWellFormed(replies, 'fr', 'vous');
    expectWellFormed(compose('fr', ['urgency'], 'tu', FULL_TERMS, { language: 'en' }), 'en', 'vous');
  });

  test('no findings, or a skipped email: no replies', () => {
    expect(compose('en', [])).toEqual([]);
    expect(composeReplies({ ...analysisOf('en', ['urgency']), status: 'skipped' }, EMAIL)).toEqual([]);
  });
});

describe('extreme and odd terms still read well', () => {
  const extremes: [string, Partial<ReplyTerms>, ReplyOptions][] = [
    ['rates of 0', { dayRate: 0, hourlyRate: 0, rushSurchargePercent: 0 }, { revisionRound: 3 }],
    ['a rate of a billion', { dayRate: 1e9, hourlyRate: 1e9 }, { revisionRound: 3 }],
    ['cents', { hourlyRate: 62.5, currency: 'USD' }, { revisionRound: 3 }],
    ['no revision round included', { revisionRoundsIncluded: 0 }, { revisionRound: 1 }],
    ['fifty rounds included', { revisionRoundsIncluded: 50 }, { revisionRound: 50 }],
    ['round fifty-one', { revisionRoundsIncluded: 50 }, { revisionRound: 51 }],
    ['round 120', { revisionRoundsIncluded: 99 }, { revisionRound: 120 }],
    ['one round included', { revisionRoundsIncluded: 1 }, { revisionRound: 1 }],
    ['rush 300%', { rushSurchargePercent: 300 }, {}],
    ['rush 12.5%', { rushSurchargePercent: 12.5 }, {}],
    ['yen', { currency: 'JPY', dayRate: 80000 }, {}],
    ['Swiss francs', { currency: 'CHF', hourlyRate: 120 }, {}],
    ['Canadian dollars', { currency: 'CAD', dayRate: 600 }, {}],
    ['an unknown currency code', { currency: 'ZZZZ', dayRate: 600 }, {}],
    ['payment on receipt', { paymentTermsDays: 0 }, {}],
    [
      'NaN and negative values',
      { dayRate: Number.NaN, hourlyRate: -5, paymentTermsDays: -1, revisionRoundsIncluded: Number.NaN },
      { revisionRound: Number.NaN },
    ],
    ['no working day', { workingDays: [] }, {}],
    ['a working day that ends before it starts', { workStartMinutes: 1000, workEndMinutes: 500 }, {}],
    ['weekends only', { workingDays: [6, 0] }, {}],
    [
      'Monday, Wednesday and Friday afternoons',
      { workingDays: [1, 3, 5], workStartMinutes: 13 * 60 + 30, workEndMinutes: 17 * 60 },
      {},
    ],
    ['every day', { workingDays: [0, 1, 2, 3, 4, 5, 6] }, {}],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, {}],
    ['no name', { name: undefined, signature: undefined }, {}],
  ];

  test.each(extremes)('%s', (_, terms, options) => {
    for (const [lang, register] of CASES) {
      const replies = compose(lang, CATEGORIES, register, { ...FULL_TERMS, ...terms }, options);
      expectWellFormed(replies, lang, register);
    }
  });

  test('a sender with no name, an email with no date', () => {
    for (const [lang, register] of CASES) {
      const replies = compose(
        lang,
        CATEGORIES,
        register,
        FULL_TERMS,
        {},
        { body: '', from: 'x@example.com', sentAt: 'not a date' },
      );
      expectWellFormed(replies, lang, register);
      expect(replies[0]?.text).toMatch(/^(?:Hi|Bonjour)\s?[,!]/);
    }
  });

  test('ordinals and counts are in words', () => {
    const en = compose(
      'en',
      ['extra_revisions'],
      'vous',
      { ...FULL_TERMS, revisionRoundsIncluded: 50 },
      { revisionRound: 51 },
    );
    expect(en[1]?.text).toContain('the fifty-first round of revisions, and the quote included fifty');
    const fr = compose(
      'fr',
      ['extra_revisions'],
      'vous',
      { ...FULL_TERMS, revisionRoundsIncluded: 0 },
      { revisionRound: 1 },
    );
    expect(fr[1]?.text).toContain("le premier tour de modifications, alors que le devis n'en prévoyait aucun");
  });
});

describe('composition with user templates', () => {
  const TERMS: ReplyTerms = { ...DEFAULT_REPLY_TERMS, timeZone: 'Europe/Paris', hourlyRate: 60, currency: 'EUR' };
  const withOwn = (analysis: Analysis, userTemplates: UserTemplate[], terms = TERMS): Reply[] =>
    composeReplies(analysis, EMAIL, terms, { userTemplates });
  const base: UserTemplate = { id: 't1', category: 'urgency', lang: 'en', register: null, tone: 'warm', text: '' };
  const template = (over: Partial<UserTemplate>): UserTemplate => ({ ...base, ...over });
  const byTone = (replies: Reply[], tone: string): string => replies.find((r) => r.tone === tone)?.text ?? '';

  test('replaces the built-in paragraph of its category in its tone only, filled with the terms', () => {
    const analysis = analysisOf('en', ['urgency']);
    const builtIn = withOwn(analysis, []);
    const own = template({ text: 'Happy to help: {nextSlot} is my earliest, or sooner at {rate} plus extra.' });
    const replies = withOwn(analysis, [own]);
    const warm = byTone(replies, 'warm');
    expect(warm).toContain('Happy to help: today at 15:00 is my earliest, or sooner at €60 an hour plus extra.');
    expect(warm).not.toContain(byTone(builtIn, 'warm').split('\n\n')[2]);
    // Greeting, opening, closing and sign-off stay built in; the other tones are untouched.
    expect(warm.split('\n\n')[0]).toBe(byTone(builtIn, 'warm').split('\n\n')[0]);
    expect(byTone(replies, 'neutral')).toBe(byTone(builtIn, 'neutral'));
    expect(byTone(replies, 'firm')).toBe(byTone(builtIn, 'firm'));
  });

  test('stands where its category stands among the others', () => {
    const analysis = analysisOf('en', ['rate_pressure', 'scope_creep', 'urgency']);
    const warm = byTone(withOwn(analysis, [template({ text: 'MY URGENCY PARAGRAPH.' })]), 'warm');
    const paragraphs = warm.split('\n\n');
    const mine = paragraphs.indexOf('MY URGENCY PARAGRAPH.');
    expect(paragraphs.findIndex((p) => /quote/.test(p))).toBe(mine - 1);
    expect(paragraphs.findIndex((p) => /price/.test(p))).toBe(mine + 1);
  });

  test('an urgent weekend request keeps the built-in off-hours paragraph when only urgency is the user’s', () => {
    const analysis = analysisOf('en', ['urgency', 'off_hours']);
    const warm = byTone(withOwn(analysis, [template({ text: 'MINE.' })]), 'warm');
    const paragraphs = warm.split('\n\n');
    expect(paragraphs[paragraphs.indexOf('MINE.') + 1]).toMatch(/at the weekend/);
    const offHours = template({ category: 'off_hours', text: 'NO WEEKENDS.' });
    const both = byTone(withOwn(analysis, [offHours, template({ text: 'MINE.' })]), 'warm').split('\n\n');
    expect(both.slice(2, 4)).toEqual(['MINE.', 'NO WEEKENDS.']);
  });

  test('several rate paragraphs give way to the user’s one', () => {
    const analysis = analysisOf('en', ['rate_pressure']);
    const [price] = analysis.findings;
    if (price) analysis.findings.push({ ...price, text: 'pay you in 90 days' });
    expect(analysis.findings).toHaveLength(2);
    const warm = byTone(withOwn(analysis, [template({ category: 'rate_pressure', text: 'MY PRICE.' })]), 'warm');
    expect(warm.split('\n\n').filter((p) => p === 'MY PRICE.')).toHaveLength(1);
    expect(warm).not.toMatch(/payment|invoice/i);
  });

  test('follows the language and, in French, the register', () => {
    const tu = template({ lang: 'fr', register: 'tu', text: 'Je te le livre {nextSlot}.' });
    const vous = template({ id: 't2', lang: 'fr', register: 'vous', text: 'Je vous le livre {nextSlot}.' });
    expect(byTone(withOwn(analysisOf('fr', ['urgency'], 'tu'), [tu, vous]), 'warm')).toContain(
      "Je te le livre aujourd'hui à 15h.",
    );
    expect(byTone(withOwn(analysisOf('fr', ['urgency'], 'vous'), [tu, vous]), 'warm')).toContain(
      "Je vous le livre aujourd'hui à 15h.",
    );
    expect(byTone(withOwn(analysisOf('en', ['urgency']), [tu, vous]), 'warm')).not.toContain('livre');
  });

  test('falls back to the built-in paragraph when a placeholder has no value', () => {
    const analysis = analysisOf('en', ['urgency']);
    const own = template({ text: 'Sooner costs {rushPercent} more.' });
    expect(withOwn(analysis, [own])).toEqual(withOwn(analysis, []));
    const set = byTone(withOwn(analysis, [own], { ...TERMS, rushSurchargePercent: 40 }), 'warm');
    expect(set).toContain('Sooner costs 40% more.');
  });

  test('markup in a template stays text', () => {
    const own = template({ text: '<b>bold</b> & <script>x</script>' });
    expect(byTone(withOwn(analysisOf('en', ['urgency']), [own]), 'warm')).toContain('<b>bold</b> & <script>x</script>');
  });
});
