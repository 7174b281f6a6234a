import { isNegated } from '../negation.ts';
import type { LocatedDeadline, Rule, RuleContext, RuleExample, RuleHit } from '../rule.ts';
import { sentenceAt } from '../sentences.ts';
import type { AnalysisSettings, Lang } from '../types.ts';
import { offHoursKind } from './message-release.ts';
import { senderActsAfter, whenAsked } from './request-cues.ts';
import { THIRD_PARTY_MOMENT } from './third-party-moment.ts';
import { WISH_BEFORE } from './wished-time.ts';

/**
 * Whether a deadline can only be met outside working time: a meeting set
 * outside working hours or days, work due at such a moment with less than a
 * working day before it, or no working time left at all.
 */
export function needsOffHours(deadline: LocatedDeadline, settings: AnalysisSettings): boolean {
  const outside = deadline.outside;
  if (!outside) return false;
  if (outside.kind === 'no_working_time_left') return deadline.purpose === 'delivery';
  const workingDayHours = Math.max(1, (settings.workEndMinutes - settings.workStartMinutes) / 60);
  const tight = deadline.workingHoursLeft < workingDayHours;
  if (outside.kind === 'weekend' || outside.kind === 'holiday') return deadline.purpose === 'meeting' || tight;
  if (deadline.timeOfDay === 'none') return false;
  // 08:00 or 18:30 is a long day, not off hours, unless nothing else is left.
  const minutes = Number(deadline.at.slice(11, 13)) * 60 + Number(deadline.at.slice(14, 16));
  const farOut =
    deadline.at === '' ||
    minutes < settings.workStartMinutes - SLACK_MINUTES ||
    minutes > settings.workEndMinutes + SLACK_MINUTES;
  return (farOut && (deadline.purpose === 'meeting' || tight)) || deadline.workingHoursLeft < 1;
}

/**
 * A standing slot ("our Monday 8am all-hands, every week", "a standup at 9:15 from now on", office hours "du lundi
 * au vendredi, de 9h à 17h30") resolves to its next date, which may happen to fall on a weekend, a public holiday or
 * after the sending day's close: that says nothing about work at that moment itself.
 */
const RECURRING: Record<Lang, RegExp> = {
  en: /\b(?:(?:every|each)\s+(?:week|other week|month|monday|tuesday|wednesday|thursday|friday|morning|day|weekday)|weekly|fortnightly|daily|mondays|tuesdays|wednesdays|thursdays|fridays|weekdays|(?:from )?monday (?:to|through|till|until|-) friday|mon ?- ?fri|from now on|going forward|moving forward|from here on|as of now|henceforth)\b/,
  fr: /\b(?:(?:chaque|tous les)\s+(?:semaine|semaines|lundis?|mardis?|mercredis?|jeudis?|vendredis?|matins?|jours|mois|quinze jours)|hebdomadaire|quotidien(?:ne)?|les (?:lundis|mardis|mercredis|jeudis|vendredis)|(?:du )?lundi (?:au|-) vendredi|en semaine|desormais|dorenavant|a partir de maintenant|a l'avenir|a compter d'aujourd'hui)\b/,
};

/** "from now on", "à partir de maintenant": the moment something starts, not a time work is due. */
const STARTS_AT: Record<Lang, RegExp> = {
  en: /\b(?:from|as of|starting|since|effective)\s+$/,
  fr: /(?:\ba partir d[e']|\bdes|\bdepuis|\ba compter d[e'])\s*$/,
};

/**
 * The reader's agreed start, told as the time of something else: "two things before you start on Monday", « avant que
 * tu commences lundi », « pour ton arrivée lundi ». The day the engagement begins is no work due then, even when it
 * lands on a public holiday ("could you start on Saturday?" is asked, not told, and still counts).
 */
const READER_STARTS: Record<Lang, RegExp> = {
  en: /\b(?:(?:before|when|once|as soon as|until) (?:you|u) (?:start|begin|join(?: us)?|arrive|come on board)|(?:your) (?:first day|start date|arrival))\s+(?:(?:on|this|next|the) )?$/,
  fr: /\b(?:(?:avant que|quand|lorsque|des que|en attendant que) (?:tu|vous) (?:commences?|commenciez|commencez|debutes?|debutez|debutiez|arrives?|arrivez|arriviez|demarres?|demarrez|demarriez)|(?:ton|votre|ta) (?:arrivee|premier jour|premiere journee|debut|demarrage))\s+(?:(?:le|ce|des) )?$/,
};

/** The kinds of outside moment a standing slot's next date can land on by chance. */
const CALENDAR_KINDS = new Set(['holiday', 'weekend', 'no_working_time_left']);

/** "by", "before", "avant", "d'ici" just before a date: work may be finished the days before it. */
const FINISHED_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:by|before|no later than|ahead of|prior to|until|till)\s+(?:\S+\s+){0,2}$/,
  fr: /(?:\bavant\b|\bd'ici\b|\bau plus tard\b|\bjusqu')\s*(?:\S+\s+){0,2}$/,
};

