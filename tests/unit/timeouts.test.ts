import { describe, expect, it } from "vitest";

import { sessionExpired } from "@/lib/auth/timeouts";

const t0 = new Date("2026-11-01T08:00:00+08:00");
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("session timeouts (docs/security.md item 5)", () => {
  it("ends after 30 idle minutes", () => {
    expect(sessionExpired({ createdAt: t0, lastSeenAt: t0, revokedAt: null }, at(29))).toBeNull();
    expect(sessionExpired({ createdAt: t0, lastSeenAt: t0, revokedAt: null }, at(30))).toBe("idle");
  });
  it("ends after 8 hours even when active", () => {
    expect(
      sessionExpired({ createdAt: t0, lastSeenAt: at(479), revokedAt: null }, at(479.5)),
    ).toBeNull();
    expect(sessionExpired({ createdAt: t0, lastSeenAt: at(479), revokedAt: null }, at(480))).toBe(
      "absolute",
    );
  });
  it("ends when revoked", () => {
    expect(sessionExpired({ createdAt: t0, lastSeenAt: t0, revokedAt: at(1) }, at(2))).toBe(
      "revoked",
    );
  });
});
