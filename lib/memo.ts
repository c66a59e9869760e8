// The one in-process cache of computed figures: a key → promise map with a
// time to live and a size bound (lru-cache). Concurrent requests for a key
// share one computation; a failed computation is not kept, so the next
// request tries again. Each instance of the server keeps its own copy, so a
// memo holds only what may be up to `ttlMs` old without harm, and every page
// that shows memoised figures says when they were computed.
import "server-only";

import { LRUCache } from "lru-cache";

export type Memo<T> = {
  /** The value kept for `key`, or `load()`'s, kept for the memo's time to live. */
  get(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Drops one key, or everything: the next `get` computes afresh. A computation
   * under way when it is forgotten still answers the requests that wait on it
   * (they started before the write that calls forget), but is not kept.
   */
  forget(key?: string): void;
};

export function memo<T extends NonNullable<unknown>>(opts: {
  ttlMs: number;
  max?: number;
  /** The clock the time to live is measured on (tests); performance by default. */
  clock?: { now(): number };
}): Memo<T> {
  const cache = new LRUCache<string, T, () => Promise<T>>({
    max: opts.max ?? 100,
    ttl: opts.ttlMs,
    // Age from when the value was stored, not from its last read.
    updateAgeOnGet: false,
    ...(opts.clock ? { perf: opts.clock, ttlResolution: 0 } : {}),
    // forget() aborts a computation under way; without this its waiting
    // requests would get undefined. With it they get its value, not cached.
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return {
    async get(key, load) {
      const value = await cache.fetch(key, { context: load });
      // fetchMethod always returns a value or throws; lru-cache types allow undefined.
      return value as T;
    },
    forget(key) {
      if (key === undefined) cache.clear();
      else cache.delete(key);
    },
  };
}

/**
 * A key that also names the `ttlMs`-long window `now` falls in, so that a
 * caller's clock (a test's fixed `now`) decides freshness as well as the real
 * one: a value is never served to a `now` more than one window later.
 */
export function memoKey(key: string, now: Date, ttlMs: number): string {
  return `${key}|${Math.floor(now.getTime() / ttlMs)}`;
}
