// The sections of one person's page under the rankings: points and hours by
// kind, their recorded attendance, and their approved study log.
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { listApprovedLogs } from "@/lib/study/log/queries";
import { logKindLabel } from "@/lib/study/log/schemas";
import type { listAttendance } from "@/lib/study/points/queries";
import type { loadPersonPoints } from "@/lib/study/rankings/queries";
import { formatPoints, formatTenths } from "@/lib/study/units";

import { AttendanceHistoryTable } from "../attendance-history";
import { PointsBreakdownTable } from "../points/points-breakdown";

type PersonPoints = NonNullable<Awaited<ReturnType<typeof loadPersonPoints>>>;
type Paged<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
/** Where a section's pagination links go: the page, the year, and the other section's page. */
type PageLinks = { page: number; basePath: string; params: Record<string, string | undefined> };

export function PersonPoints({ p, periodText }: { p: PersonPoints; periodText: string }) {
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2">
      <Card title={`积分明细：${formatPoints(p.breakdown.total)} 分`} className="min-w-0">
        <PointsBreakdownTable
          caption={`${p.person.realName} ${periodText}学习积分明细`}
          counts={p.counts}
          rules={p.rules}
          breakdown={p.breakdown}
          links={{
            presentCore: "#attendance",
            presentOther: "#attendance",
            leave: "#attendance",
            absent: "#attendance",
            hours: "#logs",
            reflections: "#logs",
          }}
        />
      </Card>
      <Card title="学习时长（按类型）" className="min-w-0">
        {Object.keys(p.byKind).length === 0 ? (
          <EmptyState title="该期间没有审核通过的学习日志" />
        ) : (
          <Table caption="审核通过的学习时长，按学习类型">
            <thead>
              <tr>
                <Th>类型</Th>
                <Th className="text-right">条数</Th>
                <Th className="text-right">时长（小时）</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {Object.entries(p.byKind).map(([kind, v]) => (
                <tr key={kind}>
                  <Td>{logKindLabel(kind)}</Td>
                  <Td className="text-right tabular-nums">{v.entries}</Td>
                  <Td className="text-right tabular-nums">{formatTenths(v.tenths)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}

export function PersonAttendance({
  attendance,
  links,
}: {
  attendance: Paged<typeof listAttendance>;
  links: PageLinks;
}) {
  return (
    <section id="attendance" aria-labelledby="att-title" className="mb-4 scroll-mt-4">
      <Card title={<span id="att-title">出席记录（已登记考勤）</span>}>
        {attendance.rows.length === 0 ? (
          <EmptyState title="该期间没有已登记的出席记录" />
        ) : (
          <AttendanceHistoryTable rows={attendance.rows} caption="已登记考勤的学习活动" />
        )}
        <Pagination
          page={links.page}
          pages={attendance.pages}
          total={attendance.total}
          basePath={links.basePath}
          params={links.params}
          pageParam="apage"
          hash="#attendance"
          label="出席记录"
        />
      </Card>
    </section>
  );
}

export function PersonLogs({
  logs,
  links,
}: {
  logs: Paged<typeof listApprovedLogs>;
  links: PageLinks;
}) {
  return (
    <section id="logs" aria-labelledby="logs-title" className="scroll-mt-4">
      <Card title={<span id="logs-title">审核通过的学习日志</span>}>
        {logs.rows.length === 0 ? (
          <EmptyState title="该期间没有审核通过的学习日志" />
        ) : (
          <Table caption="审核通过的学习日志">
            <thead>
              <tr>
                <Th>学习日期</Th>
                <Th>类型</Th>
                <Th className="min-w-40">学习内容</Th>
                <Th className="text-right">时长（小时）</Th>
                <Th>审核</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {logs.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{formatDate(r.studiedOn)}</Td>
                  <Td className="whitespace-nowrap">{logKindLabel(r.kind)}</Td>
                  <Td>{r.title}</Td>
                  <Td className="text-right tabular-nums">{formatTenths(r.tenths)}</Td>
                  <Td className="text-xs whitespace-nowrap text-slate-500">
                    {r.reviewedBy?.realName ?? "—"} · {formatDate(r.reviewedAt)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={links.page}
          pages={logs.pages}
          total={logs.total}
          basePath={links.basePath}
          params={links.params}
          pageParam="lpage"
          hash="#logs"
          label="审核通过的学习日志"
        />
      </Card>
    </section>
  );
}
