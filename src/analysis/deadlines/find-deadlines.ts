import type { ParsedComponents } from 'chrono-node';
import type { LocatedDeadline } from '../rule.ts';
import type { Sentence } from '../sentences.ts';
import type { AnalysisSettings, Lang } from '../types.ts';
import { DATE_PARSERS } from './date-parsers.ts';
import { describeOutside, type Moment } from './describe-outside.ts';
import {
  DEADLINE_WORDS,
  DELIVERY_BEFORE,
  MEETING_CUES,
  othersMomentAskedApart,
  REQUEST_CUES,
  WORK_WINDOW,
} from './request-cues.ts';
import { execAll } from '../text.ts';
import {
  DAY_MS,
  isoWithOffset,
  MINUTE_MS,
  startOfDay,
  workingMinutesBetween,
  zoneOffsetMinutes,
} from './working-time.ts';

export interface DeadlineInput {
  lang: Lang;
  /** Folded text and the newest message's sentences in it. */
  text: string;
  sentences: readonly Sentence[];
  sentAt: Date | null;
  sentOffsetMinutes: number | null;
  settings: AnalysisSettings;
}

/**
 * Only sentences with a date or time word reach chrono: its parse costs far
 * more than this test, and most sentences of a mail hold no date.
 */
const DATE_CUE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|tonight|tomorrow|tmrw|morning|arvo|evening|night|noon|midnight|weekend|aujourd'hui|demain|soir|soiree|matin|nuit|midi|minuit|january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\d{1,2} ?(?:h\d{0,2}|am|pm|a\.m|p\.m)|\d{1,2}:\d\d|\d{1,2}(?:st|nd|rd|th|er)|in \d+ (?:hours?|days?)|dans \d+ (?:heures?|jours?))\b/;

/** An event told in the past ("last time it was Saturday morning", "celui de samedi dernier"): nothing to attend. */
const PAST_EVENT =
  /\b(?:was|were|last|ago|went|had|dernier|derniere|passe|passee|etait|etaient|a eu lieu|avait|avons eu|a plu)\b/;
