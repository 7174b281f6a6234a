import { phraseRule } from '../../phrase-rule.ts';

/*
 * The client setting the freelancer's rate on its own terms: a billing basis switched ("we'd change you from an
 * hourly fee to a per-page price"), the saving said aloud ("a monthly retainer, which comes out cheaper for us", "it comes
 * to slightly less per day for you"), the client's own scale put in place of the quote ("billed at our junior rate rather
 * than your day rate"), a house policy ("all contractor rates are now capped at $60/h") or the freelancer's way of
 * billing refused ("we can't pay by the hour"). Folded text.
 */
export default phraseRule({
  id: 'rate-pressure/our-rate',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Sets your rate on the client’s terms instead of yours: a pay cut by another name.',
    fr: 'Fixe votre tarif selon les conditions du client et non les vôtres : une baisse sous un autre nom.',
  },
  cue: /\b(?:switch|move|moving|chang|convert|put(?:ting)? you|cheaper|affordable|less|at (?:our|the)|standardi|capped|harmoni|fixed|frozen|hourly|by the hour|per hour|day rate)/,
  patterns: [
    // "we'd change you from an hourly fee to a per-page price", "switching you to a flat monthly retainer"
    /\b(?:switch|move|change|convert|put|moving|switching|changing|converting|putting)\w*\s+you\s+(?:over\s+)?(?:from\s+(?:your|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:rate|fee|pricing|billing)\s+)?(?:to|onto)\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:rate|fee|retainer|price|pricing)\b/,
    // "a monthly retainer, which comes out cheaper for us" (a money word in the same sentence)
    /\b(?:works? out|comes? out|ends? up|would be|will be|is|it'?s|that'?s)\s+(?:a (?:bit|little|lot)\s+|slightly\s+|much\s+|far\s+|quite a bit\s+)?(?:cheaper|less expensive|more affordable)\s+for\s+(?:us|the company|our side)\b(?<=\b(?:fee|fees|rate|rates|retainer|price|pay|invoice|invoicing|billing|[$€£]|\d+\s?(?:k|usd|eur|gbp))\b[^.?!\n]{0,100})/,
    // "slightly less per day for you", "a bit less for you, though regular"
    /\b(?:a (?:bit|little|touch|tad)|slightly|somewhat|marginally)\s+less\s+(?:money\s+)?(?:(?:per|an?|each)\s+(?:hour|day|word|page|month|piece|minute|session)\s+)?for\s+you\b/,
    // "billed at our junior rate rather than your day rate", "paid at the in-house scale, not the rate you quoted"
    /\bat\s+(?:our|the)\s+(?:own\s+|usual\s+|standard\s+)?(?:trainee|junior|intern|student|apprentice|internal|in-house|house|staff|employee|graduate|entry-level)\s+(?:rate|scale|fee|grade)s?\b[^.?!\n]{0,20}?\b(?:rather than|instead of|not)\s+(?:the|your)\b/,
    // "all contractor rates are now capped at $60/h", "Finance has harmonised supplier fees at 400 a day"
    /\b(?:standardi[sz]ed|capped|harmoni[sz]ed|fixed|set|aligned|frozen)\s+(?:all\s+)?(?:of\s+)?(?:our\s+)?(?:contractor|freelance|freelancer|supplier|vendor|external|consultant|agency)\s+(?:day\s+|hourly\s+)?(?:rates|fees|pay)\s+at\b/,
    /\b(?:contractor|freelance|freelancer|supplier|vendor|external|consultant)\s+(?:day\s+|hourly\s+)?(?:rates|fees)\s+(?:are|have been|will be|were)\s+(?:now\s+)?(?:standardi[sz]ed|capped|harmoni[sz]ed|fixed|set|aligned|frozen)\s+at\b/,
    // "we cannot pay hourly", "we don't pay by the hour"
    /\b(?:can'?t|cannot|won'?t|don'?t|do not|will not|are unable to|aren'?t able to)\s+pay\s+(?:you\s+)?(?:hourly|by the hour|per hour|an hourly rate|by the day|a day rate|per word)\b/,
  ],
  unless: [
    // The freelancer's own proposal accepted, or a rise.
    /\b(?:as you (?:asked|suggested|proposed|requested)|you suggested|your (?:suggestion|proposal) to|higher|increase|raise|more per)\b/,
  ],
  examples: {
    fires: [
      "From May we'd change you from an hourly fee to a per-page price.",
      'We are switching you to a flat monthly retainer for all the blog work.',
      'A fixed fee of $2,000 a month, which works out cheaper for us than the hours.',
      'Per hour it comes to slightly less for you, though the work is regular.',
      'New drafters are billed at our junior rate rather than the rate in your quote.',
      'Head office has capped all contractor rates at $60/h.',
      'Freelance day rates are now frozen at 350 until further notice.',
      'Sorry, but we cannot pay by the hour for this kind of job.',
    ],
    quiet: [
      'As you suggested, we will move you to a monthly retainer from June.',
      'We switched you to a higher day rate from January.',
      'Printing in-house is much cheaper for us this year.',
      'It means a bit less work for you on Fridays.',
      'Our interns are paid at the trainee rate set by the university.',
      'Our contractor badges are fixed at the front desk.',
      'Could you move the meeting to a time that suits you?',
    ],
  },
});
