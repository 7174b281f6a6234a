import type { Rule, RuleContext, RuleHit } from '../../rule.ts';
import { newestText } from '../shared/newest.ts';
import {
  endsBefore,
  phrases,
  findWithin,
  openedBy,
  PhraseList,
  phraseEnd,
  scanSpans,
  startsWithin,
  type Word,
} from '../shared/words.ts';

/*
 * New work tacked onto the job: an "also / too / as well" request for something to make
 * ("could you also write the press release", "make German versions too", "- also a FAQ page"),
 * more of a deliverable than agreed ("we'll need two extra pages"), or a new deliverable to add
 * ("add a blog section"). The vocabularies are word lists looked up word by word (see
 * shared/words.ts for why not one big pattern).
 */
const WORK = new PhraseList(`
  do, make, design, write, create, build, draft, produce, translate, shoot, photograph, film, record, set up, hook up,
  take over, taking over, look after, looking after, manage, managing, handle, handling, run, cover, help with,
  help us with, help me with, help out with, put together, knock up, knock together, knock out, whip up, chuck in,
  throw in, add, include, develop, code, implement, prepare, animate, illustrate, lay out, format, turn, convert,
  adapt, localise, localize, proofread, pick up, picking up, sort out, organise, organize, train, teach, host,
  moderate, redesign, mock up, come up with, sketch, draw, edit, migrate, install, maintain, be in charge of,
  take care of, do up, sit in on, sitting in on, join, attend, present, answer, reply to, respond to, deal with,
  dealing with, write up, research, source, brief, compile, assemble, optimise, optimize, audit, jot down,
  setting up, doing, making, designing, writing, creating, building, drafting, producing, translating, preparing,
  recording, filming, shooting, putting together, taking care of, sorting out, organising, organizing, developing,
  coding, throwing in, knocking up, whipping up, editing, look into, looking into, help us, help me, helping us, take on,
  taking on, chucking in, toss in, tossing in, sneak in, sneaking in, snap, take photos, take some photos,
  take a few photos, grab some photos, grab a few photos, grab some shots, take pictures, take some pictures, take a few pictures, take some shots, a hand, lend a hand,
  pitch in, squeeze in, squeezing in, fit in, slot in, be our photographer, be our videographer, be our designer,
  be our translator, be our host, be our mc, be our speaker, be our dj, be our moderator, be our community manager,
  be our webmaster, be our copywriter, find us, find me, track down, hunt down, scout out, dig up, facilitate,
  pull together, pulling together, bring across, bring over, bring them across, bring it across, bring those across,
  bring everything across, move them across, move it across, carry them across, carry it across
`);

/** Verbs that make something new, asked in the imperative after "also" ("also add a bulk import"). */
const MAKING = new PhraseList(`
  add, build, create, include, set up, implement, make, design, write, develop, code, translate, draw, prepare,
  put together, integrate, record, shoot, film
`);

/** A trip that opens an errand: "could you also drop by the warehouse and snap a few shots?". */
const ERRAND = new PhraseList(`
  drop by, pop by, swing by, stop by, pop into, pop in, pop over, pop round, head over, come by, nip over, drop in
`);

/** Verbs that carry their own "on top": "would you mind throwing in a pack of postcards?". */
const THROWN_IN = new PhraseList(`
  throw in, throwing in, chuck in, chucking in, toss in, tossing in, sneak in, sneaking in
`);

/** Reviewing is work too ("could you cast an eye over our handbook as well"), unless it is admin. */
const REVIEW = new PhraseList(`
  cast an eye over, cast your eye over, run an eye over, run your eye over, have a look at, take a look at,
  have a quick look at, take a quick look at, look over, look through, go over, go through, review, check over,
  give feedback on, weigh in on, give us your thoughts on, give your opinion on, sanity check
`);
const ADMIN = new PhraseList(`
  invoice, calendar, diary, availability, inbox, email, emails, e mail, message, messages, contract, quote, timeline,
  schedule, dates, attached, attachment, link, comments, feedback, notes, changes, edits, spam, account, payment,
  bank, details, address, proofs, proof, files, file, final, draft, version, mockup, mockups, design, designs
`);

