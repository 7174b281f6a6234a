import { phraseRule } from '../../phrase-rule.ts';
import { CLIENTS_OWN_EN } from '../shared/clients-own-en.ts';
import { clauseBudget } from '../shared/clause-budget.ts';
import { EXTRA_VERSION_EN } from '../shared/extra-version.ts';
import type { PhraseRuleSpec, Rule, RuleHit } from '../../rule.ts';
import { newestText } from '../shared/newest.ts';
import { sentenceAt } from '../../sentences.ts';
import { isNotDeliverable } from '../shared/not-deliverable.ts';
import { besideWorkingArrangements } from '../shared/working-arrangements.ts';
import { OWN_SIDE_DOER } from '../shared/own-side-doer.ts';
import { wishedLooks } from '../shared/wished-look.ts';
import {
  endsBefore,
  keepHit,
  mentions,
  PhraseList,
  phrases,
  phraseEnd,
  startsWithin,
  wordsOf,
  type Word,
} from '../shared/words.ts';

/*
 * A change verb on its own is everywhere in business mail ("change of plan", "we changed banks");
 * what marks a revision request is the verb governed by a request ("could you swap…", "please
 * lose…"), an imperative opening a line or bullet, a wish for a visual quality ("the phone number
 * should be bigger"), or a terse list of such wishes after a colon ("logo bigger, a darker blue").
 */
const VERBS = new PhraseList(
  phrases(`
    change, swap, swap out, switch, replace, redo, re-do, rework, re-work, rewrite, re-write, reword, re-word,
    rephrase, re-edit, reedit, retouch, tweak, adjust, amend, alter, modify, revise, resize, re-size, enlarge, shrink,
    shorten, lengthen, tighten, loosen, crop, recrop, re-crop, recolour, recolor, remove, delete, trim, brighten,
    darken, lighten, soften, sharpen, redraw, rerender, re-render, recut, re-cut, reshoot, re-shoot, reexport,
    re-export, reorder, rearrange, re-arrange, flip, match, nudge, rectify, move, shift, bump, lose, drop, ditch, cut,
    take out, get rid of, tone down, warm up, put back, bring back, reduce, increase, decrease, slow down, speed up,
    enlarge, realign, align, fix up, scale, resize, rerecord, re-record, redub, re-dub, revoice, re-voice, retake,
    re-take, refilm, re-film, remix, re-mix, remaster, re-master, re-sing, renarrate, re-narrate,
    restructure, re-structure, reorganise, reorganize, re-organise, re-organize, rerun, re-run, reissue, re-issue,
    redraft, re-draft, reformat, re-format, recalculate, re-calculate, recompute, regroup, re-group, reshuffle,
    relabel, re-label, retitle, re-title, reframe, re-frame, rebalance, re-balance, rejig, re-jig, revert, re-sort, resort,
    re-sequence, resequence, re-grade, regrade, re-animate, reanimate, re-time, retime, repaint, re-paint, restyle,
    re-style, replot, re-plot, re-layout, redesign, re-design, rebuild, re-build, refresh, rewire, do again,
    make again, write again, record again, shoot again, draw again, film again, edit again, thicken, fatten, whiten,
    airbrush, desaturate, saturate, cool, warm, boost, turn up, turn down, re-sync, resync, resynchronise, resynchronize, smooth, straighten,
    even out
  `).flatMap((v) => [v, `${v} up`, `${v} down`, `${v} out`, `${v} back`]),
);

/** Gerunds after "how about", "thoughts on", "would you mind": "thoughts on toning it down?". */
const GERUNDS = new PhraseList(
  phrases(`
    toning, changing, swapping, moving, cutting, trimming, adjusting, tweaking, replacing, removing, shortening,
    softening, lightening, darkening, dropping, reworking, redoing, rewriting, cropping, resizing, flipping, nudging,
    shifting, brightening, simplifying, enlarging, shrinking, reducing, increasing, rewording, rephrasing, swapping,
    restructuring, reorganising, reorganizing, rerunning, redrafting, reformatting, recalculating, reverting,
    re-recording, rerecording, re-shooting, reshooting, re-voicing, revoicing, re-cutting, recutting, re-editing
  `).flatMap((g) => [g, `${g} up`, `${g} down`, `${g} out`, `${g} back`]),
);

/** A word before the verb that makes it a noun: "the change", "a rough cut", "the director's edit". */
const NOUN_MARKERS = new PhraseList(`
  the, a, an, this, that, these, those, my, our, your, their, his, her, its, rough, final, first, last, quick, small,
  minor, big, any, no, each, every, one, another, director*, new, price, rate, job, budget, team, staff, shift
`);

/** Opens a request a few words before the verb. */
const REQUESTS = new PhraseList([
  ...['could', 'can', 'would', 'will', 'cld'].flatMap((m) => [`${m} you`, `${m} u`, `${m} we`]),
  ...["i'd", "we'd", "they'd", "he'd", "she'd", 'would'].flatMap((s) =>
    ['like', 'love', 'prefer', 'rather'].map((v) => `${s} ${v}`),
  ),
  ...['like', 'likes', 'love', 'loves', 'prefer', 'prefers'].flatMap((v) => [`${v} to`, `${v} if`]),
  ...['want', 'wants', 'need', 'needs'].flatMap((v) => [`${v} to`, `${v} you to`]),
  'please',
  'pls',
  'plz',
  'kindly',
  'has to',
  'have to',
  "let's",
  'lets',
  'maybe',
  'perhaps',
  'how about',
  'thoughts on',
  'how do you feel about',
  'what about',
  'any chance',
  'if you could',
  'if we could',
  'if you can',
  'if we can',
  "if you don't mind",
  'would you mind',
  'do you mind',
  'you can',
  'you could',
  'possible to',
  'same for',
  'time to',
]);

/** Words that may stand between the start of a line or bullet and an imperative. */
const FILLERS = new PhraseList('and, also, then, just, oh, ok, okay, so, plus, ps, o');
const JOINERS = new PhraseList('and, then, also, plus');

const DETERMINERS = new PhraseList(`
  the, it, them, this, that, those, these, our, their, his, her, its, all, every, some, my, both, each, one, a, an
`);

const WORK_NOUNS = new PhraseList([
  ...['colour', 'color', 'font', 'image', 'photo', 'picture', 'slide', 'page', 'caption', 'mockup', 'mock up'].flatMap(
    (n) => [n, `${n}s`],
  ),
  'size',
  'text',
  'title',
  'headline',
  'logo',
  'background',
  'position',
  'layout',
  'button',
  'banner',
  'tagline',
  'wording',
  'heading',
  'section',
  'paragraph',
  'intro',
  'outro',
  'ending',
  'chapter',
  'header',
  'footer',
  'menu',
  'cover',
  'icon',
  'video',
  'music',
  'soundtrack',
  'voiceover',
  'voice over',
  'copy',
  'draft',
  'version',
  'design',
  'artwork',
  'graphic',
  'graphics',
  'subtitles',
  'animation',
  'transition',
  'spacing',
  'margins',
  'border',
  'frame',
  // Recorded work: "re-record lines 4 to 6", "retake the second verse".
  ...['line', 'take', 'verse', 'scene', 'shot', 'sentence', 'part', 'track', 'vocal'].flatMap((n) => [n, `${n}s`]),
  // Course material: "rework module 2", "simplify the quiz in lesson 3".
  ...['module', 'lesson', 'handout', 'workbook'].flatMap((n) => [n, `${n}s`]),
  'quiz',
  'quizzes',
  'chorus',
  'narration',
  'script',
]);

/** What follows a work noun when it is the subject, not the object: "change the font is fine". */
const COPULAS = new PhraseList('is, are, was, were, looks, look');

// Changing a meeting, a password, a fee or a delivery date is not rework.
const NOUN_AFTER = new PhraseList('of, in, log, request, requests, order, orders, management, history');
const NOT_WORK = new PhraseList(`
  meeting, meetings, call, calls, appointment, appointments, reservation, flight, hotel, password, login, deadline, due date, kickoff, kick off,
  calendar, dinner, lunch, subscription, settings, preferences, fee, fees, surcharge, charge, price, prices, rate,
  rates, your email, your e mail, your address, your account, copies, me from, us from, my name from, this email,
  this message, budget, cost, invoice, bill, amount, total, date, dates, time, times, slot, slots, deadlines, bank,
  banks, backup, backups, payroll, payment, payments, transfer, transfers, order, orders
`);

const UPDATE_OBJECTS = new PhraseList(`
  translation, text, copy, design, draft, mockup, mockups, layout, visuals, artwork, banner, banners, flyer, flyers,
  poster, posters, brochure, slide, slides, deck, logo, website, site, page, pages, photo, photos, image, images,
  graphics, menu, video, edit, cut, subtitles, captions, label, labels, file, files, version, report, reports,
  presentation, analysis, chart, charts, graph, graphs, table, tables, dashboard, figures, script, voiceover, exercises
`);
const UPDATE_DETERMINERS = new PhraseList('the, your, our, this, that, those, these');

/** "Make it bigger", "make the logo pop more"… */
const QUALITIES = new PhraseList(`
  bigger, smaller, larger, bolder, brighter, darker, lighter, warmer, cooler, shorter, longer, wider, narrower,
  thicker, thinner, punchier, simpler, cleaner, clearer, tighter, bold, softer, sharper, calmer, heavier, slower,
  faster, louder, quieter, higher up, lower down, italic, centered, centred, more visible, more readable,
  more prominent, more subtle, more modern, more colourful, more colorful, more playful, more serious, more formal,
  more friendly, more elegant, more vibrant, more spaced, more separated, more compact, more dark, more light,
  more bright, more big, more bigger, more small, more smaller, more professional, less busy, less cluttered,
  less formal, less corporate, less bright, less dark, more contrast, less contrast, more space, less space,
  more professional, more premium, more fun, more punchy, more upbeat, more natural, whiter, bluer, greener, redder,
  smoother, slimmer, straighter, crisper, richer, paler
`);

const MAKE = new PhraseList('make');

/** Words that soften a comparative: "make it a bit chunkier", "a shade lighter". */
const SOFTENERS = new PhraseList('bit, touch, tad, shade, notch, hair, smidge, little, slightly, fraction');
/** Words in -er that are no comparative of a look, or compare a date or a price: "make it a bit later". */
const NOT_COMPARATIVE = new PhraseList(`
  other, over, under, after, ever, never, rather, together, either, whether, later, earlier, sooner, cheaper, easier,
  paper, number, order, offer, answer, water, poster, letter, folder, banner, cover, header, footer, flyer, sticker
`);
/** What "more" or "less" asks for when it is not a look: "make it more affordable", "make more sense". */
const NOT_A_LOOK = new PhraseList(`
  money, time, sense, sales, people, clients, customers, work, effort, affordable, expensive, cheap, profitable,
  efficient, productive, of, than, and, or, often, regularly, frequently, posts, videos, content, pages, items
`);

/**
 * A new look asked after "make" and its object: "make it less loud", "the steam, can you make it less", "make the
 * sheaf a bit chunkier" (any comparative after a softener, not only the listed ones).
 */
function wishedLook(words: readonly Word[], k: number): boolean {
  const word = words[k];
  const after = words[k + 1];
  const sameClause = after !== undefined && after.clause === word?.clause && !after.afterComma;
  if (word?.text === 'more' || word?.text === 'less') return !sameClause || !NOT_A_LOOK.has(after);
  return SOFTENERS.has(word) && sameClause && /^[a-z]{3,}i?er$/.test(after.text) && !NOT_COMPARATIVE.has(after);
}
const USE = new PhraseList('use');
const UPDATE = new PhraseList('update');
const PUT = new PhraseList('put');
const USE_ADJECTIVES = new PhraseList(`
  different, softer, lighter, darker, bigger, smaller, bolder, warmer, cooler, other, another, brighter, thinner,
  thicker
`);
const MONEY = new PhraseList('price, rate, fee, cost, budget, invoice, bill, amount, total');

