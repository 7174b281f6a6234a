import { phraseRule } from '../../phrase-rule.ts';

/*
 * The client names the limits of the agreement next to a request that crosses them: "your contract only covers the
 * weekday lessons, I know, but…", "we didn't include them in your engagement", "I know we said just the menu and the
 * booking page, but could you also…". Saying what the deal covers is innocent on its own ("your quote only covers
 * two rounds, so we'll keep it tight"), so a request for work must stand within a sentence or two of it, and a quote
 * or a separate payment asked for the new work makes it a new order. Folded text.
 */

/** What the agreement is called. */
const DEAL = String.raw`(?:contract|agreement|quote|quotation|estimate|proposal|fee|fees|package|retainer|engagement|engagement letter|sow|statement of work|brief|scope|booking|deal|purchase order|po)`;

/** A request for work before or after the concession. */
const ASK = String.raw`\b(?:(?:could|can|would|will|might) (?:you|u)|would it be possible|is it possible|any chance|(?:we'?d|i'?d) (?:love|like) (?:you|it if you)|take (?:it|them|this|that|those|these) on|if you could|makes sense for you to|you(?:'d| would) be (?:the|a) (?:best|natural|obvious|right))\b(?![^.?!\n]{0,40}\b(?:send|tell|let (?:me|us) know|confirm|quote|invoice|forward|share|how much|separate|cost|price)\b)`;

/** A request for work within 200 characters after the concession, or before it. */
const AROUND = String.raw`(?:(?=[\s\S]{0,200}?${ASK})|(?<=${ASK}[\s\S]{0,260}))`;

export default phraseRule({
  id: 'scope-creep/only-covered',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Asks for work next to saying the agreement does not cover it: it needs a separate quote.',
    fr: 'Demande un travail tout en reconnaissant que le contrat ne le couvre pas : il faut un devis à part.',
  },
  cue: /\b(?:only|just|include|included|budgeted|scoped|quoted|planned|listed|added|put)\b/,
  // Each pattern starts at the concession, rare in mail, then looks for the request after it or before it.
  patterns: [
    // "Your contract only covers the weekday lessons", "the retainer is just for the two newsletters".
    new RegExp(
      String.raw`\b(?<phrase>(?:your|the|our|my) (?:original |initial |current |signed |agreed )?${DEAL} (?:only|just) (?:covers?|covered|includes?|included|was for|is for|mentions?|mentioned|lists?|listed|says?|said))\b${AROUND}`,
    ),
    // "We didn't include them in your engagement", "we never budgeted the translations into the contract".
    new RegExp(
      String.raw`\b(?<phrase>(?:we|i) (?:didn'?t|did not|never|haven'?t|have not) (?:include|put|budget|scope|quote|plan|list|add)(?:d|ed)? (?:it|them|this|that|those|these|any of (?:it|them|this|that)|the [a-z-]+(?: [a-z-]+)?)? ?(?:in|into|for|on) (?:your|the|our) (?:original |initial |signed )?${DEAL})\b${AROUND}`,
    ),
    // "I know we said just the menu and the booking page, but would it be possible to also…".
    new RegExp(
      String.raw`\b(?<phrase>(?:i know|we know|i realise|i realize|i'?m aware|we'?re aware|granted|admittedly|sure)\b,? (?:that )?(?:we|i|you) (?:only )?(?:said|agreed(?: on| to)?|signed(?: up)? for|booked you for|hired you for|asked (?:you )?for|quoted for|settled on) (?:just|only))\b${AROUND}`,
    ),
  ],
  negatable: false,
  unless: [
    // A quote or a separate payment asked for the new work makes it a new order.
    /\b(?:(?:a|an|new|separate|updated|revised|extra|additional) (?:quote|quotation|estimate)|quote (?:it|them|this|that|for|separately|me|us)|we(?:'ll| will) pay|happy to pay|separate invoice|paid separately|invoice (?:it|them|this|that) separately|at your (?:usual|standard|normal) rate|how much|what would (?:it|that|this) cost)\b/,
    // Restating the limit to keep within it: "your quote only covers two rounds, so let's keep it tight".
    /\b(?:so (?:we'?ll|let'?s|we will|i'?ll) (?:keep|stick|stay)|no need|nothing (?:more|else)|don'?t worry)\b/,
  ],
  examples: {
    fires: [
      'Would you be able to play at the Christmas fair too? Your contract only covers the Monday classes, I know.',
      "Could you handle the press kit as well? The agreement just covers the website, but you're the obvious choice.",
      'Could you write the two extra reports? We never put them in your contract because our analyst was meant to do them.',
      'We never budgeted the translations into the original quote, but could you do the German version as well?',
      'I know we said just the logo and the cards, but would it be possible to also design the shop sign?',
      "Sure, we agreed on only the kitchen, but we'd love you to look at the bathroom while you're here.",
      'The retainer only includes the blog posts. Any chance you could also run our newsletter?',
    ],
    quiet: [
      'Your quote only covers two rounds of changes, so we will keep our comments tight.',
      'The contract only covers the Monday classes; could you send a separate quote for the fair?',
      "We didn't include the printing in your contract, we'll handle it with the printer. Could you send the final files?",
      'I know we said just the logo, and that is all we need. Could you send the invoice?',
      'Your fee only covers the design. Could you tell us how much the build would cost?',
      'Could you send the files? Our software licence only covers five users anyway.',
    ],
  },
});
