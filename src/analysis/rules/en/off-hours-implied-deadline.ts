import { impliedOffHoursRule } from '../../deadlines/implied-off-hours.ts';
import { sentOn } from '../../rule.ts';
import { unlessGuest } from '../shared/guest-invite.ts';
import { withoutTimecodes } from '../shared/media-timecode.ts';

/** A deadline or meeting time that, given when the mail came, can only be met off hours. */
export default unlessGuest(
  withoutTimecodes(
    impliedOffHoursRule('en', {
      fires: [
        // A wish relayed for someone else; a negation kept inside its parenthesis.
        ...sentOn(
          '2025-11-21T18:47:00-05:00',
          "They'd like it by 8am Monday when their office opens.",
          'I realise Monday is early, but could it be in my inbox by 7am that day?',
          'We would need the deck (the short one, not the old draft) back ahead of our 7:30 meeting on Monday.',
        ),
        // A bare day of the month that is a Saturday; a slot given in bare hours that runs into the evening.
        ...sentOn('2025-12-09T14:00:00+00:00', 'Could you join the stock count on the 27th?'),
        ...sentOn('2026-03-10T10:00:00+00:00', 'Could you be at the launch on the Thursday from 6 until 10?'),
        // Monday early, or a feasibility question as the ask, sent on Friday evening.
        ...sentOn(
          '2026-03-13T18:40:00+00:00',
          'Could the edits be in my inbox on Monday early?',
          'The banners have to reach the printer by 7am Monday. Is that doable?',
        ),
        {
          text: 'Great, send me the edits later today and I will read them on the train.',
          sentAt: '2026-03-14T10:20:00-05:00',
        },
        { text: 'Could you have the report ready for Monday 8am?', sentAt: '2026-03-13T19:00:00+01:00' },
        { text: 'Please send the revised deck by tomorrow morning.', sentAt: '2026-03-10T20:15:00+00:00' },
        // The sender's plan after the time is why it is needed, not the sender's own moment.
        {
          text: "I need them by 8am tomorrow, I'll show them to the board at breakfast.",
          sentAt: '2026-03-10T20:15:00+00:00',
        },
        { text: "Can we do the call at 9pm? It's the only slot I have.", sentAt: '2026-03-10T11:00:00-05:00' },
        { text: 'Can you look at it today?', sentAt: '2026-03-14T10:00:00+00:00' },
        // An ideal said as the sender's wish: the work still lands before the week starts.
        { text: 'Ideally the proofs would be in my inbox by 7am Monday.', sentAt: '2026-03-13T18:10:00+00:00' },
        {
          text: "Ideally I'd get the slides by 7:30 tomorrow, before the team arrives.",
          sentAt: '2026-03-10T19:00:00+00:00',
        },
        // The event in one sentence, the ask to run or attend it in the next.
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          "We'd love you to run the workshop for our members. It's Saturday 10am to 1pm.",
          'Our shop opening is this Sunday 8am. We need you there to set up the shelves.',
          'The product launch is Sunday at 9pm. Could you host it on your side?',
          'Our webinar runs Saturday from 10 to 4. Would you moderate it?',
          'the event is sunday 8pm. you can present it for us?',
          // Being on the call, or running the sessions, named in the follow-up.
          'The server move is set for Sunday night from 10pm. Could you stay on the Teams call until it is done?',
          'Our bakers only have a gap between midnight and 3am. Could you run those interviews?',
          'The cutover starts Saturday at 6am. Please plan to be on the bridge line with us.',
          // The event's own end ("the races finish around 5") is no request of the reader's.
          'Our regatta is this Saturday at the lake, launches 8am and the races finish around 5. Could you come and photograph it?',
        ),
        {
          text: 'Is it possible we do the meeting for the kitchen plans on Sunday morning at my place?',
          sentAt: '2026-03-10T13:00:00+01:00',
        },
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          'The crew gets here tomorrow at 7am, could you be there to let them in?',
          'The sprint demos happen Sundays at 10am, and you are expected on them.',
        ),
        // A late time of the sender's, and the reader asked to call then.
        {
          text: 'I only get home around 10pm tonight. Ring me then and we can go over the budget.',
          sentAt: '2025-10-14T16:20:00+01:00',
        },
        // Attending a weekend slot said as an expectation, or work on that very day.
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          'The tastings run on Sunday mornings, and you are expected at each of them.',
          'We hold the beach clean-ups on Saturday mornings. We would need you to photograph each one.',
          'Our menu tastings are on Sunday afternoons from 2 to 5. We will need you at all of them.',
          'The board reviews the plans on Saturday morning at 10; your presence is expected.',
          'The street fair is on Saturday. Could you post the stories from the stands that day?',
          'Could you accompany the choir at our spring gala? It is on Saturday 9 May at 7pm.',
          // "It'd be great to have you at the booth": being there said as a wish, in the next sentence.
          "Our open day is Saturday 8 November. It'd be grand to have you on our stand all day.",
          "The book fair is on Sunday 8 November. It'd be great to have you at the booth to sign copies.",
          "Our pop-up runs on Saturday 14 November. We'd love to have you on the door with us from 10 to 4.",
        ),
      ],
      quiet: [
        // An ordinal that is no day, a bare working day of the month, a slot of bare hours inside the working day.
        ...sentOn(
          '2025-12-09T14:00:00+00:00',
          'Could you send the floor plan for the 3rd floor by Thursday?',
          'Would the 16th work for you for the call?',
        ),
        ...sentOn('2026-03-10T10:00:00+00:00', 'Could you be at the studio on Thursday from 9 until 5?'),
        // The reader's agreed first day, even a public holiday: a start told, no work asked for that day.
        ...sentOn(
          '2025-08-27T16:00:00-04:00',
          'A few notes before you start on Monday: the door code and who to ask for.',
        ),
        // Early afternoon is working time.
        ...sentOn(
          '2026-03-13T18:40:00+00:00',
          'Could you send it Monday early afternoon?',
          'Is that doable? We could look at Tuesday or Wednesday for the call.',
        ),
        // The sender's own time, or a wish for the reader's.
        ...sentOn(
          '2026-09-04T17:10:00-04:00',
          "I'll spend the weekend pulling the figures together (my choice, I want a quiet week after), and I'll send everything on Monday.",
          "I can work around your diary, I'm in the workshop from 5am so afternoons suit me better.",
          "Have a restful weekend, and please go and do something that isn't spreadsheets!",
        ),
        // Something that reaches the reader by then, with nothing for them to do.
        ...sentOn(
          '2026-03-13T17:30:00-05:00',
          'The transfer went out this afternoon, you should have it by tonight.',
          "The signed contract is with the courier; you'll get it Saturday morning.",
          'I posted the samples today, they should reach you by Sunday.',
          'You will receive the login details tonight, no need to chase.',
        ),
        // A guest invited to a party, told outright it is not work.
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          "Our launch party is on Saturday at 7pm! You're not working, we'd just love you there as our guest.",
          'The gallery opening is Sunday at 6pm. Come as my plus-one, no work involved.',
          "We're hosting a barbecue on Saturday at 1pm. You won't be working, just come and eat.",
          "The premiere is Friday at 8pm. We'd love you there as our guest, leave your camera at home.",
          "Our first live show is on Saturday evening at 9pm. Not as a gig, purely for fun, we'd love you to come.",
          "The studio's birthday drinks are on Sunday at 5pm. You're off the clock, just come along.",
        ),
        // A colon clock in a recording is a place in it, not a late hour.
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          "In episode 12 there's a pop around 22:40, could you clean it up?",
          'The video freezes at 21:15, can you re-export it?',
          'On the podcast, please trim the silence at 23:05.',
          'Track 2 clips at 19:30, could you bring the level down?',
          'The footage jumps at 20:12, can you smooth that cut?',
          "In the audio, the guest's mic drops out at 1:02:45, could you patch it?",
          "The trailer's music swells too early at 21:50, can you move it?",
        ),
        // A third party's own evening, the reader's work due in the afternoon.
        {
          text: 'The print shop closes its orders tonight, so could you send the file by 2pm?',
          sentAt: '2026-03-10T10:00:00+00:00',
        },
        ...sentOn(
          '2026-03-10T10:00:00+01:00',
          'Please get us the final PDFs by 3 today, the printers are in tomorrow at 6.',
          'Could you also send an evening view of the terrace with the lights on?',
          "We'd love a night render of the facade for the brochure.",
          'Can you add a morning shot of the beach to the set?',
        ),
        { text: 'Her test is on Friday and she has to revise the notes tonight.', sentAt: '2026-03-10T10:00:00-05:00' },
        {
          text: 'The courier comes at 3pm tomorrow. Call me then if anything is missing.',
          sentAt: '2025-10-14T16:20:00+01:00',
        },
        // Someone else's early or weekend moment, the ask in a later clause with its own time.
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          'Our photographer lands on Saturday at 6am; could you email me the shot list when you get a chance?',
          'The tilers start tomorrow at 7am, so could you send me the grout colours this week?',
          'Could you run the workshop again next month? Last time it was Saturday morning and people loved it.',
          "I'll go through the drafts tonight and send you my notes tomorrow.",
          'The conference is on Saturday. Could you present the results to our board next week?',
        ),
        { text: 'Could you have the report ready for Monday 8am?', sentAt: '2026-03-09T10:00:00+01:00' },
        { text: 'Can we have a quick call on Tuesday at 2:30pm?', sentAt: '2026-03-12T16:00:00+00:00' },
        { text: 'Please send the revised deck by Thursday.', sentAt: '2026-03-10T20:15:00+00:00' },
        { text: "No need to have it ready for Monday 8am, Wednesday's fine.", sentAt: '2026-03-13T19:00:00+01:00' },
        { text: 'Please dial in to our Monday 8am team sync every week.', sentAt: '2026-01-14T10:00:00-05:00' },
        {
          text: "I'll send you the full brief tonight so we can talk on Thursday.",
          sentAt: '2026-03-10T11:00:00+00:00',
        },
        ...sentOn(
          '2026-03-13T19:30:00+00:00',
          'Going forward please join our 9:30 check-in each weekday.',
          'From now on, please copy me on every quote you send.',
          'Please be reachable Monday to Friday, 9 to 5.',
        ),
        {
          text: "You'll be online on Teams from 7:30 to 5, like the rest of the team.",
          sentAt: '2026-03-10T10:00:00-05:00',
        },
        ...sentOn(
          '2026-03-10T09:30:00+01:00',
          'Please tell me in the evening when you finish and in the morning when you start.',
          'The fee covers the train and one night at the hotel, could you confirm?',
        ),
        ...sentOn(
          '2026-03-10T10:00:00-05:00',
          'Our webinar runs Saturday from 10 to 4. Could you send the slides by Wednesday?',
          'The launch party is Sunday at 9pm. Do come along if you are free, no obligation!',
          'The server move is set for Sunday night from 10pm. You do not need to be on the call, we will run it ourselves.',
          'Our bakers only have a gap between midnight and 3am, so we will run those interviews in-house.',
        ),
        // A group named by a time of day, as an audience or a reason: no moment asked.
        ...sentOn(
          '2026-03-10T10:00:00+00:00',
          'Could you add Portuguese captions? A third of the night crew are from Porto.',
          'Please make the font bigger, the evening staff read it on small phones.',
          'Can you print it on A3? Our night porters pin everything on the board.',
          'Could you simplify the safety poster, as the night shift keeps skipping step four?',
          'Would you add an audio version for the morning team, who listen in the van?',
          'Please keep the manual short: our night nurses have barely ten minutes to read it.',
          'Could you tweak the rota template? The evening workers asked for bigger boxes.',
          'Can you redo the icons in high contrast, since the night guards use dim screens?',
          // "Tonight" pinned to an hour of the working day is later today.
          'Could you send the quote tonight by 5pm? The committee meets tomorrow.',
        ),
      ],
    }),
  ),
);
