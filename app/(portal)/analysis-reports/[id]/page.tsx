import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ReportExportButtons } from "@/components/analysis-report/exports/export-buttons";
import { MeetingLink } from "@/components/analysis-report/meeting-link";
import { NarrativeEditor } from "@/components/analysis-report/narrative-editor";
import { NumberForm } from "@/components/analysis-report/number-form";
import { SectionView } from "@/components/analysis-report/section-view";
import { Versions } from "@/components/analysis-report/versions";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import {
  issueAnalysisReport,
  newAnalysisVersion,
  redraftAnalysisReport,
} from "@/lib/analysis-report/actions";
import {
  fenxiMeetingOptions,
  getAnalysisReport,
  parseContent,
} from "@/lib/analysis-report/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "思想状况分析报告" };

export default async function AnalysisReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { id } = await params;
  const user = await requirePagePermission("analysisReport.read", `/analysis-reports/${id}`);
  const report = await getAnalysisReport(user, id);
  if (!report) notFound();
  const { version: asked } = await searchParams;
  const viewing = report.versions.find((v) => v.id === asked) ?? report.versions[0];
  const content =
    viewing.id === report.current.id
      ? report.current.content
      : parseContent(report.contents.get(viewing.id)!);
  const isLatest = viewing.id === report.versions[0].id;
  const manage = can(user.roles, "analysisReport.manage");
  const editable = manage && isLatest && !viewing.issuedAt;
  const meetings = manage ? await fenxiMeetingOptions(user, report.id) : [];
  return (
    <>
      <PageHeader
        title={content.title}
        description={`${content.period.label}（${content.period.from} 至 ${content.period.to}）· 第 ${viewing.number} 版 · 数据生成于 ${formatDateTime(new Date(content.draftedAt))}`}
        actions={
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            {viewing.issuedAt ? (
              <Badge tone="green">已签发 {formatDateTime(viewing.issuedAt)}</Badge>
            ) : (
              <Badge tone="amber">草稿</Badge>
            )}
            {editable ? (
              <>
                <ActionButton
                  action={redraftAnalysisReport}
                  fields={{ versionId: viewing.id }}
                  label="重新生成数据"
                  confirm="将按最新数据重新计算本草稿的全部数字和图表，已填写的文字保留。确定重新生成吗？"
                  successText="已重新生成"
                />
                <ActionButton
                  action={issueAnalysisReport}
                  fields={{ versionId: viewing.id }}
                  label="签发"
                  variant="primary"
                  confirm={`签发后第 ${viewing.number} 版的数字和文字即冻结，不能再修改；以后的数据变化不会改变已签发的报告。确定签发吗？`}
                  successText="已签发"
                />
              </>
            ) : null}
            {manage && isLatest && viewing.issuedAt ? (
              <ActionButton
                action={newAnalysisVersion}
                fields={{ reportId: report.id }}
                label="新建版本"
                confirm="将按最新数据生成新的草稿版本（沿用本版文字），并列出与本版相比的数字变化。确定新建吗？"
                successText="已新建版本"
              />
            ) : null}
            <ReportExportButtons reportId={report.id} versionId={viewing.id} />
            <Link
              href={`/analysis-reports/${report.id}/annex?version=${viewing.id}`}
              className="text-sm text-brand-700 hover:underline"
            >
              保密附件
            </Link>
          </div>
        }
      />
      {!isLatest ? (
        <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 print:hidden">
          正在查看历史版本。
          <Link href={`/analysis-reports/${report.id}`} className="text-brand-700 hover:underline">
            查看最新版本
          </Link>
        </p>
      ) : null}
      <div className="space-y-4">
        <Card className="print:hidden">
          <dl className="grid gap-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-xs text-slate-500">文号</dt>
              <dd>{content.number ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">统计区间</dt>
              <dd>
                {content.period.from} 至 {content.period.to}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">思想状况分析会</dt>
              <dd>
                {report.meetings.length === 0
                  ? "尚未关联"
                  : report.meetings.map((m) => (
                      <Link
                        key={m.id}
                        href={`/direction/meetings/${m.id}`}
                        className="mr-2 text-brand-700 hover:underline"
                      >
                        {m.title}（{formatDate(m.heldAt)}）
                      </Link>
                    ))}
              </dd>
            </div>
          </dl>
          {editable ? (
            <div className="mt-4 space-y-3">
              <NumberForm reportId={report.id} number={content.number} />
            </div>
          ) : null}
          {manage ? (
            <div className="mt-4">
              <MeetingLink
                reportId={report.id}
                meetings={meetings.map((m) => ({
                  id: m.id,
                  label: `${m.title}（${formatDate(m.heldAt)}）`,
                }))}
              />
            </div>
          ) : null}
        </Card>
        {content.empty ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
            {content.period.label}没有可统计的数据，以下各部分均无数字。
          </p>
        ) : null}
        {content.sections.map((s, i) => (
          <SectionView
            key={s.key}
            section={s}
            index={i}
            editor={
              editable ? (
                <NarrativeEditor
                  versionId={viewing.id}
                  section={s.key}
                  title={s.title}
                  narrative={s.narrative}
                />
              ) : undefined
            }
          />
        ))}
        <Card title="版本记录" className="print:hidden">
          <Versions reportId={report.id} versions={report.versions} viewing={viewing.id} />
        </Card>
      </div>
    </>
  );
}
