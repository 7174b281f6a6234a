import { phraseRule } from '../../phrase-rule.ts';
import { LOWER_BUT_STEADY_REASON } from '../shared/rate-reasons.ts';

/**
 * A lower pay sold as a benefit: the new deal set below what the freelancer bills today ("it comes out below your
 * current billing, but it's steady"), whatever the consolation offered with it.
 */
export default phraseRule({
  id: 'rate-pressure/lower-but-steady',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.75,
  reason: LOWER_BUT_STEADY_REASON,
  cue: /below|under|less|lower|cheaper|smaller|beneath|short of|cut|saving|saves/,
  patterns: [
    // "the new package pays a little less than now", "compared to what you bill now, it's a bit lower"
    /\b(?:pays?|fee|fees|rate|package|retainer|income|money|earnings?|billing|paid)\b[^.?!\n]{0,40}?(?<phrase>\b(?:less|lower)\s+than\s+(?:now|today|currently|at present|before|what you (?:get|have|make|earn)(?: now| today)?)\b)/,
    /\bcompared (?:to|with) what you (?:bill|charge|earn|make|get|invoice)\b[^.?!\n]{0,30}?\b(?:lower|less|cheaper|below|under)\b/,
    // "a lower hourly than you're used to", "works out cheaper than your day rate"
    /\b(?:lower|cheaper|smaller|less)\s+(?:\w+\s+){0,2}?than\s+(?:what\s+)?(?:you(?:'re| are) used to|you (?:usually |normally |currently )?(?:get|charge|bill|earn|make|invoice)|your\s+(?:(?:current|usual|normal|average|monthly|typical|standard|regular)\s+)?(?:rate|rates|fee|fees|billing|invoices?|day rate|hourly|hourly rate|pay))\b/,
    /\b(?:below|under|less than|lower than|beneath|short of|(?:a bit|slightly|a little|a touch|somewhat) (?:less|lower|below|under))\s+(?:than\s+)?(?:what\s+)?(?:your|you(?:'re| are)?)\s+(?:(?:current|currently|usual|usually|normal|normally|average|monthly|typical|present|standard|regular|now)\s+)?(?:billing|bills?|billed|invoices?|invoicing|invoiced|earn|earning|earned|make|making|charge|charging|charged|get|getting|rate|rates|fees?|day rate|hourly rate|income|monthly|pay|paid)\b(?![^.?!\n]{0,15}\bthan\b)/,
    // "it works out a bit cheaper for us than before, but you get security": the client's saving, sold as steady
    /\b(?:(?:less|cheaper|lower) for us|costs? us (?:\w+\s+){0,2}?less|saves? us|(?:a|some) savings? for us|we(?:'d|'ll| would| will)?\s+(?:\w+\s+){0,2}?(?:spend|pay)\s+(?:\w+\s+){0,2}?less)\b[^.?!\n]{0,60}?\b(?:but|though|although|in return|in exchange|yet|while)\b[^.?!\n]{0,50}?\b(?:security|secure|guarantee\w*|steady|regular|stable|stability|visibility|predictab\w*|commitment|long(?:er)?[- ]term|volume|reliable|locked in|fixed for|every (?:month|week)|each (?:month|week))\b/,
  ],
  unless: [/\b(?:turnaround|deadline|hours? (?:you|of)|words?|pages?|workload|effort|stress|travel|commute)\b/],
  examples: {
    fires: [
      'A retainer is a touch cheaper for us than paying per job, but you would have work every month.',
      'It works out a bit cheaper for us than before, but the work is guaranteed.',
      'It is a little less for us each month, but it is locked in for two years.',
      'The retainer works out a bit below what you bill us now, but it is guaranteed every month.',
      'It is slightly less than you earn with us today, though far more predictable.',
      'The package comes in under your current rate, but the volume is steady.',
      'Yes, it is lower than what you invoiced last year; the trade-off is security.',
      'A fixed fee a little below your usual monthly billing, in exchange for regular work.',
      'The retainer is lower than your average invoices, but you can count on it.',
      'It is a lower hourly than you are used to, but every hour is guaranteed.',
      'The package works out cheaper than your day rate, though it runs all year.',
      'The retainer pays a bit less than now, but it is guaranteed.',
      'Compared with what you charge today, it is slightly lower, yet steady.',
    ],
    quiet: [
      'The new hosting works out cheaper for us than before.',
      'The new rate is higher than what you charged before, which is fine by us.',
      'This job needs fewer pages than you usually write.',
      'Our fees are lower than your agency charged us, we noticed.',
      'The workload will be less than now, good news.',
      'The turnaround is a bit shorter than what you usually get.',
      'Your invoice is below the threshold, so no purchase order is needed.',
    ],
  },
});
