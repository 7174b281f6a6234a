import { describe, expect, it } from 'vitest';
import { foldBody } from '../text.ts';
import { senderNames } from './sender-names.ts';
import { splitMessage } from './split-message.ts';

/** The newest message and the aside kinds of a raw body, the way analyze.ts reads them. */
function split(body: string): { newest: string; kinds: string[] } {
  const folded = foldBody(body).text;
  const result = splitMessage(folded);
  return { newest: folded.slice(result.newest.start, result.newest.end), kinds: result.aside.map((b) => b.kind) };
}

describe('splitMessage: quoted history', () => {
  it.each([
    [
      'Gmail, English',
      'Can you send it today?\n\nOn Mon, Mar 4, 2024 at 10:02 AM Jane Doe <jane@example.com> wrote:\n> Hi',
      'can you send it today?',
    ],
    [
      'Gmail header wrapped over 3 lines',
      'Sure, Friday works.\n\nOn Mon, Mar 4, 2024 at 10:02 AM Jane Doe\n<jane@example.com>\nwrote:\n\nOld text',
      'sure, friday works.',
    ],
    [
      'Gmail, French',
      'Tu peux me l’envoyer ce soir ?\n\nLe lun. 4 mars 2024 à 10:02, Jeanne <j@exemple.fr> a écrit :\n> Bonjour',
      "tu peux me l'envoyer ce soir ?",
    ],
    [
      'French header wrapped',
      'Merci !\n\nLe lun. 4 mars 2024 à 10:02, Jeanne Martin <\njeanne@exemple.fr> a écrit :\n\nAncien texte',
      'merci !',
    ],
    [
      'Outlook, English',
      'Please add two pages.\n\nFrom: Jane Doe <jane@example.com>\nSent: Monday, March 4, 2024 10:02 AM\nTo: Bob\nSubject: RE: site\n\nOld',
      'please add two pages.',
    ],
    [
      'Outlook, French with Date',
      'Pouvez-vous ajouter une page ?\n\nDe : Jeanne Martin <jeanne@exemple.fr>\nDate : lundi 4 mars 2024 10:02\nÀ : Bob\nObjet : RE: site\n\nAncien',
      'pouvez-vous ajouter une page ?',
    ],
    [
      'Outlook, French with Envoyé under a rule',
      'Ok pour moi.\n\n________________________________\nDe : Jeanne\nEnvoyé : lundi 4 mars 2024 10:02\nÀ : Bob\nObjet : site\n\nAncien',
      'ok pour moi.',
    ],
    ['Original Message', 'Yes.\n\n-----Original Message-----\nFrom: a@b.com\nOld', 'yes.'],
    ["Message d'origine", "Oui.\n\n-----Message d'origine-----\nDe : a@b.fr\nAncien", 'oui.'],
    ['"> " lines', 'Agreed.\n\n> old line one\n> old line two', 'agreed.'],
  ])('%s', (_name, body, newest) => {
    const result = split(body);
    expect(result.newest).toBe(newest);
    expect(result.kinds).toContain('quote');
  });

  it('keeps a reply written under the quote (bottom posting)', () => {
    expect(
      split('On Mon, Mar 4, 2024, Jane <j@x.com> wrote:\n> Hi\n> there\n\nCould you call me tonight?').newest,
    ).toBe('could you call me tonight?');
  });

  it('does not take a sentence starting with "on" for a header', () => {
    const body = 'On Monday we start.\nOn Tuesday, please send the files.';
    expect(split(body).newest).toBe(body.toLowerCase());
  });
});

describe('splitMessage: forwarded messages', () => {
  it.each([
    [
      'Gmail, English',
      'FYI, can you handle this?\n\n---------- Forwarded message ---------\nFrom: Jane <j@x.com>\nDate: Mon\n\nOld',
    ],
    [
      'Gmail, French',
      'Tu peux regarder ?\n\n---------- Message transféré ---------\nDe : Jeanne <j@x.fr>\nDate : lun.\n\nAncien',
    ],
    ['Apple Mail, English', 'See below.\n\nBegin forwarded message:\n\nFrom: Jane <j@x.com>\nDate: March 4\n\nOld'],
    [
      'Apple Mail, French',
      'Voir ci-dessous.\n\nDébut du message réexpédié :\n\nDe : Jeanne <j@x.fr>\nDate : 4 mars\n\nAncien',
    ],
  ])('%s', (_name, body) => {
    const result = split(body);
    expect(result.kinds[0]).toBe('forward');
    expect(result.newest).not.toContain('old');
    expect(result.newest).not.toContain('ancien');
  });

  it('reads a message forwarded without a note as what the sender sends', () => {
    const body =
      '---------- Forwarded message ---------\nFrom: Jane <j@x.com>\nDate: Mon, Mar 4, 2024\nSubject: site\n\nPlease redo the logo.';
    expect(split(body).newest).toBe('please redo the logo.');
  });
});

