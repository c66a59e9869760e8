// The two cards of /study/rankings: departments by points per head, and
// people (the whole 院, or one department) with their 院-wide rank. Each is
// paged on its own (?dpage=, ?page=), the other's page kept in its links;
// the viewer's own row and department are marked.
import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { loadRankings } from "@/lib/study/rankings/queries";
import { formatPoints, formatTenths } from "@/lib/study/units";

import { RankingBars } from "./rankings-chart";
import { rankingsQuery } from "./rankings-filter";

type Rankings = NonNullable<Awaited<ReturnType<typeof loadRankings>>>;
/** One page of a ranking (lib/batches.ts pageOf). */
type Paged<T> = { rows: T[]; page: number; pages: number; total: number };
const MINE = "bg-amber-50";

export function DepartmentRanking({
  departments,
  dept,
  mine,
  peoplePage,
  periodText,
  yearParam,
}: {
  departments: Paged<Rankings["departments"][number]>;
  dept?: string;
  /** The viewer's own department. */
  mine?: string | null;
  /** The people list's page, kept in this list's page links. */
  peoplePage: number;
  periodText: string;
  yearParam?: string;
}) {
  const rows = departments.rows;
  return (
    <Card title="部门排名（按人均积分）" className="min-w-0">
      {rows.length === 0 ? (
        <EmptyState title="暂无部门数据" />
      ) : (
        <>
          <RankingBars
            data={rows.map((d) => ({
              name: d.name,
              value: Number(formatPoints(d.perCapita)),
            }))}
            unit=" 分"
            label="人均积分"
          />
          <Table caption={`${periodText}部门学习积分排名，按人均积分从高到低`}>
            <thead>
              <tr>
                <Th>排名</Th>
                <Th>部门</Th>
                <Th className="text-right">人数</Th>
                <Th className="text-right">总积分</Th>
                <Th className="text-right">人均积分</Th>
                <Th className="text-right">学习时长（小时）</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((d) => (
                <tr
                  key={d.id}
                  className={d.id === dept ? "bg-brand-50" : d.id === mine ? MINE : undefined}
                >
                  <Td className="tabular-nums">{d.rank}</Td>
                  <Td className="whitespace-nowrap">{d.name}</Td>
                  <Td className="text-right tabular-nums">{d.members}</Td>
                  <Td className="text-right tabular-nums">
                    <Link
                      href={`/study/rankings${rankingsQuery(yearParam, { dept: d.id, dpage: departments.page > 1 ? String(departments.page) : undefined })}#people`}
                      className="text-brand-700 hover:underline"
                      aria-label={`${d.name}总积分 ${formatPoints(d.total)}，查看该部门人员`}
                    >
                      {formatPoints(d.total)}
                    </Link>
                  </Td>
                  <Td className="text-right font-medium tabular-nums">
                    {formatPoints(d.perCapita)}
                  </Td>
                  <Td className="text-right tabular-nums">{formatTenths(d.tenths)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      <Pagination
        label="部门排名"
        page={departments.page}
        pages={departments.pages}
        total={departments.total}
        basePath="/study/rankings"
        params={{
          year: yearParam,
          dept,
          page: peoplePage > 1 ? String(peoplePage) : undefined,
        }}
        pageParam="dpage"
      />
    </Card>
  );
}

export function PeopleRanking({
  people,
  dept,
  me,
  deptPage,
  periodText,
  yearParam,
}: {
  people: Paged<Rankings["people"][number]>;
  dept?: { id: string; name: string };
  /** The viewer's own id. */
  me: string;
  /** The department list's page, kept in this list's page links. */
  deptPage: number;
  periodText: string;
  yearParam?: string;
}) {
  const shown = people.rows;
  return (
    <section id="people" aria-labelledby="people-title" className="min-w-0 scroll-mt-4">
      <Card
        title={<span id="people-title">个人排名{dept ? ` · ${dept.name}` : ""}</span>}
        actions={
          dept ? (
            <Link
              href={`/study/rankings${rankingsQuery(yearParam)}#people`}
              className="text-sm text-brand-700 hover:underline"
            >
              查看全院
            </Link>
          ) : null
        }
      >
        {shown.length === 0 ? (
          <EmptyState title="暂无人员" />
        ) : (
          <>
            {people.page === 1 ? (
              <RankingBars
                data={shown
                  .slice(0, 10)
                  .map((p) => ({ name: p.name, value: Number(formatPoints(p.points)) }))}
                unit=" 分"
                label="积分"
              />
            ) : null}
            <Table
              caption={`${periodText}${dept ? dept.name : "全院"}个人学习积分排名（名次为全院名次），并列同分同名次`}
            >
              <thead>
                <tr>
                  <Th>名次</Th>
                  <Th>姓名</Th>
                  <Th>部门</Th>
                  <Th className="text-right">积分</Th>
                  <Th className="text-right">出席</Th>
                  <Th className="text-right">学习时长（小时）</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((p) => {
                  const detail = `/study/rankings/${p.id}${rankingsQuery(yearParam)}`;
                  return (
                    <tr
                      key={p.id}
                      className={p.id === me ? MINE : undefined}
                      aria-current={p.id === me ? "true" : undefined}
                    >
                      <Td className="tabular-nums">{p.rank}</Td>
                      <Td className="whitespace-nowrap">
                        <Link href={detail} className="text-brand-700 hover:underline">
                          {p.name}
                        </Link>
                      </Td>
                      <Td className="text-xs whitespace-nowrap text-slate-600">
                        {p.departmentName}
                      </Td>
                      <Td className="text-right font-medium tabular-nums">
                        <Link href={detail} className="hover:underline">
                          {formatPoints(p.points)}
                        </Link>
                      </Td>
                      <Td className="text-right tabular-nums">
                        <Link href={`${detail}#attendance`} className="hover:underline">
                          {p.counts.presentCore + p.counts.presentOther}
                        </Link>
                      </Td>
                      <Td className="text-right tabular-nums">
                        <Link href={`${detail}#logs`} className="hover:underline">
                          {formatTenths(p.tenths)}
                        </Link>
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </>
        )}
        <Pagination
          label="个人排名"
          page={people.page}
          pages={people.pages}
          total={people.total}
          basePath="/study/rankings"
          params={{
            year: yearParam,
            dept: dept?.id,
            dpage: deptPage > 1 ? String(deptPage) : undefined,
          }}
          hash="#people"
        />
      </Card>
    </section>
  );
}
