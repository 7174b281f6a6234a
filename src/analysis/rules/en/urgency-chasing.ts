import { phraseRule } from '../../phrase-rule.ts';

/** Chasing within hours or for the umpteenth time: "I sent this two hours ago", "still waiting??". */
export default phraseRule({
  id: 'urgency/chasing',
  category: 'urgency',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Chases you for an answer after a very short wait, as if you had to reply at once.',
    fr: 'Vous relance après une attente très courte, comme si vous deviez répondre sur-le-champ.',
  },
  cue: / ago\b|still waiting|\?\?|reminder|time (?:i'?m |i am )?(?:asking|chasing|writing)|following up|chasing|checking in|why (?:have|haven|did)/,
  patterns: [
    /\b(?:sent|emailed|messaged|texted|called|asked)(?: you)?(?: (?:this|it|that|the \w+(?: \w+)?))? (?:about |over |nearly |almost |like |only )?(?:\d{1,3}|a few|two|three|several|an?|half an?) (?:minutes?|mins?|hours?|hrs?) ago\b/,
    /\b(?:(?:i'?m|we'?re|i am|we are) )?still waiting\b(?=[^.!\n]*\?)/,
    /\b(?:hello|anyone|any news|any update|any updates)\s*\?{2,}/,
    /\b(?:second|third|fourth|final|last|\d(?:nd|rd|th)) (?:reminder|time (?:i'?m |i am )?(?:asking|chasing|writing))\b/,
    /\b(?:following up|chasing(?: you)?|checking in) (?:again|once more|for the (?:second|third|\d(?:nd|rd|th)) time)\b/,
    /\bwhy (?:haven'?t|didn'?t|have you not|did you not) (?:you )?(?:replied|answered|responded|got back|gotten back|written back)\b/,
  ],
  unless: [
    /\b(?:days|weeks|months) ago\b/,
    // Blaming silence in the evening or at the weekend demands reachability; it does not rush a job.
    /\b(?:last night|yesterday|over the weekend|at the weekend|on (?:saturday|sunday)|at (?:[7-9]|1[01]) ?pm|at (?:19|2[0-3])[:.h]\d\d)\b/,
  ],
  negatable: false,
  examples: {
    fires: [
      'I emailed you the new copy 25 minutes ago and still nothing back.',
      'Still waiting on those files?',
      'Hello??',
      'This is my third reminder about the banner.',
      "Why haven't you replied yet?",
    ],
    quiet: [
      'Still waiting for the legal team to approve, will keep you posted.',
      'I sent the brief two weeks ago, just checking it reached you.',
      'Any update on the quote when you get a chance?',
      "Why didn't you answer my messages last night?",
    ],
  },
});
