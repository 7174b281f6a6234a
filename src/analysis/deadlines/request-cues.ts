import type { Rule, RuleContext, RuleHit } from '../rule.ts';
import { sentenceAt, type Sentence } from '../sentences.ts';
import type { Lang } from '../types.ts';
import { offHoursKind, releasedInMessage, withoutReleases, type OffHoursKind } from './message-release.ts';
import { servedAt } from './service-schedule.ts';
import { toldNotAsked } from './told-moment.ts';

/**
 * Words that make a sentence ask the reader for something: a request, a need,
 * or a deadline preposition. A date in a sentence without one ("I'm away this
 * weekend", "the launch party is on Saturday") is news, not a deadline.
 */
export const REQUEST_CUES: Record<Lang, RegExp> = {
  en: /\b(?:(?:would|will|does|do|could|can|might) (?:[\w'-]+ ){1,5}?(?:work|suit) (?:for )?(?:you|u)|(?:we'?re|we are|i'?m|i am) counting on (?:you|u)|the ideal (?:time|moment|slot)|(?:it would|it'?d) help (?:a lot |us |me |hugely )?if (?:you|u)|if (?:you|u) (?:were|could be) (?:around|available|free|able|up for)|(?:is|would|will) (?:that|this|it) (?:be )?(?:\w+ )?(?:doable|feasible|manageable|workable|realistic)\s*\?|(?:sounds?|seems?|looks?) (?:\w+ )?doable\s*\?|(?:can|could|would|will|can'?t|couldn'?t) (?:you|u|ya)|(?:can|could|shall) we|(?:can|could|may) i (?:have|get|see|expect|count on)|(?:you|u) (?:can|could|should|must|need|will need|have to|'?ll need|'?d need|might)|please|pls|plz|kindly|need(?:s|ed)?|must|(?:have|has|got) to|i'?d (?:like|love|appreciate)|(?:he|she|they|the client)(?:'d| would) (?:like|love) (?:to (?:have|get|receive|see) )?(?:it|them|the \w+)|we'?d (?:like|love|appreciate)|would (?:be|love|appreciate)|any chance|is it possible|possible to|(?:we|i) expect (?:you|u)|expecting (?:you|u)|let'?s|want|due(?! to)|deadline|ready|send|deliver(?:ed|y)?|get (?:it|this|that|them|these)|(?<!\b(?:[a-z]+s|they|we|i) )finish(?:ed)?|wrap(?:ped)? up|turn (?:it|this) around|jump on|look (?:at|into|over)|work on|(?:be|stay|remain|are you|you'?re) (?:available|reachable)|on call|moving (?:it |this |the \w+ )?to|if (?:you|u) (?:can|could)|everyone (?:takes|needs|must|has to|will)|(?:we|you)(?:'re| are) going to|(?:attendance|presence) (?:is|will be)|(?:you'?re|you are) expected|(?:call|ring|phone|buzz) (?:me|us) then|give (?:me|us) a (?:ring|call|bell|buzz|shout) then|mandatory|required|hoping|hope (?:you|u) can|even if|fancy (?:a|an)|if (?:you|u) (?:did|knocked|banged|got|were to)|ideally|in an ideal world|it'?d be|(?:love|like) to have (?:you|u)|(?:on|in|into) (?:my|our) (?:desk|inbox|hands))\b/,
  fr: /(?:\b(?:c'est|ce serait|ca serait|ca (?:te|vous) (?:semble|parait))\s+(?:\w+\s+)?(?:jouable|faisable|envisageable|realisable|gerable)\s*\?|\b(?:sois|soyez)\b|\b(?:ca|cela) (?:te|vous) (?:va|irait|dit|dirait|conviendrait|convient|derange\w*|generait|embete\w*|ennuierait)\b|\bon (?:fait|se fait|se cale|cale|se voit|s'appelle|se call)\b[^.!]*\?|\b(?:penses|pensez|crois|croyez)[- ](?:tu|vous) pouvoir\b|\b(?:tu|vous) (?:penses|pensez|crois|croyez) pouvoir\b|\b(?:tu|vous|t') (?:pourr|peu|pouv|ser(?:ai|ie|as\b|ez\b)|dev|doi|aur(?:ai|ie)|me|nous|m')|\b(?:tu as|vous avez|t'as) (?:le temps|un (?:petit )?moment|un creneau|la possibilite|moyen|une minute)|\b(?:peux|pouvez|pourrais|pourriez|pourras|pourrez|serais|seriez|dois|devez|devrais|devriez)[- ](?:tu|vous|t-)|\best-ce qu|\b(?:pourrions|pourrons|pouvons)[- ]nous\b|\bon (?:peut|pourrait|doit|devrait)\b|\b(?:peut|pourrait)-on\b|\bmerci (?:de\b|d')|\bil (?:(?:me|nous|te|vous) )?(?:(?:les?|la|en) |l')?(?:faut|faudra|faudrait)\b|^\W*(?:faut|faudrait|faudra) (?:que|qu')|\bbesoin\b|\bpret(?:e|s|es)?\b|\benvoi|\benvoy|\blivr|\brenvoy|\bfini[rs]?\b|\bterminer?\b|\bboucler\b|\bcompt(?:e|ons|ais|erai|erons) sur\b|\b(?:souhaite|souhaiterait|voudrait|veut|demande|exige|attend) (?:que (?:vous|tu)|qu'on (?:vous|te))\b|\bl'ideal,? (?:serait|ce serait|c'est|ce sera)\b|\ble (?:moment|creneau) ideal\b|\b(?:ca|cela) (?:pourrait|peut) se faire\b|\bpossible\b|\bdeadline\b|\bdispo|\bjoignable\b|\bregarder?\b|\bs'il (?:te|vous) pla[iî]t\b|\bstp\b|\bsvp\b|\bmeme si\b|\bce serait (?:l')?(?:top|genial|super|parfait|ideal|chouette|sympa|formidable|royal|bien|pratique)\b|\bca (?:m'|nous )arrangerait\b|(?<!\b(?:ai|as|a|avons|avez|ont|un|le|du|au|ce|mon|ton|son|notre|votre|leur|prendre|pris)\s)\brendez-vous (?:a \d|sur place|devant|au |a l'entree|chez )|\bj'aimerais\b|\bj'aurais aime\b|\b(?:il|elle|ils|elles|le client|la cliente|les clients) (?:aimerai(?:t|ent)|voudrai(?:t|ent)|souhaite(?:rai)?(?:t|nt)?|veu(?:t|lent)|a besoin de|ont besoin de) (?:l'|le |la |les )?(?:avoir|recevoir|recuperer)\b|\bon aimerait\b|\bje voudrais\b|\bnous (?:aimerions|voudrions|souhaiterions|souhaitons)\b|\bje souhaite(?:rais)?\b|\bidealement\b|\b(?:l'ideal|le plus simple|le mieux|le plus pratique)(?:,? pour (?:nous|moi|tout le monde|l'equipe))?,? (?:serait|ce serait|c'est) (?:que|qu'|de|d')|\b(?:tu vas|vous allez|t'vas) devoir\b|\b(?:appelle|appelez|telephone|telephonez)[- ](?:moi|nous) a ce moment-la\b|\b(?:votre|ta) presence (?:est|sera) (?:attendue|requise|indispensable|obligatoire|necessaire|souhaitee)\b)/,
};

/** Deadline prepositions: they make a date in the same sentence a deadline, but ask nothing on their own. */
export const DEADLINE_WORDS: Record<Lang, RegExp> = {
  en: /\b(?:by|before|no later than|until|till)\b/,
  fr: /(?:\bpour\b|\bavant\b|\bd'ici\b|\bau plus tard\b|\bjusqu')/,
};

/** Words naming a moment the reader must attend rather than deliver by. */
export const MEETING_CUES: Record<Lang, RegExp> = {
  en: /\b(?:calls?|meetings?|meet|catch[- ]?ups?|chats?|zoom|teams|hangouts?|demos?|workshops?|sessions?|syncs?|stand-?ups?|interviews?|on slack|online|reachable|available|on call|be there|join|coaching|lessons?|classes|class|site visits?|walk-?through|be around|be on hand|keep an eye on|monitor|monitoring|on standby|on stand-by|log (?:in|on)|(?:you'?re|you are|you'?ll be|you will be) expected)\b/,
  fr: /\b(?:call|calls|appels?|reunions?|point|rdv|rendez-vous|visios?|visioconferences?|meet|zoom|teams|ateliers?|seances?|coaching|formations?|en ligne|joignable|disponible|dispo|present|presente|astreinte|rejoindre|visite de chantier|visites?|surveiller|sur le pont|(?:seras|serez|etre) la|(?:te|vous) connecter|connecte|connectee)\b/,
};

/** A deadline preposition just before a date makes it a delivery even in a sentence about a meeting. */
export const DELIVERY_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:by|before|no later than|until|till|for|ahead of|in time for)\s+(?:\w+\s+){0,3}$/,
  fr: /(?:\bpour\b|\bavant\b|\bd'ici\b|\bau plus tard\b|\bjusqu'(?:a|au)\b)\s+(?:\S+\s+){0,3}$/,
};