describe('splitMessage: signatures and footers', () => {
  it.each([
    ['"-- " delimiter', 'Can you send it?\n\n-- \nBob Smith\nAcme', 'can you send it?', 'signature'],
    ['Sent from my iPhone', 'Can you send it?\n\nSent from my iPhone', 'can you send it?', 'signature'],
    ['Envoyé de mon iPhone', 'Tu peux l’envoyer ?\n\nEnvoyé de mon iPhone', "tu peux l'envoyer ?", 'signature'],
    [
      'Best regards',
      'Can you send it?\n\nBest regards,\nBob Smith\nProject Manager\n+1 555 123 4567',
      'can you send it?',
      'signature',
    ],
    [
      'Cordialement',
      'Pouvez-vous l’envoyer ?\n\nCordialement,\nJeanne Martin\nDirectrice\n12 rue de la Paix, 75002 Paris',
      "pouvez-vous l'envoyer ?",
      'signature',
    ],
    [
      'formule suisse « Avec mes meilleures salutations »',
      'Bon pour la commande.\n\nAvec mes meilleures salutations,\nLuc Favre\nFavre & Fils SA\nRoute de Lausanne 8, 1110 Morges',
      'bon pour la commande.',
      'signature',
    ],
    ['"--" delimiter without the space', 'Can you send it?\n\n--\nBob Smith\nAcme', 'can you send it?', 'signature'],
    ['"—" typed as the delimiter', 'Can you send it?\n\n—\nBob Smith\nAcme', 'can you send it?', 'signature'],
    [
      'a sales line after the name',
      'Got the proofs, all good.\n\nKind regards,\nPriya Nair\nNair Print\nIn a hurry? Our print desk replies within the hour.',
      'got the proofs, all good.',
      'signature',
    ],
    [
      'a long sales line under "--"',
      'Got the proofs, all good.\n--\nPriya Nair\nTight deadline? We answer within the hour, evenings and Sundays included, so never hesitate to ping the studio with anything at all.',
      'got the proofs, all good.',
      'signature',
    ],
    [
      'une ligne commerciale sans formule de politesse',
      'Bien reçu les épreuves, merci.\n\nLéa Girard\nImprimerie Girard\nUne commande express ? Notre atelier vous répond 7j/7.',
      'bien recu les epreuves, merci.',
      'signature',
    ],
    [
      'a service promise after the company name',
      'Paid today, thanks.\n\nCheers,\nOwen Pike\nPike Signs\nIn a rush? Next-day delivery guaranteed!',
      'paid today, thanks.',
      'signature',
    ],
    [
      'une promesse de service sous la signature',
      'Réglé ce matin, merci.\n\nBonne journée,\nOwen Pike\nEnseignes Pike\nPressé ? Devis gratuit sous 24 h !',
      'regle ce matin, merci.',
      'signature',
    ],
    [
      'English disclaimer',
      'Can you send it?\n\nThis email and any attachments are confidential and intended solely for the addressee.',
      'can you send it?',
      'footer',
    ],
    [
      'French disclaimer',
      'Pouvez-vous l’envoyer ?\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.',
      "pouvez-vous l'envoyer ?",
      'footer',
    ],
    [
      'avis de confidentialité en un long paragraphe, qui dit quoi faire d’une copie reçue par erreur',
      'Le devis me va, on lance.\n\nCe courriel et tout document joint sont confidentiels et peuvent relever du secret ' +
        'des affaires. Si ce message vous est parvenu par erreur, merci de prévenir l’expéditeur et de le supprimer.',
      'le devis me va, on lance.',
      'footer',
    ],
    [
      'long English notice that says what to do with a stray copy',
      'Go ahead with the quote.\n\nThis message and anything attached to it are confidential and may be legally ' +
        'privileged. If you have received this message in error, please let us know and destroy any copies you hold.',
      'go ahead with the quote.',
      'footer',
    ],
    [
      'avis court à l’impératif : prévenez-nous et effacez-le',
      'Merci de nous renvoyer le bon de commande.\n\nLes données de ce courriel sont strictement confidentielles et ' +
        'réservées à leur destinataire. Vous le recevez par mégarde ? Prévenez-nous au plus vite et effacez-le.',
      'merci de nous renvoyer le bon de commande.',
      'footer',
    ],
    [
      'print reminder',
      'Can you send it?\n\nPlease consider the environment before printing this email.',
      'can you send it?',
      'footer',
    ],
    [
      'rappel impression',
      'Tu peux l’envoyer ?\n\nPensez à l’environnement avant d’imprimer ce message.',
      "tu peux l'envoyer ?",
      'footer',
    ],
  ])('%s', (_name, body, newest, kind) => {
    const result = split(body);
    expect(result.newest).toBe(newest);
    expect(result.kinds).toContain(kind);
  });

  it.each([
    ['English', 'Thanks for the update.\n\nBest regards,\nBob\n\nP.S. Could you also redo the logo this weekend?'],
    ['French', 'Merci pour le point.\n\nCordialement,\nJeanne\n\nPS : tu pourrais aussi refaire le logo ce week-end ?'],
  ])('keeps a P.S. after the name (%s)', (_name, body) => {
    const result = split(body);
    expect(result.newest).toMatch(/(?:p\.s\.|ps :) .*logo/);
    expect(result.kinds).not.toContain('signature');
  });

  it('keeps an ask written under the name, even one saying "call us"', () => {
    const body = 'Files attached.\n\nThanks,\nAnna\nCall us tonight after the match to go through it.';
    expect(split(body).newest).toBe(body.toLowerCase());
  });

  it('keeps a question written under a lone dash', () => {
    const body = 'Here are the files.\n-\nCould you also add a blog section to the site by Monday please?';
    expect(split(body).newest).toBe(body.toLowerCase());
  });

  it('does not cut a request written after "Thanks,"', () => {
    const body = 'Here are the files.\nThanks,\nCould you also add a blog section to the site by Monday please?';
    expect(split(body).newest).toBe(body.toLowerCase());
  });
});