/** Whether the change verb at `words[i]` is opened by a request, a line, a bullet or "…, and". */
function opened(words: readonly Word[], i: number): boolean {
  if (endsBefore(REQUESTS, words, i, 8)) return true;
  let j = i;
  while (j > 0 && words[j - 1]?.clause === words[i]?.clause && FILLERS.has(words[j - 1])) j--;
  const first = words[j] as Word;
  if (j === 0 || words[j - 1]?.clause !== first.clause) return true;
  if (j < i && first.afterComma && JOINERS.has(first)) return true;
  return namedFirst(words, j);
}

/**
 * An imperative after the element it changes, named first and set off by a comma: "the lamp, make it bigger",
 * "the steam, can you make it less". Only a short noun phrase opening the clause counts as such a topic.
 */
function namedFirst(words: readonly Word[], j: number): boolean {
  if (!words[j]?.afterComma) return false;
  let start = j - 1;
  while (start > 0 && words[start - 1]?.clause === words[j]?.clause) start--;
  return j - start <= 4 && DETERMINERS.has(words[start]);
}

/** Where the changed object ends if what follows the verb (of `verbLength` words) is work, else -1. */
function objectEnd(words: readonly Word[], i: number, verbLength: number): number {
  const verb = words[i] as Word;
  const next = i + verbLength;
  const sameClause = (k: number): boolean => words[k]?.clause === verb.clause && !words[k]?.afterComma;
  if (!sameClause(next)) return -1;
  if (NOUN_AFTER.has(words[next]) || startsWithin(NOT_WORK, words, next, 5)) return -1;
  if (isNotDeliverable('en', words, next)) return -1;
  if (MONEY.has(words[next]) || (DETERMINERS.has(words[next]) && MONEY.has(words[next + 1]))) return -1;
  const end = phraseEnd(words, next - 1, 5);
  if (UPDATE.matchAt(words, i)) {
    return UPDATE_DETERMINERS.has(words[next]) && UPDATE_OBJECTS.has(words[next + 1]) ? end : -1;
  }
  if (USE.matchAt(words, i)) {
    const k = words[next]?.text === 'a' || words[next]?.text === 'the' ? next + 1 : next;
    return sameClause(k) && USE_ADJECTIVES.has(words[k]) ? end : -1;
  }
  if (MAKE.matchAt(words, i)) {
    // The look comes after an object ("make it more…"), not straight after the verb ("make more posts").
    const object = DETERMINERS.has(words[next]);
    for (let k = next; k < next + 8 && sameClause(k); k++) {
      if (QUALITIES.matchAt(words, k) || (object && k > next && wishedLook(words, k))) return end;
    }
    return -1;
  }
  if (STRICT_VERBS.matchAt(words, i) === verbLength) return reworksDelivered(words, next) ? end : -1;
  for (let k = next; k <= next + 2 && sameClause(k); k++) {
    const nounLength = WORK_NOUNS.matchAt(words, k);
    if (nounLength > 0) return COPULAS.has(words[k + nounLength]) ? -1 : end;
  }
  if (PUT.matchAt(words, i)) return -1;
  if (retouchedPart(words, next)) return end;
  return DETERMINERS.has(words[next]) || /^\d/.test(words[next]?.text ?? '') ? end : -1;
}

const CHANGE_VERB_START = new PhraseList([...['make', 'use', 'update', 'put']]);

/*
 * Rework verbs that also run builds, tests, teams and files ("rebuild the project", "rerun the test suite",
 * "reorganise the files", "rebalance the workload"): they count only on a delivered document, analysis or recording.
 */
const STRICT_VERBS = new PhraseList(`
  restructure, re-structure, reorganise, reorganize, re-organise, re-organize, rerun, re-run, reissue, re-issue,
  reformat, re-format, recalculate, re-calculate, recompute, regroup, re-group, reshuffle, relabel, re-label, retitle,
  re-title, reframe, re-frame, rebalance, re-balance, rejig, re-jig, revert, re-sort, resort, re-sequence, resequence,
  re-grade, regrade, re-time, retime, restyle, re-style, replot, re-plot, re-layout, redesign, re-design, rebuild,
  re-build, refresh, rewire, restructuring, reorganising, reorganizing, rerunning, reformatting, recalculating,
  reverting, do again, make again, write again, record again, shoot again, draw again, film again, edit again,
  re-sync, resync, resynchronise, resynchronize, smooth, smooth out, smooth over, straighten, straighten out,
  straighten up, even out, cool, cool down, warm, boost, boost up, turn up, turn down
`);
const REWORKED = new PhraseList(`
  report, reports, deck, decks, presentation, presentations, analysis, analyses, chart, charts, graph, graphs, table,
  tables, figures, numbers, regression, model, simulation, survey, results, findings, summary, conclusion, module,
  modules, lesson, lessons, quiz, quizzes, workbook, handout, handouts, course, curriculum, syllabus,
  introduction, intro, chapter, chapters, section, sections, slides, slide, exercises, handbook, guide, manual,
  course, module, modules, brochure, leaflet, flyer, poster, banner, carousel, layout, design, page, pages, website,
  landing page, homepage, logo, palette, colours, colors, video, teaser, trailer, edit, cut, episode, podcast,
  recording, voiceover, voice over, track, mix, script, copy, text, article, post, posts, newsletter, emails, email,
  visual, visuals, render, renders, mockup, mockups, mock up, illustration, illustrations, drawing, drawings, plan,
  plans, floor plan, map, infographic, diagram, timeline, pie charts, bar charts, white paper, whitepaper, ebook,
  catalogue, catalog, menu, label, labels, packaging, headline, headlines, titles, title, dashboard, pivot tables,
  subtitles, captions, audio, soundtrack, photo, photos, image, images, picture, pictures, portrait, portraits,
  headshot, headshots, background, skin, hair, horizon, shadows, highlights, tones, lines, strokes, outlines, sound,
  audio, volume, voice, levels, vocals, bass, saturation, contrast, music, it, them
`);

/** Parts of a person retouched on a photo: "whiten Ben's shirt", "smooth out Lucy's jacket". */
const PORTRAIT_PARTS = new PhraseList(`
  face, faces, eyes, skin, hair, teeth, smile, cheeks, chin, forehead, shirt, jacket, collar, tie, dress, glasses
`);

/** Whether a named person's part follows, as retouching lists name it: "Ben's shirt", "Anna's eyes". */
function retouchedPart(words: readonly Word[], next: number): boolean {
  const owner = words[next];
  return (
    /^[a-z]+'s$/.test(owner?.text ?? '') &&
    words[next + 1]?.clause === owner?.clause &&
    PORTRAIT_PARTS.has(words[next + 1])
  );
}

/** Whether a delivered piece of work stands within the first words after a strict rework verb. */
function reworksDelivered(words: readonly Word[], next: number): boolean {
  const clause = words[next - 1]?.clause;
  for (let k = next; k <= next + 3 && words[k]?.clause === clause; k++) if (REWORKED.matchAt(words, k) > 0) return true;
  return false;
}

