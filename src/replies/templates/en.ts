import type { LanguageTemplates, RegisterTemplates } from './types.ts';

/**
 * English replies. Stance: respect the client, respect yourself. Each
 * paragraph names the boundary without blame and offers a way forward.
 * Variants go best first; the last one of a sentence must need only slots
 * that always have a value (see `Variants`).
 */
const replies: RegisterTemplates = {
  greeting: {
    warm: ['Hi {firstName},', 'Hi,'],
    neutral: ['Hello {firstName},', 'Hello,'],
    firm: ['Hello {firstName},', 'Hello,'],
  },
  opening: {
    warm: [['Thanks so much for your message!']],
    neutral: [['Thank you for your message.']],
    firm: [['Thank you for your email.']],
  },
  sections: {
    scope: {
      warm: [
        ["I'd be glad to help with the extra pieces too."],
        [
          "They go beyond what we agreed for this project, so I'll put together a short quote for them; as soon as you approve it, I'll fit them into my schedule.",
        ],
      ],
      neutral: [
        ["The additional items you mention aren't part of the scope we agreed on."],
        ["I'll send you a separate quote for them, and I'll schedule them once it's approved."],
      ],
      firm: [
        ['These additions fall outside the scope of our agreement, so I can’t include them in the current project.'],
        ["I'll send you a separate quote, and I'll start on them once it's signed."],
      ],
    },
    revisionsBeyond: {
      warm: [
        ["I'm happy to make these changes."],
        ['Just so you know, this would be the {roundOrdinal} round of revisions, and {quoteRoundsPast}.'],
        [
          "So this round would be billed at my usual rate of {rate}; let me know and I'll get started.",
          "So this round would be billed at my usual rate; I'll send you a quick estimate before I start.",
        ],
      ],
      neutral: [
        ['This would be the {roundOrdinal} round of revisions, and {quoteRoundsPast}.'],
        [
          "I can of course take care of it as additional work, at my rate of {rate}; just confirm and I'll schedule it.",
          "I can of course take care of it as additional work; I'll send you an estimate to confirm first.",
        ],
      ],
      firm: [
        ['This would be the {roundOrdinal} round of revisions, and {quoteRoundsPast}.'],
        [
          'I can do it as additional work, billed at {rate}, once you confirm in writing.',
          'I can do it as additional work, on a separate estimate, once you confirm in writing.',
        ],
      ],
    },
    revisionsWithin: {
      warm: [
        ["I'm happy to make these changes: this will be {withinRounds}."],
        [
          '{ifLastRound}Any changes after this one would be billed at my usual rate of {rate}.',
          '{ifLastRound}Any changes after this one would be billed separately.',
          '',
        ],
      ],
      neutral: [
        ['I can make these changes: this will be {withinRounds}.'],
        [
          '{ifLastRound}Further changes after this round would be billed at {rate}.',
          '{ifLastRound}Further changes after this round would be billed separately.',
          '',
        ],
      ],
      firm: [
        ['I can make these changes: this will be {withinRounds}.'],
        [
          '{ifLastRound}After this round, any further change will be billed at {rate}.',
          '{ifLastRound}After this round, any further change will be billed separately.',
          '',
        ],
      ],
    },
    revisionsUncounted: {
      warm: [
        ["I'm happy to make these changes."],
        [
          'Just as a reminder, {quoteRounds}; any changes beyond that are billed at my usual rate of {rate}.',
          'Just as a reminder, {quoteRounds}; any changes beyond that are billed at my usual rate.',
          "Just as a reminder, changes beyond the rounds included in the quote are billed at my usual rate of {rate}; I'll let you know before we get there.",
          "Just as a reminder, changes beyond the rounds included in the quote are billed separately; I'll let you know before we get there.",
        ],
      ],
      neutral: [
        ['I can make these changes.'],
        [
          'As a reminder, {quoteRounds}; further changes are billed at {rate}.',
          'As a reminder, {quoteRounds}; further changes are billed separately.',
          'As a reminder, changes beyond the rounds included in the quote are billed at {rate}.',
          'As a reminder, changes beyond the rounds included in the quote are billed separately.',
        ],
      ],
      firm: [
        [
          '{quoteRounds}; changes beyond that are additional work, billed at {rate}.',
          '{quoteRounds}; changes beyond that are additional work, billed separately.',
          'Changes beyond the rounds included in the quote are additional work, billed at {rate}.',
          'Changes beyond the rounds included in the quote are additional work, billed separately.',
        ],
        ["If these go beyond them, I'll confirm the cost with you before I start."],
      ],
    },
    urgent: {
      warm: [
        ['I understand this is pressing.'],
        ['I can have it to you {nextSlot}.', 'I can fit it into my next available slot.'],
        [
          'If you really need it sooner, I can try to make room as an exception, with a {rushPercent} rush surcharge.',
          'If you really need it sooner, I can try to make room as an exception, at my rush rate.',
        ],
      ],
      neutral: [
        [
          'The earliest I can deliver it is {nextSlot}.',
          'I can deliver it in my next available slot, within my usual turnaround.',
        ],
        [
          'If it has to be sooner, that would be a rush job, with a {rushPercent} surcharge.',
          'If it has to be sooner, that would be a rush job, billed at my rush rate.',
        ],
      ],
      firm: [
        ['My earliest available slot is {nextSlot}.', 'I can deliver it within my usual turnaround.'],
        [
          'A shorter turnaround is possible only as an exception, with a {rushPercent} rush surcharge, and once you have confirmed it.',
          'A shorter turnaround is possible only as an exception, at my rush rate, and once you have confirmed it.',
        ],
      ],
    },
    offHours: {
      warm: [
        [
          "I work {workingTime}, so I won't be able to work on it {offHoursWhen}, but I can have it to you {nextSlot}.",
          "I work {workingTime}, so I won't be able to work on it {offHoursWhen}, but I'll schedule it for my next working slot.",
        ],
        [
          "If it truly can't wait, I can make an exception this once, with a {rushPercent} surcharge for out-of-hours work.",
          "If it truly can't wait, I can make an exception this once, at my out-of-hours rate.",
        ],
      ],
      neutral: [
        ["My working hours are {workingTime}, and I don't work {offHoursWhen}."],
        ['I can deliver it {nextSlot}.', "I'll schedule it for my next working slot."],
        [
          'Working outside those hours is possible only as an exception, with a {rushPercent} surcharge.',
          'Working outside those hours is possible only as an exception, at my out-of-hours rate.',
        ],
      ],
      firm: [
        ["I work {workingTime} and don't work {offHoursWhen}."],
        ['I can deliver it {nextSlot}.', 'I can deliver it in my next working slot.'],
        [
          'Any exception would carry a {rushPercent} surcharge and needs to be agreed beforehand.',
          'Any exception would be billed at my out-of-hours rate and needs to be agreed beforehand.',
        ],
      ],
    },
    urgentOffHours: {
      warm: [
        ['I understand this is pressing.'],
        [
          "I work {workingTime}, so I won't be able to work on it {offHoursWhen}, but I can have it to you {nextSlot}.",
          "I work {workingTime}, so I won't be able to work on it {offHoursWhen}, but I'll schedule it for my next working slot.",
        ],
        [
          "If it truly can't wait, I can make an exception this once, with a {rushPercent} rush surcharge.",
          "If it truly can't wait, I can make an exception this once, at my rush rate.",
        ],
      ],
      neutral: [
        ["My working hours are {workingTime}, and I don't work {offHoursWhen}."],
        ['The earliest I can deliver it is {nextSlot}.', "I'll schedule it for my next working slot."],
        [
          'A rush job outside those hours is possible only as an exception, with a {rushPercent} surcharge.',
          'A rush job outside those hours is possible only as an exception, at my rush rate.',
        ],
      ],
      firm: [
        ["I work {workingTime} and don't work {offHoursWhen}."],
        ['My earliest available slot is {nextSlot}.', 'I can deliver it in my next working slot.'],
        [
          'Any exception would carry a {rushPercent} rush surcharge and needs to be agreed beforehand.',
          'Any exception would be billed at my rush rate and needs to be agreed beforehand.',
        ],
      ],
    },
    availability: {
      warm: [
        [
          'So that we work well together, here is how I organise my time: I work {workingTime}, and I read my messages during those hours.',
        ],
        [
          "{ifOffHours}I don't work {offHoursWhen}, so I won't be reachable then; if something truly can't wait, we can agree on an exception together.",
          '',
        ],
        [
          'If regular news helps, I can send you a short update once a week, and we can set up a call whenever you need one.',
        ],
      ],
      neutral: [
        ["I'm reachable by email {workingTime}, and I reply within one working day."],
        ["{ifOffHours}I don't work {offHoursWhen}, and I'm not reachable then.", ''],
        ['I can send you a weekly progress update, and we can schedule a call when needed.'],
      ],
      firm: [
        ["As a freelancer, I organise my own schedule: I don't do daily check-ins and I'm not on call."],
        ["{ifOffHours}I don't work {offHoursWhen}.", ''],
        ["I'm reachable by email {workingTime}. I'm happy to send a weekly update and to schedule calls when needed."],
      ],
    },
    price: {
      warm: [
        ['I understand budgets can be tight.'],
        [
          "My price reflects the work involved, so I'd rather keep the amount we agreed; what I can do is adjust the scope so it fits your budget.",
        ],
      ],
      neutral: [
        ['The price in the quote reflects the work involved, and it stands.'],
        ['If your budget is limited, I can suggest a lighter version of the project.'],
      ],
      firm: [
        ["I don't lower my prices for the same scope: the agreed price is the one in the quote."],
        ['If the budget is fixed, we can reduce the scope together.'],
      ],
    },
    payment: {
      warm: [
        [
          "For payment, I'd like to keep to what we agreed: my invoices are payable {paymentTerms}.",
          "For payment, I'd like to keep to the terms in the quote.",
        ],
        ["I'll send the invoice as planned, and I'm happy to answer any question about it."],
      ],
      neutral: [
        [
          'As stated in the quote, my invoices are payable {paymentTerms}.',
          'The payment terms are those stated in the quote.',
        ],
      ],
      firm: [
        [
          'My invoices are payable {paymentTerms}, as stated in the quote, and I keep to those terms.',
          'The payment terms are those stated in the quote, and I keep to them.',
        ],
      ],
    },
    unpaidWork: {
      warm: [
        ['Thank you for thinking of me!'],
        ["This is my job, so I don't work for exposure, but I'd be glad to send you a quote tailored to the project."],
        ['To give you an idea, my day rate is {dayRate}.', ''],
      ],
      neutral: [
        ["I don't work for free or for exposure: this is my job."],
        ["I'd be glad to send you a quote; my day rate is {dayRate}.", "I'd be glad to send you a quote."],
      ],
      firm: [
        ["I don't work without pay, exposure included."],
        [
          'If the project goes ahead, it will be on a quote, at my usual day rate of {dayRate}.',
          'If the project goes ahead, it will be on a paid quote.',
        ],
      ],
    },
  },
  closing: {
    warm: [['Let me know what works best for you!']],
    neutral: [["Let me know how you'd like to proceed."]],
    firm: [['Please confirm how you would like to proceed, and I will plan accordingly.']],
  },
  signOff: {
    warm: ['Best,\n{signature}', 'All the best!'],
    neutral: ['Kind regards,\n{signature}', 'Kind regards'],
    firm: ['Regards,\n{signature}', 'Regards'],
  },
};

