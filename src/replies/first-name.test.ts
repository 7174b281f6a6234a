import { expect, test } from 'vitest';
import { clientFirstName } from './first-name.ts';

test.each([
  ['Jess Kaminski <jess@example.com>', 'Jess'],
  ['Élodie Fabre <elodie@example.fr>', 'Élodie'],
  ['"Doe, Jane" <jane@example.com>', 'Jane'],
  ['Dr Hélène Marchetti <h@example.fr>', 'Hélène'],
  ['Mme Sophie Martin <s@example.fr>', 'Sophie'],
  ['JEAN-MARC DUPUIS <jm@example.fr>', 'Jean-Marc'],
  ['nico fabre <n@example.fr>', 'Nico'],
  ['Yanis B. <y@example.fr>', 'Yanis'],
  ['Marie-Josée Gagné <mj@example.ca>', 'Marie-Josée'],
])('%s → %s', (from, name) => {
  expect(clientFirstName(from)).toBe(name);
});

test.each([
  'Théâtre du Rivage <billetterie@example.fr>',
  'Support Team <support@example.com>',
  'Studio Lumen <contact@example.fr>',
  'jess@example.com',
  '<jess@example.com>',
  'J. Smith <j@example.com>',
  'Room 42 <r@example.com>',
  '',
  undefined,
])('no name to greet: %s', (from) => {
  expect(clientFirstName(from)).toBeNull();
});
