/** The sender's own name, read from the `from` field, so a signature signed with the bare name is set aside. */
import { foldPhrase } from '../text.ts';

/**
 * The sender's full name and first name, folded, from a `from` field ("Rachel Stein <r@x.com>",
 * "\"Stein, Rachel\" <r@x.com>"): a line holding only one of them starts the signature.
 */
export function senderNames(from: unknown): string[] {
  if (typeof from !== 'string') return [];
  const name = foldPhrase(from.slice(0, 200).replace(/<[^>]*>|\S+@\S+/g, ''))
    .replace(/["()]/g, '')
    .trim();
  const [last, first] = name.includes(',') ? name.split(',', 2).map((p) => p.trim()) : [null, null];
  const full = first && last ? `${first} ${last}` : name.replace(/\s+/g, ' ');
  const given = full.split(' ')[0] ?? '';
  return [...new Set([full, given])].filter((n) => n.length >= 2);
}
