import Link from "next/link";
import type { Metadata } from "next";
import { LogStatusBadge } from "@/components/study/log/log-labels";
import { MonthlyHours } from "@/components/study/mine-hours-chart";
import { PeriodSwitch } from "@/components/study/mine-period";
import { PointsBreakdownTable } from "@/components/study/points/points-breakdown";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { AttendanceHistoryTable } from "@/components/study/attendance-history";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission, type SessionUser } from "@/lib/auth/session";
import { page as pageField } from "@/lib/forms/fields";
import { formatDate } from "@/lib/format";
import { countMyLogsByStatus, listMyLogs, monthlyApprovedTenths } from "@/lib/study/log/queries";
import { logKindLabel } from "@/lib/study/log/schemas";
import { computePoints } from "@/lib/study/points/rules";
import { formatPoints, formatTenths } from "@/lib/study/units";
import { monthSpans } from "@/lib/study/periods";
import { shanghaiYear } from "@/lib/dates";
import { attendanceStatusLabel } from "@/lib/study/types";
import { countStudyFor, listAttendance, loadRules } from "@/lib/study/points/queries";
import { type Period } from "@/lib/study/periods";

export const metadata: Metadata = { title: "我的学习" };

type Search = Record<string, string | undefined>;
const ATTENDANCE_FILTERS = ["PRESENT", "LEAVE", "ABSENT", "NONE"] as const;

export default async function MyStudyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission(["study.log", "study.manage"], "/study");
  const sp = await searchParams;
  const now = new Date();
  const year = shanghaiYear(now);
  const all = sp.period === "all";
  const period: Period = { year: all ? null : year };
  const [rules, mine, thisYear, byStatus] = await Promise.all([
    loadRules(),
    countStudyFor(user.id, period),
    all ? countStudyFor(user.id, { year }) : null,
    countMyLogsByStatus(user),
  ]);
  const breakdown = computePoints(mine.counts, rules);
  const yearTenths = (thisYear ?? mine).counts.approvedTenths;
  const figures = [
    { label: all ? "累计学习积分" : `${year} 年学习积分`, value: formatPoints(breakdown.total), unit: "分", testId: "my-points" },
    { label: `${year} 年学习时长`, value: formatTenths(yearTenths), unit: "小时", testId: "my-year-hours", hint: "经审核通过" },
    { label: "待审核", value: String(byStatus.SUBMITTED ?? 0), unit: "条", href: "/study/log?status=SUBMITTED" },
    { label: "被退回待修改", value: String(byStatus.RETURNED ?? 0), unit: "条", href: "/study/log?status=RETURNED", warn: (byStatus.RETURNED ?? 0) > 0 },
  ];
  return (
    <>
      <PageHeader
        title="我的学习"
        description="学习积分、学习时长与学习记录。出席记录以组织者登记的考勤为准，学习日志经审核通过后计入。"
        actions={<Link href="/study/log#new" className={buttonClass.primary}>登记学习</Link>}
      />
      <div className="mb-4"><PeriodSwitch year={year} all={all} basePath="/study" /></div>
      <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-500">{f.label}</dt>
            <dd className={`mt-1 text-2xl font-bold ${f.warn ? "text-red-700" : "text-slate-900"}`}>
              {f.href ? <Link href={f.href} className="hover:underline">{f.value}</Link> : <span data-testid={f.testId}>{f.value}</span>}
              <span className="ml-1 text-sm font-normal text-slate-500">{f.unit}</span>
            </dd>
            {f.hint ? <dd className="text-xs text-slate-500">{f.hint}</dd> : null}
          </div>
        ))}
      </dl>
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title="积分明细" className="min-w-0">
          <PointsBreakdownTable
            caption={all ? "累计学习积分明细" : `${year} 年学习积分明细`}
            counts={mine.counts}
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
          <p className="mt-2 text-xs text-slate-500">分值由政治处在积分规则中设定，调整后积分随之重新计算。</p>
        </Card>
        <Card title={all ? "每月学习时长（近 24 个月）" : `${year} 年每月学习时长`} className="min-w-0">
          <MonthlyHoursCard user={user} all={all} now={now} />
        </Card>
      </div>
      <AttendanceHistory user={user} period={period} sp={sp} all={all} />
      <LogHistory user={user} period={period} sp={sp} all={all} />
    </>
  );
}

