/**
 * The suggested replies of the popup: one reply for the email as a whole in three tones, warm first, each with
 * a preview the user can edit, Insert (into the webmail's reply box, through the background and the tab's
 * content script) and Copy. Keyboard: arrows move between replies, Enter inserts, Escape leaves editing or
 * closes the popup.
 *
 * Test hook: each `[data-testid="suggestion"]` holds nothing but the reply's text as text, so its text content
 * is the reply (the edited one once edited); its buttons are labelled through `aria-label` and CSS generated
 * content (`data-label`), which text content leaves out.
 */
import { composeReplies, type Reply } from '../replies/compose.ts';
import { t } from '../shared/i18n.ts';
import { formatSender, send, type AnalysedMessage, type InsertResult } from '../shared/messages.ts';
import { toReplyOptions, toReplyTerms, type Settings } from '../shared/settings.ts';

/** The message a reply answers: the newest, or else the latest earlier one with findings. */
export function replyTarget(messages: readonly AnalysedMessage[]): AnalysedMessage | null {
  const flagged = messages.filter((m) => m.analysis.findings.length > 0);
  return flagged.find((m) => m.isNewest) ?? flagged.at(-1) ?? null;
}

/** `revisionRound`: which round this request is for the client and thread, as the history counted it. */
export function repliesFor(
  message: AnalysedMessage,
  settings: Settings,
  now: Date,
  revisionRound: number | null = null,
): Reply[] {
  return composeReplies(
    message.analysis,
    { from: formatSender(message.from), subject: message.subject, body: '', sentAt: message.sentAt },
    toReplyTerms(settings),
    { ...toReplyOptions(settings, now), revisionRound: revisionRound ?? undefined },
  );
}

function labelled<K extends keyof HTMLElementTagNameMap>(tag: K, label: string, className: string) {
  const node = document.createElement(tag);
  node.className = className;
  node.dataset.label = label;
  node.setAttribute('aria-label', label);
  return node;
}

interface Card {
  suggestion: HTMLElement;
  text: HTMLElement;
  insert: HTMLButtonElement;
  copy: HTMLButtonElement;
  edit: HTMLButtonElement;
  status: HTMLElement;
  /** The text before editing began, to restore on Escape; null when not editing. */
  beforeEdit: string | null;
}

/** The reply as it stands: while editing, `innerText` turns the editor's line breaks into newlines. */
function replyText(card: Card): string {
  return card.beforeEdit === null ? (card.text.textContent ?? '') : card.text.innerText;
}

function startEditing(card: Card): void {
  if (card.beforeEdit !== null) return;
  card.beforeEdit = replyText(card);
  // plaintext-only: a paste or a typed line stays plain text, never markup from the clipboard.
  card.text.contentEditable = 'plaintext-only';
  card.text.setAttribute('role', 'textbox');
  card.text.setAttribute('aria-multiline', 'true');
  card.text.setAttribute('aria-label', t('popupEditLabel'));
  card.edit.dataset.label = t('popupEditDone');
  card.edit.setAttribute('aria-label', t('popupEditDone'));
  card.edit.setAttribute('aria-pressed', 'true');
  card.text.focus();
  const selection = getSelection();
  selection?.selectAllChildren(card.text);
  selection?.collapseToEnd();
}

/** Leaves editing, keeping the edit or (`keep` false) restoring the text from before it. */
function stopEditing(card: Card, keep: boolean): void {
  if (card.beforeEdit === null) return;
  // One text node again, newlines and all, so the suggestion's text content is the edited reply.
  const text = keep ? card.text.innerText.replace(/\n$/, '') : card.beforeEdit;
  card.beforeEdit = null;
  card.text.removeAttribute('contenteditable');
  card.text.removeAttribute('role');
  card.text.removeAttribute('aria-multiline');
  card.text.removeAttribute('aria-label');
  card.text.textContent = text;
  card.edit.dataset.label = t('popupEdit');
  card.edit.setAttribute('aria-label', t('popupEdit'));
  card.edit.setAttribute('aria-pressed', 'false');
}

function say(card: Card, key: string, kind: 'ok' | 'error'): void {
  card.status.textContent = t(key);
  card.status.dataset.kind = kind;
}

const FAILURE_MESSAGES: Record<Extract<InsertResult, { ok: false }>['failure'], string> = {
  'message-gone': 'popupInsertMessageGone',
  'no-editor': 'popupInsertNoEditor',
  'not-inserted': 'popupInsertFailed',
  'no-page': 'popupInsertNoPage',
};

async function insert(card: Card, tabId: number, messageId: string, reply: Reply): Promise<void> {
  stopEditing(card, true);
  card.insert.disabled = true;
  card.suggestion.setAttribute('aria-busy', 'true');
  let result: InsertResult;
  try {
    result = await send('insertReply', { tabId, messageId, tone: reply.tone, text: replyText(card) });
  } catch {
    result = { ok: false, failure: 'no-page' };
  }
  card.insert.disabled = false;
  card.suggestion.removeAttribute('aria-busy');
  card.suggestion.dataset.inserted = String(result.ok);
  if (result.ok) {
    say(card, result.opened ? 'popupInsertedOpened' : 'popupInserted', 'ok');
  } else {
    // The reply stays as it is, one keystroke from the clipboard.
    say(card, FAILURE_MESSAGES[result.failure], 'error');
    card.copy.focus();
  }
}

