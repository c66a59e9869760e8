// Every date a form or a URL brings in has a sane range (issue 11): a real
// calendar day (2026-02-30 is refused, not rolled into March) from 2000-01-01
// to 2100-12-31, or a domain bound where one applies, with a Chinese message
// on the field. This file checks each field of the table in
// fixtures/date-fields.ts; date-bounds-discovery.test.ts checks that the
// table lists every date field.
import { describe, expect, it } from "vitest";

import { CreateUserInput } from "@/lib/admin/schemas";
import { DATE_MAX, DATE_MIN, INPUT_DATE_BOUNDS } from "@/lib/dates";

import {
  DATE_FIELDS,
  keyOf,
  moduleName,
  modules,
  type Entry,
  type Schema,
} from "./fixtures/date-fields";

// ---- Each field's bounds --------------------------------------------------------

function schemaOf(e: Entry): Schema {
  const file = Object.keys(modules).find((f) => moduleName(f) === e.module);
  const s = file ? modules[file][e.schema] : undefined;
  if (!s) throw new Error(`no ${e.schema} in lib/${e.module}.ts`);
  return s as Schema;
}

/** Input with only this field set (the others may fail; only this field's issue counts). */
function inputWith(e: Entry, value: string): Record<string, unknown> {
  return e.path.length === 3 ? { [e.path[0]]: [{ [e.path[2]]: value }] } : { [e.path[0]]: value };
}

/** The field's message, or null when the field itself parsed (a filter: its parsed value). */
function fieldIssue(e: Entry, value: string): string | null {
  const r = schemaOf(e).safeParse(inputWith(e, value));
  if (r.success) return null;
  const issue = r.error.issues.find((i) => i.path.join(".") === e.path.join("."));
  return issue?.message ?? null;
}

function filterValue(e: Entry, value: string): unknown {
  const r = schemaOf(e).safeParse(inputWith(e, value));
  expect(r.success).toBe(true);
  return (r.data as Record<string, unknown>)[e.path[0] as string];
}

const CJK = /[\u4e00-\u9fff]/;
const dayForms = DATE_FIELDS.filter((e) => e.kind === "day");
const dateTimes = DATE_FIELDS.filter((e) => e.kind === "datetime");
const dayFilters = DATE_FIELDS.filter((e) => e.kind === "dayFilter");
const monthFilters = DATE_FIELDS.filter((e) => e.kind === "monthFilter");
const monthForms = DATE_FIELDS.filter((e) => e.kind === "month");

describe.each(dayForms.map((e) => [keyOf(e), e] as const))("%s", (_key, e) => {
  const min = e.min ?? DATE_MIN;
  const max = e.max ?? DATE_MAX;
  const tooEarly = e.minMessage ?? `${e.label}不能早于 ${min}`;
  const tooLate = e.maxMessage ?? `${e.label}不能晚于 ${max}`;
  const before = (d: string) =>
    new Date(Date.parse(`${d}T00:00:00Z`) - 86400_000).toISOString().slice(0, 10);
  const after = (d: string) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + 86400_000).toISOString().slice(0, 10);

  it.each([
    ["1900-01-01", tooEarly],
    ["1999-12-31", min <= "1999-12-31" ? null : tooEarly],
    ["2000-01-01", min <= "2000-01-01" && max >= "2000-01-01" ? null : tooEarly],
    ["2101-01-01", tooLate],
    ["2026-02-30", `${e.label}不是有效日期`],
    ["2026-13-01", `${e.label}不是有效日期`],
    ["garbage", `${e.label}格式应为 YYYY-MM-DD`],
    ["2026-6-1", `${e.label}格式应为 YYYY-MM-DD`],
    ["", e.required ? (e.emptyMessage ?? `请填写${e.label}`) : null],
  ])("%j → %j", (value, message) => {
    expect(fieldIssue(e, value)).toBe(message);
    if (message) expect(message).toMatch(CJK);
  });

  it(`accepts ${min} and ${max}, refuses the day before and the day after`, () => {
    expect(fieldIssue(e, min)).toBeNull();
    expect(fieldIssue(e, max)).toBeNull();
    expect(fieldIssue(e, before(min))).toBe(tooEarly);
    expect(fieldIssue(e, after(max))).toBe(tooLate);
  });
});

