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
 * Every Gmail selector, the current one first, then fallbacks. Each is one that maintained public integrations rely
 * on (see tests/e2e/fixtures/README.md): InboxSDK = InboxSDK/InboxSDK gmail-message-view.ts and gmail-thread-view.ts,
 * FlowCrypt = FlowCrypt/flowcrypt-browser gmail-element-replacer.ts (`sel`), gmail.js = KartikTalwar/gmail.js
 * (`api.dom.email`), Mailvelope = mailvelope/mailvelope gmailIntegration.js and providerSpecific.js.
 * Never an aria-label: Gmail translates them.
 */
export const GMAIL_SELECTORS = {
  /** The conversation view. Gmail keeps one `[role=main]` per view; the open one holds the messages. */
  main: ['div[role=main]'],
  /** One message with its ids (FlowCrypt `div.adn`, Mailvelope/InboxSDK `[data-message-id]`, `data-legacy-message-id`). */
  message: ['div.adn[data-message-id]', 'div.adn[data-legacy-message-id]', '[data-message-id]'],
  /** Body of an expanded message; a collapsed one has none (gmail.js `div.a3s`, InboxSDK `div.ii.gt`, its older `.adP`). */
  body: ['div.a3s', 'div.ii.gt', '.adP'],
  /** Sender with `email` and `name` attributes (gmail.js `span[email].gD`, InboxSDK `td.gF span[email]`, Mailvelope `.cf.ix span[email]`). */
  sender: ['span.gD[email]', 'td.gF span[email]', '.cf.ix span[email]'],
  /** Subject heading, carrying the thread ids (gmail.js/FlowCrypt `h2.hP`, InboxSDK `.ha h2`, `h2[data-legacy-thread-id]`). */
  subject: ['h2.hP', 'h2[data-legacy-thread-id]', '.ha h2'],
  /** Date whose `title` is the full local date and time (InboxSDK `.ads .gK .g3`, gmail.js `span.g3`). */
  date: ['span.g3[title]', '.gK [title]'],
  /**
   * Quoted history shown in an expanded body (`.gmail_quote` per FlowCrypt, `blockquote` per InboxSDK
   * `isElementInQuotedArea`, `div.im` for repeated text, `.adL` trailing trimmed parts). Gmail hides it behind "…"
   * by default, and hidden text is not in `innerText` anyway.
   */
  quote: ['.gmail_quote', 'blockquote', 'div.im', '.adL'],
  /** One conversation row, holding the message and its reply container `.ip` (InboxSDK `.h7` expanded, role=listitem). */
  row: ['[role=listitem]', '.h7'],
  /**
   * Reply controls, by class rather than label: the "Reply" link under the last message (Mailvelope
   * `span.ams[role=link]`, reply-all is `.bkI`), the reply button in the message header (gmail.js `div[role=button].aaq`).
   */
  replyControl: ['span.ams.bkH[role=link]', 'div[role=button].aaq', 'span.ams[role=link]:not(.bkI):not(.bkG)'],
  /** Inline reply editor (gmail.js compose `div[contenteditable=true]`, Mailvelope `.aO7 .Am`, FlowCrypt reply box `td.I5`). */
  editor: [
    'div[contenteditable=true][role=textbox]',
    '.aO7 .Am[contenteditable=true]',
    'td.I5 div[contenteditable=true]',
  ],
} satisfies Record<string, SelectorList>;

const S = GMAIL_SELECTORS;

/** A conversation URL ends in a thread token (`#inbox/FMfcgz…`, `#label/Clients/18c…`); lists end in a name or page. */
export function isGmailConversationUrl(hash: string): boolean {
  return /\/[A-Za-z0-9_-]{16,}$/.test(hash);
}

function layoutChanged(detail: string): ReadResult {
  return { ok: false, reason: 'layout-changed', detail: `Gmail: ${detail}` };
}

function readGmail(doc: Document): ReadResult {
  const inConversation = isGmailConversationUrl(doc.location.hash);
  const expanded = queryAll(doc, S.message).filter((message) => queryFirst(message, S.body));
  if (!expanded.length) {
    return inConversation
      ? layoutChanged('a conversation is open but no expanded message was found')
      : { ok: false, reason: 'no-message', detail: 'Gmail: no conversation open' };
  }
  const main = closestOf(expanded[0] as HTMLElement, S.main) ?? doc;
  const subject = queryFirst(main, S.subject)?.textContent?.trim();
  if (subject === undefined) return layoutChanged('subject not found');

  const dayFirst = isDayFirst(doc);
  const messages: MessageView[] = [];
  for (const [index, message] of expanded.entries()) {
    const bodyElement = queryFirst(message, S.body) as HTMLElement;
    const sender = queryFirst(message, S.sender);
    const address = sender?.getAttribute('email')?.trim() ?? '';
    if (!sender || !address.includes('@')) return layoutChanged('sender not found');
    const idHolder = message.hasAttribute('data-message-id') ? message : message.querySelector('[data-message-id]');
    messages.push({
      id:
        message.getAttribute('data-legacy-message-id') ??
        idHolder?.getAttribute('data-message-id') ??
        `${doc.location.hash}#${index}`,
      bodyElement,
      from: { name: sender.getAttribute('name')?.trim() || sender.textContent?.trim() || address, address },
      subject,
      sent: readShownDate(queryFirst(message, S.date), dayFirst),
      text: visibleBodyText(bodyElement, S.quote),
      isNewest: index === expanded.length - 1,
      bannerAnchor: bodyElement,
    });
  }
  return { ok: true, messages };
}

function findGmailReplyEditor(doc: Document, message: MessageView): HTMLElement | null {
  const row = closestOf(message.bodyElement, S.row);
  const inRow = row && queryFirst(row, S.editor);
  if (inRow) return inRow;
  const main = closestOf(message.bodyElement, S.main);
  return main ? (queryAll(main, S.editor).at(-1) ?? null) : null;
}

export const gmailAdapter: WebmailAdapter = {
  site: 'gmail',
  // Views (inbox list, conversation) are swapped inside the parent of the `[role=main]` elements.
  observedRoot: (doc) => queryFirst(doc, S.main)?.parentElement ?? doc.body,
  readOpenMessages(doc) {
    try {
      return readGmail(doc);
    } catch (error) {
      return layoutChanged(String(error));
    }
  },
  findReplyEditor: findGmailReplyEditor,
  async openReplyEditor(doc, message, signal) {
    const open = findGmailReplyEditor(doc, message);
    if (open) return open;
    const row = closestOf(message.bodyElement, S.row);
    const main = closestOf(message.bodyElement, S.main);
    const control =
      (row && queryFirst(row, S.replyControl)) ?? (main ? (queryAll(main, S.replyControl).at(-1) ?? null) : null);
    if (!control) return null;
    clickLikeUser(control);
    return waitForElement(main ?? doc.body, () => findGmailReplyEditor(doc, message), signal, 5000);
  },
};
