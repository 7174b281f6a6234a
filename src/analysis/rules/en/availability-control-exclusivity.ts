import { phraseRule } from '../../phrase-rule.ts';

/** Claims the freelancer's whole working time: no other clients, fully available, always the priority. */
export default phraseRule({
  id: 'availability-control/exclusivity',
  category: 'availability_control',
  lang: 'en',
  confidence: 0.8,
  reason: {
    en: 'Asks you to keep yourself for this client alone: who else you work for is your business, not theirs.',
    fr: 'Vous demande de vous réserver à ce seul client : pour qui d’autre vous travaillez ne regarde que vous.',
  },
  cue: /not to take on|to not take on|not take on other|\b(?:competi|rival|first call|first dibs|first claim|priority access|first refusal|(?:other|new|more|another|additional) (?:client|customer|project|contract|job|work|gig|compan|brand|agenc|business)|exclusiv|dedicated|fully available|full(?:y)? committed|100 ?%|priority|first call|all yours|clear your)/,
  patterns: [
    // "we expect you not to take on other bakery clients while you work with us"
    /\b(?:expect|ask|need|want|require)s?\s+(?:that\s+)?you\s+(?:not to|to not|won'?t|will not|don'?t|do not|not)\s+(?:take on|work (?:for|with)|accept|sign(?: up)?|serve)\s+(?:any\s+)?(?:other|new|competing|rival)\s+(?:\w+\s+)?(?:clients?|customers?|brands?|companies|projects?|contracts?|accounts?)\b/,
    // "don't take on other clients' jobs during the hours you've blocked for us"
    /\b(?:don'?t|do not|never|please don'?t)\s+(?:take on|work on|work for|accept|do|pick up)\s+(?:any\s+)?(?:other|another)\s+(?:clients?'?s?|customers?'?s?)\s*(?:jobs?|work|projects?|tasks?)?\b/,
    // "we'd prefer you didn't take on other clients", "please don't work for anyone else", "no other projects"
    /\b(?:prefer|rather|want|ask|need|expect|insist|require)s?\s+(?:that\s+)?(?:you\s+)?(?:to\s+)?(?:didn'?t|did not|don'?t|do not|not to|not|wouldn'?t|would not|won'?t|will not|stop|pause|put on hold|turn down|decline|drop)\s+(?:\w+\s+){0,2}?(?:any\s+)?(?:other|new|additional|more)\s+(?:clients|customers|projects|contracts|jobs|gigs|work|freelance work|commissions)\b/,
    /\b(?:please|kindly|pls)\s+(?:don'?t|do not)\s+(?:\w+\s+){0,2}?(?:any\s+)?(?:other|new|more)\s+(?:clients|customers|projects|contracts|gigs)\b/,
    /\b(?:no|not any|without)\s+other\s+(?:clients|customers|projects|contracts|jobs|gigs)\s+(?:\w+\s+){0,4}?(?:while|during|until|for the next|for now|for the duration|in the meantime|on the side)\b/,
    /\b(?:work|working)\s+(?:exclusively|only)\s+(?:for|with)\s+(?:us|me|our (?:company|team|agency))\b/,
    /\b(?:be|stay|remain|work)\s+(?:\w+\s+)?exclusive\s+(?:to|with|for)\s+(?:us|me|our)\b/,
    // "we need you fully available for us", "be 100% dedicated to our project"
    /\b(?:need|want|expect|require)s?\s+you\s+(?:to\s+be\s+)?(?:fully|completely|entirely|totally|100 ?%|exclusively)\s+(?:available|dedicated|committed|focused|booked)\s+(?:to|for|on)\s+(?:us|me|our|this)\b/,
    /\b(?:be|stay|remain|keep yourself)\s+(?:fully|completely|entirely|totally|100 ?%|exclusively)\s+(?:available|dedicated|committed|focused)\s+(?:to|for|on)\s+(?:us|me|our)\b/,
    // "we'd like to be your priority whenever we ping you", "make us your top priority"
    /\b(?:(?:we|i)(?:'d| would)? (?:like|want|need|expect) to be|make (?:us|me|our \w+)|keep (?:us|me)|(?:we|i) (?:must|should|need to) (?:always )?be)\s+(?:always\s+)?your\s+(?:top\s+|first\s+|number one\s+|#1\s+|absolute\s+)?priority\b/,
    /\b(?:drop|put aside|set aside|pause)\s+(?:your\s+|all\s+)?(?:other|every other)\s+(?:clients|projects|work|jobs)\s+(?:whenever|when|each time|every time|any time)\s+(?:we|i)\b/,
    // "please don't work for our competitors", "we'd like first call on your time"
    /\b(?:don'?t|do not|not|never|no|avoid|refrain from|stop)\s+(?:\w+\s+)?(?:work|working|take on|taking on|accept|accepting|freelanc\w*|do work|doing work)\s+(?:\w+\s+)?(?:for|with)\s+(?:any\s+|our\s+|a\s+|other\s+)?(?:competitors?|rivals?|competing (?:brands|companies|agencies|businesses|firms))\b/,
    /\b(?:first call|first dibs|first claim|priority access|first refusal)\s+on\s+(?:your|ur)\s+(?:time|availability|schedule|calendar|diary)\b/,
    // Permission before any other client: "check with me before taking on other clients", "you'd need our approval
    // before accepting any other work", "run any new client by us first", "we'd want a say in which clients you take on".
    /\b(?:check(?:ing)? with|ask(?:ing)?|clear(?:ing)? it with|run(?:ning)? it (?:by|past)|approval|permission|sign-?off|go-?ahead|consent|green light|ok|okay)\b[^.?!\n]{0,40}?\bbefore\s+(?:you\s+)?(?:take|taking|accept|accepting|sign|signing|start|starting|work|working|say(?:ing)? yes to|commit|committing|agree|agreeing)\b\s*(?:on\s+|to\s+|for\s+|with\s+|up\s+)?(?:\w+\s+){0,2}?(?:other|another|new|more|additional)\s+(?:clients?|customers?|work|projects?|jobs?|contracts?|gigs?|commissions?|accounts?|compan(?:y|ies)|brands?|agenc(?:y|ies)|business(?:es)?)\b/,
    /\b(?:any|every|each)\s+(?:new|other)\s+(?:clients?|customers?|projects?|jobs?|contracts?|gigs?)\b[^.?!\n]{0,30}?\b(?:clear it with|run it (?:by|past)|check (?:it )?with|ask)\s+(?:me|us)\b/,
    /\b(?:run|clear)\s+(?:any|every|each|all)\s+(?:new|other|additional)\s+(?:clients?|customers?|projects?|jobs?|contracts?|work|gigs?)\s+(?:by|past|with)\s+(?:me|us)\b/,
    /\b(?:a say|the final say|final say|a veto|veto|sign-?off|approval)\s+(?:in|on|over)\s+(?:which|what|any|the)\s+(?:other\s+|new\s+)?(?:clients?|customers?|projects?|work|jobs?)\s+(?:you|u)\b/,
  ],
  unless: [
    /\b(?:i|we)\s+(?:know|understand|realise|realize|appreciate)\s+(?:that\s+)?you\s+(?:have|juggle|work with|are busy with)\s+other\b/,
    /\b(?:exclusive|exclusivity)\s+(?:rights|licen[cs]e|use|usage|access|offer|discount|content|interview|preview)\b/,
  ],
  examples: {
    fires: [
      'Any new client, please clear it with us first.',
      'We would expect you to seek our approval before working for other companies.',
      'Please check with me before taking on other clients.',
      'You would need our approval before accepting any other work.',
      'Run any new client by us first, ok?',
      'We would want a say in which other clients you take on while you work with us.',
      'We ask that you not take on other coffee brands as clients during the contract.',
      "Please don't pick up other customers' work while you're on our hours.",
      "Until the launch we'd rather you didn't accept any other clients.",
      'We need you fully available for us while the migration runs.',
      'Please make us your top priority from now on.',
      "We'd like to be your priority whenever something comes up.",
      'During the contract you would work exclusively for us.',
      'We expect you to pause other projects for the next two months.',
      'No other clients on the side until the app ships, please.',
      "Please don't sign new clients before our redesign is live.",
      "Please don't work for our competitors while on this project.",
      "We'd like first call on your time for the next few months.",
    ],
    quiet: [
      'I need my manager’s approval before accepting the quote.',
      'Of course you are free to take on other clients.',
      'We know you work with other clients, no problem at all.',
      'I know you have other clients, so take the time you need.',
      'We want exclusive rights to the illustrations for two years.',
      'Is this project a priority for you this month, or should we wait?',
      "We don't want to take on new projects before the audit.",
      'Our other clients are happy with the new layout too.',
      'Our competitors are launching a similar app next month.',
    ],
  },
});
