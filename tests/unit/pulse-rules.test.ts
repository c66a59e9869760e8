// Pure pulse rules: the window, the response rate, the input schemas, random ids.
import { describe, expect, it } from "vitest";

import { formatDate } from "@/lib/format";
import { randomResponseId } from "@/lib/pulse/ids";
import { AnswerPulseInput, CreatePulseRoundInput } from "@/lib/pulse/schemas";
import { closesAtFor, lastOpenInstant, responseRate, roundStatus } from "@/lib/pulse/window";

const day = (s: string) => new Date(`${s}T00:00:00+08:00`);

describe("round window", () => {
  const r = { opensAt: day("2026-11-01"), closesAt: closesAtFor(day("2026-11-14")) };
  it("is open from the first day's midnight through the whole last day", () => {
    expect(roundStatus(r, new Date(day("2026-11-01").getTime() - 1))).toBe("UPCOMING");
    expect(roundStatus(r, day("2026-11-01"))).toBe("OPEN");
    expect(roundStatus(r, new Date("2026-11-14T23:59:59+08:00"))).toBe("OPEN");
    expect(roundStatus(r, day("2026-11-15"))).toBe("CLOSED");
    expect(formatDate(lastOpenInstant(r.closesAt))).toBe("2026/11/14");
  });
  it("rates responses against the eligible count, capped at 100%", () => {
    expect(responseRate(0, 0)).toBe(0);
    expect(responseRate(2, 3)).toBe(67);
    expect(responseRate(151, 150)).toBe(100);
  });
});

describe("create round input", () => {
  const base = {
    title: "季度测评",
    opensOn: "2026-12-01",
    closesOn: "2026-12-14",
    allowComment: "on",
  };
  it("needs 3–8 questions, ignoring blank rows, and no repeats", () => {
    const err = (questions: string[]) => {
      const r = CreatePulseRoundInput.safeParse({ ...base, questions });
      return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(err(["甲", "乙"])).toEqual(["questions:每轮测评须设置 3–8 道题目"]);
    expect(err(["甲", "乙", " ", ""])).toEqual(["questions:每轮测评须设置 3–8 道题目"]);
    expect(err(["甲", "乙", "丙"])).toBeNull();
    expect(err(Array.from({ length: 8 }, (_, i) => `题${i}`))).toBeNull();
    expect(err(Array.from({ length: 9 }, (_, i) => `题${i}`))).toEqual([
      "questions:每轮测评须设置 3–8 道题目",
    ]);
    expect(err(["甲", "乙", "甲"])).toEqual(["questions:题目不能重复"]);
    expect(err(["甲", "乙", "x".repeat(101)])).toEqual(["questions.2:每道题目不超过 100 个字"]);
  });
  it("refuses a closing day before the opening day", () => {
    const r = CreatePulseRoundInput.safeParse({
      ...base,
      closesOn: "2026-11-30",
      questions: ["甲", "乙", "丙"],
    });
    expect(r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["closesOn", "结束日期不能早于开始日期"],
    ]);
  });
});

describe("answer input", () => {
  it("collects q1…q8 as scores and rejects anything outside 1–5", () => {
    const ok = AnswerPulseInput.parse({ roundId: "r1", q1: "5", q2: 1, q3: "", comment: "  " });
    expect([...ok.scores]).toEqual([
      [1, 5],
      [2, 1],
    ]);
    expect(ok.comment).toBeNull();
    for (const bad of ["0", "6", "2.5", "abc"]) {
      const r = AnswerPulseInput.safeParse({ roundId: "r1", q2: bad });
      expect(
        r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message]),
        bad,
      ).toEqual([["q2", "第 2 题的评分须为 1–5 分"]]);
    }
  });
});

describe("response ids", () => {
  it("are random, not time-ordered", () => {
    const ids = Array.from({ length: 200 }, () => randomResponseId());
    for (const id of ids) expect(id).toMatch(/^r[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(200);
    // Generation order is not sort order (a cuid's would be, within a process).
    expect([...ids].sort()).not.toEqual(ids);
  });
});
