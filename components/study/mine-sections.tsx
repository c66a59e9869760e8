// The sections of 我的学习 (/study): the headline figures, the points card,
// monthly hours, and the person's attendance and log histories. Server
// components; each reads only the viewer's own records.
import Link from "next/link";

import { LOG_STATUS_TONES } from "@/components/study/tones";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { shanghaiYearMonth } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { page as pageField } from "@/lib/forms/fields";
import { listMyLogs, monthlyApprovedTenths } from "@/lib/study/log/queries";
import { LOG_STATUS_LABELS, logKindLabel } from "@/lib/study/log/schemas";
import { monthSpans, type Period } from "@/lib/study/periods";
import { listAttendance } from "@/lib/study/points/queries";
import type { PointsBreakdown, Rules, StudyCounts } from "@/lib/study/points/rules";
import { attendanceStatusLabel } from "@/lib/study/types";
import { formatPoints, formatTenths } from "@/lib/study/units";

import { AttendanceHistoryTable } from "./attendance-history";
import { MonthlyHours } from "./mine-hours-chart";
import { PointsBreakdownTable } from "./points/points-breakdown";

export type Search = Record<string, string | undefined>;
const ATTENDANCE_FILTERS = ["PRESENT", "LEAVE", "ABSENT", "NONE"] as const;
// The page's two lists page apart, each with its own named landmark.
const ATTENDANCE_PAGES = { pageParam: "apage", hash: "#attendance", label: "学习活动记录" };
const LOG_PAGES = { pageParam: "lpage", hash: "#logs", label: "我的学习日志" };

