// The targets of `npm run bench` (scripts/bench.ts): every main page, one
// export, and the static floor they are compared with.
import fs from "node:fs";

import { createDbClient } from "../../lib/db-client";

// A path may name seeded records by placeholder, resolved from the bench
// database after seeding: {cycle:2026}, {sheet:staff1:2025}, {auto:staff1:2026}.
export type Target = { name: string; path: string; as?: string };
/** The server's own floor: a static JS chunk, served without a page or the database. */
export const FLOOR = "{floor}";
export const TARGETS: Target[] = [
  { name: "静态文件（基准）/_next/static/chunks/*.js", path: FLOOR },
  { name: "登录页 /login（匿名）", path: "/login" },
  { name: "首页 /（已登录：staff1）", path: "/", as: "staff1" },
  { name: "报告列表 /reports（zzc）", path: "/reports", as: "zzc" },
  { name: "报送情况 /reports/compliance（zzc）", path: "/reports/compliance", as: "zzc" },
  { name: "督办列表 /follow-ups（zzc）", path: "/follow-ups", as: "zzc" },
  { name: "晴雨表看板 /dashboard（leader）", path: "/dashboard", as: "leader" },
  { name: "分析报告列表 /analysis-reports（leader）", path: "/analysis-reports", as: "leader" },
  { name: "学习积分排名 /study/rankings（zzc）", path: "/study/rankings", as: "zzc" },
  {
    name: "分析报告 /analysis-reports/[id]（zzc，本季度草稿）",
    path: "/analysis-reports/{report:latest}",
    as: "zzc",
  },
  { name: "部门看板 /department（head1）", path: "/department", as: "head1" },
  { name: "我的 /me（staff1）", path: "/me", as: "staff1" },
  { name: "政治处工作台 /workbench（zzc）", path: "/workbench", as: "zzc" },
  { name: "考评控制台 /appraisal/[id]（zzc，打分中）", path: "/appraisal/{cycle:2026}", as: "zzc" },
  {
    name: "考评表 /appraisal/[id]/sheets/[id]（staff1，打分中·实时计算）",
    path: "/appraisal/{cycle:2026}/sheets/{sheet:staff1:2026}",
    as: "staff1",
  },
  {
    name: "考评表（staff1，已归档·快照）",
    path: "/appraisal/{cycle:2025}/sheets/{sheet:staff1:2025}",
    as: "staff1",
  },
  {
    name: "考评依据记录 evidence（staff1，打分中）",
    path: "/appraisal/{cycle:2026}/sheets/{sheet:staff1:2026}/evidence/{auto:2026}",
    as: "staff1",
  },
  {
    name: "导出 Excel：考评结果 XLSX（zzc，2025）",
    path: "/appraisal/{cycle:2025}/export/sheets",
    as: "zzc",
  },
];

/**
 * Replaces the placeholders of a target's path with ids read from the seeded
 * bench database (SQLite or PostgreSQL, through the app's own client), and
 * {floor} with a static JS chunk of the build.
 */
export async function resolvePath(url: string, path: string): Promise<string> {
  if (path === FLOOR) {
    const chunk = fs.readdirSync(".next/static/chunks").find((f) => f.endsWith(".js"));
    if (!chunk) throw new Error("no static chunk in .next/static/chunks");
    return `/_next/static/chunks/${chunk}`;
  }
  if (!path.includes("{")) return path;
  const { client: db } = createDbClient(url);
  try {
    const cycle = async (year: string) =>
      (
        await db.appraisalCycle.findFirstOrThrow({
          where: { year: Number(year) },
          orderBy: { createdAt: "asc" },
        })
      ).id;
    const parts = [...path.matchAll(/\{(cycle|sheet|auto|report):([^}:]+)(?::([^}]+))?\}/g)];
    let out = path;
    for (const [m, kind, a, b] of parts) {
      let id: string;
      if (kind === "cycle") id = await cycle(a);
      else if (kind === "auto")
        id = (
          await db.appraisalIndicator.findFirstOrThrow({
            where: { cycleId: await cycle(a), type: "AUTO" },
            orderBy: { position: "asc" },
          })
        ).id;
      else if (kind === "report")
        id = (
          await db.analysisReport.findFirstOrThrow({
            orderBy: { createdAt: a === "latest" ? "desc" : "asc" },
          })
        ).id;
      else
        id = (
          await db.appraisalSheet.findFirstOrThrow({
            where: { cycleId: await cycle(b!), user: { username: a } },
          })
        ).id;
      out = out.replace(m, id);
    }
    return out;
  } finally {
    await db.$disconnect();
  }
}
