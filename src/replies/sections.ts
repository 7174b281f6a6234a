import { foldPhrase } from '../analysis/text.ts';
import type { Category, Finding } from '../analysis/types.ts';
import { SECTION_ORDER, type OffHoursKind, type Section } from './templates/types.ts';

/**
 * What a rate_pressure finding pushes on, read from its phrase: unpaid work
 * (free, exposure, equity, payment in kind), the payment itself (later, in
 * instalments, stretched terms), or else the price.
 */
const UNPAID_WORK =
  /\b(?:free|unpaid|exposure|visibility|portfolio|equity|pro bono|for nothing|gratuit\w*|benevol\w*|visibilite|gracieusement|sans (?:etre )?(?:paye|remunere)\w*|en nature|en vin|rien (?:te|vous) payer|pas de budget|no budget)\b/;
const PAYMENT =
  /\b(?:\d+ ?(?:days|jours)|net ?\d+|instal?lments?|versements?|en (?:\w+ )?fois|pay(?:ment)? (?:you )?(?:later|next|when|once|after|at the end)|paiement|payment|reglement|regler|payer (?:plus tard|quand|apres|a la fin|en fin)|delai de paiement|fin de mois|end of (?:the )?(?:month|quarter))\b/;

export type RateKind = 'price' | 'payment' | 'unpaidWork';

export function rateKind(phrase: string): RateKind {
  const folded = foldPhrase(phrase);
  if (UNPAID_WORK.test(folded)) return 'unpaidWork';
  if (PAYMENT.test(folded)) return 'payment';
  return 'price';
}

const OFF_HOURS_WORDS: readonly [OffHoursKind, RegExp][] = [
  ['leave', /\b(?:conges?|vacances|vacation|time off|annual leave|on holiday|fermeture|while you(?:'re| are) away)\b/],
  [
    'holiday',
    /\b(?:ferie|bank holiday|public holiday|christmas|noel|nouvel an|new year|easter|paques|thanksgiving|action de grace|pont)\b/,
  ],
  ['weekend', /\b(?:week-?end|samedi|dimanche|saturday|sunday|fin de semaine)\b/],
  ['night', /\b(?:nuit|night|minuit|midnight|overnight)\b/],
  ['evening', /\b(?:soir|soiree|evening|tonight)\b/],
  ['early_morning', /\b(?:tot le matin|early (?:in the )?morning|first thing|a la premiere heure|aux aurores)\b/],
];

/** When the client asks the freelancer to work: from a resolved deadline if there is one, else the phrase. */
export function offHoursKind(findings: readonly Finding[]): OffHoursKind {
  const kinds = new Set<OffHoursKind>();
  for (const f of findings) {
    if (f.category !== 'off_hours') continue;
    const outside = f.deadline?.outside?.kind;
    if (outside && outside !== 'no_working_time_left') {
      kinds.add(outside);
      continue;
    }
    const folded = foldPhrase(f.text);
    kinds.add(OFF_HOURS_WORDS.find(([, words]) => words.test(folded))?.[0] ?? 'other');
  }
  // Several different moments: speak of working hours in general.
  return kinds.size === 1 ? ([...kinds][0] as OffHoursKind) : 'other';
}

export type RevisionCount = 'beyond' | 'within' | 'uncounted';

/**
 * Whether the off-hours request is about being reachable rather than about
 * work to deliver: a call or a meeting at that time, or an off-hours demand
 * that comes with availability demands ("stay reachable until 9pm"). It is
 * answered with how the freelancer works, not with a delivery slot.
 */
export function offHoursIsReachability(findings: readonly Finding[]): boolean {
  if (findings.some((f) => f.category === 'urgency')) return false;
  const offHours = findings.filter((f) => f.category === 'off_hours');
  if (offHours.length === 0) return false;
  const purposes = offHours.map((f) => f.deadline?.purpose);
  if (purposes.includes('delivery')) return false;
  return purposes.every((p) => p === 'meeting') || findings.some((f) => f.category === 'availability_control');
}

/** The paragraphs a reply holds for these findings, in reply order. */
export function chooseSections(findings: readonly Finding[], revisions: RevisionCount): Section[] {
  const has = (category: Category): boolean => findings.some((f) => f.category === category);
  const chosen = new Set<Section>();
  if (has('scope_creep')) chosen.add('scope');
  if (has('extra_revisions')) {
    chosen.add(
      revisions === 'beyond' ? 'revisionsBeyond' : revisions === 'within' ? 'revisionsWithin' : 'revisionsUncounted',
    );
  }
  const reachability = offHoursIsReachability(findings);
  if (has('urgency') && has('off_hours')) chosen.add('urgentOffHours');
  else if (has('urgency')) chosen.add('urgent');
  else if (has('off_hours') && !reachability) chosen.add('offHours');
  if (has('availability_control') || reachability) chosen.add('availability');
  for (const f of findings) if (f.category === 'rate_pressure') chosen.add(rateKind(f.text));
  return SECTION_ORDER.filter((section) => chosen.has(section));
}

/**
 * The finding categories a section answers, so a user's own paragraph for a category can take its place.
 * The availability paragraph answers an off-hours request for reachability only when there is no
 * availability request: with one, it is about availability.
 */
export function sectionCategories(section: Section, findings: readonly Finding[]): Category[] {
  switch (section) {
    case 'scope':
      return ['scope_creep'];
    case 'revisionsBeyond':
    case 'revisionsWithin':
    case 'revisionsUncounted':
      return ['extra_revisions'];
    case 'urgent':
      return ['urgency'];
    case 'offHours':
      return ['off_hours'];
    case 'urgentOffHours':
      return ['urgency', 'off_hours'];
    case 'availability':
      return findings.some((f) => f.category === 'availability_control') ? ['availability_control'] : ['off_hours'];
    case 'price':
    case 'payment':
    case 'unpaidWork':
      return ['rate_pressure'];
  }
}

/** Where a category's own paragraph goes when no chosen section answers it, and its section when alone. */
export const CATEGORY_SECTION: Readonly<Record<Category, Section>> = {
  scope_creep: 'scope',
  extra_revisions: 'revisionsUncounted',
  urgency: 'urgent',
  off_hours: 'offHours',
  availability_control: 'availability',
  rate_pressure: 'price',
};
