// Every date a form or a URL brings in has a sane range (issue 11): a real
// calendar day (2026-02-30 is refused, not rolled into March) from 2000-01-01
// to 2100-12-31, or a domain bound where one applies, with a Chinese message
// on the field. The table below lists every date field of every schema
// module; a walk over the modules' exports finds the date fields by probing
// them, so a new date field that is not in the table (and so not checked
// for its bounds) fails the first test.
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { CreateUserInput } from "@/lib/admin/schemas";
import { DATE_MAX, DATE_MIN, INPUT_DATE_BOUNDS, PERSON_DATE_MIN } from "@/lib/dates";
import { shanghaiToday } from "@/lib/follow-ups/schemas";

type Schema = z.ZodType;
const modules = import.meta.glob<Record<string, unknown>>(
  ["../../lib/*/schemas.ts", "../../lib/*/*/schemas.ts", "../../lib/*/*-schemas.ts"],
  { eager: true },
);
const moduleName = (file: string) => file.replace("../../lib/", "").replace(/\.ts$/, "");

/**
 * How a date field behaves:
 * - day: a form's YYYY-MM-DD, refused with a Chinese message out of range;
 * - datetime: a datetime-local value, its day bounded the same way;
 * - dayFilter / monthFilter: a page filter from the URL, which never fails but
 *   drops a value out of range (or not a real day) as if it were absent.
 */
type Kind = "day" | "datetime" | "dayFilter" | "monthFilter";
type Entry = {
  module: string;
  schema: string;
  /** The field's path in the parsed input; a nested array row is [array, 0, field]. */
  path: (string | number)[];
  kind: Kind;
  label?: string;
  required?: boolean;
  /** The message for an empty required value (talks say 请选择). */
  emptyMessage?: string;
  min?: string;
  max?: string;
  minMessage?: string;
  maxMessage?: string;
};

const day = (
  module: string,
  schema: string,
  field: string,
  label: string,
  more: Partial<Entry> = {},
): Entry => ({ module, schema, path: [field], kind: "day", label, required: true, ...more });
const optionalDay = (
  module: string,
  schema: string,
  field: string,
  label: string,
  more: Partial<Entry> = {},
): Entry => day(module, schema, field, label, { required: false, ...more });
const filter = (
  module: string,
  schema: string,
  field: string,
  kind: "dayFilter" | "monthFilter",
): Entry => ({ module, schema, path: [field], kind });

const today = shanghaiToday();
const dueBounds = {
  min: today,
  max: `${Number(today.slice(0, 4)) + 3}-12-31`,
  minMessage: "办结期限不能早于今天",
  maxMessage: "办结期限过远，请核对",
};
const person = { min: PERSON_DATE_MIN };

const DATE_FIELDS: Entry[] = [
  // 用户管理: a career may start before 2000; see also the birth-year check below.
  optionalDay("admin/schemas", "CreateUserInput", "joinedAt", "入职日期", person),
  optionalDay("admin/schemas", "UpdateUserInput", "joinedAt", "入职日期", person),
  // 审计日志 filters (/audit?from=&to=).
  filter("audit/schemas", "AuditFilter", "from", "dayFilter"),
  filter("audit/schemas", "AuditFilter", "to", "dayFilter"),
  // 改革咨询: 政治处 logs when someone asked; empty means now, the action refuses the future.
  {
    module: "consult/schemas",
    schema: "LogInput",
    path: ["askedAt"],
    kind: "datetime",
    label: "咨询时间",
    required: false,
  },
  // 党组引航.
  day("direction/meetings/schemas", "CreateMeetingInput", "heldAt", "会议日期"),
  day("direction/meetings/schemas", "UpdateMeetingInput", "heldAt", "会议日期"),
  day("direction/deployments/schemas", "AssignmentRow", "dueDate", "截止日期"),
  {
    ...day("direction/deployments/schemas", "CreateDeploymentInput", "dueDate", "截止日期"),
    path: ["assignments", 0, "dueDate"],
  },
  {
    ...day("direction/deployments/schemas", "UpdateDeploymentInput", "dueDate", "截止日期"),
    path: ["assignments", 0, "dueDate"],
  },
  // 督办: from today to the end of the third year after this one.
  day("follow-ups/schemas", "CreateFollowUpInput", "dueDate", "办结期限", dueBounds),
  day("follow-ups/schemas", "AssignFollowUpInput", "dueDate", "办结期限", dueBounds),
  // 个人重大事项: may be reported long after it happened.
  optionalDay("major-matters/schemas", "FileMatterInput", "occurredOn", "发生日期", person),
  // 思想状况测评.
  day("pulse/schemas", "CreatePulseRoundInput", "opensOn", "开始日期"),
  day("pulse/schemas", "CreatePulseRoundInput", "closesOn", "结束日期"),
  // 入额遴选.
  day("quota/schemas", "CreateRoundInput", "registrationOpensAt", "报名开始日期"),
  day("quota/schemas", "CreateRoundInput", "registrationClosesAt", "报名截止日期"),
  day("quota/schemas", "UpdateRoundInput", "registrationOpensAt", "报名开始日期"),
  day("quota/schemas", "UpdateRoundInput", "registrationClosesAt", "报名截止日期"),
  day("quota/schemas", "PublishInput", "startsOn", "公示开始日期"),
  day("quota/schemas", "PublishInput", "endsOn", "公示结束日期"),
  // 思想动态报告 filters (/reports?from=YYYY-MM&to=YYYY-MM, linked from the dashboard).
  filter("reports/schemas", "ReportListFilter", "from", "monthFilter"),
  filter("reports/schemas", "ReportListFilter", "to", "monthFilter"),
  // 谈心谈话 and 谈话计划.
  day("talks/schemas", "RecordTalkInput", "heldOn", "谈话日期", { emptyMessage: "请选择谈话日期" }),
  day("talks/schemas", "CreateCampaignInput", "startsOn", "开始日期", {
    emptyMessage: "请选择开始日期",
  }),
  day("talks/schemas", "CreateCampaignInput", "endsOn", "结束日期", {
    emptyMessage: "请选择结束日期",
  }),
  filter("talks/schemas", "TalkListFilter", "from", "dayFilter"),
  filter("talks/schemas", "TalkListFilter", "to", "dayFilter"),
  // 学习教育: activities, campaigns and the personal study log.
  {
    module: "study/activities/schemas",
    schema: "CreateActivityInput",
    path: ["heldAt"],
    kind: "datetime",
    label: "活动时间",
    required: true,
  },
  {
    module: "study/activities/schemas",
    schema: "UpdateActivityInput",
    path: ["heldAt"],
    kind: "datetime",
    label: "活动时间",
    required: true,
  },
  filter("study/activities/schemas", "ActivityListFilter", "month", "monthFilter"),
  day("study/campaigns/schemas", "CreateCampaignInput", "startsOn", "开始日期"),
  day("study/campaigns/schemas", "CreateCampaignInput", "endsOn", "结束日期"),
  day("study/log/schemas", "CreateLogInput", "studiedOn", "学习日期"),
  day("study/log/schemas", "UpdateLogInput", "studiedOn", "学习日期"),
];

