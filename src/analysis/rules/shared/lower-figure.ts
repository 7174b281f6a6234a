import { isNegated } from '../../negation.ts';
import type { Rule, RuleContext, RuleExample, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import { execAll } from '../../text.ts';
import type { Lang } from '../../types.ts';

/*
 * Two sums set against each other for the same work, where the one the client puts forward is the smaller: a rate
 * announced "from 1,100 to 900", a counter-offer "1,800 rather than 2,300". A regular expression cannot compare
 * numbers, so the patterns capture both sums (groups `high` and `low`) and the rule keeps a match only when `low`
 * really is below `high`: the same words with a rise ("from 40 to 60") or a range stay quiet.
 */

const CURRENCY = String.raw`(?:[$£€]|chf|fr\.|eur|usd|gbp|cad|aud)`;
const CURRENCY_WORD = String.raw`(?:dollars?|euros?|francs?|pounds?|quid|bucks|balles|chf|eur|usd|gbp|cad|aud)`;

/**
 * A sum as clients write it: "£2,300", "1'100", "1 500 €", "55 $", "2.4k", "780 francs". Counts and durations are
 * left out by what may follow ("40 pages", "3 days", "20%").
 */
export const SUM = String.raw`(?:${CURRENCY}\s?)?(?:\d{1,3}(?:[ ',.]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:\s?k\b)?(?:\s?(?:[$£€]|fr\.|${CURRENCY_WORD}\b)|\s?\.-)?(?:\s?(?:/|a|an|per|par|de l'|la|le)\s?(?:day|hour|hr|word|page|session|episode|month|week|article|jour|heure|mot|mois|semaine|seance))?(?!\s*(?:%|percent|per ?cent|pour ?cent|(?:days?|hours?|hrs?|weeks?|months?|years?|minutes?|mins?|pages?|words?|copies|units?|items?|people|persons?|pieces?|tables?|chairs?|jours?|heures?|semaines?|mois|ans?|mots|exemplaires|personnes|pieces|unites|articles|photos?|videos?|episodes?|posts?|slides?|sessions?|seances?|eleves?|places?|m2|cm|mm|kg|km)\b)|\d|[,.]\d)`;

const HAS_CURRENCY = new RegExp(String.raw`${CURRENCY}|\b${CURRENCY_WORD}\b|\.-`);

/** "£2,300" → 2300, "1'100" → 1100, "1.500" → 1500, "2.4k" → 2400, "12,50 €" → 12.5. */
export function sumValue(text: string): number | null {
  const match = /\d[\d ',.]*/.exec(text);
  if (!match) return null;
  let digits = match[0].trim().replace(/[ ']/g, '');
  // a separator followed by exactly three digits groups thousands; followed by one or two at the end, it is the decimal point
  digits = digits.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  const value = Number.parseFloat(digits);
  if (!Number.isFinite(value)) return null;
  return /\dk\b|\d\s+k\b/.test(text) ? value * 1000 : value;
}

export interface LowerFigureSpec {
  lang: Lang;
  /** Words one of the patterns needs, tested first: most mail has none. */
  cue: RegExp;
  /** Each with the groups `high` (the sum agreed or usual) and `low` (the sum the client puts forward). */
  patterns: RegExp[];
  /**
   * A money word that makes bare numbers sums ("would 1,800 for everything work rather than 2,300" names none, but
   * "for everything" in a price question does): without a currency sign on either sum, the sentence needs one.
   */
  money: RegExp;
  unless: RegExp[];
  examples: { fires: RuleExample[]; quiet: RuleExample[] };
}

/** Builds the lower-figure rule of one language (see the note at the top). */
export function lowerFigureRule(spec: LowerFigureSpec): Rule {
  const patterns = spec.patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
  return {
    id: 'rate-pressure/lower-figure',
    category: 'rate_pressure',
    lang: spec.lang,
    confidence: 0.8,
    reason: {
      en: 'Sets a lower sum against your price or rate, as an offer or as news: a pay cut, however it is worded.',
      fr: 'Oppose une somme plus basse à votre prix ou à votre tarif, en offre ou en annonce : c’est une baisse, quelle que soit la formule.',
    },
    examples: spec.examples,
    find(context: RuleContext): RuleHit[] {
      const hits: RuleHit[] = [];
      if (!spec.cue.test(context.text)) return hits;
      for (const pattern of patterns) {
        for (const match of execAll(pattern, context.text)) {
          const high = match.groups?.['high'];
          const low = match.groups?.['low'];
          const highValue = high === undefined ? null : sumValue(high);
          const lowValue = low === undefined ? null : sumValue(low);
          if (highValue === null || lowValue === null || !(lowValue < highValue)) continue;
          const sentence = sentenceAt(context.sentences, match.index);
          if (!sentence) continue;
          const sentenceText = context.text.slice(sentence.start, sentence.end);
          if (!HAS_CURRENCY.test(`${high} ${low}`) && !spec.money.test(sentenceText)) continue;
          if (spec.unless.some((u) => u.test(sentenceText))) continue;
          if (isNegated(spec.lang, context.text, sentence, match.index)) continue;
          hits.push({ start: match.index, end: match.index + match[0].length });
        }
      }
      return hits;
    },
  };
}
