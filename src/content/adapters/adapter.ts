import type { ShownDate } from '../../shared/displayed-date.ts';

/** The webmails Gardefou reads. */
export type Site = 'gmail' | 'outlook';

/** One message open on screen, as the webmail shows it. */
export interface MessageView {
  /** The webmail's own id for the message (Gmail `data-message-id`/legacy id, Outlook item id). */
  id: string;
  /** The element holding the body text; it gets `data-gardefou-state` and the highlights. */
  bodyElement: HTMLElement;
  from: { name: string; address: string };
  subject: string;
  /** When it was sent, as the page shows it (the background reads it), or null when the page does not say. */
  sent: ShownDate | null;
  /** The body as the user sees it (`innerText`), without the quoted part the webmail collapses. */
  text: string;
  /** The newest message of the conversation; earlier expanded ones are analysed but labelled as such. */
  isNewest: boolean;
  /** The banner is inserted just before this element. */
  bannerAnchor: HTMLElement;
}

export type ReadResult =
  | { ok: true; messages: MessageView[] }
  /** `no-message`: a list or settings view, nothing to read; `layout-changed`: a message seems open but the page is not what the adapter expects. */
  | { ok: false; reason: 'no-message' | 'layout-changed'; detail: string };

/** What the content script needs from a webmail; one implementation per site, chosen by hostname. */
export interface WebmailAdapter {
  site: Site;
  /** The smallest stable element whose subtree changes when a message opens or re-renders. */
  observedRoot(doc: Document): Element | null;
  /** Reads the open message(s). Never throws. */
  readOpenMessages(doc: Document): ReadResult;
  /** The reply editor for `message` if one is open. */
  findReplyEditor(doc: Document, message: MessageView): HTMLElement | null;
  /** Opens a reply with the webmail's own Reply control and resolves to its editor, or null. */
  openReplyEditor(doc: Document, message: MessageView, signal: AbortSignal): Promise<HTMLElement | null>;
}
