/**
 * The storage the history uses: `browser.storage.local`'s get/set/remove plus key ranges, which IndexedDB reads
 * without touching the rest (a `storage.local` adapter would filter `get(null)`). The extension passes an
 * `IdbStorageArea`; tests and the bench pass a `MemoryStorageArea`.
 */
export interface StorageArea {
  /** `null`: every stored item. */
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  /** The items whose keys are in `[lower, upper)`. */
  getBetween(lower: string, upper: string): Promise<Record<string, unknown>>;
  /** The keys in `[lower, upper)`, without their values. */
  keysBetween(lower: string, upper: string): Promise<string[]>;
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
  /** Every call in the order it completed: `get`, `set`, `remove` with the keys involved (a range: the keys found). */
  readonly log: { op: 'get' | 'keys' | 'set' | 'remove'; keys: string[] }[] = [];

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

  getBetween(lower: string, upper: string): Promise<Record<string, unknown>> {
    return this.get(this.between(lower, upper));
  }

  async keysBetween(lower: string, upper: string): Promise<string[]> {
    await this.delay();
    const keys = this.between(lower, upper);
    this.log.push({ op: 'keys', keys });
    return keys;
  }

  private between(lower: string, upper: string): string[] {
    return [...this.items.keys()].filter((key) => key >= lower && key < upper).sort();
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
