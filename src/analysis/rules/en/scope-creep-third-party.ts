import { phraseRuleGroups } from '../shared/cued-groups.ts';

/*
 * Someone else in the client's life wants work too: "my partner would love you to redo his office",
 * "a friend of mine would like you to design her invitations", "the sales team asked if you could make
 * them one". It is a new job for a new person, slipped into this one. The mark is a third person who
 * wants, then the freelancer making something that is theirs (his, her, their, for them, one like
 * ours). Meeting, calling or sending stays quiet; a referral asking for a quote is a new client.
 */
const THIRD = String.raw`(?:(?:my|our)\s+(?:\w+\s+)?(?:partner|husband|wife|hubby|sister|brother|sis|mum|mom|mother|dad|father|son|daughter|friend|neighbou?r|cousin|aunt|uncle|auntie|colleague|co-?worker|business partner|co-?founder|sister-in-law|brother-in-law|in-laws|flatmate|roommate|girlfriend|boyfriend|fiance|fiancee|neighbou?rs|friends|colleagues|cousins|other (?:department|team|office|shop|branch|store|company|business))|a (?:friend|colleague|neighbou?r) of (?:mine|ours)|the (?:sales|marketing|hr|finance|accounts|accounting|legal|it|support|events|ops|operations|design|product) (?:team|department|dept|people|folks|guys|office))`;
const WANT = String.raw`(?:would love|would like|'d love|'d like|wants|want|needs|need|has asked|have asked|asked|is asking|are asking|was asking|were asking|was wondering|were wondering|wondered|is hoping|are hoping|hopes|would be thrilled|is keen|are keen)`;
const MAKE = String.raw`(?:do|redo|make|design|build|create|draw|paint|decorate|renovate|refurbish|fit out|write|shoot|photograph|film|edit|translate|set up|fix up|do up|revamp|style|plan|organi[sz]e|code|develop|put together|knock up|whip up|take on|sort out|did|redid|made|designed|built|created|painted|decorated|wrote|shot)`;
const THEIRS = String.raw`(?:his|her|their|him|them|for him|for her|for them|one like ours|the same|a similar|one too)`;

/** The other branch of a family: "the other side of the family", "the maternal line", "my wife's ancestors". */
const FAMILY_LINE = String.raw`(?:the other (?:side|branch|half|line) of (?:the|my|our|his|her) family|(?:paternal|maternal) (?:side|line|branch|ancestors|family|tree)|(?:my|our) (?:\w+ )?(?:husband|wife|partner|father|mother|dad|mum|mom|grandad|grandpa|grandma|granny|grandfather|grandmother)'s (?:side|family|line|ancestors|branch|tree|roots))`;
/** Serving another person the same way: "could you also coach my business partner?". */
const SERVE = String.raw`(?:coach|train|teach|tutor|mentor|advise|photograph|shoot|style|treat|represent|take on|look after|do)`;
const ASKED = String.raw`(?:(?:could|can|would|will|might) (?:you|u)|you (?:could|can|might)|please|(?:'d|would) (?:like|love)|wondering if you)`;

