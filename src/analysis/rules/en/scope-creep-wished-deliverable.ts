import { phraseRule } from '../../phrase-rule.ts';

/** Things a freelancer makes that a client may wish for on top: features, media, printed pieces. */
const THING = String.raw`(?:import|export|toggle|filter|widget|module|plugin|plug-in|dashboard|tracker|calculator|chatbot|integration|feature|mode|tab|button|gallery|map|chart|infographic|landing page|page|section|blog|faq|app|microsite|newsletter|video|clip|reel|teaser|trailer|animation|gif|podcast|photo|shot|portrait|headshot|illustration|icon|logo|banner|flyer|poster|leaflet|brochure|booklet|catalogue|catalog|sticker|postcard|mug|t-shirt|tote|deck|template|translation|subtitles?|guide|checklist|ebook|e-book|webinar|workshop|course|quiz|survey)(?:e?s)?`;
const PRAISE = String.raw`(?:killer|wonderful|great|amazing|brilliant|fantastic|awesome|ideal|perfect|lovely|fab|fabulous|superb|a dream|gold|golden|a game[- ]changer|huge|a (?:big |huge |real )?win|a lifesaver|a godsend|magic|magical|ace|epic|sweet|cool|neat|sick|incredible|stellar|a (?:great|nice|lovely|brilliant) touch)`;

/*
 * A new piece of work floated as a wish rather than asked: "a CSV import would be killer", "a couple
 * of drone shots of the farm would be amazing", "some sticker packs for the fans would be so cool".
 * The mark is an indefinite thing a freelancer makes (a, some, a few, two…) praised in advance with
 * "would be great". A definite thing ("the new logo would be great on the van") is work that exists,
 * and a call, a reply or a copy is no deliverable.
 */
export default phraseRule({
  id: 'scope-creep/wished-deliverable',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.65,
  reason: {
    en: 'Floats a new deliverable as a wish ("would be great"): it is still new work outside what was agreed.',
    fr: 'Glisse un livrable nouveau sous forme de souhait (« ce serait génial ») : c’est du travail en dehors de ce qui était convenu.',
  },
  cue: /\b(?:would|'d|will) (?:also |really |just |honestly |absolutely |definitely )?be\b/,
  patterns: [
    new RegExp(
      String.raw`(?:^|[.!?\n:;,(+&]|\b(?:and|plus|also|maybe|perhaps|then|ideally)\b)\s*(?<phrase>(?:a|an|some|a few|a couple of|a set of|a series of|two|three|four|five|six|\d+)\s+(?:[\w'-]+,?\s+){0,3}?${THING}\b[^.?!\n]{0,80}?\b(?:would|'d|will) (?:also |really |just |honestly |absolutely |definitely )?be (?:really |so |absolutely |just |truly |pretty |super |very )?${PRAISE})`,
    ),
  ],
  unless: [
    // Talking, paying or handing over what exists is no new work.
    /\b(?:calls?|meetings?|chats?|catch-?ups?|quotes?|quotations?|estimates?|invoices?|cop(?:y|ies) of|feedback|repl(?:y|ies)|updates?|previews?|proofs?|we(?:'ll| will) pay|paid|as agreed|as planned|in the contract|already)\b/,
    // A wish about the client's own side: "a few photos of your own would be great for the site".
    /\b(?:we(?:'ll| will)|i(?:'ll| will)) (?:send|provide|supply|shoot|make|write|do)\b/,
  ],
  examples: {
    fires: [
      'Now the shop is live, a wishlist export would be killer for the marketing team.',
      'Since you will have the drone with you, a couple of aerial shots of the farm would be amazing.',
      'Love the game! Some sticker packs for the Discord fans would be so cool.',
      'Also thinking ahead: a printable checklist for new members would be a real win.',
      'Bulk delete & a dark mode would be brilliant, honestly.',
      'And maybe two short teaser clips for Instagram would be perfect to build hype.',
    ],
    quiet: [
      'The new logo would be great on the van.',
      'A quick call on Monday would be great.',
      'A copy of the final deck would be lovely for our records.',
      'A quote for two extra videos would be great, then we can decide.',
      'A few photos of the event would be great, we will send them to you on Friday.',
      'The dark mode would be great to test before launch.',
    ],
  },
});
