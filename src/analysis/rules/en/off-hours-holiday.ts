import { sentOn } from '../../rule.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { PAST_FAVOUR } from './urgency-urgent.ts';

/** Asks for work on a public holiday or over the holidays. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/holiday',
    category: 'off_hours',
    lang: 'en',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work on a public holiday or over the holidays.',
      fr: 'Vous demande de travailler un jour férié ou pendant les fêtes.',
    },
    cue: /ascension|whit|pentecost|patrick|may day|bank holiday|luther|presidents|columbus|saint-jean|jean baptiste|national day|christmas|xmas|new year|thanksgiving|easter|boxing|good friday|holiday|labou?r day|memorial|independence|july|canada day|victoria day|remembrance|veterans|juneteenth|festive|festival|long weekend|diwali|eid|hanukkah|yom kippur/,
    patterns: [
      /\b(?:on|over|during|through|for|by|before|until|across) (?:the )?(?:christmas(?: day| eve| break| period| week)?|xmas(?: day| eve)?|new year'?s(?: day| eve)?|thanksgiving(?: day| weekend| break)?|easter(?: sunday| monday| weekend| break)?|boxing day|good friday|bank holiday(?: monday| weekend)?|(?:the )?(?:public|national|federal) holiday|labou?r day|memorial day|independence day|(?:the )?4th of july|july 4th|canada day|victoria day|remembrance day|veterans day|juneteenth|the holidays|the holiday(?: (?:weekend|period|break)|(?=\s*(?:[.,;:!?)]|$|itself\b|too\b|as well\b)))|the festive (?:period|season|break)|the long weekend|diwali(?: morning| day)?|eid|hanukkah|yom kippur|lunar new year|chinese new year|ascension(?: thursday| day)?|whit(?:sun)? monday|pentecost(?: monday)?|st\.? patrick'?s day|(?:the )?(?:early )?may (?:day )?bank holiday|the spring bank holiday|(?:the )?summer bank holiday|martin luther king day|presidents'? day|columbus day|saint-jean(?:-baptiste)?|st\.? jean baptiste day|national day)\b(?!\s+(?:appeal|campaign|sale|sales|market|menu|party|parties|edition|issue|cards?|range|collection|windows?|display|newsletter|promo|promotion|ads?|posts?|special|drive|fundraiser|concert|fair|show|catalogue|stock|lights|tree|orders?|rush|gift|gifts|hamper|hampers|boxes|box|shoppers|launch)\b)/,
      /\b(?:i know|even though|although|despite|i reali[sz]e|i'?m aware|even if) (?:it'?s|it is|that'?s|that is|it'?ll be|it will be|is|will be) (?:a |the )?(?:public |bank |national |federal )?(?:holiday|festival|christmas(?: day| eve)?|thanksgiving|easter(?: sunday| monday)?|diwali|eid|hanukkah|new year'?s?(?: day| eve)?|memorial day|labou?r day|independence day|canada day|victoria day|boxing day|good friday|juneteenth|presidents'? day|columbus day|veterans day|remembrance day|martin luther king day)\b/,
      // The days between the holidays: "between Christmas and New Year", "in the week between Christmas and New Year's".
      /\bbetween (?:christmas|xmas|boxing day)(?: day)? and (?:the )?new year(?:'?s)?(?: day| eve)?\b/,
      // The day set for the job is a holiday: "the only date they can do is Easter Monday".
      /\b(?:is|falls on|would be|will be|that'?s|it'?s) (?:on )?(?:ascension (?:thursday|day)|whit monday|christmas (?:day|eve)|boxing day|new year'?s (?:day|eve)|easter (?:sunday|monday)|good friday|thanksgiving(?: day)?|labou?r day|memorial day|independence day|canada day|victoria day|juneteenth|(?:a |the )?(?:bank|public|national|federal) holiday)\b/,
    ],
    unless: [
      // Holiday work recalled: "last Easter you had to finish it all", "thanks for rescuing us over the holidays".
      PAST_FAVOUR,
      /\blast (?:christmas|easter|new year'?s?|thanksgiving|bank holiday|holidays?|boxing day|july 4th|fourth of july)\b/,
      // The ask steers around the holiday: "Friday is a bank holiday, so could you send it Thursday?"
      // "Before" steers only when it names the holiday or stands alone; "out before the newsletter" sets a deadline.
      /\b(?:instead|earlier|after|beforehand|the day before)\b|\b(?:before|ahead of) (?:then|that|it|(?:the )?(?:christmas|xmas|new year|thanksgiving|easter|boxing day|good friday|bank holiday|holidays?|break|long weekend|(?:public |national |federal )holiday|memorial day|labou?r day|independence day|canada day|july 4th|the 4th))\b|\bbefore(?=\s*(?:[.,;:!?)]|$))/,
      /\b(?:keep in touch|visit|see (?:you|each other)|get together|celebrate)\b/,
      // A release: "you can relax over Christmas, nothing is due until January".
      /\b(?:relax|rest|unwind|switch off|recharge|nothing (?:is )?(?:due|needed|required|expected)|no work)\b/,
      /\b(?:merry|happy|enjoy|have a (?:great|good|nice|lovely)|wish(?:ing)? you|season'?s greetings)\b/,
      /\b(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|the office is|our office (?:is|will be)|office will be) (?:away|off|out|closed|offline|unavailable)\b(?![^.?!\n]*\b(?:that (?:same )?day|take advantage)\b)/,
    ],
    examples: {
      fires: [
        // The subject left out, as writers in a second language do.
        'Could you deliver the subtitles on the 25th? I know is Christmas, sorry!',
        'Even if is a bank holiday, could you keep the shop online on Monday?',
        'Could you hand over the translation on Ascension Thursday?',
        'Could you get the edits done over Christmas?',
        'We need the site live on Thanksgiving Day, can you be around?',
        'I know it is the festival, but please make the last changes on the 20th.',
        'Can you push the update on the bank holiday Monday?',
        'The venue is only free on Boxing Day, could we have you on site to install the displays?',
        'Kindly complete the task during the holidays itself.',
        'Is there any way you could mix the new jingle over the holiday?',
        "We're closed on Independence Day, could you install the shelves that same day?",
        'Would it be possible to finish the brochure between Christmas and New Year?',
        "Could you run the migration in the quiet days between Xmas and New Year's?",
        // A deadline in the same sentence does not steer the work off the holiday.
        'The client wants it live before the Friday mailing, so could you build it over the Easter weekend?',
        'If you could squeeze the fixes in over Christmas so we can ship before the January sale, that would be ideal.',
        "Any chance you could review the deck on Monday? I know it's Labor Day.",
      ],
      quiet: [
        'I know is Christmas soon, enjoy the break!',
        // The sender's own work over the holidays.
        ...sentOn(
          '2026-12-01T11:00:00-05:00',
          'The deadline stays at the 19th so we can print over the holidays. Could you confirm the sizes?',
        ),
        'Last Easter you had to finish the whole shop over the bank holiday weekend, we still owe you.',
        'Merry Christmas and see you in January!',
        // The holiday names a campaign, a sale or a product, not a day of work.
        'Could you add a donate button? It would be a big help for the Christmas appeal.',
        'Can you design three banners for the Easter sale?',
        'Could you draft the copy for the Thanksgiving menu by next Friday?',
        'Would you quote for a landing page for the holiday gift boxes?',
        'Please send ideas for the Christmas window display when you can.',
        'Can you set up the mailing list for the New Year newsletter?',
        "We're closed over the holidays, so please send the invoice before.",
        "Let's pick this up after Easter, no rush.",
        'Friday is a bank holiday, so could you send the proofs on Thursday instead?',
        'You can relax over Christmas, nothing is due until January.',
        "We're all off for Thanksgiving, nothing needs doing, please don't check in.",
        "We're closed between Christmas and New Year, so please send the invoice before.",
        'Enjoy the days between Christmas and New Year, nothing is due until the 5th.',
        'Could you send the files before Easter so the printer has them?',
        'The office shuts for the bank holiday, so could you deliver before then?',
      ],
    },
  }),
  1,
);
