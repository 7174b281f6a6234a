import type { Lang } from '../analysis/types.ts';

/**
 * Small numbers in words ("two rounds", "the third round" / "deux tours",
 * "le troisième tour"): a reply counts revision rounds the way a person
 * writes them. Up to 99; larger numbers stay in digits, as people write them.
 * Hand-written: Intl has no spell-out, and the libraries that do carry every
 * language for two dozen lines.
 */
const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINAL_IRREGULAR: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function isWordable(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 100;
}

function enCardinal(n: number): string {
  if (n < 20) return EN_UNITS[n] as string;
  const tens = EN_TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? tens : `${tens}-${EN_UNITS[n % 10] as string}`;
}

function frCardinal(n: number): string {
  if (n < 20) return FR_UNITS[n] as string;
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  // 70–79 and 90–99 count on from sixty and eighty: soixante-douze, quatre-vingt-treize.
  if (ten === 7 || ten === 9) {
    const base = ten === 7 ? 'soixante' : 'quatre-vingt';
    return n === 71 ? 'soixante et onze' : `${base}-${FR_UNITS[10 + unit] as string}`;
  }
  if (ten === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[unit] as string}`;
  const tens = FR_TENS[ten] as string;
  if (unit === 0) return tens;
  return unit === 1 ? `${tens} et un` : `${tens}-${FR_UNITS[unit] as string}`;
}

/** "two" / "deux"; digits from 100 on. */
export function cardinalWords(n: number, lang: Lang): string {
  if (!isWordable(n)) return String(n);
  return lang === 'fr' ? frCardinal(n) : enCardinal(n);
}

function enOrdinal(n: number): string {
  const words = enCardinal(n).split('-');
  const last = words.pop() as string;
  const ordinal = EN_ORDINAL_IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words, ordinal].join('-');
}

function frOrdinal(n: number): string {
  if (n === 1) return 'premier';
  const cardinal = frCardinal(n).replace(/quatre-vingts$/, 'quatre-vingt');
  return `${cardinal.replace(/cinq$/, 'cinqu').replace(/neuf$/, 'neuv').replace(/e$/, '')}ième`;
}

/** "third" / "troisième" (masculine: "le troisième tour"); "101st" / "101e" from 100 on. */
export function ordinalWords(n: number, lang: Lang): string {
  if (!isWordable(n) || n === 0) {
    if (lang === 'fr') return `${n}e`;
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  }
  return lang === 'fr' ? frOrdinal(n) : enOrdinal(n);
}
