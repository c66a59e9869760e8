// Driver analysis of the latest closed pulse round (issue 17 item 4), from
// its released responses only (the sealed pool is never read). Groups are
// those maskDepartments shows for the round (n ≥ 5, small departments merged into
// 其他部门), and of them only the ones with DRIVER_MIN_GROUP respondents or
// more, so nothing narrower than the results page already shows is analysed.
// The database returns sums and cross-products per pair of statements, never
// a single response; ./drivers.ts does the arithmetic.
import "server-only";

import { Prisma } from "@/prisma/generated/sqlite/client";

import type { Tx } from "../db";
import { maskDepartments, OTHER_GROUP } from "../people/masking";
import { DRIVER_MIN_GROUP, driverAnalysis, type Driver } from "./drivers";

type PairRow = { q: string; j: string; s: unknown };
type SumRow = { q: string; s: unknown };

/** Sums of one group's answers: by statement, and by pair of statements within a response. */
async function groupSums(client: Tx, roundId: string, departmentIds: (string | null)[] | null) {
  const ids = departmentIds?.filter((d): d is string => d !== null) ?? [];
  const hasNull = departmentIds?.includes(null) ?? false;
  const where =
    departmentIds === null
      ? Prisma.sql`r."roundId" = ${roundId}`
      : Prisma.sql`r."roundId" = ${roundId} AND (${
          ids.length ? Prisma.sql`r."departmentId" IN (${Prisma.join(ids)})` : Prisma.sql`1 = 0`
        } OR ${hasNull ? Prisma.sql`r."departmentId" IS NULL` : Prisma.sql`1 = 0`})`;
  const [pairs, sums] = await Promise.all([
    client.$queryRaw<PairRow[]>`
      SELECT a."questionId" AS "q", b."questionId" AS "j", SUM(a."value" * b."value") AS "s"
      FROM "PulseAnswer" a
      JOIN "PulseAnswer" b ON b."responseId" = a."responseId"
      JOIN "PulseResponse" r ON r."id" = a."responseId"
      WHERE ${where}
      GROUP BY a."questionId", b."questionId"`,
    client.$queryRaw<SumRow[]>`
      SELECT a."questionId" AS "q", SUM(a."value") AS "s"
      FROM "PulseAnswer" a JOIN "PulseResponse" r ON r."id" = a."responseId"
      WHERE ${where}
      GROUP BY a."questionId"`,
  ]);
  return {
    sum: Object.fromEntries(sums.map((r) => [r.q, Number(r.s)])),
    cross: Object.fromEntries(pairs.map((r) => [`${r.q}|${r.j}`, Number(r.s)])),
  };
}

export type DriverGroup = { key: string; name: string; n: number; drivers: Driver[] };

/** The latest closed round with released responses, and its drivers for each group of ≥ 25. */
export async function pulseDrivers(client: Tx, now: Date) {
  const round = await client.pulseRound.findFirst({
    where: { closesAt: { lte: now }, responses: { some: {} } },
    orderBy: { closesAt: "desc" },
    select: {
      id: true,
      title: true,
      closesAt: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, text: true } },
    },
  });
  if (!round) return null;
  const cells = await client.pulseResponse.groupBy({
    by: ["departmentId", "ageLayer"],
    where: { roundId: round.id },
    _count: { _all: true },
  });
  const masked = maskDepartments(
    cells.map((c) => ({
      departmentId: c.departmentId,
      ageLayer: c.ageLayer as never,
      n: c._count._all,
    })),
  );
  if (!masked.showTotal) return { round, groups: [] as DriverGroup[] };
  const total = cells.reduce((s, c) => s + c._count._all, 0);
  const candidates: { key: string; ids: (string | null)[] | null; n: number }[] = [
    { key: "ALL", ids: null, n: total },
    ...masked.departments.map((g) => ({ key: g.key, ids: g.departmentIds, n: g.n })),
  ].filter((g) => g.n >= DRIVER_MIN_GROUP);
  const names = new Map(
    (
      await client.department.findMany({
        where: { id: { in: candidates.flatMap((g) => (g.key === "ALL" ? [] : [g.key])) } },
        select: { id: true, name: true },
      })
    ).map((d) => [d.id, d.name]),
  );
  const groups: DriverGroup[] = [];
  for (const g of candidates) {
    const sums = await groupSums(client, round.id, g.ids);
    const drivers = driverAnalysis({ questions: round.questions, n: g.n, ...sums });
    if (!drivers) continue;
    const name =
      g.key === "ALL" ? "全院" : g.key === OTHER_GROUP ? "其他部门" : (names.get(g.key) ?? "部门");
    groups.push({ key: g.key, name, n: g.n, drivers });
  }
  return { round, groups };
}
