// Lockout timing with a fake clock (docs/security.md item 3).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { clearedState, isLocked, registerFailure, type LockState } from "@/lib/auth/lockout";

const MIN = 60_000;

describe("lockout", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-01T09:00:00+08:00"));
  });
  afterEach(() => vi.useRealTimers());

  function fail(state: LockState): LockState & { justLocked: boolean } {
    return registerFailure(state, new Date());
  }

  it("locks on the fifth failure within 15 minutes, for 30 minutes", () => {
    let s: LockState & { justLocked?: boolean } = clearedState();
    for (let i = 0; i < 4; i++) {
      s = fail(s);
      expect(s.justLocked).toBe(false);
      vi.advanceTimersByTime(3 * MIN);
    }
    s = fail(s); // 12 minutes after the first
    expect(s.justLocked).toBe(true);
    expect(isLocked(s, new Date())).toBe(true);
    vi.advanceTimersByTime(29 * MIN + 59_000);
    expect(isLocked(s, new Date())).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(isLocked(s, new Date())).toBe(false);
  });

  it("does not lock when the failures spread over more than 15 minutes", () => {
    let s: LockState & { justLocked?: boolean } = clearedState();
    for (let i = 0; i < 4; i++) {
      s = fail(s);
      vi.advanceTimersByTime(4 * MIN);
    }
    // 16 minutes after the first failure: the window restarts.
    s = fail(s);
    expect(s.justLocked).toBe(false);
    expect(s.failedLoginCount).toBe(1);
    expect(isLocked(s, new Date())).toBe(false);
  });

  it("starts counting afresh after a lock expires", () => {
    let s: LockState & { justLocked?: boolean } = clearedState();
    for (let i = 0; i < 5; i++) s = fail(s);
    expect(s.justLocked).toBe(true);
    vi.advanceTimersByTime(31 * MIN);
    s = fail(s);
    expect(s.justLocked).toBe(false);
    expect(s.failedLoginCount).toBe(1);
    expect(isLocked(s, new Date())).toBe(false);
  });
});
