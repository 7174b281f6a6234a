import { releasedInMessage } from '../../deadlines/message-release.ts';
import { asksSomething, NOT_ASKED } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import type { Rule, RuleExample } from '../../rule.ts';
import type { Lang } from '../../types.ts';
import { unlessAskedForLater } from './asked-for-later.ts';
import { keepBySentence } from './sentence-filter.ts';

/**
 * Asks the request cues do not list: "I'm asking you to", « je te demande de », « je compte sur toi pour ».
 * Said right after the sender owns the reader's day off, they ask for it all the same.
 */
const PLAIN_ASK: Record<Lang, RegExp> = {
  en: /\b(?:i'?m asking you to|i need you to|i'?d ask you to|we'?re asking you to|we need you to|would you be willing|are you willing|are you able)\b/,
  fr: /\b(?:je (?:te|vous) (?:demande|demanderais|prie)(?: [a-z]+){0,2} (?:de|d')|je compte sur (?:toi|vous)|(?:tu serais|vous seriez) d'accord pour|(?:tu accepterais|vous accepteriez) de)\b/,
};

/** How many sentences before and after the owning phrase an ask may stand in. */
const BEFORE = 1;
const AFTER = 3;

/**
 * Keeps a hit when a sentence near it asks the reader for something, and its own sentence is not the sender's own
 * absence or plan ("sorry to write on a Sunday, I'm off all next week").
 */
function askedNear(rule: Rule): Rule {
  return keepBySentence(rule, (context, index) => {
    const own = context.sentences[index];
    if (!own || NOT_ASKED[context.lang].test(context.text.slice(own.start, own.end))) return false;
    // The whole of it waived or put off in the message: "it can wait until you're back", « rien à faire de ton côté ».
    if (releasedInMessage(context, 'other', own.start)) return false;
    const near = context.sentences.slice(Math.max(0, index - BEFORE), index + AFTER + 1);
    return near.some((s) => {
      const text = context.text.slice(s.start, s.end);
      return asksSomething(context.lang, text) || PLAIN_ASK[context.lang].test(text);
    });
  });
}

export interface OwnedDayOffSpec {
  lang: Lang;
  cue: RegExp;
  patterns: RegExp[];
  unless: RegExp[];
  examples: { fires: RuleExample[]; quiet: RuleExample[] };
}

/**
 * The sender owns that the moment is the reader's own time ("I realise it's your Sunday", "sorry to message on a
 * Saturday", "I appreciate it's the bank holiday", « je sais qu'on est samedi », « je vois que tu es en congés »,
 * « je sais que vous fermez en août ») and asks for something near it: that owning is why the ask is off hours,
 * whatever words the ask itself uses. Work put off until after the day off stays quiet.
 */
export function ownedDayOffRule(spec: OwnedDayOffSpec): Rule {
  return unlessAskedForLater(
    askedNear(
      phraseRule({
        id: 'off-hours/owned-day-off',
        category: 'off_hours',
        lang: spec.lang,
        confidence: 0.8,
        reason: {
          en: 'The sender knows it is your weekend, holiday or time off, and still asks for work then.',
          fr: 'L’expéditeur sait que c’est votre week-end, un jour férié ou vos congés, et demande quand même du travail.',
        },
        cue: spec.cue,
        patterns: spec.patterns,
        unless: spec.unless,
        examples: spec.examples,
      }),
    ),
    AFTER,
  );
}
