import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';

/*
 * A change verb on its own is everywhere in business mail ("change of plan", "we changed banks");
 * what marks a revision request is the verb governed by a request ("could you swap…", "please
 * lose…", "they want the charts redone"), an imperative opening a line or bullet, or a wish for a
 * visual quality ("the phone number should be bigger"). The vocabulary is kept here as strings so
 * every pattern below shares it.
 */
const VERB = String.raw`(?:change|swap(?: out)?|switch|replace|redo|re-do|rework|re-work|rewrite|re-write|reword|re-word|rephrase|re-edit|reedit|retouch|tweak|adjust|amend|alter|modify|revise|resize|re-size|enlarge|shrink|shorten|lengthen|tighten|loosen|crop|re-?crop|recolou?r|remove|delete|trim|brighten|darken|lighten|soften|sharpen|redraw|re-?render|re-?cut|re-?shoot|re-?export|reorder|re-?arrange|flip|match|nudge|rectify|move|shift|bump|lose|drop|ditch|cut|take out|get rid of|tone down|warm up|put back|bring back|(?:reduce|increase|decrease)(?! (?:the |your |our )?(?:price|rate|fee|cost|budget|invoice|bill|amount|total)))(?: up| down| out| back)?`;

// The verb needs a determiner or a work noun after it, which keeps nouns ("this change be
// implemented", "change of plan") and idioms ("increase value") out; non-native writers often
// drop the article ("change title colour to red", "redo slide 4").
const DETERMINER = String.raw`(?:the|it|them|this|that|those|these|our|their|his|her|its|all|every|some|my|both|each|one|a|an|\d)\b`;

const WORK_NOUN = String.raw`(?:colou?rs?|fonts?|size|text|title|headline|images?|photos?|pictures?|logo|background|position|layout|button|banner|tagline|wording|heading|slides?|pages?|section|paragraph|intro|outro|ending|chapter|captions?|header|footer|menu|cover|icon|video|music|soundtrack|voice-?over|copy|draft|version|mock-?ups?|design|artwork|graphics?)`;

const QUALITY = String.raw`(?:bigger|smaller|larger|bolder|brighter|darker|lighter|warmer|cooler|shorter|longer|wider|narrower|thicker|thinner|punchier|simpler|cleaner|clearer|tighter|bold|softer|sharper|calmer|heavier|(?:more|less) (?!time\b|money\b|budget\b|notice\b|people\b)[a-z]{4,})`;

const CHANGE = String.raw`(?:${VERB} ${DETERMINER}|(?:${VERB}|put)(?: [a-z]+){0,2}? ${WORK_NOUN}\b(?! (?:is|are|was|were|looks?)\b)|update (?:the|your|our|this|that|those|these) (?:translation|text|copy|design|draft|mock-?ups?|layout|visuals?|artwork|banners?|flyers?|posters?|brochure|slides?|deck|logo|website|site|pages?|photos?|images?|graphics?|menu|video|edit|cut|subtitles|captions|labels?|files?|version)|use (?:a |the )?(?:different|softer|lighter|darker|bigger|smaller|bolder|warmer|cooler|other|another|brighter|thinner|thicker)\b|make (?:${DETERMINER} )?[a-z]+\b[^.?!\n]{0,40}?\b(?:${QUALITY}|italic|cent(?:er|re)d))`;

// Changing a meeting, a password, a fee or a delivery date is not rework; "change of plan" is a noun.
const NOT_WORK = String.raw`(?! (?:of|in|log|requests?|orders?|management|history)\b)(?![^.?!\n,]{0,25}\b(?:meeting|call\b(?! to action)|appointment|reservation|flight|hotel|password|login|deadline|due date|kick-?off|calendar|dinner|lunch|subscription|settings|preferences|(?:rush |late |setup |set-up )?(?:fee|fees|surcharge|charge|price|rate)\b|your (?:e-?mail|address|account)|copies|me from|us from|my name from|this (?:e-?mail|message)))`;

// Gaps stay inside one clause, but "clause 4.2" or "$38,995" does not end it.
const GAP = String.raw`(?:[^.?!\n]|[.,](?=\d))`;

const OBJECT = String.raw`(?:[ ][^ .?!\n,;:]+){0,5}`;

const REQUEST = String.raw`(?:(?:could|can|would|will|cld) (?:you|u|we)|please|pls|plz|kindly|(?:'d|would) (?:like|love|prefer|rather)|(?:like|love|prefer)s? (?:to|if)|wants? (?:to|you to)|needs? (?:to|you to)|(?:has|have) to|let'?s|maybe|perhaps|how about|what about|any chance|if (?:you|we) (?:could|can|don'?t mind)|(?:would|do) you mind|you (?:can|could)|possible to|same for|time to)`;

const PARTICIPLE = String.raw`(?:changed|swapped|switched|replaced|redone|reworked|rewritten|reworded|rephrased|re-edited|retouched|tweaked|adjusted|amended|altered|modified|revised|updated|moved|shifted|resized|enlarged|shrunk|shortened|lengthened|tightened|cropped|recolou?red|removed|deleted|trimmed|taken out|toned down|brightened|darkened|lightened|softened|warmed up|reverted|redrawn|reshot|reordered|rearranged|flipped)`;

