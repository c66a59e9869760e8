// Response ids are pure randomness (docs/security.md item 17): a cuid embeds its
// creation time and a counter, which would order responses by submission
// and line them up with the participation and audit rows.
import "server-only";

import { randomBytes } from "node:crypto";

/** "r" + 24 base36 characters from 16 random bytes (~124 bits). */
export function randomResponseId(): string {
  const n = BigInt("0x" + randomBytes(16).toString("hex"));
  return "r" + n.toString(36).padStart(25, "0").slice(-24);
}
