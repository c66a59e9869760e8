import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AnnexExportButtons } from "@/components/analysis-report/exports/export-buttons";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { annexRows } from "@/lib/analysis-report/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "分析报告保密附件" };

/**
 * The confidential annex of a report version: names of staff of concern and
 * their follow-ups. 政治处 and 院领导 read every department; a head reads
 * their own department's rows only. Every view is audited (annexRows).
 */
export default async function AnnexPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { id } = await params;
  const user = await requirePagePermission("analysisReport.annex", `/analysis-reports/${id}/annex`);
  const { version } = await searchParams;
  const rows = version ? await annexRows(user, version, id) : null;
  if (!rows) notFound();
  const all = can(user.roles, "analysisReport.read");
  return (
    <>
      <PageHeader
        title="思想状况分析报告 · 保密附件"
        description={
          all ? "关注人员名单及跟进情况（全院）。" : "关注人员名单及跟进情况（仅本部门）。"
        }
        actions={
          all ? (
            <Link
              href={`/analysis-reports/${id}?version=${encodeURIComponent(version!)}`}
              className="text-sm text-brand-700 hover:underline"
            >
              返回报告
            </Link>
          ) : null
        }
      />
      <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800">
        内部资料 注意保密
      </p>
      <div className="mb-4">
        <AnnexExportButtons reportId={id} versionId={version!} />
      </div>
      <Card>
        {rows.length === 0 ? (
          <EmptyState title="本期没有关注人员" />
        ) : (
          <Table caption="关注人员">
            <thead>
              <tr>
                <Th>部门</Th>
                <Th>姓名</Th>
                <Th>关注类型</Th>
                <Th>报告日期</Th>
                <Th>跟进</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.concernId}>
                  <Td>{r.departmentName}</Td>
                  <Td className="font-medium">{r.name}</Td>
                  <Td>{r.kindLabel}</Td>
                  <Td className="whitespace-nowrap">{formatDate(new Date(r.reportedAt))}</Td>
                  <Td>
                    {r.followUps.length === 0
                      ? "未转督办"
                      : r.followUps.map((f) => (
                          <Link key={f.id} href={f.href} className="text-brand-700 hover:underline">
                            {f.statusLabel}
                          </Link>
                        ))}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
