/** Titles before a name: dropped to find the first name. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'm', 'mme', 'mlle', 'me', 'monsieur', 'madame']);

/** Words that make a sender an organisation or a mailbox, not a person to greet by name. */
const NOT_A_PERSON = new Set([
  'the',
  'team',
  'support',
  'service',
  'services',
  'info',
  'contact',
  'hello',
  'admin',
  'noreply',
  'no-reply',
  'newsletter',
  'billing',
  'accounts',
  'sales',
  'office',
  'studio',
  'agency',
  'group',
  'company',
  'shop',
  'ltd',
  'inc',
  'llc',
  'gmbh',
  'sa',
  'sarl',
  'sas',
  'asbl',
  'equipe',
  'theatre',
  'agence',
  'groupe',
  'association',
  'asso',
  'mairie',
  'boutique',
  'billetterie',
  'comptabilite',
  'cabinet',
  'du',
  'des',
  'de',
  'la',
  'le',
  'les',
  'of',
  'and',
  '&',
]);

const NAME_WORD = /^\p{L}[\p{L}'’-]*\.?$/u;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

function capitalise(word: string): string {
  // "JEAN-MARC" or "jean-marc" → "Jean-Marc"; a name typed with care keeps its case.
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * The first name to greet a client by, from `Name <address>` (or `"Last, First"`),
 * or null when the sender is an organisation, a bare address, or anything else
 * that would make "Hi Support," or "Bonjour Théâtre," — greeting without a name is better.
 */
export function clientFirstName(from: string | undefined): string | null {
  if (typeof from !== 'string') return null;
  const display = from
    .replace(/<[^>]*>/g, '')
    .replace(/["“”]/g, '')
    .trim();
  if (display === '' || display.includes('@') || /\d/.test(display)) return null;
  const [before, after] = display.split(',', 2).map((part) => part.trim());
  const name = after ? after : (before ?? '');
  const words = name.split(/\s+/).filter((word) => !TITLES.has(fold(word)));
  if (words.length === 0 || words.length > 4 || display.split(/\s+/).some((w) => NOT_A_PERSON.has(fold(w))))
    return null;
  const first = words[0] as string;
  if (!NAME_WORD.test(first) || first.endsWith('.')) return null;
  return capitalise(first);
}
