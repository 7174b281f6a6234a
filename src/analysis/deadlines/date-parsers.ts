import type { Parser, ParsingContext } from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import type { Lang } from '../types.ts';

/**
 * chrono-node's casual parsers, trimmed and gated. Its first parse compiles
 * every parser's pattern (some are thousands of characters of unit and number
 * words) and costs hundreds of milliseconds: most of the cold-start budget.
 * So each parser we keep runs only when a few plain words it needs are in the
 * text, and parsers whose results `findDeadlines` always drops are left out:
 * durations looked back to or counted from now ("2 days ago", "2 days
 * later", "les 2 prochains jours"), the current month's end, a month and year.
 *
 * chrono-node exports the configurations but not the parser classes, and a
 * minified build loses class names, so parsers are picked by their place in
 * chrono-node 2.10's configuration; `date-parsers.test.ts` checks the names.
 */
export interface ParserPick {
  index: number;
  /** The class chrono-node 2.10 has at `index`: documentation, and checked by the test. */
  name: string;
  /** Words without which the parser cannot match. */
  cue: RegExp;
}

const DIGIT = /\d/;
/** yyyy-mm-dd, read by the ISO and year-first parsers. */
const YEAR_FIRST = /\d{4}[-/.]\d/;
const SLASH_DATE = /\d[-/.]\d/;

const EN_UNIT =
  /\b(?:\d+ ?(?:s|m|h|d|w|y|mo)|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|months?|qtr|quarters?|yrs?|years?)\b/;
const EN_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** The parsers of `chronoEn.configuration.createCasualConfiguration()` that deadlines need. */
export const EN_PARSERS: readonly ParserPick[] = [
  { index: 0, name: 'ENYearMonthDayParser', cue: YEAR_FIRST },
  { index: 1, name: 'ISOFormatParser', cue: YEAR_FIRST },
  { index: 2, name: 'SlashDateFormatParser', cue: SLASH_DATE },
  { index: 3, name: 'ENTimeUnitWithinFormatParser', cue: EN_UNIT },
  { index: 4, name: 'ENMonthNameLittleEndianParser', cue: EN_MONTH },
  { index: 5, name: 'ENMonthNameMiddleEndianParser', cue: EN_MONTH },
  { index: 6, name: 'ENWeekdayParser', cue: /\b(?:mon|tue|wed|thu|fri|sat|sun|weekend|weekday)/ },
  { index: 8, name: 'ENTimeExpressionParser', cue: DIGIT },
  { index: 12, name: 'ENCasualDateParser', cue: /now|today|tonight|tomorrow|tmr|yesterday|night/ },
  { index: 13, name: 'ENCasualTimeParser', cue: /morning|afternoon|evening|night|noon|midday/ },
  // A month alone, kept for "by the end of March".
  { index: 15, name: 'ENMonthNameParser', cue: EN_MONTH },
  { index: 16, name: 'ENRelativeDateFormatParser', cue: EN_UNIT },
  { index: 17, name: 'ENTimeUnitCasualRelativeFormatParser', cue: EN_UNIT },
];

const FR_UNIT = /\b(?:\d+ ?h|secondes?|sec|mins?|minutes?|hrs?|heures?|jours?|semaines?|mois|trimestres?|ans)\b/;

/** The parsers of `chronoFr.createCasualConfiguration()` that deadlines need. */
export const FR_PARSERS: readonly ParserPick[] = [
  { index: 1, name: 'FRCasualTimeParser', cue: /matin|soir|apres-midi|après-midi|aprem|midi|minuit/ },
  { index: 2, name: 'FRCasualDateParser', cue: /maintenant|aujourd'hui|demain|hier|nuit|veille/ },
  { index: 3, name: 'ISOFormatParser', cue: YEAR_FIRST },
  { index: 4, name: 'SlashDateFormatParser', cue: SLASH_DATE },
  {
    index: 5,
    name: 'FRMonthNameLittleEndianParser',
    cue: /\b(?:jan|fev|fév|mar|avr|mai|juin|jun|juil|jul|aout|août|sep|oct|nov|dec|déc)/,
  },
  { index: 6, name: 'FRTimeExpressionParser', cue: DIGIT },
  { index: 7, name: 'FRSpecificTimeExpressionParser', cue: DIGIT },
  { index: 9, name: 'FRTimeUnitWithinFormatParser', cue: FR_UNIT },
  { index: 10, name: 'FRWeekdayParser', cue: /\b(?:lun|mar|mer|jeu|ven|sam|dim)/ },
];

/** A pattern that never matches: chrono then finds nothing for that parser. */
const NEVER = /(?!)/;

function cued(parser: Parser, cue: RegExp): Parser {
  return {
    pattern: (context: ParsingContext) => (cue.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function picked(parsers: readonly Parser[], picks: readonly ParserPick[]): Parser[] {
  return picks.flatMap(({ index, cue }) => {
    const parser = parsers[index];
    return parser ? [cued(parser, cue)] : [];
  });
}

/**
 * Australian "arvo" (afternoon), which chrono does not know: "this arvo" is today at 3 pm, as chrono reads
 * "this afternoon" (PM = 1 in chrono's Meridiem).
 */
const ARVO: Parser = {
  pattern: () => /\b(?:this )?arvo\b/i,
  extract: (context) =>
    context.createParsingComponents().imply('meridiem', 1).imply('hour', 15).imply('minute', 0).imply('second', 0),
};

/**
 * A bare day of the month, "the 26th", "the 26th and 27th", "by the 3rd", which chrono reads only with a month: the
 * next such day from the sending day ("Would the 26th and 27th work?" sent on 9 December is 26-27 December). Only
 * where a day is meant: not "the 3rd floor", "the 2nd draft", "our 10th anniversary" (a noun follows), nor "Thursday
 * the 27th" (chrono's weekday, completed in find-deadlines.ts).
 */
const BARE_ORDINAL_DAY: Parser = {
  pattern: () =>
    /(?<=\b(?:the|and|or|&|to|through|thru|until|till|by|on|from) )(?<!(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:the )?)([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:!?)–-]|(?:and|or|&|to|through|at|by|would|works?|suits?|is|are|then|if|as|so|for|please|instead|too|morning|afternoon|evening|night)\b))/,
  extract: (context, match) => {
    const day = Number(match[1]);
    const from = context.reference.getDateWithAdjustedTimezone();
    const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    for (let n = 0; n < 62 && date.getDate() !== day; n++) date.setDate(date.getDate() + 1);
    if (date.getDate() !== day) return null;
    return context
      .createParsingComponents()
      .assign('day', day)
      .imply('month', date.getMonth() + 1)
      .imply('year', date.getFullYear());
  },
};

function trimmed(
  configuration: { parsers: Parser[]; refiners: chronoEn.Chrono['refiners'] },
  picks: readonly ParserPick[],
  extra: readonly Parser[] = [],
) {
  return new chronoEn.Chrono({
    parsers: [...picked(configuration.parsers, picks), ...extra],
    refiners: configuration.refiners,
  });
}

export const DATE_PARSERS: Record<Lang, chronoEn.Chrono> = {
  en: trimmed(chronoEn.configuration.createCasualConfiguration(false), EN_PARSERS, [
    ARVO,
    cued(BARE_ORDINAL_DAY, /\d(?:st|nd|rd|th)\b/),
  ]),
  fr: trimmed(chronoFr.createCasualConfiguration(), FR_PARSERS),
};
