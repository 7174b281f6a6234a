import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';

/*
 * New work tacked onto the job: an "also / too / as well" request for something to make
 * ("could you also write the press release", "make German versions too", "- also a FAQ page"),
 * or a new deliverable to add ("add a blog section"). The vocabulary is kept here as strings so
 * every pattern shares it.
 */
const WORK = String.raw`(?:do|make|design|write|create|build|draft|produce|translate|shoot|photograph|film|record|set up|hook up|take over|taking over|look after|looking after|manage|managing|handle|handling|run|cover|help (?:us |me )?(?:out )?with|put together|knock (?:up|together|out)|whip up|chuck in|throw in|add|include|develop|code|implement|prepare|animate|illustrate|lay out|format|turn|convert|adapt|locali[sz]e|proofread|pick(?:ing)? up|sort out|organi[sz]e|train|teach|host|moderate|redesign|mock up|come up with|sketch|draw|edit|migrate|install|maintain|be in charge of|take care of|do up)`;

const LANGUAGE = String.raw`(?:english|french|german|spanish|italian|dutch|portuguese|arabic|chinese|mandarin|japanese|hindi|tamil|polish|russian|korean|flemish|swedish|danish|norwegian|finnish|greek|turkish|hebrew|welsh|irish)`;

const DELIVERABLE = String.raw`(?:(?:landing |product |web |sales |thank-you |donation |faq |about |contact |booking |event |facebook |instagram |linkedin |tiktok |youtube )?(?:pages?|sections?)|logos?|banners?|flyers?|posters?|brochures?|leaflets?|videos?|clips?|reels?|posts?|stor(?:y|ies)|newsletters?|press releases?|(?:pitch )?decks?|presentations?|infographics?|signatures?|templates?|websites?|sites?|apps?|features?|blogs?|faqs?|calculators?|ads?|campaigns?|labels?|menus?|(?:business |greeting |thank-you )?cards?|translations?|subtitles?|guides?|manuals?|courses?|trainings?|workshops?|photos?|shots?|headshots?|descriptions?|articles?|reports?|summar(?:y|ies)|illustrations?|icons?|animations?|gifs?|mock-?ups?|wireframes?|tickets?|wristbands?|merch|shop|store|forms?|chatbots?|dashboards?|plugins?|profiles?|emails?|scripts?|captions?|slides?|one-pagers?|packaging|stickers?|t-shirts?|letterheads?|stationery|catalog(?:ue)?s?|e-?books?|white ?papers?|case stud(?:y|ies)|podcasts?|episodes?|thumbnails?|trailers?|teasers?|alerts?|social media|(?:instagram|facebook|linkedin|tiktok|untappd|youtube|twitter) (?:account|page|feed|channel)s?|${LANGUAGE}(?:,? (?:and |& )?${LANGUAGE})* versions?)`;

const REQUEST = String.raw`(?:(?:could|can|would|will|cld) (?:you|u)|please|pls|kindly|(?:'d|would)(?: also)? (?:like|love)|we need|need you to|i need|any chance|reckon you could|you'?ll|you will|i assume you|i'?m sure you|want you to|would be (?:great|amazing|ideal|perfect) if you|(?:should|shouldn'?t|won'?t|wouldn'?t) (?:only )?(?:take|be))`;

const OBJECT = String.raw`(?:[ ][^ .?!\n,;:]+){0,5}`;

const PAID = String.raw`\b(?:quote|quotation|estimate|we(?:'ll| will) pay|happy to pay|(?:separate|new|additional) (?:invoice|fee|budget|po)|paid separately|at your (?:usual|standard|normal) rate|add it to (?:the|this month'?s|your|our|next) invoice|(?:bill|charge) (?:us|me|it) (?:for|separately|as)|how much would)\b`;

const alsoNewWork = phraseRule({
  id: 'scope-creep/also-new-work',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks for extra deliverables on top of the job: outside what was agreed, so quote them separately.',
    fr: 'Demande des livrables en plus de la mission : hors de ce qui était convenu, à chiffrer à part.',
  },
  patterns: [
    new RegExp(
      String.raw`\b(?:also|oh and|btw|plus|(?:on top of|in addition to|as well as|besides) (?:the|that|this|your)\b[^.?!\n]{0,40}?)[ ,]*${REQUEST}\b[^.?!\n]{0,20}?\b(?<phrase>${WORK}\b(?! sure| it (?:happen|work))${OBJECT})`,
    ),
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,25}?\b(?:also|additionally|as well)\b[^.?!\n]{0,15}?\b(?<phrase>${WORK}\b(?! sure| it (?:happen|work))${OBJECT})`,
    ),
    new RegExp(
      String.raw`\b${REQUEST}\b[^.?!\n]{0,30}?\b(?<phrase>${WORK}\b[^.?!\n]{0,60}?\b(?:too|as well(?: as)?|also))\b(?! late| early| much| many| soon)`,
    ),
    new RegExp(
      String.raw`(?:^|[.!?;:]\s+|\n)[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+)?(?:and |oh and |plus )?(?<phrase>(?:also|plus|additionally)[ ,:]+(?:(?:a|an|the|some|our|\d+|two|three|four|five|a few|a couple of) )?(?:[a-z-]+ ){0,2}?${DELIVERABLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?:(?:'d|would) also (?:like|love|need)|(?:we|i|they) (?:also|too) (?:need|want)|also (?:need|want) (?:you to )?)\b[^.?!\n]{0,30}?\b(?<phrase>(?:a|an|some|the|our|your|my|\d+|two|three|a few)\b[^.?!\n]{0,30}?\b${DELIVERABLE})\b`,
    ),
    new RegExp(
      String.raw`\b(?<phrase>(?:add|adding|build|create|set up|throw in|chuck in) (?:(?:a|an|the|some|new|extra|another|\d+|two|three|four|a few|a couple of) )+(?:[a-z-]+ ){0,2}?${DELIVERABLE})\b`,
    ),
  ],
  unless: [
    new RegExp(PAID),
    // Asking to be sent or shown something is not new work; nor is work planned "down the line".
    /\b(?:down the line|next year|in phase (?:2|two)|for phase (?:2|two)|later (?:this|next) year)\b/,
    /\b(?:thanks|thank you|loved|love)\b[^.?!\n]{0,20}\b(?:also|too)\b/,
    // Making something bigger or warmer is a revision of it, not a new deliverable.
    /\b(?:bigger|smaller|larger|bolder|brighter|darker|lighter|shorter|longer|wider|narrower|instead)\b/,
  ],
  examples: {
    fires: [
      'Could you also write the press release for the launch?',
      'Reckon you could throw in a couple of social media banners as well?',
      '- also a newsletter template in the same style',
      'Can you add a booking form and a blog section to the site?',
      'It should only take you a minute to make Dutch and German versions too.',
      "You'll also be looking after our LinkedIn page from next week.",
    ],
    quiet: [
      'Could you also send me the invoice?',
      "We'd like to add a blog down the line, could you send us a quote?",
      'Could you also make sure the files are print-ready?',
      'Thanks also for the quick turnaround!',
    ],
  },
});

// New work the client offers to pay for as such is a new order, not scope creep.
const PAID_ANYWHERE = new RegExp(PAID);

const newest = (context: Parameters<Rule['find']>[0]): string =>
  context.text.slice(context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0);

export default {
  ...alsoNewWork,
  find: (context) => (PAID_ANYWHERE.test(newest(context)) ? [] : alsoNewWork.find(context)),
} satisfies Rule;