/**
 * Work handed over on a public holiday itself ("livrer les fichiers jeudi 14 mai", Ascension Thursday;
 * "ready for July 1st" in Canada) asks for the holiday, however much time is left before it.
 */
function dueOnHoliday(context: RuleContext, deadline: LocatedDeadline): boolean {
  if (deadline.outside?.kind !== 'holiday' || deadline.purpose !== 'delivery') return false;
  const before = context.text.slice(Math.max(0, deadline.start - 24), deadline.start);
  return !FINISHED_BEFORE[context.lang].test(before);
}

/**
 * Presence over roughly office hours ("vous serez joignable sur Teams de 7h30 à 17h", "be online on Slack from 8 to
 * 5") is a standing rule on the reader's hours (availability_control): its early start is no one job due off hours.
 * A window reaching into the evening or naming a weekend ("de 7h à 22h, samedi et dimanche compris") still counts.
 */
const PRESENCE_WINDOW: Record<Lang, RegExp> = {
  en: /\b(?:online|reachable|available|logged (?:in|on)(?:to)?|connected|on (?:slack|teams|whatsapp)|at (?:your|the) desk|in the office|green)\b[^.!?\n]{0,40}?\b(?:from|between) (?:[5-9]|1[0-2])(?:[:.]\d\d)? ?(?:am|h)? ?(?:to|and|till|until|-) ?(?:(?:1[5-9]|20)(?:[:.]\d\d)?|[3-8](?:[:.]\d\d)? ?(?:pm)?)\b/,
  fr: /\b(?:joignable|connecte\w*|disponible|dispo|en ligne|en vert|sur (?:slack|teams|whatsapp)|au bureau|present\w*)\b[^.!?\n]{0,40}?\b(?:de|entre) (?:[5-9]|1[0-2]) ?h(?:\d\d)? ?(?:a|et|-) ?(?:1[5-9]|20) ?h/,
};

/**
 * Someone else's evening: "his exam is tomorrow and he needs to go through it tonight", "il doit le répéter ce soir".
 * Receiving or seeing the work ("she needs to see it tonight", "elle doit l'avoir ce soir") still asks for delivery.
 */
