import { phraseRule } from '../../phrase-rule.ts';

/*
 * A tweak of delivered work measured by a small degree: "bring the bass down a touch", "re-stain it one or two shades
 * lighter", "a bit more warmth on the skin tones", "the shadows a tad less harsh", or a piece wanted back in a
 * changed state ("the glass frosted instead of clear", "a few lines re-read", "the label rotated"). Such measured
 * nudges describe something that already exists: nobody orders new work "a touch lighter". What is nudged must be
 * the work, not a time, a price or the room ("a bit earlier", "the heating down a notch"). Folded text.
 */

/** A small measured amount: "a touch", "a tad", "one or two shades", "a couple of notches", "slightly". */
/** The last word of a measured amount, where the patterns start: "touch", "shades", "slightly", "2 db". */
const UNIT = String.raw`(?:\b(?:touch|tad|bit|hair|smidge|notch|shades?|tones?|notches|stops?|steps?|clicks?|fraction|little|slightly|marginally|db|points?|percent|px|pixels|mm|cm|inch|inches|centimet(?:re|er)s?)|%)`;
const DEGREE = String.raw`(?:(?:just |maybe |only )?(?:a (?:little |tiny |wee )?(?:touch|tad|bit|hair|smidge|notch|shade|fraction|stop|step)|a little|slightly|marginally|(?:one|two|a|a couple of|one or two|a few) (?:shades?|tones?|notches?|stops?|steps?|clicks?|db|points?)|an? (?:half )?(?:inch|centimet(?:re|er))|\d{1,2} ?(?:%|db|px|pixels|mm|cm|percent|inch(?:es)?|centimet(?:re|er)s?)))`;

/** Words in -er that compare a time, a price or nothing: "a bit earlier", "a touch cheaper", "a little over". */
const NOT_LOOK = String.raw`(?:other|over|under|after|ever|never|rather|together|either|whether|later|earlier|sooner|cheaper|easier|dearer|pricier|costlier|busier|longer term|further|farther|closer to|better|number|order|offer|answer|water|paper|letter|folder|member|partner|owner|customer|user|summer|winter|dinner|corner)`;
const COMPARATIVE = String.raw`(?:(?:more|less) (?!(?:than|of|time|money|notice|often|people|work|info|information|budget|hours|days)\b)[a-z-]{3,}|(?!${NOT_LOOK}\b)[a-z]{3,}(?:er|ier))\b`;

/** What a nudge may not be about: time, money, people, places, the office. */
const NOT_WORK = String.raw`(?:price|prices|rate|rates|fee|fees|budget|cost|costs|quote|invoice|bill|payment|deadline|schedule|meeting|call|session|heating|heat|thermostat|air ?con|aircon|lights in|temperature|volume on|pace|workload|hours|expectations|team|kids|staff|car|seat|chair|blinds|window|door|deposit|discount|number of|headcount)`;

/** Turning a dial on the work: "bring … down", "take … back", "knock … up", "pull … in". */
const DIAL = String.raw`(?:bring|take|turn|pull|push|knock|dial|tone|ease|nudge|scale|roll|back|move|shift|bump|pump|crank|drop|ramp|slow|speed|calm|warm|cool|tighten|loosen|open|space|spread|squeeze|trim|cut)`;
const REQUEST = String.raw`(?:could|can|would|will|cld|could|might) (?:you|u|we)|please|pls|(?:'d|would) (?:like|love|prefer)|(?:want|wants|need|needs) (?:you )?to|if you could|any chance (?:you could|of)|(?:is|was) (?:it )?possible to|try|maybe|perhaps`;

