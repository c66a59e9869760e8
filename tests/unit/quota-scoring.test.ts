// 入额 scoring, against hand-computed values: the weighted total in
// hundredths (rounded half up once), the weights rule, the ranking with its
// tie-breaks (笔试, then 业绩考核, then the earlier registration; equal on all →
// the same rank), score parsing and the calendar of a round.
import { describe, expect, it } from "vitest";

import { publicityEnded, registrationOpen, roundPhase } from "@/lib/quota/rules";
import { CreateRoundInput } from "@/lib/quota/schemas";
import { rankContenders, weightedTotalCenti } from "@/lib/quota/scoring";
import { centiToInput, formatCenti, parseScoreCenti, weightsValid } from "@/lib/scores";

const STD = [
  { id: "w", weight: 30, maxScore: 100 }, // 笔试
  { id: "p", weight: 50, maxScore: 100 }, // 业绩考核
  { id: "i", weight: 20, maxScore: 100 }, // 面试
];
const t0 = new Date("2025-02-10T09:00:00+08:00");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const who = (id: string, w: number, p: number, i: number, at = t0) => ({
  id,
  registeredAt: at,
  scores: { w: w * 100, p: p * 100, i: i * 100 },
});

describe("weighted total", () => {
  it("is Σ score/max × weight in hundredths: 85.5×30% + 90×50% + 78×20% = 86.25", () => {
    expect(weightedTotalCenti(STD, { w: 8550, p: 9000, i: 7800 })).toBe(8625);
  });

  it("normalises by each component's maximum: 120/150×40 + 37.5/50×60 = 77.00", () => {
    expect(
      weightedTotalCenti(
        [
          { id: "a", weight: 40, maxScore: 150 },
          { id: "b", weight: 60, maxScore: 50 },
        ],
        { a: 12000, b: 3750 },
      ),
    ).toBe(7700);
  });

  it("rounds once at the end: 81.33×30% + 20/30×70 = 71.0657 → 71.07", () => {
    expect(
      weightedTotalCenti(
        [
          { id: "a", weight: 30, maxScore: 100 },
          { id: "b", weight: 70, maxScore: 30 },
        ],
        { a: 8133, b: 2000 },
      ),
    ).toBe(7107);
  });

  it("rounds half up: 80.01×50% + 70×50% = 75.005 → 75.01", () => {
    expect(
      weightedTotalCenti(
        [
          { id: "a", weight: 50, maxScore: 100 },
          { id: "b", weight: 50, maxScore: 100 },
        ],
        { a: 8001, b: 7000 },
      ),
    ).toBe(7501);
  });

  it("is 100.00 for full marks and 0 for zeros, and null while a score is missing", () => {
    expect(weightedTotalCenti(STD, { w: 10000, p: 10000, i: 10000 })).toBe(10000);
    expect(weightedTotalCenti(STD, { w: 0, p: 0, i: 0 })).toBe(0);
    expect(weightedTotalCenti(STD, { w: 9000, p: 9000 })).toBeNull();
  });
});