async function copy(card: Card): Promise<void> {
  stopEditing(card, true);
  try {
    await navigator.clipboard.writeText(replyText(card));
    say(card, 'popupCopied', 'ok');
  } catch {
    // Without clipboard access (an unfocused window), the text is selected for the user's own Ctrl+C.
    getSelection()?.selectAllChildren(card.text);
    say(card, 'popupCopyByHand', 'error');
  }
}

function buildCard(reply: Reply, onInsert: (card: Card) => void): { item: HTMLLIElement; card: Card } {
  const item = document.createElement('li');
  const toneLabel = t(`tone_${reply.tone}`);
  const suggestion = labelled('article', toneLabel, 'suggestion');
  suggestion.dataset.testid = 'suggestion';
  suggestion.dataset.tone = reply.tone;
  suggestion.lang = reply.lang;
  suggestion.tabIndex = -1;
  suggestion.setAttribute('aria-label', t('popupReplyLabel', toneLabel.toLocaleLowerCase(reply.lang)));
  suggestion.setAttribute('aria-describedby', 'suggestions-keys');
  const text = document.createElement('div');
  text.className = 'reply-text';
  text.textContent = reply.text;
  const actions = document.createElement('div');
  actions.className = 'actions';
  const insertButton = labelled('button', t('popupInsert'), 'insert primary');
  insertButton.dataset.testid = 'insert-reply';
  const copyButton = labelled('button', t('popupCopy'), 'copy');
  const editButton = labelled('button', t('popupEdit'), 'edit');
  editButton.setAttribute('aria-pressed', 'false');
  for (const button of [insertButton, copyButton, editButton]) button.type = 'button';
  actions.append(insertButton, copyButton, editButton);
  suggestion.append(text, actions);
  // Outside the suggestion, so its text content stays the reply alone.
  const status = document.createElement('p');
  status.className = 'reply-status';
  status.setAttribute('role', 'status');
  item.append(suggestion, status);

  const card: Card = {
    suggestion,
    text,
    insert: insertButton,
    copy: copyButton,
    edit: editButton,
    status,
    beforeEdit: null,
  };
  insertButton.addEventListener('click', () => onInsert(card));
  copyButton.addEventListener('click', () => void copy(card));
  editButton.addEventListener('click', () => {
    if (card.beforeEdit === null) startEditing(card);
    else {
      stopEditing(card, true);
      suggestion.focus();
    }
  });
  return { item, card };
}

/** Fills `section` with the replies for `message` of tab `tabId`; hidden when there is nothing to answer. */
export function showSuggestions(
  section: HTMLElement,
  tabId: number,
  message: AnalysedMessage,
  replies: Reply[],
  defaultTone: Reply['tone'],
): void {
  const list = section.querySelector('ul.replies');
  if (!list || replies.length === 0) {
    section.hidden = true;
    return;
  }
  const cards = replies.map((reply) =>
    buildCard(reply, (card) => {
      void insert(card, tabId, message.id, reply);
    }),
  );
  list.replaceChildren(...cards.map(({ item }) => item));
  section.hidden = false;

  // One tab stop for the whole list (roving tabindex): arrows move between replies.
  const focusCard = (index: number): void => {
    cards.forEach(({ card }, i) => (card.suggestion.tabIndex = i === index ? 0 : -1));
    cards[index]?.card.suggestion.focus();
  };
  const start = Math.max(
    0,
    replies.findIndex((reply) => reply.tone === defaultTone),
  );
  cards.forEach(({ card }, i) => (card.suggestion.tabIndex = i === start ? 0 : -1));

  list.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const index = cards.findIndex(({ card }) => card.suggestion.contains(event.target as Node));
    const current = cards[index]?.card;
    if (!current) return;
    if (current.beforeEdit !== null) {
      // While editing, keys belong to the text; Escape restores it, Ctrl/Cmd+Enter keeps it.
      if (key === 'Escape') stopEditing(current, false);
      else if (key === 'Enter' && ((event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey))
        stopEditing(current, true);
      else return;
      event.preventDefault();
      event.stopPropagation();
      current.suggestion.focus();
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowRight') focusCard((index + 1) % cards.length);
    else if (key === 'ArrowUp' || key === 'ArrowLeft') focusCard((index - 1 + cards.length) % cards.length);
    else if (key === 'Home') focusCard(0);
    else if (key === 'End') focusCard(cards.length - 1);
    else if (key === 'Enter' && event.target === current.suggestion) current.insert.click();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  cards[start]?.card.suggestion.focus();
}
