import { phraseRule } from '../../phrase-rule.ts';
import { NOT_A_RUSH } from './urgency-urgent.ts';

/** "ASAP" and its spelled-out, intensified and non-native forms ("at the earliest", "soonest"). */
export default phraseRule({
  id: 'urgency/asap',
  category: 'urgency',
  lang: 'en',
  confidence: 0.9,
  reason: {
    en: 'Asks for it as soon as possible: an open-ended rush with no agreed turnaround.',
    fr: 'Demande un rendu « au plus vite » : une urgence sans délai convenu.',
  },
  cue: /asap|a\.s\.a\.p|as soon as|as (?:fast|quick(?:ly)?) as|quick as|sooner the better|hurry|chop|earliest|soonest/,
  patterns: [
    /\b(?:asap|a\.s\.a\.p\b\.?|as soon as (?:humanly |at all )?possible|as soon as (?:you )?(?:can|are able)|as fast as (?:you can|possible)|as quickly as (?:you can|possible)|the sooner the better|(?:as )?quick(?:ly)? as (?:you can|possible)|please hurry|hurry (?:it )?up(?: please| pls)?|chop[- ]chop|(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weeks|month|months|year|spring|summer|autumn|fall|winter|quarter|tomorrow|morning|afternoon|noon|\d{1,2}(?:st|nd|rd|th|am|pm)?|q[1-4]),? )at the (?:very )?earliest(?! (?:date|time|opportunity)\b)|soonest(?: possible)?|earliest possible)\b/,
  ],
  unless: [...NOT_A_RUSH, /\b(?:trying|working|hoping|holed up)\b/],
  examples: {
    fires: [
      'The last job went fine, but this one we need ASAP.',
      'The last batch was late, so please send this one ASAP too.',
      'Can you send it over ASAP?',
      'We need the files as soon as possible.',
      'Please revert a.s.a.p.',
      'Could you share the revised budget at the very earliest?',
      'Kindly share the final files at the earliest.',
      'Quick as you can please, the client is waiting.',
      'Please hurry, the printer is waiting.',
      "Get it to me as fast as you can, we'll need it today.",
    ],
    quiet: [
      'Our van partner, ASAP Logistics, will collect the boxes on the 12th.',
      'I manage the office at ASAP Plumbing and we need a new flyer, no deadline yet.',
      'The site foreman can be reached through ASAP Scaffold Hire if you need the drawings.',
      'The previous project was ASAP from start to finish; this brochure can take its time.',
      'Last time everything was ASAP, sorry about that; the new catalogue is due in June.',
      'Our IT provider is restoring the mail server ASAP, but it does not affect your work at all.',
      'The host is patching the outage ASAP, no action needed from you.',
      'No rush, but send it as soon as possible next week.',
      'Saparo Ltd sent the invoice.',
      // A date with 'at the earliest' is a floor: no hurry before it.
      "We'd be looking at the first drafts by mid-June at the earliest.",
      'The board meets in two weeks at the earliest, so there is plenty of time.',
      'Delivery on the 14th at the earliest is fine for us.',
      'I run ASAP Removals Ltd in Hull and we need a new logo, could you quote?',
      'We would like you to evaluate the ASAP programme for primary schools.',
      'Please ignore what I wrote yesterday about having the slides as soon as possible; the board moved to May.',
      "I'll get back to you as soon as possible.",
      'We will set these up ASAP on our side.',
      'Shelley would like for me to get these out asap.',
      'Hurry! This offer ends on Friday.',
      'We have been holed up trying to complete the project ASAP.',
      'The board wanted everything ASAP last quarter; this time the plan is relaxed.',
      '"We want the bridge reopened as soon as possible," the mayor said on Monday.',
    ],
  },
});
