import { phraseRule } from '../../phrase-rule.ts';

/*
 * More work asked with "also / as well / too", whatever the trade's verb or with none: "it would be great if you
 * also owned the help centre", "they've asked if we could also produce a quick-start card", "could you put one
 * together for us as well?", "they'd also love a 15-second cutdown and a square version". Trades have too many verbs
 * for a list, so the request addressed to the reader, the "also" and a piece of work as object are enough. Kept out:
 * sending, confirming, paying and paperwork ("could you also send the invoice"), presence ("also join the call"),
 * and changes to delivered work ("also fix the typo"), which the revision rules read. Folded text.
 */

/** The request right before "also": "could you", "if you", "they've asked if we could", "we'd love you to". */
const ASK = String.raw`(?:(?:could|can|would|will) (?:you|we)(?: please)?|if (?:you|we) (?:could )?|(?:we'?d|i'?d|they'?d|we would|i would|they would|would) (?:love|like) (?:for you|you|it if you) to|(?:it )?would be (?:great|amazing|ideal|good|lovely|brilliant|helpful) if you|(?:any chance|is it possible|would it be possible) (?:you could |to )?)`;

/** Verbs that ask no new work: sending, paperwork, presence, or changing what was delivered. */
const NOT_WORK_VERB = String.raw`(?:send|resend|forward|share|confirm|check|let|tell|cc|copy|sign|pay|invoice|bill|review|look|read|see|join|attend|come|be|stay|keep|hold|call|ring|email|text|ping|reply|respond|answer|note|remember|mention|update|fix|change|correct|amend|adjust|tweak|move|swap|replace|remove|delete|drop|cut|shorten|redo|rework|rename|resize|crop|bring|give|get|have|try|test|show|explore|do a quick|take a look|sort out the invoice|loop|include me|add me|add us|book|schedule|reschedule|block|hold off)`;

/** The same verbs as gerunds, after "would you mind", "would you be up for": "would you mind also sending the invoice". */
const NOT_WORK_GERUND = String.raw`(?:send|resend|forward|shar|confirm|check|sign|pay|invoic|bill|review|look|read|see|join|attend|com|be|stay|keep|hold|call|ring|email|text|ping|reply|respond|answer|not|remember|mention|updat|fix|chang|correct|amend|adjust|tweak|mov|swap|replac|remov|delet|dropp|cutt|shorten|redo|rework|renam|resiz|cropp|bring|giv|gett|hav|try|test|show|explor|book|schedul|reschedul|block|wait|jump|hopp|sitt|talk|chatt|meet)ing`;

/** Offers to take something on, followed by a gerund: "would you mind", "would you be up for", "how about". */
const GERUND_ASK = String.raw`(?:would you mind|do you mind|(?:would|could) you be (?:up for|open to|ok with|okay with|happy with)|would you consider|are you up for|how about|what about|(?:do you )?fancy|any chance of)`;

/** Objects that are paperwork or a conversation: "also send the invoice", "we'd also like a quick call". */
const PAPERWORK = String.raw`(?:invoice|invoices|quote|quotes|estimate|receipt|contract|link|links|files?|password|login|details|address|number|call|chat|meeting|catch-?up|word|update|updates|heads-?up|reply|answer|look|copy|copies|confirmation|date|dates|time|times|slot|availability|rate|rates|price|prices|discount|mention|shout-?out|coffee|drink|break|form|forms|survey|questionnaire)`;

/** A gerund of new work and its object: "migrating the mailing list", "running the two evening workshops". */
const GERUND_WORK = String.raw`(?!${NOT_WORK_GERUND}\b)[a-z]{2,}ing(?: (?:up|out|together|in))? (?:the|a|an|our|their|some|two|three|four|five|\d{1,3}) (?!(?:[a-z0-9:-]+ ){0,3}?${PAPERWORK}\b)(?:[a-z0-9:-]+ ){0,3}?[a-z]{3,}`;

