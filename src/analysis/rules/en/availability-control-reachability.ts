import { phraseRule } from '../../phrase-rule.ts';

const CHANNEL = String.raw`(?:slack|teams|whatsapp|the phone|your phone|your mobile|your cell|skype|zoom|signal|telegram|email|e-mail|messenger|discord|google chat|gchat|the chat|the channel|chat)`;

/** Demands constant reachability: phone always on, reachable any time, reproaches for not picking up. */
export default phraseRule({
  id: 'availability-control/reachability',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.85,
  reason: {
    en: 'Expects you to be reachable whenever the client wants: a freelancer sets their own availability.',
    fr: 'Exige que vous soyez joignable dès que le client le veut : un indépendant fixe lui-même sa disponibilité.',
  },
  cue: /arrangement|agreement|setup|set-up|understanding|green|important|connected|next to you|within reach|in reach|to hand|on loud|close by|by your side|glued to|\b(?:by|near|close to) your|essential|crucial|vital|get you|\b(?:standby|stand-by|on hand|at the ready|drop|take (?:you|u)|even when|even if|day or night|wherever|tried|trying|status|never\s+(?:online|available|reachable|around|at your desk|on|picking|answering)|(?:answer|pick up)\s+(?:the phone|your phone|my calls?|the call)|evenings|weekends|reachable|contactable|unreachable|on call|on stand-?by|at your desk|by your phone|be able to|make sure|keep an eye on|logged|signed in|offline|awol|mia|idle|inactive|off the grid|not online|not on (?:slack|teams)|off (?:slack|teams)|(?:available|online|logged in|logged on|around)\s+(?:at|24|round|around|all|any|whenever|throughout|every|in the|on|during|via)|you\s+(?:to\s+be\s+)?(?:online|available|on (?:slack|teams|whatsapp))|you to (?:always\s+)?(?:pick up|answer|be)|(?:reach|contact|call|ring|hold of|ahold of|ping)\s+you\b|(?:phone|mobile|cell|cellphone|notifications?|ringer|whatsapp|slack|teams|skype|zoom|discord|chat|inbox|email)\s+(?:on|switched|turned|nearby|close|at hand|with you|handy|charged|enabled|active|open|running|up)\b|(?:i|we)\s+(?:call|ring|phone|text|message|ping)|(?:during (?:office|business|working) hours|all day|at all times|24\/?7|throughout the day|as they come in|in the evenings?|on weekends?)|why\s+(?:didn'?t|did not|don'?t|do not|haven'?t|have not|weren'?t|were not|wasn'?t|aren'?t|are not)\s+you|(?:didn'?t|did not|don'?t|do not|never|won'?t|wouldn'?t)\s+(?:pick up|answer|return)|(?:noticed|saw|seen|see|seems)\s+(?:that\s+)?you|check\s+(?:your\s+|the\s+)?(?:email|e-mail|inbox|messages|slack|teams|whatsapp|phone|channel)|(?:stay|remain|keep)\s+(?:\w+\s+)?(?:online|connected|on (?:slack|teams))|(?:on|to|showing|as|at)\s+"?(?:available|active|green|online)\b|green\s+(?:dot|light|status)|(?:green|active|online|available|reachable)\s+(?:on|in|via)\s+(?:slack|teams|skype|gchat|google chat|discord|zoom|the chat))/,
  patterns: [
    // "a standing arrangement where you're reachable on WhatsApp", "a permanent setup where you can be reached"
    /\b(?:standing|permanent|ongoing|fixed|general)\s+(?:arrangement|agreement|setup|set-up|rule|understanding)\s+(?:where|that|whereby|in which)\s+you(?:'re| are| can be| could be| will be| would be|'d be|'ll be| stay| remain)\s+(?:\w+\s+)?(?:reachable|contactable|available|on call|online|reached)\b/,
    // A reproach for no answer to a contact made at night or on a weekend: "texted you at 9 last night, still no reply".
    /\b(?:tried|called|rang|phoned|texted|messaged|pinged|whatsapped)\s+(?:you|u)\b(?=[^.?!\n]{0,60}?\b(?:last night|at night|tonight|this weekend|over the weekend|on (?:saturday|sunday)|yesterday evening|\d\s?pm)\b)(?=[^.?!\n]{0,100}?\b(?:no (?:answer|reply|response)(?! (?:needed|necessary|required|expected))|nothing back|still (?:no|nothing|waiting)|didn'?t (?:answer|reply|pick up)|not (?:answered|replied)|voicemail)\b)/,
    /\b(?:keep|leave|have)\s+(?:your|ur|the)\s+(?:work\s+)?(?:phone|mobile|cell|cellphone|notifications|ringer|whatsapp|slack|teams)\s+(?:(?:on|switched on|turned on|nearby|close|at hand|with you|handy|charged)\b(?!\s+(?:silent|mute|do not disturb|dnd)\b))/,
    // "you must be reachable at all times", "please be available on WhatsApp", "- be online on Slack"
    new RegExp(
      String.raw`(?:(?:^|[*•:;.!?-])[ \t]*|\b(?:you|u|please|pls|plz|kindly|to|must|should|and|also|always)\s+)(?:always\s+|also\s+)?(?:be|stay|remain)\s+(?:(?:fully|always|easily|also|constantly)\s+)?(?:reachable|contactable|on call|on standby|on stand-by|at your desk|by your phone|(?:available|online|logged in|logged on|around)\s+(?:at all times|24\/?7|round the clock|around the clock|all day|all the time|any ?time|whenever|throughout the day|all weekend|every evening|in the evenings?|at night|on weekends?|during (?:the )?(?:day|week|weekend|evenings?|business hours|working hours|office hours|our hours|your (?:holiday|vacation|leave|time off))|on ${CHANNEL}|via ${CHANNEL}))`,
      'm',
    ),
    new RegExp(
      String.raw`\b(?:(?:need|want|expect|require)s?|(?:'d|would) like)\s+you\s+(?:to\s+be\s+)?(?:online|reachable|contactable|available|logged in|on (?:slack|teams|whatsapp))\s+(?:\w+\s+){0,3}?(?:during|all day|at all times|every|from|between|throughout|the whole|the entire|whole day|evenings|weekends|nights|round the clock|around the clock|24\/?7|any ?time|whenever|at night|in the evenings?|(?:on|at) weekends?|so (?:i|we) can|on ${CHANNEL})`,
    ),
    /\b(?:make sure|need|must|please|should|have to|always|ensure)\b[^.?!\n]{0,20}?\b(?:you'?re|you are|be|stay|remain|show(?:ing)? as|appear(?:ing)? as)\s+(?:\w+\s+)?(?:green|active|online|available|reachable)\s+(?:on|in|via)\s+(?:slack|teams|skype|gchat|google chat|discord|zoom|the chat)\b/,
    // "I need to be able to reach you", "we must be able to call you any time"
    /\b(?:(?:need|needs|want|wants|have|has|expect|expects|got)\s+to|must|should)\s+be\s+able\s+to\s+(?:reach|contact|call|get hold of|get ahold of|get in touch with|ping|whatsapp|text|message|slack|phone|ring)\s+you\b/,
    /\b(?:i|we)\s+(?:need|want|expect|must|should|'d like|would like)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:reach|contact|call|ring|get hold of|get ahold of|ping)\s+you\s+(?:at all times|24\/?7|any ?time|whenever|around the clock|day and night|in the evenings?|at night|on weekends?|at weekends?|after hours|always|when(?:ever)? (?:i|we) (?:need|want))/,
    /\b(?:you|please|kindly|need you to|want you to|must|have to)\b[^.?!\n]{0,20}?\b(?:answer|pick up|take|handle|respond to)\s+(?:\w+\s+){0,4}?(?:calls|phone|messages|pings|texts)\s+(?:\w+\s+){0,4}?(?:during (?:office|business|working) hours|all day|at all times|24\/?7|throughout the day|as they come in|in the evenings?|on weekends?)/,
    // "stay on WhatsApp in the evenings", "be on Slack all weekend"
    new RegExp(
      String.raw`\b(?:be|stay|remain)\s+on\s+(?:our\s+|the\s+|your\s+)?${CHANNEL}\s+(?:\w+\s+){0,2}?(?:in the evenings?|at night|overnight|on weekends?|at weekends?|over the weekend|all (?:day|evening|night|weekend)|after hours|24\/?7|at all times|round the clock|around the clock)\b`,
    ),
    /\bwith\s+(?:your\s+)?(?:phone|mobile|cell)\s+on\b(?!\s+(?:silent|mute|do not disturb))/,
    /\b(?:slack|teams|whatsapp|push|phone|email|desktop)\s+notifications?\s+(?:on|enabled|turned on|switched on|active)\b/,
    /\bkeep\s+(?:\w+\s+)?(?:skype|slack|teams|whatsapp|zoom|discord|the chat|your inbox|your email)\s+(?:open|on|running|up)\s+(?:during|all|the whole|throughout|at all times|while|from|in the evenings?|at night|overnight|on weekends?|at weekends?|over the weekend|after hours|outside (?:office|working|business) hours|till|until|tonight|every (?:evening|night))\b/,
    /\b(?:need|want|expect)\s+you\s+to\s+(?:always\s+)?(?:pick up|answer(?: (?:your|the) phone)?|be reachable|be on hand)\b/,
    /\bwhen(?:ever)?\s+(?:i|we)\s+(?:call|ring|phone|text|message|ping)\b[^.?!\n]{0,30}?\b(?:pick up|answer|respond|reply|be there)\b/,
    /\bmake\s+sure\s+(?:i|we|the team|they)\s+can\s+(?:always\s+)?(?:reach|contact|get hold of|call|get through to)\s+you\b/,
    /\breach\s+you\s+(?:instantly|immediately|right away|straight away|at any moment|within minutes)\b/,
    // reproaches: "why didn't you pick up?", "you didn't answer your phone", "noticed you were offline"
    /\bwhy\s+(?:didn'?t|did not|don'?t|do not|haven'?t|have not|weren'?t|were not|wasn'?t|aren'?t|are not)\s+you\s+(?:\w+\s+)?(?:pick(?:ing)? up|answer(?:ing)?|respond(?:ing)?|repl(?:y|ying)|reachable|available|online|on slack|call(?:ing)? (?:me )?back|get(?:ting)? back)/,
    /\b(?:you\s+)?(?:didn'?t|did not|don'?t|do not|never|won'?t|wouldn'?t)\s+(?:pick up|answer (?:your|the|my) (?:phone|calls?|texts?|messages)|return (?:my|our) calls?)\b/,
    /\byou\s+(?:were|went|have been|'ve been|are|was|'re)\s+(?:\w+\s+)?(?:offline|unreachable|awol|mia|idle|inactive|not online|not at your desk|not on (?:slack|teams)|off (?:slack|teams|the grid))\b/,
    /\b(?:noticed|saw|seen|see|seems)\s+(?:that\s+)?you\s+(?:didn'?t|did not|weren'?t|were not|haven'?t|have not|hadn'?t)\s+(?:respond|reply|answer|pick up|been (?:online|active|available|responsive)|online|active|available|reachable)/,
    // "check your email a couple of times a day", "keep an eye on Slack at all times"
    /\bcheck\s+(?:your\s+|the\s+)?(?:email|emails|e-mail|inbox|messages|slack|teams|whatsapp|phone|channel)\s+(?:\w+\s+){0,2}?(?:(?:a couple of|a few|several|two|three|\d+)\s+times\s+(?:a|per|each)\s+(?:day|evening|hour)|every\s+(?:\w+\s+)?(?:hour|hours|minutes|evening|night|morning)|regularly|constantly|hourly|at all times|while you'?re (?:away|off|on holiday|on vacation|on leave))/,
    /\bkeep\s+an\s+eye\s+on\s+(?:your\s+|the\s+)?(?:email|emails|inbox|slack|teams|whatsapp|phone|channel|messages)\s+(?:\w+\s+){0,2}?(?:at all times|all day|constantly|while you'?re (?:away|off|on holiday|on vacation|on leave)|over the weekend|in the evenings?)/,
    // "stay logged into Jira during the day", "keep your status on Available", "green dot on"
    /\b(?:stay|remain|keep)\s+(?:\w+\s+)?(?:logged (?:in|on)|signed in|online|active|connected|on (?:slack|teams))\s*(?:to|into)?\s+(?:\w+\s+){0,3}?(?:(?:for\s+)?as long as|through(?:out)? (?:our|the|your) (?:whole |entire )?(?:working |work )?day|while (?:the team|we|our|the office|everyone)|during|all day|throughout|the whole|from|between|so (?:i|we) can see|at all times|while you work)/,
    /\b(?:status|dot|light|indicator)\s+(?:\w+\s+)?(?:on|set to|showing|as|at|stays?|remains?)\s+(?:"?available"?|active|green|online)\b/,
    /\bgreen\s+(?:dot|light|status)\s+on\b/,
    // "answer the phone when I call", "you're never online when I need you"
    /\b(?:answer|pick up)\s+(?:the phone|your phone|my calls?|the call)?\s*(?:when(?:ever)?|every time|each time)\s+(?:i|we)\s+(?:call|ring|phone)\b/,
    /\b(?:you(?:'re| are| were)|are you|were you)\s+(?:always\s+)?(?:never|not)\s+(?:online|available|reachable|at your desk|around|on slack|on teams|picking up|answering)\b/,
    // "I tried calling you four times, why no answer?", "keep your Teams status green"
    /\b(?:tried|been trying)\s+(?:to\s+)?(?:call|calling|reach|reaching|ring|ringing|phone|phoning|get hold of)\s+you\b[^.?!\n]{0,60}?\b(?:no answer|no reply|no response|voicemail|didn'?t pick up|why)\b/,
    /\b(?:keep|leave|set|have)\s+(?:your\s+)?(?:\w+\s+)?status\s+(?:\w+\s+)?(?:green|available|active|online)\b/,
    // "if you could stay reachable on WhatsApp in case", "remain on call while you're away"
    /\b(?:stay|remain)\s+(?:\w+\s+)?(?:reachable|contactable|on call|on standby|on stand-by)\b/,
    new RegExp(String.raw`\b(?:stay|remain)\s+(?:\w+\s+)?(?:available|online)\s+(?:on|via|by)\s+${CHANNEL}`),
    // "we need you on standby all week", "could you be on call in case it breaks", "answer my calls even when…"
    /\b(?:need|want|expect|require|have|keep)s?\s+you\s+(?:\w+\s+)?(?:on standby|on stand-by|on call|on hand|at the ready)\b/,
    /\b(?:you|u)\s+(?:to\s+)?(?:be|being)\s+(?:\w+\s+)?(?:on standby|on stand-by|on call)\b/,
    /\b(?:answer|pick up|take|return)\s+(?:my|our)\s+(?:calls|messages|texts|pings)\s+(?:\w+\s+)?(?:even (?:when|if|on|at|during|while)|whenever|at any (?:time|hour)|any ?time|day or night|wherever)/,
    /\bdrop\s+(?:what(?:ever)?\s+you(?:'re| are)\s+doing|everything)\s+(?:when(?:ever)?|each time|every time|as soon as|the moment)\s+(?:i|we)\b/,
    // reproaches: "why did it take you three hours to reply?", "your status was Away all afternoon"
    /\bwhy\s+(?:did|does|do)\s+it\s+take\s+(?:you|u)\s+(?:\w+\s+)?(?:hours?|minutes?|mins?|an hour|half an hour|all (?:day|morning|afternoon))\s+to\s+(?:reply|respond|answer|get back|pick up|call (?:me )?back|read)/,
    /\b(?:your|ur)\s+(?:slack\s+|teams\s+)?status\s+(?:was|is|has been|showed|shows|said|says)\s+(?:\w+\s+)?(?:away|offline|idle|inactive|grey|gray|yellow|busy|do not disturb|dnd)\b/,
    /\b(?:when(?:ever)?|each time|every time|the moment)\s+(?:i|we)\s+(?:call|ring|ping|text|message|email)\b[^.?!\n]{0,40}?\bdrop\s+(?:what(?:ever)?\s+you(?:'re| are)\s+doing|everything)\b/,
    /\b(?:keep|leave|have)\s+(?:your\s+)?(?:slack|teams|skype|status|dot)\s+(?:status\s+)?(?:green|active|available|online)\b/,
    /\bmake\s+sure\s+(?:i|we|the team|they)\s+can\s+(?:always\s+)?(?:get|reach|ring|call)\s+you\s+(?:on the phone|on slack|on teams|by phone)?\s*(?:whenever|any ?time|at any time|at all times|day or night|as soon as)\b/,
    /\b(?:important|essential|crucial|vital|key|necessary|critical|imperative)\b[^.?!\n]{0,20}?\byou(?:'re| are| be| stay| remain)\s+(?:\w+\s+)?(?:reachable|available|online|contactable|on call|on standby)\s+(?:24\/?7|at all times|round the clock|around the clock|all day|day and night|any ?time|whenever|all weekend|every day)/,
    // "keep your phone next to you", "have your mobile within reach all weekend", "stay by your phone until it clears"
    /\b(?:keep|have|leave)\s+(?:your\s+)?(?:phone|mobile|cell|cellphone|iphone)\s+(?:\w+\s+)?(?:next to you|within reach|in reach|close|close by|close to you|nearby|by your side|on you|at hand|to hand|handy|with you|on loud|on ring|on full volume)\b/,
    // "we need you connected from when the shop opens until it closes", "on our Zoom room all day"
    /\b(?:need|want|expect|require)s?\s+you\s+(?:to\s+(?:be|stay)\s+)?(?:connected|online|logged (?:in|on)|available|reachable|on (?:slack|teams|zoom))\b[^.?!\n]{0,40}?\b(?:until (?:it|we|the (?:shop|office|store|team|studio)) clos\w*|from (?:when )?(?:the|our) (?:shop|office|store|studio) opens|opening (?:time )?(?:to|until|till) closing|while (?:the|our) (?:office|shop|store|studio|team) is (?:open|in|working)|whenever (?:the|our) (?:office|shop|store|studio) is open)/,
    /\b(?:on|in)\s+(?:our|the)\s+(?:zoom|teams|meet|google meet|gather|discord|video)\s*(?:room|call|channel|space)?\s+(?:all day|the whole day|all morning|all afternoon|while you work|during (?:the|working|office) (?:day|hours))/,
    // "I need to see you online on Slack whenever our desk is open"
    /\bsee\s+you\s+(?:\w+\s+)?(?:online|active|green|logged in|on (?:slack|teams))\b[^.?!\n]{0,40}?\b(?:whenever|all day|at all times|during|throughout|while|as long as|every)\b/,
    /\b(?:stay|remain|be|sit)\s+(?:\w+\s+)?(?:by|near|close to|next to|glued to)\s+(?:your)\s+(?:phone|mobile|cell|laptop|computer|inbox|screen)\b/,
  ],
  unless: [
    /\b(?:i'?ll|i will|we'?ll|we will|i can|we can|i'?m going to)\s+(?:stay|remain)\b/,
    /\b(?:i'?ll be|i will be|i'?m|i am|we'?ll be|we will be|we are|we'?re) (?:\w+ )?(?:reachable|available|online|on call)\b/,
  ],
  examples: {
    fires: [
      'We would like an ongoing arrangement where you are always reachable by phone.',
      'I texted you at 9 last night and still no reply.',
      "We'd like you contactable on Teams every weekday so the crew can check details.",
      'Tried you twice on Sunday, it went to voicemail both times.',
      'We pinged you over the weekend about the outage, nothing back.',
      'We need you connected from when the bakery opens until it closes.',
      'Kindly ensure your status stays green while our office is open.',
      "It'd be good if you sat in our Zoom room all day, so it feels like you're here.",
      'For the launch week please keep Teams up in the evenings, just in case.',
      'While the sale runs, stay on Slack at weekends too.',
      'Could you keep your phone on while you are away, just in case?',
      'Please be reachable at all times during the launch.',
      '- be online on Teams during business hours',
      'We must be able to contact you after dinner too.',
      "Why weren't you answering your phone at 8 last night?",
      'You were offline on Slack most of the afternoon.',
      'Please check your email a few times a day while on holiday.',
      'Stay logged into Asana during the day so we can see progress.',
      'Keep your Slack status on Available.',
      "P.S. make sure you're green on Teams during office hours.",
      'Why are you never online when I need you?',
      'I tried calling you four times yesterday, why no answer?',
      'Keep your Teams status green while you work for us.',
      "And if you'd stay reachable by phone in case the printer calls, perfect.",
      'Could you remain available on Signal while we test?',
      "We'll need you on standby during the whole launch week.",
      'Could you be on call this week in case anything breaks?',
      "Answer my calls even when you're busy with someone else.",
      'Why did it take you two hours to answer my ping?',
      'I saw your Teams status was idle all afternoon.',
      "When I ring, I expect you to drop whatever you're doing.",
      'Going forward, please keep your Teams green from 9 to 5.',
      'Make sure I can get you on the phone whenever something comes up.',
      "It's important you are reachable 24/7 during the campaign.",
      'Ring me every hour until the shop is back online, and keep your mobile next to you.',
      'Have your phone within reach all weekend in case the kiln alarm goes off.',
      'Stay close to your phone tonight, we may need you any minute.',
      'Please remain logged in on Teams for as long as the office is open.',
      'Be on our Discord all day so the mods can ping you.',
      'Keep Slack open and stay active there through the whole working day.',
      'We want to see you green on Teams whenever the shop is open.',
    ],
    quiet: [
      "We'd like you to tell us which days you are reachable.",
      'I texted you last night, no reply needed, just a heads-up.',
      'I emailed you the invoice on Monday and still no reply from accounts.',
      'The shop opens at 9 and closes at 7, come whenever suits you.',
      "I'll be reachable on my mobile if you have questions.",
      'Are you available for a quick call on Thursday at 10?',
      'No need to keep your phone on during your holiday!',
      'Keep your phone on silent during the shoot, please.',
      'Feel free to call me any time.',
      "I'll stay reachable by email all week.",
      "You don't need to stay reachable during your holiday.",
      'Are you free to be on the call with the printer on Friday?',
      "I'm on call this weekend for the server, so ping me if needed.",
      'Your status report was great, thanks!',
      "It's important you are happy with the final design.",
      'Keep your phone on silent and away from the set.',
      'I will keep my phone next to me all weekend.',
      'Leave your laptop at home for the workshop.',
    ],
  },
});
