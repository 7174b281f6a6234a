/**
 * The demo mailbox's webmail pages, generated from the e2e page fixtures (tests/e2e/fixtures/) used as templates:
 * Gmail's single-page inbox (`gmail-navigation.html`: message list, one `<template>` per conversation, hash router)
 * and Outlook's reading pane (`outlook-reading-pane-fr.html`), each part cloned and filled with a demo email. The
 * structure the adapters read therefore stays the one the e2e suite proves; only the data changes. Text is set with
 * `textContent`, so an email can never become markup, and the DOM is serialised by happy-dom (no browser needed).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { fixtureHtml } from '../tests/e2e/fixtures/fixtures.ts';
import { DEMO_OWNER, type DemoEmail } from './mailbox.ts';

export const GMAIL_INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK_ORIGIN = 'https://outlook.office.com';

/** Where the demo serves an email: its real webmail address. */
export function demoUrl(email: DemoEmail): string {
  return email.site === 'gmail'
    ? `${GMAIL_INBOX_URL}/${email.token}`
    : `${OUTLOOK_ORIGIN}/mail/inbox/id/${encodeURIComponent(email.token)}`;
}

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_FR = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const WEEKDAYS_FR_LONG = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

interface WallTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

function wallTime(sent: string): WallTime {
  const [year, month, day, hour, minute] = (sent.match(/\d+/g) ?? []).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The sending time as each webmail prints it, written out by hand rather than with Intl, whose spaces and
 * abbreviations vary between ICU versions: Gmail in English ("Fri, Nov 27, 2026, 6:40 PM"), Outlook in French
 * ("ven. 27/11/2026 18:40"), which the adapters parse back.
 */
export function displayedDates(sent: string): {
  gmailFull: string;
  gmailTime: string;
  gmailDay: string;
  outlook: string;
  outlookLong: string;
} {
  const t = wallTime(sent);
  const gmailTime = `${t.hour % 12 || 12}:${pad(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}`;
  const gmailDay = `${MONTHS_EN[t.month - 1]} ${t.day}`;
  const clock = `${pad(t.hour)}:${pad(t.minute)}`;
  return {
    gmailFull: `${WEEKDAYS_EN[t.weekday]}, ${gmailDay}, ${t.year}, ${gmailTime}`,
    gmailTime,
    gmailDay,
    outlook: `${WEEKDAYS_FR[t.weekday]} ${pad(t.day)}/${pad(t.month)}/${t.year} ${clock}`,
    outlookLong: `${WEEKDAYS_FR_LONG[t.weekday]} ${t.day} ${MONTHS_FR[t.month - 1]} ${t.year} ${clock}`,
  };
}

/** Webmail-style ids (16 hex digits, Gmail's long decimal ids) for the `index`-th demo email, stable between runs. */
function demoIds(index: number): { legacy: string; long: string } {
  const n = index + 1;
  return { legacy: `19b5de${pad(n)}00000${pad(n)}0`, long: `18510${pad(n)}0000000${pad(n)}00` };
}

/** Parses a fixture as a template document, with the DOM types of the browser. */
function parseTemplate(file: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(fixtureHtml(file), 'text/html') as unknown as Document;
}

function serialize(doc: Document): string {
  const root = doc.documentElement;
  const quote = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const attributes = [...root.attributes].map((attribute) => ` ${attribute.name}="${quote(attribute.value)}"`);
  return `<!doctype html>\n<html${attributes.join('')}>${root.getHTML()}</html>\n`;
}

function must<T extends Element>(scope: ParentNode, selector: string): T {
  const element = scope.querySelector<T>(selector);
  if (!element) throw new Error(`demo page template: no ${selector}`);
  return element;
}

function set(element: Element, attributes: Record<string, string>, text?: string): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
}

/** The body's lines as the webmails render plain mail: one `<div>` per line, `<br>` for a blank one. */
function fillBody(container: Element, lines: readonly string[]): void {
  const doc = container.ownerDocument;
  container.replaceChildren(
    ...lines.map((line) => {
      const div = doc.createElement('div');
      if (line) div.textContent = line;
      else div.append(doc.createElement('br'));
      return div;
    }),
  );
}

/** A demo stylesheet and script (files next to this one) added to a page. */
function addAsset(doc: Document, tag: 'style' | 'script', file: string): void {
  const element = doc.createElement(tag);
  element.textContent = readFileSync(new URL(file, import.meta.url), 'utf8');
  (tag === 'style' ? doc.head : doc.body).append(element);
}

