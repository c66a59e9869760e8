import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import {
  PersonAttendance,
  PersonLogs,
  PersonPoints,
} from "@/components/study/rankings/person-sections";
import { RankingsFilter } from "@/components/study/rankings/rankings-filter";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { page as pageField } from "@/lib/forms/fields";
import { listApprovedLogs } from "@/lib/study/log/queries";
import { listAttendance, studyYears } from "@/lib/study/points/queries";
import { parseRankingYear } from "@/lib/study/rankings/params";
import { loadPersonPoints } from "@/lib/study/rankings/queries";

export const metadata: Metadata = { title: "个人学习积分" };

export default async function PersonStudyPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requirePagePermission("study.rankings", "/study/rankings/[userId]");
  const [{ userId }, sp] = await Promise.all([params, searchParams]);
  const current = shanghaiYear();
  const years = await studyYears();
  const year = parseRankingYear(sp.year, years, current);
  const p = await loadPersonPoints(viewer, userId, year);
  if (!p) notFound();
  const period = { year };
  const apage = pageField.parse(sp.apage);
  const lpage = pageField.parse(sp.lpage);
  // Only recorded attendance counts; the list shows exactly those rows.
  const [attendance, logs] = await Promise.all([
    listAttendance(p.person.id, period, apage, "RECORDED"),
    listApprovedLogs(p.person.id, period, lpage),
  ]);
  const yearParam = year === null ? "all" : year === current ? undefined : String(year);
  const base = `/study/rankings/${p.person.id}`;
  const periodText = year === null ? "全部年度" : `${year} 年`;
  return (
    <>
      <PageHeader
        title={`${p.person.realName}的学习积分`}
        description={`${p.person.department?.name ?? "未分配部门"}${p.person.position ? ` · ${p.person.position}` : ""} · ${periodText}${p.rank ? ` · 全院第 ${p.rank} 名（共 ${p.of} 人）` : ""}`}
        actions={
          <Link
            href={`/study/rankings${yearParam ? `?year=${yearParam}` : ""}`}
            className="text-sm text-brand-700 hover:underline"
          >
            返回学习排名
          </Link>
        }
      />
      <RankingsFilter years={years} year={year} current={current} basePath={base} />
      <PersonPoints p={p} periodText={periodText} />
      <PersonAttendance
        attendance={attendance}
        links={{ page: apage, basePath: base, params: { year: yearParam, lpage: sp.lpage } }}
      />
      <PersonLogs
        logs={logs}
        links={{ page: lpage, basePath: base, params: { year: yearParam, apage: sp.apage } }}
      />
    </>
  );
}
