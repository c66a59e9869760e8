// Who has answered a round, as a keyed token (docs/security.md item 17): base64url
// HMAC-SHA256 of "<roundId>:<userId>" under a key derived from DATA_KEY. The
// token refuses a second answer (the primary key (roundId, token)) and lets
// the server tell a person whether they have answered, yet without DATA_KEY
// it names nobody: a copy of the database cannot say who took part.
import "server-only";

import { createHmac, hkdfSync } from "node:crypto";

import { getDataKey } from "../env";

const LABEL = "pulse.participation.v1";
let cached: { data: Buffer; key: Buffer } | null = null;

function tokenKey(): Buffer {
  const data = getDataKey();
  if (!cached || !cached.data.equals(data))
    cached = { data, key: Buffer.from(hkdfSync("sha256", data, Buffer.alloc(0), LABEL, 32)) };
  return cached.key;
}

/** The participation token of one person in one round (43 base64url characters). */
export function participationToken(roundId: string, userId: string): string {
  return createHmac("sha256", tokenKey()).update(`${roundId}:${userId}`).digest("base64url");
}

/** Prisma `where` for the viewer's own participation rows in these rounds. */
export function ownParticipations(userId: string, roundIds: readonly string[]) {
  return {
    OR: roundIds.map((roundId) => ({ roundId, token: participationToken(roundId, userId) })),
  };
}