const DEGREE = String.raw`(?:a (?:bit|little|touch|tad|lot|fraction)|slightly|much|way|somewhat|(?:about |around )?\d{1,3} ?%)`;

const DESIRE = String.raw`\b(?:wants?|wanted|(?:'d|would) (?:like|love|prefer)|needs?|prefers?|get)\b`;

/*
 * A first enquiry ("we'd like to redo our leaflets, could you send your rates?") describes new
 * work to quote, not changes to something delivered.
 */
const ENQUIRY =
  /\b(?:your (?:rates|pricing|price list|fees|availability)|(?:send|give|quote) (?:me|us) (?:a|your) (?:quote|price|estimate)|(?:a|your) (?:rough )?(?:quote|estimate) for|recommended you|gave me your (?:e-?mail|details|number|name)|referred (?:me|us) to you)\b/;

const changeRequest = phraseRule({
  id: 'extra-revisions/change-request',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks for changes on delivered work: check how many revision rounds your quote includes.',
    fr: 'Demande des modifications sur un travail livré : vérifiez combien de tours de retouches votre devis prévoit.',
  },
  patterns: [
    // One pattern for both openings (a request, or an imperative starting a sentence, line or
    // bullet): the change vocabulary is large and V8 compiles each copy of it separately.
    new RegExp(
      String.raw`(?:\b${REQUEST}\b${GAP}{0,50}?\b|(?:^|[.!?;:]\s+|(?<=[.!?;:\n][ \t]*)\n|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t])|,\s*(?:and|then|also|plus)\s+)[ \t]*(?:[-*•·>o][ \t]+|\d{1,2}[.)][ \t]+)?(?:(?:and|also|then|just|oh|ok|so|plus|p\.?s\.?)[ ,:]+)*)(?<phrase>${CHANGE}\b${NOT_WORK}${OBJECT})`,
    ),
    new RegExp(String.raw`${DESIRE}${GAP}{0,50}?\b(?<phrase>${PARTICIPLE})\b`),
    new RegExp(String.raw`${DESIRE}${GAP}{0,40}?\b(?<phrase>${DEGREE} ${QUALITY})\b`),
    new RegExp(String.raw`\b(?<phrase>(?:should|needs? to|has to|must) be (?:${DEGREE} )?${QUALITY})\b`),
    /\b(?<phrase>(?:should|needs? to|has to|must) be (?:in )?(?:italics?|bold|all caps|caps|capitals|upper ?case|lower ?case|black and white|cent(?:er|re)d|(?:left|right)-aligned))\b/,
    new RegExp(
      String.raw`\b(?:can|could) (?:the|it|this|that|they|those|these|we make)\b${GAP}{0,40}?\b(?<phrase>be (?:${DEGREE} )?${QUALITY})\b`,
    ),
    /\b(?:see|try|have|do|show me|send) (?:it|them|this|that|the \w+) in (?:blue|red|green|yellow|orange|purple|pink|black|white|grey|gray|navy|gold|silver|teal|colou?r|black and white|b&w|(?:a |another )?(?:different|darker|lighter|warmer|cooler) \w+)\b/,
  ],
  unless: [
    // A fault in what was delivered is warranty work, not a new round.
    /\b(?:broken|bugs?|error|crash(?:es|ing)?|not working|doesn'?t work|isn'?t working|stopped working|won'?t load|not loading|not sending)\b/,
    // The client doing it themselves, or a change that may never be asked for.
    /\b(?:ourselves|myself|themselves|in-house)\b/,
    /\b(?:reschedule|postpone|meeting|appointment)\b/,
    /\b(?:if|in case|should) (?:we|you|they|the client|anything|there)\b[^.?!\n]{0,30}\b(?:need|want|have)s?\b/,
    /\bany (?:further |more |other |last[- ]minute )?(?:changes|edits|tweaks|amends)\b/,
    /\b(?:don'?t|do not|never|not to|no need to)\s+(?:\w+\s+)?(?:change|swap|switch|replace|redo|rework|rewrite|touch|alter|modify|move|remove|delete|edit|tweak|adjust|cut|drop)\b/,
  ],
  examples: {
    fires: [
      'Could you swap the photo on the homepage for the one of the shop front?',
      'The client wants the logo a bit smaller.',
      '- make the title bigger\n- replace the stock images with ours',
      "They'd like the intro paragraph rewritten in a warmer tone.",
      'The address in the footer should be more visible.',
      'pls change the font on slide 3, its hard to read',
      'Perhaps drop the second quote and move the testimonials up.',
    ],
    quiet: [
      'Can we move the meeting to Thursday?',
      'Change of plan: the launch is now in May.',
      "All approved, please don't change anything.",
      'The contact form is broken, could you fix it?',
      "If the client wants any changes, I'll let you know.",
      'Could you reduce the price a little?',
      'We can crop them ourselves for Instagram.',
      "We'd like to redo our brochure this spring. Could you send me your rates?",
    ],
  },
});

const newest = (context: Parameters<Rule['find']>[0]): string =>
  context.text.slice(context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0);

export default {
  ...changeRequest,
  find: (context) => (ENQUIRY.test(newest(context)) ? [] : changeRequest.find(context)),
} satisfies Rule;
