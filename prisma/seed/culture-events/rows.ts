// Shared by the culture event seeds: registration rows and attendance draws.
import type { Tx } from "../../../lib/db-client";
import type { Rng } from "../random";

export type RegRow = {
  eventId: string;
  userId: string;
  status: "REGISTERED" | "WAITLISTED" | "CANCELLED";
  registeredAt: Date;
  attendance?: "PRESENT" | "LEAVE" | "ABSENT" | null;
  recordedById?: string | null;
  recordedAt?: Date | null;
};

/** About 88% present, 8% on leave, 4% absent. */
export function attendanceOf(rng: Rng): "PRESENT" | "LEAVE" | "ABSENT" {
  return rng.weighted([
    ["PRESENT", 88],
    ["LEAVE", 8],
    ["ABSENT", 4],
  ] as const);
}

export async function insertRegistrations(tx: Tx, rows: RegRow[]) {
  for (let i = 0; i < rows.length; i += 100)
    await tx.cultureRegistration.createMany({ data: rows.slice(i, i + 100) });
}
