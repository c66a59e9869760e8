// The pure rules of conduct records: which fields each category and kind
// needs, what is kept, the honours wall's grouping, the labels; and the
// sealed form of a discipline record (token and envelope).
import { describe, expect, it } from "vitest";

import { CONDUCT_MESSAGES, describeKind, kindBelongs, KINDS } from "@/lib/conduct/labels";
import { honourGroups, normalizeShape, shapeIssues, type RecordShape } from "@/lib/conduct/rules";
import { CreateRecordInput } from "@/lib/conduct/schemas";
import { openContent, storedContent, subjectToken } from "@/lib/conduct/sealed";

const base: RecordShape = {
  category: "COMMENDATION",
  kind: "CITATION",
  level: "COURT",
  subjectType: "PERSON",
  subjectUserId: "u1",
  subjectDepartmentId: null,
};
const issues = (v: Partial<RecordShape>) =>
  Object.fromEntries(shapeIssues({ ...base, ...v }).map((i) => [i.path, i.message]));

describe("the shape of a record", () => {
  it("accepts a complete record of each category", () => {
    expect(issues({})).toEqual({});
    expect(issues({ kind: "HONOUR", honourTitle: "业务标兵", level: "PROVINCE" })).toEqual({});
    expect(issues({ category: "JUDICIAL", kind: "CASE_QUALITY", severity: "GRAVE" })).toEqual({});
    expect(issues({ category: "INNOVATION", kind: "INNOVATION" })).toEqual({});
    expect(
      issues({ category: "DISCIPLINE", kind: "SANCTION", sanctionCategory: "GOV_DEMERIT" }),
    ).toEqual({});
    expect(
      issues({
        category: "JUDICIAL",
        kind: "RECTIFICATION",
        severity: "GENERAL",
        subjectType: "DEPARTMENT",
        subjectUserId: null,
        subjectDepartmentId: "d1",
      }),
    ).toEqual({});
  });

  it("names the missing field of each kind", () => {
    expect(issues({ category: "JUDICIAL", kind: "CASE_QUALITY" })).toEqual({
      severity: CONDUCT_MESSAGES.severityRequired,
    });
    expect(issues({ kind: "HONOUR", level: "CITY" })).toEqual({
      honourTitle: CONDUCT_MESSAGES.honourTitleRequired,
    });
    expect(issues({ kind: "HONOUR", honourTitle: "业务能手", level: undefined })).toEqual({
      level: CONDUCT_MESSAGES.levelRequired,
    });
    expect(issues({ category: "DISCIPLINE", kind: "SANCTION" })).toEqual({
      sanctionCategory: CONDUCT_MESSAGES.sanctionRequired,
    });
    expect(issues({ subjectUserId: null })).toEqual({
      subjectUserId: CONDUCT_MESSAGES.personRequired,
    });
    expect(issues({ kind: "REMINDER" })).toEqual({ kind: CONDUCT_MESSAGES.kindMismatch });
  });

  it("puts only 规范司法 findings on a department", () => {
    for (const category of ["COMMENDATION", "INNOVATION", "DISCIPLINE"])
      expect(
        issues({ category, subjectType: "DEPARTMENT", subjectDepartmentId: "d1" }).subjectType,
      ).toBe(CONDUCT_MESSAGES.departmentOnlyJudicial);
    expect(
      issues({
        category: "JUDICIAL",
        kind: "CASE_QUALITY",
        severity: "GENERAL",
        subjectType: "DEPARTMENT",
      }),
    ).toEqual({ subjectDepartmentId: CONDUCT_MESSAGES.departmentRequired });
  });

  it("keeps each optional field only where it applies", () => {
    expect(
      normalizeShape({
        ...base,
        severity: "GRAVE",
        honourTitle: "业务标兵",
        sanctionCategory: "GOV_WARNING",
        subjectDepartmentId: "d1",
      }),
    ).toEqual({
      severity: null,
      honourTitle: null,
      level: "COURT",
      sanctionCategory: null,
      subjectUserId: "u1",
      subjectDepartmentId: null,
    });
    expect(
      normalizeShape({
        ...base,
        category: "JUDICIAL",
        kind: "CASE_QUALITY",
        severity: "SERIOUS",
        subjectType: "DEPARTMENT",
        subjectDepartmentId: "d1",
      }),
    ).toMatchObject({
      severity: "SERIOUS",
      level: null,
      subjectUserId: null,
      subjectDepartmentId: "d1",
    });
  });

  it("gives each kind to exactly one category", () => {
    for (const k of KINDS)
      expect(
        ["JUDICIAL", "COMMENDATION", "INNOVATION", "DISCIPLINE"].filter((c) => kindBelongs(c, k)),
      ).toHaveLength(1);
    expect(kindBelongs("__proto__", "HONOUR")).toBe(false);
  });

  it("parses the form with Chinese field errors", () => {
    const r = CreateRecordInput.safeParse({
      category: "COMMENDATION",
      kind: "HONOUR",
      subjectUserId: "u1",
      occurredOn: "2026-03-01",
      issuer: "本院",
      title: "t",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["honourTitle", CONDUCT_MESSAGES.honourTitleRequired],
      ["level", CONDUCT_MESSAGES.levelRequired],
    ]);

    // With another field wrong too, every error shows at once.
    const both = CreateRecordInput.safeParse({ category: "COMMENDATION", kind: "HONOUR" });
    const paths = both.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "occurredOn", "honourTitle", "level"]));
    expect(CreateRecordInput.safeParse([null]).success).toBe(false);
  });
});

