import { phraseRule } from '../../phrase-rule.ts';

/** "Go back to v2", "revert to the first draft", "use the font from yesterday's version". */
/** An earlier alternative named by its label or rank: "mockup B", "draft 2", "the second concept", "the other option". */
const EARLIER = String.raw`(?:(?:mock-?up|draft|option|version|concept|proposal|variant|round|direction|route) (?:[a-h]|\d{1,2}|one|two|three)\b|(?:the )?(?:second|third|other|earlier|previous|first|original|older|initial|alternative|alternate|discarded|rejected) (?:mock-?up|draft|option|version|concept|proposal|variant|round|direction|route)s?\b)`;
const ASPECT = String.raw`(?:layout|design|look|structure|colou?rs?|fonts?|typography|palette|style|photos?|images?|text|copy|wording|header|menu|logo|grid|composition|idea|approach)`;

export default phraseRule({
  id: 'extra-revisions/go-back',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Wants to return to an earlier version: another revision round on delivered work.',
    fr: 'Veut revenir à une version précédente : un tour de retouches de plus sur un travail livré.',
  },
  patterns: [
    /\b(?:go|going|went|switch|swap|get|come|revert(?:ing)?|roll(?:ing)?|return(?:ing)?) (?:back )?to (?:the |our |your )?(?:v ?\d|version \d|(?:first|original|previous|earlier|older|old|initial|last|prior|second|third) (?:one|version|draft|design|layout|concept|option|proposal|headline|title|tagline|slogan|intro|ending|wording|copy|text|name|cover|photo|image|logo|colou?rs?|font|mock-?up|cut|edit|round)|one from|ones from|version from|draft from|what (?:you|we) had)\b/,
    /\b(?:use|keep|bring back|take) the \w+(?: \w+)? from (?:the )?(?:v ?\d|version \d|draft \d|round \d|(?:yesterday|last week|monday|tuesday|wednesday|thursday|friday)'?s (?:draft|version|mock-?up|round|one)|(?:first|original|previous|earlier|older|old|initial|last) (?:one|version|draft|round|mock-?up))\b/,
    /\bfrom (?:the )?v ?\d\b/,
    // "Back to the colours of the first version", "green again, like in the first build", "the font back to Inter".
    /\b(?:go|going|switch|get|come|revert(?:ing)?|return(?:ing)?|roll(?:ing)?) back to (?:the |our |your )?[a-z]+(?: [a-z]+)? (?:of|from|in) (?:the )?(?:first|original|previous|earlier|older|old|initial|second|third|last|v ?\d|version \d)\b/,
    /\b(?:like|as|same as) (?:it was |they were )?(?:in|on) (?:the |your |our )?(?:first|original|previous|earlier|older|old|initial|v ?\d) (?:one|version|draft|build|design|layout|concept|option|proposal|mock-?up|cut|edit|round|iteration|sketch|sketches|drawing|drawings|plan|plans|render|renders|visual|visuals|pass|take|attempt)\b/,
    new RegExp(
      String.raw`\b(?:wants?|needs?|(?:'d|would) (?:like|love|prefer)|prefers?|put|change|set|switch|turn|bring|please|(?:can|could) (?:you|we))\b[^.?!\n]{0,60}?\b(?<phrase>(?:the|its|their|our) [a-z]+(?: [a-z]+)? back to)\b(?! (?:me|us|you|him|her|them|the office|work|normal|school|business|the team|the client)\b)`,
    ),
    // Back to an earlier alternative by its label: "return to the layout from the second mockup", "revert to option B".
    new RegExp(
      String.raw`\b(?:go|going|went|switch|swap|get|come|revert(?:ing)?|roll(?:ing)?|return(?:ing)?|fall(?:ing)? back|reuse|revive|resurrect|bring back)(?: back)?(?: to)? (?:the )?(?:[a-z]+ )?${ASPECT} (?:from|of|in|on) (?:the )?${EARLIER}`,
    ),
    new RegExp(
      String.raw`\b(?:go|going|switch|swap|revert(?:ing)?|roll(?:ing)?|return(?:ing)?|fall(?:ing)? back)(?: back)? to ${EARLIER}`,
    ),
    // The earlier one preferred "after all", or "rather": "they prefer the earlier concept after all".
    new RegExp(
      String.raw`\b(?:prefers?|preferred|(?:'d|would) rather (?:have|use|go with|keep)|(?:want|wants|'d like|would like) to (?:go with|use))(?: the)? ${EARLIER}(?: [a-z]+)?\b(?=[^.?!\n]{0,60}\b(?:after all|in the end|instead|again|on second thought|rebuild|redo|rework|rebuilt|redone|reworked)\b)`,
    ),
    // Preferring what came before is asking to return to it: "we liked the first draft better".
    /\b(?:liked|preferred|prefer|loved|like) (?:the )?(?:first|original|previous|earlier|older|old|initial|last|v ?\d) (?:one|version|draft|design|layout|concept|option|proposal|logo|mock-?up|cut|edit|round)s? (?:better|more|a lot more|much more)\b/,
    // Put back as first proposed, whatever sits between: "switch the title 'Night Owl' back to your original suggestion".
    /\b(?:change|put|set|switch|turn|move|bring|swap)\b[^.?!\n]{0,40}?\bback (?:to|in|into) (?:[\w']+ ){0,3}?(?:your|our|the) (?:first|original|previous|earlier|initial|old|older) (?:proposal|draft|version|design|layout|suggestion|pitch|concept|mock-?up|round|option|sketch)\b/,
    // "Can the headline go back to how it was in version 2?", "put it back the way it was".
    /\b(?:can|could|would|please|let'?s|(?:'d|would) (?:like|prefer|rather)|wants?|prefers?)\b[^.?!\n]{0,40}\bback (?:to )?(?:how|the way) (?:it|they) (?:was|were|looked|read|sounded)\b/,
    // An earlier colour or part named by "old": "can we go back to the old grey?", "switch back to the previous blue".
    /\b(?:go|going|switch|get|come|revert(?:ing)?|roll(?:ing)?|return(?:ing)?) back to (?:the |our |your )?(?:old|previous|original|earlier|first|initial) (?:grey|gray|blue|green|red|pink|black|white|yellow|orange|purple|navy|beige|cream|gold|teal|shade|tone|background|headers?|buttons?|icons?|nav|navigation|tabs?|photos?|images?|illustrations?|banner)\b/,
    // An earlier version described by what it had: "go back to the version with the tabs".
    /\b(?:go|going|switch|get|come|revert(?:ing)?|roll(?:ing)?|return(?:ing)?) back to (?:the |your )?(?:version|draft|design|layout|mock-?up|concept|one|sketch) (?:with|without|where|that had|which had)\b/,
    // A part taken from the earliest attempts: "see him with the softer head from your first sketches".
    /\b(?:with|use|keep|bring back|take|go with|prefer(?:red)?|liked|loved) (?:the |that |those )?(?:[a-z]+,? ){0,3}?[a-z]+ (?:from|of|in) (?:the |your |our )?(?:very )?(?:first|original|earliest|initial) (?:sketch|sketches|drafts?|versions?|concepts?|mock-?ups?|renders?|round|proposals?|pass)\b/,
  ],
  unless: [
    /\b(?:contract|agreement|terms|invoice|quote|policy|meeting|call|venue|date|time|slot)\b/,
    // The client going back to their own document: "I went back to the first draft of our plan myself".
    /\b(?:myself|ourselves|in-house)\b/,
    // Said of the work as it stands, not asked of it: "the garden looks just as it was in your first sketch".
    /\b(?:just|exactly|still) (?:as|like) (?:it was |they were )?(?:in|on)\b/,
    // A return weighed and dropped: "we had thought about going back to v1, but we're keeping v2 as delivered".
    /\b(?:we|i) (?:had )?(?:considered|thought about|toyed with|were tempted|was tempted|nearly|almost)\b[^.!?\n]{0,60}\bbut\b/,
  ],
  examples: {
    fires: [
      'Could you switch the chapter titles back to your original suggestion?',
      'Please move the photos back into the order of the first mockup.',
      "Turn the slogan 'Fresh Every Day' back to our earlier version, the team misses it.",
      'Can we go back to v2 for the header?',
      "Actually let's revert to the original logo.",
      "Use the font from yesterday's draft but keep the new colours.",
      'Swap it for the navy from v1 please.',
      'Could we switch back to the previous blue on the buttons? The new one is too loud.',
      'The menu feels busy now, can we go back to the version with the dropdown?',
      'Could we see her again with the longer, wavier hair from your first sketches?',
      'Honestly I preferred the colours of the very first draft, could you bring them back?',
      'To be honest the board preferred the earlier layout better.',
      'Could we switch back to the photos of the initial draft?',
      'They want the header navy again, like on the original mockup.',
      'Please put the button labels back to sentence case.',
      'The partners would like to return to the grid from mockup C and rebuild the gallery that way.',
      "Let's fall back to draft 2 for the pricing page.",
      'Can the subtitle go back to how it was in the second draft?',
      "Let's return to the original tagline.",
      'Could you make the path curve once more, like in your first drawings?',
      'The stairs should face the garden like in your original drawing.',
      'Shorten the intro again, same as on our first cut.',
      'Our CEO prefers the rejected concept after all — can you rework the cover from it?',
    ],
    quiet: [
      "We had thought about going back to the version with the dropdown, but we're keeping the new one as delivered.",
      'Your first sketches were lovely and the final drawing is even better, approved.',
      "We'll send the sample boxes back to your original address.",
      "I'll go back to the client and ask.",
      'Let us go back to the original contract terms.',
      'Once the move is over, the office will go back to how it was.',
      'Could you get the signed form back to us by Friday?',
      'We need the whole team back to normal hours next week.',
      'We prefer the second option for the launch date.',
      'I went back to the photos from the original shoot to pick the cover.',
      'Option B was my favourite from the start, and that is what you delivered.',
      'Please send the invoice as in your first email, with the PO number.',
      'The garden looks lovely, just as it was in your first sketch.',
      'I went back to the first draft of our annual report and fixed the figures myself.',
    ],
  },
});
