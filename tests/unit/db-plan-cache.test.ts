// The query-plan cache's parameterizer (lib/db-plan-cache.ts): which values
// become placeholders, and which stay in the key because they change the SQL.
import { describe, expect, it, vi } from "vitest";

import { cachedPlan, parameterize } from "@/lib/db-plan-cache";

const P = (name: string) => ({ $type: "Param", value: name });
const date = (iso: string) => ({ $type: "DateTime", value: iso });

describe("parameterize", () => {
  it("turns compared values in where into placeholders, in order", () => {
    const { shape, values } = parameterize({
      modelName: "StudyLog",
      action: "findMany",
      query: {
        arguments: {
          where: {
            userId: "u1",
            tenths: { gte: 10, lt: 30 },
            studiedOn: { gte: date("2026-01-01T00:00:00.000Z") },
            status: { not: "DRAFT" },
          },
          take: 5,
          orderBy: [{ studiedOn: "desc" }],
        },
        selection: { $scalars: true },
      },
    });
    expect(shape.query.arguments).toEqual({
      where: {
        userId: P("p0"),
        tenths: { gte: P("p1"), lt: P("p2") },
        studiedOn: { gte: P("p3") },
        status: { not: P("p4") },
      },
      take: 5,
      orderBy: [{ studiedOn: "desc" }],
    });
    expect(values).toEqual({
      p0: "u1",
      p1: 10,
      p2: 30,
      p3: "2026-01-01T00:00:00.000Z",
      p4: "DRAFT",
    });
  });

  it("keeps in the key what changes the SQL: null, booleans, lists, patterns, mode", () => {
    const where = {
      revokedAt: null,
      active: true,
      id: { in: ["a", "b"] },
      title: { contains: "学习", mode: "insensitive" },
      name: { startsWith: "张" },
      NOT: [{ status: "X" }],
      OR: [{ kind: "A" }, { kind: null }],
    };
    const { shape, values } = parameterize({
      modelName: "M",
      action: "findMany",
      query: { arguments: { where } },
    });
    expect(shape.query.arguments).toEqual({
      where: {
        revokedAt: null,
        active: true,
        id: { in: ["a", "b"] },
        title: { contains: "学习", mode: "insensitive" },
        name: { startsWith: "张" },
        NOT: [{ status: P("p0") }],
        OR: [{ kind: P("p1") }, { kind: null }],
      },
    });
    expect(values).toEqual({ p0: "X", p1: "A" });
  });

  it("turns scalar data into placeholders but keeps nested writes and atomic operations", () => {
    const { shape, values } = parameterize({
      modelName: "M",
      action: "updateOne",
      query: {
        arguments: {
          where: { id: "r1" },
          data: {
            title: "新标题",
            at: date("2026-12-07T00:00:00.000Z"),
            done: false,
            note: null,
            count: { increment: 1 },
            tags: { connect: [{ id: "t1" }] },
          },
        },
        selection: { id: true },
      },
    });
    expect(shape.query.arguments).toEqual({
      where: { id: P("p0") },
      data: {
        title: P("p1"),
        at: P("p2"),
        done: false,
        note: null,
        count: { increment: 1 },
        tags: { connect: [{ id: "t1" }] },
      },
    });
    expect(values).toEqual({ p0: "r1", p1: "新标题", p2: "2026-12-07T00:00:00.000Z" });
  });

  it("walks the arguments of relations in the selection, and keeps the selection's order", () => {
    const { shape, values } = parameterize({
      modelName: "User",
      action: "findUnique",
      query: {
        arguments: { where: { username: "staff1" } },
        selection: {
          realName: true,
          id: true,
          logs: {
            arguments: { where: { status: "APPROVED" }, take: 3 },
            selection: { title: true },
          },
        },
      },
    });
    expect(Object.keys(shape.query.selection as object)).toEqual(["realName", "id", "logs"]);
    expect(shape.query.selection).toEqual({
      realName: true,
      id: true,
      logs: { arguments: { where: { status: P("p1") }, take: 3 }, selection: { title: true } },
    });
    expect(values).toEqual({ p0: "staff1", p1: "APPROVED" });
  });

  it("gives two queries that differ only in values the same shape", () => {
    const q = (user: string, day: string) =>
      parameterize({
        modelName: "StudyLog",
        action: "count",
        query: { arguments: { where: { userId: user, studiedOn: { lt: date(day) } } } },
      });
    expect(JSON.stringify(q("a", "2026-01-01T00:00:00.000Z").shape)).toBe(
      JSON.stringify(q("b", "2027-05-01T00:00:00.000Z").shape),
    );
  });
});

describe("cachedPlan", () => {
  const query = (id: string) => ({
    modelName: "CachedPlanTest",
    action: "findUnique",
    query: { arguments: { where: { id } }, selection: { $scalars: true } },
  });

  it("compiles a shape once and hands each call its own values", () => {
    const compiler = { compile: vi.fn((json: string) => ({ planFor: json })) };
    const a = cachedPlan(query("first"), compiler);
    const b = cachedPlan(query("second"), compiler);
    expect(compiler.compile).toHaveBeenCalledTimes(1);
    expect(a!.plan).toBe(b!.plan);
    expect(a!.values).toEqual({ p0: "first" });
    expect(b!.values).toEqual({ p0: "second" });
  });

  it("leaves a shape the compiler refuses with placeholders to the engine, and remembers", () => {
    const compiler = {
      compile: vi.fn(() => {
        throw new Error("placeholder not supported here");
      }),
    };
    const q = { ...query("x"), modelName: "RefusedPlanTest" };
    expect(cachedPlan(q, compiler)).toBeUndefined();
    expect(cachedPlan(q, compiler)).toBeUndefined();
    expect(compiler.compile).toHaveBeenCalledTimes(1);
  });

  it("keeps no plan for a one-off shape as long as a list of a thousand ids", () => {
    const compiler = { compile: vi.fn(() => ({})) };
    const ids = Array.from({ length: 1000 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    const q = {
      modelName: "LongShapeTest",
      action: "findMany",
      query: { arguments: { where: { id: { in: ids } } }, selection: { $scalars: true } },
    };
    expect(cachedPlan(q, compiler)).toBeUndefined();
    expect(compiler.compile).not.toHaveBeenCalled();
  });

  it("leaves raw SQL alone", () => {
    const compiler = { compile: vi.fn() };
    expect(
      cachedPlan({ action: "queryRaw", query: { arguments: { query: "SELECT 1" } } }, compiler),
    ).toBeUndefined();
    expect(compiler.compile).not.toHaveBeenCalled();
  });
});
