import { phraseRule } from '../../phrase-rule.ts';
import { WIDENED_BRIEF_REASON } from '../shared/widened-brief.ts';

/**
 * The client announces the job has grown, as if it were settled ("we've expanded the brief to include the
 * gift boxes", "the scope now covers the second shop", "it should also come as an e-book"): new deliverables
 * folded in without a new quote.
 */
const JOB = String.raw`(?:brief|scope|project|job|remit|assignment|mission|commission|sow|statement of work)`;
const FORMAT = String.raw`(?:e-?books?|epub|pdf|digital|print|printed|printable|paper|audio|audiobook|video|podcast|online|web|mobile|app|large print|braille|hardback|paperback|poster|booklet|slideshow)`;

export default phraseRule({
  id: 'scope-creep/widened-brief',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: WIDENED_BRIEF_REASON,
  patterns: [
    new RegExp(
      String.raw`\b(?:expanded|widened|extended|broadened|stretched|grown|enlarged|updated|tweaked|amended) (?:the |our |your |this )?${JOB} (?:a (?:bit|little) )?(?:to (?:include|cover|take in|add|also include|also cover)|so (?:that )?it (?:includes|covers))\b`,
    ),
    new RegExp(String.raw`\b(?:the|our|your) ${JOB} (?:now|also) (?:includes|covers|takes in)\b`),
    /\b(?:the|our|your) (?:brief|scope|remit|sow) has (?:grown|expanded|widened) to (?:include|cover)\b/,
    // A new format of the deliverable, wished for on top: "it'd be great if the guide could also come as a PDF".
    new RegExp(
      String.raw`\b(?:could|can|would|might|should) (?:also |too )?(?:come|exist|be available|be released|be out|be published) (?:also |too )?(?:as|in) (?:an? )?${FORMAT}(?: (?:version|edition|format|copy|form))?\b(?=[^.?!\n]{0,20}\b(?:too|as well)\b|)`,
    ),
  ],
  unless: [
    /\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|separate invoice|how much|budget for it|extra fee)\b/,
    // The client's own team or their plans, not the freelancer's job.
    /\b(?:team|staff|hiring|office|headcount)\b/,
  ],
  examples: {
    fires: [
      "We've widened the brief to cover the packaging for our three new teas.",
      'We have extended the project to include the signage for the second shop.',
      'Quick update: the scope now covers the Christmas mailers too.',
      'It would be lovely if the recipe book could also come as an e-book.',
      'The client has stretched the remit to take in the trade show stand.',
    ],
    quiet: [
      "We've expanded the team to include two new designers.",
      "We've extended the brief to include the banners, so please send us a quote.",
      'Will the guide come as a PDF, as agreed in the contract?',
      "The brief covers the logo and the business cards, that's all.",
      'The scope of the survey includes all our customers.',
      'Our project has grown to include three partner schools, great news for us.',
    ],
  },
});