describe("weights", () => {
  it("must be whole percents summing to exactly 100", () => {
    expect(weightsValid([30, 50, 20])).toBe(true);
    expect(weightsValid([100])).toBe(true);
    expect(weightsValid([30, 50, 21])).toBe(false);
    expect(weightsValid([30, 50, 19])).toBe(false);
    expect(weightsValid([50.5, 49.5])).toBe(false);
    expect(weightsValid([0, 100])).toBe(false);
    expect(weightsValid([])).toBe(false);
  });

  it("are checked by the round schema with the Chinese message on the components", () => {
    const base = {
      title: "第二批遴选",
      places: "5",
      registrationOpensAt: "2026-12-01",
      registrationClosesAt: "2026-12-10",
    };
    const bad = CreateRoundInput.safeParse({
      ...base,
      componentName: ["笔试", "业绩考核", "面试"],
      componentWeight: ["30", "50", "30"],
      componentMaxScore: ["100", "100", "100"],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.find((i) => i.path.join(".") === "components")?.message).toBe(
      "各项权重之和须为100%",
    );
    const ok = CreateRoundInput.safeParse({
      ...base,
      componentName: ["笔试", "业绩考核", "面试"],
      componentWeight: ["30", "50", "20"],
      componentMaxScore: ["100", "100", "100"],
    });
    expect(ok.success && ok.data.components).toEqual([
      { name: "笔试", weight: 30, maxScore: 100 },
      { name: "业绩考核", weight: 50, maxScore: 100 },
      { name: "面试", weight: 20, maxScore: 100 },
    ]);
  });
});

describe("ranking", () => {
  it("orders by total descending", () => {
    const r = rankContenders(STD, [
      who("low", 70, 70, 70),
      who("high", 90, 90, 90),
      who("mid", 80, 80, 80),
    ]);
    expect(r.complete).toBe(true);
    expect(r.rows).toEqual([
      { id: "high", totalCenti: 9000, rank: 1 },
      { id: "mid", totalCenti: 8000, rank: 2 },
      { id: "low", totalCenti: 7000, rank: 3 },
    ]);
  });

  it("breaks an equal total by the written exam: 90/80/70 and 80/86/70 both total 81.00", () => {
    const r = rankContenders(STD, [who("y", 80, 86, 70), who("x", 90, 80, 70)]);
    expect(r.rows).toEqual([
      { id: "x", totalCenti: 8100, rank: 1 },
      { id: "y", totalCenti: 8100, rank: 2 },
    ]);
  });

  it("then by performance: 90/80/70 and 90/82/65 both total 81.00 with the same 笔试", () => {
    const r = rankContenders(STD, [who("x", 90, 80, 70), who("z", 90, 82, 65)]);
    expect(r.rows.map((x) => [x.id, x.totalCenti, x.rank])).toEqual([
      ["z", 8100, 1],
      ["x", 8100, 2],
    ]);
  });

  it("then by the earlier registration", () => {
    const r = rankContenders(STD, [
      who("late", 90, 80, 70, later(30)),
      who("early", 90, 80, 70, later(5)),
    ]);
    expect(r.rows.map((x) => [x.id, x.rank])).toEqual([
      ["early", 1],
      ["late", 2],
    ]);
  });

  it("gives the same rank to those equal on everything, and skips the next (1, 1, 3)", () => {
    const r = rankContenders(STD, [
      who("c", 70, 70, 70),
      who("a", 90, 80, 70),
      who("b", 90, 80, 70),
    ]);
    expect(r.rows.map((x) => [x.id, x.totalCenti, x.rank])).toEqual([
      ["a", 8100, 1],
      ["b", 8100, 1],
      ["c", 7000, 3],
    ]);
  });

  it("computes totals but no ranks while anyone's scores are incomplete", () => {
    const r = rankContenders(STD, [
      who("a", 90, 80, 70),
      { id: "b", registeredAt: t0, scores: { w: 9000, p: 8000 } },
    ]);
    expect(r.complete).toBe(false);
    expect(r.rows).toEqual([
      { id: "a", totalCenti: 8100, rank: null },
      { id: "b", totalCenti: null, rank: null },
    ]);
    expect(rankContenders(STD, []).complete).toBe(false);
  });
});

describe("scores as typed", () => {
  it("accepts up to two decimals and refuses anything else", () => {
    expect(parseScoreCenti("85.5")).toBe(8550);
    expect(parseScoreCenti("85.55")).toBe(8555);
    expect(parseScoreCenti(" 90 ")).toBe(9000);
    expect(parseScoreCenti("0")).toBe(0);
    expect(parseScoreCenti("85.555")).toBeNull();
    expect(parseScoreCenti("-1")).toBeNull();
    expect(parseScoreCenti("1e2")).toBeNull();
    expect(parseScoreCenti("九十")).toBeNull();
    expect(formatCenti(8625)).toBe("86.25");
    expect(formatCenti(null)).toBe("—");
    expect(centiToInput(8550)).toBe("85.5");
  });
});

describe("round calendar", () => {
  const round = {
    status: "REGISTRATION",
    registrationOpensAt: new Date("2026-12-01T00:00:00+08:00"),
    registrationClosesAt: new Date("2026-12-10T00:00:00+08:00"),
    publicityStartsOn: null as Date | null,
    publicityEndsOn: null as Date | null,
  };

  it("keeps registration open through the whole closing day (Asia/Shanghai)", () => {
    expect(registrationOpen(round, new Date("2026-11-30T23:59:59+08:00"))).toBe(false);
    expect(registrationOpen(round, new Date("2026-12-01T00:00:00+08:00"))).toBe(true);
    expect(registrationOpen(round, new Date("2026-12-10T23:59:59+08:00"))).toBe(true);
    expect(registrationOpen(round, new Date("2026-12-11T00:00:00+08:00"))).toBe(false);
    expect(
      registrationOpen({ ...round, status: "SCORING" }, new Date("2026-12-05T10:00:00+08:00")),
    ).toBe(false);
    expect(roundPhase(round, new Date("2026-11-30T12:00:00+08:00"))).toBe("REG_UPCOMING");
    expect(roundPhase(round, new Date("2026-12-05T12:00:00+08:00"))).toBe("REG_OPEN");
    expect(roundPhase(round, new Date("2026-12-11T12:00:00+08:00"))).toBe("REG_CLOSED");
  });

  it("is 公示中 through the last 公示 day, then 公示期满", () => {
    const pub = {
      ...round,
      status: "PUBLICITY",
      publicityStartsOn: new Date("2026-12-20T00:00:00+08:00"),
      publicityEndsOn: new Date("2026-12-26T00:00:00+08:00"),
    };
    expect(roundPhase(pub, new Date("2026-12-19T12:00:00+08:00"))).toBe("PUBLICITY_UPCOMING");
    expect(roundPhase(pub, new Date("2026-12-26T23:59:59+08:00"))).toBe("PUBLICITY");
    expect(publicityEnded(pub, new Date("2026-12-26T23:59:59+08:00"))).toBe(false);
    expect(publicityEnded(pub, new Date("2026-12-27T00:00:00+08:00"))).toBe(true);
    expect(roundPhase(pub, new Date("2026-12-27T00:00:00+08:00"))).toBe("PUBLICITY_ENDED");
    expect(roundPhase({ ...pub, status: "CONCLUDED" }, new Date())).toBe("CONCLUDED");
  });
});

describe("round schema", () => {
  it("reports the weights error together with other fields' errors, and duplicate names", () => {
    const r = CreateRoundInput.safeParse({
      title: "",
      places: "",
      registrationOpensAt: "",
      registrationClosesAt: "",
      components: [
        { name: "笔试", weight: "60", maxScore: "100" },
        { name: "笔试", weight: "60", maxScore: "100" },
      ],
    });
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      title: "请填写遴选名称",
      components: "各项权重之和须为100%",
      "components.1.name": "考核项目名称不能重复",
    });
  });

  it("refuses a closing day before the opening day", () => {
    const r = CreateRoundInput.safeParse({
      title: "t",
      places: "1",
      registrationOpensAt: "2026-12-10",
      registrationClosesAt: "2026-12-01",
      components: [{ name: "笔试", weight: "100", maxScore: "100" }],
    });
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["registrationClosesAt", "报名截止日期不能早于开始日期"],
    ]);
  });
});
