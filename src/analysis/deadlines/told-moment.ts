import type { Sentence } from '../sentences.ts';
import type { Lang } from '../types.ts';

/**
 * A moment told as something already done at it: "our team ended up working through the weekend", "I worked until
 * 11 last night", « M. le Maire l'a relu ce week-end », « vous m'aviez écrit dimanche soir ». News, not an ask. A
 * moment arranged in the past for the future ("we've booked the hall for Saturday", « on a calé la réunion samedi »)
 * still sets it, so the verbs of arranging are left out.
 */
const TOLD_PAST: Record<Lang, RegExp> = {
  en: /\b(?:i|we|you|he|she|they|team|everyone|everybody|(?:the|our|my|his|her|their) [a-z]+)(?:'ve| have| had| has)?(?: (?:just|already|actually|finally|all|both|even|only))? (?:ended up|spent|sent|wrote|did|went|stayed|worked|emailed|e-mailed|messaged|texted|replied|answered|finished|submitted|delivered|posted|uploaded|pulled|read through|reviewed|was up|were up|got (?:it|them|this|that) (?:done|out|over|in)|scheduled (?:it|them|the (?:\w+ )?(?:post|email|newsletter|send|mailout|campaign)))\b/,
  fr: /(?:\b(?:j'|tu |il |elle |on |nous |vous |ils |elles |qui |(?:l'|le |la |les |notre |nos |mon |ma |mes |son |sa |ses |leur |leurs )[a-z]+ )(?:m'|t'|l'|nous |vous |lui |leur |les |y |en )?|\b(?:m'|l'|lui |leur |les ))(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient)(?: (?:bien|deja|enfin|finalement|encore|tout|meme|un peu))? (?!(?:une|des|du|le|la|les|pas|plus|besoin|tout|rien|envie|peur|raison|tort|lieu|droit|hate|acces|affaire|interet|ete|(?:prevu|cale|fixe|programme|planifie|reserve|organise|decide|convenu|bloque|pose|mis|deplace|avance|decale|choisi|retenu|dit|demande|promis|annonce|confirme|note|pense|calcule|suggere|propose|commande|booke|garde)(?:e|s|es)?)\b)[a-z]+(?:e|es|ee|ees|i|is|u|us|it|ert|eint)\b/,
};

const TOLD_PAST_ALL: Record<Lang, RegExp> = {
  en: new RegExp(TOLD_PAST.en.source, 'g'),
  fr: new RegExp(TOLD_PAST.fr.source, 'g'),
};

/**
 * The sender's own time, no work of the reader's in it: "I'll spend the weekend gathering the numbers", "I'm in the
 * kitchen from 5am", "so we can print over the holidays", « je file en Bretagne ce week-end ».
 */
const SENDER_OWN_TIME: Record<Lang, RegExp> = {
  en: /\b(?:i|we)(?:'ll| will|'m| am|'re| are|'m going to| am going to|'re going to| are going to| can| could)?(?: be)? (?:spend|spending|(?:in|at) the (?:kitchen|office|studio|shop|bakery|workshop|warehouse|restaurant|hospital|clinic)|heading (?:off|out|away|to)|off to|print|printing|go to print|send (?:it|them) to (?:print|the printers?)|send (?:everything|it all|the (?:rest|lot|files|numbers|material|materials|brief|content|copy|photos|assets))|get (?:everything|it all|the (?:rest|lot|files|material|materials|brief|content|copy|photos|assets)) (?:over|across|to you))\b/,
  fr: /\b(?:je|on|nous) (?:file|filons|pars|partons|passe|passerai|passons|passerons|vais|allons|serai|serons|imprime|imprimerons|imprimerai) (?:en|au|aux|chez|le|tout le|mon|ma|mes|notre|nos|a la (?:mer|montagne|campagne))\b/,
};

/** The reader named in the clause: then it is about their work after all. */
const READER: Record<Lang, RegExp> = {
  en: /\b(?:you|your|u|ya)\b/,
  fr: /\b(?:tu|vous|te|toi|ton|ta|tes|votre|vos)\b|\bt'/,
};

/** The clause asks again after the told part: "I've sent the brief so you can read it over the weekend". */
const ASKED_AGAIN = /\b(?:so|so that|in order|pour que|pour qu'|afin que|afin qu'|que (?:tu|vous))\b/;

/** Where a clause of the sentence begins. */
const CLAUSE_START = /[,;:(–—]\s*|\s-\s|\b(?:but|and|so|mais|et|donc)\s/g;

/**
 * Whether the moment at `start` is told rather than asked: done in the past, or the sender's own time. Only the
 * clause of the moment counts, so "I spent all week on it, could you look on Saturday?" still asks. `requestCue` is the
 * language's request cues (request-cues.ts, which calls this).
 */
export function toldNotAsked(lang: Lang, text: string, sentence: Sentence, start: number, requestCue: RegExp): boolean {
  const head = text.slice(sentence.start, start);
  // A moment after a comma goes on the clause before it: "vous m'aviez écrit dimanche soir, à 21h passées".
  const starts = [0, ...[...head.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length)];
  let from = starts.pop() ?? 0;
  if (head.slice(from).trim() === '') from = starts.pop() ?? 0;
  const clauseHead = head.slice(from);
  const rest = text.slice(start, sentence.end);
  const restEnd = rest.search(/[,;:(–—]|\s-\s/);
  const clauseTail = restEnd < 0 ? rest : rest.slice(0, restEnd);
  // The last past verb before the moment is the one told at it ("j'ai vu que vous m'aviez écrit dimanche").
  let past: RegExpExecArray | null = null;
  for (const m of clauseHead.matchAll(TOLD_PAST_ALL[lang])) past = m;
  if (past) {
    const after = clauseHead.slice(past.index + past[0].length) + clauseTail;
    if (!requestCue.test(after) && !ASKED_AGAIN.test(after)) return true;
  }
  return (
    SENDER_OWN_TIME[lang].test(clauseHead) &&
    !READER[lang].test(clauseHead) &&
    !READER[lang].test(clauseTail) &&
    !requestCue.test(clauseTail)
  );
}
