import type { Lang } from '../../types.ts';
import { PhraseList, type Word } from './words.ts';

/*
 * Change verbs also move people, events and policies: "the client call got moved", "we are moving all
 * contractors to 90-day terms", « on déplace la répétition au matin ». The first content word after the
 * verb (past the determiners) names what changes; when it is a person, an event, a place or a policy, no
 * delivered work is being revised.
 */
const DETERMINERS: Record<Lang, PhraseList> = {
  en: new PhraseList(`
    the, a, an, all, all the, all our, all of our, every, each, both, some, our, your, my, his, her, their, its, this,
    that, these, those, whole, entire
  `),
  fr: new PhraseList(`
    le, la, les, l', un, une, des, du, de, d', ce, cet, cette, ces, mon, ma, mes, ton, ta, tes, son, sa, ses, notre,
    nos, votre, vos, leur, leurs, tous les, toutes les, tout le, toute la, chaque
  `),
};

const NOT_DELIVERABLE: Record<Lang, PhraseList> = {
  en: new PhraseList(`
    contractor, contractors, freelancer, freelancers, supplier, suppliers, vendor, vendors, staff, employees, everyone, everybody, people, team, teams, members,
    colleagues, contact, contacts, point of contact, clients, customers, interns, manager, managers, accountant, desk,
    office, offices, headquarters, hq, room, venue, location, payment terms, terms, policy, policies, process,
    procedure, workflow, contract, contracts, payroll, pension, insurance, provider, rehearsal, workshop, session,
    sessions, sync, standup, stand up, training, webinar, event, party, trip, visit, interview, onboarding, kick off,
    review meeting, check in, catch up
  `),
  fr: new PhraseList(`
    prestataire, prestataires, fournisseur, fournisseurs, freelance, freelances, freelancers, equipe, equipes, collaborateurs, salaries, personnel,
    tout le monde, interlocuteur, interlocutrice, referent, referente, clients, stagiaires, comptable, bureau, bureaux,
    locaux, salle, lieu, siege, delais de paiement, politique, procedure, processus, process, contrat, contrats,
    assurance, mutuelle, repetition, atelier, formation, evenement, soiree, visite, entretien, entretiens, reunion,
    seminaire, webinaire, pot, dejeuner, diner, demenagement
  `),
};

/** Work nouns that a people or event word may qualify in English: "the team photo", "the workshop slides". */
const WORK_AFTER = new PhraseList(`
  photo, photos, picture, pictures, page, pages, bio, bios, section, slide, slides, portrait, portraits, headshot,
  headshots, shot, shots, list, logo, logos, video, videos, quote, quotes, names, banner, poster, flyer, deck, handout,
  handouts, recap, summary, report, brochure, invitation, invitations, programme, program, agenda, menu, exercises,
  exercise, worksheet, worksheets, materials, handbook, guide, manual, script, emails, email, newsletter, newsletters,
  posts, texts, copy
`);

/** Whether the object starting at `words[i]` is a person, an event, a place or a policy rather than work. */
export function isNotDeliverable(lang: Lang, words: readonly Word[], i: number): boolean {
  const clause = words[i]?.clause;
  let k = i;
  for (let skipped = 0; skipped < 3 && words[k]?.clause === clause; skipped++) {
    const length = DETERMINERS[lang].matchAt(words, k);
    if (length === 0) break;
    k += length;
  }
  // The head may follow one modifier: "the dress rehearsal", "our external contractors", « la nouvelle salle ».
  for (const head of [k, k + 1]) {
    if (words[head]?.clause !== clause) return false;
    const length = NOT_DELIVERABLE[lang].matchAt(words, head);
    if (length === 0) continue;
    const next = words[head + length];
    return !(lang === 'en' && next?.clause === clause && WORK_AFTER.has(next));
  }
  return false;
}
