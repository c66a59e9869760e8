// lib/memo.ts: concurrent requests share one computation, a failure is not
// kept, values expire after their time to live, and memoKey's window lets a
// caller's own clock (a test's fixed `now`) decide freshness too.
import { describe, expect, it } from "vitest";

import { memo, memoKey } from "@/lib/memo";

describe("memo", () => {
  it("computes once for concurrent and later requests of one key", async () => {
    const m = memo<number>({ ttlMs: 60_000 });
    let runs = 0;
    const load = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 10));
      return 42;
    };
    expect(await Promise.all([m.get("k", load), m.get("k", load), m.get("k", load)])).toEqual([
      42, 42, 42,
    ]);
    expect(await m.get("k", load)).toBe(42);
    expect(runs).toBe(1);
    expect(await m.get("other", load)).toBe(42);
    expect(runs).toBe(2);
  });

  it("does not keep a failure", async () => {
    const m = memo<number>({ ttlMs: 60_000 });
    await expect(m.get("k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await m.get("k", async () => 7)).toBe(7);
  });

  it("computes afresh after the time to live, and after forget", async () => {
    let t = 1_000_000; // lru-cache reads a start time of 0 as "no time to live"
    const m = memo<number>({ ttlMs: 1_000, clock: { now: () => t } });
    let n = 0;
    const load = async () => ++n;
    expect(await m.get("k", load)).toBe(1);
    t += 500;
    expect(await m.get("k", load)).toBe(1);
    t += 600;
    expect(await m.get("k", load)).toBe(2);
    m.forget("k");
    expect(await m.get("k", load)).toBe(3);
    m.forget();
    expect(await m.get("k", load)).toBe(4);
  });

  it("answers the requests waiting on a computation that is forgotten, but does not keep it", async () => {
    const m = memo<number>({ ttlMs: 60_000 });
    let n = 0;
    const load = async () => {
      const v = ++n;
      await new Promise((r) => setTimeout(r, 10));
      return v;
    };
    const waiting = Promise.all([m.get("k", load), m.get("k", load)]);
    m.forget();
    expect(await waiting).toEqual([1, 1]);
    expect(await m.get("k", load)).toBe(2);
    expect(await m.get("k", load)).toBe(2);
  });

  it("bounds its size", async () => {
    const m = memo<number>({ ttlMs: 60_000, max: 2 });
    let n = 0;
    const load = async () => ++n;
    await m.get("a", load);
    await m.get("b", load);
    await m.get("c", load);
    expect(await m.get("a", load)).toBe(4); // "a" was the least recently used
  });
});

describe("memoKey", () => {
  it("names the window of `now`, so a clock one window later gets a new key", () => {
    const t = new Date("2026-12-07T08:00:10Z");
    expect(memoKey("x", t, 60_000)).toBe(memoKey("x", new Date(t.getTime() + 30_000), 60_000));
    expect(memoKey("x", t, 60_000)).not.toBe(memoKey("x", new Date(t.getTime() + 60_000), 60_000));
  });
});