function gmailRow(row: Element, email: DemoEmail): Element {
  const copy = row.cloneNode(true) as Element;
  const dates = displayedDates(email.sent);
  copy.setAttribute('data-fixture-href', `#inbox/${email.token}`);
  set(must(copy, 'span.zF'), { email: email.from.address, name: email.from.name }, email.from.name);
  set(must(copy, 'span.bog'), {}, email.subject);
  set(must(copy, 'td.xW span'), { title: dates.gmailFull }, dates.gmailDay);
  return copy;
}

function gmailConversation(template: HTMLTemplateElement, email: DemoEmail, index: number): HTMLTemplateElement {
  const copy = template.cloneNode(true) as HTMLTemplateElement;
  const content = copy.content;
  const ids = demoIds(index);
  const dates = displayedDates(email.sent);
  const owner = DEMO_OWNER.gmail;
  copy.id = email.token;
  set(
    must(content, 'h2.hP'),
    { 'data-thread-perm-id': `thread-f:${ids.long}`, 'data-legacy-thread-id': ids.legacy },
    email.subject,
  );
  set(must(content, 'div.adn'), { 'data-message-id': `#msg-f:${ids.long}`, 'data-legacy-message-id': ids.legacy });
  set(
    must(content, 'span.gD'),
    { email: email.from.address, name: email.from.name, 'data-hovercard-id': email.from.address },
    email.from.name,
  );
  set(must(content, 'span.go'), {}, `<${email.from.address}>`);
  set(must(content, 'span.g3'), { title: dates.gmailFull, alt: dates.gmailFull }, dates.gmailTime);
  set(must(content, 'span.g2'), { email: owner.address });
  fillBody(must(content, 'div.a3s > div[dir=ltr]'), email.lines);
  return copy;
}

/**
 * Gmail's inbox with the Gmail demo emails: the list at `#inbox`, each conversation at `#inbox/<token>`, opened in
 * place by the fixture's own hash router. One page for every hash: the fragment never reaches the server.
 */
export function gmailDemoPage(emails: readonly DemoEmail[]): string {
  const doc = parseTemplate('gmail-navigation.html', GMAIL_INBOX_URL);
  const mine = emails.filter((email) => email.site === 'gmail');
  doc.title = `Inbox - ${DEMO_OWNER.gmail.address} - Gmail`;
  const list = must(doc, '[data-fixture-view=list] tbody');
  const row = must(list, 'tr[data-fixture-href]');
  list.replaceChildren(...mine.map((email) => gmailRow(row, email)));
  const conversations = [...doc.querySelectorAll<HTMLTemplateElement>('template[id^="FMfcgz"]')];
  const template = conversations[0] ?? must<HTMLTemplateElement>(doc, 'template');
  const replyBox = must(doc, 'template#gmail-reply-box');
  replyBox.before(...mine.map((email) => gmailConversation(template, email, emails.indexOf(email))));
  for (const old of conversations) old.remove();
  addAsset(doc, 'style', 'gmail.css');
  return serialize(doc);
}

function outlookOption(option: Element, email: DemoEmail, index: number, open: boolean): Element {
  const copy = option.cloneNode(true) as Element;
  set(copy, { id: `demo-item-${index}`, 'data-convid': email.token, 'aria-selected': String(open) });
  const [sender, subject] = copy.querySelectorAll('span');
  if (!sender || !subject) throw new Error('demo page template: Outlook list item without sender and subject');
  set(sender, { title: email.from.address }, email.from.name);
  set(subject, {}, email.subject);
  return copy;
}

