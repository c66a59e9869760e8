// Who has answered a round, as a keyed token (docs/security.md item 17): base64url
// HMAC-SHA256 of "<roundId>:<userId>" under a key derived from DATA_KEY. The
// token refuses a second answer (the primary key (roundId, token)) and lets
// the server tell a person whether they have answered, yet without DATA_KEY
// it names nobody: a copy of the database cannot say who took part.
import "server-only";

import { keyedToken } from "../crypto";

const LABEL = "pulse.participation.v1";

/** The participation token of one person in one round (43 base64url characters). */
export function participationToken(roundId: string, userId: string): string {
  return keyedToken(LABEL, `${roundId}:${userId}`);
}

/** Prisma `where` for the viewer's own participation rows in these rounds. */
export function ownParticipations(userId: string, roundIds: readonly string[]) {
  return {
    OR: roundIds.map((roundId) => ({ roundId, token: participationToken(roundId, userId) })),
  };
}
