import { phraseRule } from '../../phrase-rule.ts';
import { COUNTER_OFFER_REASON } from '../shared/rate-reasons.ts';

/**
 * A bare figure a client writes as a price (no currency sign needed): "900", "1,200", "2k", "$850". A count of
 * things ("500 words", "200 more downloads") is kept out by the word that follows it, unless that word is one a
 * price is followed by ("for", "max", "instead", a currency).
 */
const FIGURE = String.raw`(?:[$£€]\s?)?(?:\d{1,3}(?:[,.\s]\d{3})+|\d{3,}|\d+(?:[.,]\d)?\s?k\b)(?:\s?(?:[$£€]|dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp|chf))?(?!\s*(?:more\s+)?[a-z]{2,}\b(?<!\b(?:for|max|maximum|tops|instead|rather|in|total|all|and|no|not|flat|final|but|if|so|or|is|would|be|only|at|as|we|you|on|here|this|per|to|seems|sounds|feels|acceptable|ok|okay|fine|alright|doable|possible|enough|agreeable|euros?|dollars?|bucks|quid|pounds?|usd|eur|gbp|chf))|\s*%)`;

/** A counter-offer or a cap stated with a bare figure: "we can offer 700 for the whole thing", "500 max". */
export default phraseRule({
  id: 'rate-pressure/counter-offer',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: COUNTER_OFFER_REASON,
  cue: /\d{3}|\d[,.\s']\d{3}|\d\s?k\b/,
  patterns: [
    // "we can offer 700 for the whole thing", "I could stretch to 1,100, no further"
    new RegExp(
      String.raw`\b(?:we|i)\s*(?:(?:can|could|would|will|'ll|'d|are able to|am able to)\s+)?(?:only\s+|just\s+|really\s+)?(?:offer|pay|propose|suggest|do|manage|stretch to|go (?:up )?to|afford|put in|spend)\s+(?:you\s+)?(?:about\s+|around\s+|up to\s+)?${FIGURE}\s*,?\s*(?:\bfor (?:the whole thing|everything|the lot|all of it|it all|the (?:whole )?(?:job|project|work|package))|\bin total\b|\ball[- ]in\b|\bmax\b|\btops\b|\bno (?:more|further|higher)\b|\bnot (?:a (?:cent|penny|dollar) )?more\b|\binstead\b|\brather\b|\bfinal\b)`,
    ),
    // "could you do it for 450?", "would you take the job for 2k flat?"
    new RegExp(
      String.raw`\b(?:could|can|would|will)\s+(?:you|u)\s+(?:\w+\s+)?(?:do|make|deliver|finish|handle|take|accept|manage|build|design|write)\s+(?:it|this|that|them|the (?:\w+\s+)?(?:job|work|project|lot|whole thing))\s+for\s+(?:about\s+|around\s+|just\s+|only\s+|a flat\s+)?${FIGURE}\s*(?:\?|flat\b|instead\b|rather\b|in total\b|all[- ]in\b|total\b)`,
    ),
    // "our budget is 500 max", "max budget: 800", "1,500 tops for everything"
    new RegExp(
      String.raw`\bbudget\b[^.?!\n]{0,20}?${FIGURE}\s*(?:max(?:imum)?\b|tops\b|at most\b|(?:and )?no more\b|and not a (?:cent|penny|dollar) more\b)`,
    ),
    new RegExp(String.raw`\b(?:max(?:imum)?|top|ceiling)\s+budget\s*(?:is|'s|of|would be|:|=)\s*${FIGURE}`),
    new RegExp(
      String.raw`${FIGURE}\s*,?\s*(?:tops|max(?:imum)?|and not a (?:cent|penny|dollar) more)\s*,?\s*for\s+(?:everything|the lot|all of it|the whole thing|the (?:job|project))\b`,
    ),
    // "800 would be our limit", "the max we can pay is 1,000", "make it 1500 instead of 2000"
    new RegExp(
      String.raw`${FIGURE}\s+(?:is|would be|will be|'s)\s+(?:our|my|the)\s+(?:absolute\s+)?(?:limit|max(?:imum)?|ceiling|cap|top|upper limit)\b(?!\s+(?:number|of|amount|capacity|size|count|guests|people|seats|length)\b)`,
    ),
    new RegExp(
      String.raw`\b(?:the\s+)?(?:max(?:imum)?|most|limit|top|best)\s+(?:we|i)\s+(?:can|could)\s+(?:pay|spend|offer|do|afford|go|manage)\s+(?:is|would be|'s)\s+${FIGURE}`,
    ),
    // "our ceiling for the logo is 600", "we were hoping 1k would cover it"
    new RegExp(
      String.raw`\b(?:ceiling|cap|limit|max(?:imum)?|upper limit)\s+(?:for\s+(?:the\s+|this\s+)?\w+(?:\s+\w+)?\s+)?(?:is|would be|will be|'s|:)\s+${FIGURE}`,
    ),
    new RegExp(
      String.raw`${FIGURE}\s+(?:would|will|could|should)\s+(?:\w+\s+)?(?:cover (?:it|this|that|everything|the (?:job|lot|whole thing))|be enough|suffice)\b`,
    ),
    new RegExp(
      String.raw`\b(?:make it|do it for|charge|bill|invoice)\s+(?:us\s+)?${FIGURE}\s+(?:instead of|rather than|not)\s+${FIGURE}`,
    ),
    // "what about 1,300?", "could you live with 950 for the lot?", "we cannot exceed 1,000", "is 600 acceptable?"
    new RegExp(String.raw`\b(?:what|how) about\s+${FIGURE}`),
    new RegExp(String.raw`\b(?:live with|settle (?:on|for)|agree (?:on|to))\s+${FIGURE}`),
    new RegExp(
      String.raw`\b(?:cannot|can'?t|can not|won'?t|will not|unable to|not able to)\s+(?:really\s+)?(?:exceed|go (?:over|above|beyond|past|higher than)|spend more than|pay more than)\s+${FIGURE}`,
    ),
    new RegExp(
      String.raw`\b(?:is|would|will)\s+${FIGURE}\s+(?:be\s+)?(?:acceptable|ok|okay|fine|alright|doable|possible|enough|agreeable)\b(?!\s+[a-z]+s\b)`,
    ),
    new RegExp(
      String.raw`${FIGURE}\s+(?:is|would be|seems|sounds|feels)\s+(?:more\s+|much more\s+|a lot more\s+)?(?:realistic|reasonable|fair|sensible|about right|in line)\b`,
    ),
    // "we have 400 for this", "750 all included, is that ok?"
    new RegExp(
      String.raw`\b(?:we|i)\s+(?:only\s+|just\s+)?(?:have|got|'ve got|can spend|can put)\s+(?:only\s+|just\s+)?${FIGURE}\s+(?:for (?:this|it|that|the (?:job|project|work|whole thing|lot))|in total|total|all in)\b`,
    ),
    new RegExp(
      String.raw`${FIGURE}\s*,?\s*(?:all (?:included|in)|all-in|total|in total|for everything|flat)\s*,?\s*(?:is that|would that|does that|ok|okay|deal|alright)\b`,
    ),
    // "would 1,800 be possible?"
    new RegExp(
      String.raw`\bwould\s+(?:a\s+)?(?:flat\s+|fixed\s+)?${FIGURE}\s+be\s+(?:possible|doable|acceptable|agreeable|ok|okay|fine)\b`,
    ),
  ],
  unless: [
    /\b(?:deposit|as agreed|as quoted|your quote of|per your quote|ticket|tickets|per person|per head|allowance|expenses|mileage|hotel|taxi)\b/,
  ],
  examples: {
    fires: [
      'We could pay 650 for the whole thing, if that suits.',
      'I can stretch to 1,100, no further.',
      'Could you do it for 450?',
      'Would you take the job for 2k flat?',
      'Our budget is 500 max.',
      'Max budget: 800 for both logos.',
      '1,500 tops for everything, sorry.',
      'Would 1,800 be possible?',
      'Honestly 950 would be our limit.',
      'The most we could spend is 1,300.',
      'Could you make it 1100 instead of 1400?',
      'We suggest 1,000, final.',
      'The cap for the brochure is 700.',
      'Best I can manage is 1,250 for both.',
      'We thought 2k would cover everything.',
      'We only have 450 for this, can you make it work?',
      '900 all in, is that okay?',
      'How about 1,150 and we shake on it?',
      'Could you live with 800 for both?',
      'We truly cannot exceed 1,400 here.',
      'Is 650 acceptable for you?',
      'We think 800 is more realistic for this job.',
      'We can only offer 900 in total.',
    ],
    quiet: [
      'We can offer 500 copies for the launch.',
      'Could you do it for 200 people?',
      'We can pay 1,200 as quoted, invoice us when ready.',
      'Our budget is 5,000, as we discussed.',
      'The venue holds 300 max.',
      '300 is the maximum number of guests.',
      'The ceiling height is 600 cm.',
      'We have 400 guests for this, can you make it work?',
      '750 pages all included, is that ok for you?',
      'What about 1,300 words for the intro?',
      'We cannot exceed 1,000 characters on the banner.',
      'Is 600 enough pixels for the header?',
      'We will pay the 500 deposit this week.',
      'We can do 1000 more downloads max per day on the server.',
    ],
  },
});