/** What silences a change verb in its sentence; another version on top is checked on the verb's own span instead. */
const UNLESS_BESIDE_VERSION = [
  // A fault in what was delivered is warranty work, not a new round.
  /\b(?:broken(?! down)|bugs?|error|crash(?:es|ing)?|not working|doesn'?t work|isn'?t working|stopped working|won'?t load|not loading|not sending)\b/,
  // The client doing it themselves, or a change that may never be asked for.
  /\b(?:ourselves|myself|themselves|in-house)\b/,
  // Someone on the client's side doing it with the work: "our web person wants to match it on the site".
  OWN_SIDE_DOER.en,
  /\b(?:reschedule|postpone|meeting|appointment)\b/,
  // Moving a shoot or a session to another day is rescheduling: "could we move the shoot of the bridge to Tuesday?".
  /\b(?:move|moving|shift|shifting|push|pushing|bump|bumping|bring|bringing)\b[^.?!\n]{0,50}?\b(?:(?:to|till|until) (?:either )?(?:next |this |the following |the )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:to|until|till) (?:next|the following) (?:week|month)|to (?:tomorrow|later|the \d{1,2}(?:st|nd|rd|th)?)|(?:back|forward) (?:a|one|two|three|\d) (?:days?|weeks?))\b/,
  // Filing is not rework: "move the photos to the new Dropbox folder".
  // Handing files over is delivery too: "drop the raw files from the shoot into the Dropbox".
  /\b(?:move|moving|transfer|copy|shift|switch|put|drop|dropping|pop|popping|upload|uploading|stick|chuck|dump|stash)\b[^.?!\n]{0,60}\b(?:to|into|onto|in|on) (?:the |our |your |a |my |this |that )?(?:new |shared |common |usual |client |project |team )?(?:drive|google drive|folder|dropbox|server|cloud|repo|repository|archive|inbox|ftp|onedrive|sharepoint|wetransfer|workspace|slack|teams|box|gdrive)\b/,
  // More items than agreed is scope, not rework: "can we bump it to 8 videos?".
  /\b(?:bump|increase|raise|up) (?:it|that|this|them)(?: up)? to \d+ [a-z]+s\b/,
  /\b(?:if|in case|should) (?:we|you|they|the client|anything|there)\b[^.?!\n]{0,30}\b(?:need|want|have)s?\b/,
  /\bany (?:further |more |other |last[- ]minute )?(?:changes|edits|tweaks|amends)\b/,
  // Priority is not a change: "bump the blog post to the top of your pile".
  /\b(?:to|at|on) the (?:top|front|head) of (?:your|the|my|our) (?:pile|list|queue|stack|inbox|to-?do(?: list)?|priorities)\b/,
  // A quote is paperwork, not delivered work: "please revise the quote", "your revised quote".
  /\b(?:revise|revised|revising|update|updated|amend|amended|adjust|adjusted) (?:the |your |our |this |that )?(?:quote|quotation|estimate|proposal|offer|invoice)\b/,
  // Storage and code get deleted and moved too: "you can delete the keys in the bucket one at a time".
  /\b(?:bucket|buckets|api(?! (?:docs?|documentation|guides?|quickstart|reference|keys|examples?|samples?|sections?|pages?|tutorials?))|database|db|server|servers|cache|repo|repository|branch|commit|cluster|instance|query|queries|keys in)\b/,
  // Supplied material put into unfinished pages is no rework: "could you drop them into the two remaining slides?".
  /\b(?:drop|pop|slot|plug|paste|put|insert|add|stick) (?:them|these|those|it|this|the (?:new |revised |updated |attached |final )?(?:figures|numbers|data|stats|quotes?|text|copy|photos?|images?))\b (?:in|into|onto|on) (?:the |our )?(?:(?:two|three|four|last|remaining|empty|blank|spare|new|final|other|placeholder) )+(?:slides?|pages?|sections?|placeholders?|boxes|templates?|frames?|spots?|spaces?|gaps?)\b/,
  // "Drop a line / a note / us a message" is posting, not removing anything.
  /\bdrop(?:ping)? (?:me |us |him |her |them |everyone |the team )?(?:a |an )?(?:quick |short |brief )?(?:line|note|message|msg|email|e-mail|mail|comment|reply|word|text|dm|ping)\b/,
  // Matching a price is rate pressure: "another studio quoted 900, could you match that?".
  /\bmatch (?:(?:that|this|it|them)(?: (?:going forward|from now on|for (?:the )?(?:next|future|coming) [a-z]+|next time|too|as well|please))?\s*(?:[?.!,]|$)|(?:the |their |our |his |her |that |this )?(?:(?:lower|other|cheaper|competitor'?s?) )?(?:price|rate|offer|quote|fee|budget|amount|figure)s?\b)/,
  /\b(?:don'?t|do not|never|not to|no need to)\s+(?:\w+\s+)?(?:change|swap|switch|replace|redo|rework|rewrite|touch|alter|modify|move|remove|delete|edit|tweak|adjust|cut|drop)\b/,
  // Moving records from one system to another is a migration, not rework: "move our subscribers over from the old list".
  /\b(?:move|moving|migrate|migrating|transfer|transferring|port|porting|shift|shifting|copy|copying|bring|bringing)\b[^.?!\n]{0,50}?\b(?:contacts|subscribers|mailing list|email list|records|customers|members|accounts|bookings|orders|emails|mailboxes|users|listings|data)\b(?! (?:section|page|block|grid|box|form|panel|bar|area|slide|table|chart)s?\b)[^.?!\n]{0,30}?\b(?:from|over|across)\b/,
  // Dropping files in by a time is handing them over: "drop them in by noon", "pop it over within the hour".
  /\b(?:drop|dropping|pop|popping|stick|sticking|chuck|send|sending) (?:them|it|these|those|this|that|the files?|the fonts?|the exports?) (?:in|over|off|across)\b[^.?!\n]{0,10}?\b(?:within|by|before|asap|today|tonight|now|first thing|as soon|when)\b/,
  // The client's own material, not the work delivered (shared/clients-own-en.ts).
  CLIENTS_OWN_EN,
  // An effort compared, not a look wished: "it should be more editing than writing".
  /\b(?:more|less) [a-z]+ing than [a-z]+ing\b/,
];

const UNLESS = [
  // Another version made on top of the job is new work (scope creep): "could you also cut a vertical version?".
  ...EXTRA_VERSION_EN,
  ...UNLESS_BESIDE_VERSION,
];

/**
 * Whether another version asked on top covers the change found at `hit`: "shorten the video to 30 seconds and also
 * cut a vertical version" keeps the shortening, "could you also cut a vertical version?" is new work.
 */
function extraVersionAt(context: Parameters<Rule['find']>[0], hit: RuleHit): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const text = context.text.slice(sentence.start, sentence.end);
  return EXTRA_VERSION_EN.some((pattern) => {
    const match = pattern.exec(text);
    if (!match) return false;
    const start = sentence.start + match.index;
    return start < hit.end && start + match[0].length > hit.start;
  });
}

// Paperwork and accounts change too ("the invoice should say…", "your profile needs updating"): not rework.
const ADMIN =
  /\b(?:contract|invoice|bill|receipt|quote|purchase order|terms|policy(?! (?:text|wording|copy|content|pages?|slides?|module|section))|password|details|address|booking|reservation|calendar|date|profile|portal|account|records|software|browser|certificate|licen[cs]e|insurance|form|reply|email)\b/;

/*
 * A first enquiry ("we'd like to redo our leaflets, could you send your rates?") describes new
 * work to quote, not changes to something delivered. Rates named in passing ("given your rates, this should be
 * included", "your rates went up") are no enquiry.
 */
const ENQUIRY =
  /\b(?:(?:send|share|give|tell|forward|attach|see|get|quote|check|confirm|let (?:me|us) know|what are|what's|what is|interested in|ask(?:ing)? (?:for|about)|know) (?:me |us )?(?:all |also )?your (?:rates|pricing|price list|fees|availability)(?! (?:went|have|has|are|were|is|go|gone|rose|increased)\b)|(?:send|give|quote) (?:me|us) (?:a|your) (?:quote|price|estimate)|(?:a|your) (?:rough )?(?:quote|estimate) for|what (?:would|will|does|might) (?:it|that|this|the job) cost|what do you charge|how much (?:would|will|do) you charge|recommended you|gave me your (?:e-?mail|details|number|name)|referred (?:me|us) to you)\b/;

/** Change verbs opened by a request, a line or a bullet, with work as their object. */
function findChangeVerbs(context: Parameters<Rule['find']>[0]): RuleHit[] {
  const words = wordsOf(context);
  const hits: RuleHit[] = [];
  const mayTry = clauseBudget();
  for (let i = 0; i < words.length; i++) {
    const verbLength = VERBS.matchAt(words, i) || CHANGE_VERB_START.matchAt(words, i) || GERUNDS.matchAt(words, i);
    if (verbLength === 0) continue;
    if (NOUN_MARKERS.has(words[i - 1]) && words[i - 1]?.clause === words[i]?.clause) continue;
    if (!opened(words, i)) continue;
    const end = objectEnd(words, i, verbLength);
    if (end < 0) continue;
    const hit = { start: (words[i] as Word).start, end: (words[end - 1] as Word).end };
    if (!mayTry(words[i] as Word)) continue;
    if (keepHit(context, hit, UNLESS_BESIDE_VERSION) && !extraVersionAt(context, hit)) hits.push(hit);
    i = end - 1;
  }
  return hits;
}

/** A delivered layout turned or spaced otherwise: "the wall turned 45 degrees", "the tables spread further apart". */
const LAYOUT_CHANGE = String.raw`(?:(?:turned|rotated|angled|tilted|spun)(?: (?:by|about|around))? (?:\d{1,3} ?(?:degrees|°)|(?:a )?quarter turn)|(?:turned|rotated|angled|swung) (?:round |around )?(?:so (?:it|they) faces?|to face)|(?:spread|spaced|set|pushed|pulled|moved|placed|positioned|laid)(?: out)? (?:a (?:bit|little|touch|tad) |slightly |much )?(?:(?:further|farther|more|closer|wider)(?: out)? (?:apart|together|from (?:each other|one another))|(?:closer|nearer) to (?:the|our|each)))`;

const PARTICIPLE = String.raw`(?:${LAYOUT_CHANGE}|cut down|cut|nudged|bumped up|changed|swapped|switched|replaced|redone|reworked|rewritten|rewrote|reworded|rephrased|re-edited|retouched|tweaked|adjusted|amended|altered|modified|revised|updated|moved|shifted|resized|enlarged|shrunk|shortened|lengthened|tightened|cropped|recolou?red|removed|deleted|trimmed|taken out|toned down|brightened|darkened|lightened|softened|warmed up|reverted|redrawn|reshot|reordered|rearranged|flipped|centred|centered|slowed down|sped up|restructured|reorgani[sz]ed|re-?run|reissued|redrafted|reformatted|recalculated|re-?recorded|re-?cut|rebuilt|reshuffled|regrouped|re-?voiced|rejigged|evened out|smoothed(?: out)?|whitened|straightened|retouched|touched up|airbrushed|blurred|sharpened)`;

const QUALITY = String.raw`(?:bigger|smaller|larger|bolder|brighter|darker|lighter|warmer|cooler|shorter|longer|wider|narrower|thicker|thinner|punchier|simpler|cleaner|clearer|tighter|bold|softer|sharper|calmer|heavier|slower|faster|louder|quieter|(?:more|less) (?!time\b|money\b|budget\b|notice\b|people\b|info)(?:[a-z]{4,}|big|fun|red))`;

/** Retouching wishes on photos, often listed: "whiter teeth", "the sky bluer", "Mark slimmer". */
const RETOUCHED = String.raw`(?:whiter|bluer|greener|redder|smoother|slimmer|straighter|crisper|richer|paler)`;

// In a terse list only unmistakable wishes count: "more information" or "everything changed" are not.
const LISTED_QUALITY = String.raw`(?:bigger|smaller|larger|bolder|brighter|darker|lighter|warmer|cooler|shorter|longer|wider|narrower|thicker|thinner|punchier|simpler|cleaner|tighter|softer|sharper|slower|faster|louder|quieter|${RETOUCHED}|(?:more|less) (?:shine|glare|grain|noise|saturation|saturated|shiny|creased|wrinkled|grainy|blurry|red|natural|even|tanned|visible|readable|legible|prominent|subtle|modern|colou?rful|playful|formal|friendly|elegant|vibrant|spaced|separated|compact|dark|light|bright|big|bigger|small|smaller|busy|cluttered|corporate|contrast|space|premium|punchy|upbeat|slow|fast|low|high|loud|soft|quiet|warm|cold|long|short|bold|thin|thick|wide|calm))`;
const LISTED_CHANGE = String.raw`(?:flipped|mirrored|rotated|cent(?:er|re)d|cropped|enlarged|resized|recolou?red|aligned|swapped|smoothed(?: out)?|tidied(?: up)?|whitened|straightened|retouched|touched up|airbrushed|evened out|blurred|sharpened|softened|brightened|lightened|darkened|(?:moved|shifted) (?:up|down|left|right|to the (?:left|right|top|bottom)))(?: to [a-z]+(?: [a-z]+)?)?`;

// A question or a statement is no listed wish: "which one is more big", "sales are 20% bigger".
const NOT_LISTED = String.raw`(?:which|what|who|how|is|are|was|were|be|been|it's|that's|looks?|seems?|feels?|got|gets|getting)`;

/** A look named by a colour, a material or a style: "in green instead of grey", "white instead of oak". */
const LOOK = String.raw`(?:(?:light|dark|pale|deep|bright|navy|royal|sky|forest|olive|mint|pastel) )?(?:blue|red|green|yellow|orange|purple|pink|black|white|grey|gray|navy|gold|golden|silver|teal|beige|cream|brown|turquoise|burgundy|mint|coral|olive|ivory|charcoal|khaki|lilac|mauve|ochre|terracotta|sage|oak|walnut|pine|marble|concrete|brick|wood|wooden|glass|steel|brass|copper|chrome|velvet|linen|leather|stone|bold|italics?|serif|sans serif|sans|caps|capitals|upper ?case|lower ?case|matte|matt|glossy|satin|portrait|landscape|horizontal|vertical|rounded|round|square|pastels?|colou?r|black and white|b&w|mono|monochrome|sepia|neon|metallic)`;

/** What a look is applied to, named between it and the one it replaces: "oak flooring rather than the walnut". */
const SURFACE = String.raw`(?:flooring|floors?|tiles?|tiling|worktops?|countertops?|cabinets?|cupboards?|walls?|paint|finish|frames?|fabric|upholstery|fonts?|lettering|text|background|border|trim|panels?|doors?|handles?|legs|cladding|decking|fence|fencing|paving)`;

/** A look nudged from another: "in a darker green", "in a softer red". */
const SHADE = String.raw`(?:(?:darker|lighter|brighter|softer|warmer|cooler|deeper|paler|richer) )?`;

/** Paperwork and payment, whose look or currency is no revision: "the invoice in pounds rather than euros". */
const PAPERWORK =
  /\b(?:contract|invoice|bill|receipt|purchase order|terms|policy(?! (?:text|wording|copy|content|pages?|slides?|module|section))|password|address|booking|reservation|calendar|date|account|form|payment|transfer|card|cheque|check)\b/;

/** What silences a wished look (shared/wished-look.ts): the exceptions of every change, and paperwork. */
const WISHED_UNLESS = [...UNLESS, PAPERWORK];

/** A look told as a fact or worn at an event is no wish: "the theme is navy", "dress code: black, not white". */
const LOOK_STATEMENT =
  /\b(?:(?:is|are|was|were)\b(?! (?:it |this |that )?(?:possible|ok|okay|feasible)\b)|will be|'ll be|looked|says|said|wore|wear|wearing|dress code|theme|wedding|outfits?|tie|shirts?|dress|flowers|balloons|napkins|tablecloths?|uniforms?)\b/;

/** The brief for a first delivery is no revision: "for the first render we'd like the sofa in green". */
const FIRST_BRIEF = /\b(?:for|in) the (?:first|initial) (?:render|draft|version|mock-?up|proof|cut)\b/;

const DEGREE = String.raw`(?:a (?:(?:little |tiny |wee |lil )?bit|little|touch|tad|lot|fraction|shade|notch|hair|smidge|smidgen)|slightly|much|way|somewhat|(?:about |around |like |maybe )?\d{1,3} ?%)`;

// Gaps stay inside one clause, but "clause 4.2" or "$38,995" does not end it.
const GAP = String.raw`(?:[^.?!\n]|[.,](?=\d))`;

const DESIRE = String.raw`\b(?:wants?|wanted|wish(?:es|ed)?|(?:'d|would) (?:like|love|prefer)|needs?|prefers?|get)\b`;

const BASE: Omit<PhraseRuleSpec, 'patterns'> = {
  id: 'extra-revisions/change-request',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks for changes on delivered work: check how many revision rounds your quote includes.',
    fr: 'Demande des modifications sur un travail livré : vérifiez combien de tours de retouches votre devis prévoit.',
  },
  unless: UNLESS,
  examples: { fires: [], quiet: [] },
};

const COMPARATIVES = phrases(`
  whiter, bluer, greener, redder, smoother, slimmer, straighter, crisper, richer, paler, smoothed, tidied, whitened,
  straightened, retouched, touched, airbrushed, evened, blurred, sharpened, bigger, smaller, larger, bolder, brighter, darker, lighter, warmer, cooler, shorter, longer, wider, narrower,
  thicker, thinner, punchier, simpler, cleaner, clearer, tighter, softer, sharper, calmer, heavier, slower, faster,
  louder, quieter, more, less
`);
const PARTICIPLES = phrases(`
  turned, rotated, angled, tilted, spun, spread, spaced, pushed, pulled, placed, positioned, laid, swung, changed, swapped, switched, replaced, redone, reworked, rewritten, rewrote, reworded, rephrased, re-edited, retouched,
  tweaked, adjusted, amended, altered, modified, revised, updated, moved, shifted, resized, enlarged, shrunk,
  shortened, lengthened, tightened, cropped, recoloured, recolored, removed, deleted, trimmed, taken, toned,
  brightened, darkened, lightened, softened, warmed, reverted, redrawn, reshot, reordered, rearranged, flipped,
  centred, centered, slowed, sped, mirrored, rotated, aligned, cut, nudged, restructured, reorganised, reorganized,
  rerun, reissued, redrafted, reformatted, recalculated, rerecorded, recut, rebuilt, reshuffled, regrouped, revoiced,
  rejigged, re-recorded, re-cut, re-run, re-shot, re-voiced, re-edited, re-done, re-written, re-shot
`);

/*
 * Each group of patterns runs only when the message holds one of its words: V8 runs a fresh
 * pattern over a short text in its slow bytecode interpreter, so skipping it costs less.
 */
/** Parts of a delivered piece that get reordered: "part 4 should come first", "the summary needs to go at the top". */
const PART = String.raw`(?:part|section|chapter|slide|page|summary|intro|introduction|conclusion|testimonials?|quotes?|photo|picture|image|logo|title|headline|paragraph|table|chart|graph|pricing|prices?|price list|scene|shot|credits|interview|results|recommendations|findings|faq|contact details|map|menu|video|clip|bio|team photo|cta|button|key figures)`;
/** A delivered piece that may start or end otherwise: "what if the deck started with the results?". */
const PIECE = String.raw`(?:deck|report|video|presentation|page|site|website|intro|brochure|film|clip|newsletter|article|post|trailer|teaser|ad|episode|podcast|talk|chapter|book|booklet|catalogue|flyer|slideshow|reel|story)`;
const REORDER_VERBS = String.raw`(?:moved|swapped|put|made|cut|dropped|changed|switched|removed|flipped|started|opened|ended|shortened|trimmed|lost|killed|reordered|simplified|reversed)`;

/** Any delivered piece or part of one: "what would the poster look like…", "could the voiceover sound…". */
const WORK = String.raw`(?:${PIECE}|${PART}|poster|banner|cover|label|packaging|layout|design|mock-?up|render|draft|edit|cut|font|palette|colou?rs?|copy|text|tone|voice ?over|voice|music|wording|script|tagline)s?`;

/** Rework named as a noun: "a rewrite", "a re-cut", "a restructure". */
const RENOUN = String.raw`(?:re-?write|re-?structure|re-?cut|re-?record|re-?edit|re-?do|re-?work|re-?voice|re-?mix|re-?master|re-?draft|re-?jig)\b`;

const groups: { gate: PhraseList; rule: Rule }[] = [
  {
    gate: new PhraseList(`
      first, last, top, start, beginning, end, bottom, front, before, after, earlier, later, started, starts, start,
      opened, opens, open, began, begins, begin, ended, ends, closed, closes, close, finish, finishes, finished, what,
      could, might, can, how, about, punch, liven, jazz, beef, spice, dial, declutter, something
    `),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A part moved in the order: "part 4 should come first", "the testimonials would work better before pricing".
        new RegExp(
          String.raw`\b${PART}(?: \d{1,2})? (?<phrase>(?:should|could|needs? to|has to|must|would|might)(?: (?:probably|really|maybe|perhaps|ideally|actually))? (?:come|go|be|move|sit|appear|work better|look better|read better|feel better)(?: (?:up|right))? (?:first|last|earlier|later|(?:at|to) the (?:top|start|beginning|end|bottom|front|back)|before|after|above|below|ahead of))\b`,
        ),
        // "Would it work to put the price first on the flyer?", "move the map to the top".
        new RegExp(
          String.raw`\b(?<!\b(?:we|i|they|he|she) )(?<phrase>(?:put|move|place|bring|have|show)(?: the| our| that| this)? (?:[a-z]+ )?${PART}(?: \d{1,2})? (?:first|last|(?:at|to) the (?:top|start|beginning|end|bottom|front|back)|higher up|lower down))\b`,
        ),
        // The piece opening or closing otherwise: "what if the deck started with the results?", "ideally the video
        // would open on the product".
        new RegExp(
          String.raw`\b(?:what if|how about if|ideally|maybe|perhaps|(?:should|could|would|needs? to|has to|must))\b[^.?!\n]{0,30}?\b(?<phrase>(?:the|our|this|that) ${PIECE} (?:(?:should|could|would|might|needs? to|has to|must) )?(?:started|start|starts|opened|open|opens|began|begin|begins|ended|end|ends|closed|close|closes|finished|finish|finishes) (?:with|on|by))\b`,
        ),
        // A change floated as a thought: "what if we moved the map up?".
        new RegExp(
          String.raw`\b(?<phrase>what if (?:we|you|u) ${REORDER_VERBS} (?:the|it|them|that|this|our|those|these)\b(?: [a-z]+)?)`,
        ),
        // A quality floated with the subject first: "I wonder if the logo could be a bit bigger", "thinking the
        // intro could be shorter".
        new RegExp(
          String.raw`\b(?:the|this|that|its|our|those|these) (?!(?:[a-z]+ ){0,2}?(?:team|market|company|weather|turnout|attendance|economy|budget|sales|revenue|growth|traffic|office|room|venue|price|rate|fee|cost|process|season|response|delivery|timeline|schedule|deadline|meeting|call|day|week|month|year|queue|line|wait|trip|drive|commute)\b)(?:[a-z]+ ){0,2}?(?:could|might|can) (?:maybe |perhaps |possibly )?(?<phrase>be (?:${DEGREE} )?${QUALITY})\b(?! than\b)`,
        ),
        // "Maybe punch up the colours?", "liven up the intro a bit".
        /\b(?<phrase>(?:punch|liven|jazz|beef|spice|pep|dial|tone) (?:up|down) (?:the|its|their|our|that|this|those|these) [a-z]+)/,
        /\b(?<phrase>declutter (?:the|its|their|our|that|this|those|these) [a-z]+)/,
        // "Can we try something rounder?"
        /\btry (?<phrase>(?:something|anything) (?:a (?:bit|little|touch|tad) |slightly |much )?(?!(?:later|earlier|sooner|cheaper|other|else|together|over|under|after|ever|never|rather|either|whether)\b)[a-z]{3,}i?er)\b/,
        // "How about the headline in navy?"
        new RegExp(
          String.raw`\b(?:how about|what about|maybe|perhaps) (?<phrase>(?:the|a|an|our) (?:[a-z]+ ){1,2}?in ${LOOK})\b(?! (?:folder|room|box|drawer|file|envelope|car|shirts?|team|mood|corner|area|one|ones|wine|tie)\b)`,
        ),
      ],
      unless: [
        ...UNLESS,
        ADMIN,
        PAPERWORK,
        LOOK_STATEMENT,
        /\b(?:agenda|lunch|dinner|break|talk|speech|session|item|discussion|payment|delivery|deadline|launch|event|party|call|meeting|safety|family|health|priority|priorities|budget)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      PARTICIPLES.concat(COMPARATIVES, phrases('bold, italic, italics, caps, capitals, underlined, centred, centered')),
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // "Need the logo changed", but not a fact told on the way: "we need it today, the call got moved to 4:30".
        new RegExp(
          String.raw`${DESIRE}${GAP}{0,50}?\b(?<!\b(?:got|gets|was|were|been|is|are|has|have|had|just|a|an|the|this|that|my|your|our|rough|first|final|fine|new|director'?s) )(?<phrase>${PARTICIPLE})\b`,
        ),
        new RegExp(String.raw`${DESIRE}${GAP}{0,40}?\b(?<phrase>${DEGREE} ${QUALITY})\b`),
        // "Wants the slogan more big", "needs the logo smaller": a direct object and its new quality.
        new RegExp(
          String.raw`${DESIRE} (?:the|it|them|our|this|that|those|these) (?:[a-z]+ ){0,3}?(?<phrase>${QUALITY})\b(?! than\b)`,
        ),
        new RegExp(String.raw`\b(?<phrase>(?:should|needs? to|has to|must) be (?:${DEGREE} )?${QUALITY})\b`),
        // "We prefer if the pictures are more warm", "it would be better if the logo was bigger".
        new RegExp(
          String.raw`\b(?:prefer|like|love|want|better|nicer|good|great)(?: it)? (?:if|that) (?:it|(?:the|our|this|that|those|these) (?:[a-z]+ ){0,2}?${WORK}) (?<phrase>(?:is|are|was|were|would be|could be|be) (?:${DEGREE} )?${QUALITY})\b(?! than\b)`,
        ),
        // "Could we see it once more with the logo a touch smaller?"
        new RegExp(
          String.raw`\b(?:see|try|have|show (?:me|us)|send (?:me|us))\b (?:it|them|this|that|the [a-z]+)(?: once more| again| one more time)? (?<phrase>with (?:the|its|their|our) (?:[a-z]+ ){1,2}?(?:${DEGREE} )?${QUALITY})\b(?! than\b)`,
        ),

        /\b(?<phrase>(?:should|needs? to|has to|must) be (?:in )?(?:italics?|bold|all caps|caps|capitals|upper ?case|lower ?case|black and white|cent(?:er|re)d|(?:left|right)-aligned))\b/,
        // "Can the phone number be in bold?"
        /\b(?:can|could) (?:the|it|this|that|those|these|our) (?:[a-z]+ ){0,3}?(?<phrase>be (?:in )?(?:italics?|bold|all caps|caps|capitals|upper ?case|lower ?case|black and white|cent(?:er|re)d|(?:left|right)-aligned|underlined))\b/,
        new RegExp(
          String.raw`\b(?:can|could) (?:the|it|this|that|they|those|these|we make)\b[^.?!\n]{0,40}?\b(?<phrase>be (?:${DEGREE} )?${QUALITY})\b`,
        ),
      ],
      // A site readied for traffic is not reworked: "we want it indexed and warmed up before the launch".
      unless: [
        ...UNLESS,
        /\b(?:indexed|cached|deployed|crawled|propagated|backed up|live)\b/,
        /\b(?:contract|invoice|bill|receipt|purchase order|terms|policy(?! (?:text|wording|copy|content|pages?|slides?|module|section))|quote|estimate|agreement)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      'syncing, resyncing, retiming, sorting, smoothing, retouching, straightening, brightening, lightening, darkening, softening, updating, changing, tweaking, fixing, redoing, reworking, adjusting, correcting, replacing, moving, resizing, swapping, rewriting, shortening, cropping, editing, rewording, rephrasing, tightening, polishing, trimming, simplifying, tidying, rewrite, restructure, recut, re, redo, rework, redraft, rejig, remix, remaster',
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A rework named as a noun: "chapter 2 wants a rewrite", "could we get a re-cut of the teaser?".
        new RegExp(
          String.raw`\b(?:needs?|wants?|(?:'d|would) (?:like|love|need)|get|could use|requires?|possible|could|can|please)\b[^.?!\n]{0,30}?\b(?:a|an|another|one more) (?:quick |small |full |complete |proper |light |new |fresh |final )?(?<phrase>${RENOUN})(?! (?:of|to) (?:our|my|the) (?:policy|contract|terms|agreement|strategy|process|plan|budget)\b)`,
        ),
        // "The map and the footer text need updating", "the intro wants tightening".
        /\b(?<phrase>(?:needs?|wants?) (?:a bit of |some |a little |a little bit of |a few )?(?:updating|changing|tweaking|fixing|redoing|reworking|adjusting|correcting|replacing|moving|resizing|swapping|rewriting|shortening|cropping|editing|rewording|rephrasing|tightening(?: up)?|polishing|trimming|simplifying|tidying(?: up)?|sorting(?: out)?|smoothing(?: out)?|retouching|straightening|brightening|lightening|darkening|softening|syncing|re-?syncing|retiming))\b/,
      ],
      unless: [
        ...UNLESS,
        ADMIN,
        // Devices and accounts get synced too: "the calendars need syncing".
        /\b(?:calendars?|phones?|devices?|laptops?|accounts?|contacts?|drives?|data|systems?|apps?|databases?)\b[^.?!\n]{0,20}\bneeds? (?:re-?)?syncing\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      PARTICIPLES.concat(
        COMPARATIVES,
        phrases('case, caps, capitals, italics, italic, bold, centred, centered, aligned'),
      ),
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A change asked in the passive: "could the video be cut down to 60 seconds?", "if the logo could be nudged".
        new RegExp(
          String.raw`\b(?:can|could|would|should|will have to|(?:has|have|need|needs|'ll need|will need) to|must)(?!n't)\b(?:(?! not\b| never\b)[^.?!\n]){0,30}?\bbe (?:${DEGREE} )?(?<phrase>${PARTICIPLE})\b`,
        ),
        // The same in the mandative subjunctive: "she asked that the table on slide 4 be rebuilt as tabs, and that the
        // closing line be re-cut".
        new RegExp(
          String.raw`\b(?:ask(?:s|ed)?|request(?:s|ed)?|suggest(?:s|ed)?|insist(?:s|ed)?|requir(?:e|es|ed)|propos(?:e|es|ed)|recommend(?:s|ed)?|prefer(?:s|red)?|and|but|also)\s+that\s+(?:the|our|your|this|these|those|its|his|her|their|each|all|every)\b(?:(?! not\b| never\b)[^.?!\n]){0,60}?\bbe (?:${DEGREE} )?(?<phrase>${PARTICIPLE})\b`,
        ),
        // "We'd prefer the headline to be in sentence case."
        new RegExp(
          String.raw`${DESIRE} (?:the|it|them|our|this|that|those|these) (?:[a-z]+ ){0,3}?(?<phrase>to be (?:in )?(?:italics?|bold|all caps|caps|capitals|upper ?case|lower ?case|sentence case|title case|black and white|cent(?:er|re)d|(?:left|right)-aligned|(?:${DEGREE} )?${QUALITY}))\b`,
        ),
      ],
      // Dates, deadlines and paperwork get moved and changed too.
      unless: [
        ...UNLESS,
        ADMIN,
        /\b(?:deadline|launch|delivery|schedule|plan|order|payment|shipment|flight|event)\b/,
        // Reported news is no request: "the series will have to be recut, says the article".
        /\b(?:says|said|according to|reportedly|article|news)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList('below, above, under, beneath, beside, next, underneath, behind, front, top'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // Placing one element against another: "the text should go below the picture".
        /\b(?:should|could|can|needs? to|has to|must|would) (?<phrase>(?:go|sit|move|be moved|come|appear|be placed|be put) (?:below|above|under|over|beneath|next to|beside|in front of|behind|on top of|underneath) (?:the|our|its|their|that|this))\b/,
      ],
      unless: [...UNLESS, ADMIN, /\b(?:agenda|lunch|dinner|break|talk|speech|session|item|meeting)\b/],
    }),
  },
  {
    gate: new PhraseList('degrees, face, faces, apart, closer, nearer'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A delivered layout turned or spaced, asked outright: "can you turn the stage 90 degrees so it faces the
        // bar?", "could you space the tables further apart?", "the sofa, please put it closer to the window".
        /\b(?:could|can|would|will|please|pls|plz|kindly|need|needs|want|wants|like|love|should|let's|maybe)\b[^.?!\n]{0,40}?\b(?<phrase>(?:turn|rotate|angle|swing|spin|tilt)\b[^.?!\n]{0,30}?(?:\b(?:by )?\d{1,3} ?(?:degrees|°)|\bso (?:it|they) faces?\b|\bto face\b)|(?:space|spread|push|pull|move|set|put|place|shift)(?: out)? (?:the|it|them|our|those|these|this|that)\b[^.?!\n]{0,30}?\b(?:(?:further|farther|more|wider)(?: out)? apart|(?:closer|nearer) (?:together|to (?:the|each|one))))/,
        // "The chairs should be further apart in the render."
        /\b(?<phrase>(?:should|could|needs? to|has to|must) (?:be|go|sit) (?:a (?:bit|little|touch) |slightly |much )?(?:(?:further|farther|more|wider) apart|closer together))\b/,
      ],
      unless: [
        ...UNLESS,
        ADMIN,
        /\b(?:meetings?|calls?|sessions?|shoots?|launch|dates?|deadlines?|appointments?|people|team|kids|children|guests|scan|scanning|scanner|print|printing|printer|photocopy)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList('again'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // Delivered work sent back in a new arrangement: "send the report again, but split by region this time".
        /\b(?:send|share|resend|re-send|upload)\b[^.?!\n]{0,40}?\bagain\b,? (?:but |only |and |this time |then )*(?<phrase>(?:split|sorted|broken down|grouped|ordered|organi[sz]ed|restructured|arranged|filtered|cut|trimmed|shortened|reworded|rewritten) (?:by|per|into|around|down|to|with|without)\b)/,
      ],
      unless: [...UNLESS, PAPERWORK],
    }),
  },
  {
    gate: new PhraseList('sent, delivered, did, made, wrote, designed, produced, created, supplied, shot, built, gave'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A change carried into work already handed over: "update it everywhere in the listings you sent last week",
        // "put the new logo on all the banners you delivered".
        /\b(?<phrase>(?:update|change|replace|correct|fix|swap|amend|edit|put|add)\b[^.?!\n]{0,50}?\b(?:everywhere|throughout|across|(?:on|in) (?:all|every|each|the|those|these))\b[^.?!\n]{0,40}?\b(?:you|u)(?: (?:have|'ve|guys))? (?:sent|delivered|did|made|wrote|designed|produced|created|supplied|shot|built|gave)\b)/,
      ],
      unless: [
        ...UNLESS,
        /\b(?:invoices?|contracts?|quotes?|receipts?|bills?|purchase orders?|forms?|timesheets?|folders?|drives?)\b/,
        /\byour (?:details|vat|bank|tax|company|billing|contact|name|number|reference|po)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      'say, read, show, instead, clash, clashes, match, brand, much, strong, overpowering, breathe, room, air, same, like, more, less',
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // New wording set against the old: "the button should say 'Book a call', not 'Contact us'".
        /\b(?:should|could|can|needs? to|has to|must) (?<phrase>(?:say|read|show)\b(?! (?:what|that|whatever|something|anything|it|we|you|they|he|she|i|how|when|where|why|who)\b)[^.?!\n]{1,40}?(?:,? not\b|,? instead\b|,? rather than\b))/,
        // Another element in place of the delivered one: "could the voiceover be a woman's voice instead?".
        /\b(?:could|can|should) (?:the|this|that|our) (?:[a-z]+ )?(?:voice ?over|voice|narrator|music|song|track|soundtrack|photo|image|picture|font|colou?r|background|intro|ending|title|headline|logo|icon|illustration|map|chart|cover|banner|model|shot|scene|slide|quote|cta|button|tagline|mascot|character) (?<phrase>be (?:a |an |the )?[a-z']+(?: [a-z]+)? instead)\b/,
        // A clash with the brand, then the fix: "the chart colours clash with our brand, please use our palette".
        /\b(?:clash(?:es)? with|(?:doesn'?t|don'?t|does not|do not) match|off-brand|not on brand)\b[^.?!\n]{0,60}?\b(?:please|pls|could you|can you|would you|need you to|just) (?<phrase>(?:use|stick to|follow|switch to|match) (?:our|the|their) [a-z]+(?: [a-z]+)?)/,
        // The delivered piece imagined otherwise: "can we see what it looks like with the photo on the left?".
        new RegExp(
          String.raw`\bwhat (?:would )?(?:it|they|this|that|the (?:[a-z]+ )?${WORK}) (?:would |might )?(?<phrase>looks? like (?:with(?:out)? (?:the|a|an|our|its|more|less|bigger|smaller)|in (?:a |an )?${SHADE}${LOOK}|in (?:a |another )?(?:different|other) [a-z]+))\b`,
        ),
        // How a piece should come across: "can it sound more like us?", "could the intro feel less stiff?".
        new RegExp(
          String.raw`\b(?:can|could|should|would) (?:(?:it|they|this|that) (?=(?:sound|read|come across)\b)|the (?:[a-z]+ )?${WORK} )(?<phrase>(?:sound|feel|look|read|come across) (?:a bit |a little |slightly |much )?(?:more|less) (?:like|[a-z]{3,}))`,
        ),
        // Weight moved inside the piece: "could you put more emphasis on the discount in the banner?".
        /\b(?:could|can|would) (?:you|u|we)\b[^.?!\n]{0,15}?\b(?<phrase>(?:put|place|give|add) (?:more|less|extra|a bit more|a little more) (?:emphasis|focus|weight|prominence) (?:on|to) (?:the|our|this|that|those|these))\b/,
        // A piece found wanting, then another asked, often in non-native English: "the title is not good, he need
        // other one".
        new RegExp(
          String.raw`\b(?:the|this|that|our) (?:[a-z]+ )?${WORK} (?:is|are|'s) (?:not (?:good|ok|okay|right|great|working)|no good)\b[^.?!\n]{0,40}?\b(?<phrase>(?:needs?|wants?|prefers?|(?:'d|would) like) (?:an ?other|a different|a new|something else|other)(?: one)?)\b`,
        ),
        // A look that is too much: "she thinks the pink is too much", "the music is a bit much".
        new RegExp(
          String.raw`\b(?<phrase>(?:the|this|that) (?:[a-z]+ )?(?:${LOOK}|font|logo|colou?rs?|music|photo|image|filter|effect|animation|gradient|shadow) (?:is|are|feels|looks|seems) (?:a bit |a little |way |far |slightly |just )?(?:too much|too strong|too loud|overpowering|over the top|a bit much|much))\b(?! (?:for (?:me|us|my|our) (?:budget|taste in)|to (?:ask|carry|pay)))`,
        ),
        // Room around an element: "can the logo breathe a bit more?", "give it a bit more air".
        /\b(?:can|could|should|let) (?<phrase>(?:it|they|them|the [a-z]+(?: [a-z]+)?) breathe)\b/,
        /\b(?<phrase>give (?:it|them|the (?!(?:team|staff|people|client|clients|kids|children|dog|us|guests)\b)[a-z]+(?: [a-z]+)?) (?:a (?:bit|little|touch) )?(?:more )?(?:room|air|space|breathing room|breathing space))\b/,
        // One size or style for all: "could the photos on the team page all be the same size?".
        /\b(?:could|can|should|need|needs) (?:the|these|those|all|our) [^.?!\n]{0,30}?\b(?<phrase>(?:all )?(?:be|have|get) (?:all )?(?:the same|one) (?:size|height|width|colou?r|font|style|format|crop|ratio|length))\b/,
      ],
      unless: [
        ...UNLESS,
        PAPERWORK,
        /\b(?:meeting|(?:the|our|this|that|your) call|delivery|deadline|launch|event|payment|day|slot|venue|session|workshop|visit|trip|week|tomorrow|today|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|price|rate|fee|budget)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList('too'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A fault of the delivered work said in the present: "the photo is too dark", "the text still looks too small".
        /\b(?:the|this|that|our|your|its|their) (?:[a-z]+ ){0,2}?(?<phrase>(?:photo|image|picture|text|font|logo|title|headline|colou?r|background|video|intro|music|voice ?over|copy|banner|button|layout|design|page|slide|icon|heading|tagline|caption|subtitle|header|footer|margin|spacing|section|paragraph|cover|mock-?up|animation|visual)s? (?:is|are|looks?|seems?|feels?)(?: still)? (?:a bit |a little |way |far |much |slightly |a touch |still )?too (?:dark|light|bright|small|big|large|busy|loud|quiet|long|short|bold|thin|thick|pale|cold|warm|formal|plain|cluttered|heavy|faint|narrow|wide|tight|cramped|fast|slow|dull|flat|bland|harsh|washed out))\b(?! to [a-z]| for (?:me|us|my|our)\b)/,
      ],
    }),
  },
  {
    gate: new PhraseList('throughout, everywhere, alphabetically, alphabetical'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A change carried through a whole delivered document: "the translation amended to say 'Lessee' throughout",
        // "could you re-order the entries alphabetically?", "replace 'Ltd' by 'GmbH' everywhere in the brochure".
        /\b(?:could|can|would|will|please|pls|plz|kindly|like|love|prefer|want|wants|need|needs|should|must|have to|has to)\b[^.?!\n]{0,60}?\b(?<phrase>(?:amend(?:ed)?|chang(?:e|ed)|replac(?:e|ed)|switch(?:ed)?|swap(?:ped)?|correct(?:ed)?|renam(?:e|ed)|re-?sort(?:ed)?|re-?order(?:ed)?|re-?arrang(?:e|ed)|re-?organi[sz](?:e|ed)|re-?word(?:ed)?)\b[^.?!\n]{0,60}?\b(?:throughout|everywhere|alphabetically|in(?:to)? alphabetical order))\b(?! (?:the |this |that )?(?:day|week|month|year|process|project|event|campaign|period|weekend|night|season|trip|conference|meeting)\b)/,
      ],
      // The client's own change, or paperwork and accounts.
      unless: [
        ...UNLESS,
        /\b(?:invoices?|bills?|receipts?|quotes?|purchase orders?|password|address|booking|calendar|profile|portal|account|records|forms?)\b/,
        /\b(?:we|i)(?:'ll| will)? (?:need to|have to|must|are going to|'re going to|plan to)\b/,
        /\b(?:files|folders|contacts|invoices|spreadsheet|mailing list|directory|tabs|bookmarks)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList('instead, rather'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // One look for another on delivered work, even in a terse list: "the sofa in green instead of grey".
        new RegExp(
          String.raw`\b(?<phrase>(?:in |on |with )?(?:a |an |the )?${LOOK}(?: ${SURFACE})? (?:instead of|rather than) (?:in |on |with )?(?:a |an |the )?${LOOK})\b`,
        ),
        // Another arrangement of delivered figures: "the results should be broken down by age rather than by city".
        /\b(?:should|could|needs? to|has to|must|would|(?:'d|would) (?:like|prefer)|want|please|pls|can you|could you)\b[^.?!\n]{0,30}?\b(?<phrase>(?:broken down|break (?:it |them )?down|split|sorted|sort|grouped|group|organi[sz]ed|presented|shown|show|arranged|ordered|ranked|rank) (?:by|per) [a-z' -]{1,30}? (?:rather than|instead of|not) (?:by|per))\b/,
        // One place for another: "the symbol on the left rather than above".
        /\b(?<phrase>(?:on the (?:left|right)|at the (?:top|bottom)|above|below|underneath|in the (?:middle|centre|center|corner)) (?:instead of|rather than) (?:on |at |in )?(?:the )?(?:left|right|top|bottom|above|below|underneath|middle|centre|center|corner|it|them))\b/,
        // New wording: "can the CTA say 'Book now' instead of 'Reserve'?".
        /\b(?:can|could|should|shall) (?:the|it|this|that|our|they|those|these) (?:[a-z]+ ){0,2}?(?<phrase>(?:say|read|show)\b[^.?!\n]{1,40}?\b(?:instead of|rather than))/,
      ],
      // Paperwork, and the client's own choice told as done or planned: "we painted the hall white instead of grey".
      unless: [
        ...UNLESS,
        PAPERWORK,
        FIRST_BRIEF,
        LOOK_STATEMENT,
        /\b(?:we|i|they)(?: (?:have|had|will|'ll|'ve))? (?:painted|paint|chose|chosen|choose|went|go|picked|pick|ordered|order|bought|buy|printed|print|used|decided)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList('left, right, top, bottom, end, start, beginning, side, centre, center'),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // Placing an element: "can the sidebar go on the right?", "could the logo sit at the top?".
        /\b(?:can|could|should|shall) (?:the|our|that|this|those|these) [a-z]+(?: [a-z]+)? (?<phrase>(?:go|sit|move|be|come|appear|live) (?:on|to|at|in) the (?:left|right|top|bottom|end|start|beginning|side|centre|center))\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      `blue, red, green, yellow, orange, purple, pink, black, white, grey, gray, navy, gold, silver, teal, colour, color, b&w,
      different, darker, lighter, warmer, cooler, beige, cream, brown, turquoise, burgundy, mint, coral, olive, ivory,
      charcoal, khaki, lilac, mauve, ochre, terracotta, sage, oak, walnut, pine, marble, concrete, brick, wood, wooden,
      glass, steel, brass, copper, chrome, velvet, linen, leather, stone, bold, italic, italics, serif, sans, caps,
      capitals, uppercase, lowercase, matte, matt, glossy, satin, pastel, monochrome, sepia, neon, metallic`,
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        /\b(?:see|try|have|do|show me|send) (?:it|them|this|that|the \w+) in (?:blue|red|green|yellow|orange|purple|pink|black|white|grey|gray|navy|gold|silver|teal|colou?r|black and white|b&w|(?:a |another )?(?:different|darker|lighter|warmer|cooler) \w+)\b/,
        // One of the options tried in a new look: "take that one and try it in deep green", "give the round one a go
        // in navy", "have a go at the mark in charcoal".
        new RegExp(
          String.raw`\b(?:try|test|see|run|have a go at|give) (?<phrase>(?:(?:it|them|this|that|(?:this|that) one) |(?:the|that|this|those|these|our) (?:[a-z0-9]+ ){1,2}?)(?:a (?:go|try|shot|whirl) )?in (?:a |an )?${SHADE}${LOOK})\b(?! (?:folder|room|box|drawer|file|envelope|car|shirts?|team|mood|corner|area|one|ones|wine|tie|street|lane|road|avenue|way|hill|bay|park|square|house|line|cafe|bar|restaurant|hotel|light|zone)\b)`,
        ),
        // The option kept, but in another look: "go with the second logo but in olive".
        new RegExp(
          String.raw`\b(?:go with|keep|stick with|use|take|pick) (?:the|that|this|option|version|v)\b[^.?!\n]{0,30}?,? but (?<phrase>in (?:a |an )?${SHADE}${LOOK})\b`,
        ),
        // A new look wished for a named element: "I prefer the sofa in green", "can you put the cabinets in walnut?".
        new RegExp(
          String.raw`\b(?:prefer|want|like|love|put|paint|make|keep|get|colou?r)s? (?<phrase>(?:it|them|(?:the|our|those|these) (?:[a-z]+ ){1,2}?)in ${LOOK})\b(?! (?:folder|room|box|drawer|file|envelope|car|shirts?|team|mood|corner|area)\b)`,
        ),
        // A look wished with "have", "do" or "get", said plainly or in non-native English: "is possible to have the
        // sofa green?", "can you do the sofa more green".
        new RegExp(
          String.raw`\b(?:have|get|do|make|want|need|prefer|like)s? (?<phrase>(?:it|them|(?:the|our|those|these) (?:[a-z]+ ){1,2}?)(?:(?:more|less|a bit more|a little more) )?(?:in |a |an )?${LOOK})\b(?! (?:paper|papers|coffee|tea|wine|card|cards|belt|folder|room|box|drawer|file|envelope|car|shirts?|team|mood|corner|area|one|ones|wine|tie)\b)`,
        ),
        // "The sofa should be green, not grey."
        new RegExp(
          String.raw`\b(?<phrase>(?:should|needs? to|has to|must) be (?:in )?${LOOK})(?=[ \t]*(?:[,.;!?\n]|$|not\b|instead\b|rather\b|and\b|please\b|pls\b|too\b|as well\b))`,
        ),
        // One look for another after "not": "walnut, not oak", "in green not grey".
        new RegExp(String.raw`\b(?<phrase>(?:in )?${LOOK},? not (?:in )?(?:the )?${LOOK})\b`),
      ],
      // A status light or a report cell is no look: "the status should be green before launch".
      unless: [
        ...UNLESS,
        PAPERWORK,
        FIRST_BRIEF,
        LOOK_STATEMENT,
        /\b(?:status|light(?! (?:grey|gray|blue|green|pink|yellow|brown|beige|purple|oak|wood))|lights|signal|flag|dashboard|build|test|tests|kpi|traffic)\b/,
      ],
    }),
  },
  {
    gate: new PhraseList(
      'changes, fixes, edits, tweaks, corrections, amends, revisions, comments, feedback, notes, modifications, alterations',
    ),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // Asking for the client's notes to be made: "could you make these corrections", "please do the modifications
        // on the flyer".
        /\b(?:(?:could|can|would|will) (?:you|u)|(?:you|u) (?:can|could)|able to|please|pls|plz|kindly)\b[^.?!\n]{0,25}?\b(?<phrase>(?:make|do|implement|apply|action|incorporate|integrate) (?:these|those|our|my|his|her|their|some|a few|the client'?s|the) (?:changes|fixes|edits|tweaks|corrections|amends|revisions|comments|feedback|notes|modifications|alterations))\b/,
      ],
      // Paperwork and plans get changed too: "can you make the changes to the contract / schedule".
      unless: [...UNLESS, PAPERWORK, /\b(?:schedule|planning|agenda|timeline|plan|proofs?)\b/],
    }),
  },
  {
    gate: new PhraseList(PARTICIPLES.concat(COMPARATIVES)),
    rule: phraseRule({
      ...BASE,
      patterns: [
        // A terse list of wishes after a colon or on bullets: "phone number bigger, the icon flipped".
        new RegExp(
          String.raw`(?:^|[:;]|\n[ \t]*(?:[-*•·][ \t]*)?|, (?:and )?)[ \t]*["“«]?[ \t]*(?<phrase>(?:(?:maybe|perhaps|and) )?(?:(?:the|a|an) )?(?:(?!${NOT_LISTED}\b)[a-z]+(?:'s)? ){1,3}(?:(?:${DEGREE} )?${LISTED_QUALITY}|${LISTED_CHANGE})(?: (?:at|on|in|to) the (?:end|start|beginning|top|bottom|left|right)| (?:on|for) (?:the )?[a-z]+(?:'s)?)?)(?=[ \t]*(?:(?:please|pls|plz)\b)?[ \t]*["”»]?[ \t]*(?:[,;.?!\n]|and\b|$))`,
        ),
        new RegExp(
          String.raw`(?:[:;]|, (?:and )?)[ \t]*(?<phrase>(?:(?:maybe|perhaps|and) )?(?:a|the) ${LISTED_QUALITY} [a-z]+)(?=[ \t]*(?:[,;.\n]|and\b|$))`,
        ),
        // An element named, then only how much: "the smoke, less please", "the logo, a bit more".
        /(?:^|[\n:;.!?])[ \t]*(?:[-*•·][ \t]*)?(?:the|this|that|those|these) (?!(?:price|prices|budget|rate|rates|fee|fees|cost|costs|quote|invoice|discount|tax|vat|hours|meetings?|calls?)\b)[a-z]+(?: [a-z]+)?, (?<phrase>(?:a (?:bit|little|touch|tad|lot) |slightly |much |way )?(?:less|more))(?:[ \t]+(?:please|pls|plz))?(?=[ \t]*(?:[.!?\n]|$))/,
        // A wish that opens its sentence: "And maybe a slightly warmer orange."
        new RegExp(
          String.raw`(?:^|[.!?\n])[ \t]*(?:(?:and|also|oh and) )?(?<phrase>(?:maybe|perhaps|ideally|possibly) (?:a|an|the) (?:${DEGREE} )?${LISTED_QUALITY} [a-z]+)(?: (?:on|in|at|for) (?:the|our) [a-z]+)?(?=[ \t]*(?:[,;.!?\n]|and\b|$))`,
        ),
      ],
      // Weather and trips are told in lists too: "weather this weekend: sky clearer, days longer".
      unless: [...UNLESS, /\b(?:weather|forecast|temperatures?|skies|holidays?|vacation|trip)\b/],
    }),
  },
];

// Vague changes then spelled out as a working arrangement are no revision (shared/working-arrangements.ts).
export default besideWorkingArrangements({
  ...BASE,
  find: (context) => {
    if (ENQUIRY.test(newestText(context))) return [];
    const hits = findChangeVerbs(context);
    // A new look said as a hypothetical of feeling, or relayed for a set of delivered pieces (shared/wished-look.ts).
    hits.push(...wishedLooks(context, WISHED_UNLESS));
    for (const { gate, rule } of groups) if (mentions(context, gate)) hits.push(...rule.find(context));
    return hits;
  },
  examples: {
    fires: [
      'The CTO wants the install chapter rewritten around single sign-on.',
      'Our lead dev wants the API examples swapped for TypeScript.',
      'He wants the reception desk turned 45 degrees so it faces the door.',
      'Could the stands be spread further apart?',
      'The director wants the chairs spaced further apart and the stage rotated to face the windows.',
      "We'd like the sofa pushed closer to the wall.",
      "We'd like the screen rotated by 90 degrees in the render.",
      'Can you turn the stage 90 degrees so it faces the bar?',
      'pls rotate the reception desk so it face the door',
      'Could you space the tables further apart in the floor plan?',
      'Please rework lesson 3 to use European examples rather than US ones.',
      'Our CEO wishes the closing paragraph rewritten with more on the new plant.',
      'The chairs should be further apart in the render.',
      'the sofa, please put it closer to the window',
      'Could you swap the photo on the homepage for the one of the shop front?',
      'The client wants the logo a bit smaller.',
      'Can we see the flyer again with the opening hours a little larger?',
      'The blurb on the back cover still needs rephrasing.',
      '- make the title bigger\n- replace the stock images with ours',
      "They'd like the intro paragraph rewritten in a warmer tone.",
      'The address in the footer should be more visible.',
      'pls change the font on slide 3, its hard to read',
      'Perhaps drop the second quote and move the testimonials up.',
      'Notes from the team: headline bigger, the map moved to the left, and a lighter grey.',
      'Would you be able to make these corrections by Friday?',
      'And perhaps a slightly darker green.',
      'Could the price list go at the bottom instead?',
      'Could the heading read "Our story" rather than "About us"?',
      'My partner thinks the background is a bit too cold.',
      "The founder's signature should sit above the photo.",
      'Any thoughts on toning down the orange a little?',
      'I was wondering if the intro could be trimmed a little.',
      "We'd prefer the captions to be in italics.",
      'Our reviewer asked that the pricing grid on page 3 be rebuilt as a carousel.',
      'She suggests that the closing scene with the two nurses be shortened by half.',
      'The board requested that each chart in section 2 be redrawn in the brand palette.',
      'Legal insists that the disclaimer on the last slide be reworded, and that the footer be moved up.',
      'On view 3, maybe try pine flooring rather than the oak?',
      'Could the kitchen have white cabinets instead of the grey ones?',
      'Black lettering instead of gold on the shop sign, please.',
      'On render 5, make the rug a deep blue.',
      'Please make the backdrop a light grey on all the product shots.',
      'Slides 2 and 6 need the wording swapped for the new policy text from HR.',
      'Could you make the walls a pale blue?',
      'Just wondering if the banner could be nudged up a bit?',
      'The legend and the key both need adjusting on the map.',
      'The hero image feels tiny, could you scale it up?',
      'Maybe a bolder title on the poster.',
      'Our CEO wants the tagline more big.',
      'Could you swap the team photo for the one from the summer party?',
      'Can you re-record lines 3 to 7 sounding a little less stiff?',
      'Please redub the second scene with a calmer voice.',
      'Please shorten the workshop slides to ten.',
      "We'll need the intro re-recorded.",
      'The product shots will have to be reshot on white.',
      'The figures have to be recut by region.',
      'Chapter 2 wants a rewrite.',
      'The deck needs a restructure so part 4 comes first.',
      'What if the deck started with the results?',
      'Ideally the video would open on the product shot, not the team.',
      'How about the headline in navy?',
      'Would it work to put the price first on the flyer?',
      'Thinking the intro could be shorter.',
      'I wonder if the logo could be a bit bigger.',
      'The photo feels a little flat, maybe punch up the colours?',
      'Part 4 should come first in the deck.',
      'The summary needs to go at the top of the report.',
      'The testimonials would work better before the pricing section.',
      'Not sure about the font, can we try something rounder?',
      'Please send the report again, but split by region this time.',
      'the smoke, less please',
      'the voice, more slow please, and the music more low',
      'is possible to have the sofa green?',
      'can you do the sofa more green',
      'Can you do again the report but by region?',
      'Sofa should be green, not grey.',
      'I prefer the sofa in green.',
      'Can you put the kitchen cabinets in walnut?',
      'the lamp, make it more big pls',
      'We need the deck restructured so section 4 opens it.',
      'Can the deck be restructured with part 4 first?',
      'Could you re-write the onboarding emails in a friendlier tone?',
      'Can you update the report so it shows regions instead of products?',
      'The font in serif instead of sans please, and the quote in italics.',
      'the lighting maybe 10% brighter?',
      'Could you swap the hero photo for a brighter one? I assume that is included in your fees.',
      'Could you restructure the report so the recommendations come first?',
      'Any chance you could rerun the regression without the outliers?',
      'Please reissue the deck with the Q3 numbers swapped in.',
      "We'd like you to redraft section 3 in plainer English.",
      'Can you reorganize the handbook by department rather than by topic?',
      'Would you mind re-recording the voicemail greeting with our new opening hours?',
      'Can u redo the graphs per region and not per product pls',
      'Could you rework the workshop exercises so they use our sales data?',
      'Could you revert the banner to the earlier palette?',
      'Please reformat the white paper in our new template.',
      'Can we make the fog less?',
      'the music at the end, can you make it a bit softer',
      'Can you make the smoke a little thinner?',
      'Bathroom render: tiles grey instead of white, mirror round instead of square.',
      'The title in capitals rather than lower case, please.',
      'Could the chart be a touch bigger and the legend a notch smaller?',
      'Chairs: walnut instead of oak.',
      'The hero photo maybe 30% smaller, and the button a bit bolder.',
      'Take the second one and try it in dark blue with a bit more space between the letters.',
      'Pick the round one and give it a go in navy with bolder letters.',
      'Maybe have a go at the mark in charcoal, with the tagline spaced out more.',
      'Could you try the poster in a pale yellow?',
      'Notes from the team: whiter teeth on Dan, smoother hair on Priya, and a lighter background.',
      "Some requests from the board: Mark slimmer, Julie's fringe tidied, the logo on the wall removed.",
      "A couple of people asked for edits: Tom's shirt less creased, the sky bluer.",
      'On photo 14 the red eyes need sorting.',
      "They'd like the blemishes cleaned up and the background evened out on all the headshots.",
      'Can you make the teeth whiter on photo 3?',
      'Please straighten the horizon on the beach pictures.',
      'Our phone number changed, could you update it everywhere in the listings you sent last week?',
      'Could you put the new logo on all twelve banners you delivered in March?',
      'The brand name is now Nova: can you replace it throughout the brochures you did for us?',
      'Can you re-sync the subtitles to the new edit?',
      'Could you retime the captions to match the shorter cut?',
      'Can you thicken the lines and cool down the palette?',
      'Please fatten up the outlines and warm the shadows.',
      'Go with the second logo but in olive, and give the letters more room.',
      'Keep the layout but in a darker green, please.',
      "For the headshots: can you whiten Ben's shirt and smooth out the creases on Lucy's jacket?",
      'The edit changed, so the captions you made need syncing to the new version.',
      "Could the voiceover be a woman's voice instead?",
      'Could the background music be piano instead?',
      'The chart colours clash with our brand, please use our palette.',
      'I showed it to my wife and she thinks the pink is too much.',
      'The gradient looks a bit much on the cover.',
      'The logo looks squashed on mobile, can it breathe a bit more?',
      'Could the photos on the team page all be the same size?',
      'Can we see what it looks like with the photo on the left?',
      'What would it look like in landscape?',
      'What would the poster look like without the border?',
      'The client finds the tone a bit stiff; can it sound more like us?',
      'Could the voiceover sound a bit less robotic?',
      'Could you put more emphasis on the discount in the banner?',
      'The sound on the interview is a bit quiet, could you boost it?',
      'Can you boost the vocals in the chorus?',
      'Can you do the modifications on the flyer like we discussed?',
      'Please do the corrections I sent in the PDF.',
      'The boss say the title is not good, he need other one.',
      "The photo is not right, we'd like a different one.",
      'Me and my partner prefer if the pictures are more warm.',
      'It would be better if the logo was a bit bigger.',
      'Could you swap the photo on the homepage? Given your rates, we assume small tweaks like this are included.',
      'Can you make the logo a bit bigger? Honestly your fees are already high so I hope this is free.',
      'The client wants the intro re-recorded. I know your rates went up, but can we keep the old price for this?',
      'Could you shorten the video to 30 seconds and also cut a vertical version for Stories?',
      'Our director’s only comment: "logo bigger, less text".',
      'Hey! Tiny thing, can the phone number be in bold?',
      'Can you put the logo on the left rather than at the top of the flyer?',
      'The survey results should be broken down by age group rather than by city.',
      'Could you break them down by age rather than by city?',
      'Could you have the contract translation amended so it says "Lessee" throughout instead of "Tenant"?',
      'The glossary you sent: please re-sort the entries alphabetically.',
      'pls replace "Ltd" by "GmbH" everywhere in the brochure',
      'We need the terms in the handbook re-ordered alphabetically.',
      'Could you change "colour" to "color" throughout the manual?',
      'The client would like the app strings reworded throughout to use "you" instead of "the user".',
      "Honestly I'd feel happier if the bird were a touch smaller and the script a little looser.",
      'It would work better if the green were softer.',
      "I'd be more comfortable if the headline was a bit less shouty.",
      "I'd be a lot happier if the type were rounder and the tagline shorter.",
      'Would look nicer if the background were a shade warmer, to be honest.',
      'Me I would feel better if the flower was little bit more small.',
      'If the border were a bit thinner, I think it would breathe more.',
      'My boss wants a warmer tone on every portrait.',
      'Marketing wants punchier colours across the whole set.',
      'The director wants a lighter background on all the thumbnails.',
      'The seller is asking for greener lawns in the garden photos.',
      'The landlord wants the hallway brighter in all the listing photos.',
      'The client wants to change the headline to something punchier.',
      "I'd prefer a lighter background.",
      "We'd like a bolder font for the title.",
      'It would look better with a darker border.',
      'The owner would love the sky a touch bluer.',
      'My partner wants the letters rounder.',
      "I'd be happier if the rose had softer petals.",
      'Could you change the logo? Also please be available on Slack during office hours.',
      'Our CEO asked for a darker background on every slide.',
    ],
    quiet: [
      'The committee asked that the meeting be moved to Thursday.',
      'We chose oak flooring rather than walnut for the office, it suits your design.',
      'I drink green tea rather than black these days.',
      'Could you make them a white paper on the new rules?',
      'Our refund policy changed, so please update your bank details on the form.',
      "Let's get the team a black coffee before the call.",
      'We ask that all invoices be sent to accounts, not to me.',
      'I asked that the deadline be pushed back a week, and they agreed.',
      'They requested that the files be renamed before upload to the drive.',
      'As a test, please rework two pages of our existing brochure.',
      'Could you redesign the cover of our old catalogue for the trial?',
      'Please update the footer in our current website while you are at it.',
      "Could you refresh the school's newsletter too?",
      "We'd like you to rebuild the clinic's website this spring.",
      'Kindly restyle four slides from our present deck so we can compare.',
      'Could you move our 2,000 subscribers over from Sendinblue into Klaviyo?',
      'Would you mind migrating the customer records from the old CRM to HubSpot?',
      'Can you transfer the bookings from the spreadsheet into the new system?',
      'Please copy the members across from the old forum.',
      'Could you drop them in by 5pm today?',
      'Pop the exports over within the hour, please.',
      'Can you send the fonts across before lunch?',
      'It should be more proofreading than rewriting, so quick.',
      'This one will be less designing than resizing, really.',
      'Could we move the shoot of the harbour to either Monday or Tuesday next week?',
      'We need to move the photo session to Friday.',
      'Can we push the interview recording back a week?',
      'We moved the tables further apart for the party, it was great.',
      'Could you turn the page 90 degrees before scanning it?',
      'Please sit closer together at the dinner so everyone fits.',
      "Let's move the two calls closer together on Thursday.",
      'The venue turned 10 years old this week.',
      'Can you bump the blog post to the top of your pile?',
      'Please revise the quote so it shows VAT separately.',
      'We saw the shop with the lights a bit brighter last night, lovely.',
      'Your invoice still needs rewording to match our PO.',
      'Can we move the meeting to Thursday?',
      'We need to move every freelancer and supplier to net 45 from July.',
      'We had to re-record the whole album ourselves in May.',
      'Could you switch the point of contact on the purchase order to Priya?',
      "Let's shift the dress rehearsal to the morning.",
      'Please change the venue for the launch drinks to the rooftop bar.',
      'Could you move the raw footage to the shared drive before Friday?',
      'Change of plan: the launch is now in May.',
      "All approved, please don't change anything.",
      'The contact form is broken, could you fix it?',
      "If the client wants any changes, I'll let you know.",
      'Could you reduce the price a little?',
      'We can crop them ourselves for Instagram.',
      "We'd like to redo our brochure this spring. Could you send me your rates?",
      'Any chance of getting the first cut by Monday rather than Wednesday?',
      'Quick recap: budget agreed, kick-off moved forward.',
      'Maybe a bigger venue next year.',
      'Our contract needs updating before April.',
      'Can you say Tuesday instead of Monday in your reply to them?',
      'Your profile needs updating on the supplier portal.',
      'I wonder if the deadline could be moved to May.',
      'The delivery date could be changed if needed.',
      'This line should not be deleted.',
      'The photo was too dark on my old laptop, fine now.',
      'The meeting is too long for a Friday.',
      'The Q&A session should go after the lunch break.',
      'The video is too long to send by email, I will use a link.',
      'Can the invoice say "Studio Nord" instead of "Nord"?',
      'Safety should come first.',
      'Payment should come before delivery.',
      'What if we moved the call to Friday?',
      'Our team could be bigger next year.',
      'We put the logo first in our brand book last year.',
      'What if you tried the new café next door?',
      'Can we try something else for lunch?',
      'To clear the bucket, you can delete the keys in it one at a time.',
      "Could we do a re-run of last year's workshop in June?",
      'Please send a redo of the invoice with the new address.',
      'The TV series will have to be recut for the US market, says the article.',
      'You can swap the dates of the two workshops if easier.',
      'The price, less please.',
      'Could you send the files again? The link broke.',
      'Is possible to have the invoice by Friday?',
      'Can you do again the intro call with the new manager?',
      'Can you refresh the page and tell me if the error is gone?',
      'Kindly revert with your best quote.',
      'Please rebuild the project locally and send me the logs.',
      'Could you rerun the test suite on your side?',
      'Can you reorganise the files in the shared drive?',
      'Can you rebalance the workload with Anna?',
      'The wedding theme is navy instead of black tie.',
      'Dress code: black, not white.',
      'The café should be white and bright, the architect says.',
      'We need the contract restructured before signing.',
      'The flowers on the table, white instead of red, were lovely.',
      'The status should be green before we launch.',
      'Can you put the files in the green folder?',
      'We paid by card instead of transfer this time.',
      "We'd like the invoice in pounds rather than euros.",
      'Could you rerun the payroll export tonight?',
      'We re-ran the model on our side and got the same result.',
      'Could you rerun the backup tonight?',
      'Please restructure your invoice so VAT is shown separately.',
      'We chose white instead of oak for our kitchen in the end.',
      "For the first render we'd like the sofa in green instead of grey.",
      'Can you make it on Thursday instead?',
      'Could you make it a bit earlier, say 2pm?',
      'Can you make more reels this month?',
      'It would make it more affordable for us.',
      'Our revenue is 30% bigger than last year.',
      'Which one is more big, the A3 or the A2?',
      'Please add these figures to the last two slides.',
      'Another agency quoted 900, could you match that?',
      'Deck: we need it by noon, the board call got moved to 1pm.',
      'We want the site indexed and warmed up before the sale.',
      'Can you straighten out the accounts with Jane?',
      "Let's even out the workload across the team.",
      'Could you resync your calendar with ours?',
      'Could you smooth things over with the landlord?',
      'Could you add your VAT number on all the invoices you sent?',
      'Please update your details in the forms you sent back.',
      "Let's try the new place in Green Lane for lunch.",
      'Can we try it in person next week?',
      'We whitened the walls ourselves last week.',
      'The calendars need syncing before the audit.',
      'Go with the usual caterer but in the garden this time.',
      "Could you calm Anna's nerves before the pitch?",
      'Could the meeting be a video call instead?',
      'Could the contact person be Maria instead?',
      'Our new logo clashes with the old signage, so we will use the new one everywhere.',
      'The traffic is too much on Fridays.',
      'Give the team more room to decide.',
      'Could all the speakers have the same time slot?',
      'Could all suppliers use the same invoice format?',
      "I'd love to see what the venue looks like in summer.",
      'Do you know what the weather would look like with the storm coming?',
      'Can you boost our sales on Instagram this month?',
      'Please turn down the heating when you leave the studio.',
      'Could it feel more like a holiday for the team this year?',
      'We need to put more focus on the US market.',
      'The date is not good for us, we need another one.',
      'Can you make the changes to the contract?',
      'Please make the changes to the schedule we discussed.',
      "We'd prefer if the meeting was shorter.",
      'It would be great if the weather was warmer.',
      'Hello, we would like to redo our brochure this spring. What are your rates for that kind of job?',
      "We're looking to rework our logo and website. Could you tell us your fees and availability?",
      "We'd like to change our packaging next year. Do you do packaging, and what would it cost?",
      'Could you also cut a vertical version for Stories?',
      'Weather this weekend: sky clearer, days longer.',
      'Holiday notes: the sky bluer than ever, the sea warmer.',
      'Can the invoice be in bold letters?',
      'Our office is on the left rather than on the right after the lift.',
      'In our CRM the data is grouped by region, not by product.',
      'Our sales are broken down by region rather than by product this year.',
      'Could you drop a line in the Slack channel when the files are up?',
      'Could you drop every raw file of the shoot into the shared folder?',
      'Please drop the working files into our Dropbox when you can.',
      'Can you drop the source files and fonts from the last batch into the client folder?',
      'Drop the RAWs into WeTransfer and send me the link.',
      'Pls upload the cut-down versions to the team drive tonight.',
      'Just chuck the open files on the server whenever.',
      'Could you pop the final PDFs into the project folder?',
      'Dump everything from Thursday into the shared Box.',
      'Here are the sales numbers; can you pop these into the last three empty pages of the report?',
      'Please paste the attached quotes into the empty boxes on page 4.',
      "We'd love to watch a rough cut before the board meets.",
      "We'd like to see the first cut by Friday.",
      'Another translator offers 8 cents per word, can you match it from now on?',
      'Just drop me a note once the draft is ready.',
      'Feel free to drop us a message in #design if you get stuck.',
      'Please keep us updated throughout the project.',
      "We'll have to rename the product everywhere once legal decides.",
      'Please use British spelling throughout.',
      'Could you list the sponsors alphabetically on the back page?',
      'Can you rename the files alphabetically before uploading?',
      "I'd feel better if the deadline were a bit later.",
      'It would work better if the meeting were shorter.',
      "We'd feel better if the weather were warmer for the shoot.",
      "I'd feel better if the team were bigger.",
      "It'd be better if our budget were bigger.",
      "We'd be happier if the office were closer to the station.",
      'It would help if the files were smaller, our inbox is full.',
      'The owner wants a bigger house next year.',
      'My boss wants a warmer office.',
      'The director wants a lighter schedule in December.',
      'She wants a bigger budget for the launch.',
      "Our developer wants to use the same green on the app, what's the hex code?",
      'My web guy is going to match the colours on the landing page, can you send the codes?',
      'The print shop wants to resize it for the banner, could you send the vector file?',
      'Our designer wants to reuse the icon set in the newsletter.',
      'Our social media person will crop the pictures for Stories, no need to do anything.',
      'The IT team needs to resize the logo for the intranet header.',
      'Our intern will swap the photos on the site once you send the final set.',
      'The photographer can brighten the group shot on her side.',
      'The guy who does our website wants to match the colours, what are the hex codes?',
      'The lady who runs our Instagram wants to crop them square.',
      "We'd love a brighter future for the shop.",
      "I'd prefer a shorter meeting.",
      "We'd like a more recent photo of you for the speakers page.",
      'We want a bigger logo than the one we have now; could you quote for a redesign?',
      "We'd go with the darker palette, it's perfect.",
      'The studio would feel warmer with brighter lighting in winter.',
      'It would be easier if the shop had longer opening hours.',
      "I'd feel better if the project had more budget.",
      "I'd feel better if the roads were safer.",
      'I would be happier if my colleagues were nicer.',
      "I'd sleep better if the servers were faster.",
      "I'd like to change a couple of things about how we work together: a status email every Friday and Slack from 9 to 5.",
      'We need to change a few things. Please send me a status report every Friday and be on Slack during office hours.',
    ],
  },
} satisfies Rule);
