import type { AsideBlock } from '../types.ts';

export interface MessageSplit {
  /** The newest message's own words, offsets in the folded text. */
  newest: { start: number; end: number };
  /** Quoted history, forwarded messages, signature and legal footer, in order. */
  aside: AsideBlock[];
}

/** Separates the newest message from what was quoted, forwarded or signed below it. */
export function splitMessage(folded: string): MessageSplit {
  return { newest: { start: 0, end: folded.length }, aside: [] };
}