export const OTHERS_EVENING: Record<Lang, RegExp> = {
  en: /\b(?:he|she|they)(?:'ll| will)? (?:needs?|has|have|wants?|is going|are going) to (?!(?:have|get|receive|see|read|show|sign)\b)\w+[^.!?\n]{0,30}\b(?:tonight|this evening)\b/,
  fr: /\b(?:il|elle|ils|elles) (?:doit|doivent|a besoin de|ont besoin de|va|vont) (?!(?:l'|le |la |les )?(?:avoir|recevoir|voir|lire|signer)\b)(?:l'|le |la |les )?\w+[^.!?\n]{0,30}\bce soir\b/,
};

/**
 * What reaches the reader by then, with nothing for them to do: "the transfer went out, you should have it by
 * tonight", « tu devrais l'avoir d'ici ce soir », « vous le recevrez ce soir ». "You should have it ready by tonight"
 * still asks.
 */
export const READER_RECEIVES: Record<Lang, RegExp> = {
  en: /\b(?:you (?:should|will|'ll|ought to) (?:have|get|receive|see) (?:it|them|the \w+|your \w+|an? \w+)|you'll (?:have|get|receive|see) (?:it|them|the \w+|your \w+|an? \w+)|(?:it|they) should (?:reach|land with|arrive with|get to) you)\b(?! (?:done|finished|ready|sent|back|over|fixed|up|out|written|drafted|edited|checked|signed|translated)\b)/,
  fr: /\b(?:(?:tu devrais|vous devriez|tu vas|vous allez) (?:l'|le |la |les )?(?:avoir|recevoir|voir arriver|voir)|(?:tu|vous) (?:l'|le |la |les )?(?:recevras|recevrez|auras|aurez))\b(?! (?:fini|termine|boucle|envoye|livre|corrige|relu|fait|pret|traduit|redige|signe)\w*)/,
};

/** The sender's side ready for a day ("tout est prêt pour jeudi", "everything's set for Thursday"): no work asked for it. */
const SENDER_READY =
  /\b(?:tout|everything|all|we|on|nous)(?:'s|'re| is| are| will be|'ll be| est| sera| sommes| serons)(?: all| bien| deja| already)? (?:ready|set|sorted|prete?s?) (?:for|pour)\s+(?:\S+\s+){0,2}$/;

/** How far outside working hours a time must be to count on its own. */
const SLACK_MINUTES = 60;

/** The implied-off-hours rule of one language: reads the resolved deadlines, not phrases. */
export function impliedOffHoursRule(lang: Lang, examples: { fires: RuleExample[]; quiet: RuleExample[] }): Rule {
  // A deadline preposition alone ("unavailable until 1 a.m.") asks nothing: the sentence or a neighbour must.
  return whenAsked(deadlineRule(lang, examples), 1);
}

function deadlineRule(lang: Lang, examples: { fires: RuleExample[]; quiet: RuleExample[] }): Rule {
  return {
    id: 'off-hours/implied-deadline',
    category: 'off_hours',
    lang,
    confidence: 0.8,
    reason: {
      en: 'The deadline or time asked for falls outside your working time, or leaves none before it.',
      fr: 'L’échéance ou l’heure demandée tombe hors de vos heures de travail, ou n’en laisse aucune avant.',
    },
    examples,
    find(context: RuleContext): RuleHit[] {
      const hits: RuleHit[] = [];
      for (const deadline of context.deadlines) {
        if (!deadline.outside) continue;
        if (!needsOffHours(deadline, context.settings) && !dueOnHoliday(context, deadline)) continue;
        const sentence = sentenceAt(context.sentences, deadline.start);
        if (!sentence || isNegated(context.lang, context.text, sentence, deadline.start, 80)) continue;
        if (senderActsAfter(context.lang, context.text, deadline.start)) continue;
        const sentenceText = context.text.slice(sentence.start, sentence.end);
        if (PRESENCE_WINDOW[context.lang].test(sentenceText) && offHoursKind(context.lang, sentenceText) === 'other')
          continue;
        if (OTHERS_EVENING[context.lang].test(sentenceText) || READER_RECEIVES[context.lang].test(sentenceText))
          continue;
        // A third party's own moment ("the lab closes orders tonight"): the reader's work is asked apart from it.
        const theirs = THIRD_PARTY_MOMENT[context.lang].exec(sentenceText);
        const offset = deadline.start - sentence.start;
        if (theirs && offset >= theirs.index && offset < theirs.index + theirs[0].length) continue;
        if (
          WISH_BEFORE[context.lang].test(
            context.text.slice(Math.max(sentence.start, deadline.start - 24), deadline.start),
          )
        )
          continue;
        if (SENDER_READY.test(context.text.slice(Math.max(sentence.start, deadline.start - 40), deadline.start)))
          continue;
        const recurring = RECURRING[context.lang].test(sentenceText);
        if (recurring && CALENDAR_KINDS.has(deadline.outside.kind)) continue;
        if (STARTS_AT[context.lang].test(context.text.slice(Math.max(0, deadline.start - 16), deadline.start)))
          continue;
        if (READER_STARTS[context.lang].test(context.text.slice(Math.max(0, deadline.start - 40), deadline.start)))
          continue;
        const why = deadline.outside.why;
        hits.push({
          start: deadline.start,
          end: deadline.end,
          deadline,
          reason: {
            en: `Implies working outside your hours. ${why.en}.`,
            fr: `Suppose de travailler hors de vos heures. ${why.fr}.`,
          },
        });
      }
      return hits;
    },
  };
}
