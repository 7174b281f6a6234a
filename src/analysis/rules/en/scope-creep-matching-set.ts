import { phraseRule } from '../../phrase-rule.ts';

const ITEMS = String.raw`(?:icons?|illustrations?|stickers?|templates?|banners?|posts?|visuals?|graphics?|badges?|emojis?|gifs?|animations?|characters?|mascots?|patterns?|labels?|cards?|posters?|flyers?|slides?|pages?|videos?|reels?|thumbnails?|covers?|headers?|mock-?ups?|ads?|versions?|formats?|sizes?|variations?|pictograms?|avatars?|wallpapers?|backgrounds?|merch|packaging|stationery)`;
/** A new deliverable named after "maybe" or "even": a mascot, a jingle, an app icon. */
const EXTRA_THING = String.raw`(?:mascot|character|jingle|sticker pack|sticker|gif|animation|animated version|video|teaser|trailer|app icon|icon set|font|typeface|pattern|landing page|newsletter|brochure|flyer|poster|banner|merch line|t-shirt|tote bag|mug|packaging|label|website|app|podcast|ebook|e-book|course|workshop|style guide|brand book)`;

/*
 * A run of new deliverables after the agreed one: "next, a matching set of 20 icons for the app",
 * "a whole series of stickers to go with it", "…and maybe a little mascot?". The set is new work
 * made to match, not the job itself; "maybe a mascot?" adds one more item to the list.
 */
export default phraseRule({
  id: 'scope-creep/matching-set',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Lists new deliverables to match the agreed one: each is new work, outside what was agreed, so quote it.',
    fr: 'Enchaîne de nouveaux livrables assortis à celui convenu : chacun est un travail nouveau, à chiffrer.',
  },
  cue: /\b(?:matching|coordinated|coordinating|same style|go with|goes with|to match|maybe|perhaps|even|why not)\b/,
  patterns: [
    // "the team would love a matching email signature": one more deliverable wished for, made to match.
    new RegExp(
      String.raw`\b(?:would love|would like|'d love|'d like|wants?|needs?|could use|would be great to have|can we (?:have|get)|could we (?:have|get))\s+(?:a|an|some)\s+(?:\w+\s+)?matching\s+(?:[a-z-]+\s+){0,2}?(?:${ITEMS}|signatures?|letterheads?|stationery|merch|tote bags?|mugs?)\b`,
    ),
    new RegExp(
      String.raw`\b(?:a|an|some|the) (?:whole |full |little |small )?(?:matching|coordinated|coordinating) (?:set|series|pack|range|collection|family|suite|kit|bundle|line) of (?:\d+ |a few |a dozen |twenty |ten |twelve )?(?:[a-z-]+ ){0,2}?${ITEMS}\b`,
    ),
    new RegExp(
      String.raw`\b(?:a|an|some) (?:whole |full |little |small )?(?:set|series|pack|range|collection|family|suite|kit|bundle|line) of (?:\d+ |a few |a dozen )?matching (?:[a-z-]+ ){0,2}?${ITEMS}\b`,
    ),
    new RegExp(
      String.raw`\b(?:a|an|some) (?:whole |full |little |small )?(?:set|series|pack|range|collection|family|suite|kit|bundle|line) of (?:\d+ |a few |a dozen )?(?:[a-z-]+ ){0,2}?${ITEMS} (?:to (?:go with|match)|in the same style|that (?:match|go with)|matching)\b`,
    ),
    // One more item dropped at the end of a wish: "and maybe a little mascot?", "or even a jingle?".
    new RegExp(
      String.raw`(?:,|-|\band|\bor)[ \t]*(?:maybe|perhaps|possibly|even|why not)(?: even)? (?:a|an|some) (?:little |small |short |cute |fun |quick |simple |matching )?(?<phrase>${EXTRA_THING}s?)(?:\s+(?:for|to go with|on|in|with)\b[^.?!\n]{0,30})?\s*\?`,
    ),
  ],
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|how much|as agreed|in the (?:contract|package|quote))\b/,
    // What the freelancer already made or sent, or the client's own.
    /\b(?:you (?:sent|made|designed|drew|did)|thanks for|thank you for|we (?:bought|ordered|received|have)|attached)\b/,
  ],
  examples: {
    fires: [
      'Could you draw us a set of matching menu icons for the app? Maybe ten.',
      'And maybe a little mascot for the kids’ menu?',
      'PS - the volunteers would love a matching tote bag for the fair, if you have time.',
      'The logo is perfect! Next up: a matching set of 16 icons for the booking app.',
      'Could we also get a coordinated series of Instagram templates?',
      'We would love a little pack of stickers to go with the new branding.',
      'A bookmark would be lovely, and maybe a cute mascot?',
      'The banner is great - or even a short teaser?',
    ],
    quiet: [
      'We would love a matching frame colour for the print you sent.',
      'Thanks for the matching set of icons you sent, they are perfect.',
      'As agreed in the quote, a matching set of 10 icons comes with the logo.',
      'Is the problem the header, or maybe the font?',
      'We bought a matching set of mugs for the office.',
      'Maybe a call on Friday?',
      'Hi Sam,\nmaybe a short video? No, forget it, no budget left.',
    ],
  },
});
