import { phraseRule } from '../../phrase-rule.ts';

/**
 * Content corrections on delivered material: "the flyer needs to say Sunday not Saturday",
 * "the price is $45 not $49 anymore". New facts from the client mean rework, not a fault.
 */
export default phraseRule({
  id: 'extra-revisions/correction',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Sends new content to change in delivered work: that is a revision, check your included rounds.',
    fr: 'Envoie du contenu à changer dans un travail livré : c’est une retouche, vérifiez les tours inclus.',
  },
  patterns: [
    // Not a statement about what something ought to mean: "the report should say what we agreed".
    /\b(?:should|needs? to|has to|must|ought to) (?:now )?(?:say|read|show|mention|display)\b(?! (?:what|whatever|how|why|something|anything|we|you|they|i|he|she)\b)/,
    /\b(?:is|are|reads?|says?) (?:now )?(?:[^.?!\n,]|[.,](?=\d)){1,30}? not (?:[^.?!\n,]|[.,](?=\d)){1,30}? any ?more\b/,
    /\b(?:the new|updated) (?:prices|price|date|dates|text|copy|wording|figures|numbers|details|info|address|logo|name)\b[^.?!\n]{0,40}\b(?:instead|in place of|rather than)\b/,
  ],
  unless: [
    /\b(?:contract|agreement|invoice|payment|meeting|(?:the|our|this|that|your) call|calendar|inbox|portal|account)\b/,
  ],
  examples: {
    fires: [
      'The poster needs to say 7pm, not 8pm.',
      'The headline should read "Spring sale" instead.',
      'The entry price is $12 not $15 anymore.',
      'One small thing: the button should say Book a call, not Contact us.',
    ],
    quiet: [
      'The invoice should say net 30.',
      'It is not ready any more than it was yesterday.',
      'The report should say what we agreed, not what we hoped.',
      'Can we move the call to Friday? It should show on your calendar.',
    ],
  },
});
