// 履职表现记录 over the story's two years (2024-11 … 2026-10), ~60 records:
//   - the article's "11人次被授予省、市级'业务标兵''业务能手''岗位能手'":
//     exactly 11 confirmed HONOUR records at 省 or 市 level, plus 院-level ones;
//   - 表扬/嘉奖/记功, three 创新履职 recognitions;
//   - 规范司法 findings (案件质量评查, 专项整治), three on departments, two on
//     第四检察部 (the story's troubled department);
//   - three discipline records on ordinary colleagues, never on a demo
//     account (README), stored as the app stores them: sealed, with the
//     person only as a keyed token (lib/conduct/sealed.ts);
//   - one draft and one revoked 嘉奖, for realism.
// staff1 holds a 院-level 嘉奖, so the demo's 我的记录 is not empty.
import { storedContent } from "../../lib/conduct/sealed";
import type { Tx } from "../../lib/db-client";
import { DEMO_ACCOUNTS } from "./accounts";
import { storyAt } from "./clock";
import type { Organisation, SeedUser } from "./org";
import { Rng, SEED, stableId } from "./random";

type Plan = {
  key: string;
  category: "JUDICIAL" | "COMMENDATION" | "INNOVATION" | "DISCIPLINE";
  kind: string;
  on: string;
  title: string;
  issuer?: string;
  docNo?: string;
  description?: string;
  level?: string;
  honourTitle?: string;
  severity?: string;
  sanctionCategory?: string;
  department?: string;
  status?: "DRAFT" | "CONFIRMED" | "REVOKED";
  revokeReason?: string;
  /** A fixed person by username; otherwise one is drawn. */
  username?: string;
};

const PROVINCE = "江苏省人民检察院";
const CITY = "无锡市人民检察院";
const honour = (
  n: number,
  level: "PROVINCE" | "CITY" | "COURT",
  honourTitle: string,
  on: string,
): Plan => ({
  key: `honour:${level}:${n}`,
  category: "COMMENDATION",
  kind: "HONOUR",
  level,
  honourTitle,
  on,
  issuer: level === "PROVINCE" ? PROVINCE : level === "CITY" ? CITY : "本院",
  docNo: `${level === "PROVINCE" ? "苏检政" : level === "CITY" ? "锡检政" : "梁检政"}〔${on.slice(0, 4)}〕${10 + n}号`,
  title: `${on.slice(0, 4)}年度${level === "COURT" ? "院" : ""}“${honourTitle}”`,
});

/** The 11 provincial and municipal honours of the article (4 省, 7 市). */
const REGIONAL: Plan[] = [
  honour(1, "PROVINCE", "业务标兵", "2025-01-16"),
  honour(2, "PROVINCE", "业务能手", "2025-01-16"),
  honour(3, "CITY", "业务标兵", "2025-02-20"),
  honour(4, "CITY", "岗位能手", "2025-02-20"),
  honour(5, "CITY", "业务能手", "2025-02-20"),
  honour(6, "PROVINCE", "岗位能手", "2026-01-14"),
  honour(7, "PROVINCE", "业务标兵", "2026-01-14"),
  honour(8, "CITY", "业务能手", "2026-02-12"),
  honour(9, "CITY", "岗位能手", "2026-02-12"),
  honour(10, "CITY", "业务标兵", "2026-02-12"),
  honour(11, "CITY", "业务能手", "2026-02-12"),
];

const COURT_HONOURS: Plan[] = [
  ["业务标兵", "2025-01-08"],
  ["业务能手", "2025-01-08"],
  ["岗位能手", "2025-01-08"],
  ["岗位能手", "2025-01-08"],
  ["业务标兵", "2026-01-09"],
  ["业务能手", "2026-01-09"],
  ["岗位能手", "2026-01-09"],
].map(([title, on], i) => honour(i + 1, "COURT", title, on));

const PRAISE_TOPICS = [
  "办理重大职务犯罪案件表现突出",
  "扫黑除恶专项斗争攻坚",
  "认罪认罚从宽制度适用成效显著",
  "公益诉讼诉前程序办案",
  "未成年人综合司法保护",
  "控告申诉接待化解信访矛盾",
  "检察宣传和新闻舆论工作",
  "案件管理流程监控",
  "区院合并期间档案整理",
  "疫情防控志愿服务",
  "司法警察执勤保障",
  "信息化建设和智慧检务",
];