async function MonthlyHoursCard({ user, all, now }: { user: SessionUser; all: boolean; now: Date }) {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const from = all ? (m === 12 ? { y: y - 1, m: 1 } : { y: y - 2, m: m + 1 }) : { y, m: 1 };
  const months = await monthlyApprovedTenths(user.id, monthSpans(from.y, from.m, y, m));
  if (months.every((x) => x.tenths === 0)) return <EmptyState title="暂无审核通过的学习时长" hint="登记学习日志并经审核通过后，这里按月显示学习时长" />;
  return <MonthlyHours months={months} />;
}

/** /study with the period kept, an optional query and an anchor. */
function studyHref(all: boolean, query: string, hash: string): string {
  const qs = [all ? "period=all" : "", query].filter(Boolean).join("&");
  return `/study${qs ? `?${qs}` : ""}${hash}`;
}

async function AttendanceHistory({ user, period, sp, all }: { user: SessionUser; period: Period; sp: Search; all: boolean }) {
  const status = (ATTENDANCE_FILTERS as readonly string[]).includes(sp.astatus ?? "") ? sp.astatus : undefined;
  const pageNo = pageField.parse(sp.apage);
  const data = await listAttendance(user.id, period, pageNo, status);
  const label = (s: string) => (s === "NONE" ? "待登记" : attendanceStatusLabel(s));
  return (
    <section id="attendance" aria-labelledby="attendance-title" className="mb-4 scroll-mt-4">
      <Card title={<span id="attendance-title">学习活动记录</span>} actions={<Link href="/study/activities" className="text-sm text-brand-700 hover:underline">查看学习活动</Link>}>
        <nav aria-label="按出席情况筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
          {[undefined, ...ATTENDANCE_FILTERS].map((s) => (
            <Link key={s ?? "all"} href={studyHref(all, s ? `astatus=${s}` : "", "#attendance")} aria-current={status === s ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${status === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 text-slate-600 hover:bg-slate-50"}`}>
              {s ? label(s) : "全部"}
            </Link>
          ))}
        </nav>
        {data.rows.length === 0 ? (
          <EmptyState title="没有符合条件的学习活动记录" hint="政治处或支部组织学习活动并登记考勤后，您的出席情况会显示在这里" />
        ) : (
          <AttendanceHistoryTable rows={data.rows} caption="我参加的学习活动及出席情况" />
        )}
        <Pagination page={pageNo} pages={data.pages} total={data.total} basePath="/study" params={{ period: all ? "all" : undefined, astatus: status, lpage: sp.lpage }} pageParam="apage" hash="#attendance" />
      </Card>
    </section>
  );
}

async function LogHistory({ user, period, sp, all }: { user: SessionUser; period: Period; sp: Search; all: boolean }) {
  const pageNo = pageField.parse(sp.lpage);
  const data = await listMyLogs(user, { page: pageNo }, period, 10);
  return (
    <section id="logs" aria-labelledby="logs-title" className="scroll-mt-4">
      <Card title={<span id="logs-title">我的学习日志</span>} actions={<Link href="/study/log" className="text-sm text-brand-700 hover:underline">管理学习日志</Link>}>
        {data.rows.length === 0 ? (
          <EmptyState title={all ? "您还没有登记学习" : "本年度还没有登记学习"} hint={<Link href="/study/log#new" className="text-brand-700 hover:underline">去登记一条学习日志</Link>} />
        ) : (
          <Table caption="我的学习日志及审核状态">
            <thead><tr><Th>学习日期</Th><Th>类型</Th><Th className="min-w-40">学习内容</Th><Th>时长（小时）</Th><Th>状态</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                  <Td className="whitespace-nowrap">{logKindLabel(r.kind)}</Td>
                  <Td><Link href={`/study/log/${r.id}`} className="text-brand-700 hover:underline">{r.title}</Link></Td>
                  <Td className="tabular-nums">{formatTenths(r.tenths)}</Td>
                  <Td className="whitespace-nowrap"><LogStatusBadge status={r.status} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={pageNo} pages={data.pages} total={data.total} basePath="/study" params={{ period: all ? "all" : undefined, astatus: sp.astatus, apage: sp.apage }} pageParam="lpage" hash="#logs" />
      </Card>
    </section>
  );
}
