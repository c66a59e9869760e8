// The study log on a real database, bad input: the 24-hour day limit (also
// under concurrent entries), bad hours, future or pre-2000 dates and an
// empty 心得 write nothing. Shared people and builders:
// ./fixtures/study-log.ts.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { toDateInput } from "@/lib/format";
import { createStudyLog, deleteStudyLog, updateStudyLog } from "@/lib/study/log/actions";

import { bob, carol, log, setupStudyLog, today } from "./fixtures/study-log";
import { actAs, lastAudit } from "./helpers";

setupStudyLog();

describe("bad input writes nothing", () => {
  it("refuses more than 24 hours in one day, counting the person's other entries that day", async () => {
    const day = "2025-06-10";
    const first = await log(bob, { studiedOn: day, hours: "20" });
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const auditBefore = await lastAudit();
    await actAs(bob);
    const res = await createStudyLog({
      kind: "ONLINE",
      title: "超时",
      studiedOn: day,
      hours: "4.5",
    });
    expect(res).toMatchObject({
      ok: false,
      fieldErrors: { hours: "该日已登记 20 小时，当日合计不能超过 24 小时（最多还可登记 4 小时）" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
    expect((await lastAudit())?.seq).toBe(auditBefore?.seq);

    // Exactly 24 is allowed; another person's hours that day do not count.
    expect(
      await createStudyLog({ kind: "ONLINE", title: "刚好", studiedOn: day, hours: "4" }),
    ).toMatchObject({ ok: true });
    await log(carol, { studiedOn: day, hours: "24" });
    // Editing an entry checks the day without counting itself; moving hours up past 24 is refused.
    await actAs(bob);
    expect(
      await updateStudyLog({
        id: first,
        kind: "READING",
        title: "改",
        studiedOn: day,
        hours: "20",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await updateStudyLog({
        id: first,
        kind: "READING",
        title: "改",
        studiedOn: day,
        hours: "20.5",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { hours: expect.stringContaining("当日合计不能超过 24 小时") },
    });
    expect((await db.studyLog.findUniqueOrThrow({ where: { id: first } })).tenths).toBe(200);
  });

  it("keeps a day within 24 hours when several entries arrive at the same moment", async () => {
    const day = "2025-06-12";
    await actAs(bob);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createStudyLog({ kind: "ONLINE", title: `同时${i}`, studiedOn: day, hours: "5" }),
      ),
    );
    // 8 × 5 h: exactly four fit into the day, the others are refused with the day's total.
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({
        fieldErrors: {
          hours: "该日已登记 20 小时，当日合计不能超过 24 小时（最多还可登记 4 小时）",
        },
      });
    const agg = await db.studyLog.aggregate({
      where: { userId: bob.id, title: { startsWith: "同时" } },
      _sum: { tenths: true },
    });
    expect(agg._sum.tenths).toBe(200);
  });

  it("refuses negative, zero and over-long hours, a future date and an empty 心得", async () => {
    await actAs(bob);
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const base = { kind: "READING", title: "读书", studiedOn: today };
    expect(await createStudyLog({ ...base, hours: "-2" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长须大于 0 小时" },
    });
    expect(await createStudyLog({ ...base, hours: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长须大于 0 小时" },
    });
    expect(await createStudyLog({ ...base, hours: "25" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: "学习时长不能超过 24 小时" },
    });
    const tomorrow = toDateInput(new Date(Date.now() + 24 * 3600_000));
    expect(await createStudyLog({ ...base, studiedOn: tomorrow, hours: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能晚于今天" },
    });
    expect(
      await createStudyLog({ ...base, kind: "REFLECTION", hours: "1", reflection: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { reflection: "心得体会须填写体会内容" } });
    expect(await createStudyLog({ ...base, kind: "BOOK", hours: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: "请选择学习类型" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
  });
  it("refuses a study date before 2000-01-01 (or an impossible one) with a Chinese field error, and writes nothing", async () => {
    await actAs(bob);
    const before = await db.studyLog.count({ where: { userId: bob.id } });
    const auditBefore = await lastAudit();
    const base = { kind: "READING", title: "旧日读书", hours: "1" };
    expect(await createStudyLog({ ...base, studiedOn: "1900-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(await createStudyLog({ ...base, studiedOn: "1999-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(await createStudyLog({ ...base, studiedOn: "2026-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不是有效日期" },
    });
    expect(await db.studyLog.count({ where: { userId: bob.id } })).toBe(before);
    expect(
      await db.studyLog.count({
        where: { userId: bob.id, studiedOn: { lt: new Date("2000-01-01T00:00:00+08:00") } },
      }),
    ).toBe(0);
    expect((await lastAudit())?.seq).toBe(auditBefore?.seq);
    // Editing an entry to 1900 is refused the same way and leaves it as it was.
    const id = await log(bob, { title: "改日期", studiedOn: "2025-06-20" });
    await actAs(bob);
    expect(await updateStudyLog({ id, ...base, studiedOn: "1900-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { studiedOn: "学习日期不能早于 2000-01-01" },
    });
    expect(toDateInput((await db.studyLog.findUniqueOrThrow({ where: { id } })).studiedOn)).toBe(
      "2025-06-20",
    );
    // The bound itself is a valid day.
    expect(await updateStudyLog({ id, ...base, studiedOn: "2000-01-01" })).toMatchObject({
      ok: true,
    });
    expect(toDateInput((await db.studyLog.findUniqueOrThrow({ where: { id } })).studiedOn)).toBe(
      "2000-01-01",
    );
    await deleteStudyLog({ id });
  });
});