/** Participles of doing work again, written without a hyphen. */
const REDONE = String.raw`(?:reread|redone|rerecorded|restained|repainted|reprinted|reshot|retaken|rewritten|reworded|recut|relit|revoiced|redubbed|refinished|revarnished|regraded|recoloured|recolored|recropped|resanded|reglazed|retiled|rehung|resewn|retouched|reedited|remixed|remastered|rerendered|redrawn|redesigned|rebuilt|reorganised|reorganized|restructured|reformatted|resized|reshuffled|rearranged|reordered|realigned|rebalanced|reshaped|respaced)`;
/** The work a request names: a pronoun or a determiner. */
const OBJECT = String.raw`(?:the|it|them|its|their|that|those|this|these|our|your)\b`;
/** One more word of the object, never a time, a price or the room. */
const WORD = String.raw`(?!${NOT_WORK}\b)[a-z'-]+`;
/** "A touch", "a bit", "slightly": the small amount before "more" or "less". */
const SMALL = String.raw`a (?:little |tiny |wee )?(?:touch|tad|bit|hair|smidge|notch|fraction)|a little|slightly|just a (?:touch|tad|bit|hair)`;
/** A piece wanted back in a changed state: "the label rotated", "a handful of lines re-read", "the glass frosted". */
const CHANGED_STATE = String.raw`(?:rotated|flipped|mirrored|tilted|turned round|turned around|straightened|frosted|sanded|stained|varnished|glazed|lacquered|polished|painted|dyed|tinted|hemmed|taken in|let out|shortened|lengthened|lowered|raised|widened|narrowed|slimmed|thinned|thickened|lightened|darkened|softened|sharpened|smoothed|muted|boosted|trimmed|cropped)`;
/** Re- participles that send, book or file again: not a change of the work. */
const NOT_REWORK = String.raw`(?:re-?sent|re-?send|re-?submitted|re-?signed|re-?booked|re-?scheduled|re-?confirmed|re-?invoiced|re-?uploaded|re-?shared|re-?opened|re-?routed|re-?applied|re-?joined|re-?connected|re-?started|re-?installed|re-?activated|re-?enabled|re-?posted|re-?forwarded|re-?assigned|re-?elected|re-?hired|re-?issued|re-?imbursed|re-?funded|re-?newed|re-?turned|re-?leased|re-?ceived|re-?corded|re-?ported|re-?quested|re-?served|re-?solved|re-?sponded|re-?viewed|re-?gistered|re-?moved|re-?placed|re-?tained|re-?quired|re-?lated|re-?fused|re-?plied|re-?paid|re-?stocked|re-?started|re-?checked|re-?tested|re-?visited)`;
/** A verb in a noun phrase makes it a statement: "the room was a touch warmer". */
const VERB = String.raw`(?:is|was|were|are|be|been|looks?|looked|seems?|seemed|feels?|felt|gets?|got|became|sounds?|sounded|ran|runs)`;
/** The piece of work wanted changed: "the glass", "a handful of lines", "the last two takes". */
const PIECE = String.raw`(?:the|its|their|our|your|those|these|a handful of|a few|a couple of|some|two|three|four|five|\d{1,2}) (?!(?:[a-z'-]+ ){0,2}?${NOT_WORK}\b)(?:[a-z'-]+ ){0,3}?`;
const DESIRE = String.raw`(?:wants?|wanted|(?:'d|would) (?:like|love|prefer)|prefers?|needs?|asked for|asking for|hoping for)`;

