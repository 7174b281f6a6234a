import { OTHERS_EVENING } from '../../deadlines/implied-off-hours.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { pinnedToWorkingHour } from '../../deadlines/stated-hour.ts';
import { phraseRule } from '../../phrase-rule.ts';
import type { Rule } from '../../rule.ts';
import { THIRD_PARTY_MOMENT } from '../../deadlines/third-party-moment.ts';
import { WISHED_EVENING } from '../../deadlines/wished-time.ts';

/**
 * "Overnight" for the work, not for an event ("before the traffic peaks overnight") or a
 * trip ("an overnight stay", "overnight shipping"). Shared with the short-turnaround rule.
 */
export const WORK_OVERNIGHT =
  /(?<!\b(?:peaks?|peaking|hits?|spikes?|surges?|happens?|arrives?|lands?|runs?|stays?|stayed|grows?|rises?|drops?|changes?|changed|moves?|sits?|ships?|shipped|rains?|snows?|freezes?|parks?|parked|sleeps?|stops?) )\bovernight\b(?! (?:stays?|flights?|trains?|bus|bags?|shipping|courier|post|parking|oats|success|sensation|trips?|guests?|accommodation|hike|camp))/;

/** Asks for work in the evening or at night, or writes late at night for something now. */
const phrases = phraseRule({
  id: 'off-hours/evening',
  category: 'off_hours',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Asks you to work in the evening or at night, after your working day.',
    fr: 'Vous demande de travailler le soir ou la nuit, après votre journée de travail.',
  },
  cue: /\dpm|\d pm|late|all-?nighter|midnight oil|tonight|tonite|evening|night|hours|midnight|bed|i know/,
  patterns: [
    /\b(?:tonight|tonite|this evening|in the evenings?|evenings|late tonight|at night|after (?:work|office|business) hours|after hours|(?:after|outside(?: of)?) your (?:normal |usual |working |office |work )?hours|out of hours|by midnight|before midnight|(?:after|past|at|around) midnight|before (?:you (?:go to bed|turn in|hit the (?:sack|hay)|call it a night|head to bed|sleep))|before bed)\b/,
    WORK_OVERNIGHT,
    // Being on hand late: "on call every night until 11pm", "stay reachable till 10pm", "online each evening".
    /\b(?:you(?:'re| are)?|u|be|being|stay|staying|remain|keep yourself|someone|somebody|a person) (?:\w+ )?(?:on call|on standby|reachable|contactable|available|online|on hand|by (?:your|the) phone)\b[^.?!\n]{0,40}?\b(?:(?:until|till|til|up to|to) (?:(?:9|10|11|12)(?:[:.]\d\d)? ?pm|midnight)|(?:every|each) (?:evening|night))\b/,
    /\bi know (?:it'?s|it is) (?:late|gone \d{1,2}|past \d{1,2}|after \d{1,2}|the middle of the night)\b/,
    // "even if it means a couple of late nights", "pull an all-nighter", "burn the midnight oil"
    /\b(?:late (?:nights|evenings)|a late night|a late one|all-?nighters?|(?:burn|burning) the midnight oil|(?:work|working|stay|staying|keep going) (?:late|into the night|past midnight))\b/,
  ],
  unless: [
    THIRD_PARTY_MOMENT.en,
    // Someone else's evening: "he needs to go through it tonight" ("she needs to see it tonight" still asks).
    OTHERS_EVENING.en,
    // The client's own rush hours: "our busiest hours are evenings, so a morning shoot would be ideal".
    /\b(?:our|their|the (?:shop|store|clinic|bar|restaurant|venue|gym|salon)'?s?) (?:busiest|busy|peak|rush|opening|trading|quietest|quiet)\b[^.?!\n]{0,25}?\b(?:evenings?|nights?)\b|\b(?:we(?:'re| are)|it(?:'s| is)|we get) (?:busiest|busy|packed|rammed|slammed|quiet|quietest)\b[^.?!\n]{0,15}?\b(?:in the )?(?:evenings?|at night)\b/,
    WISHED_EVENING.en,
    /\bgood ?night\b/,
    // Reporting the end of the day (availability_control), not work in the evening: "in the evening when you finish".
    /\bwhen you (?:finish|stop|log off|sign off|clock out|wrap up)\b/,
    /\b(?:last night|yesterday evening|sorry for (?:the|all the|those) late (?:nights|evenings))\b/,
    // Thanks for late hours already worked: "thanks for staying late yesterday to get it out".
    /\b(?:thanks?|thank you|grateful|appreciated?)\b[^.!?\n]{0,20}\b(?:staying|working|stayed|worked) (?:late|into the night|past midnight)\b/,
    /\b(?:i|we|you|you'?d|you had) (?:worked|stayed|was working|were working|have been working|'ve been working|been working|had been working|'d been working) (?:late|into the night)\b/,
    /\b(?:i|we)(?:'ll| will| am going to|'m going to) (?!need|want|expect|have to)\w+/,
  ],
  examples: {
    fires: [
      // The sender's need of the work tonight still asks the reader for it.
      'I need the slides tonight so I can rehearse.',
      'Could you do it outside your usual hours, say after dinner?',
      'We were hoping the edits could happen after your working hours, as the site is quiet then.',
      'The director is flying out and she needs to see the cut tonight, can you export it?',
      'Can you run the migration after midnight when nobody is online?',
      'can u finish the deck tonight pls',
      'Could you reach out in the evenings if something breaks?',
      "I know it's past 10, but could you fix the form now?",
      'Please get it over to me by midnight.',
      'Ship it in this sprint, even if that takes a few late evenings.',
      'Could you stay late on Thursday to get it live?',
      'Could you run the export overnight so it is ready at 8?',
      'During the sale we need you on call each night till 10:30pm.',
      'Please stay reachable on WhatsApp until 11pm while the campaign runs.',
      'During the sale we want someone on standby each night, could you take it?',
      'Could you send the quote tonight by 9pm?',
    ],
    quiet: [
      // The sender's own evening: finishing their own work, or reading what is sent in working hours.
      "Sorry for the late email, I'm closing the quarter's accounts tonight and clearing my inbox while I'm at it.",
      'Send the draft by 4 so I can read it tonight on the train.',
      'My sister prefers to update the menu herself in the evening, after service.',
      'Our helpdesk answers outside office hours too, so customers are covered.',
      'The print shop closes its orders tonight, so could you send the file by 2pm?',
      'Her recital is on Friday and she needs to practise the new arrangement tonight.',
      'Please tell me when you finish in the evening so I can plan the next day.',
      'Have a good evening!',
      "Don't feel you have to answer tonight.",
      "I'll send you the brief tonight.",
      'We spoke last night about the budget, please send the quote.',
      'I worked late on the brief, sorry it came in after hours.',
      'Thanks a lot for staying late to get the release out.',
      'I know you’d been working late, please don’t on my account.',
      'Sorry for the late nights you had last month!',
      'The new shop page has to be up before the orders spike overnight; Thursday afternoon is our slot.',
      'Please book the overnight train to Marseille for the shoot on the 14th.',
      'Our support line is available every evening until 9pm, could you add that to the footer?',
      "I'm reachable until 10pm tonight if you have questions.",
      // The client's own rush hours, not the reader's.
      'Our busiest hours are in the evenings, so could you come for the photos on a weekday morning?',
      "We're packed in the evenings, could you schedule the install for a Tuesday at 10?",
      "The bar's peak time is late evenings; please plan the shoot before noon.",
      // "Tonight" pinned to an hour of the working day: later today, not the evening.
      'Could you send the quote tonight by 5pm? The committee meets tomorrow.',
      'Please upload the files by 4:30pm tonight.',
      'We need the corrected version tonight before 6pm.',
      'Can you get the copy to me tonight at 3pm?',
      'Tonight, before 5 pm, I need the signed form back.',
      'Could you post the update this evening by 17:00?',
      'I need the slides for 2pm tonight at the latest.',
      'Can you finish the contract review tonight around 4pm, before the signing?',
    ],
  },
});

/** The evening words, unless a clock time inside the working day pins them ("ce soir avant 18h", "tonight by 5pm"). */
const rule: Rule = {
  ...phrases,
  find: (context) => phrases.find(context).filter((hit) => !pinnedToWorkingHour(context, hit)),
};
export default whenAsked(rule);
