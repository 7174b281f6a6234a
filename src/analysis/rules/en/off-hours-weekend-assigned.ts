import { phraseRule } from '../../phrase-rule.ts';

/** A weekend day named as a moment, not as the edge of a deadline ("before Saturday", "from Sunday's fair"). */
const WEEKEND_DAY =
  /(?<!\b(?:before|by|until|till|after|than|since|from|of|ahead of|prior to) (?:the |this |next |a )?)\b(?:saturdays?|sundays?|weekends?)\b(?!'s)/
    .source;

/** Someone the work is given to: the reader, or the freelancers as a group. */
const ASSIGNEE =
  /(?:you|u|freelancers?|editors?|tutors?|moderators?|contractors?|instructors?|teachers?|trainers?|writers?|designers?|each of you|all of you|everyone on the rota)/
    .source;

/**
 * Work placed on a weekend day by constructions that carry the ask themselves: a future assignment ("you'll be
 * covering Saturday and Sunday", "editors will rotate on a Sunday shift"), the easiest way being "if you came on
 * Saturday", a weekend day added to a working window ("8 to 8 every day, Sunday included", "answers within the hour,
 * also at weekends"), a weekly slot moved from a weekday to the weekend, or the weekend as the only slot there is.
 */
export default phraseRule({
  id: 'off-hours/weekend-assigned',
  category: 'off_hours',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Places your work on a weekend day, outside your working days.',
    fr: 'Place votre travail sur un jour du week-end, hors de vos jours de travail.',
  },
  cue: /saturday|sunday|weekend/,
  patterns: [
    new RegExp(
      `\\b${ASSIGNEE}(?:'ll| will| would|'d| must| need to| have to| are to| are expected to|'re (?:going|expected|scheduled|rostered|down) to| are (?:going|expected|scheduled|rostered|down) to)(?: also)? (?:be )?(?!(?:off|away|free|home|closed|able|pleased|glad|happy|back|invited|welcome|paid|enjoy\\w*|rest\\w*|relax\\w*|get|receive\\w*|see|hear|find|have|love|like|want|need|notice|know|invoic\\w*)\\b)[a-z]+\\b[^.?!\\n]{0,40}?${WEEKEND_DAY}`,
    ),
    new RegExp(
      `\\bif (?:you|u) (?:could |can |were able to |would )?(?:come|came|pop|swing|stop|be (?:there|here|around|on site)|do (?:it|this|that|them)|work|shoot|install|set up|deliver|run|start|finish|meet)\\b[^.?!\\n]{0,30}?${WEEKEND_DAY}`,
    ),
    // A weekend day added to a working window; the window is the reader's (you, an answer, a shift) said before it.
    new RegExp(
      `(?:\\b(?:saturdays?|sundays?|weekends?)(?: and (?:sundays?|bank holidays?|public holidays?))? (?:included|inclusive|too|as well)\\b|\\b(?:also|plus|even|as well as) (?:on |at |over )?(?:the )?(?:saturdays?|sundays?|weekends?)\\b(?=\\s*(?:$|[.,;:!?)\\n-]|too\\b|as well\\b|included\\b)))(?<=\\b(?:you|u|your|expect\\w*|answers?|repl(?:y|ies)|respon\\w+|logged|online|available|reachable|on call|cover\\w*|shifts?|moderat\\w*|monitor\\w*)\\b[^.!?\\n]*)`,
    ),
    // A weekly slot of the reader's moved onto the weekend: "your sessions move from Wednesday to Sunday afternoon".
    /\b(?:mov|shift|switch|reschedul|push|bump|chang)\w*\b[^.?!\n]{0,40}?\bfrom (?:the )?(?:monday|tuesday|wednesday|thursday|friday)s?(?: (?:morning|afternoon|evening)s?)? to (?:the |a )?(?:saturday|sunday)s?\b(?:(?<=\b(?:you|your)\b[^.!?\n]*)|(?=[^.!?\n]*\b(?:you|your|attendance|presence)\b))/,
    /\bthe only (?:[a-z]+ ){0,2}?(?:slot|time|day|date|window|option|opening|availability|booking|session)s?\b[^.?!\n]{0,40}?\b(?:is|are|will be|would be|'s)\s+(?:on )?(?:a |the )?(?:saturdays?|sundays?|weekends?)\b/,
  ],
  unless: [
    // The client's own hours or team: "we're open every day, Sundays included", "our staff work weekends too".
    /\b(?:we'?re|we are|our (?:shop|store|office|helpline|service|restaurant|bakery|gallery|studio|site|line|chat)s? (?:is|are))\s+(?:\w+ ){0,3}?(?:open|closed|shut|staffed|available)\b/,
    /\b(?:we|our (?:team|staff|technicians|agents|helpline|service|company|firm)s?)\s+(?:\w+ ){0,2}?(?:work|works|answer|answers|run|runs)\b[^.?!\n]{0,30}?\b(?:weekends?|saturdays?|sundays?|7 days|every day)\b/,
    /\b(?:party|drinks|barbecue|bbq|wedding|birthday|dinner|brunch|picnic|match|open day|open house)\b/,
    /\b(?:have|enjoy|had|nice|good|great|lovely|relaxing|restful) (?:a |the |your )?(?:\w+ )?weekend\b/,
    /\b(?:no need|needn'?t|don'?t (?:need|have) to|no longer|please don'?t)\b/,
    /\bonly (?:[a-z]+ ){0,2}?(?:slot|time|day|date)s?\b[^.?!\n]{0,20}\b(?:closed|shut|off)\b|\b(?:ourselves|myself)\b/,
  ],
  examples: {
    fires: [
      "You'll be covering the help desk Saturday and Sunday from 9am to 6pm.",
      'Tutors will also run the revision clinic on Saturday mornings during exam term.',
      'Writers will rotate on a Sunday-night news shift, about one week in four.',
      'We are both at work all week, so the simplest is if you come on Saturday, or Sunday morning.',
      'It would be a real help if you could be on site this Sunday when the crane arrives.',
      'Please stay logged into the chat from 8am to 8pm each day, Sunday included.',
      'During the sale I expect replies to customers within the hour, also at weekends.',
      'From September your lessons move from Thursday afternoon to Saturday morning.',
      'The only slot the studio has left is on a Sunday.',
      // The only slot named with what it is for, the day set right after: the reader's session falls then.
      'The only recording time the booth has free is Saturday, 9 to noon. Does that suit you?',
      'The only rehearsal slot the hall could give us is Sunday 2 to 6.',
      'Sorry, the only venue booking we managed to get is Saturday the 14th, from 10 to 5.',
      'the only shoot date the model can do is sunday, 8am to 1pm',
      "You're rostered to moderate the forum over the weekend of the launch.",
    ],
    quiet: [
      "You'll get the proofs on Saturday, have a look when you can.",
      "You'll receive the payment before the weekend.",
      "You'll love the photos from Sunday's market.",
      "We're open every day, Sundays included, if you want to drop in.",
      'Our helpline staff work weekends too, so customers always get an answer.',
      'If you could send the files before Saturday, that would be perfect.',
      'The only day we are closed is Sunday, so deliveries are fine any other day.',
      'The only studio day we are shut is Sunday, so book any weekday you like.',
      'The only delivery slot the courier offers is Saturday, so we will sign for it ourselves.',
      "You'll be invited to the opening party on Saturday, no work, just fun!",
      'Have a lovely weekend, you earned it.',
      'No need to answer at weekends, replies on weekdays are fine.',
      'The match moved from Friday to Saturday, so I will be off that day.',
    ],
  },
});