/** Fields that look like dates to the probe but are not (a phone number accepts "2026-06-15"). */
const NOT_DATES = new Set([
  "admin/schemas.CreateUserInput.phone",
  "admin/schemas.UpdateUserInput.phone",
]);

// ---- Finding the date fields ---------------------------------------------------

type Def = {
  type: string;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
};
const defOf = (s: unknown): Def | undefined =>
  (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The object inside preprocess/transform pipes, optional, default and catch wrappers; null if none. */
function objectIn(s: Schema, depth = 0): Record<string, Schema> | null {
  const def = defOf(s);
  if (!def || depth > 6) return null;
  if (def.type === "object") return def.shape ?? null;
  if (def.type === "pipe")
    return objectIn((defOf(def.out)?.type === "transform" ? def.in : def.out)!, depth + 1);
  if (def.innerType) return objectIn(def.innerType, depth + 1);
  return null;
}

/** The row object of an array field (possibly behind preprocess), if any. */
function arrayRow(s: Schema, depth = 0): Record<string, Schema> | null {
  const def = defOf(s);
  if (!def || depth > 6) return null;
  if (def.type === "array") return objectIn(def.element!);
  if (def.type === "pipe")
    return arrayRow((defOf(def.out)?.type === "transform" ? def.in : def.out)!, depth + 1);
  if (def.innerType) return arrayRow(def.innerType, depth + 1);
  return null;
}

// Today too: a due date takes nothing in the past.
const SAMPLES = ["2026-06-15", "2026-06", "2026-06-15T10:00", today];
/** A date field takes some date-shaped value (as a Date, or as the string itself) and refuses or drops garbage. */
function looksLikeDate(field: Schema): boolean {
  const garbage = field.safeParse("garbage");
  if (garbage.success && garbage.data !== undefined && garbage.data !== null) return false;
  return SAMPLES.some((v) => {
    const r = field.safeParse(v);
    return r.success && (r.data instanceof Date || r.data === v);
  });
}

function discover(): string[] {
  const found: string[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      const shape = defOf(value) ? objectIn(value as Schema) : null;
      if (!shape) continue;
      const walk = (sh: Record<string, Schema>, prefix: (string | number)[]) => {
        for (const [key, field] of Object.entries(sh)) {
          const row = arrayRow(field);
          if (row) walk(row, [...prefix, key, 0]);
          else if (looksLikeDate(field))
            found.push(`${moduleName(file)}.${name}.${[...prefix, key].join(".")}`);
        }
      };
      walk(shape, []);
    }
  }
  return found.filter((k) => !NOT_DATES.has(k)).sort();
}

const keyOf = (e: Entry) => `${e.module}.${e.schema}.${e.path.join(".")}`;

describe("the list of date fields", () => {
  it("covers every date field of every schema module, and nothing else", () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(15);
    expect(discover()).toEqual(DATE_FIELDS.map(keyOf).sort());
  });
});

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
