import type { Lang } from '../../types.ts';

/**
 * A moment the sender offers rather than sets: their own availability ("Tuesday or Thursday afternoon works on my
 * end", « mardi me va ») or the choice left to the reader ("tell me what suits you best", « comme tu préfères », « selon
 * tes dispos »). A slot picked by the reader is no deadline, so no rush; whether it falls off hours is read elsewhere.
 */
export const OFFERED_SLOT: Record<Lang, RegExp> = {
  en: /\b(?:(?:works?|suits?|is (?:good|fine|free|open|best)|are (?:good|fine|free|open)|would (?:work|suit|be (?:ideal|good|great|fine|best))|could work) (?:well |best |fine )?(?:for me|for us|with me|with us|on my (?:end|side)|on our (?:end|side)|my end|our end)|\b(?:suits?|would suit) (?:me|us)|(?:i'?m|i am|we'?re|we are) (?:free|available|around|open)\b[^.!?\n]{0,30}\bor\b|(?:whatever|whichever|what|which(?: (?:one|day|slot|time))?|when(?:ever)?) (?:works|suits|fits|is (?:best|easiest|easier|better|convenient)) (?:best )?(?:for )?(?:you|u|your (?:schedule|diary|calendar))|(?:whatever|whichever|what)(?: (?:day|slot|time|one))? (?:you (?:prefer|like|choose|want)|is best)|(?:your|ur) (?:pick|choice|call)(?=\s*(?:[.!?,;)\n]|$))|you (?:pick|choose)|at your convenience)\b/,
  fr: /\b(?:comme (?:tu (?:preferes|veux|le sens)|vous (?:preferez|voulez|le sentez))|a (?:ta|votre) (?:convenance|guise)|selon (?:tes|vos|ta|votre) (?:dispos?|disponibilites?|convenance|preferences?|agenda|planning)|(?:ce qui|le jour qui|le creneau qui|celui qui) (?:t'|vous )(?:arrange|convient|va)|(?:me|nous) (?:va|vont|irait|convient|conviennent|conviendrait|arrange|arrangent|arrangerait)\b|m'(?:arrange|arrangent|arrangerait|irait)\b|(?:je suis|on est|nous sommes|je serai|on sera) (?:dispo|disponibles?|libres?)\b[^.!?\n]{0,30}\bou\b|au choix|(?:dis|dites)[- ]moi (?:ce qui|quel (?:jour|creneau|moment)|lequel|laquelle|ce que tu preferes|ce que vous preferez))\b/,
};
