import { isNegated } from '../../negation.ts';
import { sentOn, type Rule, type RuleContext, type RuleExample, type RuleHit } from '../../rule.ts';
import { sentenceAt, type Sentence } from '../../sentences.ts';
import type { Lang } from '../../types.ts';
import {
  asksReader,
  isReportOrProgress,
  NOTICE,
  OFF_HOURS_SLOT,
  OWN_ABSENCE,
  relaxedHandover,
  REPORTED_BEFORE,
  sentenceAndNext,
  STANDING,
  UNFINISHED,
} from './urgency-short-turnaround.ts';
import { REASSURANCE } from './urgency-urgent.ts';
import { OFFERED_SLOT } from '../shared/offered-slot.ts';
import { withoutTimecodes } from '../shared/media-timecode.ts';

export interface RushedDeadlineSpec {
  lang: Lang;
  /** Whether the sentence around a deadline asks the reader to deliver by then. */
  asksReader: (context: RuleContext, start: number) => boolean;
  /** A bundle of work ("everything", "l'ensemble"): the same deadline is tighter for it. */
  bulk: RegExp;
  /** A date agreed earlier and restated ("as agreed", "comme convenu"), or a reassurance: not a rush. */
  calm: RegExp[];
  /** A past report just before a day word, and words asking for progress rather than finished work. */
  reportedBefore: RegExp;
  unfinished: RegExp;
  /** An ordinary same-day or next-morning hand-over asked with the day still ahead. */
  relaxed: (context: RuleContext, hit: { start: number; end: number }) => boolean;
  examples: { fires: RuleExample[]; quiet: RuleExample[] };
}

/** A span of hours or days ("Tuesday to Thursday", "de 12:40 à 15:10") is a schedule, not a deadline. */
const RANGE_BEFORE = /\b(?:from|between|de|du|entre)\s+(?:\S+\s+(?:to|till|until|-|a|au|et|and)\s+)?$/;
/** A date looked back to ("back to December 5", "depuis lundi") is not due. */
const PAST_BEFORE = /\b(?:back to|since|as of|effective|retroactive(?:ly)? to|depuis|a compter du|avec effet au)\s+$/;
/** A date things start from ("dès lundi", "starting Monday") is not due. */
const START_BEFORE = /\b(?:des|a partir de|a partir du|starting(?: from| on)?|beginning|from)\s+$/;
const RANGE_INSIDE = /\s(?:to|till|until|through|au|-)\s/;
/** "from 10", "dès 10h": when something opens or starts, not when work is due. */
const START_INSIDE = /^(?:from|starting|between|de|des|entre|a partir)\b/;
const RANGE_AFTER =
  /^\s*(?:to|till|until|-|a|au|et|and)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/;

/** "available until 10pm", "joignable jusqu'à 22h": a window of availability, not a due time. */
const UNTIL_AVAILABLE =
  /\b(?:available|reachable|online|on call|around|contactable|open|opens|here|in the office|at the studio|disponible|dispo|joignable|connecte\w*|en ligne|present\w*)\b[^.!?\n]{0,40}\b(?:until|till|jusqu'a|jusqu'au)\s+$/;

/** « le mardi » with no date after it is every Tuesday (a habit, « le mardi, restez sur place »), not one due day. */
const HABITUAL_BEFORE = /\ble\s+$/;
const HABITUAL_DAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?!\s*\d)/;

/** "half a day" is a length of time, not a moment. */
const DURATION = /^(?:a|an|one|half a|1\/2 a|\d+) (?:day|hour|week|jour|heure|semaine)s?$/;

const DAY_MS = 24 * 60 * 60 * 1000;

const hoursText = (hours: number): string => String(Math.round(hours * 10) / 10);

