import { besideAgreedRule } from '../shared/agreed-list.ts';

/**
 * "Here's what I'm expecting: - the 4 posts (as per our contract) - a short video of each": in a list
 * where some items are marked as agreed, the unmarked new ones are extras (see shared/agreed-list.ts).
 */
const WORDS = {
  agreed:
    /\b(?:as (?:per|in) (?:our|the|your) (?:contract|quote|agreement|brief|proposal|sow|estimate|plan)|as agreed|as planned|as discussed|as usual|per (?:our|the|your) (?:contract|quote|agreement|proposal)|(?:in|from) (?:the|our|your) (?:contract|quote|brief|sow|proposal)|agreed|included|contracted|already (?:booked|planned|agreed))\b/,
  added:
    /^(?:and |plus |also |then )?(?:a|an|some|another|extra|additional|new|more|\d+|one|two|three|four|five|six|seven|eight|ten|twelve|we'?re adding|we'?ll add|adding|add|on top)\b|^(?!(?:the|our|your|my|this|these|those|that|his|her|their|its)\b)[a-z]+s\b/,
  notWork:
    /\b(?:deadline|due|dates?|delivery|deliver(?:ed)?|invoices?|payments?|paid|deposit|budget|quote|calls?|meetings?|catch-?ups?|kick-?off|rounds? of|revisions?|feedback|review|approval|sign-?off|contact|address|questions?|thanks|i'?ll|we'?ll|i will|we will|lands?|arrives?|on the \d+(?:st|nd|rd|th)?)\b/,
};

export default besideAgreedRule('scope-creep/beside-agreed', 'en', WORDS, {
  fires: [
    'For March:\n- the two podcast episodes (as per our contract)\n- a one-minute teaser for each episode\n- show notes',
    'Plan for the spring:\n- 8 product photos (as agreed)\n+ a set of lifestyle shots in the garden',
    'Next month:\n- the newsletter (as usual)\n- we’re adding a welcome sequence for new subscribers',
  ],
  quiet: [
    'For March:\n- the two podcast episodes (as per our contract)\n- the show notes\n- delivery by the 20th',
    'Quick recap:\n- a logo\n- a business card\n- a letterhead',
    'For March:\n- the two episodes (as agreed)\n- two rounds of revisions\n- a call on Monday to review',
    "Plan:\n- new photos land on the 3rd (I'll share the folder)\n- budget stays as agreed\n- a recap on Friday",
  ],
});
