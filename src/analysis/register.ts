import { foldPhrase } from './text.ts';

/** How a French-speaking client addresses the freelancer. */
export type Register = 'tu' | 'vous';

/**
 * Marks of tutoiement in folded text, one alternative per kind of mark:
 * - the pronoun "tu", but after a hyphen only behind a verb in s or x ("peux-tu", "as-tu"):
 *   in Québec "-tu" after another form is a question particle ("c'est-tu correct", "vous pouvez-tu");
 * - elided "t'" ("t'as", "t'envoie"), "te", "toi", "ta", "tes", "tien…", "stp", "tkt";
 * - "ton", except the noun ("le ton du texte", "un ton trop formel");
 * - a 2nd-singular imperative before "-moi"/"-nous" ("envoie-moi", "dis-nous"), not the
 *   vous forms in -ez, the 1st plural in -ons ("pouvons-nous") or "dites"/"faites".
 */
const TU = new RegExp(
  [
    String.raw`(?:^|[^a-z'-])tu\b|[sx]-tu\b`,
    String.raw`\bt'(?=[a-z])`,
    String.raw`\b(?:te|toi|ta|tes|tien|tienne|tiens|tiennes|stp|tkt)\b`,
    String.raw`(?<!\b(?:le|un|du|au|ce|meme|quel|bon|mauvais) )\bton\b(?! (?:plus|moins|trop|tres|un peu|formel|familier|general|juste|employe)\b)`,
    String.raw`\b(?!dites-|faites-)[a-z]*[a-y]-(?:moi|nous)\b(?<!ons-nous)`,
  ].join('|'),
  'g',
);

/** Marks of vouvoiement: the pronoun and its possessives, 2nd-plural verbs in -ez, formal address. */
const VOUS = /\b(?:vous|votre|vos|monsieur|madame|messieurs)\b|\b(?!(?:chez|assez|nez|rez)\b)[a-z]{2,}ez\b/g;

function count(text: string, marks: RegExp): number {
  marks.lastIndex = 0;
  let n = 0;
  while (marks.exec(text) !== null) n++;
  return n;
}

/**
 * Whether a French client says tu or vous. A client who says tu does so all
 * through, while "vous" may also be a plural aimed at a team ("je vous
 * envoie le brief à tous les deux"), so tu wins unless vous clearly
 * outnumbers it. Vous when nothing tells: it is the polite default.
 * Accepts raw or folded text.
 */
export function detectRegister(text: string): Register {
  const folded = foldPhrase(text.length > 8000 ? text.slice(0, 8000) : text);
  const tu = count(folded, TU);
  if (tu === 0) return 'vous';
  return tu * 2 >= count(folded, VOUS) ? 'tu' : 'vous';
}
