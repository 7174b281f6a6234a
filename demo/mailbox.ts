/**
 * The demo mailbox `npm run demo` opens: one freelance designer's Gmail (English UI) and Outlook (French UI), with
 * client emails written for the demo (not taken from the corpus) so that together they show every line Gardefou
 * watches, in both languages and both registers, plus one clean email that must stay quiet. Each email says what it
 * claims the detector flags; tests/demo-mailbox.test.ts holds the detector to those claims.
 */
import type { Category } from '../src/analysis/types.ts';
import type { Site } from '../src/content/adapters/adapter.ts';
import { DEFAULT_SETTINGS, type Settings } from '../src/shared/settings.ts';

export interface Person {
  name: string;
  address: string;
}

export interface DemoEmail {
  /** Letters only, like a Gmail thread token; it also builds the message ids and the Outlook item id. */
  token: string;
  site: Site;
  from: Person;
  subject: string;
  /** Local wall time it was sent, `YYYY-MM-DDTHH:MM`, as the webmail shows it in the reader's zone. */
  sent: string;
  /** The body's lines as the client wrote them (an empty string is a blank line). */
  lines: readonly string[];
  /** What the detector flags in it (empty: nothing), and phrases of the body that carry those categories. */
  claims: { categories: readonly Category[]; evidence: readonly string[] };
  /** What this email shows in the demo, for the command's output. */
  shows: string;
}

/** Whose mailbox it is, per webmail, and the UI language each webmail shows. */
export const DEMO_OWNER: Record<Site, Person & { uiLanguage: 'en' | 'fr' }> = {
  gmail: { name: 'Léa Martin', address: 'lea.martin.design@gmail.com', uiLanguage: 'en' },
  outlook: { name: 'Léa Martin', address: 'lea@martin-studio.fr', uiLanguage: 'fr' },
};

/**
 * The freelancer's terms, so the suggested replies quote real numbers. Off-hours are read in the sender's offset
 * (`timeZone: null`), which is the browser's own: the wall times below mean the same on any machine.
 */
export const DEMO_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: null,
  name: 'Léa Martin',
  revisionRoundsIncluded: 2,
  dayRate: 450,
  rushSurchargePercent: 30,
  currency: 'EUR',
  paymentTermsDays: 30,
};

