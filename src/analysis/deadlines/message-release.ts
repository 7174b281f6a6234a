import { mayMatch, prefiltered } from '../prefilter.ts';
import { perMessage, type RuleContext } from '../rule.ts';
import type { Lang } from '../types.ts';

/**
 * A release anywhere in the newest message: "There's absolutely no need to look at any of this
 * before next week", "ne vous sentez pas obligée de répondre avant la semaine prochaine",
 * "nothing for you to do, we'll handle everything". It cancels an off-hours reading of the same mail
 * when it is about the same time (the weekend, the evening) or defers or waives everything.
 */
const RELEASE: Record<Lang, RegExp> = {
  en: prefiltered(
    'en/message-release',
    /\b(?:no need|there'?s no need|(?:you )?(?:don'?t|do not|needn'?t) (?:need|have) to|please don'?t (?:feel|reply|answer|log|work|look|come|worry|check)|don'?t (?:feel (?:you have|obliged|obligated)|reply|answer|log (?:in|on)|work on|look at)|(?:no one|nobody) (?:expects|is asking|needs|wants) you|(?:no one|nobody) (?:needs|has) to be (?:around|there|online|on hand|available|up)|(?:we'?d|we would|i'?d|i would) never ask|nothing (?:you need to do|for you to do|needed from you|required from you|to do on your side)|no (?:action|reply|response) (?:is )?(?:needed|required|expected)|(?:we'?ll|we will|we'?re going to) (?:handle|manage|cover|take care of) (?:it|everything|that|the rest)|please ignore (?:them|it|those|these|my (?:e-?mails|messages|mails))|(?:doesn'?t|does not|don'?t|do not|won'?t|will not) need (?:an? )?(?:answer|reply|response)|nothing (?:needs|has) (?:doing|to be done|to happen)|needs? no (?:answer|reply|response)|nothing (?:we|i) need from you|(?:it|this|that|they|everything|the rest|\w+) can (?:easily |happily |perfectly well |all )?wait (?:until|till|for) (?:you'?re back|you get back|your return))\b/,
  ),
  fr: prefiltered(
    'fr/message-release',
    /(?:\bpas besoin\b|\bnul besoin\b|\binutile de\b|\bne (?:te|vous) sen(?:s|tez) (?:surtout )?pas oblige|\brien a faire\b|\brien de (?:ton|votre) cote\b|\b(?:on gere|nous gerons|on s'occupe de tout|nous nous occupons de tout|on s'en occupe|nous nous en occupons)\b|\bne (?:reponds|repondez|te connecte|vous connectez|travaille|travaillez|regarde|regardez) (?:surtout |rien |pas )?(?:pas|rien)\b|\b(?:tu n'as|vous n'avez) (?:pas|rien) (?:besoin|a faire)\b|\bpersonne (?:ne|n')\s*(?:attend|demande|exige|te demande|vous demande)|\bpersonne (?:n'a|n'aura|ne doit|n'est tenu) (?:besoin d'|a )?(?:etre|rester) (?:la|present|connecte|en ligne|disponible|dispo|sur place|debout)\b|\b(?:on ne|nous ne) (?:te|vous) (?:demandera|demanderons|demanderait) jamais\b|\bne (?:vous|t') ?etonne(?:z)? pas\b|\binutile d'y repondre\b|\b(?:n'appelle(?:nt)?|n'attend(?:ent)?) (?:aucune|pas de) reponse\b|\b(?:peut|peuvent|pourra|pourront) (?:parfaitement |tout a fait |tres bien |bien |largement )?attendre (?:ton|votre) retour\b)/,
  ),
};

/** Time words of a release, sorted by what they free. */
const WEEKEND: Record<Lang, RegExp> = {
  en: /\b(?:weekends?|saturdays?|sundays?)\b/,
  fr: /\b(?:week-?ends?|samedis?|dimanches?|fin de semaine)\b/,
};
const EVENING: Record<Lang, RegExp> = {
  en: /\b(?:tonight|this evening|evenings?|nights?|late|before bed|overnight|after hours)\b/,
  fr: /\b(?:ce soir|le soir|soirees?|la nuit|tard|avant de (?:te|vous) coucher)\b/,
};
/** "before next week", "until you're back", "avant lundi": everything waits for working time. */
const DEFERS_ALL: Record<Lang, RegExp> = {
  en: /\b(?:before|until|till|ahead of)\s+(?:next week|monday|you'?re back|your return|the (?:new )?week)\b|\bany of (?:this|it)\b/,
  fr: /\b(?:avant|d'ici|jusqu'a)\s+(?:la semaine prochaine|lundi|(?:ton|votre) retour)\b/,
};
/** A waiver of any work: "nothing for you to do", "we'll handle everything", "rien à faire de ton côté" (not "we'll handle the invoice"). */
const WAIVER: Record<Lang, RegExp> = {
  en: /\b(?:nothing (?:you need to do|for you to do|needed from you|required from you|to do on your side|needs doing|needs to be done|has to be done)|no action (?:is )?(?:needed|required|expected)(?: from you| on your (?:side|part))?|(?:we'?ll|we will|we'?re going to) (?:handle|manage|take care of) (?:everything|it all|all of it)|nothing (?:we|i) need from you|can (?:easily |happily |perfectly well |all )?wait (?:until|till|for) (?:you'?re back|you get back|your return))\b/,
  fr: /\b(?:rien a faire|rien de (?:ton|votre) cote|on s'occupe de tout|nous nous occupons de tout|on gere tout|nous gerons tout|(?:peut|peuvent|pourra|pourront) (?:parfaitement |tout a fait |tres bien |bien |largement )?attendre (?:ton|votre) retour)\b/,
};
export type OffHoursKind = 'weekend' | 'evening' | 'other';

/** The clauses of the message that release the reader, and what each frees (several rules ask). */
const releases = perMessage((context): Map<OffHoursKind | 'all', number> => {
  const freed = new Map<OffHoursKind | 'all', number>();
  const { lang, text } = context;
  if (!mayMatch(context, RELEASE[lang])) return freed;
  for (const s of context.sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = RELEASE[lang].exec(sentence);
    if (!m) continue;
    if (WAIVER[lang].test(sentence) || DEFERS_ALL[lang].test(sentence.slice(m.index))) freed.set('all', s.end);
    if (WEEKEND[lang].test(sentence)) freed.set('weekend', s.end);
    if (EVENING[lang].test(sentence)) freed.set('evening', s.end);
  }
  return freed;
});

/** A P.S. line: an afterthought that asks anew, after whatever the body released. */
const POSTSCRIPT = /\n\s*p\.?\s?s\b/;

/** What a finding's phrase is about: a weekend, an evening, or another time. */
export function offHoursKind(lang: Lang, phrase: string): OffHoursKind {
  if (WEEKEND[lang].test(phrase)) return 'weekend';
  if (EVENING[lang].test(phrase)) return 'evening';
  return 'other';
}

/**
 * Whether a release elsewhere in the newest message cancels an off-hours finding of this kind at `at`: not when the
 * finding sits in a P.S. written after the release ("no action needed yet … P.S. any chance ep 14 could be out by lunch?").
 */
export function releasedInMessage(context: RuleContext, kind: OffHoursKind, at = -1): boolean {
  const freed = releases(context);
  const frees = (k: OffHoursKind | 'all'): boolean => {
    const end = freed.get(k);
    return end !== undefined && !(at > end && POSTSCRIPT.test(context.text.slice(end, at)));
  };
  return frees('all') || (kind !== 'other' && frees(kind));
}

/** A release and the rest of its clause. */
const RELEASE_CLAUSE: Record<Lang, RegExp> = {
  en: new RegExp(`${RELEASE.en.source}[^,;:.!?]*`, 'g'),
  fr: new RegExp(`${RELEASE.fr.source}[^,;:.!?]*`, 'g'),
};

/** A sentence with its release clauses cut out: "tu n'as pas besoin de venir" asks nothing. */
export function withoutReleases(lang: Lang, sentence: string): string {
  return sentence.replace(RELEASE_CLAUSE[lang], ' ');
}