/** A day or hour of its own in a neighbouring ask ("soirée", "matinée" name events there, not moments). */
const OWN_MOMENT =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|tonight|tomorrow|aujourd'hui|demain|ce soir|next week|la semaine prochaine|\d{1,2} ?(?:h\d{0,2}|am|pm)|\d{1,2}:\d\d)\b/;
/** Periods too coarse to be a moment: "next week" is not a day to hold work to. */
const COARSE = /\b(?:week|semaine|month|mois|year|annee)\b/;
const MORNING = /\b(?:morning|matin(?:ee)?|first thing|premiere heure)\b/;
/** "lundi à la première heure", "Monday first thing": the day part named just after the day. */
const MORNING_AFTER =
  /^,?\s*(?:a la premiere heure|(?:a|des) (?:la )?premiere heure|premiere heure|au matin|a l'ouverture|first thing|in the morning|morning|early(?! (?:afternoon|evening|next))|bright and early)\b/;
const EVENING = /\b(?:evening|tonight|soir|soiree)\b/;
/** "Monday lunchtime", "mardi midi": chrono drops the noon after a day; the work is due by 12:00 that day. */
const NOON_AFTER = /^,?\s*(?:at |around |by |a |vers )?(?:lunch ?time|lunch|midday|noon|midi)\b/;
const NOON_MINUTES = 12 * 60;
const NIGHT = /\b(?:night|nuit)\b/;
/** "ideally before 8": a bare hour chrono does not read as a time. */
const BARE_HOUR =
  /^[\s,]*(?:\w+\s+){0,2}?(?:before|by|avant|pour) (\d{1,2})(?![\d:h.,]|\s*(?:%|am|pm|days?|jours?|hours?|heures?))\b/;
const WEEKDAY_AND_NUMBER =
  /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (\d{1,2})$/;
/** "between 9am and 3pm" when chrono reads the two ends apart. */
const SPAN_START = /\b(?:between|from|entre|de)\b/;
const SPAN_AFTER = /^\s*(?:and|to|till|until|-|–|et|a|au|jusqu'a)\s*\d/;
const ORDINAL_AFTER = /^,? (?:the )?(\d{1,2})(?:st|nd|rd|th)\b/;
/** "every evening", "tous les soirs": a standing routine, not one moment asked for. */
const RECURRING_BEFORE = /\b(?:every|each|chaque|tous les|toutes les)\s+$/;
/**
 * A short follow-up that asks the reader to attend or run the moment just named: "6am tomorrow. Could you join?",
 * "The launch is Sunday at 9pm. Could you host it?", "C'est samedi soir. Vous pourriez l'animer ?".
 */
const ATTEND: Record<Lang, RegExp> = {
  en: /\b(?:join|make it|attend|accompany (?:the|our|their|a|an) [a-z]+|(?:play|perform|sing) (?:at|for) (?:the|our|their) [a-z]+|be there|dial in|(?:call|ring|phone|buzz) (?:me|us) then|give (?:me|us) a (?:ring|call|bell|buzz|shout) then|your (?:presence|attendance) (?:is|will be) (?:expected|required|needed|mandatory|essential)|(?:need|want|expect) (?:you|u) (?:on|at|for|in) (?:those|these|them|each|every|all)(?: of them)?|(?:you'?re|you are|you'?ll be|you will be) (?:expected|needed|required) (?:on|at|in|for) (?:those|these|them|each|every|all|it|the)|(?:on |for )?that (?:same )?(?:day|evening|night|morning)|work for you|suit you|are you (?:free|available|around)|(?:be|need (?:you|u)|want (?:you|u)|expect (?:you|u)|have (?:you|u)) (?:online|there|on site|onsite|on hand|on stage|present|live|with us|(?:at|on) (?:the|our) (?:venue|stand|booth|stall|event|shop|store|door|desk))|be our (?:host|mc|emcee|moderator|photographer|speaker|presenter)|(?:be|stay|plan to be) on (?:the |this |that |our )?(?:\w+ )?(?:call|bridge|line|zoom|teams|meet|hangout|stream|chat)|take (?:the |some )?(?:photos|pictures|shots)|(?:host|run|moderate|facilitate|present|emcee|mc|dj|chair|lead|cover|staff|man|livestream|stream|film|shoot|photograph|supervise|oversee|handle|animate) (?:it|them|that|this|each (?:one|of them)|every one|all of them|(?:the|our|those|these) (?:\w+ )?(?:event|session|launch|evening|night|show|stream|livestream|webinar|party|booth|stand|stall|chat|q&a|panel|workshop|room|desk|ceremony|opening|dinner|gala|fair|meeting|broadcast|drop|stories|story|coverage|feed|socials|account|interview|focus group|tasting|rehearsal|tour|class|visit)s?))\b/,
  fr: /\b(?:participer|sur place|accompagner (?:la|le|les|notre|nos) [a-z]+|(?:jouer|chanter) (?:a|pour) (?:la|le|notre) [a-z]+|(?:appelle|appelez|telephone|telephonez)[- ](?:moi|nous) a ce moment-la|(?:tu seras|vous serez|seras-tu|serez-vous) (?:la|present|presente|dispo|disponible|connecte|connectee|en ligne)|(?:votre|ta) presence (?:est|sera) (?:attendue|requise|indispensable|obligatoire|necessaire|souhaitee)|ce (?:jour|soir|matin)-la|(?:sois|soyez|soit) (?:la|present|presente|dispo|disponible|connecte|connectee|en ligne)|(?:besoin|compte sur) (?:de )?(?:toi|vous) (?:la-bas|avec nous)|etre (?:present|presente|la|dispo|disponible|connecte|connectee|en ligne|avec nous|parmi nous)|(?:te|vous) joindre|(?:ca|cela) (?:te|vous) (?:va|convient)|dispo(?:nible)?s? pour (?:couvrir|animer|filmer|gerer|tenir|faire|assurer|presenter|moderer|photographier)|(?:venir|passer) (?:faire|filmer|photographier|couvrir|animer|tenir|aider|installer)|compte sur (?:toi|vous) pour|(?:l'|le |la |les )(?:animer|animes|animiez|animiez|presenter|presentes|presentiez|moderer|couvrir|gerer|filmer|photographier|tenir|assurer)|(?:animer|presenter|moderer|couvrir|tenir|gerer|assurer|encadrer|piloter|filmer|photographier|accueillir|faire|mener|conduire) (?:le |la |les |l'|notre |nos |ce |cet |cette |ces )(?:\w+ )?(?:evenement|soiree|stand|live|direct|chat|seance|atelier|webinaire|lancement|inauguration|salon|photos|video|sono|accueil|animation|table ronde|conference|fete|diner|gala|ceremonie|vernissage|entretien|interview|visite|degustation|repetition)s?|(?:etre|rester|reste|restez) (?:sur|dans) (?:l'|le |la )?(?:\w+ )?(?:appel|visio|call|teams|zoom|meet|pont|conference|ligne))\b/,
};
/**
 * The reader told they need not come: "You don't need to be there, we'll run it ourselves", « pas besoin que tu
 * sois là, on l'animera nous-mêmes ». The client's own event then asks for no presence.
 */
const ABSENCE_OK: Record<Lang, RegExp> = {
  en: /\b(?:(?:don'?t|do not|needn'?t|won'?t|will not) (?:need|have) to|no need (?:for you )?to|(?:you'?re|you are|you'?ll|you will) not (?:be )?(?:needed|expected|required) to) (?:\w+ )?(?:be there|come|attend|join|be (?:present|on site|onsite|around|on hand))\b|\b(?:we'?ll|we will|we can|we'?re going to) (?:run|host|do|handle|manage|present|facilitate) (?:it|that|this|them|the \w+) (?:ourselves|in-house|on our own)\b/,
  fr: /\b(?:pas besoin|nul besoin|inutile) (?:que (?:tu sois|vous soyez) (?:la|present|presente|sur place)|d'etre (?:la|present|presente|sur place)|de venir|de (?:te|vous) deplacer)\b|\b(?:tu n'as|vous n'avez|tu n'auras|vous n'aurez) pas (?:besoin|a) (?:d'etre|de venir|de (?:te|vous) deplacer|etre|venir)\b|\b(?:on|nous) (?:l'|le |la |les )?(?:animera|animerons|anime|animons|gerera|gererons|fera|ferons)\b[^.!?\n]{0,20}\b(?:nous-memes|en interne|entre nous|seuls)\b/,
};
const EVENING_MINUTES = 20 * 60;
const NIGHT_MINUTES = 22 * 60;

/**
 * chrono-node 2.10.3's French parser reads "de 7h à 22h" as "7 hours from now"
 * and "12:40 à" as 00:40 (seen 2026-11): the range is rewritten "   7h - 22h",
 * same length so offsets hold, which chrono reads as a range.
 */
const FR_TIME_RANGE = /\b(?:de|du|entre) (\d{1,2}(?: ?h ?\d{0,2}|:\d\d)) (a|et) (?=\d{1,2} ?[h:]|midi\b)/g;
/** "Monday 25th August, first thing": chrono reads "August, first" as 1 August; a semicolon keeps the date whole. */
const MONTH_THEN_FIRST =
  /(?<=\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)),(?= first thing\b)/g;
/** "de 8h à midi" once the range is marked (see FR_TIME_RANGE): noon as an hour chrono reads, same length. */
const RANGE_TO_NOON = /(?<=\d(?: ?h ?\d{0,2}|:\d\d) - )midi\b/g;
/**
 * « 18 h », « 18 h 30 » as typeset French writes them: chrono-node 2.10.3 reads only "18h", so « le samedi 28 mars de
 * 18 h à 22 h » stopped at 18 with no end. Rewritten " 18h", "  18h30" (same length, offsets hold, the end in place).
 */
const SPACED_HOUR = /\b(\d{1,2}) h(?: ?(\d\d))?\b/g;
/** chrono-node 2.10.3's French parser knows "après-midi" only with its accent, which folding removed (same length). */
const FOLDED_AFTERNOON = /\bapres-midi\b/g;
/** "Saturdays at 9am": chrono skips the plural; read as the next such day, a weekend slot all the same. */
const WEEKEND_PLURAL = /\b(saturday|sunday)s\b/g;
/** "the meeting for the loft plans on Sunday", "la réunion pour le budget samedi": the "for" names the meeting's topic. */
const MEETING_FOR =
  /\b(?:meeting|call|session|visit|workshop|appointment|reunion|rendez-vous|rdv|appel|visite|seance|atelier) (?:for|about|on|pour|sur|concernant) (?:\S+ ){0,3}$/;
/** "la session d'aujourd'hui": a noun described by the day ("à partir d'aujourd'hui" is a start, read elsewhere). */
const OF_TODAY = /\b(?!partir\b|compter\b)[a-z]{3,} d'aujourd'hui$/;
/**
 * "tell me in the evening when you finish", "avise-moi le soir quand tu finis": the reader's own working day, reported
 * (availability_control), not a moment work is due.
 */
const READER_ROUTINE =
  /^,?\s*(?:when|once|as soon as|quand|lorsque|des que) (?:you|u|tu|vous) (?:start|begin|finish|stop|log (?:on|off|in|out)|sign (?:on|off|in|out)|wrap up|are done|clock (?:in|out)|commences?|commencez|demarres?|demarrez|finis|finissez|termines?|terminez|arretes?|arretez|arrives?|arrivez|pars|partez|te connectes|vous connectez|te deconnectes|vous deconnectez)\b/;
/** A date or time that is what something says, not when it is due: "the flyer needs to say Sunday 24th". */
const CONTENT_DATE =
  /\b(?:say|says|read|reads|show|shows|dated|not|instead of|rather than|au lieu du?|plutot que|indiquer|afficher|marquer|pas)\s+$/;
/** "Sorry to bother you on a Sunday", "te déranger un dimanche": any such day, not a date. */
const ANY_SUCH_DAY = /\b(?:on a|un)\s+$/;
/** « le soir même », « le matin même », « ce soir-là »: the part of another day, named before it, not of today. */
const SAME_AS_THAT_DAY = /^(?:\s*meme\b|-la\b)/;
/** "one night at the hotel", "deux nuits d'hôtel": nights counted (a stay, a cost), not a moment. */
const COUNTED = /\b(?:one|two|three|four|five|a|an|extra|per|une|deux|trois|quatre|cinq|par|\d+)\s+$/;
/**
 * "an evening view of the terrace", "a night render", "la version de nuit", "une vue du soir": a time of day that
 * describes the picture asked for, not when it is due.
 */
const DEPICTED_AFTER =
  /^\s(?:views?|renders?|renderings?|shots?|scenes?|versions?|photos?|images?|pictures?|visuals?|looks?|mood|lighting|variants?|skyline|panorama|perspective)\b/;
const DEPICTED_BEFORE =
  /\b(?:vues?|versions?|rendus?|photos?|images?|scenes?|ambiances?|eclairages?|visuels?|perspectives?|variantes?|panoramas?)\s+(?:de|du|en)\s+$/;
/**
 * A time of day that is not a moment work is due (a presence at most): a group or a routine named by it ("the night shift", "l'équipe de
 * nuit", "matin et soir", "morning and evening"), or someone's own hours ("your evening in Lyon", "ma soirée").
 */
const DAY_PART_GROUP_AFTER =
  /^\s(?:shifts?|crews?|teams?|staff|workers|porters?|nurses?|guards?|owls?|classes?|school|and (?:day|morning|evening|night)|et (?:matin|soir|nuit|jour))\b/;
const DAY_PART_GROUP_BEFORE =
  /\b(?:equipes?|postes?|services?|travailleurs|gardes?|cours|personnel|agents?|employes?|salaries?|infirmier(?:e|es|s)?|veilleurs?|vigiles?) (?:de |du )$/;
const DAY_PART_OWN_BEFORE =
  /(?:\b(?:your|my|ton|ta|mon|ma|votre)\s+(?:\w+\s+(?:and|et)\s+)?|\b(?:day|morning|evening|matin|soir|jour|midi)\s+(?:and|et|&)\s+)$/;
/**
 * The reader asked to be with the group ("run a session for the night shift", "former l'équipe de nuit"): a presence
 * then. A group only named ("half the night shift speaks Polish", "les équipes de nuit ont demandé…") is an audience
 * or a reason, no moment at all.
 */
const WITH_GROUP: Record<Lang, RegExp> = {
  en: /\b(?:run|running|train|training|brief|briefing|teach|coach|present|presenting|presentation|demo|host|meet|meeting|film|shoot|photograph|interview|visit|cover|work|join|come|be there|talk|speak|address|induct|induction|onboard|session|workshop|class|course|tour|walk(?:through| through))\b[^.!?\n]{0,40}$/,
  fr: /\b(?:former|forme|formes|formez|formation|animer|anime|animes|animez|presenter|presente|presentes|presentez|presentation|rencontrer|briefer|brief|filmer|photographier|interviewer|accueillir|couvrir|travailler|venir|passer|atelier|session|seance|reunion|visite|demo|cours)\b[^.!?\n]{0,40}$/,
};
/** "à 1 600 €": a number, not an hour. */
const FOLLOWED_BY_AMOUNT = /^\s?(?:\d|€|\$|£|eur\b|euros?\b|%|k\b)/;
/**
 * A position in a recording, not a clock time: "the key change at 0:22", "à 1:45 dans la vidéo", "the flash at
 * 2:10 in the clip". No one writes an hour as "0:22"; any m:ss followed by the medium is a timecode too.
 */
const TIMECODE = /^(?:at |a |around |vers )?0:\d\d$/;
const TIMECODE_AFTER =
  /^\s?(?:in|into|of|on|dans|de|du|sur) (?:the |la |le |l'|this |cette |ce )?(?:video|clip|track|song|mix|film|edit|cut|reel|spot|audio|podcast|recording|timeline|morceau|chanson|montage|enregistrement|bande)\b/;
/** "accounts to the end of August", "jusqu'à fin juin": the end of a period covered, not a moment work is due. */
const PERIOD_END_BEFORE = /\b(?:to|up to|through|thru|covering|jusqu'(?:a|au)|au)\s+(?:the\s+)?$/;
/** A sentence that points back to the date of the one before: "Il faudrait que ce soit en ligne avant." */
const POINTS_BACK =
  /\b(?:avant|before|beforehand|by then|d'ici la|in time|a temps|for that|pour cette date|pour ce moment|au prealable)\b/;
type Components = ParsedComponents;
/** A chrono result, its offset in the sentence. */
interface Found {
  index: number;
  text: string;
  start: Components;
  end: Components | null;
}

interface Candidate {
  start: number;
  end: number;
  date: Components;
  time: Components | null;
  text: string;
  /** One end of a span of time ("Sunday 9am to 3pm"): a slot to be present or at work, not a deadline. */
  span?: boolean;
  /** For the end of a span, its start: "from 6 until 10" after a 6 read as 6pm ends at 10pm. */
  rangeFrom?: Components;
}

/** How far after a bare day its hour may stand when nothing else comes between (see joinDateAndTime). */
const FAR_TIME_REACH = 80;
/** A routine named between the day and the hour: the hour is the routine's. */
const FAR_JOIN_STOP =
  /\b(?:daily|every|each|weekly|nightly|morning|evening|chaque|tous les|toutes les|quotidien\w*|hebdomadaire|matin|soir)\b/;
/** The hour with its own deadline word ("…, back before our 7:30"): a moment of its own, not the day's. */
const FAR_JOIN_OWN_PREPOSITION = /\b(?:before|by|until|till|ahead of|avant|pour|d'ici|jusqu'a)\s+(?:\S+\s+)?$/;
/** A day that starts something ("from Monday", « à partir de lundi »): the hours after it are the new routine's. */
const STARTS_BEFORE =
  /\b(?:from|as of|starting|since|a partir d[e']|des|depuis|a compter d[e'])\s*(?:next |prochain )?$/;

/** Joins "lundi … avant 8h" and "7:30 … on Monday" into one moment: chrono reads them apart. */
function joinDateAndTime(results: readonly Found[], sentenceText: string): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i] as Found;
    const b = results[i + 1];
    const aHasTime = a.start.isCertain('hour');
    const aHasDay = a.start.isCertain('day') || a.start.isCertain('weekday');
    if (b) {
      const gap = sentenceText.slice(a.index + a.text.length, b.index);
      const bHasTime = b.start.isCertain('hour');
      const bHasDay = b.start.isCertain('day') || b.start.isCertain('weekday');
      // A bare hour further on in the same clause chain still belongs to the day named before it: « le dimanche 1er
      // juin, avant l'ouverture des stands, donc rendez-vous à 6h30 » (no other day between, none after).
      // Not a start ("from Monday, join our daily stand-up at 7:30") nor a routine named between: that hour is its own.
      const far =
        aHasDay &&
        !aHasTime &&
        !bHasDay &&
        !FAR_JOIN_STOP.test(gap) &&
        !/[()]/.test(gap) &&
        !FAR_JOIN_OWN_PREPOSITION.test(gap) &&
        !STARTS_BEFORE.test(sentenceText.slice(Math.max(0, a.index - 16), a.index));
      const reach = far ? FAR_TIME_REACH : 30;
      const closeEnough = gap.length <= reach && !/[.!?;]|\b(?:and|et|or|ou)\b/.test(gap);
      // "tonight … for 8am" are two moments, not one; "ce soir avant 18h", "tonight by 5pm" is one, at that hour.
      const aIsDayPart = MORNING.test(a.text) || EVENING.test(a.text) || NIGHT.test(a.text);
      const eveningAtHour =
        EVENING.test(a.text) && !MORNING.test(a.text) && gap.length <= 12 && (b.start.get('hour') ?? 0) >= 12;
      if (closeEnough && !aHasTime && ((aHasDay && !aIsDayPart) || eveningAtHour) && bHasTime && !bHasDay) {
        const end = b.index + b.text.length;
        // "le samedi 28 mars de 18 h à 22 h", "on the Friday from 6 until 10": the slot's end is on that day too.
        const span = b.end?.isCertain('hour') === true;
        joined.push({ start: a.index, end, date: a.start, time: b.start, text: a.text, span });
        if (span && b.end)
          joined.push({ start: a.index, end, date: a.start, time: b.end, text: a.text, span, rangeFrom: b.start });
        i++;
        continue;
      }
      if (closeEnough && aHasTime && !aHasDay && bHasDay && !bHasTime) {
        joined.push({ start: a.index, end: b.index + b.text.length, date: b.start, time: a.start, text: b.text });
        i++;
        continue;
      }
    }
    // "22h, samedi et" ends in what chrono took for a time zone ("et" = Eastern Time).
    const text = a.text.replace(/[\s,]+(?:et|a)$/, '');
    const span = a.end !== null;
    joined.push({
      start: a.index,
      end: a.index + text.length,
      date: a.start,
      time: aHasTime ? a.start : null,
      text,
      span,
    });
    // "7h - 22h": the end of a range is a moment too.
    if (a.end?.isCertain('hour'))
      joined.push({
        start: a.index,
        end: a.index + text.length,
        date: a.end,
        time: a.end,
        text,
        span,
        rangeFrom: a.start,
      });
  }
  return joined;
}

/** The reference zone's UTC offset at an instant: the settings' IANA zone, else the sender's offset. */
function referenceOffset(input: DeadlineInput, instant: number): number | null {
  if (input.settings.timeZone) {
    const offset = zoneOffsetMinutes(input.settings.timeZone, instant);
    if (offset !== null) return offset;
  }
  return input.sentOffsetMinutes;
}

interface Reference {
  /** Sending time on the reference zone's wall clock, or null when unknown. */
  sentWall: number | null;
  offsetMinutes: number;
  instant: Date;
}

/**
 * Without a sending time, dates are read against a fixed day so that what the
 * words themselves say (a weekday, an hour) still counts; the resolved date is not reported.
 */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2001, 0, 1, 12));

function reference(input: DeadlineInput): Reference {
  const sent = input.sentAt && !Number.isNaN(input.sentAt.getTime()) ? input.sentAt.getTime() : null;
  if (sent === null) return { sentWall: null, offsetMinutes: 0, instant: NEUTRAL_REFERENCE };
  const offsetMinutes = referenceOffset(input, sent) ?? 0;
  return { sentWall: sent + offsetMinutes * MINUTE_MS, offsetMinutes, instant: new Date(sent) };
}

/** Whether an hour on a 12-hour clock without am/pm is the afternoon: "at 2" in English mail. */
function isAfternoonHour(time: Components, lang: Lang, text: string): boolean {
  const hour = time.get('hour') ?? 0;
  return lang === 'en' && hour >= 1 && hour <= 6 && !time.isCertain('meridiem') && !/a\.?m\b/.test(text);
}

/** The moment a candidate names, on the reference wall clock. */
function resolveMoment(
  candidate: Candidate,
  sentenceText: string,
  input: DeadlineInput,
  ref: Reference,
): Moment | null {
  const { date, time } = candidate;
  const phrase = sentenceText.slice(candidate.start, candidate.end);
  const before = sentenceText.slice(Math.max(0, candidate.start - 16), candidate.start);
  let day = Date.UTC(date.get('year') ?? 2001, (date.get('month') ?? 1) - 1, date.get('day') ?? 1);
  // chrono's forward dating moves "ce soir" sent at 21:00 to tomorrow: a same-day word stays on the sending day.
  const sameDayWord = [...date.tags()].some(
    (t) => t.startsWith('casualReference/') && t !== 'casualReference/tomorrow',
  );
  if (ref.sentWall !== null && sameDayWord && !date.isCertain('day') && !date.isCertain('weekday'))
    day = startOfDay(ref.sentWall);
  // chrono reads "vendredi 15" as Friday 15:00; a weekday and a bare number is a day of the month.
  const numbered = time === date ? WEEKDAY_AND_NUMBER.exec(candidate.text) : null;
  // chrono stops at the weekday of "Thursday the 27th" and dates it this week.
  const ordinal =
    date.isCertain('weekday') && !date.isCertain('day')
      ? ORDINAL_AFTER.exec(sentenceText.slice(candidate.end, candidate.end + 12))
      : null;
  const wanted = numbered ?? ordinal;
  let clock = time;
  if (wanted && ref.sentWall !== null) {
    for (let d = startOfDay(ref.sentWall), n = 0; n < 62; d += DAY_MS, n++) {
      if (new Date(d).getUTCDate() === Number(wanted[1])) {
        day = d;
        break;
      }
    }
    if (numbered) clock = null;
  }

  let minutes: number | null = null;
  let timeOfDay: Moment['timeOfDay'] = 'none';
  if (clock) {
    const afternoon = isAfternoonHour(clock, input.lang, phrase);
    let hour = (clock.get('hour') ?? 0) + (afternoon ? 12 : 0);
    // A span's end no later than its start on a 12-hour clock is the evening: "from 6 until 10" is 18:00-22:00.
    const from = candidate.rangeFrom;
    if (from && !clock.isCertain('meridiem') && hour < 12) {
      const fromHour = (from.get('hour') ?? 0) + (isAfternoonHour(from, input.lang, phrase) ? 12 : 0);
      if (hour <= fromHour && hour + 12 > fromHour) hour += 12;
    }
    minutes = hour * 60 + (clock.get('minute') ?? 0);
    timeOfDay = 'stated';
    // chrono dated "at 4" as 04:00 tomorrow; at 16:00 it is today if still ahead.
    const dayGiven = date.isCertain('day') || date.isCertain('weekday');
    if (afternoon && !dayGiven && ref.sentWall !== null) {
      day = startOfDay(ref.sentWall);
      if (day + minutes * MINUTE_MS < ref.sentWall) day += DAY_MS;
    }
  } else {
    const bare = BARE_HOUR.exec(sentenceText.slice(candidate.end, candidate.end + 40));
    if (bare) {
      const hour = Number(bare[1]);
      minutes = (input.lang === 'en' && hour >= 1 && hour <= 6 ? hour + 12 : hour) * 60;
      timeOfDay = 'stated';
    } else if (NIGHT.test(phrase)) {
      minutes = NIGHT_MINUTES;
      timeOfDay = 'part';
    } else if (EVENING.test(phrase)) {
      minutes = Math.max(EVENING_MINUTES, input.settings.workEndMinutes);
      timeOfDay = 'part';
    } else if (NOON_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 16))) {
      minutes = NOON_MINUTES;
      timeOfDay = 'part';
    } else if (
      MORNING.test(phrase) ||
      MORNING.test(before) ||
      MORNING_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 24))
    ) {
      // "by tomorrow morning": before that working day starts.
      minutes = input.settings.workStartMinutes;
    }
  }
  // A bare day is due by the end of its working day.
  let wall = day + (minutes ?? input.settings.workEndMinutes) * MINUTE_MS;
  if (ref.sentWall !== null && wall < ref.sentWall) {
    // "today" or "tonight" sent after hours is now; "this morning" or "at 9" sent later is past.
    const stillNow = minutes === null || (timeOfDay === 'part' && startOfDay(wall) === startOfDay(ref.sentWall));
    if (!stillNow) return null;
    wall = ref.sentWall;
  }
  // Without a sending time only the words' own weekday or date say which day it is.
  const fromReference = [...date.tags()].some(
    (t) => t.startsWith('casualReference/') || t.startsWith('result/relative'),
  );
  const dayKnown = ref.sentWall !== null || date.isCertain('weekday') || (date.isCertain('month') && !fromReference);
  if (!dayKnown && timeOfDay === 'none') return null;
  return { wall, timeOfDay, dayKnown, isHolidayKnown: ref.sentWall !== null };
}