/** The next sentence points back at the moment just named: "before then", "beforehand", "d'ici là", a bare "avant." */
const BEFORE_THEN =
  /\b(?:before then|by then|before that|beforehand|ahead of (?:it|that)|in time for (?:it|that)|d'ici la|avant (?:ca|cela|cette heure-la)|pour cette heure-la|au prealable)\b|\bavant(?= ?[.!?]| ?$)/;

/**
 * The moment is set in one sentence and the work asked for in the next: "The review moved to 3pm today. Could you
 * get me the breakdown before then?", "J'ai rendez-vous à 14h. Pourriez-vous m'envoyer le planning d'ici là ?".
 */
function asksBeforeThen(context: RuleContext, sentence: Sentence, spec: RushedDeadlineSpec): boolean {
  const next = context.sentences[context.sentences.indexOf(sentence) + 1];
  if (!next) return false;
  const text = context.text.slice(next.start, next.end);
  const then = BEFORE_THEN.exec(text);
  return then !== null && spec.asksReader(context, next.start + then.index);
}

/**
 * Insistence ("it's non-negotiable", "sans faute"), or the moment declared immovable ("I can't push it back", "the
 * date is fixed", « je peux pas la repousser », « impossible de décaler »), in the sentence or the next one: a small
 * job due right after days off is then a rush as well.
 */
const INSISTED =
  /\b(?:non-?negotiable|non negotiable|without fail|no matter what|no excuses|non negociable|sans faute|coute que coute|quoi qu'il arrive|pas negociable)\b|\b(?:it'?s|this is|that'?s|it is) (?:really |very |extremely |truly |super )?(?:pressing|critical|crucial|vital|make[- ]or[- ]break)\b|\b(?:we|i) (?:literally |really |absolutely |simply |just )?(?:can'?t|cannot|can not|mustn'?t) (?:afford to )?miss (?:it|this|that|the (?:deadline|slot|date|window))\b|\b(?:absolument|imperativement) besoin\b|\b(?:il (?:nous|me) (?:le |la |les )?faut|il faut) (?:absolument|imperativement)\b|\bsinon (?:on|nous|je) (?:passe|passons|rate|ratons|perd|perdons|loupe|loupons)\b|\b(?:otherwise|or else) (?:we|i) (?:lose|miss|blow)\b|\b(?:can'?t|cannot|can not|won'?t be able to|unable to|not able to|no way (?:to|i can|we can)) (?:push|move|shift|delay|postpone|budge|reschedule|bump|slide|slip)(?: (?:it|this|that|them|the (?:\w+ )?(?:date|deadline|launch|slot|listing|release|go-live|event|opening|print run)))?(?: back| out| later)?\b|\b(?:can'?t|cannot|can not|won'?t|will not) be (?:pushed|moved|shifted|delayed|postponed|rescheduled)\b|\bno (?:moving|pushing|shifting|budging) (?:it|this|that|the date)\b|\bset in stone\b|\b(?:date|deadline) is (?:fixed|firm|final|immovable)\b|\bhard deadline\b|\b(?:peux|peut|pouvons|pourrai|pourra|pourrons|pouvez) (?:pas|plus) (?:la |le |les |l')?(?:repousser|decaler|reporter|deplacer|bouger|retarder|differer)\b|\bimpossible de (?:la |le |les |l')?(?:repousser|decaler|reporter|deplacer|bouger|retarder)\b|\b(?:peut|pourra) (?:pas|plus) etre (?:repousse|decale|reporte|deplace|retarde)e?s?\b|\bpas moyen de (?:la |le |les |l')?(?:repousser|decaler|reporter|bouger)\b|\b(?:date|echeance|deadline) (?:est )?(?:ferme|fixe|intangible|gravee dans le marbre)\b/;

/**
 * The sender owns that the time is tight ("I know it's Friday night", "c'est serré, je sais"): a rush, even for a
 * small job. Owning that the day is a holiday ("I know tomorrow's Thanksgiving, but") asks for the day off instead.
 */
const ACKNOWLEDGED =
  /\b(?:i know|i reali[sz]e|i'?m aware|je sais|j'ai conscience)\b[^.!?\n]{0,30}\b(?:tight|short notice|last[- ]minute|late|friday (?:night|evening)|serre|court|tard|derniere minute|vendredi soir)\b|\b(?:tight|short notice|last[- ]minute|friday (?:night|evening)|serre|derniere minute|vendredi soir)\b[^.!?\n]{0,30}\b(?:i know|je sais|j'en ai conscience)\b/;

/**
 * A batch counted in tens or more, in the sentence or the one before ("180 new strings … we need them by tomorrow
 * noon", « les 40 fiches produits »): like "everything", it needs more than one working day.
 */
const COUNTED_BATCH =
  /\b(?:\d{2,4}|dozens? of|hundreds of|(?:twenty|thirty|forty|fifty|sixty|hundred|vingt|trente|quarante|cinquante|soixante|cent)(?:-\w+)?)\s+(?:[a-z'-]+\s+){0,2}?(?:strings|pages|photos|pictures|images|words|files|products|slides|articles|posts|videos|clips|items|entries|listings|descriptions|captions|labels|screens|documents|chapters|sections|banners|visuals|renders|shots|questions|mots|fiches|visuels|produits|fichiers|diapos|textes|chaines|traductions|legendes|etiquettes|ecrans|chapitres|annonces|vignettes|rendus)\b/;

/** "At the latest" on a day off itself ("by Saturday noon at the latest" sent Friday night): a rush as well. */
const AT_THE_LATEST =
  /\b(?:at the (?:very )?latest|no later than|au (?:grand |plus )?plus tard|dernier delai|grand maximum)\b/;

/**
 * A requested deadline that leaves less than a working day (two for a bundle of
 * work), counted in the freelancer's working hours from when the mail was sent.
 * Shared by both languages; only the sentence cues differ.
 */
export function rushedDeadlineRule(spec: RushedDeadlineSpec): Rule {
  return {
    id: 'urgency/rushed-deadline',
    category: 'urgency',
    lang: spec.lang,
    confidence: 0.75,
    reason: {
      en: 'The deadline leaves less than a working day for the job, counted in your working hours from when the email was sent.',
      fr: 'L’échéance laisse moins d’une journée de travail pour la tâche, en comptant vos heures de travail depuis l’envoi du message.',
    },
    find(context) {
      const workingDay = (context.settings.workEndMinutes - context.settings.workStartMinutes) / 60;
      const hits: RuleHit[] = [];
      for (const deadline of context.deadlines) {
        if (deadline.purpose !== 'delivery') continue;
        const sentence = sentenceAt(context.sentences, deadline.start);
        if (!sentence || !(spec.asksReader(context, deadline.start) || asksBeforeThen(context, sentence, spec)))
          continue;
        const text = context.text.slice(sentence.start, sentence.end);
        if (spec.calm.some((c) => c.test(text))) continue;
        // A slot offered or left to the reader's choice, often said in the next sentence ("Whichever suits you.").
        if (OFFERED_SLOT[spec.lang].test(sentenceAndNext(context, deadline.start))) continue;
        if (isReportOrProgress(context, deadline, spec.reportedBefore, spec.unfinished)) continue;
        if (isNegated(spec.lang, context.text, sentence, deadline.start)) continue;
        if (spec.relaxed(context, deadline)) continue;
        const before = context.text.slice(Math.max(sentence.start, deadline.start - 12), deadline.start);
        const after = context.text.slice(deadline.end, Math.min(sentence.end, deadline.end + 16));
        const inside = context.text.slice(deadline.start, deadline.end);
        if (
          RANGE_BEFORE.test(before) ||
          PAST_BEFORE.test(before) ||
          START_BEFORE.test(before) ||
          RANGE_AFTER.test(after) ||
          RANGE_INSIDE.test(inside) ||
          START_INSIDE.test(inside)
        )
          continue;
        if (after.startsWith("'s") || DURATION.test(inside)) continue;
        if (HABITUAL_BEFORE.test(before) && HABITUAL_DAY.test(inside) && !/^\s*\d/.test(after)) continue;
        if (UNTIL_AVAILABLE.test(context.text.slice(sentence.start, deadline.start))) continue;
        const index = context.sentences.indexOf(sentence);
        const previous = index > 0 ? (context.sentences[index - 1] as Sentence) : sentence;
        const bulk = spec.bulk.test(text) || COUNTED_BATCH.test(context.text.slice(previous.start, sentence.end));
        // An hour or part of a day ("Monday lunchtime", "lundi midi") just after days off: the days off are all the slack.
        const pinnedAfterDaysOff =
          deadline.timeOfDay !== 'none' &&
          context.sentAt !== null &&
          Date.parse(deadline.at) - context.sentAt.getTime() > 2 * DAY_MS;
        if (deadline.workingHoursLeft >= (bulk || pinnedAfterDaysOff ? 2 * workingDay : workingDay)) continue;
        // A small job due right after days off ("Monday 8am" sent Friday night) is asking for
        // weekend work (off_hours) rather than a rush; a bundle of work is both.
        const spansDaysOff =
          deadline.workingHoursLeft < 1 &&
          context.sentAt !== null &&
          Date.parse(deadline.at) - context.sentAt.getTime() > DAY_MS;
        // The same for a small job due on a weekend or public holiday itself ("demain" when tomorrow is 1 August).
        const onDayOff = deadline.outside?.kind === 'holiday' || deadline.outside?.kind === 'weekend';
        const insisted =
          INSISTED.test(sentenceAndNext(context, deadline.start)) ||
          (onDayOff && AT_THE_LATEST.test(text)) ||
          ACKNOWLEDGED.test(context.text.slice(previous.start, sentence.end));
        if ((spansDaysOff || onDayOff) && !bulk && !insisted) continue;
        const hours = hoursText(deadline.workingHoursLeft);
        hits.push({
          start: deadline.start,
          end: deadline.end,
          deadline,
          reason:
            deadline.workingHoursLeft === 0
              ? {
                  en: 'No working time is left before this deadline: it can only be met by rushing outside your hours.',
                  fr: 'Il ne reste aucune heure de travail avant cette échéance : elle ne peut être tenue qu’en travaillant dans l’urgence, hors de vos horaires.',
                }
              : {
                  en: `Only about ${hours} working hours are left before this deadline: less than a normal turnaround for the job.`,
                  fr: `Il ne reste qu’environ ${hours} heures de travail avant cette échéance : moins qu’un délai normal pour la tâche.`,
                },
        });
      }
      return hits;
    },
    examples: spec.examples,
  };
}

export default withoutTimecodes(
  rushedDeadlineRule({
    lang: 'en',
    asksReader,
    reportedBefore: REPORTED_BEFORE,
    unfinished: UNFINISHED,
    relaxed: relaxedHandover,
    bulk: /\b(?:everything|all of (?:it|them|this|these|those)|the (?:whole|full|entire|complete) |all (?:the |these |those |my |our |\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)|the rest of)/,
    calm: [
      REASSURANCE,
      STANDING,
      OWN_ABSENCE,
      NOTICE,
      OFF_HOURS_SLOT,
      // A quick reply ("let me know by 10am") is not a rushed piece of work.
      /\b(?:contact|rsvp|register|sign up|enrol+|let (?:me|us) know|confirm|respond|reply|get back to)\b/,
      /\bas (?:agreed|planned|discussed|scheduled|quoted|per (?:the|your|our) (?:quote|schedule|plan|contract|sow))\b|\b(?:original|agreed) (?:deadline|date|schedule)\b|\bworks (?:well |fine )?for us\b/,
    ],
    examples: {
      fires: [
        { text: "We'd need the rough cut by Monday lunchtime for the press day.", sentAt: '2026-03-12T15:05:00+00:00' },
        {
          text: "I know it's Friday night. Could you have the captions drafted by Monday evening?",
          sentAt: '2026-03-13T18:50:00+00:00',
        },
        {
          text: 'The poster has to be ready for Monday 8am, and that is non-negotiable.',
          sentAt: '2026-03-13T19:00:00-05:00',
        },
        {
          text: 'The client call got moved to 2pm today. Can you send me the pricing table by then?',
          sentAt: '2026-03-10T10:30:00-05:00',
        },
        { text: 'We need everything by Thursday 10am, the launch is Friday.', sentAt: '2025-05-13T17:20:00-07:00' },
        { text: 'Could you send all twenty pages by Monday 9am?', sentAt: '2025-10-17T18:45:00-07:00' },
        { text: 'Please send the translation by 4pm.', sentAt: '2025-04-23T11:30:00-04:00' },
        {
          text: 'Could you get us the Spanish captions by Sunday 10am at the latest?',
          sentAt: '2026-03-14T18:00:00+01:00',
        },
        {
          text: 'The jury meets tomorrow at 9. Could you send me the portfolio beforehand?',
          sentAt: '2026-03-10T15:00:00+01:00',
        },
        // A batch counted in tens, due in little more than a working day.
        ...sentOn(
          '2026-03-10T11:00:00+01:00',
          'We have 140 new strings for the app. Could you translate them by tomorrow 1pm?',
          'Could you retouch the 60 product photos by tomorrow at noon?',
          'There are about 35 listings to rewrite. We need them back tomorrow 2pm.',
          'Could you caption these fifty clips by 12:00 tomorrow?',
        ),
        // Due on the day off before work starts, the moment declared immovable.
        ...sentOn(
          '2026-03-13T19:30:00-05:00',
          "Can you drop the retouched set in the folder by 8am tomorrow? The open house starts at ten and I can't move it.",
          'Could you get the menu into my inbox by 7am tomorrow? The printer opens at eight, no way to push it back.',
          "Please have the cut ready for 8am tomorrow. The screening can't be postponed.",
          'Could you send the slides by 9am tomorrow? Our board date is fixed.',
          "We need the banner by tomorrow 8am, the sale goes live then and we can't shift it.",
          // The stakes insisted on: "it's really pressing", "we can't miss this one".
          'Could you send the final deck by Monday 9am? It is really pressing, the pitch opens the day.',
          "Could you get the brochure to me by Monday 8am? We simply can't miss the slot at the printer.",
          'Please get the captions to me by Monday 9am, otherwise we lose the broadcast window.',
        ),
      ],
      quiet: [
        // A colon clock that is a place in a recording, not a time of day.
        ...sentOn(
          '2026-03-10T16:30:00+00:00',
          'Two notes on ep 9: can you take out the long pause at about 22:40, and lift the guest a little?',
          'Loved the cut. Could you trim the cough near 23:05 where I lose my thread?',
          'Please fix the subtitles that drift at 1:12:08 before you export.',
          'In the trailer, could you hold the logo shot at 21:30 a second longer?',
          'Could you cut the bit at 22:15 where the dog barks?',
          'The rain loop clicks at about 2:13 each time it restarts; could you smooth it?',
          'The chapter marker at 48:20 is off; can you move it to the right spot?',
        ),
        { text: "We'd need the rough cut by Monday lunchtime for the press day.", sentAt: '2026-03-10T10:00:00+00:00' },
        {
          text: "Thanks for the banner, I'd like to publish it first thing tomorrow.",
          sentAt: '2026-03-10T10:00:00-05:00',
        },
        { text: 'Today could you put your time into the checkout copy?', sentAt: '2026-03-10T09:05:00+00:00' },
        { text: 'If you need to leave before 4pm today, just tell reception.', sentAt: '2026-03-12T11:00:00+00:00' },
        {
          text: "We're open till 9pm on Thursdays if you'd like to bring the prints in.",
          sentAt: '2026-03-12T15:00:00+00:00',
        },
        { text: 'The hand-over on 3 June we agreed suits us fine.', sentAt: '2025-03-19T15:00:00+05:30' },
        { text: "I'll send the product list by 4pm.", sentAt: '2025-04-23T11:30:00-04:00' },
        { text: 'Could you send rough timings by Wednesday?', sentAt: '2026-03-02T10:05:00+00:00' },
        { text: 'No rush, Friday noon as agreed is fine.', sentAt: '2025-04-23T11:30:00-04:00' },
        { text: "Starting today I'd like a progress update every 2 hours.", sentAt: '2025-01-13T09:20:00-07:00' },
        { text: 'Please be in the office Tuesday to Thursday.', sentAt: '2025-11-04T10:30:00+00:00' },
        { text: 'We need to reinstate her back to December 5, 2001.', sentAt: '2002-01-10T12:29:42-08:00' },
        { text: 'Could the updated brochure be in my inbox first thing Tuesday?', sentAt: '2025-05-16T17:50:00+01:00' },
        {
          text: 'Orders are rare at night, so could you move the shop to the new host between 1 and 3am tomorrow?',
          sentAt: '2026-03-10T11:00:00+00:00',
        },
        { text: 'On our side all is set for Thursday, just bring the camera.', sentAt: '2026-03-11T16:00:00+00:00' },
        { text: 'Could you get us the Spanish captions by Sunday 10am?', sentAt: '2026-03-14T18:00:00+01:00' },
        // A counted batch with time to spare, or a count that is no batch of work.
        ...sentOn(
          '2026-03-10T11:00:00+01:00',
          'We have 140 new strings for the app. Could you translate them by Friday 1pm?',
          'Could you fix the typo on slide 12 by tomorrow at noon?',
          'The meeting has 25 guests. Could you send me the seating plan by tomorrow 1pm?',
        ),
        // The same small job on the day off with the moment left movable (off_hours reads it).
        ...sentOn(
          '2026-03-13T19:30:00-05:00',
          "Can you drop the retouched set in the folder by 8am tomorrow? If that's too tight, I can move the open house.",
          'Could you get the menu into my inbox by 7am tomorrow? The printer can push it back if needed.',
          "Could you send the final deck by Monday 9am? It's not critical, we can't miss much by waiting.",
          'Please get the captions to me by Monday 9am; if not, we can run the broadcast without them.',
        ),
        {
          text: 'The jury meets on 30 April. Could you send me the portfolio beforehand?',
          sentAt: '2026-03-10T15:00:00+01:00',
        },
        // A standing ritual on every weekday is availability, not one due time.
        {
          text: 'From next month, please join us on Zoom each weekday for the 9:15 check-in, webcam on.',
          sentAt: '2026-03-10T10:05:00+00:00',
        },
        // A slot the sender offers, or the choice left to the reader: no deadline.
        ...sentOn(
          '2026-03-10T11:00:00-05:00',
          'Shall we do a kick-off call? I can do Wednesday 10am or Thursday 2pm; if neither works, send me your availability.',
          'Tuesday or Wednesday afternoon works on my side, tell me what fits you best and I will send a link.',
          'Could you come by the site Wednesday morning or Friday? Please pick whatever suits you.',
          'Wednesday morning would be ideal for me to go through the figures, but please say what suits you.',
          'Can you do a quick call? Wednesday 9am or Thursday 11am work for me, please tell me which is best for you.',
          'Can you come by the site Wednesday morning? If not, Thursday works for me too, your call.',
          "Tuesday at 5 or Wednesday 10am would suit me for the fitting, whichever you like and I'll send the address.",
          "Could you pop over to the bakery Wednesday morning to see the oven? If that's tricky, Friday is good for us too, you choose.",
          "I'd love to walk you round the venue; Wednesday 10am is free for us, though name whichever day fits you and I'll send directions.",
        ),
      ],
    },
  }),
);
