// 检察文化 clubs and events (deterministic): 东林法学社 with its members,
// monthly events and log (culture-events/club.ts), and the 集体活动: the past
// hike and one upcoming event with a waiting list (culture-events/group.ts).
// Runs before the album seed, which links the hike's album to the hike.
import type { Tx } from "../../lib/db-client";
import { seedDonglin } from "./culture-events/club";
import { seedGroupEvents } from "./culture-events/group";
import type { Organisation } from "./org";

export async function seedCultureEvents(tx: Tx, org: Organisation) {
  const zzc = org.users.find((u) => u.username === "zzc")!;
  const club = await seedDonglin(tx, org, zzc.id);
  const group = await seedGroupEvents(tx, org, zzc.id);
  return { club, group };
}
