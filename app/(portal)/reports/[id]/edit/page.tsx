import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ReportForm } from "@/components/reports/report-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { updateReport } from "@/lib/reports/actions";
import {
  auditReportNotFound,
  getReport,
  readConcerns,
  reportFormOptions,
} from "@/lib/reports/queries";
import { nextReportStatus } from "@/lib/reports/state";
import { requestMeta } from "@/lib/request";

export const metadata: Metadata = { title: "修改思想动态报告" };

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("report.submit", "/reports/[id]/edit");
  const report = await getReport(user, id);
  if (!report || report.departmentId !== user.departmentId) {
    await auditReportNotFound(user, id, (await requestMeta()).ip);
    notFound();
  }
  if (!nextReportStatus(report.status, "edit")) notFound();
  const [{ topics, members }, concerns] = await Promise.all([
    reportFormOptions(user),
    readConcerns(user, id, (await requestMeta()).ip),
  ]);
  return (
    <>
      <PageHeader
        title={`修改报告：${report.kind === "ADHOC" ? report.title : report.period?.label}`}
        description={report.returnComment ? `退回意见：${report.returnComment}` : undefined}
      />
      <Card>
        <ReportForm
          action={updateReport}
          topics={topics}
          members={members}
          values={{
            id: report.id,
            kind: report.kind as "PERIODIC" | "ADHOC",
            title: report.title,
            mood: report.mood,
            stability: report.stability,
            summary: report.summary,
            topicIds: report.topics.map((t) => t.topic.id),
            concerns: (concerns ?? []).map((c) => ({
              personId: c.personId,
              kind: c.kind,
              description: c.description,
              suggestion: c.suggestion,
            })),
          }}
        />
      </Card>
    </>
  );
}