export const DEMO_EMAILS: readonly DemoEmail[] = [
  {
    token: 'FMfcgzQZDemoLaunchMovedUpRyanWhitfield',
    site: 'gmail',
    from: { name: 'Ryan Whitfield', address: 'ryan@copperline-coffee.com' },
    subject: 'Landing page – launch moved up',
    sent: '2026-11-27T18:40',
    lines: [
      'Hi Léa,',
      'Quick heads-up: our investors moved the launch forward, so we need the landing page live by Monday 8am.',
      "Sorry it's last minute, but this is urgent – the newsletter announcing it goes out at 9.",
      'Thanks a million,',
      'Ryan',
    ],
    claims: { categories: ['off_hours', 'urgency'], evidence: ['Monday 8am', 'this is urgent'] },
    shows: 'urgency, and weekend work implied by a Friday-evening mail due Monday 8am',
  },
  {
    token: 'FMfcgzQZDemoBrochureTweaksPriyaNairEvents',
    site: 'gmail',
    from: { name: 'Priya Nair', address: 'priya.nair@brightleaf-events.co.uk' },
    subject: 'Brochure v3 – small tweaks',
    sent: '2026-11-30T10:05',
    lines: [
      'Hi Léa,',
      'The brochure looks great! The board has seen it and would like one more round of changes: bigger photos on page 2 and the old logo back on the cover.',
      "While you're at it, could you also design a few Instagram posts and an email banner with the same look? Shouldn't take you long.",
      'Best,',
      'Priya',
    ],
    claims: {
      categories: ['extra_revisions', 'scope_creep'],
      evidence: ['one more round of changes', "While you're at it"],
    },
    shows: 'an extra revision round and work beyond the brief',
  },
  {
    token: 'FMfcgzQZDemoDevisEtiquetteThomasGirard',
    site: 'gmail',
    from: { name: 'Thomas Girard', address: 'thomas@fromagerie-girard.fr' },
    subject: 'Devis pour les étiquettes',
    sent: '2026-11-30T14:22',
    lines: [
      'Salut Léa,',
      "Merci pour ton devis ! Honnêtement, c'est un peu au-dessus de ce qu'on avait prévu. Tu pourrais nous faire un prix d'ami ?",
      'En échange, on mettra ton nom au dos de chaque étiquette, ça te fera de la visibilité.',
      'À plus,',
      'Thomas',
    ],
    claims: { categories: ['rate_pressure'], evidence: ["un prix d'ami", 'de la visibilité'] },
    shows: 'price pressure paid in "visibility", in French with tu',
  },
  {
    token: 'FMfcgzQZDemoPortfolioPhaseOneGraceOkafor',
    site: 'gmail',
    from: { name: 'Grace Okafor', address: 'grace@okafor-architects.com' },
    subject: 'Portfolio site – phase 1 received',
    sent: '2026-12-01T11:30',
    lines: [
      'Hi Léa,',
      'Thank you for the files, everything arrived safely and the whole team is delighted.',
      'No rush on phase 2: take the time you need, and send your invoice for phase 1 whenever it suits you.',
      'Have a lovely week,',
      'Grace',
    ],
    claims: { categories: [], evidence: [] },
    shows: 'a clean email: nothing flagged',
  },
  {
    token: 'AAQkADemoOrganisationMissionNathalieMercier',
    site: 'outlook',
    from: { name: 'Nathalie Mercier', address: 'n.mercier@groupe-altaris.fr' },
    subject: 'Organisation de la mission',
    sent: '2026-11-30T09:15',
    lines: [
      'Bonjour Léa,',
      'Pour la suite de la mission, nous vous demandons d’être connectée sur Teams tous les jours de 9h à 18h et de rester joignable sur votre portable.',
      'Merci également de nous envoyer un compte rendu de vos tâches chaque soir avant de partir.',
      'Bien cordialement,',
      'Nathalie Mercier',
      'Responsable communication',
    ],
    claims: { categories: ['availability_control'], evidence: ['être connectée sur Teams'] },
    shows: 'a client treating you as staff (imposed hours, reachability, daily reports), in French with vous',
  },
  {
    token: 'AAQkADemoMaquettesComiteMarcDubreuil',
    site: 'outlook',
    from: { name: 'Marc Dubreuil', address: 'marc.dubreuil@cabinet-dubreuil.fr' },
    subject: 'Maquettes pour le comité',
    sent: '2026-11-26T17:50',
    lines: [
      'Bonjour Léa,',
      'Pourriez-vous nous envoyer les maquettes corrigées ce soir ? C’est urgent : le comité se réunit demain à 8h.',
      'Merci par avance,',
      'Marc Dubreuil',
    ],
    claims: { categories: ['off_hours', 'urgency'], evidence: ['ce soir', 'C’est urgent'] },
    shows: 'an evening deadline and urgency, in French with vous',
  },
  {
    token: 'AAQkADemoNewsletterFavourSamBecker',
    site: 'outlook',
    from: { name: 'Sam Becker', address: 'sam@becker-outdoor.com' },
    subject: 'Newsletter – one more thing',
    sent: '2026-12-01T16:05',
    lines: [
      'Hi Léa,',
      'The new logo is perfect, thanks!',
      'On top of that, could you also build our Mailchimp templates and write the first two newsletters? It should be quick for you.',
      "Could you work on them this weekend? I'd love to send the first one on Monday.",
      'Cheers,',
      'Sam',
    ],
    claims: { categories: ['off_hours', 'scope_creep'], evidence: ['build our Mailchimp templates', 'this weekend'] },
    shows: 'new work slipped in as "quick", to be done over the weekend, in English in Outlook',
  },
];
