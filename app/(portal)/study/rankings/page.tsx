import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RankingBars } from "@/components/study/rankings/rankings-chart";
import { RankingsFilter } from "@/components/study/rankings/rankings-filter";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { page as pageField } from "@/lib/forms/fields";
import { formatPoints, formatTenths } from "@/lib/study/units";
import { shanghaiYear } from "@/lib/dates";
import { studyYears } from "@/lib/study/points/queries";
import { loadRankings, RANKING_PER_PAGE } from "@/lib/study/rankings/queries";
import { parseRankingYear } from "@/lib/study/rankings/params";

export const metadata: Metadata = { title: "学习排名" };

export default async function StudyRankingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission("study.rankings", "/study/rankings");
  const sp = await searchParams;
  const current = shanghaiYear();
  const years = await studyYears();
  const year = parseRankingYear(sp.year, years, current);
  const data = await loadRankings(user, year);
  if (!data) notFound();
  const dept = data.departments.find((d) => d.id === sp.dept);
  const people = dept ? data.people.filter((p) => p.departmentId === dept.id) : data.people;
  const pageNo = Math.min(pageField.parse(sp.page), Math.max(1, Math.ceil(people.length / RANKING_PER_PAGE)));
  const shown = people.slice((pageNo - 1) * RANKING_PER_PAGE, pageNo * RANKING_PER_PAGE);
  const yearParam = year === null ? "all" : year === current ? undefined : String(year);
  const qs = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ year: yearParam, ...extra })) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `?${s}` : "";
  };
  const periodText = year === null ? "全部年度" : `${year} 年`;
  return (
    <>
      <PageHeader title="学习排名" description={`${periodText}学习积分排名：按个人和部门。积分 = 出席活动 + 审核通过的学习时长与心得体会，分值见积分规则。`} />
      <RankingsFilter years={years} year={year} basePath="/study/rankings" departments={data.departments.map((d) => ({ id: d.id, name: d.name }))} dept={dept?.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="部门排名（按人均积分）" className="min-w-0">
          {data.departments.length === 0 ? <EmptyState title="暂无部门数据" /> : (
            <>
              <RankingBars data={data.departments.map((d) => ({ name: d.name, value: Number(formatPoints(d.perCapita)) }))} unit=" 分" label="人均积分" />
              <Table caption={`${periodText}部门学习积分排名，按人均积分从高到低`}>
                <thead><tr><Th>排名</Th><Th>部门</Th><Th className="text-right">人数</Th><Th className="text-right">总积分</Th><Th className="text-right">人均积分</Th><Th className="text-right">学习时长（小时）</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {data.departments.map((d) => (
                    <tr key={d.id} className={d.id === dept?.id ? "bg-brand-50" : undefined}>
                      <Td className="tabular-nums">{d.rank}</Td>
                      <Td className="whitespace-nowrap">{d.name}</Td>
                      <Td className="text-right tabular-nums">{d.members}</Td>
                      <Td className="text-right tabular-nums"><Link href={`/study/rankings${qs({ dept: d.id })}#people`} className="text-brand-700 hover:underline" aria-label={`${d.name}总积分 ${formatPoints(d.total)}，查看该部门人员`}>{formatPoints(d.total)}</Link></Td>
                      <Td className="text-right tabular-nums font-medium">{formatPoints(d.perCapita)}</Td>
                      <Td className="text-right tabular-nums">{formatTenths(d.tenths)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
        </Card>
        <section id="people" aria-labelledby="people-title" className="min-w-0 scroll-mt-4">
          <Card
            title={<span id="people-title">个人排名{dept ? ` · ${dept.name}` : ""}</span>}
            actions={dept ? <Link href={`/study/rankings${qs({})}#people`} className="text-sm text-brand-700 hover:underline">查看全院</Link> : null}
          >
            {shown.length === 0 ? <EmptyState title="暂无人员" /> : (
              <>
                {pageNo === 1 ? <RankingBars data={shown.slice(0, 10).map((p) => ({ name: p.name, value: Number(formatPoints(p.points)) }))} unit=" 分" label="积分" /> : null}
                <Table caption={`${periodText}${dept ? dept.name : "全院"}个人学习积分排名（名次为全院名次），并列同分同名次`}>
                  <thead><tr><Th>名次</Th><Th>姓名</Th><Th>部门</Th><Th className="text-right">积分</Th><Th className="text-right">出席</Th><Th className="text-right">学习时长（小时）</Th></tr></thead>
                  <tbody className="divide-y divide-slate-100">
                    {shown.map((p) => {
                      const detail = `/study/rankings/${p.id}${qs({})}`;
                      return (
                        <tr key={p.id}>
                          <Td className="tabular-nums">{p.rank}</Td>
                          <Td className="whitespace-nowrap"><Link href={detail} className="text-brand-700 hover:underline">{p.name}</Link></Td>
                          <Td className="whitespace-nowrap text-xs text-slate-600">{p.departmentName}</Td>
                          <Td className="text-right tabular-nums font-medium"><Link href={detail} className="hover:underline">{formatPoints(p.points)}</Link></Td>
                          <Td className="text-right tabular-nums"><Link href={`${detail}#attendance`} className="hover:underline">{p.counts.presentCore + p.counts.presentOther}</Link></Td>
                          <Td className="text-right tabular-nums"><Link href={`${detail}#logs`} className="hover:underline">{formatTenths(p.tenths)}</Link></Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </>
            )}
            <Pagination page={pageNo} pages={Math.max(1, Math.ceil(people.length / RANKING_PER_PAGE))} total={people.length} basePath="/study/rankings" params={{ year: yearParam, dept: dept?.id }} hash="#people" />
          </Card>
        </section>
      </div>
    </>
  );
}
