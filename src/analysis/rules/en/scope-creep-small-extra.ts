import { phraseRule } from '../../phrase-rule.ts';

/** "Just a small extra", "a little favour", "one more little thing": extra work played down. */
export default phraseRule({
  id: 'scope-creep/small-extra',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Presents new work as a small extra or favour: small or not, it is outside what was agreed.',
    fr: 'Présente un travail nouveau comme un petit extra ou un service : petit ou non, il sort de ce qui était convenu.',
  },
  patterns: [
    /\b(?:a|one|just a|one more|another|tiny|quick|teeny) (?:small|little|tiny|quick|teeny|wee|cheeky|last) (?:extra|favou?r|bonus|add-?on|addition|side (?:job|project|thing))\b/,
    /\b(?:(?:a|one) (?:small|little|tiny|quick) )?(?:extra|bonus|favou?r) (?:for (?:us|me)|if you (?:can|could|have time))\b/,
    /(?:^|[.!?\n])[ \t]*(?<phrase>(?:small|little|tiny|quick|cheeky|teeny) (?:extra|favou?r|bonus|add-?on|addition|request|ask))\b(?=\s*[:,-][^.?!\n]{0,30}\b(?:could|can|would|will) (?:you|u)\b)/,
    /\bone more (?:little |small |tiny |quick )?thing\b[^.?!\n]{0,15}\b(?:could|can|would) you (?:also )?(?:do|make|design|write|create|build|add|put together|help)\b/,
    // Extra things announced as needs, then listed: "a few extra things we'll need: a CSV export…".
    /\b(?<phrase>(?:a (?:couple|few)(?: of)?|two|three|some|several|a handful of) (?:extra|additional|more|other|new) (?:things|bits|features|items|pieces|additions|requests|asks|elements|deliverables) (?:we(?:'ll| will| would|'d)? (?:need|want|like|love)|we'?re after|on our (?:wish ?list|list))\b)(?! to (?:discuss|talk|clarify|check|sort|agree|cover|ask|know|confirm|go over|mention))/,
  ],
  unless: [
    // Paperwork or access asked from the freelancer is no new work: "a few more things we need: your VAT number".
    /\b(?:vat|bank details|signature|signed|contract|passwords?|logins?|access|address|availability|details|documents)\b/,
    /\b(?:invoice|quote|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|charge (?:us|me)|bill (?:us|me|it))\b/,
    /\b(?:favou?rite|thank|thanks|return the favou?r)\b/,
  ],
  examples: {
    fires: [
      'Just a small extra for the flyer: a little map of the venue?',
      'Could I ask a little favour? We need a banner for the fair.',
      'One more little thing: could you also design the tickets?',
      'Cheeky request - could you mock up a loyalty card?',
      "Thanks for the sales dashboard! A few extra things we'll want: a weekly CSV export for the board, and a budget tab.",
      'A couple more things we need from you: an Excel export for finance and an alerts page.',
      "Some new features we'd love for the app: a dark mode and a weekly digest for managers.",
    ],
    quiet: [
      'Happy to pay for a small extra if you quote it.',
      'A few more things we need to discuss before Friday: timing and the venue.',
      'Two extra things we will need on your side: the VAT number and the signed contract.',
      'Thanks for the little favour last week!',
      'Quick request: could you send the invoice to our accounts team?',
    ],
  },
});