describe('splitMessage: headers of more mail clients', () => {
  it.each([
    ['name and address, no date', 'Fine by me.\n\nJane Doe <jane@example.com> wrote:\n\n> Old text', 'fine by me.'],
    [
      'mobile signature glued to the header',
      'Fine by me.\n\nSent from my Galaxy phoneJane <jane@example.com> wrote:\n> Old text',
      'fine by me.',
    ],
    ['Android, framed by dashes', 'Yes please.\n\n---- Jane Doe wrote ----\n\n> Old text', 'yes please.'],
    ['date first, with an address', 'Works for me\n2024/3/4 Jane Doe <jane@example.com>\n\n> Old text', 'works for me'],
    ['date first, with a zone', 'Works for me\n\n2024-03-04 10:02 GMT+01:00 Jane Doe\n\nOld text', 'works for me'],
    ['Norwegian "på … skrev"', 'Takk\nPå 4. mars 2024 kl. 10:02 skrev Jane (jane@example.com):\n\nOld text', 'takk'],
    ['Eudora "at … wrote"', 'All good\n\nthanks\n\nAt 3/4/2024 10:02 PM, you wrote:\n>Old text', 'all good\n\nthanks'],
    [
      'Russian, date and name only',
      'Can you check?\n\nпонедельник, 4 марта 2024 г. пользователь Jane написал:\n\n> Old text',
      'can you check?',
    ],
    [
      'address wrapped onto a ">:" line',
      'Danke.\n\nAm 04.03.2024 10:02 schrieb "Jane" <jane@example.com\n>:\n\n> Old text',
      'danke.',
    ],
    [
      'French header block under a short rule',
      'Voici le devis.\n\n====\n\nMessage du : 04/03/2024 10:02\nDe : "Jeanne" <j@exemple.fr>\nA : moi@exemple.fr\nCopie à :\nSujet : devis\n\nAncien texte',
      'voici le devis.',
    ],
  ])('%s', (_name, body, newest) => {
    expect(split(body).newest).toBe(newest);
  });

  it('does not read "I am …" then an address line further down as one header', () => {
    const body = 'I am sending the files now.\n\nJane <jane@example.com> wrote:\n\nOld text';
    expect(split(body).newest).toBe('i am sending the files now.');
  });

  it('keeps the header block of a forwarded message in the forwarded block', () => {
    const body =
      'FYI\n\n---------- Forwarded message ---------\nFrom: a@example.com\nDate: Mon, Mar 4, 2024\nSubject: Two\nline subject\nTo: c@example.com\n\nText';
    expect(split(body)).toEqual({ newest: 'fyi', kinds: ['forward'] });
  });
});