/**
 * The client's own absence or closure, a request called off, or the reader's own plan reported back
 * ("I saw you planned to finish Saturday") with no "but" turning it into an ask: no ask for the reader.
 */
export const NOT_ASKED: Record<Lang, RegExp> = {
  en: /\b(?:(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i will be|we will be|(?:the |our )?office (?:is|will be)) (?:all |both )?(?:away|off|out|closed|offline|unavailable)(?![^.!?\n]*\b(?:that (?:same )?day|take advantage)\b)|(?:the (?:whole |entire )?(?:team|company|studio|agency)|everyone|everybody|all of us) (?:is|are|will be|'s|'ll be) (?:away|off|out|closed)|(?:call|contact|reach|email|e-mail) us|call \(?\d{3}|we'?re open|open (?:from|between|daily|weekdays|until)|(?:office|opening|business) hours|customer (?:service|support)|there will be (?:an? )?(?:\w+ )?(?:migration|maintenance|outage|upgrade|downtime)|(?:scheduled|server|system|planned) maintenance|will be (?:temporarily )?(?:unavailable|down|offline)|forget (?:what|about|my)|ignore (?:my|what|the)|disregard|never ?mind|scratch that|no longer need|you (?:planned|were planning|meant|intended|were going) to(?![^.?!\n]*\b(?:but|however)\b)|(?:talks?|talking|talked|speaks?|spoke|speaking) about|the (?:part|bit|scene|section|passage) where|(?:we'?d|i'?d|we would|i would) (?:love|like) to see you|hope to see you|you'?re (?:very |more than |most )?welcome to (?:come|join|drop|stop|pop))\b/,
  fr: /\b(?:(?:je suis|je serai|nous sommes|nous serons|on est|on sera|le bureau (?:est|sera)|nos bureaux (?:sont|seront)|(?:toute )?l'(?:equipe|agence)|le studio|tout le monde) (?:tous |toutes )?(?:est |sera )?(?:absente?s?|fermee?s?|en conges?|en vacances|off)(?![^.!?\n]*\b(?:ce jour-la|ce jour la|en profiter|profitez|profites)\b)|appelez-nous|contactez-nous|(?:nous sommes|on est|sommes) ouverts?|horaires d'ouverture|service client|maintenance (?:programmee|prevue)|sera (?:indisponible|coupee?|hors service)|laisse(?:z)? tomber|oublie(?:z)? (?:ma|ce que|la)|ne (?:tiens|tenez) pas compte|annule(?:r)? (?:ma|la) demande|plus besoin|je (?:t'|vous |te |les |le |la |l')?(?:envoie|enverrai|transmets|transmettrai|partage|partagerai|regarde|regarderai|rappelle(?! que| qu')|rappellerai|appelle|appellerai|relis|relirai)|(?:tu comptais|vous comptiez|tu prevoyais|vous prevoyiez|tu avais prevu|vous aviez prevu)(?![^.?!\n]*\b(?:mais|cependant|pourtant)\b)|(?:parle|parlent|parlait|evoque|evoquent|raconte|racontent) (?:de|des|du)|(?:le passage|la partie|la scene) ou|(?:on serait|je serais|nous serions) (?:ravie?s?|contente?s?|heureu(?:x|se|ses)) de (?:te|vous) voir|(?:tu es|vous etes|t'es) (?:le |la |les )?bienvenue?s?)\b/,
};

/**
 * The sender's own next step ("I'll go through the drafts tonight", "je relirai ce soir"): no ask, unless the sentence
 * asked something before it ("send me the edits later today and I'll read them on the train").
 */
const SENDER_PLAN: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to) (?:send|share|forward|email|e-mail|post|upload|drop|get back|call|ring|look|review|check|read|go through|go over|have a look|take a look|think|sleep on|reply|respond)\b/,
};

/** Whether the sentence is only the sender's plan: a plan with no request before it. */
function onlySenderPlan(lang: Lang, sentence: string): boolean {
  const plan = SENDER_PLAN[lang]?.exec(sentence);
  return plan != null && !REQUEST_CUES[lang].test(sentence.slice(0, plan.index));
}

/** A sentence that opens by releasing the reader ("No need to look at it this weekend") asks nothing. */
export const RELEASE_SENTENCE: Record<Lang, RegExp> = {
  en: /^\W*(?:(?:and|but|so|honestly|really|oh),? )*(?:there'?s )?(?:no need|no rush|no pressure|(?:you )?(?:don'?t|do not|needn'?t) (?:need to|have to|feel|worry)|please don'?t feel)\b/,
  fr: /^\W*(?:(?:et|mais|donc|franchement|surtout|bien sur),? )*(?:pas besoin|nul besoin|inutile de|rien ne presse|ne (?:te|vous) sen(?:s|tez) pas|pas la peine|pas d'urgence|aucune obligation)\b/,
};

/**
 * The sender's own plan opening the clause right after a time phrase: "this evening around 9pm
 * I'll have a look myself", "ce soir vers 21h je relirai le texte". The time is theirs, not a
 * deadline for the reader; "tonight I'll need the files" still asks. The plan may open the next sentence ("by
 * 10pm? I'll read it on the train"), but an apology or a thanks there ("by 11am? I'll owe you one", « d'ici 11h ? Je
 * m'excuse de vous le demander si tard ») is no plan of the sender's at that time.
 */
const SENDER_AFTER: Record<Lang, RegExp> = {
  en: /^(?:(?!(?:and|so|then|because|but|or|if|when)\b)\S+ ){1,3}?(?:(?:around|about|at|from|after) \S+ )?(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\b(?! (?:need|want|require|expect|ask|have to|be needing|owe|make it up|be (?:forever |so |very |really )?(?:grateful|thankful|in your debt)|buy you|pay you back|return the favou?r))/,
  fr: /^(?:(?!(?:et|mais|puis|donc|car|ou|si|quand)\b)\S+ ){1,3}?(?:(?:vers|a|des|apres) \S+ )?(?:je |j'|nous )(?!(?:\w+ )?(?:demande|voudrais|aimerais|veux|souhaite|souhaiterais|attends|compte|ai besoin|aurai besoin|aurais besoin|avons besoin|aurons besoin|voudrions|aimerions|souhaiterions|dois|devons|m'excuse|m'en excuse|nous excusons|suis (?:vraiment |tres )?desolee?|sommes desolee?s|te remercie|vous remercie|remercie|te revaudrai|vous revaudrai|te dois|vous dois|sais)\b)/,
};

/**
 * The work sent or needed just before the time: "send it to me Sunday, I'll read it then", "I need them by 9am, I'll
 * show them at breakfast", « envoie-la-moi dimanche, je la relirai », « il me les faudrait pour demain 9h, je les
 * montre au petit-déj ». The time is the reader's, whatever the sender does after.
 */
const SEND_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:(?:send|get|email|mail|deliver|drop|upload|share|forward)(?: [\w'-]+){0,4} (?:on |by |for )?|(?:i|we)(?:'d| would)? need (?:it|them|this|that|these|those)(?: [\w'-]+){0,2} (?:by|for|before) )$/,
  fr: /\b(?:(?:envoie|envoyez|renvoie|renvoyez|transmets|transmettez|livre|livrez|rends|rendez|depose|deposez|partage|partagez|poste|postez)(?:-(?:le|la|les|moi|nous|m'en|nous-en))*(?:[ '][\w-]+){0,4} (?:pour |d'ici )?|il (?:me|nous) (?:le |la |les |l')?(?:faut|faudrait|faudra)(?: [\w'-]+){0,2} (?:pour|d'ici|avant) |(?:j'en|nous en) (?:ai|aurais|aurai|avons|aurions|aurons) besoin(?: [\w'-]+){0,2} (?:pour|d'ici|avant) )$/,
};
/** The same imperative anywhere in the sentence: the sender's own plan after it ("je la relirai") still asks. */
const SEND_IMPERATIVE: Record<Lang, RegExp> = {
  en: /(?:^|[,;:]\s*|\bplease |\band )(?:send|email|forward|deliver|upload|drop) (?:it|them|this|that|these|those|me|us)\b/,
  fr: /\b(?:envoie|envoyez|renvoie|renvoyez|transmets|transmettez|rends|rendez|depose|deposez|partage|partagez)-(?:le|la|les|moi|nous)\b/,
};

/**
 * Across a sentence end, the French plan must be said as one (a future, « je vais »): « pour lundi 9h ? Je le
 * relirai dans le train » is the sender's plan, « pour lundi 9h ? Nous bouclons le catalogue le matin » the reason
 * for the deadline. (English plans are already futures.)
 */
const PLAN_NEXT_SENTENCE: Record<Lang, RegExp> = {
  en: /[.?!]\s/,
  fr: /[.?!]\s+(?:je |j'|nous )(?:(?:ne |n'|le |la |les |l'|te |t'|vous |y |en |lui |leur |me |m'|tout |bien |moi-meme )*)(?:[a-z]+(?:rai|rons)|vais|allons)\b/,
};

/** Whether the time phrase at `start` opens the sender's own plan (see SENDER_AFTER). */
export function senderActsAfter(lang: Lang, text: string, start: number): boolean {
  const after = text.slice(start, start + 60);
  const plan = SENDER_AFTER[lang].exec(after);
  if (!plan || SEND_BEFORE[lang].test(text.slice(Math.max(0, start - 40), start))) return false;
  return !/[.?!]\s/.test(plan[0]) || PLAN_NEXT_SENTENCE[lang].test(after);
}

/** A clause whose subject is someone else doing something at the time: "the crew is here", "les ouvriers arrivent". */
const OTHERS_CLAUSE: Record<Lang, RegExp> = {
  en: /(?:^|[,;:]|\b(?:and|but|so|fyi|heads up|just so you know))\s*(?:the|our|my|his|her|their|a|an) (?:[a-z'-]+ ){0,3}?(?:is|are|will be|'s|'re|'ll be|arrives?|comes?|starts?|lands?|picks? up|turns? up|shows? up|gets? (?:in|here|there)|opens?|begins?|leaves?|flies|visits?|moves? in)\b[^,;:]*$/,
  fr: /(?:^|[,;:]|\b(?:et|mais|donc|pour info))\s*(?:le|la|les|l'|notre|nos|mon|ma|mes|son|sa|ses|leur|leurs|un|une) ?(?:[a-z'-]+ ){0,3}?(?:est|sont|sera|seront|arrive\w*|vien\w*|commence\w*|passe\w*|debarque\w*|ouvre\w*|atterri\w*|part|partent|livre\w*)\b[^,;:]*$/,
};
/** Where a later clause of the sentence begins. */
const CLAUSE_BREAK = /[,;:]\s*|\s-\s/;
/** The later clause names its own time ("this week", "when you can", "la semaine prochaine"). */
const OWN_TIME: Record<Lang, RegExp> = {
  en: /\b(?:(?:mon|tues|wednes|thurs|fri)day|this week|next week|when(?:ever)? (?:you|u) (?:can|get a (?:chance|moment|minute)|have (?:a )?(?:moment|minute|time))|at some point|no rush|in the coming days)\b/,
  fr: /\b(?:lundi|mardi|mercredi|jeudi|vendredi|cette semaine|la semaine prochaine|quand (?:tu peux|vous pouvez|tu auras|vous aurez)|a l'occasion|rien ne presse|dans les prochains jours)\b/,
};
/** An earlier clause's own deadline: "by 4 today", "before noon", "pour 16h", "avant ce soir". */
const OWN_DEADLINE: Record<Lang, RegExp> = {
  en: /\b(?:by|before|no later than)\s+(?:\d|noon|midday|today|tonight|this|eod|end of|(?:mon|tues|wednes|thurs|fri)day)/,
  fr: /(?:\bpour|\bavant|\bd'ici|\bau plus tard)\s+(?:\d|midi|ce soir|ce matin|cet apres-midi|aujourd'hui|la fin de|lundi|mardi|mercredi|jeudi|vendredi)/,
};
/** The later clause points back at the time ("before then", "d'ici là", "avant"): the time is then the deadline. */
const BACK_TO_IT = /\b(?:before (?:then|that|they|he|she)|by then|in time|beforehand|d'ici la|avant|a temps)\b/;

/**
 * Someone else's moment with the ask in a later clause naming its own time: "The crew is here tomorrow at 7, so could
 * you send me the tile order this week?" asks nothing for 7am. `start` is the time phrase, offsets in `text`.
 */
export function othersMomentAskedApart(lang: Lang, text: string, sentence: Sentence, start: number): boolean {
  const others = OTHERS_CLAUSE[lang].exec(text.slice(sentence.start, start));
  if (!others) return false;
  // The ask before, with its own deadline: "we need the files by 4 today, the crew is here tomorrow at 7".
  const earlier = text.slice(sentence.start, sentence.start + others.index);
  if (OWN_DEADLINE[lang].test(earlier) && asksSomething(lang, earlier)) return true;
  const after = text.slice(start, sentence.end);
  const cut = CLAUSE_BREAK.exec(after);
  if (!cut) return false;
  const rest = after.slice(cut.index + cut[0].length);
  return asksSomething(lang, rest) && OWN_TIME[lang].test(rest) && !BACK_TO_IT.test(rest);
}

/**
 * The one window the reader's work can happen in: "the only time our IT can open access for you is Saturday",
 * « le seul créneau où l'on peut vous ouvrir un accès, c'est samedi pendant la fenêtre de maintenance ». An ask to
 * be at work then, though no verb asks it. The reader must be named after the window's first word: a lookahead at
 * the head of the pattern would scan the rest of the sentence from every position of it, quadratic on a long one
 * (2.4 s on 20,000 characters of "by Monday 8am").
 */
export const WORK_WINDOW: Record<Lang, RegExp> = {
  en: /\bthe only (?=[^.!?\n]*\b(?:you|u)\b)(?:time|window|slot|moment|day|night)s?\b[^.!?\n]{0,80}\b(?:is|are|will be|would be)\b|\b(?:maintenance|change|downtime|deployment|release)(?=[^.!?\n]*\b(?:you|u)\b) window\b|(?<!\b(?:deliveries|delivery|works|roadworks|repairs)\b[^.!?\n]{0,20})\b(?:can|could|will|may) only (?:be (?:done|shot|filmed|recorded|taken|photographed)|happen|take place)\b/,
  fr: /\b(?:le |la )?seul(?:e|s|es)? (?=[^.!?\n]*\b(?:vous|tu|te|t'|toi)\b)(?:moment|creneau|fenetre|jour|nuit|plage)s?\b[^.!?\n]{0,80}(?:\bc'est|\best|\bsera|\bserait|\bce sera)\b|\b(?:fenetre|plage)(?=[^.!?\n]*\b(?:vous|tu|te|t'|toi)\b) de (?:maintenance|deploiement|mise en production|coupure)\b|(?<!\b(?:livraisons?|travaux|reparations?)\b[^.!?\n]{0,20})\bne (?:pourra|pourront|peut|peuvent|pourrait|pourraient) (?:se faire|avoir lieu|se tourner|se derouler|etre (?:tournee?s?|realisee?s?|faite?s?|filmee?s?|enregistree?s?|prise?s?|photographiee?s?)) qu(?:e\b|')/,
};

/**
 * A line opening on an imperative to attend ("- join the 10pm review each night", « - rejoins le point de 21h »):
 * a standing order, as bullets give them. It asks for the phrase rules, but no single date is due by it (a deadline
 * needs REQUEST_CUES: "Attend the 8:30am stand-up every day" sets no deadline at 8:30).
 */
const ATTEND_IMPERATIVE: Record<Lang, RegExp> = {
  en: /^[\s*•-]*(?:please |pls |also |and )?(?:join|attend|dial in|dial into|hop on|jump on)\b/,
  fr: /^[\s*•-]*(?:merci de |et |aussi )?(?:rejoins|rejoignez|rejoindre|assiste|assistez|connecte-toi|connectez-vous)\b/,
};

/** Whether a sentence asks the reader for something. */
export function asksSomething(lang: Lang, sentenceText: string): boolean {
  return (
    (REQUEST_CUES[lang].test(withoutReleases(lang, sentenceText)) ||
      WORK_WINDOW[lang].test(sentenceText) ||
      ATTEND_IMPERATIVE[lang].test(sentenceText)) &&
    !RELEASE_SENTENCE[lang].test(sentenceText)
  );
}

const KIND_OF_OUTSIDE: Partial<Record<string, OffHoursKind>> = {
  weekend: 'weekend',
  evening: 'evening',
  night: 'evening',
  early_morning: 'evening',
};

/**
 * A working weekday named in a neighbouring sentence: "The fair is this weekend. Could you send the brochure on
 * Tuesday?" asks for Tuesday, not for the weekend. Monday is left out: "by Monday" after a weekend still leans on it.
 * Only for a weekend hit: a neighbour's weekday may itself be the holiday or the leave asked for.
 */
const OTHER_DAY: Record<Lang, RegExp> = {
  en: /\b(?:tuesday|wednesday|thursday|friday|tue|tues|wed|thu|thurs|fri)\b/,
  fr: /\b(?:mardi|mercredi|jeudi|vendredi)\b/,
};

/** What a hit is about (its deadline's reason to be outside working time, else its words). */
function hitKind(context: RuleContext, hit: RuleHit): OffHoursKind {
  const outside = hit.deadline?.outside?.kind;
  return (outside && KIND_OF_OUTSIDE[outside]) ?? offHoursKind(context.lang, context.text.slice(hit.start, hit.end));
}

/**
 * Keeps the hits of `rule` whose sentence, or one of the `around` sentences
 * before or after it, asks the reader for something, unless a release elsewhere in the
 * message frees the same time (message-release.ts) ("I know you're on leave
 * next week. If anything comes in, you'd need to jump on it.").
 */
export function whenAsked(rule: Rule, around = 0): Rule {
  return {
    ...rule,
    find(context: RuleContext): RuleHit[] {
      // Per sentence, not per hit: a long unpunctuated body repeating a trigger holds thousands of hits in one sentence.
      const notAsked = new Map<number, boolean>();
      const asks = new Map<number, boolean>();
      const sentenceText = (s: Sentence): string => context.text.slice(s.start, s.end);
      const once = (cache: Map<number, boolean>, i: number, test: (s: Sentence) => boolean): boolean => {
        let known = cache.get(i);
        if (known === undefined) {
          known = test(context.sentences[i] as Sentence);
          cache.set(i, known);
        }
        return known;
      };
      return rule.find(context).filter((hit) => {
        const own = sentenceAt(context.sentences, hit.start);
        if (!own) return false;
        const first = context.sentences.indexOf(own);
        const notAskedHere = (s: Sentence): boolean =>
          (NOT_ASKED[context.lang].test(sentenceText(s)) || onlySenderPlan(context.lang, sentenceText(s))) &&
          !SEND_IMPERATIVE[context.lang].test(sentenceText(s));
        if (once(notAsked, first, notAskedHere)) return false;
        if (toldNotAsked(context.lang, context.text, own, hit.start, REQUEST_CUES[context.lang])) return false;
        if (servedAt(context.lang, context.text, hit.start)) return false;
        const kind = hitKind(context, hit);
        if (releasedInMessage(context, kind, hit.start)) return false;
        const last = Math.min(context.sentences.length - 1, first + around);
        for (let i = Math.max(0, first - around); i <= last; i++) {
          if (!once(asks, i, (s) => asksSomething(context.lang, sentenceText(s)))) continue;
          if (i === first || kind !== 'weekend') return true;
          if (!OTHER_DAY[context.lang].test(sentenceText(context.sentences[i] as Sentence))) return true;
        }
        return false;
      });
    },
  };
}