export default phraseRule({
  id: 'scope-creep/also-any-verb',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: {
    en: 'Asks for an extra piece of work on top of the agreed job: scope creep.',
    fr: 'Demande un travail en plus de la mission convenue : du travail hors périmètre.',
  },
  cue: /\b(?:also|as well|too|alongside|in addition to|besides|on top of)\b/,
  // Each pattern starts at "also / as well / too", rare, and checks the request behind it (a lookbehind).
  patterns: [
    // "It would be great if you also owned the help centre", "they've asked if we could also produce a card".
    new RegExp(
      String.raw`\balso (?!${NOT_WORK_VERB}\b)(?:do|[a-z]{3,})(?: (?:up|out|together|in))? (?:the|a|an|our|their|some|two|three|four|five|\d{1,3}|[a-z]+-sided|an?) (?!(?:[a-z0-9:-]+ ){0,3}?${PAPERWORK}\b)(?:[a-z0-9:-]+ ){0,3}?[a-z]{3,}(?<=\b${ASK} ?also [^.?!\n]{6,80})`,
    ),
    // "Could you put one together for us as well?", "can you do one for the Lyon shop too?".
    new RegExp(
      String.raw`\b(?:as well|too)\b(?= ?[?.!\n]|$)(?<=\b(?:could|can|would|will) you (?!${NOT_WORK_VERB}\b)[a-z]{2,}(?: (?:up|together|out))? (?:one|another one|something similar|a similar one|the same(?: thing)?)(?: (?:up|together|out))?(?: for (?:us|me|them|the [a-z]+(?: [a-z]+)?))? (?:as well|too))`,
    ),
    // "They'd also love a 6-second bumper and a square cutdown", "we would also need a short teaser".
    new RegExp(
      String.raw`\balso (?:love|like|need|want) (?:a|an|two|three|\d{1,3}) (?!(?:[a-z0-9:-]+ ){0,3}?${PAPERWORK}\b)(?:[a-z0-9:-]+ ){0,3}?[a-z]{3,}(?<=\b(?:they'?d|we'?d|i'?d|they would|we would|i would|(?:the )?client would|she'?d|he'?d) also (?:love|like|need|want) [^.?!\n]{3,60})`,
    ),
    // "Alongside the logo, we need business cards and a letterhead", "on top of the audit, we'd like a training day".
    new RegExp(
      String.raw`\b(?:alongside|in addition to|besides|as well as|on top of) (?:the|our|your|this|that) [a-z -]{2,30}?, (?:we|i|they|the client)(?:'ll| will| would|'d)? (?:also )?(?:need|want|like|love|require) (?:a|an|some|two|three|four|\d{1,3}|[a-z]+s\b)(?! (?:[a-z0-9:-]+ ){0,3}?${PAPERWORK}\b)`,
    ),
    // A duty assigned as a plan: "you'll also own the icon set", "you would also look after the Slack community"
    // (the rights to the work, "you'd also own the copyright", are a contract term).
    new RegExp(
      String.raw`\balso (?:own|handle|take care of|look after|manage|run|cover|write|design|produce|build|create|edit|shoot|film|take over|be (?:responsible|in charge) (?:for|of)|lead|coordinate|moderate|oversee|support|maintain|answer|deal with|host|train|coach|draft|illustrate) (?:the|a|an|our|their|all|any|some|\d{1,3}|two|three|four|five)\b(?! (?:[a-z-]+ )?(?:copyright|rights|ip|intellectual|licen[cs]es?|source files|files|invoices?|paperwork)\b)(?<=\byou(?:'ll| will|'d| would| are going to|'re going to) also [a-z ]{3,40})`,
    ),
    // An upkeep duty assigned: "you'll also keep the member list up to date", "you would also keep the shop stocked".
    new RegExp(
      String.raw`\balso keep (?:the|our|their|all|every) (?:[a-z0-9-]+ ){0,3}?(?:clean|tidy|updated|up to date|up-to-date|current|organi[sz]ed|in order|stocked|fed|moderated)\b(?<=\byou(?:'ll| will|'d| would| are going to|'re going to) also [a-z0-9 -]{3,60})`,
    ),
    // A line of a plan that hands over more work: "- Take over the Android version too", "3. Run the newsletter as well".
    new RegExp(
      String.raw`(?:as well|too)\b(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?(?:take over|look after|handle|run|manage|own|write|design|produce|build) (?:the|our|their|a|an) (?!(?:[a-z0-9:-]+ ){0,3}?${PAPERWORK}\b)(?:[a-z0-9:-]+ ){0,3}?[a-z]{3,} (?:as well|too))`,
    ),
    // "Would you mind also migrating the shop to the new host", "would you be up for coaching the speakers as well".
    new RegExp(
      String.raw`\b${GERUND_ASK} (?:also ${GERUND_WORK}|${GERUND_WORK}(?: [a-z0-9:-]+){0,4}? (?:as well|too)\b)`,
    ),
  ],
  unless: [
    // A quote or a separate payment asked for it makes it a new order.
    /\b(?:(?:a|an|new|separate) (?:quote|quotation|estimate)|quote (?:it|them|this|that|for|separately|me|us)|we(?:'ll| will) pay|happy to pay|paid separately|at your (?:usual|standard|normal) rate|how much)\b/,
    /\b(?:ourselves|myself|in-house)\b/,
    // A variant of the delivered piece is a revision: "could you also try a version with green instead of red".
    /\b(?:instead of|rather than|in place of)\b/,
  ],
  examples: {
    fires: [
      'Would be brilliant if you also ran the FAQ pages, some 30 entries.',
      'They wondered if we could also draft a one-page cheat sheet and some email templates.',
      'Can you knock one up for the Leeds branch too?',
      'Can you do one for the Lyon shop too?',
      "You'll also keep the supplier sheet up to date for the buyers.",
      'As part of it you would also keep the shared drive organised for the new hires.',
      '- Take over the German site too',
      '2. Run the partner newsletter as well',
      'Our director would love for you to also write the speech for the gala dinner.',
      'The committee would like you to also design a poster for the open day.',
      "They'd also love a 15-second cutdown for Reels and a square version for the feed.",
      'Could you also narrate the two bonus chapters?',
      "We'd love you to also landscape the front garden while the crew is here.",
      'Would it be possible to also wire the garden lights?',
      'Alongside the brand book, we need business cards, a letterhead and an email signature.',
      "On top of the audit, we'd like a half-day training for the managers.",
      'Could you also do the onboarding emails and the welcome pack?',
      'Can you also pull in the sales figures from the till system?',
      'Would you mind also migrating the mailing list to the new platform?',
      'Would you be up for running the two evening workshops as well?',
      'How about also writing a short bio for each of the speakers?',
      'Would you be open to filming the school concert too?',
      "Going forward you'll also look after our two podcast feeds.",
      'From March you would also own the help-centre articles, about 60 of them.',
    ],
    quiet: [
      '- Handle the invoice too',
      'We will also keep the files tidy on our side.',
      'Take over the meeting room at 3 if you like, we are done too.',
      'Our director would love for you to also join the launch party.',
      'The team would like you to also send the invoice to accounts.',
      'Could you also send the invoice for March?',
      "We'd also like a quick call on Friday to go over it.",
      'Could you also fix the typo on page 2?',
      'Could you also join the kick-off call on Monday?',
      'Could you send one as well?',
      'Could you also design the flyer, at your usual rate?',
      'Our printer also produced a proof of the cover.',
      "They'd also like a copy of the contract.",
      'Besides the delay, we need a quick call to agree the next steps.',
      'Alongside the logo, we need the final files by Friday.',
      'Could you also mock up the cover in blue rather than the grey we saw?',
      'Would you mind also sending the invoice to our accounts team?',
      'Would you mind checking the figures as well?',
      'Would you be up for joining the team dinner as well?',
      'Could you also do a quick check of the spelling?',
      'Could you also fill in the supplier form?',
      'How about meeting the whole team on Friday?',
      "Under the contract you'd also own the copyright in the final artwork.",
      "As agreed in the quote, you'll also write the two blog posts.",
      "You'll also receive the brand files by Monday.",
    ],
  },
});
