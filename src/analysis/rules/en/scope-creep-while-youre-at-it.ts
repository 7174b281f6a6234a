import { phraseRule } from '../../phrase-rule.ts';

/**
 * "While you're at it", "since you're already in the file", "while you've got the shots open",
 * "since you already have the source files", "while you're in the CRM anyway": new work framed as a by-product of the
 * current job.
 */
export default phraseRule({
  id: 'scope-creep/while-youre-at-it',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Slips in extra work "while you\'re at it": it is new work, outside what was agreed.',
    fr: 'Glisse du travail en plus « pendant que vous y êtes » : c’est du travail nouveau, hors de ce qui était convenu.',
  },
  patterns: [
    /\b(?:while|whilst|since|as|now that|seeing as|seeing that) (?:you'?re|you are|your|ur|u r) (?:at it|in there|on it|already (?:in|on|at|working|doing|there)|(?:in|on) (?:the|our|that|this) (?:file|files|design|project|site|code|document|doc|deck|account|folder)|(?:in|on|inside|into) (?:[a-z0-9'-]+ ){1,3}?anyway|(?:doing|working on|designing|writing|shooting|editing|building)\b[^.?!\n]{0,40}\b(?:anyway|already))\b/,
    /\b(?:while|whilst|since|as|now that|seeing as) (?:you'?ve|you have|you'?ll|you will|you) (?:already )?(?:got|have)\b[^.?!\n]{0,40}\b(?:open|up|to hand|in front of you|on your (?:screen|desk|computer))\b/,
    /\b(?:since|as|seeing as|given that) (?:you|u) (?:already|now) (?:have|know|did|made|designed|wrote|built|shot)\b/,
    /\b(?:since|as|seeing as|given that) (?:you|u) know (?:our|the|my|us|all)\b[^.?!\n]{0,40},[^.?!\n]{0,20}\b(?:could|can|would|will) you\b/,
    /\bwhile (?:you'?re|you are) in (?:\w+ ){0,2}mode\b/,
    // "While on site, can you snap the board's headshots?": the visit for the job carries the extra.
    /\b(?:while|whilst|when) (?:(?:you'?re|you are) there|on ?site|there|here|in town|at the (?:event|venue|shoot|office|site|fair|show))\s*,?\s*(?:could|can|would|will) (?:you|u)\b/,
    // "While you're there" is a place, not the job: with a plain ask it is the trip for the work carrying an extra
    // ("could you also shoot the garden while you're there?"); alone it gives directions or asks a fix of the work.
    /\bwhile (?:you'?re|you are) there\b(?<=\b(?:could|can|would|will) (?:you|u)\b[^.?!\n]{0,60}?\b(?:also|too|as well)\b[^.?!\n]{0,60}?\bwhile (?:you'?re|you are) there)/,
    // Being here for the agreed work: "while you're here, you can also help the team with their decks".
    /\b(?:while|whilst|since|as|now that) (?:you'?re|you are|you'?ll be|you will be) here\b[^.?!\n]{0,60}?\b(?:(?:could|can|would|will) (?:you|u)|you (?:can|could|might) (?:also|maybe|perhaps)|maybe you could|perhaps you could|please (?:also )?)\b/,
    // Asked on the side of the agreed work: "could you do one for her while you're doing ours?".
    /\b(?:could|can|would|will) (?:you|u)\b[^.?!\n]{0,50}\b(?:while|whilst|as) (?:you'?re|you are) (?:doing|working on|designing|making|building|writing|shooting|editing|at|setting up|setting|putting together|migrating|rebuilding|updating|sorting out) (?:ours|our|the|it|that|this|them|mine|my|things|everything|it all)\b/,
    // Riding on something booked anyway: "since the shoot is booked anyway, could you grab some headshots?".
    /\b(?:since|as|seeing as|given that|now that) (?:the|our|your|you'?re|you are|you'?ll)\b[^.?!\n]{0,40}\banyway\b[^.?!\n]{0,30}\b(?:could|can|would|will) (?:you|u)\b/,
    // Riding on the agreed work: "when you're reviewing the plan, could you look at our handbook as well?".
    /\b(?:when|while|whilst|as) (?:you'?re|you are) (?:reviewing|doing|working on|editing|designing|writing|updating|building|shooting|filming|translating|redoing|checking)\b[^.?!\n]{0,60}?,\s*(?:could|can|would|will) (?:you|u)\b(?=[^.?!\n]*\b(?:also|too|as well)\b)/,
    // Being there anyway for the agreed work: "since you'll be on site Tuesday anyway, would you mind…".
    /\b(?:since|as|seeing as|given that|now that) (?:you'?ll|you will|you'?re going to|you are going to|you'?re gonna) be (?:here|there|on ?site|in|at|around|over|coming|visiting|in town)\b[^.?!\n]{0,80}\b(?:would you mind|could you|can you|would you|could u|can u|maybe you could|perhaps you could)\b/,
  ],
  unless: [
    /\b(?:invoice|quote|estimate|pay (?:you|for)|paid|bill|receipt)\b/,
    /\b(?:no need|don'?t worry)\b/,
    // Paperwork on the way is no work: "while you're here, could you sign the NDA?".
    /\b(?:sign|signature|nda|contract|paperwork|forms?|badge|keys|parking)\b/,
    // A social visit is no work: "since you're in town anyway, could you pop by for a coffee?".
    /\b(?:(?:for|grab|have|get) (?:a |an )?(?:coffee|lunch|drink|dinner|bite)|say hi|pop by|drop by|pop in|catch up)\b/,
    // Neither is a wish for the freelancer's own time: "while you're at it, enjoy the sun", "come by for lunch".
    /\b(?:enjoy|have fun|have a (?:great|good|lovely|nice) (?:time|trip|stay)|relax|take a break|get some rest|treat yourself|come (?:by|over|round|and see us)|stop by|swing by|join us for|visit us|say hello)\b/,
  ],
  examples: {
    fires: [
      "Since you'll have the backdrop up, could you take portraits of our three partners?",
      'Would you be able to move the old photo gallery over while you are setting things up?',
      "Since you're in Figma anyway, could you draw a banner for the spring sale?",
      'While you are on the shop backend anyway, could you set up a loyalty page?',
      "Could you also photograph the back garden while you're there?",
      "While you're there, could you measure the garage for shelving?",
      'While on site, can you snap headshots of the whole board?',
      'When there, could you film a short interview with the chef?',
      "While you're at it, could you also design a poster?",
      'Since you already have the source files, can you make a Spanish version?',
      "Since you're doing our menus anyway, could you take care of the Facebook page too?",
      "While you've got the photos open, could you make a few Instagram stories?",
      "As you'll be at the warehouse on Friday, could you also shoot the new forklifts?",
      "When you're translating the brochure, could you do the price list too?",
      'Since the studio is booked anyway, could you film a short testimonial?',
      "Could you make a flyer for my friend's shop while you're doing ours?",
      "While you're here on Thursday you could also give our intern a hand with the shop photos.",
    ],
    quiet: [
      'Could you tell me when you are setting things up, so I can be there?',
      "While you're in Lisbon, enjoy the trip, we can talk next week.",
      "While you're there, the side door code is 1234 and the van is on the left.",
      "Could you tweak the colours of page 6 while you're there on holiday?",
      'While there, could you sign the delivery note for us?',
      'Since you already have the files, could you send the invoice?',
      "While you're on holiday we'll pause the project.",
      "While you're here on Monday, could we grab lunch with the team?",
      "While you're here, we'll show you the new office.",
      "While you're here, could you sign the NDA at the front desk?",
      "Since you'll be here on Monday, could you send the invoice before then?",
      "When you're doing the homepage, could you keep me posted?",
      "Since you're in town anyway, could you pop by for a coffee?",
      "While you're at it, have a great trip, you've earned it.",
      "While you're there next month, swing by our new studio and we'll take you out.",
    ],
  },
});
