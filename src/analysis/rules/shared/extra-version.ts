/*
 * "Could you also cut a 20-second vertical version for Reels?": another version of the delivered
 * work made on top of it (a cut-down, a format, a language) is a new deliverable, so scope creep,
 * not a change to what was delivered. Shared by the English scope rule that flags it and the
 * English change-request rule that leaves it alone.
 */
const MAKE = String.raw`(?:cut|make|do|create|export|produce|render|edit|put together)`;
const VERSION = String.raw`(?:version|edit|cut|cut-?down|teaser|trailer|variant)s?`;
const ANOTHER = String.raw`(?:a|an|one|two|three|another|some)(?: [a-z0-9-]+){0,3}?`;

export const EXTRA_VERSION_EN = [
  new RegExp(String.raw`\b(?:also|additionally) ${MAKE} ${ANOTHER} ${VERSION}\b`),
  new RegExp(String.raw`\b${MAKE} ${ANOTHER} ${VERSION}\b[^.?!\n]{0,40}\b(?:too|as well)\b`),
  // Wished for on top: "the board wants a subtitled cut of the film on top of that".
  new RegExp(
    String.raw`\b(?:wants?|needs?|(?:'d|would) (?:like|love)|going to (?:want|need)|asked for|asking for|requests?) (?:also )?${ANOTHER} ${VERSION}\b[^.?!\n]{0,50}\b(?:too|as well(?! as)|on top|in addition)\b`,
  ),
];
