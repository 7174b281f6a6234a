import { phraseRule } from '../../phrase-rule.ts';
import { WIDER_SERVICE_REASON } from '../shared/wider-service.ts';

/*
 * A service widened rather than a deliverable added: more people brought into the sessions
 * ("could my two partners join our coaching calls from now on?", "add a third person to the
 * workshops"), more sessions than booked ("add a second session each week") or a new task put
 * into the freelancer's remit ("we'd like to add LinkedIn to your retainer", "extend your remit to
 * the newsletter"). A one-off guest at a meeting about the contract is no widening.
 */
const PEOPLE = String.raw`(?:co-?founders?|partners?|colleagues?|team ?mates?|managers?|people|persons?|members?|staff|employees?|interns?|assistants?|directors?|associates?|heads? of [a-z]+|leads?|team|deputy|deputies|husband|wife|son|daughter|friends?|participants?|attendees?|trainees?)`;
const SESSIONS = String.raw`(?:sessions?|calls?|coaching|workshops?|classes|lessons?|trainings?|check-?ins?|mentoring|masterclass(?:es)?|courses?|webinars?|meetings?|catch-?ups?|stand-?ups?)`;
const WHO = String.raw`(?:my|our|the|a|an|two|three|four|a few|some|more|another|extra|additional|\d+)(?: [a-z-]+){0,2}`;
/** What a task is added to: not "the brief", "the contract" or "the package", which also take notes, clauses and barcodes. */
const REMIT_ADD = String.raw`(?:remit|retainer|scope|responsibilities|mission|monthly fee|duties|plate|to-?do list)`;
/** Work that can spread to more places or entities: an audit, a study, a training. */
const STUDY = String.raw`(?:audit|review|study|survey|assessment|analysis|inventory|training|diagnostic|mapping|inspection|research|coaching|rollout|roll-out|migration|redesign|photo ?shoot|shoot|translation|health ?check)`;
const PLACES = String.raw`(?:branch(?:es)?|sites?|offices?|stores?|shops?|locations?|subsidiaries|subsidiary|agencies|agency|departments?|countries|markets?|regions?|warehouses?|plants?|factories|restaurants?|venues?|clinics?|schools?|hotels?|franchises?|outlets?|entities|brands?|languages?|depots?|premises)`;

