// Follow-up inputs: due dates as Shanghai calendar days, note lengths, Chinese messages.
import { describe, expect, it } from "vitest";

import {
  CreateFollowUpInput,
  FollowUpListFilter,
  parseDueDate,
  ProgressFollowUpInput,
  shanghaiToday,
} from "@/lib/follow-ups/schemas";

describe("due dates", () => {
  it("are the last instant of the day in Asia/Shanghai", () => {
    expect(parseDueDate("2026-11-30")?.toISOString()).toBe("2026-11-30T15:59:59.999Z");
  });
  it.each(["2026-02-30", "2026-13-01", "2026-1-1", "明天", ""])("refuses %j", (v) => {
    expect(parseDueDate(v)).toBeNull();
  });
  it("knows today in Shanghai across the UTC date line", () => {
    expect(shanghaiToday(new Date("2026-10-31T17:00:00Z"))).toBe("2026-11-01");
  });
});

describe("schemas", () => {
  const today = shanghaiToday();
  const base = {
    title: "组织青年干警座谈",
    assigneeId: "c123",
    dueDate: "2099-01-01",
    priority: "HIGH",
  };
  it("accepts a complete hand-made follow-up", () => {
    const r = CreateFollowUpInput.safeParse({ ...base, dueDate: today, departmentId: "" });
    expect(r.success && r.data).toMatchObject({
      title: "组织青年干警座谈",
      priority: "HIGH",
      departmentId: null,
      note: null,
    });
  });
  it.each([
    [{ title: "" }, "title", "请填写督办事项"],
    [{ assigneeId: "" }, "assigneeId", "请选择承办人"],
    [{ dueDate: "2026-02-30" }, "dueDate", "办结期限不是有效日期"],
    [{ dueDate: "next week" }, "dueDate", "办结期限格式应为 YYYY-MM-DD"],
    [{ dueDate: "2000-01-01" }, "dueDate", "办结期限不能早于今天"],
    [{ priority: "URGENT" }, "priority", "请选择优先级"],
    [{ note: "很".repeat(2001) }, "note", "督办要求不能超过 2000 个字符"],
  ])("refuses %j with a Chinese message", (over, field, message) => {
    const r = CreateFollowUpInput.safeParse({ ...base, dueDate: today, ...over });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
  it("takes a note of exactly 2000 characters and not one more", () => {
    expect(ProgressFollowUpInput.safeParse({ id: "c1", note: "很".repeat(2000) }).success).toBe(
      true,
    );
    expect(ProgressFollowUpInput.safeParse({ id: "c1", note: "很".repeat(2001) }).success).toBe(
      false,
    );
    expect(ProgressFollowUpInput.safeParse({ id: "c1", note: "   " }).success).toBe(false);
  });
});

describe("list filter", () => {
  it("drops values it does not know instead of failing the page", () => {
    expect(
      FollowUpListFilter.parse({ source: "EVIL", status: "DONE", overdue: "yes", page: "-3" }),
    ).toMatchObject({ source: undefined, status: undefined, overdue: false, page: 1 });
    expect(
      FollowUpListFilter.parse({ source: "CONCERN", status: "RESOLVED", overdue: "1", page: "2" }),
    ).toMatchObject({ source: "CONCERN", status: "RESOLVED", overdue: true, page: 2 });
  });
});
