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
import fs from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db";

import { actAs, makeDepartment, makeUser } from "./helpers";

type Act = (...args: unknown[]) => Promise<unknown>;
const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(p);
    return /\.ts$/.test(e.name) ? [p] : [];
  });
}
const libFiles = files(path.join(ROOT, "lib"));
const actionModules = libFiles
  .filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")))
  .map((f) => path.relative(ROOT, f));

// Field names the schemas use, so that random objects often carry the right
// keys with the wrong values and reach refinements and transforms.
const FIELD_NAMES = [
  ...new Set(
    libFiles
      .filter((f) => /schemas\.ts$|actions\.ts$|fields\.ts$/.test(f))
      .flatMap((f) =>
        [...fs.readFileSync(f, "utf8").matchAll(/^\s+(\w{2,30})\s*:/gm)].map((m) => m[1]),
      ),
  ),
];

// Prisma delegates, from the model names.
const MODELS = [
  ...fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm),
].map((m) => m[1][0].toLowerCase() + m[1].slice(1));

async function rowCounts(): Promise<Record<string, number>> {
  const delegates = db as unknown as Record<string, { count: () => Promise<number> }>;
  const out: Record<string, number> = {};
  for (const m of MODELS) if (m !== "auditLog") out[m] = await delegates[m].count();
  return out;
}

const MB = 1024 * 1024;
const HUGE = "a".repeat(MB + 7);
const HUGE_CJK = "检".repeat(400_000); // 1.2 MB in UTF-8
const CHINESE = /[\u4e00-\u9fff]/;

/** An object whose own keys may be __proto__ or constructor (as JSON.parse makes them). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      "toString",
      "hasOwnProperty",
      "then",
      "id",
      "$$typeof",
      "",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const scalar = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "",
    " ",
    "0",
    "1.5",
    "-3",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "1900-01-01",
    "null",
    "[]",
    "{}",
    "__proto__",
    "\u0000",
    "\ud800",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "c".repeat(25),
    "检察",
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constant(HUGE),
  fc.constant(HUGE_CJK),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie("v"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.tuple(key, tie("v")), { maxLength: 5 }).map(objectOf) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        new Map([["id", "x"]]),
        new Set(["a"]),
        new Uint8Array([1, 2, 3]),
        Object.create(null),
        new Blob(["x"]),
      ),
    },
  ),
})).v;

/** An object with schema-like keys and hostile values. */
const hostileObject = fc.array(fc.tuple(key, value), { maxLength: 8 }).map(objectOf);
const prototypeKeys = fc
  .tuple(value, value)
  .map(
    ([a, b]) =>
      JSON.parse(
        `{"__proto__": ${safeJson(a)}, "constructor": ${safeJson(b)}, "id": "x"}`,
      ) as unknown,
  );
function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x)) ?? "null";
  } catch {
    return "null";
  }
}

const formData = fc
  .array(
    fc.tuple(
      fc.oneof(
        key,
        fc.constantFrom(
          "$ACTION_ID_0123",
          "$ACTION_REF_1",
          "x[]",
          "__proto__[]",
          "userIds[]",
          "file",
        ),
      ),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constant(HUGE),
        fc.constantFrom("", "检察", "../../etc/passwd"),
        fc
          .uint8Array({ maxLength: 64 })
          .map((b) => new File([b], "../../x.pdf", { type: "application/pdf" })),
        fc.constant(new File([], "", { type: "" })),
      ),
    ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v as string | Blob);
    return fd;
  });

/** The argument lists a client can send: none, one value, (prevState, FormData), several. */
const argLists: fc.Arbitrary<readonly unknown[]> = fc.oneof(
  fc.constant([]),
  fc.constantFrom([null], [undefined], [[]], [[null]], ["x"], [42], [{}], [HUGE], [true]),
  fc.jsonValue({ maxDepth: 4 }).map((v) => [v]),
  fc
    .anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    .map((v) => [v]),
  hostileObject.map((o) => [o]),
  prototypeKeys.map((o) => [o]),
  formData.map((fd) => [fd]),
  fc.tuple(value, formData).map(([prev, fd]) => [prev, fd]),
  fc.array(value, { minLength: 2, maxLength: 4 }),
);

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

      await fc.assert(
        fc.asyncProperty(argLists, async (args) => {
          const res = (await fn(...args)) as { ok: boolean; message?: unknown };
          expect(res, name).toBeTypeOf("object");
          if (res.ok) {
            if (takesNoInput) return;
            accepted.push(`${name} ${safeJson(args).slice(0, 200)}`);
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
          result: { in: takesNoInput ? ["ERROR"] : ["SUCCESS", "ERROR"] },
        },
        select: { action: true, result: true },
      });
      if (written.length && !takesNoInput)
        problems.push(`${name}: rows written in ${written.join(", ")}`);
      if (rows.length)
        problems.push(
          `${name}: audit rows ${rows.map((r) => `${r.action}/${r.result}`).join(", ")}`,
        );
      const crashes = consoleError.mock.calls.map((c) => String(c[0]));
      if (crashes.length)
        problems.push(`${name}: logged errors ${crashes.slice(0, 3).join(" | ")}`);
    }
    expect(accepted, "random input was accepted").toEqual([]);
    expect(problems).toEqual([]);
  });
});
