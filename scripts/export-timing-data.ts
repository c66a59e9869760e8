// The throw-away data of scripts/export-timing.ts: a department (its head and
// 40 people) with as many study-log entries and follow-ups as asked for, spread
// over two years in every state, and its removal (also of an aborted run's).
import type { Db } from "../lib/db-client";

const CODE = "EXPORT-TIMING";
const PEOPLE = 40;
const DAY = 86_400_000;

const TITLES = [
  "《习近平法治思想学习纲要》",
  "《中国共产党章程》",
  "《中国共产党纪律处分条例》",
  "《人民检察院刑事诉讼规则》",
  "学习强国：党的二十大精神专题",
  "中国检察教育培训网络学院：认罪认罚从宽制度适用",
  "干部网络学院：保密知识专题",
  "学习党章心得体会",
  "观看警示教育片有感",
  "参观无锡革命陈列馆",
];
const KINDS = ["READING", "READING", "ONLINE", "REFLECTION", "OTHER"];
const FOLLOW_UP_TITLES = [
  "落实季度思想动态报告整改意见",
  "组织部门干警集中谈心谈话",
  "督促完成年度学习积分",
  "跟进信访线索办理情况",
  "完成党组会议部署的队伍建设任务",
  "核实群众来信反映的问题",
];
const SOURCES = ["MANUAL", "MEETING", "DEPLOYMENT", "MAILBOX", "TALK", "CONSULTATION"];
const STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"];

export async function removeLeftovers(db: Db) {
  const dept = await db.department.findUnique({ where: { code: CODE }, select: { id: true } });
  if (!dept) return;
  await db.followUp.deleteMany({ where: { departmentId: dept.id } });
  await db.department.update({ where: { id: dept.id }, data: { headId: null } });
  // Their study logs and roles go with them (onDelete: Cascade).
  await db.user.deleteMany({ where: { username: { startsWith: "export-timing-" } } });
  await db.department.delete({ where: { id: dept.id } });
}

export async function setUp(db: Db) {
  const dept = await db.department.create({
    data: { name: "计时用部门（自动删除）", code: CODE, sortOrder: 999 },
  });
  const person = (i: number) => ({
    username: `export-timing-${i}`,
    realName: `计时干警${String(i).padStart(2, "0")}`,
    employeeNo: `ET${String(i).padStart(4, "0")}`,
    departmentId: dept.id,
    birthYear: 1970 + (i % 30),
    passwordHash: "!",
    mustChangePassword: false,
  });
  await db.user.createMany({ data: Array.from({ length: PEOPLE + 1 }, (_, i) => person(i)) });
  const users = await db.user.findMany({
    where: { username: { startsWith: "export-timing-" } },
    orderBy: { username: "asc" },
    select: { id: true, username: true, realName: true },
  });
  const head = users.find((u) => u.username === "export-timing-0")!;
  await db.roleAssignment.createMany({
    data: [
      { userId: head.id, role: "DEPT_HEAD" },
      ...users.map((u) => ({ userId: u.id, role: "STAFF" })),
    ],
  });
  await db.department.update({ where: { id: dept.id }, data: { headId: head.id } });
  return { dept, head, staff: users.filter((u) => u !== head) };
}

export type Setup = Awaited<ReturnType<typeof setUp>>;

/** Adds `n` study-log entries and `n` follow-ups, numbered from `from`, spread over two years. */
export async function addRows(db: Db, { dept, head, staff }: Setup, from: number, n: number) {
  const now = Date.now();
  for (let s = from; s < from + n; s += 1000) {
    const idx = Array.from({ length: Math.min(1000, from + n - s) }, (_, k) => s + k);
    await db.studyLog.createMany({
      data: idx.map((i) => {
        const created = new Date(now - ((i * 7919) % (730 * 24)) * 3_600_000);
        const status = i % 5 === 0 ? "SUBMITTED" : i % 23 === 0 ? "RETURNED" : "APPROVED";
        return {
          userId: staff[i % staff.length].id,
          kind: KINDS[i % KINDS.length],
          title: `${TITLES[i % TITLES.length]}（第${i + 1}次）`,
          studiedOn: new Date(created.getTime() - (i % 3) * DAY),
          tenths: 5 + (i % 36),
          reflection: "通过学习，进一步坚定了理想信念。",
          status,
          reviewedById: status === "SUBMITTED" ? null : head.id,
          reviewedAt: status === "SUBMITTED" ? null : new Date(created.getTime() + DAY),
          reviewComment: status === "RETURNED" ? "请补充学习心得的具体内容" : null,
          createdAt: created,
        };
      }),
    });
    await db.followUp.createMany({
      data: idx.map((i) => {
        const created = new Date(now - ((i * 7919) % (730 * 24)) * 3_600_000);
        const status = STATUSES[i % STATUSES.length];
        return {
          title: `${FOLLOW_UP_TITLES[i % FOLLOW_UP_TITLES.length]}（${i + 1}）`,
          sourceType: SOURCES[i % SOURCES.length],
          departmentId: dept.id,
          assigneeId: i % 9 === 0 ? null : staff[i % staff.length].id,
          dueDate: i % 4 === 0 ? null : new Date(created.getTime() + 30 * DAY),
          priority: ["LOW", "NORMAL", "NORMAL", "HIGH"][i % 4],
          status,
          resolvedAt: status === "RESOLVED" || status === "CLOSED" ? created : null,
          closedAt: status === "CLOSED" ? created : null,
          createdAt: created,
        };
      }),
    });
  }
}