/** The reading pane's content for one email: subject, the message card (no history), the compose slot. */
function outlookConversation(pane: Element, email: DemoEmail, index: number): DocumentFragment {
  const doc = pane.ownerDocument;
  const content = doc.createDocumentFragment();
  content.append(...[...pane.childNodes].map((node) => node.cloneNode(true)));
  const dates = displayedDates(email.sent);
  const owner = DEMO_OWNER.outlook;
  const heading = must(content, '[role=heading][id$="_SUBJECT"]');
  set(heading, { id: `CONV_${email.token}_SUBJECT`, title: email.subject });
  set(must(heading, 'span'), {}, email.subject);
  // The template's older, collapsed message goes: a demo conversation is the client's email alone.
  for (const card of content.querySelectorAll('.aVla3')) {
    if (card.firstElementChild?.getAttribute('aria-expanded') === 'false') card.remove();
  }
  const card = must(content, '.aVla3');
  card.id = `MSG_${email.token}`;
  const from = must(card, '[id$="_FROM"]');
  from.id = `MSG_${email.token}_FROM`;
  const [name, address] = from.querySelectorAll('span');
  if (!name || !address) throw new Error('demo page template: Outlook sender line without name and address');
  set(name, { title: email.from.address }, email.from.name);
  address.textContent = `<${email.from.address}>`;
  const recipient = [...card.querySelectorAll('span[title*="@"]')].find((span) => !from.contains(span));
  if (!recipient) throw new Error('demo page template: Outlook message without recipient');
  set(recipient, { title: owner.address }, owner.name);
  set(must(card, '[data-testid="SentReceivedSavedTime"]'), { title: dates.outlook }, dates.outlook);
  const body = must(card, '[id^="UniqueMessageBody"]');
  body.id = `UniqueMessageBody_${index}`;
  must(body, '[data-fixture-history]').remove();
  must(card, 'button[aria-expanded]').remove();
  fillBody(must(body, 'div[dir=ltr]'), email.lines);
  return content;
}

/** The reply compose the fixture's Reply control opens, addressed to this email's sender with its history. */
function outlookCompose(template: HTMLTemplateElement, email: DemoEmail): HTMLTemplateElement {
  const copy = template.cloneNode(true) as HTMLTemplateElement;
  const doc = template.ownerDocument;
  copy.removeAttribute('id');
  copy.setAttribute('data-compose-for', email.token);
  must(copy.content, '[role=textbox]:not([aria-multiline])').textContent = email.from.name;
  const header = must(copy.content, '#divRplyFwdMsg');
  const field = (label: string, value: string): Node[] => {
    const bold = doc.createElement('b');
    bold.textContent = label;
    return [bold, doc.createTextNode(` ${value}`), doc.createElement('br')];
  };
  header.replaceChildren(
    ...field('De :', `${email.from.name} <${email.from.address}>`),
    ...field('Envoyé :', displayedDates(email.sent).outlookLong),
    ...field('Objet :', email.subject),
  );
  must(copy.content, '#divRplyFwdMsg + div').textContent = email.lines.slice(0, 2).join(' ');
  return copy;
}

/**
 * Outlook on the web (French UI) with the Outlook demo emails in its message list and `open` in the reading pane,
 * served at that email's address. Every conversation is in the page: a click in the list swaps the reading pane
 * and the URL without a reload (demo/outlook-router.js), as Outlook does.
 */
export function outlookDemoPage(emails: readonly DemoEmail[], open: DemoEmail): string {
  const doc = parseTemplate('outlook-reading-pane-fr.html', demoUrl(open));
  const mine = emails.filter((email) => email.site === 'outlook');
  const owner = DEMO_OWNER.outlook;
  doc.title = `Courrier - ${owner.name} - Outlook`;
  const root = must(doc, '[id^="primaryMailboxRoot_"]');
  set(root, { id: `primaryMailboxRoot_${owner.address}`, 'data-folder-name': owner.address, title: owner.address });

  const listbox = must(doc, '#MailList [role=listbox]');
  const option = must(listbox, '[role=option]');
  listbox.replaceChildren(...mine.map((email) => outlookOption(option, email, emails.indexOf(email), email === open)));
  listbox.setAttribute('aria-activedescendant', `demo-item-${emails.indexOf(open)}`);

  const pane = must(doc, '[data-app-section="ConversationContainer"]');
  const composeTemplate = must<HTMLTemplateElement>(doc, 'template#outlook-reply-compose');
  const conversations = mine.map((email) => {
    const template = doc.createElement('template');
    template.setAttribute('data-conversation', email.token);
    template.content.append(outlookConversation(pane, email, emails.indexOf(email)));
    return template;
  });
  const composes = mine.map((email) => outlookCompose(composeTemplate, email));
  // The fixture's Reply handler opens the template with this id: the open conversation's own.
  composes[mine.indexOf(open)]?.setAttribute('id', 'outlook-reply-compose');
  composeTemplate.replaceWith(...conversations, ...composes);
  pane.replaceChildren(
    ...[...(conversations[mine.indexOf(open)]?.content.childNodes ?? [])].map((n) => n.cloneNode(true)),
  );
  addAsset(doc, 'style', 'outlook.css');
  addAsset(doc, 'script', 'outlook-router.js');
  return serialize(doc);
}