/** Characters kept either side of a date word: enough for "lundi … avant 8h", and chrono reads little. */
const WINDOW_MARGIN = 40;
/** A real request names a handful of moments; a mail made of dates (a schedule, a log) stops here, in bounded time. */
const MAX_PARSED_WINDOWS = 24;
/** Touching windows stop merging past this length, so a run of dates is read in bounded pieces, not one long text. */
const MAX_WINDOW_LENGTH = 240;
const DATE_CUES = new RegExp(DATE_CUE.source, 'g');

/**
 * The parts of a sentence around its date words, merged where they touch:
 * chrono's cost grows with the text it reads, and long hard-wrapped paragraphs
 * are one "sentence".
 */
function dateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const match of execAll(DATE_CUES, text)) {
    const from = Math.max(0, match.index - WINDOW_MARGIN);
    const to = Math.min(text.length, match.index + match[0].length + WINDOW_MARGIN);
    const last = windows[windows.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW_LENGTH) last[1] = to;
    else windows.push([last ? Math.max(from, last[1]) : from, to]);
  }
  // Start and end on word boundaries so chrono never sees half a word, and never reads a word twice.
  const bounded: Array<[number, number]> = [];
  let previousEnd = 0;
  for (const [from, to] of windows) {
    let start = Math.max(from, previousEnd);
    while (start > previousEnd && /\S/.test(text[start - 1] as string)) start--;
    let end = to;
    while (end < text.length && /\S/.test(text[end] as string)) end++;
    if (end > start) bounded.push([start, end]);
    previousEnd = Math.max(previousEnd, end);
  }
  return bounded;
}

