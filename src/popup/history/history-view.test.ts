// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queueLock, type Lock } from '../../history/lock.ts';
import { sampleEntries } from '../../history/sample-entries.ts';
import { MemoryStorageArea } from '../../history/storage-area.ts';
import { HistoryStore } from '../../history/store.ts';

// UI strings come back as their key and arguments, so the test reads what the view said.
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) => [key, substitutions ?? []].flat().join(' '),
      getUILanguage: () => 'en',
    },
    storage: { local: { get: () => Promise.resolve({}) } },
  },
}));
const { HistoryView } = await import('./history-view.ts');

const NOW = Date.now();

beforeAll(() => {
  globalThis.requestIdleCallback ??= (run: IdleRequestCallback): number =>
    setTimeout(() => run({ didTimeout: false, timeRemaining: () => 0 })) as unknown as number;
});

/** A store over `area` whose locked steps wait for `open()`: the whole history stays out until then. */
function heldStore(area: MemoryStorageArea): { store: HistoryStore; open: () => void } {
  let open = (): void => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const inner = queueLock();
  const lock: Lock = (run) => gate.then(() => inner(run));
  return { store: new HistoryStore(area, { lock }), open };
}

const entryItems = (root: HTMLElement): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>('[data-testid="history-entry"]'),
];

describe('the history view over the first-screen record', () => {
  it('draws the newest entries and the whole counts first, and acts on controls once the rest is in', async () => {
    const area = new MemoryStorageArea();
    const writer = new HistoryStore(area, { lock: queueLock() });
    const entries = sampleEntries(120, { now: NOW - 86_400_000 });
    await writer.merge(entries);
    await writer.load();
    await writer.load();

    const root = document.createElement('section');
    document.body.append(root);
    const { store, open } = heldStore(area);
    const view = new HistoryView(root, store);
    await view.load(true);
    view.show();
    expect(root.dataset.firstScreen).toBe('newest');
    expect(root.dataset.state).toBe('first-screen');
    expect(entryItems(root)).toHaveLength(50);
    expect(root.querySelector('.history-count')?.textContent).toBe('historyCount 120');

    // Used before the whole history is in: a search, and a status change on a listed entry.
    const [first] = entryItems(root);
    const status = first?.querySelector<HTMLSelectElement>('[data-testid="history-entry-status"]');
    if (!first || !status) throw new Error('no entry listed');
    status.value = 'handled';
    status.dispatchEvent(new Event('change'));
    const search = root.querySelector<HTMLInputElement>('[data-testid="history-search"]');
    if (!search) throw new Error('no search box');
    search.value = 'camille';
    search.dispatchEvent(new Event('input'));
    expect(entryItems(root)).toHaveLength(50);

    open();
    await vi.waitFor(() => expect(root.dataset.state).toBe('ready'));
    const camille = entries.filter((e) => e.client.name.startsWith('Camille'));
    await vi.waitFor(() => expect(entryItems(root)).toHaveLength(Math.min(50, camille.length)));
    expect(root.querySelector('.history-count')?.textContent).toBe(`historyCountFiltered ${camille.length} 120`);
    const [site, messageId] = (first.dataset.key ?? '').split(/:(.*)/s) as ['gmail' | 'outlook', string];
    await vi.waitFor(async () => expect((await writer.getEntry({ site, messageId }))?.status).toBe('handled'));
  });
});