export const EN_TEMPLATES: LanguageTemplates = {
  lang: 'en',
  locale: 'en-GB',
  // English has one register: "you" answers both.
  registers: { tu: replies, vous: replies },
  phrases: {
    rate: { day: '{amount} a day', hour: '{amount} an hour' },
    quoteRoundsPast: {
      zero: "the quote didn't include any",
      one: 'the quote included one',
      other: 'the quote included {count}',
    },
    quoteRounds: {
      zero: "my quote doesn't include revision rounds",
      one: 'my quote includes one round of revisions',
      other: 'my quote includes {count} rounds of revisions',
    },
    withinRounds: {
      one: 'the round of revisions included in the quote',
      other: 'the {ordinal} of the {count} rounds of revisions included in the quote',
    },
    paymentTerms: { onReceipt: 'on receipt', days: 'within {days} days' },
    offHoursWhen: {
      evening: 'in the evening',
      night: 'at night',
      early_morning: 'before my day starts',
      weekend: 'at the weekend',
      holiday: 'on public holidays',
      leave: 'during my time off',
      other: 'outside those hours',
    },
    slot: { sameDay: 'today at {time}', thisWeek: 'on {weekday} at {time}', later: 'on {weekday} {date} at {time}' },
    workingTime: {
      time: '{days}, {start} to {end}',
      range: '{first} to {last}',
      listItem: '{day}',
      everyDay: 'every day',
    },
  },
};
