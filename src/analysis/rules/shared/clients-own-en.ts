/*
 * "Three slides of our current deck", "the firm's website": material the client already had, named by its owner or
 * by its age. Reworking it is new work (a test piece, a fresh job), never a round of revisions on what was delivered;
 * "our current draft" or "our existing version" are the delivered work and do not count.
 */
export const CLIENTS_OWN_EN =
  /\b(?:of|from|in|on) (?:our|my) (?:current|existing|old|present) (?!(?:version|draft|cut|edit|mock-?up|proof|iteration|round|design)s?\b)[a-z-]+|\bthe (?:firm|company|practice|office|business|school|club|charity|shop|clinic|agency|council|church)'s (?:website|site|intranet|branding|brand|logo|deck|brochure|signage|newsletter)\b/;
