import type { Sentence } from '../sentences.ts';
import { execAll } from '../text.ts';
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

/**
 * A clause whose doer is the sender or someone named as doing it themselves, not the reader: "I'm closing the January
 * rota tonight", "so that I can read it tonight", « je boucle les plannings ce soir », « pour que je puisse relire ce
 * soir », « ma fille voudrait les mettre à jour elle-même le dimanche soir », "we just got confirmed for a market this
 * weekend". A wish, a need or a wait of the sender's ("I need it tonight", « j'attends les fichiers ce soir », « je
 * voudrais l'avoir samedi ») still asks the reader, so it is left out.
 */
const OWN_DOER_CLAUSE: Record<Lang, RegExp> = {
  en: /^\s*(?:(?:so|so that|then|because|as|since|while|once|and|but),? )?(?:i|i'm|i'll|i am|i will|i've)\b(?![^]*\b(?:need|needs|needed|want|wants|wanted|expect|expecting|hope|hoping|like|love|count|counting|ask|asking|require|must|have to|get|getting|receive|see|have it|have them|appreciate|wonder|wondering|thought|think|guess|know|suppose|assume|reali[sz]e|understand|saw|notice|noticed|gather|hear|heard|aware|remember|recall|fear|worry|admit|apologi[sz]e|sorry|hate|feel|mention|note|shooting|filming|hosting|running|meeting|presenting|setting up|launching|moving|with you|together)\b)/,
  fr: /^\s*(?:(?:pour que|pour qu'|afin que|afin qu'|comme ca|ainsi|puis|alors|moi|perso|de mon cote),? ?)?(?:je |j')(?![^]*\b(?:voudrais|voulais|veux|aimerais|aimerai|souhaite|souhaiterais|attends|attendrai|attendais|compte|comptais|espere|esperais|dois|devrai|devrais|demande|besoin|avoir|aie|recevoir|recuperer|propose|suggere|pense|crois|sais|comprends|vois|note|precise|rappelle|signale|excuse|desolee?|crains|rends compte|avoue|imagine|tourne|filme|organise|demenage|lance|anime|avec (?:toi|vous)|ensemble)\b)/,
};

/** Someone said to do it themselves: « elle-même », « nous-mêmes », "herself", "ourselves". */
const DONE_THEMSELVES: Record<Lang, RegExp> = {
  en: /\b(?:myself|ourselves|herself|himself|themselves)\b/,
  fr: /\b(?:moi|nous|elle|lui|eux|elles)-memes?\b/,
};

/** The client's own news of being booked for an event then: "we just got confirmed for a pop-up this weekend". */
const SENDER_BOOKED: Record<Lang, RegExp> = {
  en: /\b(?:i|we)(?:'ve| have)?(?: just| finally| now| already| officially)? (?:got|been|were|are|'re|am|'m)(?: just| finally| now| already| officially)? (?:confirmed|booked|accepted|selected|invited|approved|picked|registered|shortlisted)\b/,
  fr: /\b(?:(?:j'ai|on a|nous avons) (?:\w+ )?ete|(?:je suis|on est|nous sommes) (?:\w+ )?)(?:retenue?s?|selectionnee?s?|confirmee?s?|acceptee?s?|invitee?s?|inscrite?s?)\b/,
};

/** The next words point back at the moment to ask something then: « Appelle-moi à ce moment-là », "call me then". */
const BACK_AT_IT =
  /\b(?:a ce moment-la|a cette heure-la|ce jour-la|a ce moment la|then|at that (?:time|point|hour)|by then|that (?:day|evening|night))\b/;

/** A working day or week named by a later ask: the moment before it is not the reader's. */
const ASK_OWN_DAY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|this week|next week|lundi|mardi|mercredi|jeudi|vendredi|cette semaine|la semaine prochaine)\b/;

/** Whether the rest of the sentence asks the reader something at the same moment. */
function askedThenToo(lang: Lang, after: string, requestCue: RegExp): boolean {
  return READER[lang].test(after) && requestCue.test(after) && !ASK_OWN_DAY.test(after);
}

/** Where the clause of a moment ends, a joining word included ("... tonight and I'll use the evening to ..."). */
const CLAUSE_END = /[,;:(–—]|\s-\s|\b(?:and|but|so|et|mais|donc)\s/;

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
  const starts = [0, ...[...execAll(CLAUSE_START, head)].map((m) => m.index + m[0].length)];
  let from = starts.pop() ?? 0;
  if (head.slice(from).trim() === '') from = starts.pop() ?? 0;
  const clauseHead = head.slice(from);
  const rest = text.slice(start, sentence.end);
  const restEnd = rest.search(/[,;:(–—]|\s-\s/);
  const clauseTail = restEnd < 0 ? rest : rest.slice(0, restEnd);
  // The last past verb before the moment is the one told at it ("j'ai vu que vous m'aviez écrit dimanche").
  let past: RegExpExecArray | null = null;
  for (const m of execAll(TOLD_PAST_ALL[lang], clauseHead)) past = m;
  if (past) {
    const after = clauseHead.slice(past.index + past[0].length) + clauseTail;
    if (!requestCue.test(after) && !ASKED_AGAIN.test(after)) return true;
  }
  // The clause's own doer, cut at a joining word too: "... this weekend and the organisers want ..." asks apart.
  const ownEnd = rest.search(CLAUSE_END);
  const ownTail = ownEnd < 0 ? rest : rest.slice(0, ownEnd);
  // « rendez-vous » names no reader.
  const ownClause = (clauseHead + ownTail).replace(/\brendez-vous\b/g, 'rendez');
  // A moment opening on its own punctuation (« Je précise : c'est l'Ascension ») is no object of the clause before it.
  const backAtIt = BACK_AT_IT.test(text.slice(start, Math.min(text.length, sentence.end + 160)));
  if (
    !/^[\s,;:(–—-]/.test(rest) &&
    !backAtIt &&
    (OWN_DOER_CLAUSE[lang].test(clauseHead) ||
      DONE_THEMSELVES[lang].test(ownClause) ||
      SENDER_BOOKED[lang].test(clauseHead)) &&
    !READER[lang].test(ownClause) &&
    !requestCue.test(ownTail) &&
    // "I'm at the studio on Saturday, could you be there?": the reader asked in the next clause shares the moment,
    // unless that ask names a working day of its own ("…, could you send the quote on Thursday?").
    !askedThenToo(lang, rest.slice(ownTail.length), requestCue)
  )
    return true;
  return (
    SENDER_OWN_TIME[lang].test(clauseHead) &&
    !READER[lang].test(clauseHead) &&
    !READER[lang].test(clauseTail) &&
    !requestCue.test(clauseTail)
  );
}
