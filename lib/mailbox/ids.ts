// Ids, dates and access codes for letters. Anonymous rows must carry nothing
// that dates them more finely than the day (docs/security.md item 17): a cuid embeds a
// timestamp, so ids here are pure randomness.
import "server-only";

import { randomBytes } from "node:crypto";

import { randomCode, sha256Hex } from "../crypto";
import { shanghaiDayKey } from "../dates";

/** "m" + 24 base36 characters from 16 random bytes (~124 bits). */
export function randomLetterId(prefix = "m"): string {
  const n = BigInt("0x" + randomBytes(16).toString("hex"));
  return prefix + n.toString(36).padStart(25, "0").slice(-24);
}

/** YYYY-MM-DD in Asia/Shanghai. */
export function shanghaiDay(now: Date = new Date()): string {
  return shanghaiDayKey(now);
}

/** Upper-case, separators and spaces removed: "lxjc-2026 demo" → "LXJC2026DEMO". */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

export function hashAccessCode(code: string): string {
  return sha256Hex(`mailbox-code:${normaliseAccessCode(code)}`);
}

/** A fresh one-time code, 20 characters, grouped by four for reading aloud. */
export function newAccessCode(): string {
  return randomCode(20).match(/.{4}/g)!.join("-");
}