function commendations(): Plan[] {
  const kinds = [
    ["PRAISE", "COURT", "表扬"],
    ["CITATION", "COURT", "嘉奖"],
    ["PRAISE", "COURT", "表扬"],
    ["MERIT", "CITY", "记功"],
  ] as const;
  return PRAISE_TOPICS.flatMap((topic, i) =>
    [0, 1].map((half) => {
      const [kind, level, word] = kinds[(i + half) % kinds.length];
      const year = half === 0 ? 2025 : 2026;
      const on = `${year}-${String(((i * 5 + half * 3) % 9) + 1).padStart(2, "0")}-${String(10 + (i % 15)).padStart(2, "0")}`;
      return {
        key: `commendation:${i}:${half}`,
        category: "COMMENDATION",
        kind,
        level,
        on,
        issuer: level === "CITY" ? CITY : "本院",
        docNo: `${level === "CITY" ? "锡检政" : "梁检政"}〔${year}〕${30 + i}号`,
        title: `${topic}，予以${word}`,
      } satisfies Plan;
    }),
  );
}

const OTHERS: Plan[] = [
  {
    key: "commendation:staff1",
    category: "COMMENDATION",
    kind: "CITATION",
    level: "COURT",
    on: "2026-06-18",
    username: "staff1",
    issuer: "本院",
    docNo: "梁检政〔2026〕58号",
    title: "办理涉众型经济犯罪案件追赃挽损成效明显，予以嘉奖",
  },
  ...["“检察护企”工作机制", "认罪认罚量刑建议精准化模型", "未检“一站式”询问救助"].map(
    (title, i): Plan => ({
      key: `innovation:${i}`,
      category: "INNOVATION",
      kind: "INNOVATION",
      level: i === 1 ? "CITY" : "COURT",
      on: ["2025-06-20", "2025-11-12", "2026-05-15"][i],
      issuer: i === 1 ? CITY : "本院",
      title: `创新履职：${title}`,
      description: "经院党组研究，认定为年度创新履职项目，在全院推广。",
    }),
  ),
  ...(
    [
      ["CASE_QUALITY", "GENERAL", "2025-03-28", "JC4", "案件质量评查：法律文书引用法条不规范"],
      ["CASE_QUALITY", "SERIOUS", "2025-09-26", "JC4", "案件质量评查：证据审查不全面"],
      ["RECTIFICATION", "GENERAL", "2025-05-15", "AGB", "专项整治：案件流程节点超期"],
      ["CASE_QUALITY", "GENERAL", "2025-04-10", null, "案件质量评查：审查报告要素缺失"],
      ["RECTIFICATION", "SERIOUS", "2025-08-21", null, "专项整治：讯问同步录音录像不完整"],
      ["CASE_QUALITY", "GENERAL", "2026-03-19", null, "案件质量评查：羁押必要性审查不及时"],
      ["OTHER_FINDING", "GENERAL", "2026-07-09", null, "司法办案场所管理不规范"],
    ] as const
  ).map(([kind, severity, on, department, title], i): Plan => ({
    key: `judicial:${i}`,
    category: "JUDICIAL",
    kind,
    severity,
    on,
    department: department ?? undefined,
    issuer: i % 3 === 1 ? CITY : "本院",
    docNo: `梁检案管〔${on.slice(0, 4)}〕${5 + i}号`,
    title,
    description: "经评查认定，已责令整改并跟踪落实。",
  })),
  {
    key: "draft:1",
    category: "COMMENDATION",
    kind: "PRAISE",
    level: "COURT",
    on: "2026-10-22",
    status: "DRAFT",
    title: "“奔跑吧，青春的力量！”徒步行组织工作，予以表扬",
  },
  {
    key: "revoked:1",
    category: "COMMENDATION",
    kind: "CITATION",
    level: "COURT",
    on: "2025-07-03",
    status: "REVOKED",
    revokeReason: "与梁检政〔2025〕41号重复登记，予以撤销",
    title: "专项执法检查工作，予以嘉奖",
  },
];

