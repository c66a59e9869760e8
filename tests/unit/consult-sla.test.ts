// The 24-hour consultation SLA, against a fake clock: the breach flips at
// exactly 24 hours, not a millisecond earlier.
import { afterEach, describe, expect, it, vi } from "vitest";

import { breachCutoff, medianMs, SLA_MS, slaLabel, slaStatus } from "@/lib/consult/sla";

const asked = new Date("2026-03-02T09:00:00+08:00");

afterEach(() => vi.useRealTimers());

describe("consultation SLA", () => {
  it("is not breached one millisecond before 24 hours, and is breached at exactly 24 hours (fake clock)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(asked.getTime() + SLA_MS - 1));
    expect(slaStatus(asked, null).breached).toBe(false);
    expect(slaLabel(slaStatus(asked, null), true)).toBe("剩余 1 小时");
    vi.setSystemTime(new Date(asked.getTime() + SLA_MS));
    expect(slaStatus(asked, null).breached).toBe(true);
    expect(slaLabel(slaStatus(asked, null), true)).toBe("已超时不足 1 小时");
    vi.advanceTimersByTime(5 * 3600_000 + 59 * 60_000);
    expect(slaLabel(slaStatus(asked, null), true)).toBe("已超时 5 小时");
  });

  it("counts remaining hours upwards while open", () => {
    const now = new Date(asked.getTime() + 2.5 * 3600_000);
    expect(slaStatus(asked, null, now)).toMatchObject({
      breached: false,
      hoursLeft: 22,
      hoursOver: 0,
    });
    expect(slaLabel(slaStatus(asked, null, now), true)).toBe("剩余 22 小时");
  });

  it("judges an answered consultation by its answer time, not by now", () => {
    const later = new Date(asked.getTime() + 100 * 24 * 3600_000);
    expect(slaStatus(asked, new Date(asked.getTime() + SLA_MS - 1), later).breached).toBe(false);
    expect(slaStatus(asked, new Date(asked.getTime() + SLA_MS), later).breached).toBe(true);
    expect(
      slaLabel(slaStatus(asked, new Date(asked.getTime() + 30 * 3600_000), later), false),
    ).toBe("超时答复（用时 30 小时）");
  });

  it("reads long breaches in days and short answers in minutes, never 0 hours", () => {
    const open = (h: number) =>
      slaLabel(slaStatus(asked, null, new Date(asked.getTime() + SLA_MS + h * 3600_000)), true);
    expect(open(47)).toBe("已超时 47 小时");
    expect(open(48)).toBe("已超时 2 天");
    expect(open(37 * 24 + 5)).toBe("已超时 37 天");
    const answered = (ms: number) =>
      slaLabel(slaStatus(asked, new Date(asked.getTime() + ms), asked), false);
    expect(answered(0)).toBe("1 分钟内答复");
    expect(answered(10 * 60_000)).toBe("10 分钟内答复");
    expect(answered(2.5 * 3600_000)).toBe("2.5 小时内答复");
    expect(answered(5 * 24 * 3600_000)).toBe("超时答复（用时 5 天）");
    for (const ms of [0, 1, 59_999, 3_599_999]) expect(answered(ms)).not.toContain("0 小时");
  });

  it("puts the open-breach cutoff exactly 24 hours back", () => {
    const now = new Date(asked.getTime() + SLA_MS);
    expect(breachCutoff(now).getTime()).toBe(asked.getTime());
  });

  it("takes the median of odd and even samples", () => {
    expect(medianMs([])).toBeNull();
    expect(medianMs([5, 1, 3])).toBe(3);
    expect(medianMs([4, 1, 3, 2])).toBe(2.5);
  });
});
