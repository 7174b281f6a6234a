import { phraseRule } from '../../phrase-rule.ts';

/** A deliverable that can be asked to hold or do more. */
const WORK = String.raw`(?:booklet|brochure|catalogue|catalog|guide|handbook|manual|report|deck|presentation|programme|program|magazine|newsletter|leaflet|flyer|poster|menu|book|ebook|e-book|album|video|film|site|website|app|tool|platform|portal|dashboard|model|spreadsheet|template|system|shop|store|plugin|extension|bot|chatbot|form|database|tracker|course|pack|kit)`;
const MORE = String.raw`(?:contain|include|feature|carry|list|have|offer|generate|produce|export|support|handle|cover|pull in|send out|track|integrate|connect to|sync with|come with)`;
const NEW = String.raw`(?:a|an|some|\d+|two|three|four|five|six|ten|twelve|a few|several|a couple of|each|every|its own|short|full|separate|new|extra|additional)`;

/*
 * The deliverable asked to hold or do more than was built: "the catalogue should also carry a short
 * profile of each maker", "could the dashboard also generate a monthly PDF for the board", "the app
 * will need to also support gift cards". The mark is the deliverable as subject, a modal with "also"
 * and a verb of holding or doing, then something indefinite and new; "the report should also include
 * the figures we sent" names what is there.
 */
export default phraseRule({
  id: 'scope-creep/does-more',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.65,
  reason: {
    en: 'Asks the deliverable to hold or do more than was agreed (new content, a new function): new work to quote.',
    fr: 'Demande au livrable de contenir ou de faire plus que convenu (contenu ou fonction nouveaux) : travail nouveau, à chiffrer.',
  },
  cue: /\balso\b/,
  patterns: [
    new RegExp(
      String.raw`\b(?<phrase>(?:the|our|this|your) (?:[\w-]+ ){0,2}?${WORK} (?:should|must|will need to|needs to|has to|would need to|could|would|might|will) (?:now )?also (?:be able to )?${MORE} ${NEW})\b(?! (?:lot|bit|little|few more)\b)`,
    ),
    // "Could the booklet also carry a page per sponsor?"
    new RegExp(
      String.raw`\b(?<phrase>(?:could|can|would|might) (?:the|our|this|your) (?:[\w-]+ ){0,2}?${WORK} also (?:be able to )?${MORE} ${NEW})\b(?! (?:lot|bit|little|few more)\b)`,
    ),
  ],
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|separate invoice|how much|extra fee|as agreed|as planned|as discussed|in the (?:brief|contract|quote|spec)|already)\b/,
    // The client's own content placed in it: "the booklet will also include a note we are writing".
    /\b(?:we(?:'ll| will| are| have)|i(?:'ll| will| am| have)) (?:writ|send|provid|suppl|prepar|draft)\w*\b/,
  ],
  examples: {
    fires: [
      'The board decided the catalogue should also carry a short profile of each maker.',
      'Could the dashboard also generate a monthly PDF summary for the trustees?',
      'Our shop will need to also support a gift card scheme and loyalty points.',
      'The new guide must also include two pages on accessibility for each venue.',
    ],
    quiet: [
      'The report should also include the figures we sent last week.',
      'The brochure will also include a foreword, which we are writing ourselves.',
      'The app can also handle a lot more users than the old one.',
      'As agreed, the booklet should also contain a map of the site.',
    ],
  },
});
