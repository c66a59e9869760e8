// Issue 11 item 4: no request body makes a server action crash. Every export
// of every "use server" module under lib/ is called with random and hostile
// arguments, as the wire could deliver them (React's reply encoding carries
// JSON values, Dates, Maps, Sets, BigInts, typed arrays, Blobs and FormData):
// random JSON, wrong types, strings of 1 MB and more, `__proto__` and
// `constructor` keys, arrays, null, and FormData with odd fields. Each call
// must resolve to `{ ok: false, message }` with a Chinese message (random
// input is never a valid submission, except to an action that takes no input
// at all, whose schema accepts {}), and a refused call writes nothing:
// every table keeps its row count, and no SUCCESS or ERROR audit row appears
// (ERROR would mean a handler crashed on input its schema let through).
//
// The caller holds every business role (and, for the actions those roles may
// not call, SYS_ADMIN or AUDITOR), so the input reaches the zod step.
//
// The modules and the argument arbitraries are in fixtures/action-fuzz.ts.
import path from "node:path";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";

import { actionModules, argLists, MODELS, ROOT, safeJson } from "./fixtures/action-fuzz";
import { actAs, makeDepartment, makeUser } from "./helpers";

type Act = (...args: unknown[]) => Promise<unknown>;
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const CHINESE = /[\u4e00-\u9fff]/;

async function rowCounts(): Promise<Record<string, number>> {
  const delegates = db as unknown as Record<string, { count: () => Promise<number> }>;
  const out: Record<string, number> = {};
  for (const m of MODELS) if (m !== "auditLog") out[m] = await delegates[m].count();
  return out;
}

describe("every server action refuses malformed input without crashing or writing", () => {
  const actions: { name: string; fn: Act }[] = [];
  let business: { id: string };
  let admin: { id: string };
  let auditor: { id: string };
  const accepted: string[] = [];
  const consoleError = vi.spyOn(console, "error");
  const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => undefined);

  beforeAll(async () => {
    for (const file of actionModules) {
      const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod))
        if (typeof fn === "function") actions.push({ name: `${file}:${name}`, fn: fn as Act });
    }
    const dept = await makeDepartment();
    business = await makeUser({
      roles: ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
      departmentId: dept.id,
    });
    admin = await makeUser({ roles: ["SYS_ADMIN"] });
    auditor = await makeUser({ roles: ["AUDITOR"] });
  });

  afterAll(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  it("finds the action modules", () => {
    expect(actionModules.length).toBeGreaterThan(15);
    expect(actionModules).toContain("lib/study/log/actions.ts");
  });

  it("fuzzes each action", { timeout: 600_000 }, async () => {
    expect(actions.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const { name, fn } of actions) {
      // The first of the three users the action does not refuse for lack of permission.
      // An action whose schema accepts {} takes no input (markAllNotificationsRead):
      // any object is a valid call of it, which may write.
      let caller = business;
      let takesNoInput = false;
      for (const u of [business, admin, auditor]) {
        await actAs(u);
        caller = u;
        const probe = (await fn({})) as { ok: boolean; message?: string };
        takesNoInput = probe.ok;
        if (probe.ok || probe.message !== "您没有执行此操作的权限") break;
      }
      await actAs(caller);
      const counts = await rowCounts();
      const seq = (await db.auditLog.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
      consoleError.mockClear();
      // Random input is now and then a valid call (a FormData whose one field
      // is a short name is a valid 添加话题). Such a call may write; it must
      // still not crash or log an error. Whether refused calls wrote anything
      // is then checked on the refused runs' audit rows only.
      let acceptedAny = takesNoInput;
      let acceptedRuns = 0;

      await fc.assert(
        fc.asyncProperty(argLists, async (args) => {
          const res = (await fn(...args)) as { ok: boolean; message?: unknown };
          expect(res, name).toBeTypeOf("object");
          if (res.ok) {
            acceptedAny = true;
            acceptedRuns++;
            if (!takesNoInput) accepted.push(`${name} ${safeJson(args).slice(0, 200)}`);
            return;
          }
          expect(res.ok, name).toBe(false);
          expect(res.message, name).toBeTypeOf("string");
          expect(res.message as string, name).toMatch(CHINESE);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );

      const after = await rowCounts();
      const written = Object.keys(counts).filter((m) => counts[m] !== after[m]);
      const rows = await db.auditLog.findMany({
        where: {
          seq: { gt: seq },
          result: { in: acceptedAny ? ["ERROR"] : ["SUCCESS", "ERROR"] },
        },
        select: { action: true, result: true },
      });
      // An action that takes most random input as valid checks too little.
      if (!takesNoInput && acceptedRuns > RUNS / 4)
        problems.push(`${name}: accepted ${acceptedRuns} of ${RUNS} random calls`);
      if (written.length && !acceptedAny)
        problems.push(`${name}: rows written in ${written.join(", ")}`);
      if (rows.length)
        problems.push(
          `${name}: audit rows ${rows.map((r) => `${r.action}/${r.result}`).join(", ")}`,
        );
      // The logger's prefix and the error's first line, so that CI shows the cause.
      const crashes = consoleError.mock.calls.map((c) =>
        [c[0], c[1] instanceof Error ? c[1].message.split("\n")[0] : ""].join(" ").trim(),
      );
      if (crashes.length)
        problems.push(`${name}: logged errors ${crashes.slice(0, 3).join(" | ")}`);
    }
    // Accepted calls are listed for the record: each was a valid request.
    if (accepted.length) console.info(`[fuzz] valid by chance: ${accepted.join("; ")}`);
    expect(problems).toEqual([]);
  });
});