const DISCIPLINE: Plan[] = [
  {
    key: "discipline:1",
    category: "DISCIPLINE",
    kind: "REMINDER",
    on: "2025-10-16",
    title: "工作纪律提醒谈话",
    description: "多次未按规定时限录入案件信息，予以提醒谈话。",
  },
  {
    key: "discipline:2",
    category: "DISCIPLINE",
    kind: "ADMONITION",
    on: "2026-04-08",
    title: "诫勉",
    docNo: "梁检纪〔2026〕2号",
    description: "违反办案纪律，经党组研究予以诫勉。",
  },
  {
    key: "discipline:3",
    category: "DISCIPLINE",
    kind: "SANCTION",
    sanctionCategory: "GOV_WARNING",
    on: "2025-06-11",
    issuer: CITY,
    title: "政务处分",
    docNo: "锡检纪〔2025〕7号",
    description: "违反工作纪律，给予政务警告处分。",
  },
];

export const CONDUCT_PLANS: Plan[] = [
  ...REGIONAL,
  ...COURT_HONOURS,
  ...commendations(),
  ...OTHERS,
  ...DISCIPLINE,
];

export async function seedConduct(tx: Tx, org: Organisation) {
  const demo = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const rng = new Rng(SEED + 13);
  const byName = new Map(org.users.map((u) => [u.username, u]));
  const office = byName.get("zzc")!;
  const business = org.users.filter(
    (u) => u.roles.length > 0 && !u.roles.includes("SYS_ADMIN") && !u.roles.includes("AUDITOR"),
  );
  // Discipline only on ordinary colleagues: STAFF alone, no demo account, each once.
  const ordinary = rng.shuffle(
    business.filter((u) => !demo.has(u.username) && u.roles.every((r) => r === "STAFF")),
  );
  let nextOrdinary = 0;
  const pool = rng.shuffle(business.filter((u) => !demo.has(u.username)));
  let next = 0;
  const draw = (p: Plan): SeedUser =>
    p.username
      ? byName.get(p.username)!
      : p.category === "DISCIPLINE"
        ? ordinary[nextOrdinary++]
        : pool[next++ % pool.length];
  const deptByCode = new Map(org.departments.map((d) => [d.code, d]));
  const rows = CONDUCT_PLANS.map((p) => {
    const occurredOn = storyAt(p.on);
    const status = p.status ?? "CONFIRMED";
    const decidedAt = new Date(occurredOn.getTime() + 3 * 86_400_000 + 10 * 3_600_000);
    const department = p.department ? deptByCode.get(p.department)! : null;
    const person = department ? null : draw(p);
    return {
      id: stableId(`conduct:${p.key}`),
      category: p.category,
      kind: p.kind,
      severity: p.severity ?? null,
      honourTitle: p.honourTitle ?? null,
      level: p.level ?? null,
      occurredOn,
      issuer: p.issuer ?? "本院",
      ...storedContent({
        category: p.category,
        subjectUserId: person?.id ?? null,
        subjectDepartmentId: department?.id ?? null,
        title: p.title,
        docNo: p.docNo ?? null,
        description: p.description ?? null,
        sanctionCategory: p.sanctionCategory ?? null,
      }),
      status,
      confirmedById: status === "DRAFT" ? null : office.id,
      confirmedAt: status === "DRAFT" ? null : decidedAt,
      revokedById: status === "REVOKED" ? office.id : null,
      revokedAt: status === "REVOKED" ? new Date(decidedAt.getTime() + 20 * 86_400_000) : null,
      revokeReason: p.revokeReason ?? null,
      createdById: office.id,
      createdAt: occurredOn,
      updatedAt: decidedAt,
    };
  });
  await tx.conductRecord.createMany({ data: rows });
  const count = (f: (p: Plan) => boolean) => CONDUCT_PLANS.filter(f).length;
  return {
    total: rows.length,
    regional: REGIONAL.length,
    discipline: count((p) => p.category === "DISCIPLINE"),
    judicial: count((p) => p.category === "JUDICIAL"),
  };
}
