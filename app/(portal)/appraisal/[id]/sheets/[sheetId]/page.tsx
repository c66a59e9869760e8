import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ObjectionForm } from "@/components/appraisal/objection-form";
import { SheetIndicators } from "@/components/appraisal/sheet-indicators";
import { SheetSummary } from "@/components/appraisal/sheet-summary";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import type { CycleState } from "@/lib/appraisal/labels";
import { getCycle, getSheet, showsResults } from "@/lib/appraisal/queries";
import { allows } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { DAY_MS } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "考评表" };

const OBJECTION_STATUS: Record<string, string> = {
  PENDING: "待答复",
  UPHELD: "维持原结果",
  ADJUSTED: "已调整",
};

export default async function AppraisalSheetPage({
  params,
}: {
  params: Promise<{ id: string; sheetId: string }>;
}) {
  const { id, sheetId } = await params;
  const user = await requirePagePermission(
    ["appraisal.score", "appraisal.read"],
    "/appraisal/[id]/sheets/[sheetId]",
  );
  const view = await getSheet(user, id, sheetId);
  const cycle = view ? await getCycle(user, id) : null;
  if (!view || !cycle) notFound();
  const s = view.sheet;
  const state = cycle.status as CycleState;
  const results = showsResults(user, state);
  const now = new Date();
  const open =
    view.relation === "SELF" &&
    allows(state, "fileObjection") &&
    !!cycle.publicityEndsAt &&
    cycle.publicityEndsAt > now;
  const o = view.objection;
  const lastDay = cycle.publicityEndsAt
    ? formatDate(new Date(cycle.publicityEndsAt.getTime() - DAY_MS))
    : "";
  return (
    <>
      <PageHeader
        title={`${s.subjectName} · 考评表`}
        description={[
          cycle.title,
          s.subjectType === "PERSON" ? s.departmentName : "部门考评表",
          s.position,
          s.prosecutor ? "员额检察官" : "",
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <ExportButton href={`/appraisal/${id}/sheets/${s.id}/export`} label="导出考评表" />
        }
      />
      <Card title="考评结果" className="mb-4">
        {results ? (
          <>
            <SheetSummary categories={cycle.categories} view={view} />
            {open && !o ? (
              <p className="mt-3 text-sm text-slate-600">
                公示期至 {lastDay}；如对考评结果有异议，可在本页下方
                <a href="#objection" className="text-brand-700 hover:underline">
                  提出异议
                </a>
                。
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-slate-600">
            总分、排名和等次在公示时发布；下表的自动指标得分为当前实时计算结果。
          </p>
        )}
      </Card>
      <Card title="各项指标" className="mb-4">
        {view.autoAsOf ? (
          <p className="mb-3 text-xs text-slate-500">
            自动指标按当前记录计算，统计截至 {formatDateTime(view.autoAsOf)}（至多每分钟更新一次）。
          </p>
        ) : null}
        <SheetIndicators
          base={`/appraisal/${id}/sheets/${s.id}`}
          categories={cycle.categories}
          view={view}
          showManual={results}
        />
      </Card>
      {o || open ? (
        <Card title="异议" id="objection" className="mb-4">
          {o ? (
            <div className="space-y-2 text-sm">
              <p className="flex items-center gap-2">
                提出于 {formatDateTime(o.filedAt)}
                <Badge tone={o.status === "PENDING" ? "amber" : "green"}>
                  {OBJECTION_STATUS[o.status] ?? o.status}
                </Badge>
              </p>
              {o.body ? <p className="whitespace-pre-wrap text-slate-700">{o.body}</p> : null}
              {o.status === "PENDING" && view.relation === "SELF" ? (
                <p className="text-slate-500">政治处答复后会通知您。</p>
              ) : null}
              {o.answer && view.relation !== "HEAD" && view.relation !== "SCORER" ? (
                <div className="rounded-md bg-slate-50 px-3 py-2">
                  <p className="text-xs text-slate-500">
                    政治处答复（{formatDateTime(o.answeredAt)}）
                  </p>
                  <p className="whitespace-pre-wrap">{o.answer}</p>
                </div>
              ) : null}
            </div>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">
                公示期至 {lastDay}，如对考评结果有异议，可在公示期内提出一次。
              </p>
              <ObjectionForm sheetId={s.id} />
            </>
          )}
        </Card>
      ) : null}
    </>
  );
}
