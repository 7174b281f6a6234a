import type { Rule, RuleContext, RuleHit } from '../../rule.ts';

/*
 * A list of what the client expects where some items are marked as agreed ("the 4 blog posts (as per
 * our contract)", "12 posts Instagram (comme prévu)") and others are not: the unmarked items that are
 * introduced as new (an indefinite article, a count, a "+", "on ajoute") are the extras slipped in
 * beside the agreed work. Items named with a definite article ("le bilan à mi-parcours") were known
 * before; dates, meetings, payments and revisions are not deliverables.
 */
export interface AgreedListWords {
  /** The mark of an agreed item on its line. */
  agreed: RegExp;
  /** How an item opens when it is new ("a", "un", "2", "we're adding"), after the bullet. */
  added: RegExp;
  /** Lines about something other than a deliverable: dates, payments, meetings, what the client does or sends. */
  notWork: RegExp;
}

const BULLET = /^[ \t]*(?:[-*•·+]|\d{1,2}[.)])[ \t]+(\+[ \t]*)?/;

interface Line {
  start: number;
  end: number;
  /** Where the item starts, after the bullet (and a "+"). */
  item: number;
  plus: boolean;
}

/** The bullet lines of `text` in `[from, to)`, in runs of consecutive lines. */
function bulletRuns(text: string, from: number, to: number): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  let start = from;
  while (start < to) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    const line = text.slice(start, end);
    const bullet = BULLET.exec(line);
    if (bullet) run.push({ start, end, item: start + bullet[0].length, plus: bullet[1] !== undefined });
    else if (line.trim() !== '' || run.length > 0) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    start = end + 1;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The unmarked new items of a list that also holds agreed ones. */
export function extrasBesideAgreed(context: RuleContext, words: AgreedListWords): RuleHit[] {
  const from = context.sentences[0]?.start ?? 0;
  const to = context.sentences.at(-1)?.end ?? 0;
  const hits: RuleHit[] = [];
  for (const run of bulletRuns(context.text, from, to)) {
    if (run.length < 2) continue;
    const isAgreed = run.map((line) => words.agreed.test(context.text.slice(line.item, line.end)));
    // The agreed mark must stand on a piece of work: "budget stays as agreed" says nothing of the other lines.
    const agreedWork = run.some(
      (line, i) =>
        isAgreed[i] && !words.notWork.test(context.text.slice(line.item, line.end).replace(words.agreed, ' ')),
    );
    if (!agreedWork) continue;
    run.forEach((line, i) => {
      const item = context.text.slice(line.item, line.end);
      if (isAgreed[i] || words.notWork.test(item) || item.trim().split(/\s+/).length < 2) return;
      if (line.plus || words.added.test(item)) hits.push({ start: line.item, end: line.end });
    });
  }
  return hits;
}

/** The rule of one language: `id` and `examples` are its own, the reason is shared. */
export function besideAgreedRule(
  id: string,
  lang: Rule['lang'],
  words: AgreedListWords,
  examples: Rule['examples'],
): Rule {
  return {
    id,
    category: 'scope_creep',
    lang,
    confidence: 0.65,
    reason: {
      en: 'Lists new items next to the agreed ones as if they were part of the job: outside what was agreed, so quote them separately.',
      fr: 'Glisse de nouveaux éléments à côté de ceux convenus comme s’ils faisaient partie de la mission : hors de ce qui était convenu, à chiffrer à part.',
    },
    find: (context) => extrasBesideAgreed(context, words),
    examples,
  };
}
