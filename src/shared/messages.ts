/**
 * The one message contract between content script, background and popup: a map from message name to
 * its request and response types, and one generic `send()`. The background checks every incoming request
 * with the guards in message-guards.ts.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../analysis/types.ts';
import type { Site } from '../content/adapters/adapter.ts';
import type { Tone } from '../replies/templates/types.ts';
import type { ShownDate } from './displayed-date.ts';

/** One message as the content script read it, sent to the background for analysis. */
export interface MessageToAnalyze {
  site: Site;
  /** The webmail's own message id. */
  id: string;
  from: { name: string; address: string };
  subject: string;
  /** When it was sent, as the page shows it; the background reads it (displayed-date.ts). */
  sent: ShownDate | null;
  text: string;
  isNewest: boolean;
}

/** `Name <address>`, or the bare address: how the detector and the popup name a sender. */
export function formatSender(from: { name: string; address: string }): string {
  return from.name ? `${from.name} <${from.address}>` : from.address;
}

/** A message and what the detector said about it. */
export interface AnalysedMessage {
  id: string;
  from: { name: string; address: string };
  subject: string;
  sentAt: string | null;
  isNewest: boolean;
  analysis: Analysis;
}

/** What one tab shows, as its content script last reported it. */
export type TabView =
  | { kind: 'no-message'; site: Site; url: string }
  /** A message seems open but the adapter could not read the page (the webmail changed its layout). */
  | { kind: 'unreadable'; site: Site; url: string; detail: string }
  | { kind: 'messages'; site: Site; url: string; messages: AnalysedMessage[] };

/** Why a reply did not land: the popup says so and keeps the reply ready to copy. */
export type InsertFailure =
  /** The tab no longer shows that message (the user moved on). */
  | 'message-gone'
  /** No reply editor was open and the webmail's Reply control could not open one. */
  | 'no-editor'
  /** An editor was there but the text did not land in it. */
  | 'not-inserted'
  /** The page did not answer (reloaded, closed, or the content script is not there). */
  | 'no-page';

export type InsertResult = { ok: true; opened: boolean } | { ok: false; failure: InsertFailure };

export interface MessageMap {
  /** Content script → background: analyse one message. */
  analyze: {
    request: MessageToAnalyze;
    /** `sentAt`: the sent date the background read, ISO 8601 with its offset, or null. */
    response: { analysis: Analysis; dismissed: boolean; sentAt: string | null };
  };
  /** Content script → background: what the tab shows now; replaces the tab's previous view and badge. */
  reportView: { request: TabView; response: null };
  /** Content script → background: the user dismissed the banner of this message. */
  dismiss: { request: { site: Site; id: string }; response: null };
  /** Content script → background: open the suggestions (the popup) for the sender's tab. */
  openSuggestions: { request: null; response: null };
  /** Popup → background: the view last reported by a tab, or null when none was. */
  getTabView: { request: { tabId: number }; response: TabView | null };
  /**
   * Popup → background: insert `text` into the reply editor of message `messageId` in tab `tabId`, opening one
   * with the webmail's Reply control if none is open. On success the history entry records which reply went in.
   */
  insertReply: {
    request: { tabId: number; messageId: string; tone: Tone; text: string };
    response: InsertResult;
  };
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['request'];
export type Response<K extends MessageName> = MessageMap[K]['response'];

/** What travels over `runtime.sendMessage`; the tag keeps other senders' messages apart. */
export interface Envelope<K extends MessageName = MessageName> {
  gardefou: 1;
  name: K;
  request: Request<K>;
}

export function send<K extends MessageName>(name: K, request: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { gardefou: 1, name, request };
  return browser.runtime.sendMessage(envelope) as Promise<Response<K>>;
}

/** Background → the content script of one tab (`tabs.sendMessage`): insert `text` into message `messageId`'s reply. */
export interface InsertInTab {
  gardefou: 1;
  name: 'insertInTab';
  request: { messageId: string; text: string };
}
