/**
 * Content script, injected into every Gmail and Outlook page: kept tiny (no NLP; the background analyses),
 * and it never throws into the webmail: every entry point is caught here.
 */
import { adapterFor } from './adapters/index.ts';
import { startPageSession } from './page-session.ts';
import { answerTheBackground } from './tab-messages.ts';

const STARTED = Symbol.for('gardefou.started');
const scope = globalThis as { [STARTED]?: boolean };

function start(): void {
  if (scope[STARTED]) return;
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  scope[STARTED] = true;
  const life = new AbortController();
  const report = (error: unknown): void => {
    // After an update or a reload of the extension this copy is orphaned: stop and take its UI away.
    if (/context invalidated/i.test(String(error))) life.abort();
    else console.debug('Gardefou:', error);
  };
  startPageSession(adapter, life.signal, report);
  answerTheBackground(life.signal, report);
}

try {
  start();
} catch (error) {
  console.debug('Gardefou could not start:', error);
}
