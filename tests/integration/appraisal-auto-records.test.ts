// The appraisal's AUTO rules from 学习教育, 思想动态报告, 谈话计划, 改革咨询 and
// 督办, each against a hand count on the fixture, with the records behind it (issue 14).
import { describe, expect, it } from "vitest";

import { runRule } from "@/lib/appraisal/auto/engine";

import { a, at, ctx, ids, idsOf, scored, setupAutoWorld } from "./fixtures/appraisal-auto";

setupAutoWorld();

describe("AUTO rules against hand counts", () => {
  it("study attendance: 出席 ÷ 已登记 over 三会一课 and education sessions in the period", async () => {
    const r = await runRule("STUDY_ATTENDANCE", ctx);
    expect(scored(r.get("s1")).centi).toBe(6667); // a: 2 of 3
    expect(idsOf(r.get("s1"), "出席")).toEqual(
      [`${ids.act1}:${a.id}`, `${ids.act2}:${a.id}`].sort(),
    );
    expect(scored(r.get("s2")).centi).toBe(10000); // b: 1 of 1 (the unrecorded mark is not counted)
    expect(r.get("s0")?.kind).toBe("NA"); // liaison: nothing recorded
    expect(scored(r.get("d")).centi).toBe(7500); // department: 3 of 4
  });

  it("study points: points ÷ the 院's 80th percentile, with the attendance and log rows behind them", async () => {
    const r = await runRule("STUDY_POINTS", ctx);
    const o = scored(r.get("s1"));
    // a has the most points of the four; the 80th percentile (nearest rank, 4 of 4) is a's own.
    expect(o.centi).toBe(10000);
    expect(o.detail).toContain("全院第 80 百分位");
    const b = scored(r.get("s2")); // b: one session present, fewer points than a
    expect(b.centi).toBeGreaterThan(0);
    expect(b.centi).toBeLessThan(10000);
    expect(idsOf(o, "审核通过的学习日志")).toEqual([ids.log]);
    expect(idsOf(o, "考勤记录")).toHaveLength(4); // act1, act2, act3, forum; not the old one
  });

  it("report compliance and timeliness: the department, and its liaison; NA for others", async () => {
    const c = await runRule("REPORT_COMPLIANCE", ctx);
    expect(scored(c.get("d")).centi).toBe(6667); // 2 of 3 due
    expect(scored(c.get("s0")).centi).toBe(6667);
    expect(c.get("s1")?.kind).toBe("NA");
    const t = await runRule("REPORT_TIMELINESS", ctx);
    expect(scored(t.get("d")).centi).toBe(5000); // 1 of 2 on time
    expect(idsOf(t.get("d"), "按时报送")).toEqual([ids.rep1]);
  });

  it("talk coverage: per interviewer and per department", async () => {
    const r = await runRule("TALK_COVERAGE", ctx);
    expect(scored(r.get("s0")).centi).toBe(5000); // liaison talked to 1 of 2
    expect(idsOf(r.get("s0"), "已谈话")).toEqual([`${ids.campaign}:${a.id}`]);
    expect(r.get("s1")?.kind).toBe("NA");
    expect(scored(r.get("d")).centi).toBe(5000);
  });

  it("consultation 24-hour rate for whoever answered", async () => {
    const r = await runRule("CONSULT_SLA", ctx);
    expect(scored(r.get("s3")).centi).toBe(5000);
    expect(idsOf(r.get("s3"), "24 小时内答复")).toEqual([ids.c1]);
    expect(r.get("s1")?.kind).toBe("NA");
  });

  it("follow-ups finished by the end of their due day, counted once the day is over", async () => {
    const r = await runRule("FOLLOWUP_ON_TIME", ctx);
    expect(scored(r.get("s2")).centi).toBe(3333); // 1 of 3
    expect(idsOf(r.get("s2"), "按期办结")).toEqual([ids.f1]);
    expect(idsOf(r.get("s2"), "到期事项")).toEqual([ids.f1, ids.f2, ids.f3].sort());
    expect(scored(r.get("d")).centi).toBe(3333);
    // On the due day itself, the open one is not late yet: 1 of 2.
    const onDueDay = await runRule("FOLLOWUP_ON_TIME", { ...ctx, now: at("2026-06-30", 12) });
    expect(scored(onDueDay.get("s2")).centi).toBe(5000);
  });
});