const LANGUAGES = phrases(`
  english, french, german, spanish, italian, dutch, portuguese, arabic, chinese, mandarin, japanese, hindi, tamil,
  polish, russian, korean, flemish, swedish, danish, norwegian, finnish, greek, turkish, hebrew, welsh, irish
`);

const plural = (nouns: string[]): string[] =>
  nouns.flatMap((n) => [n, n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`]);

const DELIVERABLES = new PhraseList([
  ...plural(
    phrases(`
    page, section, logo, banner, flyer, poster, brochure, leaflet, video, clip, reel, post, story, newsletter,
    press release, deck, presentation, infographic, signature, template, website, site, app, feature, blog, faq,
    calculator, ad, campaign, label, menu, card, translation, guide, manual, course, training, workshop, photo, shot,
    headshot, description, article, report, summary, illustration, icon, animation, gif, mockup, mock up, wireframe,
    ticket, wristband, form, chatbot, dashboard, plugin, profile, email, script, caption, slide, one pager, sticker,
    t shirt, letterhead, catalogue, catalog, ebook, e book, white paper, whitepaper, case study, podcast, episode,
    thumbnail, trailer, teaser, alert, portal, client area, member area, customer area, login area, design system,
    style guide, ui kit, component library, booking system, tracking system, module, subtitle, version, account,
    channel, feed, interview, review, message, shop, store, listing, playlist, map, chart, table, language, locale, kit,
    media kit, press kit, pack, calendar, survey, questionnaire, poll, sell sheet, fact sheet, one sheet, spec sheet,
    data sheet, sheet, microsite, mini site, explainer, carousel, mailer, members area, members section, roll up banner,
    roll up, price list, private area, private zone, reseller area, partner area, trade area, download area, login page,
    journal, forum, gallery, wiki, lookbook, directory, job board, jobs board, message board, events board, text,
    notification, push notification, portrait, table of contents
  `),
  ),
  'merch',
  'packaging',
  'stationery',
  'social media',
  'live chat',
  'search',
  'payment',
  'newsletter signup',
  ...LANGUAGES,
]);

const REQUESTS = new PhraseList([
  ...['could', 'can', 'would', 'will', 'cld'].flatMap((m) => [`${m} you`, `${m} u`]),
  ...["we'd", "i'd", 'would'].flatMap((s) => [`${s} like`, `${s} love`, `${s} also like`, `${s} also love`]),
  'please',
  'pls',
  'kindly',
  'open to',
  'any way you',
  'is there any way',
  'up for',
  'willing to',
  'happy to',
  'able to',
  'if you can',
  'if you could',
  'it possible to',
  'it be possible to',
  'wondering if you',
  'wonder if you',
  'hoping you',
  'hoping you could',
  'maybe you could',
  'perhaps you could',
  'we need',
  'need you to',
  'i need',
  'any chance',
  'reckon you could',
  "you'll",
  'you will',
  'i assume you',
  "i'm sure you",
  'want you to',
  'would be great if you',
  'would be amazing if you',
  'would be ideal if you',
  'would be perfect if you',
  'would you mind',
  'request that you',
  'requests that you',
  'asks that you',
  'ask you to',
  'asks you to',
  'asked if you',
  'asks if you',
  'do you mind',
  'should take',
  'should be',
  "shouldn't take",
  "won't take",
  "wouldn't take",
  'should only take',
  'would only take',
  "we'll need you to",
  'we will need you to',
  'we also need you to',
  'we need you to',
  'you can also',
  'you could also',
  // Non-native and softened asks: "is possible you do also the flyer?", "you can make also the cover?".
  'possible you',
  'possible for you to',
  'possible that you',
  'you can',
  'you could',
  'a big ask to',
  'too much to ask to',
  // Formal Indian English: "also request you to prepare a FAQ page".
  'request you to',
  'requesting you to',
  'make sense for you to',
  'help us',
  'help me',
]);

/** "Also" and its kin: the mark of something added to what was asked before. */
const ALSO_BEFORE = new PhraseList(`
  also, oh and, btw, additionally, on top of, in addition to, as well as, besides, plus, by the way, on a side note,
  while i have you, whilst i have you, while we're at it, whilst we're at it, one more thing, another thing,
  one last thing, one more small thing, one more little thing, one more quick thing, one last small thing,
  another small thing, last thing, small extra, little extra, quick extra, oh also, separately, unrelated, as a bonus, as an extra, as a freebie
`);
const ALSO_AFTER = new PhraseList(`
  too, as well, also, alongside, on top, as a bonus, as an extra, as a freebie, for free
`);
/** What follows "too" or "as well" when it does not mean "in addition". */
const NOT_ALSO = new PhraseList(`
  late, early, much, many, soon, long, busy, small, big
`);

const NOUN_MARKERS = new PhraseList(`
  the, a, an, my, our, your, their, this, that, final, rough
`);
const NOT_WORK_AFTER = new PhraseList(`
  sure, it happen, it work, it through, a note, a decision, us for, me for, a call, a quick call, a meeting, a chat,
  a coffee, some time, time, a few minutes, me in, us in, me to, us to, me on, us on, when, whenever, the phone, calls,
  my calls, our calls
`);

const DETERMINERS = new PhraseList(`
  a, an, the, some, our, your, my, new, extra, another, two, three, four, five, a few, a couple of, few, couple of,
  more, additional, full, small, little, short, quick
`);
const ADD_DETERMINERS = new PhraseList(`
  a, an, the, some, new, extra, another, two, three, four, five, more, additional
`);
/**
 * Slipping verbs say themselves that the thing comes on top ("could you pop in a jobs page"), but only for a new
 * thing: "squeeze in the last 15 descriptions that day" schedules agreed work.
 */
const SLIPPED = new PhraseList(`
  pop in, slip in, stick in, bung in, tack on, whack in, squeeze in, sneak in, toss in, slip, squeeze, sneak
`);
const ADD = new PhraseList(`
  add, adding, build, create, set up, throw in, chuck in, pop in, slip in, stick in, bung in, tack on, whack in,
  squeeze in, sneak in, toss in, slip, squeeze, sneak, bolt, bolt on, tack, graft, graft on, stick on, glue on
`);
const WANT_ALSO = new PhraseList(`
  'd also like, we'd also like, i'd also like, would also like, we'd also love, i'd also love, would also love,
  would also need, we also need, i also need, would need also, we need also, need also, would like also, they also need, we also want, i also want, they also want, also need,
  also want, we too need, we need, we will need, we'll need, we would need, we'd need, i need, i will need, i'll need,
  going to need, going to want, gonna need, be needing, we require, could you do, can you do, also get, also have,
  also got, to have, be cool to have, asked for, asks for, is asking for, are asking for, be great to have,
  be nice to have, would love, would like, 'd love, 'd like, could we have, can we have, could we get, can we get,
  we'd like, i'd like, we'd love, i'd love, they'd like, they'd love, he'd like, she'd like
`);
/** Verbs that handle a deliverable that exists already. */
const SEEN = new PhraseList(`
  see, view, show, send, share, forward, check, approve, review, receive, print, sign, preview
`);
/** "Two extra pages", "a few more posts": more than agreed. */
const MORE = new PhraseList(`
  more, extra, additional, further, other
`);
const COUNTS = new PhraseList(`
  a, an, one, two, three, four, five, six, ten, a few, a couple of, some, several, few
`);
/** Words that end a noun phrase when walking back from its noun. */
const NOT_DESCRIBING = new PhraseList(`
  need, needs, want, wants, like, love, also, too, we, i, you, they, be, is, are, have, has, get, with, for, to, of,
  in, on, and, or, require, do, make, see, send, this, that, these, those, it, them
`);
const LINE_OPENERS = new PhraseList(`
  and, oh and, plus, also, additionally
`);

const PAID = String.raw`\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|(?:separate|new|additional) (?:invoice|fee|budget|po)|paid separately|at your (?:usual|standard|normal) rate|add it to (?:the|this month'?s|your|our|next) invoice|(?:let (?:me|us) know|tell (?:me|us)|send (?:me|us)|know) (?:the|your) (?:price|cost|rates?|fees?)|how much (?:it|this|that|they) (?:would|will) (?:cost|be)|(?:bill|charge) (?:us|me|it) (?:for|separately|as)|how much would)\b`;

const UNLESS = [
  new RegExp(PAID),
  // Work planned "down the line" is not asked for now.
  /\b(?:down the line|next year|in phase (?:2|two)|for phase (?:2|two)|later (?:this|next) year)\b/,
  /\b(?:thanks|thank you|loved|love)\b[^.?!\n]{0,20}\b(?:also|too)\b/,
  // Thanks for work already done: "thanks for adding the FAQ page".
  /\b(?:thanks|thank you|thx|cheers)(?: so much| again| a lot)? for [a-z]+ing\b/,
  // Making something bigger or warmer is a revision of it, not a new deliverable.
  /\b(?:bigger|smaller|larger|bolder|brighter|darker|lighter|shorter|longer|wider|narrower|instead)\b/,
  // "Also the steam, can you make it less": a new degree of what was made, a revision.
  /\bmake (?:it|them|this|that)(?: (?:a (?:bit|little|touch|tad|lot)|slightly|much))? (?:less|more)\b(?! (?:of them|copies|versions|posts|pages|videos|items)\b)/,
  // The thing already asked for, done unpaid, is rate pressure: "would you mind doing it as a favour rather than
  // invoicing it?".
  /\b(?:do|doing|handle|handling|fix|fixing) (?:it|that|this|them|those)(?: one| bit| part)? (?:as a (?:favou?r|goodwill gesture|freebie|gift)|rather than (?:invoicing|billing|charging)|instead of (?:invoicing|billing|charging)|without (?:invoicing|billing|charging))\b/,
  // Sharing a calendar or contact details is housekeeping, not a deliverable: "could you also share your calendar?".
  /\b(?:share|send|forward|give)\b (?:(?:me|us|them) )?(?:your|the) (?:calendar|diary|availability|schedule|contact details|details|address|phone number|number|timesheets?)\b/,
  // Paperwork is no deliverable: "could you also handle the invoice in euros?".
  /\b(?:invoices?|receipts?|purchase order|po number|bank details|expenses)\b/,
  // The delivered work handed over again: "a copy of the final report", "the logo files in PNG".
  /\b(?:cop(?:y|ies) of|(?:the|final|source|logo|print|open|working) files?|for (?:our|my) records)\b/,
  // A meeting held in another language is no translation: "could we have the call in French too?".
  /\b(?:calls?|meetings?|chats?|conversations?|sessions?|catch-?ups?|talks?|interviews?) in [a-z]+\b/,
  // "Run it past me" asks for approval; sending, checking or confirming is not new work.
  /\brun\b[^.?!\n]{0,30}\b(?:past|by) (?:me|us)\b/,
  // A meal together is no work: "you could also join the team for lunch".
  /\bjoin\b[^.?!\n]{0,20}\bfor (?:lunch|dinner|drinks|a drink|coffee|breakfast|a meal|the party)\b/,
  // A team ritual is availability, not a deliverable: "please also join our 9:30 standup every day".
  /\b(?:join|attend|sit in on|dial into|dial in to|hop on|be on)\b[^.?!\n]{0,25}\b(?:stand-?ups?|standup meetings?|daily|dailies|scrums?|retros?|retrospectives?|huddles?|syncs?|weekly|all-hands|team calls?|check-?ins?)\b/,
  // A report on the freelancer's own day is reporting (availability), not a deliverable.
  /\b(?:reports?|summar(?:y|ies)|recaps?|logs?|rundowns?|breakdowns?|timesheets?)\b[^.?!\n]{0,80}\b(?:what you(?:'ve| have)? (?:did|done|worked|spent|been)|your (?:hours|tasks|time|progress)|hours (?:you|spent|worked)|time (?:spent|taken)|how (?:long|many hours|much time))\b/,
  // A time-boxed event announced to a community: "jam this weekend: build a game in 48 hours".
  /\b(?:hackathons?|jams?|sprints?|challenges?|contests?|competitions?|bootcamps?|marathons?)\b[^.?!\n]{0,80}\bin (?:\d+|one|two|a single) ?(?:hours?|h|days?|weekend)\b/,
];

/** Before a work verb that reads as a past participle, these make it passive: "be set up", "get put together". */
const PASSIVE = new PhraseList(`
  be, been, being, get, gets, got, getting
`);

/** "Be set up", or the second of two passives: "you'll be added to Slack and set up on Harvest". */
function isPassive(words: readonly Word[], i: number): boolean {
  if (words[i]?.text.endsWith('ing')) return false;
  if (PASSIVE.has(words[i - 1])) return true;
  if (words[i - 1]?.text !== 'and') return false;
  for (let j = i - 2; j >= 0 && j >= i - 8 && words[j]?.clause === words[i]?.clause; j--)
    if (PASSIVE.has(words[j]) && words[j + 1]?.text.endsWith('ed')) return true;
  return false;
}

const isDigit = (w: Word | undefined): boolean => w !== undefined && /^\d+$/.test(w.text);
const opensClause = (words: readonly Word[], i: number): boolean =>
  i === 0 || words[i - 1]?.clause !== words[i]?.clause;
const sameClause = (words: readonly Word[], a: number, b: number): boolean => words[a]?.clause === words[b]?.clause;

/** How many words a review verb at `words[i]` takes when what it reviews is not admin (0: none). */
function reviewAt(words: readonly Word[], i: number): number {
  const length = REVIEW.matchAt(words, i);
  return length > 0 && !startsWithin(ADMIN, words, i + length, 3) ? length : 0;
}

/** A work verb asked for "also" / "too": the verb and its object. */
function alsoWork(words: readonly Word[], i: number, verbLength: number): [number, number] | null {
  if (NOUN_MARKERS.has(words[i - 1]) && sameClause(words, i - 1, i)) return null;
  if (NOT_WORK_AFTER.matchAt(words, i + verbLength) > 0) return null;
  // "You'll also be set up on our time-tracking tool": the freelancer is the one set up, onboarding, not new work.
  if (isPassive(words, i)) return null;
  // "Also add an export button": a making verb that opens the line after "also" is a request too.
  const alsoImperative = words[i - 1]?.text === 'also' && opensClause(words, i - 1) && MAKING.matchAt(words, i) > 0;
  if (
    !alsoImperative &&
    !endsBefore(REQUESTS, words, i, 6) &&
    !(endsBefore(REQUESTS, words, i, 10) && endsBefore(ERRAND, words, i, 6))
  )
    return null;
  const end = phraseEnd(words, i + verbLength - 1, 5);
  // "Throw in", "chuck in": the verb itself says the thing comes on top.
  if (THROWN_IN.matchAt(words, i) === verbLength) return [i, end];
  for (let j = i - 1; j >= 0 && j >= i - 14 && sameClause(words, j, i); j--) {
    if (ALSO_BEFORE.matchAt(words, j) > 0) return [i, end];
  }
  if (openedBy(ALSO_BEFORE, words, i)) return [i, end];
  const after = findWithin(ALSO_AFTER, words, i + verbLength, 12);
  if (after < 0) return null;
  const afterLength = ALSO_AFTER.matchAt(words, after);
  if (NOT_ALSO.has(words[after + afterLength]) && sameClause(words, after, after + afterLength)) return null;
  return [i, Math.max(end, after + afterLength)];
}

/** "Also, a short how-to video would be brilliant": a deliverable wished for in addition. */
const WOULD_BE_NICE = new PhraseList(`
  would be great, would be brilliant, would be amazing, would be ideal, would be handy, would be perfect,
  would be nice, would be lovely, would be helpful, would be useful, would be fab, would be awesome, would help,
  would be a great, would be a big help, would be a plus, would be really, would be so, would be super, would be very
`);

function wishedAlso(words: readonly Word[], start: number, end: number): [number, number] | null {
  const wish = findWithin(WOULD_BE_NICE, words, end, 6);
  if (wish < 0) return null;
  for (let j = start - 1; j >= 0 && sameClause(words, j, start); j--) {
    if (ALSO_BEFORE.matchAt(words, j) > 0) return [start, wish + WOULD_BE_NICE.matchAt(words, wish)];
  }
  return null;
}

/**
 * "Also the new banner has to be live": the deliverable is the subject of a state, not an item added
 * ("also the app must have dark mode" still adds a feature).
 */
const STATE = new PhraseList(`
  is, are, was, were, goes, looks, seems, got, went
`);
const MUST = new PhraseList(`
  has to, have to, needs to, need to, must, should, will, can, could
`);
function isStateOf(words: readonly Word[], end: number): boolean {
  if (!sameClause(words, end - 1, end)) return false;
  const must = MUST.matchAt(words, end);
  return STATE.has(words[end]) || (must > 0 && words[end + must]?.text === 'be');
}
/** The client as the one who builds: "so I can build the deck", "we'll add a page ourselves". */
const SELF = new PhraseList(`
  i, we, i'll, we'll, i'd, we'd
`);
const MODALS = new PhraseList(`
  can, could, will, would, should, shall, must, might, may
`);
function byTheClient(words: readonly Word[], verb: number): boolean {
  const before = words[verb - 1];
  if (before?.text === "i'll" || before?.text === "we'll") return true;
  return MODALS.has(before) && SELF.has(words[verb - 2]) && sameClause(words, verb - 2, verb);
}

/** A deliverable added: "- also a FAQ page", "we also need a teaser", "add a blog", "two extra pages". */
function addedDeliverable(words: readonly Word[], k: number): [number, number] | null {
  const clause = words[k]?.clause;
  let start = k;
  // Walk back over determiners, counts and up to two describing words.
  let described = 0;
  while (start > 0 && words[start - 1]?.clause === clause) {
    const before = words[start - 1];
    if (DETERMINERS.has(before) || isDigit(before)) start--;
    else if (described < 2 && !NOT_DESCRIBING.has(before) && !ADD.has(before) && !LINE_OPENERS.has(before)) {
      start--;
      described++;
    } else break;
  }
  const end = k + DELIVERABLES.matchAt(words, k);
  // How the deliverable is introduced, looking back from the words before it.
  for (let j = start - 1; j >= 0 && j >= start - 8 && words[j]?.clause === clause; j--) {
    const opensLine = opensClause(words, j) || (isDigit(words[j - 1]) && opensClause(words, j - 1));
    if (opensLine && LINE_OPENERS.matchAt(words, j) > 0 && j + LINE_OPENERS.matchAt(words, j) === start) {
      // "Also the new banner has to be live": the deliverable is the subject of a sentence, not an item added.
      if (isStateOf(words, end)) return null;
      return words[j]?.text === 'also' ||
        words[j + 1]?.text === 'also' ||
        words[j]?.text === 'plus' ||
        words[j]?.text === 'additionally'
        ? [j, end]
        : wishedAlso(words, start, end);
    }
    const addLength = ADD.matchAt(words, j);
    const added = ADD_DETERMINERS.has(words[start]) || isDigit(words[start]);
    const scheduled = SLIPPED.matchAt(words, j) > 0 && words[start]?.text === 'the';
    if (addLength > 0 && j + addLength === start && start < k && added && !scheduled && !byTheClient(words, j))
      return [j, end];
  }
  const wantAt = (() => {
    for (let j = start - 1; j >= 0 && j >= start - 6 && words[j]?.clause === clause; j--) {
      if (WANT_ALSO.matchAt(words, j) > 0) return j;
    }
    return -1;
  })();
  if (wantAt < 0) return wishedAlso(words, start, end);
  // Seeing or sending the deliverable adds nothing: "we'd also love to see the final brochure".
  if (words.slice(wantAt, k).some((w) => SEEN.has(w))) return null;
  // "We'd need the app on Android too": the addition may close a short complement.
  const alsoAfter = sameClause(words, end - 1, end) && findWithin(ALSO_AFTER, words, end, 3) >= 0;
  // "As a bonus, it'd be cool to have a template": the addition may open the clause.
  let alsoBefore = false;
  for (let j = Math.max(0, wantAt - 10); j < wantAt; j++)
    if (sameClause(words, j, wantAt) && ALSO_BEFORE.matchAt(words, j) > 0) alsoBefore = true;
  alsoBefore ||= openedBy(ALSO_BEFORE, words, wantAt);
  const wantsAlso =
    alsoAfter || alsoBefore || words.slice(wantAt, start).some((w) => w.text === 'also' || w.text === 'too');
  const between = words.slice(start, k);
  const more = between.some((w) => MORE.has(w)) && between.some((w) => COUNTS.has(w) || isDigit(w));
  return wantsAlso || more ? [wantAt, end] : null;
}

function findNewWork(context: RuleContext): RuleHit[] {
  return scanSpans(context, UNLESS, (words, i) => {
    const verbLength = WORK.matchAt(words, i) || reviewAt(words, i);
    const span = verbLength > 0 ? alsoWork(words, i, verbLength) : null;
    return span ?? (DELIVERABLES.matchAt(words, i) > 0 ? addedDeliverable(words, i) : null);
  });
}

// New work the client offers to pay for as such is a new order, not scope creep.
const PAID_ANYWHERE = new RegExp(PAID);

export default {
  id: 'scope-creep/also-new-work',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks for extra deliverables on top of the job: outside what was agreed, so quote them separately.',
    fr: 'Demande des livrables en plus de la mission : hors de ce qui était convenu, à chiffrer à part.',
  },
  find: (context) => (PAID_ANYWHERE.test(newestText(context)) ? [] : findNewWork(context)),
  examples: {
    fires: phrases(`
      Could you also write the press release for the launch?,
      Kindly also request you to draft the welcome letter for the new interns.,
      Also help us write the reminder texts for the appointment app as well.,
      We would need also the captions for the six product videos.,
      It'd make sense for you to also shoot the team portraits on the day.,
      While you're in town would you facilitate our partner workshop on Friday as well?,
      Could you also pull together a moodboard for the spare bedroom?,
      Could you bring them across into the new booking site too?,
      Reckon you could throw in a couple of social media banners as well?,
      Could you run your eye over our grant application too?,
      By the way could you put together a short onboarding guide?,
      One more thing - could you write the speaker bios?,
      Oh and a printable menu would be really handy too.,
      Could you also help us choose a venue for the launch?,
      Could you whip up a simple price calculator as a bonus?,
      We'd need the app to have a loyalty section too.,
      Our director asks that you design also the invitations.,
      As an extra it would be nice to have a short teaser for Instagram.,
      Would you be able to take on our newsletter as well?,
      Would it be possible for us to also get a press kit for the journalists?,
      Would you mind setting up our YouTube channel too?,
      Is it alright if we add a third language to the booking site?,
      We were wondering if you could translate the menu as well.,
      - also a newsletter template in the same style, Can you add a booking form and a blog section to the site?,
      It should only take you a minute to make Dutch and German versions too.,
      You'll also be looking after our LinkedIn page from next week.,
      We'll need two extra landing pages for the spring offers., 3) Also a small style guide for the interns,
      It would help if you could add a short feedback survey for our members.,
      Would you mind chucking in a few matching bookmarks?,
      Could we get the menu in Italian as well?,
      Perhaps you could also write the recipes for our blog.,
      One last thing: our distributors would love a fact sheet for each wine.,
      We're also going to need a microsite for the autumn launch.,
      We'll also be needing a short explainer video for the trade fair.,
      Could you also drop by the warehouse and snap a few shots of the team?,
      Is possible you make also the poster for the open day?,
      Could you also be our videographer at the summer fair?,
      One more small thing - could you knock together a menu card for the bar?,
      We'd need the booking site on tablets too.,
      On top of the catalogue - can you squeeze in a roll-up banner for the trade fair?,
      Would it be a big ask to add a members' area to the site?,
      You can also give the marketing folks a hand cleaning up their slides.,
      Could you pop in a jobs page with a little application form?,
      Can you slip a careers section into the site with a CV upload?,
      The client has asked for a downloadable price list on top of the brochure.,
      Could you sneak in a little FAQ section at the bottom?,
      Also a private area where stockists can log in and get the price list,
      Could you also find us a couple of printers who can do foil?,
      Also add a bulk import on the contacts screen.,
      We'd like a bulk upload feature as well.,
      Please bolt a members forum onto the club site.,
      Could you tack a jobs board onto the website?,
      Can u graft an events calendar onto the app pls?,
      Bolt on a small shop to the portfolio with a page per print size.,
      We'd like you to bolt a press gallery onto the homepage.
    `),
    quiet: [
      'Could you also share your availability for March with me?',
      'Can you also send me your contact details for the supplier list?',
      "Please let me know the price. I'd also need a printed copy posted to me.",
      "How much would it cost? We'd also need the subtitles in Welsh.",
      'Please also pick up whenever the studio rings during the day.',
      "I'd also like you to answer the phone whenever a buyer calls.",
      'Also, from Monday please join our 9:30 standup every day.',
      'You should also attend the weekly sync with the sales team.',
      'Also the fog effect, could you make it a bit less? Looks too thick.',
      'Also the table of contents has to be updated with the new chapter names.',
      'Could you also find the invoice from March in your inbox?',
      'Could you pop in on Tuesday to go over the plan?',
      "We'll slip in a careers page ourselves next year.",
      'The client wants a short video for the launch.',
      'Could you squeeze in the last 15 product descriptions on Thursday?',
      'He wants the other one from the first version on page 5.',
      'Could you also send me the invoice?',
      'Could you also squeeze in a quick call on Friday?',
      'You can send me the files too, whenever they are ready.',
      'It would be lovely if you could also join us for dinner.',
      "We're also going to need the final files by Friday.",
      'You can also pop by the office if you want to chat.',
      'Can you also tell me which day suits you to shoot the video we agreed on?',
      'You could also join the team for lunch on Friday.',
      "We'd like to add a blog down the line, could you send us a quote?",
      'Could you also make sure the files are print-ready?',
      'Thanks also for the quick turnaround!',
      'Please also run the dates past me before booking.',
      'We need the final pages by Friday.',
      'To add this widget to your home page, click Settings.',
      'Thanks so much for adding the map page, it works well.',
      'Could you also handle the invoice in dollars?',
      'Untested, but it may be possible to do this in one step too.',
      'Could you also have a look at the invoice I forwarded?',
      'By the way, could you take a look at your calendar for March?',
      'If you could also check the attached proofs, that would help.',
      'One more thing: we would love a copy of the final report for our records.',
      'Could you throw in your bank details with the invoice?',
      'Could we have the call in French too? My colleague prefers it.',
      "We'd also love to see the final brochure before it goes to print.",
      'Could we get the files in German as well as English? Thanks for translating them.',
      'Also: the team would love the final logo files in PNG.',
      'So I can build the slides tonight once you send the numbers.',
      'Also the new poster has to be at the printer by noon.',
      '- also the landing page is slow on my phone',
      'Also add me in cc when you reply to the printer.',
      'From Monday I would also like a nightly recap listing what you got done and your hours.',
      'Autumn challenge, 4-5 October: design a card game in 48 hours, drinks on us.',
      "You'll also be set up on our expense tool from Monday.",
      'You will be set up with a company email address too.',
      "You'll be added to our Slack and set up on Harvest as well.",
      'Also you will get set up with a VPN account on day one.',
      'Also, since it is tiny, could you do it as a favor rather than billing it?',
      'Also could you handle that bit as a goodwill gesture instead of invoicing us?',
      'Oh and would you be ok doing those without invoicing them, given the mix-up?',
      'The shelves were bolted onto the wall by the builders.',
      'They tacked a note onto the door for the courier.',
    ],
  },
} satisfies Rule;
