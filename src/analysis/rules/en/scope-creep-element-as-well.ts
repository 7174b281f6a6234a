import { phraseRule } from '../../phrase-rule.ts';
import { EACH_PLACE_EN, PLACE_EN } from '../shared/placed-element.ts';

/*
 * A new element put into a deliverable: "it'd be nice to have a glossary at the back of the guide as
 * well", "a timeline on the first page would be a real bonus", "- a small mascot to put at the bottom
 * of every page". The mark is an indefinite thing (a, an, some) placed in a part of the work (see
 * shared/placed-element.ts) and wished for on top ("as well", "too", "a plus", "a nice addition"):
 * restating what is there ("the chart in the report works well too") has no indefinite new thing.
 */
const WISH = String.raw`(?:(?:would|'d|will) be (?:really |so |very )?(?:great|nice|good|cool|lovely|ideal|brilliant|amazing|helpful|useful|handy|awesome|fab|perfect) (?:to (?:have|see|get|include|add|put)|if (?:you|we) (?:could )?(?:have|get|include|add|put))|(?:i|we)(?:'d| would) (?:also )?(?:love|like)|(?:can|could) (?:we|you) (?:also )?(?:have|get|add|include|put|slot|pop|stick|place|insert|fit)|(?:maybe|please|pls|perhaps) (?:also )?(?:put|add|include|insert|slot)|having)`;
// Word by word rather than letter by letter: the place is only looked for where a word starts.
const NEW_THING = String.raw`(?:also )?(?:a|an|some|one|two|three|a few|a couple of)\s+(?:[\w'-]+,?\s+){0,7}?`;
const ON_TOP = String.raw`\b(?:as well|too)\b(?!\s+(?:much|many|late|early|soon|long|big|small|busy))`;
const A_PLUS = String.raw`(?:would|'d|will|could) (?:also |really |definitely |certainly )?be (?:a|an) (?:(?:real|big|great|nice|huge|definite|welcome|lovely|good|useful|massive|valuable|strong)\s+)?(?:plus|bonus|addition|extra|asset)\b`;

export default phraseRule({
  id: 'scope-creep/element-as-well',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks for a new element inside the work (a page, a chart, a section) on top of what was agreed: it needs quoting.',
    fr: 'Demande un élément nouveau dans le travail (une page, un graphique, une rubrique) en plus de ce qui était convenu : à chiffrer.',
  },
  cue: /\b(?:as well|too|plus|bonus|addition|extra|asset|to (?:put|place|add|go|sit|run|insert|appear))\b/,
  patterns: [
    // "It'd be nice to have a glossary at the back of the guide as well."
    new RegExp(String.raw`\b${WISH}\s+${NEW_THING}\b${PLACE_EN}[^.?!\n]{0,50}?${ON_TOP}`),
    // "A timeline on the first page would be a real bonus."
    new RegExp(String.raw`\b(?:a|an|some)\s+(?:[\w'-]+,?\s+){0,7}?${PLACE_EN}[^.?!\n]{0,50}?\b${A_PLUS}`),
    // "It would be a real plus to have a glossary at the back of the guide."
    new RegExp(
      String.raw`\b${A_PLUS} (?:to (?:have|add|include|get|put)|if (?:you|we) (?:could )?(?:have|add|include|get|put))\s+${NEW_THING}\b${PLACE_EN}`,
    ),
    // "- a little mascot to put at the bottom of every page"
    new RegExp(
      String.raw`\b(?:a|an|some)\s+(?:[\w'-]+,?\s+){0,7}?to (?:put|place|add|go|sit|run|insert|appear)\s+${EACH_PLACE_EN}`,
    ),
  ],
  unless: [
    // Talking, meeting or paying is no element of the work; supplied material is placed, not made.
    /\b(?:calls?|meetings?|chats?|catch-?ups?|coffee|lunch|dinner|feedback|invoices?|how much|we(?:'ll| will) pay|(?:a|an|the|your|new|separate) (?:quote|quotation|estimate)(?! from)|attached|i(?:'ve| have) sent|here (?:are|is))\b/,
    /\b(?:instead|as agreed|as planned|as discussed)\b/,
    // A copy, an update or a word is no new element: "I'd like a copy in the shared folder too".
    /\b(?:a|an|some) (?:(?:hard |printed |paper )?cop(?:y|ies)|note|line|sentence|word|mention|reminder|update|status|look|preview|idea|date|estimate|confirmation|answer|reply|download link|print-?out)\b/,
  ],
  examples: {
    fires: [
      "It'd be nice to have a glossary at the back of the guide as well.",
      'Would be nice to see a map of the stores in the annual report too.',
      "I'd love a quote from the founder on the cover as well.",
      'Maybe put a comparison table in the white paper as well, based on the survey.',
      'Having a customer testimonial at the end of the deck would be a big plus.',
      "We'd like a small icon at the bottom of every slide too.",
      "It'd be cool to include a chart of the yearly sales in the report as well.",
      'A welcome video on the homepage would be a nice addition.',
      'A short timeline on the first page of the brochure would be a real bonus.',
      'Ideas for the booklet:\n- a little mascot to put at the bottom of every page',
      'Could you slot a pull quote into each chapter as well?',
      'It would be a real plus to have a clickable contents page in the PDF.',
    ],
    quiet: [
      "It would be great to have the final deck as well, when it's ready.",
      'The timeline on page 2 is a real plus, thanks.',
      'Having you on the team is a big plus.',
      'The chart in the report works well too.',
      'It would be nice to have a call on the report as well.',
      'A faster reply would be a real plus.',
      'Here are some photos to put on each product sheet.',
      "I'd like a copy of the report in the shared folder as well.",
      'Could you put a note in the report too, saying the figures are provisional?',
    ],
  },
});