describe('splitMessage: quote marks', () => {
  it('keeps a quoted line the mailer wrapped without its "> " in the quote', () => {
    const body =
      'Sounds right.\n\n> We would like the landing page to be finished and online before the end of\nthe month, if possible.\n>\n> Jane';
    expect(split(body).newest).toBe('sounds right.');
  });

  it('keeps link debris between quoted lines in the quote', () => {
    const body = 'Done.\n\n> Reply to this email\n>\n (https://example.com/c/abc123) >\n> Thanks\n';
    expect(split(body).newest).toBe('done.');
  });

  it('keeps answers written between quoted lines, glued or not', () => {
    const body =
      '> Could we also get a French version of the brochure for the trade fair next month?\nYes, and add the flyer too.\n> Thanks\n\n> And the logo?\n\nBy Friday please.';
    const { newest } = split(body);
    expect(newest).toContain('yes, and add the flyer too.');
    expect(newest).toContain('by friday please.');
  });

  it('reads Supercite "jd>" lines as a quote', () => {
    const folded = foldBody('I agree.\n\nJD> We should ship on Monday.\nJD>\n\nLet us do Tuesday instead.').text;
    const { newest, aside } = splitMessage(folded);
    expect(aside.map((b) => folded.slice(b.start, b.end).trim())).toEqual(['jd> we should ship on monday.\njd>']);
    expect(folded.slice(newest.start, newest.end)).toContain('let us do tuesday instead.');
  });

  it('does not take ">>> link <<<" for a quote', () => {
    const body = 'See below\n>>> www.example.com <<<\nThat is our page';
    expect(split(body).newest).toBe(body.toLowerCase());
  });
});

describe('splitMessage: lists, rules and mailing lists', () => {
  it('keeps a dash list, which is no "-name" signature', () => {
    const body = 'Please add:\n\n- A\n- B\n- C\n\nand the menu';
    expect(split(body).newest).toBe(body.toLowerCase());
  });

  it('sets a mailing list footer apart from the signature above it', () => {
    const body =
      'Thanks for the fix.\n\n-Jo\n\n__\nacme-users mailing list\nacme-users@lists.example.org\nhttps://lists.example.org/mailman/listinfo/acme-users';
    expect(split(body)).toEqual({ newest: 'thanks for the fix.', kinds: ['signature', 'footer'] });
  });

  it('sets apart a legal notice written as one long paragraph, but not a long last paragraph of the message', () => {
    const notice =
      'Harbour Trust Ltd is regulated by the Financial Conduct Authority. This message and its attachments are ' +
      'confidential and meant only for the addressee. If you are not the intended recipient, please delete it and ' +
      'notify the sender.';
    expect(split(`Could you send the deck?\n\nThanks,\nSam\n\n${notice}`)).toEqual({
      newest: 'could you send the deck?',
      kinds: ['signature', 'footer'],
    });
    const ask =
      'This message is confidential until the launch, so please keep it to yourself, and could you swap the hero ' +
      'image for the harbour shot before Friday?';
    expect(split(`Hi Sam,\n\n${ask}`).newest).toContain('swap the hero image');
  });

  it('keeps a mailing list footer under the last quote with the quote', () => {
    const body =
      'Hi,\n\n> old\n\nNew text.\n\n> more old\n\n_______________\nacme-users mailing list\nacme-users@x.org';
    const { newest, kinds } = split(body);
    expect(newest.endsWith('new text.')).toBe(true);
    expect(kinds).toEqual(['quote', 'quote']);
  });

  it('drops the invisible mark Gmail tracking add-ons leave after a signature', () => {
    expect(split('Done, thanks\n\n\u1427').newest).toBe('done, thanks');
  });
});

