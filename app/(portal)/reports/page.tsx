import type { Metadata } from "next";
import Link from "next/link";

import { ReportFilters } from "@/components/reports/report-filters";
import { ReportTable } from "@/components/reports/report-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { listDepartmentOptions } from "@/lib/admin/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { monthLabel } from "@/lib/dates";
import { withParams } from "@/lib/list-sort";
import { reportSortDir } from "@/lib/reports/list";
import { listReports, listTopicOptions, readsAllDepartments } from "@/lib/reports/queries";
import { ReportListFilter } from "@/lib/reports/schemas";

export const metadata: Metadata = { title: "思想动态报告" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["report.readAll", "report.readSummary", "report.readDepartment"],
    "/reports",
  );
  const params = await searchParams;
  const f = ReportListFilter.parse(params);
  // The default order (newest first) marks no column.
  const sort = { key: f.sort ?? "", dir: reportSortDir(f) } as const;
  const all = readsAllDepartments(user);
  const submit = can(user.roles, "report.submit");
  const [data, departments, topics] = await Promise.all([
    listReports(user, f),
    all ? listDepartmentOptions() : Promise.resolve([]),
    listTopicOptions(),
  ]);
  const months =
    f.from && f.to && f.from <= f.to ? `${monthLabel(f.from)}至${monthLabel(f.to)}` : null;
  const actions = (
    <div className="flex flex-wrap gap-2">
      {submit ? (
        <Link href="/reports/new" className={buttonClass.primary}>
          填报思想动态报告
        </Link>
      ) : null}
      {can(user.roles, "report.compliance") ? (
        <Link href="/reports/compliance" className={buttonClass.secondary}>
          报送情况
        </Link>
      ) : null}
      {can(user.roles, "report.configure") ? (
        <Link href="/reports/settings" className={buttonClass.secondary}>
          周期与话题设置
        </Link>
      ) : null}
    </div>
  );
  return (
    <>
      <PageHeader
        title="思想动态报告"
        description={
          all
            ? "全院各部门信息员报送的定期报告与即时报告"
            : `${user.departmentName ?? ""}的定期报告与即时报告`
        }
        actions={actions}
      />
      <Card>
        <ReportFilters filter={f} departments={departments} topics={topics} all={all} />
        {f.from || f.to ? (
          <p className="mb-3 text-xs text-slate-500">
            {months
              ? `按月份：${months}已提交的报告（定期报告按所属月份，即时报告按提交时间）。`
              : "月份筛选需要同时填写起始和截止月份，且起始不晚于截止；当前未按月份筛选。"}
          </p>
        ) : null}
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 份报告</span>
          {data.total > 0 ? (
            <ExportButton href={`/reports/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={
              f.q || f.topicId || months || f.status || f.kind || f.departmentId
                ? "没有符合筛选条件的报告"
                : "暂无报告"
            }
            hint={submit ? "点击右上角“填报思想动态报告”开始填报" : "信息员提交报告后会出现在这里"}
          />
        ) : (
          <ReportTable rows={data.rows} showDepartment={all} sort={sort} params={params} />
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/reports"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            departmentId: f.departmentId,
            status: f.status,
            kind: f.kind,
            topicId: f.topicId,
            from: f.from,
            to: f.to,
          }}
        />
      </Card>
    </>
  );
}
