import { phraseRule } from '../../phrase-rule.ts';
import { CLIENTS_OWN_EN } from '../shared/clients-own-en.ts';
import { besidePrintersProofs } from '../shared/printers-proofs.ts';
import { besideWorkingArrangements } from '../shared/working-arrangements.ts';
import { gatedBy, PhraseList } from '../shared/words.ts';

/**
 * "One more round of tweaks", "another go at the About page", "three more directions",
 * "change the colours again": asking for another pass at work already shown.
 */
// Every pattern below names a pass, a kind of change or a repeat with one of these words.
const GATE = new PhraseList(`
  round, rounds, pass, go, going, stab, look, different, something, using, notes, feedback, comments, markup, swaps,
  drawing, square, scratch, over, see, spin, whirl, bash, time, more, switch, swap, another, rework, overhaul, refresh, polish, facelift, makeover, crack, attempt, iteration, iterations, shot, try, tweaks, tweak, changes, change, edits, edit, revisions, amends, corrections, adjustments, fixes, fix, directions, direction, concepts, concept, options, option, versions, version, variations, variation, drafts, draft, mockups, mockup, mock, sketches, proposals, alternatives, layout, cut, take, again, once, one, revisit, reopen, rethink, redo, re, modifications, alterations
`);

export default gatedBy(
  GATE,
  besidePrintersProofs(
    besideWorkingArrangements(
      phraseRule({
        id: 'extra-revisions/another-round',
        category: 'extra_revisions',
        lang: 'en',
        confidence: 0.8,
        reason: {
          en: 'Asks for another round on work already delivered: check how many revision rounds your quote includes.',
          fr: 'Demande un tour de plus sur un travail déjà livré : vérifiez combien de tours de retouches votre devis prévoit.',
        },
        patterns: [
          /\b(?:another|one more|one last|one final|a (?:final|last|further|third|fourth|fifth)|yet another|(?:a )?(?:third|fourth|fifth|sixth|\d+(?:rd|th)) (?:and final )?)(?: quick| small| little| final| full| proper| thorough| complete| fresh| careful)? (?:round|pass|go|stab|crack|attempt|iteration|shot|try|spin|whirl|bash)(?: of (?:tweaks|changes|edits|revisions|amends|feedback|corrections|adjustments|notes))?\b/,
          /\b(?:a few|a couple|some|few|couple|(?:two|three|four|five|\d) ?)(?: of)? more (?:tweaks|changes|edits|revisions|amends|corrections|adjustments|fixes|directions|concepts|options|versions|variations|drafts|mock-?ups|sketches|proposals|alternatives|iterations|rounds)\b/,
          /\b(?:see|try|get|have|do|make|send|want|need|like|love|prefer|show|ask(?:s|ed)? for|request(?:s|ed)?)(?: \w+){0,2} (?:another|one more|a new|a different|an alternative|a second|a third) (?:version|draft|direction|concept|option|variation|take|mock-?up|layout|cut|edit)\b/,
          /\b(?:(?:can|could|shall|should) (?:we|you)|let'?s|please) (?:have a |give it a )?try (?:it |that |this )?again\b(?! (?:tomorrow|later|using|with your|in a))/,
          /\btry (?:a|another|one) (?:version|option|variation|draft|layout)\b/,
          // "Could you tidy up the spacing one more time?": a change asked for once again.
          /\b(?:tidy up|clean up|touch up|tweak|adjust|polish|rework|redo|revise|retouch|tighten|fix up|go over|go through|smooth out|refine|nudge|edit)\b(?![^.?!\n]{0,50}\b(?:figures|numbers|invoice|contract|quote|dates|details|terms|budget|accounts)\b)[^.?!\n]{0,50}\b(?:one more time|once more|once again|yet again)\b/,
          // Starting over on delivered work: "we need to go back to the drawing board on the hero".
          /\b(?:need to|have to|should|let'?s|can we|could you|we'?ll have to|time to) (?:go )?(?:back to the drawing board|back to square one|start (?:over|again)(?: from scratch)?|start from scratch|redo it from scratch|rethink it from scratch) (?:on|with|for) (?:the|our|this|that|those|these)\b(?! (?:strategy|plan|budget|campaign plan|business plan|approach|process))/,
          // "They'd like to see the menu with prices in a separate column."
          /\b(?:'d|would) (?:like|love|prefer) to see (?:the|it|them|this|that|those|these) (?:[a-z]+ ){0,2}?(?:with|without)\b(?! (?:you|your team|the team|vat|tax|the numbers|the figures|us))/,
          // "Can we switch to another?", "swap it for a different one".
          /\b(?:switch|swap|change|go) (?:it |that |this |them )?(?:to|for) (?:another|a different one|something else|a new one|other ones|different ones)\b(?! (?:date|time|day|slot|room|venue|supplier|printer|provider|bank))/,
          // "The client wants a complete rework of the header."
          /\b(?:wants?|needs?|(?:'d|would) (?:like|love)) (?:a|an) (?:complete |full |quick |light |small |big |last )?(?:rework|redo|overhaul|refresh|polish|facelift|makeover|once-over) (?:of|on) (?:the|this|that|those|these)\b/,
          // Notes sent for changes: "notes from the team attached", "a couple of image swaps".
          /\b(?:notes|feedback|comments|amends|changes|edits|tweaks|mark-?ups?|corrections)\b (?:from|by) (?:the |our |my )?(?:team|board|client|boss|committee|director|ceo|editor|legal|marketing|manager|partners?)\b[^.?!\n]{0,20}\b(?:attached|below|enclosed|in the (?:doc|pdf|file))\b/,
          /\b(?:a few|a couple of|some|two|three|several) (?:image|photo|picture|text|copy|colou?r|font|word|wording|icon) (?:swaps|changes|tweaks|edits|fixes)\b/,
          /\b(?:see|try|have|get|send (?:me|us)) (?:a|an) (?:version|option|variant|variation|draft|mock-?up) (?:with|without|where)\b/,
          /\b(?:have|take) (?:another|a second|a fresh|one more) look at (?:the|our|this|that|those|these)\b(?! (?:invoice|email|e-mail|contract|quote|message|calendar|dates?|proposal|budget|figures|numbers))/,
          /\b(?:using|use|trying|try|going with|go with|pick|picking) (?:a|another) (?:different|new|other) (?:one|photo|image|picture|font|colou?r|shot|version|icon|background|typeface|title|word|shade)\b/,
          // "Can you try something rounder?": another option, described by how it should differ.
          /\btry (?:something|one|another one|a (?:font|colou?r|shade|photo|image|typeface|version)) (?:a (?:bit|little|touch) )?(?:(?!other\b|either\b|rather\b|together\b|whether\b|never\b|ever\b|under\b|over\b|after\b|later\b)[a-z]{2,}(?:er|ier)|(?:more|less) [a-z]{3,})\b/,
          // "Final corrections on the 27th" dates the corrections, it names no work to change.
          /\b(?:quick|small|little|minor|tiny|few|couple of|last|final) (?:tweaks?|changes?|edits?|amends?|adjustments?|revisions?|corrections?|fix(?:es)?) (?:on|to|for|in) (?:the|our|your|this|that|it|them|those|these|v ?\d|draft)\b(?<!\b(?:on|for) the)(?! \d{1,2}(?:st|nd|rd|th)\b)|\b(?:quick|small|little|minor|tiny|few|couple of|last|final) (?:tweaks?|changes?|edits?|amends?|adjustments?|revisions?|corrections?|fix(?:es)?) (?:on|for) the\b(?! \d{1,2}(?:st|nd|rd|th)\b| (?:next|coming|following) (?:week|month|days?)\b)/,
          /\b(?:change|swap|switch|redo|rework|rewrite|tweak|adjust|move|update|fix|edit|look at)\b[^.?!\n]{0,40}\b(?:again|once more|one more time)\b/,
          /\b(?:try|attempt|rethink|revisit|play with|have a go at) (?:the|this|that|our|it|them)\b[^.?!\n]{0,40}\b(?:once more|one more time)\b/,
          // Recorded or shot work asked for again: "could you record the intro again, slower?", "please film that bit again".
          /\b(?:(?:can|could|would) (?:you|u)|please|pls|(?:'d|would) (?:like|love) (?:you|u) to|need (?:you|u) to) (?:just |maybe )?(?:record|film|shoot|narrate|voice|read|sing|mix|play) (?:the|this|that|those|these|it|them|our|lines?|verses?|scenes?|takes?)\b[^.?!\n]{0,40}\b(?:again|once more|one more time)\b(?! (?:next|every|each|for (?:the|our) next))/,
          // The same with the adverb first, as often written: "pls record again the second paragraph".
          /\b(?:(?:can|could|would) (?:you|u)|please|pls|plz|kindly|(?:'d|would) (?:like|love) (?:you|u) to|need (?:you|u) to) (?:just |maybe )?(?:record|film|shoot|narrate|voice|read|sing|mix|redo|re-do|make|draw|write) (?:again|once more|one more time) (?:the|this|that|those|these|our|lines?|verses?|scenes?)\b(?! (?:next|same time)\b)/,
          // Wanting something the way it was: "they want the button green again".
          /\b(?:wants?|needs?|(?:'d|would) (?:like|love|prefer)|prefers?) (?:the|it|them|that|this|those|these|our|their) [^.?!\n]{0,30}?\bagain\b/,
          // Someone wanting changes made: "he wants some changes again", "my boss has a few tweaks".
          /\b(?:wants?|wanted|(?:'d|would) (?:like|love)|needs?|(?:has|have|had|got) (?:a few|some|a couple of|few|couple of|more|several)) (?:some |a few |a couple of |more |several |(?:two|three|four|\d) )?(?:small |little |minor |quick |last )?(?:changes|tweaks|edits|amends|modifications|corrections|adjustments|alterations)\b(?! (?:to|in|on|at) (?:the |our |my |their |your )?(?:schedule|plans?|team|staff|company|policy|contract|terms|process|dates?|calendar|timeline|agenda|budget))/,
          /\b(?:re-?visit|re-?open|re-?think|re-?do) (?:the|this|that|those|these|it|them|her|his|its|their)\b(?! (?:meeting|call|contract|invoice|budget|numbers|decision|offer|plans?|schedule))/,
          // The same piece shown again in another finish: "could we see it again in the lighter oak?", "try it in more of a coral".
          /\b(?:see|try|have|show (?:me|us)) (?:it|them|him|her|the \w+) (?:again in (?:the |a |an )?(?:darker|lighter|warmer|cooler|brighter|softer|bolder|paler|deeper|richer|other|original)|in more of an? [a-z]+)\b/,
        ],
        unless: [
          // Approval and asking to be kept informed are not a new round; contracts have revisions too.
          /\b(?:no further|contract|agreement|terms|nda|invoice|quote)\b/,
          /\b(?:call|meeting|email|e-mail|ring) (?:me |us )?(?:again|once more)\b/,
          /\b(?:thanks|thank you) again\b/,
          /\b(?:files?|link|attachment|password|access|pdf|zip|same team|you again|your team)\b/,
          // Changes that may never be asked for: "in case the author wants changes".
          /\b(?:in case|if|should|whenever)(?: (?:the|my|our|your|their|any))? [a-z]+ (?:wants|needs|asks for|requests|has)\b/,
          // The client's own material, not the work delivered (shared/clients-own-en.ts).
          CLIENTS_OWN_EN,
          // Changes the client made themselves.
          /\b(?:i'?ve|we'?ve|i have|we have|i|we) (?:made|done|added|did)\b|\b(?:myself|ourselves)\b/,
        ],
        examples: {
          fires: [
            'The checkout you built works, but it needs another full pass on the mobile layout.',
            'Could we revisit his expression? He looks cross in the last drawing.',
            'Would it be possible to see the table again in the lighter oak?',
            'Lovely, could we try the label in more of a sage green?',
            'Sorry, we need one more round of tweaks on the brochure.',
            'Would you have another go at the homepage copy?',
            'Not there yet, could you give the banner another spin?',
            'Could you polish the menu icons once more before Friday?',
            "We'd love to see two more concepts before we decide.",
            'Can you change the colours again? The board hated the teal.',
            'Could we try a version with a darker background?',
            "I know it's the fourth round but can we try again?",
            'Our manager has a few small tweaks for the leaflet.',
            'Could you try the banner one more time with the photo on the right?',
            'Could you give the script one final pass before recording?',
            'Could we see a draft without the drop shadow?',
            'Feedback from the board below, mostly small stuff.',
            'There are a few photo swaps and some wording tweaks.',
            "I'm afraid we have to start again from scratch on the cover.",
            "We'd love to see the flyer without the border.",
            'That icon looks odd, could we swap it for a different one?',
            'The board wants a full overhaul of the intro section.',
            'Could you take another look at the opening paragraph?',
            'Any chance of going with a different photo for the cover?',
            'Can you try something lighter for the headings?',
            'The director wants the titles yellow again.',
            'Could you read the last paragraph again, a touch slower?',
            'Please shoot the opening scene once more, with the lights dimmer.',
            'Kindly make again the third slide, with less text.',
            'The agency asked for a new take of the closing line.',
            "The printer's proof of your design came back; the client has a few changes.",
            "Could you send me a version where the logo isn't so big?",
            "I'd like a few changes. The logo should be bigger and the header darker.",
            'We want some changes: the intro shorter, the music softer.',
            "I'd like a few changes to the flyer. Please be available Tuesday to go through them.",
          ],
          quiet: [
            "Let's revisit her offer once the budget is signed.",
            'We would love to see the chairs in person at the showroom.',
            'The editor sends her last corrections on the 14th, straight to you.',
            'His final edits come in on the 3rd, so please watch your inbox.',
            'We expect a few changes on the 21st after the board meets.',
            'Minor tweaks for the 2nd are already in the shared doc, no action needed.',
            'The author will post his final corrections on the 9th.',
            'Some small fixes on the following week are already planned with IT.',
            "While you're in the office, could you redo the firm's website?",
            "We'd like you to revisit the charity's branding next month.",
            'Could you redo the menu of our old café site as a trial?',
            "Please rework the agency's brochure once more for the pitch.",
            'Could you revisit three pages from our existing catalogue?',
            "Can you redo the council's newsletter template?",
            'Thanks again for the lovely work!',
            'Could you record the podcast again next month, same format?',
            'Revision 3 of the contract is attached.',
            'Could you go over the figures once again with our accountant?',
            'We took the new bike out for a spin on Sunday.',
            "Another version of the brief is attached, we'll sign off tomorrow.",
            'Approved, no further changes needed.',
            'Call me again when you land.',
            'They want a few changes to their calendar for March.',
            'Please stay reachable in case the editor wants changes.',
            'We need the download link again, it expired.',
            "We'd love the same team again next year.",
            'Could you have another look at my email from Monday?',
            'Try one later if the link fails.',
            'Back to the drawing board for our business plan, sadly.',
            "We'd love to see you with the whole team in May.",
            'Can we switch to another date for the call?',
            'The proofs come back from the printer on Friday; they want corrections by Monday.',
            'The printer sends the proofs on Thursday and they need a few corrections by Monday.',
            'Can we do a version with the whole team at the party next year?',
            "To keep things smooth I'd like a few changes. Going forward please be online on Slack from 8 to 5 and send me a recap before you stop.",
            "I have some changes in mind for how we work. From Monday you'll log your hours in our tracker and join the 9am call.",
            'The board wants some changes. Going forward you will work from our office on Tuesdays.',
            'We need a few changes to our working arrangements: timesheets every Friday and a daily check-in.',
            "I'd like some changes from next month. Please stay reachable on WhatsApp and send a progress update each evening.",
            "Our director wants a few changes. You'll be logged in on Teams during office hours from now on.",
            'There are a couple of changes to the way we work with freelancers: everyone clocks in and out on the portal.',
            'For the rest of the contract I want some changes. Please be on Zoom from 8:30 to 5 and email me a progress note every evening.',
          ],
        },
      }),
    ),
  ),
);
