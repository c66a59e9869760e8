import Link from "next/link";
import type { Metadata } from "next";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { listReports, listTopicOptions } from "@/lib/reports/queries";
import { monthLabel } from "@/lib/dates";
import { REPORT_STATUS_LABELS, ReportListFilter, STABILITY_LABELS } from "@/lib/reports/schemas";
import { formatDate, formatDateTime } from "@/lib/format";
import { REPORT_STATUS_TONES } from "@/components/reports/tones";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { title: "思想动态报告" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission(["report.readAll", "report.readDepartment"], "/reports");
  const f = ReportListFilter.parse(await searchParams);
  const all = can(user.roles, "report.readAll");
  const [data, departments, topics] = await Promise.all([listReports(user, f), all ? listDepartmentOptions() : Promise.resolve([]), listTopicOptions()]);
  const months = f.from && f.to && f.from <= f.to ? `${monthLabel(f.from)}至${monthLabel(f.to)}` : null;
  const actions = (
    <div className="flex flex-wrap gap-2">
      {can(user.roles, "report.submit") ? <Link href="/reports/new" className={buttonClass.primary}>填报思想动态报告</Link> : null}
      {all ? <Link href="/reports/compliance" className={buttonClass.secondary}>报送情况</Link> : null}
      {can(user.roles, "report.configure") ? <Link href="/reports/settings" className={buttonClass.secondary}>周期与话题设置</Link> : null}
    </div>
  );
  return (
    <>
      <PageHeader title="思想动态报告" description={all ? "全院各部门信息员报送的定期报告与即时报告" : `${user.departmentName ?? ""}的定期报告与即时报告`} actions={actions} />
      <Card>
        <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search">
          {all ? (
            <label className="text-sm">
              <span className="mb-1 block text-slate-600">部门</span>
              <select name="departmentId" defaultValue={f.departmentId ?? ""} className={inputClass}>
                <option value="">全部部门</option>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            </label>
          ) : null}
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">状态</span>
            <select name="status" defaultValue={f.status ?? ""} className={inputClass}>
              <option value="">全部</option>
              {Object.entries(REPORT_STATUS_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">类型</span>
            <select name="kind" defaultValue={f.kind ?? ""} className={inputClass}>
              <option value="">全部</option>
              <option value="PERIODIC">定期报告</option>
              <option value="ADHOC">即时报告</option>
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">热点话题</span>
            <select name="topicId" defaultValue={f.topicId ?? ""} className={inputClass}>
              <option value="">全部</option>
              {topics.map((t) => <option key={t.id} value={t.id}>{t.name}{t.active ? "" : "（已停用）"}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">起始月份</span>
            <input type="month" name="from" defaultValue={f.from ?? ""} className={inputClass} />
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">截止月份</span>
            <input type="month" name="to" defaultValue={f.to ?? ""} className={inputClass} />
          </label>
          <div className="flex items-end gap-2">
            <button className={buttonClass.secondary} type="submit">筛选</button>
            <Link href="/reports" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link>
          </div>
        </form>
        {f.from || f.to ? (
          <p className="mb-3 text-xs text-slate-500">
            {months
              ? `按月份：${months}已提交的报告（定期报告按所属月份，即时报告按提交时间）。`
              : "月份筛选需要同时填写起始和截止月份，且起始不晚于截止；当前未按月份筛选。"}
          </p>
        ) : null}
        {data.rows.length === 0 ? (
          <EmptyState title={f.topicId || months || f.status || f.kind || f.departmentId ? "没有符合筛选条件的报告" : "暂无报告"} hint={can(user.roles, "report.submit") ? "点击右上角“填报思想动态报告”开始填报" : "信息员提交报告后会出现在这里"} />
        ) : (
          <Table caption="思想动态报告列表">
            <thead><tr><Th>周期 / 标题</Th>{all ? <Th>部门</Th> : null}<Th>情绪</Th><Th>稳定性</Th><Th>关注人员</Th><Th>状态</Th><Th>提交时间</Th><Th>信息员</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => {
                const late = r.period && r.firstSubmittedAt && r.firstSubmittedAt > r.period.dueAt;
                return (
                  <tr key={r.id}>
                    <Td>
                      <Link href={`/reports/${r.id}`} className="font-medium text-brand-700 hover:underline">{r.kind === "ADHOC" ? `即时报告：${r.title}` : r.period?.label}</Link>
                      {r.period ? <span className="block text-xs text-slate-500">截止 {formatDate(r.period.dueAt)}</span> : null}
                    </Td>
                    {all ? <Td>{r.department.name}</Td> : null}
                    <Td>{r.mood} / 5</Td>
                    <Td>{STABILITY_LABELS[r.stability as keyof typeof STABILITY_LABELS] ?? r.stability}</Td>
                    <Td>{r._count.concerns > 0 ? <Badge tone="amber">{r._count.concerns} 人</Badge> : "—"}</Td>
                    <Td><span className="flex flex-wrap gap-1"><StatusBadge status={r.status} labels={REPORT_STATUS_LABELS} tones={REPORT_STATUS_TONES} />{late ? <Badge tone="amber">迟报</Badge> : null}</span></Td>
                    <Td className="whitespace-nowrap text-xs">{formatDateTime(r.submittedAt)}</Td>
                    <Td>{r.author.realName}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <Pagination page={f.page} pages={data.pages} total={data.total} basePath="/reports" params={{ departmentId: f.departmentId, status: f.status, kind: f.kind, topicId: f.topicId, from: f.from, to: f.to }} />
      </Card>
    </>
  );
}