function chronoReference(ref: Reference): { instant: Date; timezone: number } {
  return { instant: ref.instant, timezone: ref.offsetMinutes };
}

/** Deadlines and requested moments in the newest message, resolved against when it was sent. */
export function findDeadlines(input: DeadlineInput): LocatedDeadline[] {
  const parser = DATE_PARSERS[input.lang];
  const ref = reference(input);
  const deadlines: LocatedDeadline[] = [];
  const sentences = input.sentences;
  let parsedWindows = 0;
  for (let i = 0; i < sentences.length && parsedWindows < MAX_PARSED_WINDOWS; i++) {
    const sentence = sentences[i] as Sentence;
    const sentenceText = input.text.slice(sentence.start, sentence.end);
    if (!DATE_CUE.test(sentenceText)) continue;
    const next = sentences[i + 1];
    const nextText = next ? input.text.slice(next.start, next.end) : '';
    const requestHere = REQUEST_CUES[input.lang].test(sentenceText);
    // The only window the work can happen in is a time to be at work, like a meeting.
    const workWindow = WORK_WINDOW[input.lang].test(sentenceText);
    const asksHere = requestHere || workWindow || DEADLINE_WORDS[input.lang].test(sentenceText);
    // A deadline word alone ("avant l'ouverture") leaves the ask to the next sentence ("Tu seras là ?").
    const nextAsks = !requestHere && REQUEST_CUES[input.lang].test(nextText);
    // "The meeting moved to 8am. I need the video before." makes the moment a delivery deadline.
    const pointedBack = nextAsks && POINTS_BACK.test(nextText);
    // A follow-up naming its own day ("Could you present the results on Tuesday?") asks for that day, not this one.
    const attendedNext = nextAsks && !pointedBack && ATTEND[input.lang].test(nextText) && !OWN_MOMENT.test(nextText);
    // The ask first, the moment after: "Could you run our workshop? It's Saturday 10am to 1pm."
    const previous =
      i > 0 ? input.text.slice((sentences[i - 1] as Sentence).start, (sentences[i - 1] as Sentence).end) : '';
    const attendedBefore =
      !asksHere &&
      !attendedNext &&
      !pointedBack &&
      REQUEST_CUES[input.lang].test(previous) &&
      ATTEND[input.lang].test(previous) &&
      !OWN_MOMENT.test(previous);
    const attended = (attendedNext || attendedBefore) && !PAST_EVENT.test(sentenceText);
    if (!asksHere && !pointedBack && !attended) continue;
    const view =
      input.lang === 'fr'
        ? sentenceText
            .replace(
              FR_TIME_RANGE,
              (m, from: string, joiner: string) =>
                `${' '.repeat(m.indexOf(from))}${from} -${' '.repeat(joiner.length)}`,
            )
            .replace(SPACED_HOUR, (m, hour: string, minutes?: string) => `${hour}h${minutes ?? ''}`.padStart(m.length))
            .replace(FOLDED_AFTERNOON, 'après-midi')
            .replace(RANGE_TO_NOON, ' 12h')
        : sentenceText.replace(WEEKEND_PLURAL, '$1 ').replace(MONTH_THEN_FIRST, ';');
    const results: Found[] = [];
    try {
      for (const [from, to] of dateWindows(view)) {
        if (++parsedWindows > MAX_PARSED_WINDOWS) break;
        const found = parser.parse(view.slice(from, to), chronoReference(ref), { forwardDate: true });
        for (const result of found) {
          results.push({ index: result.index + from, text: result.text, start: result.start, end: result.end ?? null });
        }
      }
    } catch {
      continue;
    }
    for (const candidate of joinDateAndTime(results, sentenceText)) {
      if (COARSE.test(candidate.text) && !/weekend/.test(candidate.text)) continue;
      if (/casualReference\/yesterday/.test([...candidate.date.tags()].join())) continue;
      // A month alone ("in Dec") is no moment; a full numeric date ("11/23/01 09:13 AM") is a stamp, not a deadline.
      if (candidate.date.isCertain('month') && !candidate.date.isCertain('day')) continue;
      if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(candidate.text)) continue;
      // "Sunday's game", "today's market": a description, not a moment asked for.
      if (sentenceText.startsWith("'s", candidate.end)) continue;
      // "la session d'aujourd'hui", "le point d'aujourd'hui": the same description in French.
      if (OF_TODAY.test(sentenceText.slice(Math.max(0, candidate.start - 24), candidate.end))) continue;
      // chrono reads "half a day" as a date one day ahead; only "in/within …" durations are deadlines.
      const relative = candidate.date.tags().has('result/relativeDate');
      if (relative && !/^(?:in|within|dans|d'ici|sous|next|this|coming)\b/.test(candidate.text)) continue;
      const shortlyBefore = sentenceText.slice(Math.max(0, candidate.start - 16), candidate.start);
      if (CONTENT_DATE.test(shortlyBefore) || RECURRING_BEFORE.test(shortlyBefore)) continue;
      if (ANY_SUCH_DAY.test(shortlyBefore)) continue;
      if (
        /^(?:ce |cette |le )?(?:soir|soiree|matin|matinee|nuit|apres-midi)$/.test(candidate.text) &&
        SAME_AS_THAT_DAY.test(sentenceText.slice(candidate.end, candidate.end + 6))
      )
        continue;
      if (/^(?:nights?|nuits?)$/.test(candidate.text) && COUNTED.test(shortlyBefore)) continue;
      if (FOLLOWED_BY_AMOUNT.test(sentenceText.slice(candidate.end, candidate.end + 6))) continue;
      if (TIMECODE.test(candidate.text) || TIMECODE_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 20)))
        continue;
      if (/^(?:the )?(?:end|fin)\b/.test(candidate.text) && PERIOD_END_BEFORE.test(shortlyBefore)) continue;
      if (
        /^(?:evening|night|morning|daytime|soir|nuit|matin|journee)$/.test(candidate.text) &&
        (DEPICTED_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 14)) ||
          DEPICTED_BEFORE.test(shortlyBefore))
      )
        continue;
      // A group or someone's hours named by a time of day is when they are there, not when work is due; a group
      // the reader is not asked to be with is no moment at all.
      const dayPart = /^(?:evening|night|morning|soir|soiree|nuit|matin)$/.test(candidate.text);
      const group =
        dayPart &&
        (DAY_PART_GROUP_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 16)) ||
          DAY_PART_GROUP_BEFORE.test(sentenceText.slice(Math.max(0, candidate.start - 20), candidate.start)));
      if (group && !WITH_GROUP[input.lang].test(sentenceText.slice(Math.max(0, candidate.start - 60), candidate.start)))
        continue;
      const presence =
        group ||
        (dayPart && DAY_PART_OWN_BEFORE.test(sentenceText.slice(Math.max(0, candidate.start - 30), candidate.start)));
      if (READER_ROUTINE.test(sentenceText.slice(candidate.end, candidate.end + 40))) continue;
      if (othersMomentAskedApart(input.lang, input.text, sentence, sentence.start + candidate.start)) continue;
      // French writes hours with "h" or ":"; "à 1" alone is a number, "A3" a paper size.
      if (input.lang === 'fr' && /^(?:a ?|vers |de )?\d{1,2}$/.test(candidate.text)) continue;
      const moment = resolveMoment(candidate, sentenceText, input, ref);
      if (!moment) continue;
      const before = sentenceText.slice(0, candidate.start);
      const isMeeting =
        presence ||
        workWindow ||
        attended ||
        candidate.span === true ||
        (SPAN_START.test(sentenceText.slice(Math.max(0, candidate.start - 16), candidate.end)) &&
          SPAN_AFTER.test(sentenceText.slice(candidate.end, candidate.end + 12))) ||
        (!pointedBack &&
          MEETING_CUES[input.lang].test(sentenceText) &&
          (!DELIVERY_BEFORE[input.lang].test(before) || MEETING_FOR.test(before)));
      // The client's own event, the reader told they need not come: no presence asked.
      if (isMeeting && (ABSENCE_OK[input.lang].test(sentenceText) || ABSENCE_OK[input.lang].test(nextText))) continue;
      const offset = referenceOffset(input, moment.wall - ref.offsetMinutes * MINUTE_MS) ?? ref.offsetMinutes;
      const minutesLeft =
        ref.sentWall === null ? Infinity : workingMinutesBetween(ref.sentWall, moment.wall, input.settings);
      const deadline: LocatedDeadline = {
        start: sentence.start + candidate.start,
        end: sentence.start + candidate.end,
        at: ref.sentWall === null ? '' : isoWithOffset(moment.wall, offset),
        workingHoursLeft: Number.isFinite(minutesLeft) ? Math.round(minutesLeft / 6) / 10 : Infinity,
        timeOfDay: moment.timeOfDay,
        purpose: isMeeting ? 'meeting' : 'delivery',
      };
      const outside = describeOutside(moment, ref.sentWall, minutesLeft, input.settings);
      if (outside) deadline.outside = outside;
      deadlines.push(deadline);
    }
  }
  return deadlines;
}
