import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PointsBreakdownTable } from "@/components/study/points/points-breakdown";
import { RankingsFilter } from "@/components/study/rankings/rankings-filter";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { AttendanceHistoryTable } from "@/components/study/attendance-history";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { page as pageField } from "@/lib/forms/fields";
import { formatDate } from "@/lib/format";
import { listApprovedLogs } from "@/lib/study/log/queries";
import { logKindLabel } from "@/lib/study/log/schemas";
import { formatPoints, formatTenths } from "@/lib/study/units";
import { shanghaiYear } from "@/lib/dates";
import { listAttendance, studyYears } from "@/lib/study/points/queries";
import { loadPersonPoints } from "@/lib/study/rankings/queries";
import { parseRankingYear } from "@/lib/study/rankings/params";

export const metadata: Metadata = { title: "个人学习积分" };

export default async function PersonStudyPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
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
  const [attendance, logs] = await Promise.all([listAttendance(p.person.id, period, apage, "RECORDED"), listApprovedLogs(p.person.id, period, lpage)]);
  const yearParam = year === null ? "all" : year === current ? undefined : String(year);
  const base = `/study/rankings/${p.person.id}`;
  const periodText = year === null ? "全部年度" : `${year} 年`;
  const back = `/study/rankings${yearParam ? `?year=${yearParam}` : ""}`;
  return (
    <>
      <PageHeader
        title={`${p.person.realName}的学习积分`}
        description={`${p.person.department?.name ?? "未分配部门"}${p.person.position ? ` · ${p.person.position}` : ""} · ${periodText}${p.rank ? ` · 全院第 ${p.rank} 名（共 ${p.of} 人）` : ""}`}
        actions={<Link href={back} className="text-sm text-brand-700 hover:underline">返回学习排名</Link>}
      />
      <RankingsFilter years={years} year={year} basePath={base} />
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title={`积分明细：${formatPoints(p.breakdown.total)} 分`} className="min-w-0">
          <PointsBreakdownTable caption={`${p.person.realName} ${periodText}学习积分明细`} counts={p.counts} rules={p.rules} breakdown={p.breakdown}
            links={{ presentCore: "#attendance", presentOther: "#attendance", leave: "#attendance", absent: "#attendance", hours: "#logs", reflections: "#logs" }} />
        </Card>
        <Card title="学习时长（按类型）" className="min-w-0">
          {Object.keys(p.byKind).length === 0 ? <EmptyState title="该期间没有审核通过的学习日志" /> : (
            <Table caption="审核通过的学习时长，按学习类型">
              <thead><tr><Th>类型</Th><Th className="text-right">条数</Th><Th className="text-right">时长（小时）</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {Object.entries(p.byKind).map(([kind, v]) => (
                  <tr key={kind}><Td>{logKindLabel(kind)}</Td><Td className="text-right tabular-nums">{v.entries}</Td><Td className="text-right tabular-nums">{formatTenths(v.tenths)}</Td></tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
      <section id="attendance" aria-labelledby="att-title" className="mb-4 scroll-mt-4">
        <Card title={<span id="att-title">出席记录（已登记考勤）</span>}>
          {attendance.rows.length === 0 ? <EmptyState title="该期间没有已登记的出席记录" /> : (
            <AttendanceHistoryTable rows={attendance.rows} caption="已登记考勤的学习活动" />
          )}
          <Pagination page={apage} pages={attendance.pages} total={attendance.total} basePath={base} params={{ year: yearParam, lpage: sp.lpage }} pageParam="apage" hash="#attendance" />
        </Card>
      </section>
      <section id="logs" aria-labelledby="logs-title" className="scroll-mt-4">
        <Card title={<span id="logs-title">审核通过的学习日志</span>}>
          {logs.rows.length === 0 ? <EmptyState title="该期间没有审核通过的学习日志" /> : (
            <Table caption="审核通过的学习日志">
              <thead><tr><Th>学习日期</Th><Th>类型</Th><Th className="min-w-40">学习内容</Th><Th className="text-right">时长（小时）</Th><Th>审核</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {logs.rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                    <Td className="whitespace-nowrap">{logKindLabel(r.kind)}</Td>
                    <Td>{r.title}</Td>
                    <Td className="text-right tabular-nums">{formatTenths(r.tenths)}</Td>
                    <Td className="whitespace-nowrap text-xs text-slate-500">{r.reviewedBy?.realName ?? "—"} · {formatDate(r.reviewedAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={lpage} pages={logs.pages} total={logs.total} basePath={base} params={{ year: yearParam, apage: sp.apage }} pageParam="lpage" hash="#logs" />
        </Card>
      </section>
    </>
  );
}
