import { phraseRule } from '../../phrase-rule.ts';

/*
 * A running service handed over as if it came with the job: the client asks the freelancer to run a
 * channel or a publication on a rhythm ("take charge of our Facebook page and post twice a week",
 * "put together a monthly newsletter"), with no "also" to mark it as added. The mark is the ask, a
 * verb of running or producing, something that lives on (an account, a newsletter, posts) and a rhythm
 * in the same sentence. Reports and updates on the job itself are reporting, not a new service.
 */
const ASK = String.raw`(?:(?:we|i)(?:'d| would) (?:love|like|want)(?: for)? you to|(?:we|i) (?:want|need)(?: that)? you(?: to)?|(?:it )?would be (?:great|amazing|ideal|perfect|brilliant|nice|awesome|fab) if you could|(?:we'?re|i'?m|we are|i am|i was|we were) hoping (?:that )?you(?: can| could| will|'ll)?|ideally you(?:'d| would)|you(?:'ll| will| would|'d) (?:also )?(?:be )?|(?:could|can|would|will) you(?: be able to)?|please|pls|kindly|we(?:'d| would) (?:need|expect) you to|we expect you to)`;
const RUN = String.raw`(?:take over|taking over|take on|taking on|be (?:the )?(?:admin|administrator|moderator|manager|community manager|in charge) (?:of|for)|take (?:charge|care) of|taking (?:charge|care) of|run|running|manage|managing|handle|handling|look after|looking after|get|start|launch|animate|keep|make|post|posting|publish|publishing|write|writing|put together|send out|moderate|moderating|answer|answering|reply to|replying to|feed|grow|growing|do)`;
const LIVING = String.raw`(?:whatsapp|discord|telegram|groups?|reviews|comments|dms|instagram|facebook|tiktok|linkedin|youtube|pinterest|twitter|threads|socials?|social media|social channels|newsletters?|mailings?|mailouts?|blog|community|forum|(?:google |facebook |meta )?ads|ad campaigns|account|channel|feed|customer (?:emails|service|support|messages)|inbox|reels|posts|stories|articles|videos|podcast|seo|page)`;
const RHYTHM = String.raw`(?:(?:every|each) (?:single |other |second )?(?:day|week|month|quarter|morning|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|per) (?:day|week|month|quarter)|weekly|monthly|quarterly|daily|fortnightly|bi-?weekly|going forward|from now on|from next (?:week|month)|on an ongoing basis|ongoing|regularly|for the (?:next|coming) (?:few |couple of |two |three |four |six |\d+ )?(?:weeks|months))`;

export default phraseRule({
  id: 'scope-creep/ongoing-service',
  category: 'scope_creep',
  lang: 'en',
  confidence: 0.7,
  reason: {
    en: 'Hands you a running service (a channel, a newsletter, regular posts) as if it came with the job: it is new, ongoing work to quote separately.',
    fr: 'Vous confie un service suivi (un réseau, une newsletter, des publications régulières) comme s’il faisait partie de la mission : c’est un travail nouveau et récurrent, à chiffrer à part.',
  },
  cue: /\b(?:every|each|a week|a month|a day|per|weekly|monthly|quarterly|daily|fortnightly|weekly|going forward|from now on|from next|ongoing|regularly|for the next|for the coming)\b/,
  patterns: [
    // "could you start cutting two short clips from each episode going forward?": a new habit asked from now on.
    /\b(?:could|can|would|will) you (?:please )?(?:also )?start (?!(?:send|forward|cc|copy|copy|invoic|bill|us|includ|check|upload|sav|nam|label|dat|track|log|tell|let|ask|email|messag|call|ring|reply|reply|answer|join|attend|com|mak sure)ing\b)[a-z]{2,}ing\b[^.?!\n]{0,60}?\b(?:going forward|from now on|from next (?:week|month)|each|every|weekly|monthly|regularly)\b/,
    new RegExp(String.raw`\b${ASK}\s+(?:\w+\s+){0,2}?${RUN}\b[^.?!\n]{0,50}?\b${LIVING}\b[^.?!\n]{0,60}?\b${RHYTHM}\b`),
    new RegExp(String.raw`\b${ASK}\s+(?:\w+\s+){0,2}?${RUN}\b[^.?!\n]{0,30}?\b${RHYTHM}\s+(?:\w+\s+)?${LIVING}\b`),
    // "from next month you will handle our customer emails": the rhythm opens the sentence.
    new RegExp(
      String.raw`\b(?:from next (?:week|month)|going forward|from now on)\b[^.?!\n]{0,20}?\byou(?:'ll| will)\s+(?:also\s+)?${RUN}\b[^.?!\n]{0,30}?\b${LIVING}\b`,
    ),
    // "- and put together a monthly newsletter for our members": a list line that is an order.
    new RegExp(
      String.raw`(?:^|[*•-]\s*)(?:and\s+|plus\s+)?(?:take (?:charge|care) of|run|manage|handle|look after|start|launch|write|put together|send out|produce|create)\s+(?:a|an|our|the)\s+(?:\w+\s+)?${RHYTHM}\s+(?:\w+\s+)?${LIVING}\b`,
      'm',
    ),
  ],
  unless: [
    /\b(?:quote|quotation|estimate|separate|how much|price|pricing|rate|fee|budget|invoice|outside (?:the|our|your)|not part of)\b/,
    /\b(?:as usual|as agreed|as always|as before|like before|as planned|as discussed|as per|ourselves|in-house|in house|internally|our (?:intern|team|staff|assistant))\b/,
    /\b(?:thanks|thank you|thx|cheers)\b/,
    // Updates on the job itself are reporting, not a new service.
    /\b(?:reports?|updates?|status|progress|recaps?|summar(?:y|ies)|timesheets?)\b/,
    // Being reachable is availability, not a service: "keep notifications on and confirm each morning you're around".
    /\b(?:notifications?|(?:you'?re|you are) (?:available|around|online|reachable)|on standby|on call|phone on)\b/,
  ],
  examples: {
    fires: [
      'We were hoping you could take over our Pinterest account for the next few months.',
      'Could you start cutting two short teasers from each interview going forward?',
      "We'd love for you to take charge of our Pinterest boards and pin something every day.",
      'It would be great if you could run our TikTok account, a couple of clips each week.',
      '- and put together a quarterly mailing for our donors',
      "Next, we'd like you to manage our Google Ads each month.",
      "We're hoping you can look after our LinkedIn and write posts every Tuesday.",
      'We want that you make our Instagram more alive, with 3 reels per week.',
      'From next month you will handle our customer emails and the weekly mailing.',
      'Ideally you would be answering the forum questions every weekday.',
      'We would like you to be the moderator of our Discord server and check it daily.',
    ],
    quiet: [
      'Could you start sending the invoices to accounts going forward?',
      'Can you start naming the files with the date from now on?',
      'Please keep Slack notifications on all week and confirm each morning that you are available.',
      'We post three reels a week on Instagram ourselves.',
      'Thanks for running our TikTok account, the clips each week are great.',
      'Could you send us a quote for running our Instagram, three reels a week?',
      'Please send me a progress update every Friday.',
      'Our intern looks after the LinkedIn page and posts every Tuesday.',
      'As agreed, you will write two blog posts a month.',
      'Could you send me the newsletter draft by Monday?',
    ],
  },
});