describe('splitMessage: bad input', () => {
  it('returns an empty range for an empty body', () => {
    expect(splitMessage('')).toEqual({ newest: { start: 0, end: 0 }, aside: [] });
  });

  it('returns an empty newest message for a body that is only a quote', () => {
    const result = split('> Only a quote\n> and more');
    expect(result.newest).toBe('');
    expect(result.kinds).toEqual(['quote']);
  });

  it('returns an empty newest message for a body that is only a signature', () => {
    expect(split('-- \nBob Smith\nAcme Inc.').newest).toBe('');
    expect(split('Envoyé de mon iPhone').newest).toBe('');
  });

  it('reads CRLF bodies once folded', () => {
    const result = split('Can you send it?\r\n\r\nOn Mon, Mar 4, 2024, Jane <j@x.com> wrote:\r\n> Hi');
    expect(result.newest).toBe('can you send it?');
  });

  it('stays linear on 1 MB of text', () => {
    const bodies = [
      'Can you do this by tomorrow? '.repeat(36_000),
      'thanks,\n> quoted\non mon, 5 feb 2024 at 10:00, bob <b@x.com> wrote:\nde : x\n-- \n'.repeat(12_000),
      'on '.repeat(350_000),
      '> a\n'.repeat(250_000),
      `> ${'x'.repeat(70)}\nrest of it\n`.repeat(12_000),
      '- a\n'.repeat(250_000),
      '2024/3/4 x <a@b.c>\njd> y\n====\n'.repeat(30_000),
      'a\n'.repeat(100) + '====\n'.repeat(200_000),
    ];
    for (const body of bodies) {
      const started = performance.now();
      splitMessage(body);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe('splitMessage: a signature opened by the sender’s bare name', () => {
  /** Like `split`, with the sender's names as analyze.ts derives them from the `from` field. */
  function splitFrom(body: string, from: string): string {
    const folded = foldBody(body).text;
    const result = splitMessage(folded, senderNames(from));
    return folded.slice(result.newest.start, result.newest.end);
  }

  it.each([
    [
      'first name, company, slogan, then the thread',
      'Hello Tom,\n\nThe files are attached.\n\nMarguerite\nAtelier Brindille\n« Des affiches livrées en urgence, même le samedi ! »\n\nLe 3 mars 2026 à 10:00, Tom <t@x.fr> a écrit :\n> Bonjour',
      'Marguerite Duval <m@brindille.fr>',
      'hello tom,\n\nthe files are attached.',
    ],
    [
      'full name written "Last, First" in the from field',
      'Thanks for the draft.\n\nKofi Mensah\nMensah Prints Ltd\nRush jobs are our thing, weekends too!',
      '"Mensah, Kofi" <kofi@mp.co.uk>',
      'thanks for the draft.',
    ],
    [
      'a slogan in quotes after a dash',
      'Merci, tout est parfait.\n\nMarguerite Duval\nAtelier Brindille – « Vos affiches livrées en urgence, même le samedi ! »',
      'Marguerite Duval <m@brindille.fr>',
      'merci, tout est parfait.',
    ],
    [
      '"thank you very much" as the sign-off, then name and club',
      'Can you send the draft?\n\nThank you very much,\nJavier Ortega\nPadel Club Marbella',
      'Javier Ortega <j@padel.es>',
      'can you send the draft?',
    ],
    [
      'sign-off, full name, then a slogan line',
      'Pouvez-vous envoyer le devis ?\n\nCordialement,\nMarguerite Duval\nAtelier Brindille - affiches livrées en urgence, même le dimanche\n06 12 34 56 78',
      'Marguerite Duval <m@brindille.fr>',
      'pouvez-vous envoyer le devis ?',
    ],
  ])('%s', (_name, body, from, newest) => {
    expect(splitFrom(body, from)).toBe(newest);
  });

  it.each([
    [
      'a question under the name stays in the message',
      'Thanks!\n\nMarguerite\nCould you also send the invoice?',
      'Marguerite Duval <m@b.fr>',
    ],
    ['a P.S. under the name stays', 'Thanks!\n\nKofi\nP.S. the shoot moves to Sunday', 'Kofi <k@x.com>'],
    [
      'an afterthought under the name stays',
      'Thanks!\n\nKofi\n\nOh and can you send the files tonight',
      'Kofi Mensah <k@x.com>',
    ],
    ['a French afterthought stays', 'Merci !\n\nMarguerite\nTu peux aussi ajouter le plan', 'Marguerite <m@b.fr>'],
    ['another name is no signature', 'Thanks!\n\nMarguerite\nAtelier Brindille', 'Paul Roux <p@x.fr>'],
    [
      'a first-person line under sign-off and name stays',
      'Pouvez-vous envoyer le devis ?\n\nMerci,\nMarguerite\nEt il me le faut ce soir, c’est urgent.',
      'Marguerite <m@b.fr>',
    ],
  ])('%s: the whole body stays the newest message', (_name, body, from) => {
    expect(splitFrom(body, from)).toBe(foldBody(body).text);
  });
});
