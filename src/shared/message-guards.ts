/**
 * The shape checks the background runs on every incoming request, one per message of the contract in
 * messages.ts (a page cannot reach `runtime.onMessage`, but a stale or newer content script can). Kept
 * apart from messages.ts so the content script does not carry them. Hand-written: the shapes are few and
 * flat, and a schema library would weigh more than the checks.
 */
import type { Site } from '../content/adapters/adapter.ts';
import { TONES, type Tone } from '../replies/templates/types.ts';
import type { ShownDate } from './displayed-date.ts';
import type { AnalysedMessage, MessageName, MessageToAnalyze, Request, TabView } from './messages.ts';

type Guard<T> = (value: unknown) => value is T;

const MAX_ID = 512;
const MAX_TEXT = 200_000;
/** A reply the user may have edited at length, still far below anything a reply box would take. */
const MAX_REPLY = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isString =
  (max: number): Guard<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;
const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isSite: Guard<Site> = (value): value is Site => value === 'gmail' || value === 'outlook';
const isFrom: Guard<MessageToAnalyze['from']> = (value): value is MessageToAnalyze['from'] =>
  isRecord(value) && isString(1000)(value.name) && isString(1000)(value.address);

const isShownDate: Guard<ShownDate> = (v): v is ShownDate =>
  isRecord(v) &&
  (v.machine === null || isString(200)(v.machine)) &&
  Array.isArray(v.shown) &&
  v.shown.length <= 4 &&
  v.shown.every(isString(200)) &&
  typeof v.dayFirst === 'boolean';

const isMessageToAnalyze: Guard<MessageToAnalyze> = (v): v is MessageToAnalyze =>
  isRecord(v) &&
  isSite(v.site) &&
  isString(MAX_ID)(v.id) &&
  isFrom(v.from) &&
  isString(2000)(v.subject) &&
  (v.sent === null || isShownDate(v.sent)) &&
  isString(MAX_TEXT)(v.text) &&
  typeof v.isNewest === 'boolean';

/** Analyses come from our own background; only their outer shape is checked. */
function isAnalysedMessage(v: unknown): v is AnalysedMessage {
  return (
    isRecord(v) &&
    isString(MAX_ID)(v.id) &&
    isFrom(v.from) &&
    isString(2000)(v.subject) &&
    (v.sentAt === null || isString(64)(v.sentAt)) &&
    typeof v.isNewest === 'boolean' &&
    isRecord(v.analysis) &&
    Array.isArray(v.analysis.findings)
  );
}

const isTabView: Guard<TabView> = (v): v is TabView => {
  if (!isRecord(v) || !isSite(v.site) || !isString(8000)(v.url)) return false;
  switch (v.kind) {
    case 'no-message':
      return true;
    case 'unreadable':
      return isString(2000)(v.detail);
    case 'messages':
      return Array.isArray(v.messages) && v.messages.length <= 100 && v.messages.every(isAnalysedMessage);
    default:
      return false;
  }
};

export const REQUEST_GUARDS: { [K in MessageName]: Guard<Request<K>> } = {
  analyze: isMessageToAnalyze,
  reportView: isTabView,
  dismiss: (v): v is Request<'dismiss'> => isRecord(v) && isSite(v.site) && isString(MAX_ID)(v.id),
  openSuggestions: (v): v is null => v === null,
  getTabView: (v): v is Request<'getTabView'> => isRecord(v) && isTabId(v.tabId),
  insertReply: (v): v is Request<'insertReply'> =>
    isRecord(v) &&
    isTabId(v.tabId) &&
    isString(MAX_ID)(v.messageId) &&
    TONES.includes(v.tone as Tone) &&
    isString(MAX_REPLY)(v.text) &&
    v.text.trim() !== '',
};

/** The envelope's name when `value` is one of ours, else null. */
export function envelopeName(value: unknown): MessageName | null {
  if (!isRecord(value) || value.gardefou !== 1 || typeof value.name !== 'string') return null;
  return Object.hasOwn(REQUEST_GUARDS, value.name) ? (value.name as MessageName) : null;
}
