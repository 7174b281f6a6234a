/**
 * The part of `browser.storage.local` the history uses. The extension passes `browser.storage.local`; tests
 * and the bench pass a `MemoryStorageArea`.
 */
export interface StorageArea {
  /** `null`: every stored item. */
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * An in-memory storage area that behaves like `storage.local` where it matters for the store: values are
 * copied in and out (structured clone, as the browser serialises them), and each call completes after
 * `delay()` resolves, so a test can interleave two writers step by step.
 */
export class MemoryStorageArea implements StorageArea {
  readonly items = new Map<string, unknown>();
  /** Every call in the order it completed: `get`, `set`, `remove` with the keys involved. */
  readonly log: { op: 'get' | 'set' | 'remove'; keys: string[] }[] = [];

  constructor(private readonly delay: () => Promise<void> = () => Promise.resolve()) {}

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    await this.delay();
    const wanted = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const found: Record<string, unknown> = {};
    for (const key of wanted) {
      if (this.items.has(key)) found[key] = structuredClone(this.items.get(key));
    }
    this.log.push({ op: 'get', keys: wanted });
    return found;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.delay();
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
    this.log.push({ op: 'set', keys: Object.keys(items) });
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.delay();
    const list = typeof keys === 'string' ? [keys] : keys;
    for (const key of list) this.items.delete(key);
    this.log.push({ op: 'remove', keys: list });
  }
}
