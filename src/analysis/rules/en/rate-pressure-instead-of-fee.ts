import { phraseRule } from '../../phrase-rule.ts';
import { INSTEAD_OF_FEE_REASON } from '../shared/instead-of-fee.ts';

/**
 * Something else put in the place of the freelancer's usual pay: a share of royalties or sponsorship, a shout-out, a
 * token sum ("a share of the ticket sales instead of the flat fee", "a mention on our channel in place of the usual fee",
 * "in lieu of your day rate"). Another means of payment ("by transfer instead of the usual cheque"), a rise and a
 * quote asked for stay quiet.
 */
export default phraseRule({
  id: 'rate-pressure/instead-of-fee',
  category: 'rate_pressure',
  lang: 'en',
  confidence: 0.8,
  reason: INSTEAD_OF_FEE_REASON,
  cue: /\b(?:instead of|rather than|in place of|in lieu of|as opposed to) (?:the|your|a|an|another|our|my|payment|adding|putting|invoicing|billing|charging|paying)\b/,
  patterns: [
    /\b(?:instead of|in place of|in lieu of) payment\b/,
    /\b(?:instead of|rather than|in place of|in lieu of|as opposed to)\s+(?:the|your|a|our|my)\s+(?:(?:usual|normal|regular|standard|flat|fixed|full|agreed|quoted|going|set|cash|whole)\s+)?(?:(?:day|hourly|daily|session|project|monthly|weekly|per[- ]\w+)\s+)?(?:fees?|rates?|payment|pay|invoice|price)\b(?!\s+(?:by|in|via|through|address|details|reference|date|terms|schedule|method|form|portal|run))/,
    // something given so that no bill is sent at all: "a couple of tickets rather than adding it to the invoice",
    // "instead of another invoice we'd list you as a partner", "a mention instead of billing us for it"
    /\b(?:instead of|rather than|in place of|as opposed to)\s+(?:(?:adding|putting)\s+(?:it|this|that|them|the \w+)\s+(?:to|on)\s+(?:the|your|an?)\s+(?:invoice|bill)|(?:another|a further|a second|an extra|a new|a separate)\s+(?:invoice|bill|fee)|(?:invoicing|billing|charging|paying)\s+(?:us|me|you)\b(?!\s+(?:by|in|via|through|directly|monthly|weekly)\b))/,
  ],
  unless: [
    // another means of payment, a rise, a quote asked for
    /\b(?:by (?:bank )?transfer|by card|cheque|check|paypal|in cash|wire|bank|higher|more|bonus|on top|extra|double|premium|increase\w*|rais\w*)\b/,
    /\b(?:(?:could|can|would) you (?:please )?quote|quote (?:us|me)|an? (?:quote|estimate) for)\b/,
  ],
  examples: {
    fires: [
      'Would you be open to a share of the ticket sales instead of the flat fee?',
      'We could give you a shout-out on our channel and a link, in place of the usual fee.',
      'How about 10% of the sponsorship money rather than your day rate?',
      'We thought a credit in the film would work in lieu of payment this time.',
      'Your pay would come as a slice of the streaming income as opposed to the fixed price.',
      'We can offer free tickets for your family instead of your normal fee.',
      'For the retakes we would give you 50 instead of your session rate.',
      'We were thinking of paying in product samples instead of the agreed invoice.',
      'We could offer you a year of free coffee rather than adding the poster to the bill.',
      'Instead of a separate invoice, we would name you as our web partner in the brochure.',
      'How about a spot on our podcast instead of billing us for the edit?',
    ],
    quiet: [
      'Could we pay by bank transfer instead of the usual cheque?',
      'Please send the invoice to Ana rather than the usual address.',
      'We are happy to pay the weekend premium on top of your normal fee.',
      'Could you quote a fixed price rather than your hourly rate?',
      'Rather than the full report, a one-page summary is enough.',
      'We will raise your rate instead of the yearly bonus.',
      'Please send a separate invoice for the prints rather than a single one.',
      'Could you invoice the client directly instead of billing us by post?',
    ],
  },
});