describe.each(dateTimes.map((e) => [keyOf(e), e] as const))("%s", (_key, e) => {
  it.each([
    ["1900-01-01T10:00", `${e.label}不能早于 2000-01-01`],
    ["1999-12-31T23:59", `${e.label}不能早于 2000-01-01`],
    ["2000-01-01T00:00", null],
    ["2100-12-31T23:59", null],
    ["2101-01-01T00:00", `${e.label}不能晚于 2100-12-31`],
    ["2026-02-30T10:00", `${e.label}不是有效时间`],
    ["2026-06-15T24:00", `${e.label}不是有效时间`],
    ["2026-06-15T10:60", `${e.label}不是有效时间`],
    ["1900-01-01", `${e.label}格式有误`],
    ["garbage", `${e.label}格式有误`],
    ["", e.required ? `请填写${e.label}` : null],
  ])("%j → %j", (value, message) => {
    expect(fieldIssue(e, value)).toBe(message);
  });
});

describe.each(dayFilters.map((e) => [keyOf(e), e] as const))(
  "%s (a filter: out of range is dropped)",
  (_key, e) => {
    it.each([
      ["1900-01-01", undefined],
      ["1999-12-31", undefined],
      ["2000-01-01", "2000-01-01"],
      ["2100-12-31", "2100-12-31"],
      ["2101-01-01", undefined],
      ["2026-02-30", undefined],
      ["", undefined],
      ["garbage", undefined],
    ])("%j → %j", (value, parsed) => {
      expect(filterValue(e, value)).toBe(parsed);
    });
  },
);

describe.each(monthFilters.map((e) => [keyOf(e), e] as const))(
  "%s (a filter: out of range is dropped)",
  (_key, e) => {
    it.each([
      ["1900-01", undefined],
      ["1999-12", undefined],
      ["2000-01", "2000-01"],
      ["2100-12", "2100-12"],
      ["2101-01", undefined],
      ["2026-13", undefined],
      ["1900-01-01", undefined],
      ["", undefined],
      ["garbage", undefined],
    ])("%j → %j", (value, parsed) => {
      expect(filterValue(e, value)).toBe(parsed);
    });
  },
);

describe.each(monthForms.map((e) => [keyOf(e), e] as const))(
  "%s (a form month: out of range is refused)",
  (_key, e) => {
    it.each([
      ["1999-12", `${e.label}无效`],
      ["2000-01", null],
      ["2100-12", null],
      ["2101-01", `${e.label}无效`],
      ["2026-13", `${e.label}无效`],
      ["2026-06-15", `${e.label}无效`],
      ["", `${e.label}无效`],
    ])("%j → %j", (value, message) => {
      expect(fieldIssue(e, value)).toBe(message);
    });
  },
);

describe("domain bounds", () => {
  const user = {
    realName: "测试",
    username: "tester",
    employeeNo: "T-1",
    birthYear: 1985,
    roles: [],
  };
  it("refuses a 入职日期 before the year the person turns 16, and takes that year", () => {
    const r = CreateUserInput.safeParse({ ...user, joinedAt: "2000-12-31" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === "joinedAt")?.message).toBe(
      "入职日期不能早于 2001 年（出生年份后 16 年）",
    );
    expect(CreateUserInput.safeParse({ ...user, joinedAt: "2001-01-01" }).success).toBe(true);
    expect(CreateUserInput.safeParse({ ...user, joinedAt: "" }).success).toBe(true);
  });
});

describe("HTML inputs", () => {
  it("get the same range as the schemas by default (components/ui/field.tsx)", () => {
    expect(INPUT_DATE_BOUNDS.date).toEqual({ min: "2000-01-01", max: "2100-12-31" });
    expect(INPUT_DATE_BOUNDS.month).toEqual({ min: "2000-01", max: "2100-12" });
    expect(INPUT_DATE_BOUNDS["datetime-local"]).toEqual({
      min: "2000-01-01T00:00",
      max: "2100-12-31T23:59",
    });
  });
});