export default phraseRule({
  id: 'extra-revisions/by-degree',
  category: 'extra_revisions',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Asks to nudge delivered work by a small degree (a touch lighter, a bit lower): another revision round.',
    fr: "Demande de retoucher un travail livré d'un cran (un peu plus clair, un peu plus bas) : un tour de retouches de plus.",
  },
  cue: new RegExp(
    String.raw`${UNIT}|\b(?:more|less) [a-z-]{3,} (?:on|to|in|into|between|around)\b|\b${CHANGED_STATE}\b|\bre-[a-z]{3,}|\b${REDONE}\b`,
  ),
  // Each pattern starts at the measured words (what is highlighted) and checks the request and the object behind
  // them with a lookbehind, so most positions of a message fail at once.
  patterns: [
    // "Could you bring the bass down a touch", "please take the reverb back a notch", "knock it up a tad".
    new RegExp(
      String.raw`\b(?:up|down|back|off|in|out|left|right|over|along) ${DEGREE}\b(?! (?:earlier|later|sooner|before|after)\b)(?<=\b(?:${REQUEST})\b[^.?!\n]{0,30}?\b(?:${DIAL} ${OBJECT}(?: ${WORD}){0,4}? (?:up|down|back|off|in|out|left|right|over|along) ${DEGREE}))`,
    ),
    // "Re-stain it one or two shades lighter", "could you print them a touch bigger", "redo the finish a notch paler".
    new RegExp(
      String.raw`${UNIT} ${COMPARATIVE}(?<=\b(?:${REQUEST})\b[^.?!\n]{0,50}?\b(?:[a-z-]{3,} ${OBJECT}(?: ${WORD}){0,3}? ${DEGREE} ${COMPARATIVE}))`,
    ),
    // "Add a bit more air on the vocal", "give it a touch more warmth", "a little more space between the lines".
    new RegExp(
      String.raw`\b(?:touch|tad|bit|hair|smidge|notch|fraction|little|slightly) (?:more|less) (?!(?:time|notice|money|budget|info|information|warning|lead time|hours|days|people|staff|patience|context)\b)[a-z-]{3,} (?:on|to|in|into|between|around|under|over|behind|at) (?:the|its|their|our|each|every|both|all)\b(?<=\b(?:${REQUEST})\b[^.?!\n]{0,30}?\b(?:(?:add|give|put|get|bring|leave|allow)(?: (?:it|them|the [a-z]+))? (?:${SMALL}) (?:more|less) [^.?!\n]+))`,
    ),
    // "Could the gold foil go a shade warmer?", "can the hem come up an inch", "could the vocal sit a little further back".
    new RegExp(
      String.raw`${UNIT}\b(?! (?:earlier|later|sooner|cheaper|before|after)\b)(?<=\b(?:could|can|would|should|might) (?:the|its|their|this|that|these|those|it|they)\b(?: ${WORD}){0,5}? (?:go|come|be|sit|get|look|feel|sound|read|run|move|shift|drop|fit|end up) (?:(?:up|down|back|in|out|over) )?${DEGREE})(?: ${COMPARATIVE}| further (?:back|forward|up|down|in|out|left|right))?`,
    ),
    // "They want the glass frosted instead of clear after all", "the label rotated so the logo faces the door".
    new RegExp(
      String.raw`\b${CHANGED_STATE}\b(?=[^.?!\n]{0,40}?\b(?:instead|rather than|after all|so (?:that )?(?:the|it|they)|a (?:touch|tad|bit|shade|notch)|slightly|lighter|darker|paler|smaller|bigger|again)\b)(?<=\b${DESIRE} (?:${PIECE}${CHANGED_STATE}))`,
    ),
    // "The SME would like a handful of lines re-read", "the producer wants the chorus re-recorded".
    new RegExp(
      String.raw`\b(?!${NOT_REWORK}\b)(?:re-[a-z]{3,}(?:ed|d|t|n)|${REDONE})\b(?<=\b${DESIRE} (?:${PIECE}(?:re-[a-z]{3,}|${REDONE})))`,
    ),
    // A list of nudges after a colon or a dash: "- the shadows a tad less harsh", "the logo a touch smaller".
    new RegExp(
      String.raw`${UNIT} ${COMPARATIVE}(?<=(?:^|\n|[:;] |\band )[-*•]? ?(?:(?:the|its|their|our)(?: (?!${VERB}\b)${WORD}){1,3} ${DEGREE} ${COMPARATIVE}))`,
    ),
  ],
  unless: [
    // The client doing it themselves, or an example of what they liked.
    /\b(?:ourselves|myself|in-house|we(?:'ve| have) (?:already )?(?:done|fixed|changed))\b/,
    // Hours, pay and people are not the work: "a touch earlier on Fridays", "the rate a notch lower".
    /\b(?:invoice|quote|rate|fee|price|budget|salary|payment|deadline|meeting|appointment|shift|rota)\b/,
  ],
  examples: {
    fires: [
      'Can you pull the kick drum down a notch?',
      'Can you take the reverb on the guitar back a notch?',
      'Please knock the saturation down a tad on the hero shot.',
      'Would you mind stripping the table and re-oiling it one or two tones darker?',
      'Would you be able to redo the finish a couple of shades paler?',
      'Could you print them a touch bigger?',
      'Can you re-grade the sky a bit bluer on the last three frames?',
      'Can you give a touch more sparkle to the top end?',
      'Maybe give it a touch more warmth on the skin tones.',
      "We'd love a little more space between the lines, could you add a bit more room between the paragraphs?",
      'The brand team wants the vase tinted green instead of amber, after all.',
      'They would like the label rotated so the brand name faces the viewer.',
      'Our coach wants a couple of phrases re-recorded in lesson 5.',
      'Our producer wants the last two lines re-recorded with more energy.',
      'Notes from the owner:\n- the shadows a tad less harsh\n- the logo a touch smaller',
      'Could you turn the vocals up 2 dB in the chorus?',
      'Could the gold foil go a shade warmer?',
      'Can the hem on the two jackets come up an inch?',
      'Could the lead vocal sit a little further back in the mix?',
      'The pace feels rushed; could you slow it down a little?',
    ],
    quiet: [
      'Could you bring the kids down a bit earlier on Friday?',
      'Can you turn the heating down a notch when you leave the studio?',
      'Could you come a touch later, say 10?',
      'Could you send it a bit sooner than planned?',
      'Could you bring the price down a touch?',
      'Could you give us a bit more notice next time?',
      'Can you give a little more detail on the invoice?',
      'We want the contract re-signed by both parties.',
      'They would like the documents re-sent to the new address.',
      'We need the files re-uploaded, the link expired.',
      'Could you push the meeting back a little?',
      'The room was a touch warmer than usual today.',
      'Sales are slightly higher this quarter.',
      'We repainted it a shade lighter ourselves last weekend.',
      'Could you keep the invoice a bit simpler this time?',
      'Could the delivery come a bit earlier than Friday?',
      'Could the price come down a touch?',
      'Could you slow down a little when you drive past the school?',
      'I want the flights booked instead of the train.',
    ],
  },
});
