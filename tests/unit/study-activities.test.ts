// Pure rules of study activities: the education theme is required for
// 教育培训 and forbidden otherwise, scopes need their lists, times are read as
// Asia/Shanghai, and attendance tallies equal hand-computed values.
import { describe, expect, it } from "vitest";

import {
  ACTIVITY_MESSAGES,
  CreateActivityInput,
  RecordAttendanceInput,
} from "@/lib/study/activities/schemas";
import { addToTally, tallyBy, tallyOf } from "@/lib/study/activities/tally";
import {
  ACTIVITY_TYPES,
  activityKindLabel,
  attendanceStatusLabel,
  SANHUI_YIKE_TYPES,
} from "@/lib/study/types";

const base = {
  type: "SEMINAR",
  title: "专题辅导",
  heldAt: "2026-11-12T14:30",
  organiserId: "u1",
  scopeType: "ALL",
};
const errors = (input: Record<string, unknown>) => {
  const r = CreateActivityInput.safeParse(input);
  return r.success
    ? {}
    : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("CreateActivityInput", () => {
  it("requires a theme for 教育培训 and forbids one for every other type", () => {
    expect(errors({ ...base, type: "EDUCATION" })).toEqual({
      theme: ACTIVITY_MESSAGES.themeRequired,
    });
    expect(errors({ ...base, type: "EDUCATION", theme: "" })).toEqual({
      theme: ACTIVITY_MESSAGES.themeRequired,
    });
    expect(errors({ ...base, type: "EDUCATION", theme: "ETHICS" })).toEqual({});
    for (const type of ACTIVITY_TYPES.filter((t) => t !== "EDUCATION")) {
      expect(errors({ ...base, type, theme: "IDEALS" })).toEqual({
        theme: ACTIVITY_MESSAGES.themeForbidden,
      });
      expect(errors({ ...base, type })).toEqual({});
    }
    expect(errors({ ...base, type: "EDUCATION", theme: "PATRIOTISM" }).theme).toBe("教育主题无效");
  });

  it("needs departments or people for those scopes", () => {
    expect(errors({ ...base, scopeType: "DEPARTMENTS" })).toEqual({
      departmentIds: ACTIVITY_MESSAGES.departmentsRequired,
    });
    expect(errors({ ...base, scopeType: "USERS", attendeeIds: [] })).toEqual({
      attendeeIds: ACTIVITY_MESSAGES.attendeesRequired,
    });
    expect(errors({ ...base, scopeType: "USERS", attendeeIds: "u2" })).toEqual({});
    expect(errors({ ...base, scopeType: "EVERYONE" }).scopeType).toBe("请选择参加范围");
  });

  it("reads the time as Asia/Shanghai and refuses impossible times", () => {
    const r = CreateActivityInput.parse(base);
    expect(r.heldAt.toISOString()).toBe("2026-11-12T06:30:00.000Z");
    expect(errors({ ...base, heldAt: "" }).heldAt).toBe("请填写活动时间");
    expect(errors({ ...base, heldAt: "2026-02-30T10:00" }).heldAt).toBe("活动时间不是有效时间");
    expect(errors({ ...base, heldAt: "2026-11-12T25:00" }).heldAt).toBe("活动时间不是有效时间");
    // The shared datetime field (lib/forms/fields.ts): a malformed value is a format error, as for 咨询时间.
    expect(errors({ ...base, heldAt: "明天下午" }).heldAt).toBe("活动时间格式有误");
    expect(errors({ ...base, heldAt: "1999-12-31T23:59" }).heldAt).toBe(
      "活动时间不能早于 2000-01-01",
    );
  });

  it("caps the title at 80 characters", () => {
    expect(errors({ ...base, title: "学".repeat(81) }).title).toBe("活动名称不能超过 80 个字符");
  });
});

describe("RecordAttendanceInput", () => {
  it("accepts the three statuses and null, nothing else", () => {
    const ok = RecordAttendanceInput.safeParse({
      activityId: "a",
      entries: [
        { userId: "u1", status: "PRESENT" },
        { userId: "u2", status: "LEAVE" },
        { userId: "u3", status: "ABSENT" },
        { userId: "u4", status: null },
      ],
    });
    expect(ok.success).toBe(true);
    expect(
      RecordAttendanceInput.safeParse({
        activityId: "a",
        entries: [{ userId: "u1", status: "LATE" }],
      }).success,
    ).toBe(false);
    expect(RecordAttendanceInput.safeParse({ activityId: "a", entries: [] }).success).toBe(false);
  });
});

describe("tallies", () => {
  const groups = [
    { status: "PRESENT", _count: { _all: 17 } },
    { status: "LEAVE", _count: { _all: 2 } },
    { status: "ABSENT", _count: { _all: 1 } },
    { status: null, _count: { _all: 4 } },
  ];

  it("counts each status and the rate 出席 ÷ 已记录 (17 / 20 = 85%)", () => {
    expect(tallyOf(groups)).toEqual({
      expected: 24,
      present: 17,
      leave: 2,
      absent: 1,
      unrecorded: 4,
      recorded: 20,
      rate: 85,
    });
    expect(tallyOf([{ status: null, _count: { _all: 5 } }]).rate).toBeNull();
    expect(
      tallyOf([
        { status: "PRESENT", _count: { _all: 2 } },
        { status: "ABSENT", _count: { _all: 1 } },
      ]).rate,
    ).toBe(66.7);
  });

  it("sums groups per key", () => {
    const byActivity = tallyBy(
      [
        { activityId: "a", ...groups[0] },
        { activityId: "b", ...groups[1] },
        { activityId: "a", ...groups[3] },
      ],
      "activityId",
    );
    expect(byActivity.get("a")).toMatchObject({
      expected: 21,
      present: 17,
      unrecorded: 4,
      rate: 100,
    });
    expect(byActivity.get("b")).toMatchObject({ expected: 2, leave: 2, rate: 0 });
    expect(addToTally(tallyOf(groups), [{ status: "ABSENT", _count: { _all: 5 } }])).toMatchObject({
      absent: 6,
      recorded: 25,
      rate: 68,
    });
  });
});

describe("labels", () => {
  it("names 三会一课 and education themes in Chinese", () => {
    expect(SANHUI_YIKE_TYPES).toEqual([
      "BRANCH_ASSEMBLY",
      "BRANCH_COMMITTEE",
      "PARTY_GROUP",
      "PARTY_LECTURE",
    ]);
    expect(activityKindLabel("EDUCATION", "DISCIPLINE")).toBe("教育培训·纪律规矩");
    expect(activityKindLabel("CHIEF_LECTURE", null)).toBe("一把手讲党课");
    expect(attendanceStatusLabel(null)).toBe("未记录");
    expect(attendanceStatusLabel("LEAVE")).toBe("请假");
  });
});