export default phraseRule({
  id: 'scope-creep/wider-service',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.75,
  reason: WIDER_SERVICE_REASON,
  patterns: [
    // The client's errands handed over: "could you take care of ordering the plants from the nursery", "would you
    // handle booking the caterers".
    /\b(?:(?:could|can|would|will) you(?: also| please| maybe)?|(?:we'?d|i'?d|we would|i would) (?:like|love|need) you to(?: also)?) (?:take care of|handle|sort out|deal with|look after|be in charge of) (?:ordering|buying|purchasing|booking|sourcing|collecting|picking up|hiring|chasing) (?:the|our|all|some|a|an|new)\b(?! (?:[a-z-]+ )?(?:meeting|room|call|slot|table|taxi|cab|flights?|hotel|train|tickets?|invoices?|payments?)\b)/,
    // A standing role handed over: "could you be the staff's go-to person for their laptops", "we'd like you to take
    // on coordinating the caterers".
    /\b(?:(?:could|can|would|will) you(?: also| please| maybe)?|(?:we'?d|i'?d|we would|i would|they'?d) (?:like|love|need) you to(?: also)?) (?:be (?:our|their|the (?:[a-z]+ )?[a-z]+'s|the [a-z]+|his|her|my|everyone'?s) (?:go-to|point of contact|first port of call|first line of support|main contact|contact person)(?: person| guy| gal| contact)? for|take on (?:managing|running|coordinating|overseeing|handling|looking after|supervising|organi[sz]ing|the (?:management|running|coordination|supervision|organi[sz]ation) of))\b/,
    // "bring my two co-founders into our sessions", "add a third person to the workshops".
    new RegExp(
      String.raw`\b(?:bring|add|include|invite|let|get|have)(?: in)? ${WHO} ?${PEOPLE}(?: in| along| too| as well)? (?:in(?:to)?|to|on|onto|for|at) (?:our|the|my|your|these|those|future|upcoming|remaining|all|every|each|next)(?: [a-z-]+){0,2} ${SESSIONS}\b`,
    ),
    // "could my partners join our calls from now on?", "would it be OK if our lead sat in on the workshops too?"
    new RegExp(
      String.raw`\b(?:could|can|may|might|would|will|if|that|ok for|okay for|fine for|mind if) (?:my|our) (?:[a-z-]+ ){0,3}?${PEOPLE} (?:also |too |as well )?(?:join|joined|attend|attended|sit in on|sat in on|come to|came to|take part in|took part in|be part of|be in on|tag along to|dial into|dial in to)(?: all| each| every| the| our| your| these| future| upcoming| remaining| next| weekly| monthly)*(?: [a-z-]+)? ${SESSIONS}\b`,
    ),
    // More sessions than booked: "add a second session each week", "an extra call every month".
    new RegExp(
      String.raw`\b(?:add|adding|book|fit in|squeeze in|have|schedule)(?: in)? (?:a second|a third|another|an extra|an additional|one more|two more|a couple more|more|extra|additional) (?:[a-z-]+ )?${SESSIONS} (?:a|per|each|every) (?:week|month|fortnight)\b`,
    ),
    // A new task put into the freelancer's remit.
    new RegExp(
      String.raw`\b(?:add|adding|put|fold|include|bundle)\b[^.?!\n]{1,50}\b(?:to|into|in|under) (?:your|the|our) (?:current |existing |monthly |agreed )?${REMIT_ADD}\b`,
    ),
    // Something new slipped into the agreed whole: "let's include a short explainer video in the package".
    new RegExp(
      String.raw`\b(?:include|includ(?:e|ing)|add|squeeze|fold|bundle|integrate|throw|slip)(?: in)? (?:a|an|some|a few|a couple of|two|three|another|an extra|extra) [a-z -]{2,40}?\b(?:in|into|with) (?:the|this|our) (?:package|project|deal|price|fee|bundle)\b(?! (?:kick-?off|meeting|call|plan|timeline|schedule|folder|channel|budget|manager|board|chat)\b)`,
    ),
    new RegExp(
      String.raw`\b(?:extend|expand|widen|broaden|stretch|enlarge) (?:your|the|our) (?:current |existing |monthly |agreed )?${REMIT_ADD} (?:to (?:cover|include)|so (?:that )?it (?:covers|includes)|to (?!(?:the )?(?:end|start|beginning|middle|close)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d|next\b|another\b))\b`,
    ),
    // More people than booked: "we'd like the training to include all 40 staff, not just the managers".
    new RegExp(
      String.raw`\b(?:the|your|this|our) ${SESSIONS} (?:to |should |could |would |will |now )?(?:include|cover|be open to|be for|open(?:ed)? (?:up )?to|extend to) (?:all|the whole|every|our entire|the entire|everyone|everybody|all of)\b[^.?!\n]{0,25}?\b(?:${PEOPLE}|everyone|everybody)\b(?=[^.?!\n]{0,40}\b(?:instead of|not (?:just|only)|rather than|as well|too|on top)\b)`,
    ),
    // The same work spread to more places: "extend the audit to our Leeds and York branches".
    new RegExp(
      String.raw`\b(?:extend|expand|widen|broaden|stretch|roll out|apply|replicate|repeat) (?:the|your|this|that) (?:[a-z-]+ )?${STUDY} (?:to|across|over|at) (?:all |both |each of |every one of |the rest of )?(?:our|the|other)\b[^.?!\n]{0,30}?\b${PLACES}\b`,
    ),
    new RegExp(
      String.raw`\b(?:could|can|would|should|might) (?:the|your|this|that) (?:[a-z-]+ )?${STUDY} (?:also (?:cover|include|take in|extend to|look at)|(?:cover|include|take in|extend to) (?:all |both )?(?:our|the) (?:[a-z-]+ ){0,2}?(?:other|additional|remaining|new|extra|two|three|four|\d+))\b[^.?!\n]{0,30}?\b${PLACES}\b`,
    ),
    new RegExp(
      String.raw`\b${STUDY}\b[^.?!\n]{0,30}\bbe (?:also )?(?:extended|expanded|widened|broadened|rolled out) (?:to|across) (?:all |both )?(?:our|the|other)\b[^.?!\n]{0,30}?\b${PLACES}\b`,
    ),
    // The same service on one more channel or for one more person: "could you post there as well?",
    // "could you also help my nephew with his thesis?"
    /\b(?:could|can|would|will)\s+you\s+(?:also\s+)?(?:post|publish|share|manage|handle|cover|run|moderate|look after|take care of)\s+(?:\w+\s+){0,3}?(?:there|on (?:it|that|them)|on (?:our|the|their) [a-z]+)\s+(?:as well|too)\b/,
    // The same service made for someone else: "you can do him a quick one too", "could you write my brother one as well?"
    /\b(?:(?:could|can|would|will)\s+you|you\s+(?:can|could)|maybe\s+you\s+could)\s+(?:also\s+|just\s+)?(?:do|make|write|draw up|put together|prepare|design|build|create|whip up|knock up|plan|map out)\s+(?:him|her|them|(?:my|our|his|her|their)\s+[a-z]+)\s+(?:a|an|one|the same|something|his own|her own|their own)\b[^.?!\n]{0,30}\b(?:too|as well|also)\b/,
    /\b(?:could|can|would)\s+you\s+also\s+(?:help|coach|tutor|mentor|train|support)\s+(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:with|for|on|through)\b/,
  ],
  unless: [
    // Paid or booked as such, or taken off the remit.
    /\b(?:quote|estimate|we(?:'ll| will) pay|happy to pay|extra fee|paid separately|charge (?:us|me)|bill (?:us|me|it)|how much|at your (?:usual|normal|standard) rate|as agreed|as (?:per|in) the (?:package|contract))\b/,
    // Paperwork and mailing lists are not the service: "add my colleague to the invoice emails".
    /\b(?:invoices?|billing|mailing list|cc|copy|loop|email list|distribution list|contract signing|sign the contract)\b/,
    /\b(?:remove|take (?:off|out)|drop|no longer)\b/,
  ],
  examples: {
    fires: [
      'Could you take care of ordering the shrubs from the nursery?',
      "We'd need you to handle booking the caterers and the marquee.",
      "Could you be the sales team's go-to person for their laptop problems?",
      "We'd like you to take on coordinating the caterers and the florist for the event.",
      'Would you also be our first port of call for website glitches?',
      'Could we bring our head of sales into the weekly coaching calls from now on?',
      'Can we add two interns to the remaining workshops?',
      'Would it be okay if my business partner joined all our mentoring sessions too?',
      'Could we add an extra call every week until launch?',
      "We'd love to add the podcast editing to your monthly retainer.",
      "Let's squeeze a couple of product animations into the project.",
      'Can we extend your remit to cover the customer newsletter?',
      'From June, could my three associates attend the masterclasses?',
      'We opened a TikTok account; from Monday could you publish on it too?',
      'Could you also coach my sister through her portfolio review?',
      'Could we extend the accessibility review to all our regional offices?',
      'Would it be possible for the survey to be rolled out across our other depots?',
      'Could the inventory also cover the two warehouses in Kent?',
      'My flatmate loved her new CV, could you write my brother one as well?',
      'Could the workshops be open to all our staff rather than the board only?',
      'You could make them a little diet plan too, they would love it.',
    ],
    quiet: [
      'Could you take care of booking the meeting room for our call?',
      "Don't worry, we'll handle ordering the prints ourselves.",
      'Could you be our point of contact for the invoice questions?',
      'Our office manager will be your go-to person for access badges.',
      "We'd like you to take on the project from May, as per your proposal.",
      'My business partner will join the Tuesday call to sign the contract.',
      'Could you add my colleague to the invoice mailing list?',
      'Our coaching sessions are going really well, thank you!',
      'As agreed in the package, our two interns will attend the workshops.',
      "Let's take the newsletter off your retainer from May.",
      'Could we add an extra call next week? I can pay at your usual rate.',
      "Please add the new photos to the brief, they're in the shared folder.",
      'Could you add the barcode to the package artwork?',
      'As agreed, the audit covers both our branches.',
      'Last year we extended the review to our subsidiaries ourselves.',
      'Could you make them a copy of the plan too?',
      'As agreed in the package, the coaching covers the whole team, not just the founders.',
      'You can do her a quick invoice too, she pays on her own.',
      "We'd like to extend your retainer to the end of June.",
      'Could you include a copy of the brand guide with the package you send the printer?',
      "Let's include a short call in the project kickoff next week.",
      'Could you also send the files to our printer?',
      'Could you post there as well, at your usual rate of course?',
    ],
  },
});
