// The query-plan cache (lib/db-plan-cache.ts, with the engine hook of
// patches/@prisma+client+6.19.3.patch) on a real database: one plan per
// shape, and every call gets its own values' rows, dates and defaults.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { planCacheStats } from "@/lib/db-plan-cache";

const TAG = `plan-${Date.now().toString(36)}`;
const users: { id: string }[] = [];
const day = (d: number) => new Date(Date.UTC(2026, 0, d, 4));

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    users.push(
      await db.user.create({
        data: {
          username: `${TAG}-${i}`,
          realName: `缓存${i}`,
          employeeNo: `${TAG}-${i}`,
          birthYear: 1990,
          passwordHash: "x",
        },
        select: { id: true },
      }),
    );
  }
  // User i has i + 2 notifications, on days 1…i+2 of January; the odd days are read.
  for (const [i, u] of users.entries())
    for (let d = 1; d <= i + 2; d++)
      await db.notification.create({
        data: {
          userId: u.id,
          title: `${TAG} ${i}-${d}`,
          createdAt: day(d),
          readAt: d % 2 ? day(d + 1) : null,
        },
      });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { username: { startsWith: TAG } } });
});

describe("query-plan cache", () => {
  it("compiles a shape once and answers each call with its own values", async () => {
    const before = planCacheStats();
    const counts: number[] = [];
    const titles: string[][] = [];
    for (const u of users) {
      counts.push(
        await db.notification.count({ where: { userId: u.id, createdAt: { gte: day(2) } } }),
      );
      const rows = await db.notification.findMany({
        where: { userId: u.id, readAt: null },
        orderBy: { createdAt: "asc" },
        select: { title: true },
      });
      titles.push(rows.map((r) => r.title));
    }
    expect(counts).toEqual([1, 2, 3]);
    expect(titles).toEqual([[`${TAG} 0-2`], [`${TAG} 1-2`], [`${TAG} 2-2`, `${TAG} 2-4`]]);
    const after = planCacheStats();
    // Two shapes, three calls each: at most one compilation per shape.
    expect(after.compiled - before.compiled).toBeLessThanOrEqual(2);
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(4);
  });

  it("compares dates through placeholders as the literal query did", async () => {
    const u = users[2];
    for (let d = 1; d <= 5; d++) {
      const n = await db.notification.count({ where: { userId: u.id, createdAt: { lt: day(d) } } });
      expect(n).toBe(Math.min(d - 1, 4));
    }
  });

  it("runs each create's defaults anew (ids, now()) with a cached plan", async () => {
    const t0 = Date.now();
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push(
        await db.notification.create({
          data: { userId: users[0].id, title: `${TAG} new ${i}` },
          select: { id: true, title: true, createdAt: true },
        }),
      );
    expect(new Set(made.map((m) => m.id)).size).toBe(3);
    expect(made.map((m) => m.title)).toEqual([0, 1, 2].map((i) => `${TAG} new ${i}`));
    for (const m of made) expect(m.createdAt.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    const updated = await db.notification.update({
      where: { id: made[1].id },
      data: { title: `${TAG} renamed`, readAt: day(9) },
      select: { title: true, readAt: true },
    });
    expect(updated).toEqual({ title: `${TAG} renamed`, readAt: day(9) });
    expect(
      await db.notification.count({ where: { userId: users[0].id, title: `${TAG} new 0` } }),
    ).toBe(1);
  });

  it("keeps null, lists and patterns in the shape: each gives its own rows", async () => {
    const ids = users.map((u) => u.id);
    expect(await db.notification.count({ where: { userId: { in: ids }, readAt: null } })).toBe(
      1 + 1 + 2 + 2, // unread: day 2 of each, day 4 of the third, and two of the three made above
    );
    expect(
      await db.notification.count({ where: { userId: { in: ids }, readAt: { not: null } } }),
    ).toBe(1 + 2 + 2 + 1);
    expect(await db.notification.count({ where: { title: { startsWith: `${TAG} 2-` } } })).toBe(4);
    expect(
      await db.notification.count({ where: { title: { contains: "renamed" }, userId: ids[0] } }),
    ).toBe(1);
  });
});
