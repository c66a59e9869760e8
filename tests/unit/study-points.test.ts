// Study points and rankings on a fixture, against values computed by hand;
// the hours and rule inputs; the period helpers.
import { describe, expect, it } from "vitest";

import { shanghaiYearRange as yearRange } from "@/lib/dates";
import { dayLimitMessage } from "@/lib/study/log/access";
import { CreateLogInput, hoursField } from "@/lib/study/log/schemas";
import { monthSpans } from "@/lib/study/periods";
import {
  computePoints,
  DEFAULT_RULES,
  type Rules,
  type StudyCounts,
} from "@/lib/study/points/rules";
import { UpdateRulesInput } from "@/lib/study/points/schemas";
import { rankDepartments, rankPeople } from "@/lib/study/rankings/rank";
import { formatPoints } from "@/lib/study/units";

const counts: StudyCounts = {
  presentCore: 3,
  presentOther: 2,
  leave: 1,
  absent: 1,
  approvedTenths: 45,
  reflections: 2,
};

describe("computePoints", () => {
  it("uses the defaults: 三会一课 2, other 1, leave 0, absent −1, 0.5 per hour, 1 per 心得", () => {
    expect(DEFAULT_RULES).toEqual({
      ATTEND_PRESENT_CORE: 20,
      ATTEND_PRESENT_OTHER: 10,
      ATTEND_LEAVE: 0,
      ATTEND_ABSENT: -10,
      LOG_HOUR: 5,
      REFLECTION_BONUS: 10,
    });
  });

  it("equals the hand-computed total on the fixture (hundredths of a point)", () => {
    // 3×2 + 2×1 + 1×0 + 1×(−1) + 4.5×0.5 + 2×1 = 6 + 2 + 0 − 1 + 2.25 + 2 = 11.25
    expect(computePoints(counts, DEFAULT_RULES)).toEqual({
      presentCore: 600,
      presentOther: 200,
      leave: 0,
      absent: -100,
      hours: 225,
      reflections: 200,
      total: 1125,
    });
    expect(formatPoints(1125)).toBe("11.25");
  });

  it("follows a changed rule table", () => {
    const rules: Rules = {
      ATTEND_PRESENT_CORE: 30,
      ATTEND_PRESENT_OTHER: 5,
      ATTEND_LEAVE: 5,
      ATTEND_ABSENT: -20,
      LOG_HOUR: 10,
      REFLECTION_BONUS: 0,
    };
    // 3×3 + 2×0.5 + 1×0.5 + 1×(−2) + 4.5×1 + 2×0 = 9 + 1 + 0.5 − 2 + 4.5 + 0 = 13
    expect(computePoints(counts, rules).total).toBe(1300);
  });

  it("gives zero for nothing and can go negative on absences alone", () => {
    expect(
      computePoints(
        { presentCore: 0, presentOther: 0, leave: 0, absent: 0, approvedTenths: 0, reflections: 0 },
        DEFAULT_RULES,
      ).total,
    ).toBe(0);
    expect(
      computePoints(
        { presentCore: 0, presentOther: 0, leave: 2, absent: 3, approvedTenths: 0, reflections: 0 },
        DEFAULT_RULES,
      ).total,
    ).toBe(-300);
  });
});

describe("rankPeople", () => {
  const people = [
    { id: "a", name: "张三", points: 1125, tenths: 45 },
    { id: "b", name: "李四", points: 1125, tenths: 60 },
    { id: "c", name: "王五", points: 1125, tenths: 45 },
    { id: "d", name: "赵六", points: 2000, tenths: 10 },
    { id: "e", name: "陈七", points: 500, tenths: 10 },
    { id: "f", name: "安八", points: 500, tenths: 0 },
    { id: "g", name: "白九", points: -100, tenths: 0 },
  ];

  it("uses competition ranking (1, 2, 2, 2, 5, 5, 7); ties by hours, then by name in pinyin order", () => {
    const ranked = rankPeople(people);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["赵六", 1],
      ["李四", 2], // most hours among the 11.25s
      ["王五", 2], // wáng before zhāng at equal hours
      ["张三", 2],
      ["陈七", 5],
      ["安八", 5], // fewer hours than 陈七, though ān sorts first
      ["白九", 7],
    ]);
  });

  it("orders equal points and hours by name, and does not depend on input order", () => {
    const tie = [
      { id: "x", name: "陈", points: 100, tenths: 10 },
      { id: "y", name: "安", points: 100, tenths: 10 },
    ];
    expect(rankPeople(tie).map((r) => [r.name, r.rank])).toEqual([
      ["安", 1],
      ["陈", 1],
    ]);
    expect(rankPeople([...people].reverse()).map((r) => r.id)).toEqual(
      rankPeople(people).map((r) => r.id),
    );
  });
});