/** Points of the period, this year's approved hours, and the entries waiting on review or on the owner. */
export function MyStudyFigures({
  year,
  all,
  points,
  yearTenths,
  byStatus,
}: {
  year: number;
  all: boolean;
  points: number;
  yearTenths: number;
  byStatus: Record<string, number>;
}) {
  const figures = [
    {
      label: all ? "累计学习积分" : `${year} 年学习积分`,
      value: formatPoints(points),
      unit: "分",
      testId: "my-points",
    },
    {
      label: `${year} 年学习时长`,
      value: formatTenths(yearTenths),
      unit: "小时",
      testId: "my-year-hours",
      hint: "经审核通过",
    },
    {
      label: "待审核",
      value: String(byStatus.SUBMITTED ?? 0),
      unit: "条",
      href: "/study/log?status=SUBMITTED",
    },
    {
      label: "被退回待修改",
      value: String(byStatus.RETURNED ?? 0),
      unit: "条",
      href: "/study/log?status=RETURNED",
      warn: (byStatus.RETURNED ?? 0) > 0,
    },
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-500">{f.label}</dt>
          <dd className={`mt-1 text-2xl font-bold ${f.warn ? "text-red-700" : "text-slate-900"}`}>
            {f.href ? (
              <Link href={f.href} className="hover:underline">
                {f.value}
              </Link>
            ) : (
              <span data-testid={f.testId}>{f.value}</span>
            )}
            <span className="ml-1 text-sm font-normal text-slate-500">{f.unit}</span>
          </dd>
          {f.hint ? <dd className="text-xs text-slate-500">{f.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

/** The points breakdown, each line linking to the records behind it. */
export function MyPointsCard({
  year,
  all,
  counts,
  rules,
  breakdown,
}: {
  year: number;
  all: boolean;
  counts: StudyCounts;
  rules: Rules;
  breakdown: PointsBreakdown;
}) {
  return (
    <Card title="积分明细" className="min-w-0">
      <PointsBreakdownTable
        caption={all ? "累计学习积分明细" : `${year} 年学习积分明细`}
        counts={counts}
        rules={rules}
        breakdown={breakdown}
        links={{
          presentCore: studyHref(all, "astatus=PRESENT", "#attendance"),
          presentOther: studyHref(all, "astatus=PRESENT", "#attendance"),
          leave: studyHref(all, "astatus=LEAVE", "#attendance"),
          absent: studyHref(all, "astatus=ABSENT", "#attendance"),
          hours: studyHref(all, "", "#logs"),
          reflections: studyHref(all, "", "#logs"),
        }}
      />
      <p className="mt-2 text-xs text-slate-500">
        分值由政治处在积分规则中设定，调整后积分随之重新计算。
      </p>
    </Card>
  );
}

export async function MonthlyHoursCard({
  user,
  all,
  now,
}: {
  user: SessionUser;
  all: boolean;
  now: Date;
}) {
  const { year: y, month0 } = shanghaiYearMonth(now);
  const m = month0 + 1;
  const from = all ? (m === 12 ? { y: y - 1, m: 1 } : { y: y - 2, m: m + 1 }) : { y, m: 1 };
  const months = await monthlyApprovedTenths(user.id, monthSpans(from.y, from.m, y, m));
  if (months.every((x) => x.tenths === 0))
    return (
      <EmptyState
        title="暂无审核通过的学习时长"
        hint="登记学习日志并经审核通过后，这里按月显示学习时长"
      />
    );
  return <MonthlyHours months={months} />;
}

/** /study with the period kept, an optional query and an anchor. */
function studyHref(all: boolean, query: string, hash: string): string {
  const qs = [all ? "period=all" : "", query].filter(Boolean).join("&");
  return `/study${qs ? `?${qs}` : ""}${hash}`;
}

export async function MyAttendanceSection({
  user,
  period,
  sp,
  all,
}: {
  user: SessionUser;
  period: Period;
  sp: Search;
  all: boolean;
}) {
  const status = (ATTENDANCE_FILTERS as readonly string[]).includes(sp.astatus ?? "")
    ? sp.astatus
    : undefined;
  const pageNo = pageField.parse(sp.apage);
  const data = await listAttendance(user.id, period, pageNo, status);
  const label = (s: string) => (s === "NONE" ? "待登记" : attendanceStatusLabel(s));
  return (
    <section id="attendance" aria-labelledby="attendance-title" className="mb-4 scroll-mt-4">
      <Card
        title={<span id="attendance-title">学习活动记录</span>}
        actions={
          <Link href="/study/activities" className="text-sm text-brand-700 hover:underline">
            查看学习活动
          </Link>
        }
      >
        <nav aria-label="按出席情况筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
          {[undefined, ...ATTENDANCE_FILTERS].map((s) => (
            <Link
              key={s ?? "all"}
              href={studyHref(all, s ? `astatus=${s}` : "", "#attendance")}
              aria-current={status === s ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${status === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 text-slate-600 hover:bg-slate-50"}`}
            >
              {s ? label(s) : "全部"}
            </Link>
          ))}
        </nav>
        {data.rows.length === 0 ? (
          <EmptyState
            title="没有符合条件的学习活动记录"
            hint="政治处或支部组织学习活动并登记考勤后，您的出席情况会显示在这里"
          />
        ) : (
          <AttendanceHistoryTable rows={data.rows} caption="我参加的学习活动及出席情况" />
        )}
        <Pagination
          page={pageNo}
          pages={data.pages}
          total={data.total}
          basePath="/study"
          params={{ period: all ? "all" : undefined, astatus: status, lpage: sp.lpage }}
          {...ATTENDANCE_PAGES}
        />
      </Card>
    </section>
  );
}

export async function MyLogSection({
  user,
  period,
  sp,
  all,
}: {
  user: SessionUser;
  period: Period;
  sp: Search;
  all: boolean;
}) {
  const pageNo = pageField.parse(sp.lpage);
  const data = await listMyLogs(user, { page: pageNo }, period, 10);
  return (
    <section id="logs" aria-labelledby="logs-title" className="scroll-mt-4">
      <Card
        title={<span id="logs-title">我的学习日志</span>}
        actions={
          <Link href="/study/log" className="text-sm text-brand-700 hover:underline">
            管理学习日志
          </Link>
        }
      >
        {data.rows.length === 0 ? (
          <EmptyState
            title={all ? "您还没有登记学习" : "本年度还没有登记学习"}
            hint={
              <Link href="/study/log#new" className="text-brand-700 hover:underline">
                去登记一条学习日志
              </Link>
            }
          />
        ) : (
          <Table caption="我的学习日志及审核状态">
            <thead>
              <tr>
                <Th>学习日期</Th>
                <Th>类型</Th>
                <Th className="min-w-40">学习内容</Th>
                <Th>时长（小时）</Th>
                <Th>状态</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                  <Td className="whitespace-nowrap">{logKindLabel(r.kind)}</Td>
                  <Td>
                    <Link href={`/study/log/${r.id}`} className="text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                  </Td>
                  <Td className="tabular-nums">{formatTenths(r.tenths)}</Td>
                  <Td className="whitespace-nowrap">
                    <StatusBadge
                      status={r.status}
                      labels={LOG_STATUS_LABELS}
                      tones={LOG_STATUS_TONES}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={pageNo}
          pages={data.pages}
          total={data.total}
          basePath="/study"
          params={{ period: all ? "all" : undefined, astatus: sp.astatus, apage: sp.apage }}
          {...LOG_PAGES}
        />
      </Card>
    </section>
  );
}
