// The seeded 院: 14 departments and who works in each. Positions follow a
// 基层院 after the 内设机构改革; 入额 (prosecutor) follows from the position.

export type Staffing = readonly (readonly [position: string, count: number])[];

export type DepartmentPlan = {
  code: string;
  name: string;
  /** Index into the leadership's members: 0 检察长, 1–3 副检察长, 4 专职委员. */
  supervisedBy: number;
  /** The first slot is the head, except in 院领导, which has no head or liaison. */
  staffing: Staffing;
};

export const LEADERSHIP_CODE = "LD";

export const DEPARTMENT_PLANS: readonly DepartmentPlan[] = [
  {
    code: "LD",
    name: "院领导",
    supervisedBy: 0,
    staffing: [
      ["检察长", 1],
      ["副检察长", 3],
      ["检察委员会专职委员", 1],
    ],
  },
  {
    code: "ZZC",
    name: "政治处",
    supervisedBy: 0,
    staffing: [
      ["政治处主任", 1],
      ["副主任", 1],
      ["综合行政人员", 6],
    ],
  },
  {
    code: "BGS",
    name: "办公室",
    supervisedBy: 1,
    staffing: [
      ["部门主任", 1],
      ["副主任", 1],
      ["综合行政人员", 8],
      ["系统管理员", 1],
    ],
  },
  {
    code: "JC1",
    name: "第一检察部",
    supervisedBy: 1,
    staffing: [
      ["部门主任", 1],
      ["副主任", 1],
      ["检察官", 8],
      ["检察官助理", 6],
      ["书记员", 4],
    ],
  },
  {
    code: "JC2",
    name: "第二检察部",
    supervisedBy: 1,
    staffing: [
      ["部门主任", 1],
      ["副主任", 1],
      ["检察官", 6],
      ["检察官助理", 5],
      ["书记员", 3],
    ],
  },
  {
    code: "JC3",
    name: "第三检察部",
    supervisedBy: 2,
    staffing: [
      ["部门主任", 1],
      ["副主任", 1],
      ["检察官", 5],
      ["检察官助理", 4],
      ["书记员", 3],
    ],
  },
  {
    code: "JC4",
    name: "第四检察部",
    supervisedBy: 3,
    staffing: [
      ["部门主任", 1],
      ["检察官", 6],
      ["检察官助理", 2],
      ["书记员", 2],
    ],
  },
  {
    code: "JC5",
    name: "第五检察部",
    supervisedBy: 3,
    staffing: [
      ["部门主任", 1],
      ["检察官", 4],
      ["检察官助理", 3],
      ["书记员", 2],
    ],
  },
  {
    code: "JC6",
    name: "第六检察部",
    supervisedBy: 4,
    staffing: [
      ["部门主任", 1],
      ["检察官", 4],
      ["检察官助理", 2],
      ["书记员", 2],
    ],
  },
  {
    code: "WJB",
    name: "未成年人检察部",
    supervisedBy: 2,
    staffing: [
      ["部门主任", 1],
      ["检察官", 3],
      ["检察官助理", 2],
      ["书记员", 2],
    ],
  },
  {
    code: "AGB",
    name: "案件管理部",
    supervisedBy: 4,
    staffing: [
      ["部门主任", 1],
      ["检察官", 4],
      ["检察官助理", 1],
      ["综合行政人员", 4],
    ],
  },
  {
    code: "JWBZ",
    name: "检务保障部",
    supervisedBy: 3,
    staffing: [
      ["部门主任", 1],
      ["综合行政人员", 7],
    ],
  },
  {
    code: "FJDD",
    name: "司法警察大队",
    supervisedBy: 2,
    staffing: [
      ["大队长", 1],
      ["副大队长", 1],
      ["司法警察", 11],
    ],
  },
  {
    code: "JSXX",
    name: "检察技术信息中心",
    supervisedBy: 4,
    staffing: [
      ["部门主任", 1],
      ["检察技术人员", 5],
    ],
  },
];

/** Departments whose heads and deputies are 员额检察官 (the business departments). */
export const CASEWORK_CODES: ReadonlySet<string> = new Set([
  "JC1",
  "JC2",
  "JC3",
  "JC4",
  "JC5",
  "JC6",
  "WJB",
  "AGB",
]);

export function isProsecutorPosition(code: string, position: string): boolean {
  if (code === LEADERSHIP_CODE || position === "检察官") return true;
  return CASEWORK_CODES.has(code) && (position === "部门主任" || position === "副主任");
}
