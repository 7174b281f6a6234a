import { phraseRule } from '../../phrase-rule.ts';

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|\w+ hundred)`;
const UNIT = String.raw`(?:pages|words|screens|slides|videos|photos|images|posts|articles|illustrations|templates|minutes|hours|sessions|languages|products|items|locations|sites|episodes|chapters)`;

/**
 * More volume than the quote or the agreement covers: "our agreement says 20 pages, but the
 * document has 26", "a few more pages than we agreed". Same job, more of it, same price.
 */
export default phraseRule({
  id: 'scope-creep/more-than-agreed',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Sends more work than the agreement covers (more pages, words or items): the extra is outside what was agreed.',
    fr: 'Envoie plus de travail que ce que prévoit l’accord (pages, mots ou éléments en plus) : le surplus sort de ce qui était convenu.',
  },
  cue: /\b(?:than|but|however)\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:agreement|quote|quotation|contract|order|offer|proposal|estimate|brief|po|sow|deal) (?:says|said|was for|is for|covers|covered|mentions|mentioned|specifies|specified|was based on|is based on|included|includes|assumed|assumes) (?:only |just |up to |about )?${NUMBER} ${UNIT})\b[^.?!]{0,20}\b(?:but|however)\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:a (?:few|couple of)|some|${NUMBER}) (?:more|extra|additional) ${UNIT} than (?:we |you |was |were |originally )?(?:agreed|quoted|planned|contracted|estimated|discussed|in the (?:quote|contract|agreement|brief|estimate|order)))\b`,
    ),
    /\b(?<phrase>(?:longer|bigger|more) than (?:we |you |was |originally )?(?:agreed|quoted|contracted|estimated|in the (?:quote|contract|agreement|order)))\b/,
    // The client owns that the ask outgrows the job: "I know that's a good deal more than the simple shop we scoped".
    /\b(?:that|this|it|which|these|they)(?:'s|'re| is| are| would be| will be| might be| may be| seems| sounds| feels| looks)(?: [a-z]+){0,2}? (?<phrase>(?:a (?:fair|good|great|little|tiny) (?:bit|deal|amount) |a (?:bit|lot|step|notch) |quite a (?:bit|lot) |rather |much |far |way |slightly |somewhat |considerably |significantly )more than (?:the |what |our |your )?[^.?!\n]{0,40}?\b(?:we|you|i) (?:had )?(?:originally |initially |first |last |once )?(?:talked about|discussed|agreed(?: on)?|scoped|planned|signed(?: up for)?|briefed|spoke about|spec(?:'d|ced)|asked for|ordered))\b/,
  ],
  negatable: false,
  unless: [
    /\b(?:we(?:'ll| will) pay|happy to pay|(?:can|could|would) pay|pay (?:for|you)|(?:new|updated|revised|separate) (?:quote|estimate|invoice)|extra (?:fee|cost))\b/,
  ],
  examples: {
    fires: [
      'The quote was for 40 photos, but we ended up with about 55 products.',
      'It came out a bit longer than we agreed, hope that works.',
      'Our order covers six videos, however the team filmed two more.',
      "I realise that's quite a bit more than the simple shop we originally scoped.",
      'Admittedly this is a fair amount more than what we first agreed on.',
    ],
    quiet: [
      'The quote was for 40 photos, but we can pay for the extra ones.',
      'The contract says 30 days, but we can be flexible.',
      'The launch drew far more than the crowd we had planned for.',
      "That's a bit more than we budgeted, can we talk about the invoice?",
      'It cost a bit more than we budgeted, but it was worth it.',
    ],
  },
});
