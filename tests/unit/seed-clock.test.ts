// The seed's clock (prisma/seed/clock.ts): how the story, written for
// 2026-11-01, is moved onto the anchor day, and the titles that follow it.
import { describe, expect, it } from "vitest";

import {
  makeSeedClock,
  quarterLabel,
  resolveSeedToday,
  story,
  storyAt,
  storyKey,
  storyText,
} from "@/prisma/seed/clock";
import { currentTalkCampaign, pulseRoundPlans, pulseTitles } from "@/prisma/seed/titles";

const iso = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

describe("the seed's anchor", () => {
  it("is SEED_TODAY when set, today in Asia/Shanghai otherwise", () => {
    expect(resolveSeedToday("2027-03-15")).toBe("2027-03-15");
    // 2026-12-07 20:30 UTC is already the 8th in Shanghai.
    expect(resolveSeedToday(undefined, new Date("2026-12-07T20:30:00Z"))).toBe("2026-12-08");
    expect(resolveSeedToday("  ", new Date("2026-12-07T10:00:00Z"))).toBe("2026-12-07");
  });

  it("refuses a malformed or out-of-range SEED_TODAY", () => {
    for (const bad of ["2027-02-30", "2027-3-15", "today", "1999-12-31", "2101-01-01"])
      expect(() => resolveSeedToday(bad)).toThrow(/SEED_TODAY/);
  });

  it("moves story dates by whole calendar months, keeping the day (clamped) and the time", () => {
    const dec = makeSeedClock("2026-12-07");
    expect(dec.monthShift).toBe(1);
    expect(iso(dec.anchor)).toBe("2026-12-07T00:00");
    expect(iso(story(2025, 3, 17, 14, 30, dec))).toBe("2025-04-17T14:30");
    expect(iso(story(2025, 1, 31, 9, 0, dec))).toBe("2025-02-28T09:00"); // clamped
    expect(iso(storyAt("2026-11-01", dec))).toBe("2026-12-01T00:00"); // the story's month is the anchor's
    expect(storyKey("2024-11", dec)).toBe("2024-12");
    const jan = makeSeedClock("2028-01-31");
    expect(jan.monthShift).toBe(14);
    expect(storyKey("2026-10", jan)).toBe("2027-12"); // the month before the anchor's
    expect(storyKey("2025-03", jan)).toBe("2026-05");
    const back = makeSeedClock("2026-08-20");
    expect(storyKey("2025-01", back)).toBe("2024-10");
  });

  it("moves the dates in story texts like the events, and bare years as the text's own date moved", () => {
    const jan = makeSeedClock("2027-01-10"); // +2 months
    expect(storyText("报名时间：2025年2月17日至2月28日。", [2025, 2, 14], jan)).toBe(
      "报名时间：2025年4月17日至4月28日。",
    );
    expect(storyText("1月7日，第一党支部…", [2025, 1, 8], jan)).toBe("3月7日，第一党支部…");
    expect(storyText("时间：10月中旬至11月中旬。请于11月20日前报送。", [2026, 9, 25], jan)).toBe(
      "时间：12月中旬至1月中旬。请于1月20日前报送。",
    );
    expect(storyText("二、3 月底前完成", [2025, 1, 15], jan)).toBe("二、5 月底前完成");
    // Written 2026-10-22, moved to 2026-12-22: same year. Written 2026-12-30, moved to 2027-02-28: one year on.
    expect(storyText("2026年度党员民主评议", [2026, 10, 22], jan)).toBe("2026年度党员民主评议");
    expect(storyText("确定 2026 年度总体目标；顺延至 2026 年实施", [2025, 12, 30], jan)).toBe(
      "确定 2027 年度总体目标；顺延至 2027 年实施",
    );
    expect(storyText("庆祝建党104周年", [2025, 12, 28], jan)).toBe("庆祝建党105周年");
  });

  it("names quarters", () => {
    expect(quarterLabel(new Date("2026-12-07T00:00:00+08:00"))).toBe("2026年第四季度");
    expect(quarterLabel(new Date("2027-01-01T00:00:00+08:00"), -1)).toBe("2026年第四季度");
  });
});

describe("titles that follow the anchor", () => {
  it("gives every pulse round a distinct title, the open one the anchor's quarter, on any anchor month", () => {
    for (let m = 0; m < 24; m++) {
      const day = `${2026 + Math.floor((10 + m) / 12)}-${String(((10 + m) % 12) + 1).padStart(2, "0")}-${m % 2 ? "01" : "28"}`;
      const clock = makeSeedClock(day);
      const plans = pulseRoundPlans(clock);
      expect(new Set(plans.map((p) => p.title)).size, day).toBe(plans.length);
      const open = plans[plans.length - 1];
      expect(open.title, day).toBe(`${quarterLabel(clock.anchor)}干警思想状况测评`);
      expect(open.opensAt.getTime(), day).toBeLessThanOrEqual(
        clock.anchor.getTime() - 7 * 86_400_000,
      );
      expect(open.closesAt.getTime(), day).toBeGreaterThan(
        clock.anchor.getTime() + 28 * 86_400_000,
      );
      const closed = plans.slice(0, -1);
      for (const p of closed)
        expect(p.closesAt.getTime(), `${day} ${p.title}`).toBeLessThan(clock.anchor.getTime());
      // The newest closed round ended within the last three months.
      expect(
        clock.anchor.getTime() - closed[closed.length - 1].closesAt.getTime(),
        day,
      ).toBeLessThan(92 * 86_400_000);
    }
  });

  it("matches the story's own titles on the story's day", () => {
    const clock = makeSeedClock("2026-11-01");
    expect(pulseRoundPlans(clock).map((p) => p.title)).toEqual([
      "2024年第四季度干警思想状况测评",
      "2025年第一季度干警思想状况测评",
      "司法责任制改革专项思想状况测评",
      "2025年第二季度干警思想状况测评",
      "2025年第三季度干警思想状况测评",
      "2025年第四季度干警思想状况测评",
      "2026年第一季度干警思想状况测评",
      "2026年第二季度干警思想状况测评",
      "2026年第三季度干警思想状况测评",
      "2026年第四季度干警思想状况测评",
    ]);
    expect(pulseTitles(makeSeedClock("2026-12-07"))).toEqual({
      open: "2026年第四季度干警思想状况测评",
      lastClosed: "2026年第三季度干警思想状况测评",
    });
    expect(currentTalkCampaign(clock).title).toBe("2026年9月至12月谈心谈话全覆盖");
    expect(currentTalkCampaign(makeSeedClock("2027-01-05")).title).toBe(
      "2026年11月至2027年2月谈心谈话全覆盖",
    );
  });
});
