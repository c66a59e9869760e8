// Coverage of a 谈话计划: which members count as covered, the covered count
// of many campaigns in one grouped read, and (pure) the tally overall, by
// department, by age layer, and of who is still to be talked to. The other
// reads are in queries.ts.
import type { Prisma } from "@/prisma/generated/sqlite/client";

import { DAY_MS } from "../dates";
import type { Tx } from "../db";
import { percent } from "../format";
import { AGE_LAYERS, ageLayerOf, type AgeLayer } from "../people/age";

/** A member is covered by a talk in the campaign, or by any talk with them inside the window. */
export function coveredMemberWhere(c: {
  id: string;
  startsOn: Date;
  endsOn: Date;
}): Prisma.TalkCampaignMemberWhereInput {
  return {
    campaignId: c.id,
    user: {
      talksAsInterviewee: {
        some: {
          OR: [
            { campaignId: c.id },
            { heldOn: { gte: c.startsOn, lt: new Date(c.endsOn.getTime() + DAY_MS) } },
          ],
        },
      },
    },
  };
}

type Window = { id: string; startsOn: Date; endsOn: Date };

/**
 * Covered members of each campaign (coveredMemberWhere), within `scope` (for
 * example one department's members): one grouped statement for any number of
 * campaigns, instead of a count per campaign. Campaigns without any are absent.
 */
export async function coveredCounts(
  client: Tx,
  campaigns: readonly Window[],
  scope: Prisma.TalkCampaignMemberWhereInput = {},
): Promise<Map<string, number>> {
  if (campaigns.length === 0) return new Map();
  const rows = await client.talkCampaignMember.groupBy({
    by: ["campaignId"],
    where: { AND: [{ OR: campaigns.map(coveredMemberWhere) }, scope] },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.campaignId, r._count._all]));
}

type Tally = { total: number; covered: number; percent: number };

export type CoverageMember = {
  userId: string;
  interviewer: { realName: string } | null;
  user: {
    realName: string;
    position: string;
    birthYear: number;
    departmentId: string | null;
    department: { name: string } | null;
  };
};

/** Tallies a campaign's members against the set of those covered, with ages as of `year`. */
export function tallyCoverage(
  members: readonly CoverageMember[],
  covered: ReadonlySet<string>,
  year: number,
) {
  const byDepartment = new Map<string, Tally & { departmentId: string | null; name: string }>();
  const byLayer = new Map<AgeLayer, Tally>(
    AGE_LAYERS.map((l) => [l, { total: 0, covered: 0, percent: 0 }]),
  );
  const pending = new Map<
    string,
    {
      name: string;
      people: { userId: string; realName: string; position: string; interviewer: string | null }[];
    }
  >();
  for (const m of members) {
    const key = m.user.departmentId ?? "";
    const name = m.user.department?.name ?? "未分配部门";
    const dept = byDepartment.get(key) ?? {
      departmentId: m.user.departmentId,
      name,
      total: 0,
      covered: 0,
      percent: 0,
    };
    const layer = byLayer.get(ageLayerOf(m.user.birthYear, year))!;
    const isCovered = covered.has(m.userId);
    for (const t of [dept, layer]) {
      t.total++;
      if (isCovered) t.covered++;
    }
    byDepartment.set(key, dept);
    if (!isCovered) {
      const group = pending.get(key) ?? { name, people: [] };
      group.people.push({
        userId: m.userId,
        realName: m.user.realName,
        position: m.user.position,
        interviewer: m.interviewer?.realName ?? null,
      });
      pending.set(key, group);
    }
  }
  for (const t of [...byDepartment.values(), ...byLayer.values()])
    t.percent = percent(t.covered, t.total);
  return {
    total: members.length,
    covered: covered.size,
    percent: percent(covered.size, members.length),
    byDepartment: [...byDepartment.values()],
    byLayer: [...byLayer.entries()].map(([layer, t]) => ({ layer, ...t })),
    pending: [...pending.entries()].map(([departmentId, g]) => ({
      departmentId: departmentId || null,
      ...g,
    })),
    members: members.map((m) => ({
      userId: m.userId,
      label: `${m.user.department?.name ?? "未分配部门"} · ${m.user.realName}`,
      interviewer: m.interviewer?.realName ?? null,
    })),
  };
}
