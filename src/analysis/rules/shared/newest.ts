import type { RuleContext } from '../../rule.ts';

/**
 * The newest message's own sentences. Rules read the folded text up to the end of the newest
 * message; some decisions ("is this a first enquiry?", "does the client offer to pay?") look at
 * the whole of it rather than at one phrase.
 */
export function newestText(context: RuleContext): string {
  return context.text.slice(context.sentences[0]?.start ?? 0, context.sentences.at(-1)?.end ?? 0);
}
