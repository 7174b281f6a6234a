/**
 * What Gardefou does in one webmail page: read the open message(s) through the adapter, have the
 * background analyse each one once, mark and highlight them, show a banner, and report the view so the
 * popup and the badge follow. A "view" is one URL; when it changes, everything drawn for the old one is
 * released through its AbortSignal.
 */
import type { Finding } from '../analysis/types.ts';
import { send, type AnalysedMessage, type Response, type TabView } from '../shared/messages.ts';
import type { MessageView, WebmailAdapter } from './adapters/adapter.ts';
import { createBanner } from './banner.ts';
import { highlight } from './highlights.ts';
import { rangesForSpans } from './text-map.ts';
import { watchView } from './watch-view.ts';

type AnalyzeResult = Response<'analyze'>;

/** Analyses kept across views, so going back to an email redraws it without asking again. */
const CACHE_SIZE = 50;

interface Drawn {
  element: HTMLElement;
  message: AnalysedMessage;
  controller: AbortController;
}

interface View {
  url: string;
  controller: AbortController;
  drawn: Map<string, Drawn>;
  /** What was last reported to the background, to send each change once. */
  reported: string;
}

/**
 * The content script's synchronous steps are published as User Timing measures: neither long tasks nor long
 * animation frames name a content script, and the end-to-end suite reports this work as figures. Only steps
 * that drew something or took longer than a frame are kept, so a day in the inbox does not fill the timeline.
 */
function measureStep(name: string, start: number, drew: boolean): void {
  const end = performance.now();
  if (drew || end - start > 16) performance.measure(`gardefou:${name}`, { start, end });
}

/** Test hooks, kept stable for outside acceptance tests. */
const STATE_ATTRIBUTE = 'data-gardefou-state';
const CATEGORIES_ATTRIBUTE = 'data-gardefou-categories';

export function startPageSession(
  adapter: WebmailAdapter,
  signal: AbortSignal,
  onError: (error: unknown) => void,
): void {
  const analyses = new Map<string, Promise<AnalyzeResult>>();
  let view: View | null = null;

  function analyse(message: MessageView): Promise<AnalyzeResult> {
    const key = `${message.id}\n${message.text.length}`;
    let pending = analyses.get(key);
    if (!pending) {
      pending = send('analyze', {
        site: adapter.site,
        id: message.id,
        from: message.from,
        subject: message.subject,
        sent: message.sent,
        text: message.text,
        isNewest: message.isNewest,
      });
      pending.catch(() => analyses.delete(key));
      analyses.set(key, pending);
      if (analyses.size > CACHE_SIZE) analyses.delete(analyses.keys().next().value as string);
    }
    return pending;
  }

  function report(current: View, tabView: TabView): void {
    const summary =
      tabView.kind === 'messages'
        ? `messages:${tabView.messages.map((m) => `${m.id}/${m.analysis.findings.length}`).join(',')}`
        : `${tabView.kind}:${tabView.kind === 'unreadable' ? tabView.detail : ''}`;
    if (summary === current.reported) return;
    current.reported = summary;
    send('reportView', tabView).catch(onError);
  }

  function undraw(drawn: Drawn): void {
    drawn.controller.abort();
    drawn.element.removeAttribute(STATE_ATTRIBUTE);
    drawn.element.removeAttribute(CATEGORIES_ATTRIBUTE);
  }

  function draw(current: View, message: MessageView, result: AnalyzeResult): void {
    const controller = new AbortController();
    const { analysis } = result;
    const body = message.bodyElement;
    current.drawn.set(message.id, {
      element: body,
      controller,
      message: {
        id: message.id,
        from: message.from,
        subject: message.subject,
        sentAt: result.sentAt,
        isNewest: message.isNewest,
        analysis,
      },
    });
    body.setAttribute(STATE_ATTRIBUTE, 'analyzed');
    body.setAttribute(CATEGORIES_ATTRIBUTE, [...new Set(analysis.findings.map((f) => f.category))].sort().join(' '));
    // A banner left by an earlier run (an old view, a reloaded extension) must not stay next to ours.
    removeBanners(message.id);
    if (analysis.findings.length === 0 || result.dismissed) return;
    drawFindings(message, analysis.findings, controller);
  }

  function drawFindings(message: MessageView, findings: readonly Finding[], controller: AbortController): void {
    const { signal: drawnSignal } = controller;
    const ranges = rangesForSpans(message.bodyElement, message.text, findings);
    ranges.forEach((range, index) => {
      const finding = findings[index];
      if (!range || !finding) return;
      drawnSignal.addEventListener('abort', highlight(finding.category, range));
    });
    const banner = createBanner({
      messageId: message.id,
      findings,
      ranges,
      isNewest: message.isNewest,
      body: message.bodyElement,
      signal: drawnSignal,
      onSuggest: () => {
        send('openSuggestions', null).catch(onError);
      },
      onDismiss: () => {
        // Hide the banner and highlights; the message stays analysed, the popup still lists its findings.
        controller.abort();
        for (const [key, pending] of analyses) {
          if (key.startsWith(`${message.id}\n`)) {
            analyses.set(
              key,
              pending.then((result) => ({ ...result, dismissed: true })),
            );
          }
        }
        send('dismiss', { site: adapter.site, id: message.id }).catch(onError);
      },
    });
    message.bannerAnchor.before(banner);
  }

  function removeBanners(messageId: string): void {
    for (const banner of document.querySelectorAll<HTMLElement>('[data-gardefou="banner"]')) {
      if (banner.dataset.gardefouMessage === messageId) banner.remove();
    }
  }

  async function scan(): Promise<void> {
    if (signal.aborted) return;
    if (!view || view.url !== location.href) {
      view?.controller.abort();
      const controller = new AbortController();
      const next: View = { url: location.href, controller, drawn: new Map(), reported: '' };
      controller.signal.addEventListener('abort', () => {
        for (const drawn of next.drawn.values()) undraw(drawn);
        next.drawn.clear();
      });
      view = next;
    }
    const current = view;
    const readStart = performance.now();
    const read = adapter.readOpenMessages(document);
    measureStep('read', readStart, false);
    if (!read.ok) {
      for (const drawn of current.drawn.values()) undraw(drawn);
      current.drawn.clear();
      // A changed layout gets nothing drawn on the page, only a word in the popup.
      report(
        current,
        read.reason === 'layout-changed'
          ? { kind: 'unreadable', site: adapter.site, url: current.url, detail: read.detail }
          : { kind: 'no-message', site: adapter.site, url: current.url },
      );
      return;
    }
    for (const [id, drawn] of current.drawn) {
      const still = read.messages.find((m) => m.id === id);
      if (!still || still.bodyElement !== drawn.element || !drawn.element.isConnected) {
        undraw(drawn);
        current.drawn.delete(id);
      }
    }
    await Promise.all(
      read.messages
        .filter((message) => !current.drawn.has(message.id))
        .map(async (message) => {
          const result = await analyse(message);
          if (current.controller.signal.aborted || current.drawn.has(message.id) || !message.bodyElement.isConnected) {
            return;
          }
          const drawStart = performance.now();
          draw(current, message, result);
          measureStep('draw', drawStart, true);
        }),
    );
    if (current.controller.signal.aborted) return;
    const messages = read.messages.flatMap((m) => current.drawn.get(m.id)?.message ?? []);
    report(current, { kind: 'messages', site: adapter.site, url: current.url, messages });
  }

  const guardedScan = (): void => {
    scan().catch(onError);
  };
  watchView(adapter, guardedScan, signal);
  signal.addEventListener('abort', () => view?.controller.abort());
  guardedScan();
}
