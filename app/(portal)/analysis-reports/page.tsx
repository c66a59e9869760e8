import type { Metadata } from "next";
import Link from "next/link";

import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { listAnalysisReports } from "@/lib/analysis-report/queries";
import { ANALYSIS_REPORT_SORTS, AnalysisReportListFilter } from "@/lib/analysis-report/schemas";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { parseSort } from "@/lib/list-sort";

export const metadata: Metadata = { title: "思想状况分析报告" };

type Params = Record<string, string | string[] | undefined>;

export default async function AnalysisReportsPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const user = await requirePagePermission("analysisReport.read", "/analysis-reports");
  const params = await searchParams;
  const filter = AnalysisReportListFilter.parse(params);
  const sort = parseSort(params, ANALYSIS_REPORT_SORTS, { key: "period", dir: "desc" });
  const rows = (await listAnalysisReports(user, filter)) ?? [];
  const manage = can(user.roles, "analysisReport.manage");
  const th = (label: string, column: (typeof ANALYSIS_REPORT_SORTS)[number]) => (
    <SortTh
      label={label}
      column={column}
      sort={sort}
      basePath="/analysis-reports"
      params={params}
    />
  );
  return (
    <>
      <PageHeader
        title="思想状况分析报告"
        description="每季度根据晴雨表、思想动态报告、谈心谈话、改革咨询等数据起草，经政治处编辑后签发，供思想状况分析会研究。"
        actions={
          manage ? (
            <Link href="/analysis-reports/new" className={buttonClass.primary}>
              起草报告
            </Link>
          ) : null
        }
      />
      <Card>
        {rows.length === 0 ? (
          <EmptyState
            title="还没有分析报告"
            hint={manage ? "点击“起草报告”选择季度或日期区间" : undefined}
          />
        ) : (
          <Table caption="思想状况分析报告">
            <thead>
              <tr>
                {th("统计区间", "period")}
                <Th>文号</Th>
                {th("状态", "state")}
                <Th>版本</Th>
                {th("更新时间", "updated")}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td className="font-medium">
                    <Link
                      href={`/analysis-reports/${r.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {r.label}
                    </Link>
                    <div className="text-xs text-slate-500">
                      {formatDate(r.periodStart)}至{formatDate(new Date(r.periodEnd.getTime() - 1))}
                    </div>
                  </Td>
                  <Td>{r.number ?? "—"}</Td>
                  <Td>
                    {r.state === "ISSUED" ? (
                      <Badge tone="green">已签发</Badge>
                    ) : (
                      <Badge tone="amber">草稿</Badge>
                    )}
                  </Td>
                  <Td className="text-xs">
                    {r.latest
                      ? `第 ${r.latest.number} 版${r.latest.issuedAt ? "" : "（草稿）"}`
                      : "—"}
                  </Td>
                  <Td className="text-xs whitespace-nowrap">{formatDateTime(r.updatedAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
