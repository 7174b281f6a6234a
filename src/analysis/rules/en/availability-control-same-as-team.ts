import { isNegated } from '../../negation.ts';
import type { Rule, RuleContext, RuleExample, RuleHit } from '../../rule.ts';
import type { Lang } from '../../types.ts';

/** What a same-as-the-team rule needs in one language: the team's norm and the ask to match it. */
export interface SameAsTeamSpec {
  lang: Lang;
  /** A sentence stating how the client's staff work: hours, presence, reporting, reply times. */
  norm: RegExp;
  /** The next sentence asking the freelancer to do likewise ("please do the same", "toi aussi"). */
  sameAsk: RegExp;
  examples: { fires: RuleExample[]; quiet: RuleExample[] };
}

/**
 * The client states a staff rule in one sentence and applies it to the freelancer in the next:
 * "Our team works 9 to 6. We'd expect the same from you." Neither sentence says it alone.
 */
export function sameAsTeamRule(spec: SameAsTeamSpec): Rule {
  return {
    id: 'availability-control/same-as-team',
    category: 'availability_control',
    lang: spec.lang,
    confidence: 0.75,
    reason: {
      en: 'Holds you to the rules of the client’s staff (hours, presence, reporting): you are an independent supplier, not an employee.',
      fr: 'Vous applique les règles du personnel du client (horaires, présence, comptes rendus) : vous êtes un prestataire indépendant, pas un salarié.',
    },
    examples: spec.examples,
    find(context: RuleContext): RuleHit[] {
      const hits: RuleHit[] = [];
      context.sentences.forEach((sentence, i) => {
        const previous = context.sentences[i - 1];
        if (!previous) return;
        const ask = spec.sameAsk.exec(context.text.slice(sentence.start, sentence.end));
        if (!ask) return;
        if (!spec.norm.test(context.text.slice(previous.start, previous.end))) return;
        const start = sentence.start + ask.index;
        if (isNegated(spec.lang, context.text, sentence, start)) return;
        hits.push({ start, end: start + ask[0].length });
      });
      return hits;
    },
  };
}

export default sameAsTeamRule({
  lang: 'en',
  norm: /\b(?:(?:our|the) (?:team|staff|employees|people|designers|developers|devs|editors|studio|office|agency|company)|the (?:whole |rest of the )?team|everyone(?: else| here)?|everybody(?: else| here)?|the others|we all|all our staff)\b[^.!?\n]{0,60}?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s*(?:to|-|till|until)\s*\d|\b(?:from|by|at) \d{1,2}|\b(?:every|each) (?:day|morning|evening)|\bdaily\b|\bwithin (?:the|an|\w+) (?:hour|minutes)|\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays)\b|\bin the office\b|\bon (?:slack|teams)\b|\bonline\b|\b(?:log|track|record) (?:their|our) (?:hours|time)\b|\btimesheets?\b)/,
  sameAsk:
    /\b(?:(?:we'?d|we would|i'?d|i would|we|i) (?:expect|need|want|like|ask for) (?:the same|that|this|the same thing) (?:from|of) you|(?:please |kindly )?do the same|the same (?:goes )?for you|you should (?:be (?:there|here|in|online|on (?:slack|teams)|too|as well)|do the same|too)|(?:good|great|nice|ideal) to see you there|we need that from you)\b/,
  examples: {
    fires: [
      'The studio works 8:30 to 5:30. We would expect the same from you.',
      'Everyone else logs their hours daily. Please do the same.',
      'The whole team is in the office on Thursdays. You should be too.',
    ],
    quiet: [
      'The whole team is in the office on Thursdays. Feel free to drop by if you like.',
      'Our team loved the draft. We would expect the same quality for the next one, of course.',
      "Everyone here is online until 6. You don't need to do the same.",
      'Our office is open from 9 on weekdays. You should be able to park outside.',
    ],
  },
});