export default phraseRuleGroups(
  {
    id: 'scope-creep/third-party',
    category: 'scope_creep',
    lang: 'en',
    confidence: 0.7,
    reason: {
      en: 'Someone else (a relative, a friend, another team) wants work from you too: that is a new job for a new client, to quote on its own.',
      fr: 'Quelqu’un d’autre (un proche, un ami, une autre équipe) veut aussi du travail de votre part : c’est une nouvelle mission pour un nouveau client, à chiffrer à part.',
    },
    unless: [
      /\b(?:quote|quotation|estimate|how much|price|rates?|fee|invoices?|get in touch|contact you|reach out|email you|call you|your details|your number)\b/,
      // Praise alone is no ask, but praise followed by one still asks: "she loved it, she'd like you to do hers".
      /\b(?:thanks|thank you|loved|love how|loves how)\b(?![^.?!\n]*\b(?:you to|could you|can you|if you could)\b)/,
      // A visit is no work: "my mum would love you to pop by her café for a coffee".
      /\b(?:coffee|lunch|drinks?|dinner|tea|cake|say hi|say hello|a visit)\b/,
    ],
    examples: {
      fires: [
        'Our neighbours at number 12 would love you to paint their kitchen the same way.',
        "My wife loved the website, she'd like you to do one for her yoga studio too.",
        'My business partner would love you to do up his flat in the same spirit.',
        'My cousin runs a bike shop and would love you to paint his shop sign.',
        'A friend of mine would like you to draw her wedding menu cards.',
        'Our neighbour wants his porch done the same way, any chance?',
        'My sister was wondering if you could also shoot her engagement photos.',
        'My colleague in logistics needs a similar tracker, can you build one for him?',
        'The events team has asked if you could make them a deck like ours.',
        'My dad was wondering, since you are in the area, if you could swing by his garage and snap the vintage cars.',
        'You could also help the finance team clean up their quarterly slides.',
        'Could you also trace the other side of the family, on my mum’s side?',
        'Would you dig into my wife’s ancestors as well?',
        'Can you do the same for my sister’s flat?',
        'Can you also coach my business partner? Same programme.',
      ],
      quiet: [
        'My partner loved the office you did for us.',
        'My sister would love to meet you at the opening.',
        'My partner will send you the bank details for the deposit.',
        'A friend of mine would like you to design her shop sign, she will ask you for a quote.',
        'My husband would like you to call him about the delivery.',
        'Our finance team asked if you could send the invoice in euros.',
        'My mum would love you to pop by her café for a coffee next time.',
        'Could you help the marketing team understand the new layout?',
        "My husband's side of the family is coming to the party too.",
        "Could you also send a copy to my husband's email?",
        'Can you do the same for my colleague’s invoice?',
      ],
    },
  },
  [
    {
      cue: /\b(?:my|our|a friend|a colleague|a neighbou?r|the \w+ (?:team|department|dept|people|folks|guys|office))\b/,
      patterns: [
        // "my partner would love you to redo his office", "the sales team asked if you could make them a deck"
        new RegExp(
          String.raw`\b${THIRD}\b[^.?!\n]{0,50}?\b${WANT}\b[^.?!\n]{0,60}?\byou\s+(?:to\s+|could\s+|can\s+|would\s+|might\s+|'d\s+)?(?:also\s+)?(?:${MAKE}|(?:pop|drop|swing|stop|come) (?:by|over to|into|round to))\s+(?:\w+\s+){0,2}?${THEIRS}\b`,
        ),
        // "you can also help the sales team tidy up their decks": work for another team's own things.
        new RegExp(
          String.raw`\b(?:(?:could|can|would) you (?:also |maybe |perhaps )?|you (?:can|could|might) (?:also |maybe |perhaps )?|please (?:also )?)(?:help|give) (?:out )?${THIRD}\s+(?:a hand\s+)?(?:\w+\s+){0,3}?(?:their|his|her)\b`,
        ),
        // "our neighbour wants his garden done the same way"
        new RegExp(
          String.raw`\b${THIRD}\s+(?:\w+\s+){0,4}?${WANT}\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:done|redone|designed|made|built|painted|decorated|shot|photographed|translated|sorted|revamped|styled|updated|refreshed)\b`,
        ),
        // "my colleague needs a similar dashboard, can you build one for her?"
        new RegExp(
          String.raw`\b${THIRD}\s+(?:\w+\s+){0,4}?${WANT}\s+(?:a|an|the)\s+(?:similar|same|matching)\s+\w+[^.?!\n]{0,40}?\b(?:can|could|would)\s+you\s+(?:also\s+)?${MAKE}\b`,
        ),
      ],
    },
    {
      cue: /\b(?:family|paternal|maternal|ancestors|roots)\b|'s (?:side|branch|tree|line)\b/,
      patterns: [
        // "Could you also trace the other side of the family?", "would you look into my wife's ancestors too?"
        new RegExp(String.raw`\b${ASKED}\b[^.?!\n]{0,40}?\b(?:also|too|as well)\b[^.?!\n]{0,40}?\b${FAMILY_LINE}`),
        new RegExp(String.raw`\b${ASKED}\b[^.?!\n]{0,40}?\b${FAMILY_LINE}[^.?!\n]{0,30}?\b(?:too|as well)\b`),
      ],
    },
    {
      cue: /\b(?:the same|(?:do|make|repeat|redo) (?:that|this|one|it)(?: again)? for|also (?:coach|train|teach|tutor|mentor|advise|photograph|shoot|style|treat|represent|take on|look after|do))\b/,
      patterns: [
        // "Can you do the same for my sister's flat?", "could you also coach my business partner?"
        new RegExp(
          String.raw`\b(?:could|can|would|will|might) (?:you|u) (?:also |maybe )?(?:do|make|repeat|redo) (?:the same|the same thing|that|this|one|it) (?:again )?for ${THIRD}`,
        ),
        new RegExp(String.raw`\b(?:could|can|would|will|might) (?:you|u) also ${SERVE} ${THIRD}\b`),
      ],
    },
  ],
);
