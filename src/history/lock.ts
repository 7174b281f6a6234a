/**
 * Mutual exclusion for the history's read-modify-write steps. `storage.local` has no transactions, so two
 * contexts (the background and a popup, or two background events) that read, change and write the same record
 * could lose one change. The Web Locks API (`navigator.locks`) is shared by every page and worker of the
 * extension's origin, in Chrome and Firefox alike; where it is missing (Node tests, old browsers) an in-process
 * queue still orders the writes of one context. Records are one key each, so writers that touch different
 * emails never conflict even without a lock.
 */
export type Lock = <T>(run: () => Promise<T>) => Promise<T>;

/** A queue that runs one task at a time; a failed task does not block the next. */
export function queueLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return result;
  };
}

const contextQueues = new Map<string, Lock>();

/** The lock every history store of this browser profile agrees on. */
export function defaultLock(name: string): Lock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return <T>(run: () => Promise<T>): Promise<T> => locks.request(name, run);
  let queue = contextQueues.get(name);
  if (!queue) {
    queue = queueLock();
    contextQueues.set(name, queue);
  }
  return queue;
}
