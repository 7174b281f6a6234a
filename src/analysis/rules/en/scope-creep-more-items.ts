import type { Rule } from '../../rule.ts';
import { countPattern, raisedCounts } from '../shared/counts.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { phrases } from '../shared/words.ts';

/*
 * More of the same deliverable than agreed, asked as a swap of numbers: "could we make it six
 * posts instead of four", "eight pages rather than five", "can we go from 3 to 5 videos". A
 * smaller count, a time ("at 10 instead of 9"), a price, a date or a size is not more work:
 * the counts are compared and their unit checked.
 */
const N = countPattern('en');
const NOT_TIME = String.raw`(?! ?(?:am|pm|h|o'clock|:|%|th|st|nd|rd)\b)`;
const OBJECT = String.raw`(?:it|that|this|them|the (?:number|count|total|order))`;

const PATTERNS = [
  new RegExp(
    // A bare "up to 50" is a ceiling ("send copies up to 50"), not a raise: "up" as a verb needs its object.
    String.raw`\b(?:(?:bump|increase|raise|take|push|grow)(?: ${OBJECT})?(?: up)?|up ${OBJECT}) to (?<more>${N})\b${NOT_TIME}(?<unit>(?: [a-z-]+){1,2})`,
    'g',
  ),
  new RegExp(
    // Ranges are criteria, not counts of work: "51-500 employees instead of 20-200" narrows a search.
    String.raw`(?<!\d ?[-–—] ?)\b(?<more>${N})\b(?<unit>(?: [a-z-]+){1,4}?),? (?:instead of|rather than|in place of|not) (?:the |our |your |just |only )?(?:agreed |planned |usual |original |initial |quoted |contracted |current )?(?<fewer>${N})\b${NOT_TIME}(?! ?[-–—] ?\d)`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:go|going|increase|increasing|bump|bumping|raise|raising|up|upping|extend|extending|expand|expanding|take|taking|grow|growing)(?: (?:it|that|this|them|the [a-z]+(?: [a-z]+)?))?(?: up)? from (?<fewer>${N})\b(?: [a-z-]+){0,2}? to (?<more>${N})\b${NOT_TIME}(?<unit>(?: [a-z-]+){1,2})`,
    'g',
  ),
];

const NOT_WORK = new Set(
  phrases(`
    day, days, week, weeks, month, months, year, years, hour, hours, hrs, minute, minutes, mins, second, seconds, am, pm,
    euro, euros, eur, dollar, dollars, usd, pound, pounds, gbp, quid, k, grand, percent, per, people, guests, persons,
    attendees, participants, seats, tickets, pt, px, points, pixels, mm, cm, inches, dpi, times, working, business,
    copies, prints, units, meetings, calls, kg, km
  `),
);
const NOT_BEFORE = new Set(
  phrases(`
    at, by, until, till, before, after, around, about, from, on, page, slide, version, v, chapter, step, room, line,
    row, table, number, no, size, font, issue, episode, section, item, point, option, figure, fig, clause, article,
    net, pay, paying, payment, invoice, paid, cost, costs, charge, charged, spend, spent, budget, price, earn, earned
  `),
);

const UNLESS = [
  /\b(?:quote|quotation|estimate|invoice|we(?:'ll| will) pay|happy to pay|pay (?:for|you)|(?:new|updated|revised|separate) (?:quote|estimate|invoice|fee)|extra (?:fee|cost|charge)|at your (?:usual|standard|normal) rate)\b/,
];

const REASON = {
  en: 'Asks for more of a deliverable than agreed (a bigger count of pages, posts or items): the extra is outside the scope.',
  fr: 'Demande plus d’éléments que convenu (davantage de pages, de posts ou de pièces) : le surplus sort du périmètre.',
};

const LANGUAGE = String.raw`(?:english|french|german|spanish|italian|dutch|flemish|portuguese|arabic|chinese|mandarin|japanese|polish|russian|korean|swedish|danish|greek|turkish|welsh)`;

/** More languages than agreed: "we now need the report in both English and French". */
const moreLanguages = phraseRule({
  id: 'scope-creep/more-items',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: REASON,
  cue: /\b(?:now|also|too|as well|after all|actually)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?:now|also|actually|after all)\b[^.?!\n]{0,40}\b(?<phrase>in (?:both )?${LANGUAGE}(?:, ${LANGUAGE})* (?:and|&) ${LANGUAGE})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>in (?:both )?${LANGUAGE}(?:, ${LANGUAGE})* (?:and|&) ${LANGUAGE})\b(?=[^.?!\n]{0,30}\b(?:too|as well)\b)`,
    ),
  ],
  unless: UNLESS,
  examples: { fires: [], quiet: [] },
});

const findRaised = raisedCounts({
  lang: 'en',
  patterns: PATTERNS,
  notWork: NOT_WORK,
  notBefore: NOT_BEFORE,
  unless: UNLESS,
});

export default {
  id: 'scope-creep/more-items',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: REASON,
  find: (context) => [...findRaised(context), ...moreLanguages.find(context)],
  examples: {
    fires: [
      'Could we do ten product shots rather than six this time?',
      'Any chance of making it 8 newsletters instead of 5 for the quarter?',
      'We were thinking we could go from 3 to 5 explainer videos.',
      'The board wants twelve case studies, not eight.',
      'Turns out the manual is now needed in German and Italian.',
      'Could we bump it up to 12 illustrations?',
    ],
    quiet: [
      'Could we do two rounds instead of three to save time?',
      'Can we meet at 10 instead of 9 tomorrow?',
      'The target list is now firms of 50-400 staff instead of 10-100.',
      'Please filter for shops with 8–30 outlets rather than 2–6.',
      "We'd need it in 10 days rather than 7, is that ok?",
      'Please use 14 pt instead of 12 pt for the body text.',
      'Could you quote for 8 pages instead of 5?',
      'The header should say 2026 instead of 2025.',
      'Can we move the call from 2 to 4?',
      'We paid 400 instead of 350 because of the VAT.',
      'We have 12 people instead of 8 at the workshop.',
      'Our team works in English and French, as you know.',
      'Can we increase the order to 500 copies?',
      'Could you bump the body text up to 14 px?',
      'Please print and post the flyers, up to 30 if the printer allows, asap.',
    ],
  },
} satisfies Rule;
