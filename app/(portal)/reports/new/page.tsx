import type { Metadata } from "next";

import { ReportForm } from "@/components/reports/report-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { createReport } from "@/lib/reports/actions";
import { reportFormOptions } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "填报思想动态报告" };

export default async function NewReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("report.submit", "/reports/new");
  if (!user.departmentId) return <EmptyState title="您尚未分配部门" hint="请联系系统管理员" />;
  const { topics, members, periods } = await reportFormOptions(user);
  // ?period=… (from a "立即填报" link) when it is still open to file; else the
  // earliest unfiled period, so that a missed one is filed before the current one.
  const asked = (await searchParams).period;
  const defaultPeriod = periods.some((p) => p.key === asked) ? asked : periods.at(-1)?.key;
  return (
    <>
      <PageHeader
        title="填报思想动态报告"
        description={`${user.departmentName}：密切关注干警思想动态，把思想政治工作抓早、抓小`}
      />
      <Card>
        <ReportForm
          action={createReport}
          topics={topics}
          members={members}
          periods={periods.map((p) => ({ key: p.key, label: p.label, due: formatDate(p.dueAt) }))}
          defaultPeriod={defaultPeriod}
        />
      </Card>
    </>
  );
}
