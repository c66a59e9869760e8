// The appraisal's AUTO rules from 三合 (conduct points, culture participation)
// against hand counts; a draft never counts and a revoked record leaves the
// score; and the aggregate-only run gives the same scores (issue 14).
import { describe, expect, it } from "vitest";

import { runRule } from "@/lib/appraisal/auto/engine";
import {
  confirmConductRecord,
  createConductRecord,
  revokeConductRecord,
} from "@/lib/conduct/actions";
import { db } from "@/lib/db";

import { a, at, b, ctx, idsOf, po, scored, setupAutoWorld } from "./fixtures/appraisal-auto";
import { actAs } from "./helpers";
import { dataOf } from "./result";

setupAutoWorld();

describe("AUTO rules from 三合 against hand counts", () => {
  it("conduct: 80 plus and minus the table, confirmed records only; a revoked record leaves the score", async () => {
    await actAs(po);
    const make = async (extra: object) => {
      const id = dataOf(
        await createConductRecord({
          category: "COMMENDATION",
          kind: "CITATION",
          level: "COURT",
          subjectType: "PERSON",
          subjectUserId: a.id,
          occurredOn: "2026-03-12",
          issuer: "本院",
          docNo: "梁检政〔2026〕9号",
          title: "嘉奖",
          description: "",
          ...extra,
        }),
      ).id;
      dataOf(await confirmConductRecord({ id }));
      return id;
    };
    const citation = await make({});
    const honour = await make({ kind: "HONOUR", honourTitle: "业务能手", level: "CITY" });
    const sanction = await make({
      category: "DISCIPLINE",
      kind: "SANCTION",
      sanctionCategory: "PARTY_WARNING",
      level: "",
      title: "处分",
      docNo: "梁检纪〔2026〕1号",
    });
    // A draft never counts.
    dataOf(
      await createConductRecord({
        category: "COMMENDATION",
        kind: "MERIT",
        level: "COURT",
        subjectType: "PERSON",
        subjectUserId: a.id,
        occurredOn: "2026-03-13",
        issuer: "本院",
        docNo: "x",
        title: "草稿",
        description: "",
      }),
    );

    let r = await runRule("CONDUCT_POINTS", ctx);
    // 80 + 2 (嘉奖) + 5 (市级荣誉) − 15 (处分) = 72
    expect(scored(r.get("s1")).centi).toBe(7200);
    expect(idsOf(r.get("s1"), "已确认的履职表现记录")).toEqual([citation, honour, sanction].sort());
    // The department counts a's commendations but never their discipline: 80 + 2 + 5.
    expect(scored(r.get("d")).centi).toBe(8700);

    dataOf(await revokeConductRecord({ id: honour, reason: "文号有误，撤销重录" }));
    r = await runRule("CONDUCT_POINTS", ctx);
    expect(scored(r.get("s1")).centi).toBe(6700);
    expect(idsOf(r.get("s1"), "已确认的履职表现记录")).toEqual([citation, sanction].sort());
  });

  it("culture: the person's points against the 院's 80th percentile, by the published formula", async () => {
    const call = await db.essayCall.create({
      data: {
        title: "征文",
        opensAt: at("2026-02-01"),
        closesAt: at("2026-03-01"),
        resultsPublishedAt: at("2026-03-20"),
        createdById: po.id,
      },
    });
    const entry = await db.essayEntry.create({
      data: {
        callId: call.id,
        authorId: b.id,
        title: "我眼中的梁溪检察",
        submittedAt: at("2026-02-10"),
        award: "SECOND",
        awardedAt: at("2026-03-20"),
      },
    });
    const r = await runRule("CULTURE_PARTICIPATION", ctx);
    // b: 10 for the entry + 20 for 二等奖 = 30 points; the 80th percentile of (0, 0, 0, 30) is 30.
    const winner = scored(r.get("s2"));
    expect(winner.centi).toBe(10000);
    expect(winner.detail).toContain("= 30 分");
    expect(idsOf(r.get("s2"), "征文获奖")).toEqual([entry.id]);
    expect(scored(r.get("s1")).centi).toBe(0);
  });

  it("without evidence, gives the same scores from aggregates alone", async () => {
    for (const rule of [
      "STUDY_ATTENDANCE",
      "STUDY_POINTS",
      "TALK_COVERAGE",
      "CULTURE_PARTICIPATION",
    ] as const) {
      const [withEv, without] = await Promise.all([
        runRule(rule, ctx),
        runRule(rule, { ...ctx, withEvidence: false }),
      ]);
      for (const [sheet, o] of withEv) {
        expect(without.get(sheet)?.kind).toBe(o.kind);
        if (o.kind === "SCORED") expect((without.get(sheet) as typeof o).centi).toBe(o.centi);
      }
    }
  });

  // One sheet's live page (lib/appraisal/results/compute.ts) keeps the 院's
  // reference level and tallies only its own person.
  it("scores one person alike with a kept reference level, computed once, and reads their own value fresh", async () => {
    const calls: string[] = [];
    const kept = new Map<string, number>();
    const reference = async (rule: string, compute: () => Promise<number>) => {
      if (!kept.has(rule)) {
        calls.push(rule);
        kept.set(rule, await compute());
      }
      return kept.get(rule)!;
    };
    const alone = (sheetId: string) => ({
      ...ctx,
      withEvidence: false,
      cohort: ctx.people.map((p) => p.userId),
      people: ctx.people.filter((p) => p.sheetId === sheetId),
      departments: [],
      reference,
    });
    for (const rule of ["STUDY_POINTS", "CULTURE_PARTICIPATION"] as const) {
      const full = await runRule(rule, { ...ctx, withEvidence: false });
      for (const p of ctx.people) {
        const one = (await runRule(rule, alone(p.sheetId))).get(p.sheetId)!;
        expect(one, `${rule} ${p.sheetId}`).toEqual(full.get(p.sheetId));
      }
    }
    expect(calls).toEqual(["STUDY_POINTS", "CULTURE_PARTICIPATION"]);

    // b's own new points count at once against the kept level (a's, the highest).
    const before = scored((await runRule("STUDY_POINTS", alone("s2"))).get("s2")).centi;
    const log = await db.studyLog.create({
      data: {
        userId: b.id,
        kind: "READING",
        title: "新增读书",
        studiedOn: at("2026-03-03"),
        tenths: 10,
        status: "APPROVED",
      },
    });
    try {
      const after = scored((await runRule("STUDY_POINTS", alone("s2"))).get("s2")).centi;
      expect(after).toBeGreaterThan(before);
      expect(calls).toHaveLength(2);
    } finally {
      await db.studyLog.delete({ where: { id: log.id } });
    }
  });
});
