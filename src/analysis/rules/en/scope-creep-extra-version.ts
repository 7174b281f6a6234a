import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';
import { EXTRA_VERSION_EN } from '../shared/extra-version.ts';
import { newestText } from '../shared/newest.ts';

// A version the client offers to pay for, anywhere in the message, is a new order.
const PAID =
  /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|charge (?:us|me)|bill (?:us|me|it)|how much)\b/;

/*
 * One more view of the kind already made is a new image, whatever the verb: "add a top-down view of
 * the garden", "one more angle from the street", "an alternative colourway of the label", "we'd need a
 * vertical variant of the banner". Only these picture words: "another version" alone may redo one.
 */
const VIEW = String.raw`(?:views?|angles?|renders?|renderings?|perspectives?|colou?rways?|elevations?|mock-?ups?)`;
const VARIANT = String.raw`(?:variants?|variations?|colou?rways?)`;
/** Assets of a kind already made, of which more is a new order: skins, sprites, icons, characters. */
const ASSET = String.raw`(?:${VARIANT}|skins|sprites|icons|characters|mascots|stickers|badges|emotes|avatars|outfits|poses|enemies|creatures|illustrations|templates|patterns|designs|styles|layouts)`;
const ANY_VERSION = String.raw`(?:${VIEW}|${VARIANT}|versions?)`;
const MORE_VIEWS = [
  new RegExp(
    String.raw`\badd(?:ing)?\s+(?:a|an|one|another|some|two|three)\s+(?:[a-z-]+\s+){0,3}?${ANY_VERSION}\b(?!\s+(?:number|numbers|control|history|counter|count|label|note))`,
  ),
  new RegExp(
    String.raw`\b(?<!(?:from|in|with) )(?:another|one more|two more|a couple more|a few more|a second|a third|an extra|an additional|an alternative|an alternate)\s+(?:[a-z-]+\s+){0,2}?${VIEW}\b(?!\s+(?:on|to) (?:this|that|it)\b)(?:(?<=\b(?:could|can|would|will|please|pls|need|needs|want|wants|love|like)\b[^.?!:\n]{0,90})|(?=[^.?!:\n]{0,60}\b(?:would (?:help|be)|(?:could|would|can) (?:you|u)|please|pls)\b))`,
  ),
  new RegExp(
    String.raw`\b(?:need|want|like|love|get|have)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:${VARIANT}|${VIEW}) of\b[^.?!\n]{0,50}\b(?:too|as well)\b`,
  ),
  new RegExp(String.raw`\b(?:need|want|like|love|get|have)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?${VARIANT} (?:of|for)\b`),
  // More of a made asset, wished for: "we'd love three more character skins (a snow one, a desert one)".
  new RegExp(
    String.raw`\b(?:need|want|like|love|get|have|could you|can you|please)\s+(?:[a-z-]+\s+){0,2}?(?:(?:two|three|four|five|six|\d{1,2}|a couple|a few|some) (?:more|extra|additional)|another (?:couple|few|two|three)(?: of)?)\s+(?:[a-z-]+\s+){0,2}?${ASSET}\b`,
  ),
];

/** "Could you also cut a 20-second vertical version?", "make a square edit too": another version on top of the job. */
const rule = phraseRule({
  id: 'scope-creep/extra-version',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Asks for another version of the work on top of the job (a cut-down, a format): a new deliverable to quote.',
    fr: 'Demande une autre version du travail en plus de la mission (un format court, un autre format) : un livrable nouveau, à chiffrer.',
  },
  // Every pattern needs one of these words: most mail skips the rule.
  cue: /\b(?:versions?|edits?|cuts?|cut-?downs?|teasers?|trailers?|variants?|variations?|views?|angles?|renders?|renderings?|perspectives?|colou?rways?|elevations?|mock-?ups?|skins|sprites|icons|characters|mascots|stickers|badges|emotes|avatars|outfits|poses|enemies|creatures|illustrations|templates|patterns|designs|styles|layouts)\b/,
  patterns: [...EXTRA_VERSION_EN, ...MORE_VIEWS],
  unless: [/\b(?:as agreed|instead)\b/],
  examples: {
    fires: [
      "We'd love three more character skins (a snow one and a desert one) for the launch.",
      "We'd also love a couple more villain designs for the next level.",
      'The studio would love another couple of character skins, one for winter.',
      "We'd like two extra mascot poses for the kids' menu.",
      'Could you do four more badge styles for the seasonal events?',
      'Could you also cut a 15-second square version for the ads?',
      'Can you make a short teaser from the footage too?',
      'Would you also export a black and white variant of the poster?',
      'Our sponsor wants a French subtitled cut of the film on top of that.',
      'Can you add a top-down view of the garden plan?',
      'Can you do one more angle of the kitchen, from the window side?',
      'Would love a dusk view of the terrace as well.',
      "We'd need a vertical variant of the banner for stories.",
      'Could you make an alternative colourway of the label, in navy?',
      'One more render from the street side would help us sell it.',
      'Could you render a second view from the balcony?',
    ],
    quiet: [
      "We'd love two more days to review the drafts.",
      'We have two more questions about the designs.',
      'There are three more icons in the shared folder from the old site.',
      'Could you cut a shorter version instead of the long one?',
      'Could you also cut a 15-second version? Send me a quote first.',
      'Thanks for the edit, it is lovely.',
      'The board wants a shorter cut of the film, as well as a new ending.',
      'Could you send the winter version we agreed on?',
      'Could you add a version number to the file names?',
      'The second view works better than the first.',
      'Could you make the dusk version a bit brighter?',
      'Seen from another angle, the budget looks fine.',
      'Another perspective: we could launch in May.',
    ],
  },
});

export default {
  ...rule,
  find: (context) => (PAID.test(newestText(context)) ? [] : rule.find(context)),
} satisfies Rule;