describe("rankDepartments", () => {
  it("ranks by points per member, ties share a rank and are ordered by total", () => {
    const ranked = rankDepartments([
      { id: "1", name: "第一检察部", members: 10, total: 5000 }, // 5.00 each
      { id: "2", name: "第二检察部", members: 4, total: 2400 }, // 6.00 each
      { id: "3", name: "政治处", members: 5, total: 2500 }, // 5.00 each, smaller total
      { id: "4", name: "办公室", members: 3, total: 1000 }, // 3.33 each
    ]);
    expect(ranked.map((d) => [d.name, d.rank, d.perCapita])).toEqual([
      ["第二检察部", 1, 600],
      ["第一检察部", 2, 500],
      ["政治处", 2, 500],
      ["办公室", 4, 333],
    ]);
  });
});

describe("hours input", () => {
  const parse = (v: unknown) => hoursField.safeParse(v);
  const message = (v: unknown) => {
    const r = parse(v);
    return r.success ? null : r.error.issues[0].message;
  };
  it("stores tenths and accepts 0.1 to 24", () => {
    expect(parse("1.5").data).toBe(15);
    expect(parse("0.1").data).toBe(1);
    expect(parse("24").data).toBe(240);
    expect(parse(2).data).toBe(20);
  });
  it("refuses zero, negative, over 24, two decimals and text with Chinese messages", () => {
    expect(message("0")).toBe("学习时长须大于 0 小时");
    expect(message("-1")).toBe("学习时长须大于 0 小时");
    expect(message("-0.5")).toBe("学习时长须大于 0 小时");
    expect(message("24.1")).toBe("学习时长不能超过 24 小时");
    expect(message("1.25")).toBe("学习时长最多保留一位小数，如 1.5");
    expect(message("一小时")).toBe("学习时长须为数字，如 1.5");
    expect(message("")).toBe("请填写学习时长");
  });
  it("requires the text of a 心得体会", () => {
    const r = CreateLogInput.safeParse({
      kind: "REFLECTION",
      title: "学习体会",
      studiedOn: "2026-03-01",
      hours: "1",
      reflection: " ",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["reflection"],
      message: "心得体会须填写体会内容",
    });
    expect(
      CreateLogInput.safeParse({
        kind: "READING",
        title: "读书",
        studiedOn: "2026-03-01",
        hours: "1",
      }).success,
    ).toBe(true);
    // Reported together with other fields' errors, so the form shows them all at once.
    const both = CreateLogInput.safeParse({
      kind: "REFLECTION",
      title: "学习体会",
      studiedOn: "2026-03-01",
      hours: "-1",
      reflection: "",
    });
    expect(both.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["hours", "学习时长须大于 0 小时"],
      ["reflection", "心得体会须填写体会内容"],
    ]);
  });
  it("explains the daily limit", () => {
    expect(dayLimitMessage(230, 10)).toBeNull();
    expect(dayLimitMessage(230, 11)).toBe(
      "该日已登记 23 小时，当日合计不能超过 24 小时（最多还可登记 1 小时）",
    );
  });
});

describe("rule input", () => {
  const valid = {
    ATTEND_PRESENT_CORE: "2",
    ATTEND_PRESENT_OTHER: "1",
    ATTEND_LEAVE: "0",
    ATTEND_ABSENT: "-1",
    LOG_HOUR: "0.5",
    REFLECTION_BONUS: "1",
  };
  it("turns decimals into tenths", () => {
    expect(UpdateRulesInput.parse(valid)).toEqual(DEFAULT_RULES);
  });
  it("refuses values out of range or with two decimals", () => {
    const r = UpdateRulesInput.safeParse({
      ...valid,
      ATTEND_ABSENT: "1",
      LOG_HOUR: "0.25",
      ATTEND_PRESENT_CORE: "11",
    });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      ATTEND_ABSENT: "分值须在 -10 至 0 之间",
      LOG_HOUR: "分值最多保留一位小数",
      ATTEND_PRESENT_CORE: "分值须在 0 至 10 之间",
    });
  });
});

describe("periods", () => {
  it("bounds a year in Asia/Shanghai", () => {
    const r = yearRange(2026);
    expect(r.gte.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(r.lt.toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });
  it("lists months across a year end", () => {
    const m = monthSpans(2025, 11, 2026, 2);
    expect(m.map((x) => x.key)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(m[2].start.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(m[2].end.toISOString()).toBe("2026-01-31T16:00:00.000Z");
  });
});
