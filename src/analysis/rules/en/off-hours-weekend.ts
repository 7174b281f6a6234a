import { sentOn } from '../../rule.ts';
import { whenAsked } from '../../deadlines/request-cues.ts';
import { phraseRule } from '../../phrase-rule.ts';
import { THIRD_PARTY_MOMENT } from '../../deadlines/third-party-moment.ts';
import { WISHED_WEEKEND } from '../../deadlines/wished-time.ts';

/** Asks for work or presence at the weekend. */
export default whenAsked(
  phraseRule({
    id: 'off-hours/weekend',
    category: 'off_hours',
    lang: 'en',
    confidence: 0.85,
    reason: {
      en: 'Asks you to work at the weekend, outside your working days.',
      fr: 'Vous demande de travailler le week-end, hors de vos jours de travail.',
    },
    cue: /only option|only way|only time|weekend|saturday|sunday|\bsat\b|7 days|seven days|24\/7/,
    patterns: [
      // "coming to the shop on Saturday afternoon to photograph", "pop by the site on Sunday", "if you dropped by on Sunday to survey"
      /\b(?:come|coming|pop|popping|drop|dropping|swing|swinging|stop|stopping|(?<=\bif (?:you|u) )(?:came|popped|dropped|swung|stopped))\s+(?:by|in|over|round|down|to)\b[^.?!\n]{0,25}?\b(?:on|this|next)\s+(?:saturday|sunday)\b[^.?!\n]{0,40}?\bto\s+(?:shoot|photograph|film|install|set up|fix|check|measure|record|work|hang|paint|help|finish|update|run|look at|see to|survey|assess|quote for)\b/,
      // Soft asks for a slice of the weekend: "if you had a spare hour or two over the weekend", "should you find a free moment on Saturday"
      /\b(?:spare|free|quiet|quick|few|odd|extra) (?:moment|minute|hour|hour or two|couple of hours|hours|half[- ]hour|window|slot|afternoon|morning|evening)s? (?:on|over|during|at|this|next|across) (?:the |this |next )?(?:weekend|saturday|sunday)\b|\b(?:an hour or two|a couple of hours|a few hours|some time|a bit of time|half a day|a morning|an afternoon) (?:over|during|at|on|this|next) (?:the |this |next )?(?:weekend|saturday|sunday)\b/,
      // "weekend" as a time, not a name: "the Weekend Edition", "Weekend Studio" are followed by a noun.
      /\b(?:this|next|over the|during the|through the|throughout the|on the|at the|for the|this coming|over|on|in|in the|at|a|all|the whole|the entire) weekend(?:s)?\b(?=\s*(?:$|[.,;:!?)\n-]|(?:and|or|if|so|too|as well|please|at|for|to|then|even|but|though|because|since|job|work|shift|included|inclusive|if possible)\b))/,
      /\b(?:weekend (?:job|work|shift|working)|(?:including|incl\.?|even) (?:on )?(?:weekends|saturdays?|sundays?|the weekend)|weekends? included|(?:saturdays?|sat) (?:and|or|&|\/) (?:sundays?|sun)|7 days a week|seven days a week|24\/7)\b/,
      /\b(?:to|on|every|most|all) (?:saturdays|sundays)\b/,
      /\b(?:work|working|come in|be in|be available|be online|shoot|deliver|finish|do it|do this|look at it|jump on it)\b[^.?!\n]{0,25}\b(?:(?:on|this|next|by) )?(?:saturday|sunday)s?\b/,
      // "squeeze it in on Sunday", "do the edits Saturday morning", "the weekend is the only option"
      /\b(?:squeeze|fit|slot|do (?:it|this|that|them|the \w+)|(?:knock|bang|churn|crank|bash|whip)(?:ed|ing)? (?:it|them|this|that|these|those|the \w+) (?:out|off|up)|checking in|send|handle|sort|tackle|fix|review|edit|check|update|publish|post|continue|pick (?:it|this|that) up|crack on)\b[^.?!\n]{0,25}\b(?:(?:on|this|next|by) )?(?:saturday|sunday)s?\b(?!'s|\s+(?:edition|paper|supplement|market|league|school|service|brunch|lunch|dinner|party))/,
      /\b(?:the )?weekend (?:is|looks like|seems|would be) (?:the|our) only (?:option|way|time|window|slot|chance)\b/,
      // The moment wished for the reader's work: "the ideal time would be Sunday evening", "best for us is Saturday morning".
      /\b(?:the (?:ideal|perfect|best) (?:time|moment|slot|day)|ideally it|best for (?:us|me)|the ideal)(?: for (?:us|me))? (?:would be|is|'d be)\b[^.?!\n]{0,12}?\b(?:(?:this|on|the) )?(?:saturday|sunday|weekend)\b/,
      // A plain request with the work set on the weekend day itself, whatever the verb: "could you film the ceremony
      // Saturday at 2", "can you pop by on Sunday?". Not a day named as a deadline ("by/before/for Saturday"), a past
      // day or the day of something ("the photos from Sunday"), nor a clause with its own subject or a weekday choice.
      /\b(?:(?:could|can|would|will) (?:you|u)|(?:are|would) you (?:be )?(?:able|free|available|around|up) (?:to|for)|any chance (?:you could|of you)|(?:could|can) we (?:get|have) you (?:to )?)\b(?:(?!\b(?:that|if|when|whether|what|which|who|where|how|because|since|or|we|i|they|he|she|it's|monday|tuesday|wednesday|thursday|friday)\b)[^.?!\n]){1,40}?(?<!\b(?:by|before|until|till|for|from|of|since|after|ahead of|in time for|prior to|last|past) (?:this |the |next )?)\b(?:saturday|sunday)s?\b(?!'s|\s+(?:edition|paper|supplement|market|league|school|service|brunch|lunch|dinner|party))/,
      // The only slot on a weekend, so the reader must come then: "the hall is free only on Sunday, so we'd need you there".
      /\b(?:saturday|sunday|weekend)s?\b[^.?!\n]{0,60}?\b(?:so|which means|meaning|hence|therefore)\b[^.?!\n]{0,20}?\b(?<!n'?t |not |no longer )(?:need|want|expect|require)s?\s+(?:you|u)\s+(?:there|here|then|on site|onsite|in (?:person|the studio|the office)|at (?:the|our)\b|that day|to (?:come|be|attend|join|shoot|film|record|voice|run|host|work)\b)/,
      // A weekend day pinned to a date or an hour, the ask in it or next to it: "it's only free on Sunday 14 May, so
      // can we move it there?", "her one window is this Saturday, 10 to 11am. Could you make a call then?"
      // Not a past meeting ("we met on Sunday the 2nd"), a weekday deadline after it ("send it before Thursday"), nor
      // an invitation as a guest further on.
      /(?<!\b(?:met|was|were|held|had|went|came|did|last)\b[^.?!\n]{0,30})\b(?:saturday|sunday)s?(?![^.?!\n]*\b(?:before|by|until|till|no later than) (?:mon|tues|wednes|thurs|fri)day\b)(?![\s\S]{0,600}?\b(?:guests?|invit\w*)\b)(?: \d{1,2}(?:st|nd|rd|th)?(?: of)? (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b| (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec) \d{1,2}(?:st|nd|rd|th)?\b|,? (?:from |at |between )?\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|to|-|–|and)(?![a-z]))/,
      // "we need you on Sunday for the migration"
      /\b(?:need|want|expect|require)s?\s+(?:you|u)\s+(?:here\s+|in\s+|on site\s+|around\s+|back\s+)?(?:on|this|next|over the|for the)?\s*(?:saturday|sunday|weekend)s?\b/,
    ],
    unless: [
      THIRD_PARTY_MOMENT.en,
      // A business described by its hours: "I run a 24/7 emergency vet hospital", "an around-the-clock helpline".
      /\b(?:a|an|our|my) (?:24\/7|round-the-clock|around-the-clock) (?:[a-z-]+ ){0,3}(?:hospital|clinic|practice|service|helpline|hotline|line|desk|business|company|firm|shop|store|centre|center|pharmacy|garage|operation|facility|team|agency|plumbers?|locksmiths?|bar|gym|diner|cafe)\b/,
      // A business's own hours: "a clinic open 24/7".
      /\bopen\b[^.?!\n]{0,20}?\b(?:24\/7|24 hours|7 days a week|round the clock)\b/,
      // The client's own hours: "we're a 24/7 emergency plumbing firm".
      /\b(?:we are|we'?re|our (?:company|firm|service|team|helpline|shop|store))\b[^.?!\n]{0,50}?\b(?:24\/7|7 days a week|seven days a week)\b/,
      WISHED_WEEKEND.en,
      /\b(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i will be|we will be|the office is|office will be) (?:away|off|out|travelling|traveling|closed|offline|unavailable|at)\b/,
      /\bweekend (?:edition|issue|newsletter|digest|special|sale|getaway)\b/,
      // An event's date told, nothing asked of the reader in it: "the fair takes place on Sunday 14 June".
      /\b(?:takes place|will take place|is taking place|will be held|is being held|is held|falls)\b(?![^.?!\n]*\b(?:you|your|u)\b)/,
      // The weekend is the client's event or a deadline before it: "send it before the fair on Saturday", "our barbecue".
      /\b(?:before|ahead of|in time for|prior to) (?:the |our |my )?\w+(?: \w+)? on (?:saturday|sunday)\b/,
      // The sender's own plan or opening hours: "I'll check it on Sunday", "we're open on Saturdays".
      /\b(?:i|we)(?:'ll| will|'re going to| are going to) (?:check|look|review|do|handle|send|read|test|launch|go|get|sort|deal|finish|take care|print|post|publish)\b[^.?!\n]{0,30}\b(?:saturday|sunday|weekend)|\b(?:ourselves|myself|nothing (?:needed|required) from you)\b/,
      /\b(?:i|we)(?:'ll| will|'m| am|'re| are) (?:be )?(?:checking|working|reviewing|looking)\b/,
      /\b(?:we'?re|we are|(?:the |our )?(?:shop|store|office|studio|gallery|showroom|bakery|restaurant) is|it'?s) (?:open|closed)\b/,
      /\b(?:party|drinks|barbecue|bbq|wedding|birthday|dinner|brunch|picnic|match|concert|open day|open house)\b/,
      // The client releases the weekend the freelancer had planned: "you meant to finish Saturday: no need!"
      /\b(?:no need|needn'?t|don'?t (?:need|have) to|no reason|please don'?t)\b[^.?!\n]{0,30}?\b(?:weekends?|saturdays?|sundays?)\b/,
      /\byou (?:planned|were planning|meant|intended|wanted|were going) to\b(?![^.?!\n]*\b(?:but|however)\b)/,
      // The sender's own past weekend: "we've been living with the drafts over the weekend", "had a good think this weekend".
      // Someone else's too: "the art director had another look at it over the weekend".
      /(?:\b(?:i|we|he|she|they|(?:the|our|my|his|her|their) [a-z]+(?: [a-z]+)?)(?:'ve| have| has| had)?|^(?:just )?)\s*(?:been \w+ing|(?!need\b|(?:need|want|hop|expect|ask|requir|prefer|lik|lov|plann|schedul|book)ed)\w+ed|spent|had|sat|thought|slept|went|took|read|saw|got|did|made)\b[^.?!\n,;]{0,50}?\b(?:over|during|at|on|this|last|all) (?:the )?(?:weekend|saturday|sunday)\b/,
    ],
    examples: {
      fires: [
        "It'd be simplest if you dropped by on Sunday afternoon to survey the loft.",
        // Watching over something through the weekend; the moment wished for the reader's work.
        ...sentOn(
          '2026-03-10T10:00:00+00:00',
          'It would help a lot if you were free to watch over the shop through the weekend.',
          'The ideal time would be Sunday evening, once the kids are in bed.',
        ),
        // An arrangement told in the past, or a past clause before the ask: the weekend is still asked.
        ...sentOn(
          '2026-03-13T16:00:00+00:00',
          "We've booked the hall for Saturday at 9am, could you be there to set up?",
          'I spent all week chasing the printers, could you look at the proofs on Saturday?',
        ),
        // A dated or timed weekend slot, the ask beside it.
        'The gym is only free on Saturday 9 March. Could you run the fitting there?',
        'The board can only meet Sunday 3 March, so would you present the findings?',
        'Our one free slot is this Sunday, 2 to 4pm. Can you take the calls then?',
        'Could you host the tasting? It would be Saturday, from 11am at the vineyard.',
        'Could you pop round to the studio this Sunday to film the new collection?',
        'We booked the venue, could you shoot the launch over the weekend?',
        'Any chance of a couple of hours over the weekend for the menu layout?',
        'If you happen to find a free hour on Sunday, could you look over the captions?',
        'Would you be able to tackle these this weekend?',
        'Any chance you can finish it over the weekend?',
        "We'll need you on call 7 days a week, including Saturdays and Sundays.",
        'We need it live by Monday, even if that means weekend work.',
        'Can you be online on Saturday for the launch?',
        'I know you meant to finish Friday, but could you work on it Saturday?',
        'Any chance you could squeeze it in on Sunday?',
        'Could you do the edits Saturday morning?',
        'We need the files first thing Monday, so the weekend is the only option.',
        'We can pay extra if you could come in on Saturday.',
        'We need you on Sunday for the migration.',
        'pls finish it in weekend',
        'Simplest would be if you banged them out on Sunday while the site is quiet.',
        'It would be great if you could knock these out on Saturday so they are live for Monday.',
        "The gym is only empty on Sunday morning, so we'd need you there then for the shoot.",
        'The marketing team needs cover. That means checking in on Sunday morning too in case orders break.',
        // A plain request with the work set on the weekend day itself.
        'Could you pop by the shop on Saturday?',
        'Would you be able to film the prize-giving Sunday at 3pm?',
        'Could you photograph the show flat on Sunday morning when the light is soft?',
        'Can you run the tasting table Saturday afternoon?',
        'Would you be free to record the choir this Sunday?',
        'Could we get you to repaint the shopfront Saturday, before we open?',
        'Can u come and hang the frames sunday?',
        'Any chance you could walk the site with the architect on Saturday?',
      ],
      quiet: [
        // The client's own news or product hours, and work someone does themselves at the weekend.
        'We were just booked for a craft market in Leeds this weekend and the organisers want a price list from us by Thursday.',
        'It is for our meal kits delivered on Sundays between 5 and 9pm; could you sketch two label ideas this week?',
        'My partner wants to post the specials herself on Saturday mornings, can the site handle that?',
        'Last month you popped round on Saturday to look at the garden, thanks again.',
        ...sentOn(
          '2026-03-10T10:00:00+00:00',
          'If you were around this weekend we could grab a coffee, no work of course.',
          'The ideal time to launch is Tuesday, after the weekend rush has died down.',
        ),
        // A weekend told, not asked: done already, or the date of the client's own event.
        ...sentOn(
          '2026-03-13T16:00:00+00:00',
          'Our crew ended up filming through the weekend. Could you send the invoice when it suits you?',
          'The open day takes place on Sunday 19 April at the old mill, we expect forty stalls. Could you send the quote by Friday?',
        ),
        'The gallery reopens Saturday the 12th from 6pm. Could you come along? You would be our guest, nothing to do.',
        'I run a 24/7 emergency dental clinic and need a new logo. Could you send your rates?',
        'The launch party is on Saturday the 9th, so could you send the banners before Thursday?',
        'We met on Sunday the 2nd and agreed the plan; could you send the minutes on Monday?',
        'The roofing company is stripping the old tiles this weekend, so you can check the beams on Monday.',
        'We run a vet clinic open 24/7; could you quote for a new booking page?',
        'The part where our guest talks about weekend shifts is the best bit; please publish it on the 15th.',
        'Our open house is this weekend and we would love to see you, just cake and no work!',
        "We've been mulling over the three routes over the weekend and we like the second best.",
        'Had a proper think about the names this weekend.',
        'I spent Sunday rereading the chapters, lovely work.',
        "We're a 24/7 emergency locksmith and we'd like a new booking page.",
        'Our helpline runs 7 days a week; we would love a fresh logo for it.',
        'Our art director had another look at the cover over the weekend and has two notes.',
        'My business partner went through the whole draft on Sunday and loved it.',
        'The board read the report over the weekend; could you join a call on Tuesday?',
        'She looked at the mock-ups again this weekend and wonders if the title could be bigger.',
        'Do come by on Saturday to say hello at the open day if you fancy it.',
        'Take a few quiet hours this weekend, you earned them.',
        'Have a nice weekend!',
        "I'm away this weekend, so no rush.",
        'No need to work on the weekend, Monday is fine.',
        'Our weekend edition goes out on Saturday.',
        'Weekend Studio sent the invoice, can you check it?',
        "We're running a stall at the fair this weekend, it'll be fun.",
        "You meant to wrap it up on Sunday? Please don't spend your weekend on it, Wednesday works.",
        'Can you send the banner before the fair on Saturday?',
        'Can you make it to our barbecue on Sunday?',
        'Our shop is only open on Saturday mornings, if you want to drop by some time for a coffee.',
        'I did the shopping on Saturday and loved the new labels you sent.',
        "The Sunday band brings its own engineer, so we won't need you then.",
        "I'll be checking the proofs on Saturday, so could you send them by Friday?",
        "The venue is only free on Saturday, so we'd need you to send the floor plan by Wednesday.",
        'The trade fair is this weekend. Could you send me the brochure PDF on Tuesday?',
        "We'll do the launch on Saturday ourselves, nothing needed from you.",
        'The shop is open on Saturdays from 10, in case you want to drop by.',
        // The weekend day as a deadline, a past day, another clause's subject, or one choice among weekdays.
        'Could you prepare the poster for Saturday?',
        'Can you tell me if Saturday suits you for the key handover?',
        'Could you retouch the pictures we took last Sunday?',
        'Can you check whether the courier comes on Saturday?',
        'Could you mention in the post that the café will be shut on Saturday?',
        'Could you film the interview Thursday or Saturday?',
        'Could you draft the invitation for the party on Saturday?',
        'Could you write up what was said at the meeting on Sunday?',
      ],
    },
  }),
  1,
);