describe("labels and the honours wall", () => {
  it("describes a record in one phrase", () => {
    expect(describeKind({ kind: "HONOUR", level: "PROVINCE", honourTitle: "业务标兵" })).toBe(
      "省级“业务标兵”",
    );
    expect(describeKind({ kind: "SANCTION", sanctionCategory: "PARTY_PROBATION" })).toBe(
      "党纪处分：留党察看",
    );
    expect(describeKind({ kind: "CASE_QUALITY", severity: "SERIOUS" })).toBe(
      "案件质量评查（较重）",
    );
    expect(describeKind({ kind: "MERIT", level: "CITY" })).toBe("市级记功");
  });

  it("groups by year, newest first, and by level, highest first, leaving out empty levels", () => {
    const rows = [
      { id: "a", year: 2025, level: "CITY" },
      { id: "b", year: 2026, level: "COURT" },
      { id: "c", year: 2026, level: "PROVINCE" },
      { id: "d", year: 2026, level: "COURT" },
    ];
    const g = honourGroups(rows, ["COURT", "CITY", "PROVINCE", "NATIONAL"]);
    expect(g.map((y) => y.year)).toEqual([2026, 2025]);
    expect(g[0].levels.map((l) => [l.level, l.rows.map((r) => r.id)])).toEqual([
      ["PROVINCE", ["c"]],
      ["COURT", ["b", "d"]],
    ]);
    expect(g[1].levels.map((l) => l.level)).toEqual(["CITY"]);
  });
});

describe("a discipline record at rest", () => {
  const content = {
    category: "DISCIPLINE",
    subjectUserId: "user-1",
    subjectDepartmentId: null,
    title: "处分标题",
    docNo: "梁检纪〔2026〕1号",
    description: "事实",
    sanctionCategory: "GOV_WARNING",
  };

  it("stores the person only as a stable keyed token, and the text only sealed", () => {
    const stored = storedContent(content);
    expect(stored).toMatchObject({
      subjectUserId: null,
      subjectDepartmentId: null,
      title: "",
      docNo: "",
      description: "",
    });
    expect(stored.subjectToken).toBe(subjectToken("user-1"));
    expect(subjectToken("user-2")).not.toBe(stored.subjectToken);
    expect(JSON.stringify(stored)).not.toMatch(/user-1|处分标题|事实|GOV_WARNING/);
    expect(openContent({ ...stored, id: "r", category: "DISCIPLINE" })).toMatchObject({
      subjectUserId: "user-1",
      title: "处分标题",
      docNo: "梁检纪〔2026〕1号",
      description: "事实",
      sanctionCategory: "GOV_WARNING",
    });
  });

  it("keeps other records in plain", () => {
    const stored = storedContent({ ...content, category: "COMMENDATION" });
    expect(stored).toMatchObject({ subjectUserId: "user-1", subjectToken: null, sealed: null });
  });
});
