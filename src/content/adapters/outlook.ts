import type { MessageView, ReadResult, WebmailAdapter } from './adapter.ts';
import {
  clickLikeUser,
  closestOf,
  isDayFirst,
  queryAll,
  queryFirst,
  readShownDate,
  visibleBodyText,
  waitForElement,
  type SelectorList,
} from './dom.ts';

/**
 * Every selector of Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com), the current one
 * first, then fallbacks; sources in tests/e2e/fixtures/README.md. Outlook's class names are generated and change
 * with each build (Mailvelope's `.aVla3` is kept only as a first try), so ids, roles, `data-*` and icon names lead.
 * Never an aria-label: Outlook translates them.
 */
export const OUTLOOK_SELECTORS = {
  /** The app's main region, around the message list and the reading pane. */
  main: ['[role=main]', '#app'],
  /** Reading pane with the open conversation (2025–2026: `#ReadingPaneContainerId`, `data-app-section`). */
  readingPane: [
    '#ReadingPaneContainerId',
    '[data-app-section="ConversationContainer"]',
    '[data-app-section="MailReadCompose"]',
  ],
  /** A message body (Mailvelope `[id^="UniqueMessageBody_"]` and `[role="document"]`). */
  body: ['div[id^="UniqueMessageBody"]', 'div[role=document]'],
  /** One message card of the conversation (Mailvelope, 2025: `.aVla3`); else the nearest ancestor holding a sender. */
  message: ['.aVla3'],
  /** Sender line `MSG_<id>_FROM` ("Name <address>"), else a persona whose `title` is the address. */
  sender: ['[id^="MSG_"][id$="_FROM"]', 'span[title*="@"]'],
  /** Conversation subject heading `CONV_<id>_SUBJECT`, its `title` holding the full text. */
  subject: ['[role=heading][id$="_SUBJECT"]', '[role=heading][aria-level="2"]'],
  /** Sent date in the message header ("Thu 11/26/2026 6:42 PM", "jeu. 26/11/2026 18:42"). */
  date: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]'],
  /** Quoted history when expanded: Outlook's reply header (ids prefixed `x_` in received mail), other clients' quotes. */
  quote: ['[id$="divRplyFwdMsg"]', '[id$="appendonsend"]', 'blockquote', '.gmail_quote'],
  /** The selected conversation in the message list (Mailvelope `#MailList [aria-selected="true"]` with `data-convid`). */
  selectedConversation: [
    '#MailList [aria-selected=true][data-convid]',
    '[role=option][aria-selected=true][data-convid]',
  ],
  /** Reply control, found by its Fluent icon name (Mailvelope reads `data-icon-name` the same way). */
  replyIcon: ['[data-icon-name="ArrowReplyRegular"]', '[data-icon-name="ReplyRegular"]', '[data-icon-name="Reply"]'],
  /** Reply body editor; recipient fields are single-line role=textbox too (Briskine), hence aria-multiline first. */
  editor: ['div[contenteditable=true][aria-multiline=true]', 'div[role=textbox][contenteditable=true]'],
} satisfies Record<string, SelectorList>;

const S = OUTLOOK_SELECTORS;
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;

/** A message is open when the path carries an item id: `/mail/inbox/id/AAQk…`, `/mail/0/id/…`, `/mail/deeplink/read/…`. */
export function isOutlookMessageUrl(pathname: string): boolean {
  return /\/id\/[^/]+|\/deeplink\/read\//.test(pathname);
}

function layoutChanged(detail: string): ReadResult {
  return { ok: false, reason: 'layout-changed', detail: `Outlook: ${detail}` };
}

function messageCard(body: HTMLElement, pane: HTMLElement): HTMLElement | null {
  const known = closestOf(body, S.message);
  if (known) return known;
  for (let element = body.parentElement; element && pane.contains(element); element = element.parentElement) {
    if (queryFirst(element, S.sender)) return element;
  }
  return null;
}

function readSender(line: HTMLElement): { name: string; address: string } | null {
  const text = line.textContent?.trim() ?? '';
  const titled = line.getAttribute('title') ?? line.querySelector('[title*="@"]')?.getAttribute('title') ?? '';
  const address = (EMAIL.exec(titled) ?? EMAIL.exec(text))?.[0] ?? '';
  const name = text
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .trim();
  // Outlook shows only the name for people of the same organisation: a name alone is still a sender.
  return name || address ? { name: name || address, address } : null;
}

function conversationId(doc: Document): string {
  const selected = queryFirst(doc, S.selectedConversation)?.getAttribute('data-convid');
  const fromUrl = /\/id\/([^/]+)/.exec(doc.location.pathname)?.[1];
  return selected ?? (fromUrl ? decodeURIComponent(fromUrl) : doc.location.pathname);
}

function readOutlook(doc: Document): ReadResult {
  const messageOpen = isOutlookMessageUrl(doc.location.pathname);
  const pane = queryFirst(doc, S.readingPane);
  const bodies = pane
    ? queryAll(pane, S.body).filter((body) => !body.closest('[contenteditable=true]') && !closestOf(body, S.editor))
    : [];
  if (!pane || !bodies.length) {
    return messageOpen
      ? layoutChanged(pane ? 'no message body in the reading pane' : 'reading pane not found')
      : { ok: false, reason: 'no-message', detail: 'Outlook: no message open' };
  }
  const subjectElement = queryFirst(pane, S.subject) ?? queryFirst(doc, S.subject);
  if (!subjectElement) return layoutChanged('subject not found');
  const subject = subjectElement.getAttribute('title')?.trim() || subjectElement.textContent?.trim() || '';

  const dayFirst = isDayFirst(doc);
  const id = conversationId(doc);
  const messages: MessageView[] = [];
  for (const [index, bodyElement] of bodies.entries()) {
    const card = messageCard(bodyElement, pane);
    const senderLine = card && queryFirst(card, S.sender);
    const from = senderLine && readSender(senderLine);
    if (!card || !from) return layoutChanged('sender not found');
    messages.push({
      id: `${id}#${index}`,
      bodyElement,
      from,
      subject,
      sent: readShownDate(queryFirst(card, S.date), dayFirst),
      text: visibleBodyText(bodyElement, S.quote),
      isNewest: index === bodies.length - 1,
      bannerAnchor: bodyElement,
    });
  }
  return { ok: true, messages };
}

function findOutlookReplyEditor(doc: Document): HTMLElement | null {
  const scope = queryFirst(doc, S.readingPane) ?? queryFirst(doc, S.main) ?? doc;
  return queryAll(scope, S.editor).at(-1) ?? null;
}

export const outlookAdapter: WebmailAdapter = {
  site: 'outlook',
  observedRoot: (doc) => queryFirst(doc, S.main) ?? doc.body,
  readOpenMessages(doc) {
    try {
      return readOutlook(doc);
    } catch (error) {
      return layoutChanged(String(error));
    }
  },
  findReplyEditor: (doc) => findOutlookReplyEditor(doc),
  async openReplyEditor(doc, message, signal) {
    const open = findOutlookReplyEditor(doc);
    if (open) return open;
    const pane = queryFirst(doc, S.readingPane);
    const card = pane && messageCard(message.bodyElement, pane);
    const icon = (card && queryFirst(card, S.replyIcon)) ?? (pane && queryFirst(pane, S.replyIcon));
    const control = icon?.closest<HTMLElement>('button, [role=button], [role=menuitem]');
    if (!control) return null;
    clickLikeUser(control);
    return waitForElement(pane ?? doc.body, () => findOutlookReplyEditor(doc), signal, 5000);
  },
};
