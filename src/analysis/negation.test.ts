import { describe, expect, test } from 'vitest';
import { isNegated } from './negation.ts';
import type { Lang } from './types.ts';

function negated(lang: Lang, sentence: string, phrase: string): boolean {
  return isNegated(lang, sentence, { start: 0, end: sentence.length }, sentence.indexOf(phrase));
}

describe('isNegated', () => {
  test.each([
    ['en', 'there is no need to work this weekend', 'this weekend', true],
    ['en', "you don't have to answer tonight", 'tonight', true],
    ['en', 'can you work this weekend', 'this weekend', false],
    ['en', "I don't know why, but we need it this weekend", 'this weekend', false],
    ['en', "couldn't you do it tonight?", 'tonight', false],
    ['en', 'nobody expects you to be on call this weekend', 'you to be on call', true],
    ['en', 'no one here wants you online tonight', 'online tonight', true],
    ['en', 'none of this is urgent', 'urgent', true],
    ['en', 'none of the drafts work so we need new ones urgently', 'urgently', false],
    ['en', 'we need the deck (the short one, not the old draft) back by 7am monday', '7am monday', false],
    ['en', "we don't need the deck (the short one) by monday", 'by monday', true],
    ['fr', 'pas besoin de travailler ce week-end', 'ce week-end', true],
    ['fr', 'ne te sens pas oblige de repondre ce soir', 'ce soir', true],
    ['fr', 'tu pourrais le faire ce soir ?', 'ce soir', false],
    ['fr', 'tu ne pourrais pas le finir ce soir ?', 'ce soir', false],
    ['fr', 'je ne sais pas, mais il me le faut ce soir', 'ce soir', false],
    ['fr', 'si jamais tu peux le boucler ce soir', 'ce soir', false],
    ['fr', 'je ne te demanderai jamais de bosser ce soir', 'ce soir', true],
    ['fr', 'personne ne te demande de bosser ce soir', 'ce soir', true],
    ['fr', "il nous faut le devis (le nouveau, pas l'ancien) pour lundi 8h", 'lundi 8h', false],
    ['fr', 'nous ne pourrons regler que la moitie ce mois-ci', 'que la moitie', false],
    ['fr', "on n'a besoin que de toi ce samedi", 'ce samedi', false],
    ['fr', "on n'a plus besoin que tu viennes ce samedi", 'ce samedi', true],
    ['fr', 'plus de reunion le vendredi soir', 'le vendredi soir', true],
    ['fr', 'en plus de la maquette, tu pourrais faire le site ce week-end', 'ce week-end', false],
    ['fr', 'il faudrait un peu plus de photos pour samedi', 'pour samedi', false],
    ['fr', 'deux fois plus de pages a livrer ce soir', 'ce soir', false],
    ['fr', "personne n'attend de toi que tu sois connecte le soir", 'le soir', true],
  ] as const)('%s: "%s" negates "%s": %s', (lang, sentence, phrase, expected) => {
    expect(negated(lang, sentence, phrase)).toBe(expected);
  });
});
